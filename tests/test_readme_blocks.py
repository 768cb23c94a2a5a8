"""The shell blocks of README.md and api/README.md run as written, on a fresh copy of the repository.

The convention (README.md, « Contribuer »): every ```bash or ```sh block runs, in order, with
`bash -e -o pipefail`, from a temporary copy of the repository, and must exit 0. An HTML comment
on the last non-blank line before the block changes that: `<!-- exécuté : code de sortie N -->`
expects N; `<!-- non exécuté : raison -->` leaves the block out, the reason being required. Port
8000 is replaced by a free port; whatever a block leaves running is stopped after it.

The first block of the README installs its own virtualenv in the copy (as on a fresh machine), so
this takes a minute or two.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
READMES = ("README.md", "api/README.md")
SHELLS = {"bash", "sh", "shell"}
FENCE = re.compile(r"^```(\S*)\s*$")
MARK = re.compile(r"^<!--\s*(?P<kind>exécuté|non exécuté)\s*(?::\s*(?P<detail>.*?))?\s*-->$")
RUN_CODE = re.compile(r"^code de sortie (\d+)$")
TIMEOUT = 900  # seconds a block may take (the first installs a virtualenv)


@dataclass
class Block:
    file: str
    line: int  # of the opening fence, from 1
    language: str
    text: str
    run: bool = True
    exit_code: int = 0
    reason: str = ""

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def blocks(file: str, text: str | None = None) -> list[Block]:
    """The fenced blocks of a Markdown file, each with what its marker says."""
    lines = (text if text is not None else (REPO / file).read_text(encoding="utf-8")).splitlines()
    found, i = [], 0
    while i < len(lines):
        fence = FENCE.match(lines[i])
        if not fence:
            i += 1
            continue
        end = next((j for j in range(i + 1, len(lines)) if lines[j].startswith("```")), None)
        assert end is not None, f"{file}:{i + 1} : bloc jamais fermé"
        block = Block(file, i + 1, fence.group(1), "\n".join(lines[i + 1:end]) + "\n")
        before = next((lines[j].strip() for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        mark = MARK.match(before)
        if mark:
            detail = (mark.group("detail") or "").strip()
            if mark.group("kind") == "non exécuté":
                assert detail, f"{block.where} : « non exécuté » sans raison"
                block.run, block.reason = False, detail
            elif detail:
                code = RUN_CODE.match(detail)
                assert code, f"{block.where} : marqueur « exécuté : {detail} » incompris (attendu : code de sortie N)"
                block.exit_code = int(code.group(1))
        else:
            assert not before.startswith("<!--") or "quality:" in before, (
                f"{block.where} : commentaire avant le bloc qui n'est pas un marqueur : {before}")
        found.append(block)
        i = end + 1
    return found


def shell_blocks(file: str) -> list[Block]:
    return [b for b in blocks(file) if b.language in SHELLS]


def test_the_marker_convention():
    text = ("intro\n\n```bash\necho un\n```\n\n<!-- exécuté : code de sortie 1 -->\n```bash\nfalse\n```\n"
            "<!-- non exécuté : synopsis -->\n\n```sh\nclausecheck CHEMIN\n```\n```json\n{}\n```\n")
    found = blocks("x.md", text)
    assert [(b.language, b.run, b.exit_code, b.reason) for b in found] == [
        ("bash", True, 0, ""), ("bash", True, 1, ""), ("sh", False, 0, "synopsis"), ("json", True, 0, "")]
    with pytest.raises(AssertionError, match="sans raison"):
        blocks("x.md", "<!-- non exécuté -->\n```bash\nx\n```\n")
    with pytest.raises(AssertionError, match="incompris"):
        blocks("x.md", "<!-- exécuté : peut-être -->\n```bash\nx\n```\n")


def test_every_shell_block_is_run_or_says_why_not():
    for file in READMES:
        shells = shell_blocks(file)
        assert shells, file
        assert any(b.run for b in shells), f"{file} : aucun bloc exécuté"
        for block in shells:
            assert block.run or len(block.reason) > 10, block.where


def _copy_of_the_repository(target: Path) -> None:
    """The files a fresh clone would have, as they are in the working tree (uncommitted changes too)."""
    if (REPO / ".git").exists():
        listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO,
                                capture_output=True, check=True).stdout.decode("utf-8").split("\0")
        for name in filter(None, listed):
            source = REPO / name
            if source.is_file():
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / name)
    else:
        shutil.copytree(REPO, target, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns(".venv", "out", "data", "test-artifacts", "__pycache__"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def fresh_copy(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("depot")
    _copy_of_the_repository(target)
    return target


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLAUSECHECK_", "VIRTUAL_ENV", "PYTHON"))}
    venv_bin = str(REPO / ".venv" / "bin")
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != venv_bin)
    return env


def _run(block: Block, cwd: Path, logs: Path) -> subprocess.CompletedProcess[str]:
    """Run one block; its output goes to files, not pipes, since a server it leaves running keeps them open."""
    script = block.text.replace("8000", str(_free_port()))
    out, err = logs / "sortie.txt", logs / "erreurs.txt"
    with open(out, "w") as stdout, open(err, "w") as stderr:
        process = subprocess.Popen(["bash", "-e", "-o", "pipefail", "-c", script], cwd=cwd, env=_environment(),
                                   stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, start_new_session=True)
        try:
            process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            pytest.fail(f"{block.where} : plus de {TIMEOUT} s\n{out.read_text()[-3000:]}\n{err.read_text()[-3000:]}")
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)  # what the block left running (the API's server)
    return subprocess.CompletedProcess(process.args, process.returncode, out.read_text(), err.read_text())


@pytest.mark.readme
@pytest.mark.parametrize("file", READMES)
def test_readme_blocks_run_as_written(file, fresh_copy, tmp_path):
    ran = 0
    for block in shell_blocks(file):
        if not block.run:
            continue
        result = _run(block, fresh_copy, tmp_path)
        assert result.returncode == block.exit_code, (
            f"{block.where} : code de sortie {result.returncode}, attendu {block.exit_code}\n"
            f"--- bloc ---\n{block.text}--- sortie ---\n{result.stdout[-3000:]}\n--- erreurs ---\n{result.stderr[-3000:]}")
        ran += 1
    assert ran >= 1
    if file == "README.md":  # what the blocks say they write is there
        for name in ("rapport.html", "scan.json", "dossiers.csv", "bilan.html", "bilan.xlsx", "analyse-api.json",
                     "rapport-api.html"):
            assert (fresh_copy / "out" / name).stat().st_size > 0, name
