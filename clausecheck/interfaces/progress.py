"""The scan's progress bar on the terminal, drawn by Rich: files done out of the total, files per
second and the time left, in French.

`progress_bar(total, quiet=...)` is a context manager giving the `progress(done, total)` callback
that `clausecheck.pipeline.ScanRun.documents` (and any executor feeding it) calls after each file,
or None when nothing is to be drawn: `--quiet`, or standard error not a terminal (a log file, a
pipe, CI), so that such output stays free of control characters.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any

ProgressCallback = Callable[[int, int], None]


def _fr_rate(per_second: float | None) -> str:
    if not per_second:
        return "— fichier/s"
    text = f"{per_second:.1f}" if per_second < 10 else f"{per_second:.0f}"
    return text.replace(".", ",") + " fichiers/s"


def _fr_duration(seconds: float | None) -> str:
    if seconds is None:
        return "reste : calcul…"
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"reste : {hours} h {minutes:02d} min"
    if minutes:
        return f"reste : {minutes} min {secs:02d} s"
    return f"reste : {secs} s"


def _columns() -> list[Any]:
    from rich.progress import BarColumn, MofNCompleteColumn, ProgressColumn, TextColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Any) -> Text:
            return Text(_fr_rate(task.finished_speed or task.speed), style="progress.data.speed")

    class TimeLeft(ProgressColumn):
        max_refresh = 0.5

        def render(self, task: Any) -> Text:
            if task.finished:
                return Text("terminé", style="progress.remaining")
            return Text(_fr_duration(task.time_remaining), style="progress.remaining")

    return [TextColumn("Analyse"), BarColumn(), MofNCompleteColumn(), TextColumn("fichiers"), Rate(), TimeLeft()]


@contextlib.contextmanager
def progress_bar(total: int, *, quiet: bool = False, stream: IO[str] | None = None,
                 force_terminal: bool | None = None) -> Iterator[ProgressCallback | None]:
    """A `progress(done, total)` callback drawing a bar on `stream` (standard error), or None."""
    stream = stream if stream is not None else sys.stderr
    terminal = force_terminal if force_terminal is not None else stream.isatty()
    if quiet or not terminal or total <= 0:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    console = Console(file=stream, force_terminal=True)
    with Progress(*_columns(), console=console, transient=False) as bar:
        task = bar.add_task("analyse", total=total)

        def show(done: int, new_total: int) -> None:
            bar.update(task, completed=done, total=new_total)

        yield show
