"""Charts drawn at build time as inline SVG (matplotlib), for self-contained, offline, printable pages.

The one chart module of the project: the DECP bilan (outputs/bilan_report.py) and the scan report
(outputs/report_charts.py) both draw with it. `bar`, `stacked_bar`, `grouped_bar` and `line`, each
returning an `<svg>` string to put in the HTML as is: no script, no library shipped in the page. Texts stay text in the SVG (searchable,
readable by the browser's tests and screen readers), numbers are written the French way
(« 12 345 », « 12,5 % », « 1,2 M€ »), a missing value (None) is drawn as « non renseigné », never
as zero. Output is deterministic (no date, fixed ids) so pages can be compared byte for byte.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from matplotlib import rcParams
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from clausecheck.text import NARROW_NBSP, french_number

PALETTE = ("#1f5f8b", "#e07b39", "#3a8f5c", "#8a4f9e", "#c23b3b", "#7f7f7f", "#b8a037", "#2aa1b3")

MISSING = "non renseigné"

rcParams["svg.fonttype"] = "none"
rcParams["svg.hashsalt"] = "clausecheck"
rcParams["font.family"] = ["DejaVu Sans"]  # bundled with matplotlib: no font lookup on any machine
rcParams["font.size"] = 9


def fr_number(value: float | None, decimals: int = 0) -> str:
    """12345.6 → « 12 346 » ; decimals=1 → « 12 345,6 »."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    return french_number(value, decimals)


def fr_percent(share: float | None, decimals: int = 1) -> str:
    """0.125 → « 12,5 % » ; 0.5 → « 50 % »."""
    if share is None:
        return MISSING
    text = fr_number(share * 100, decimals)
    if decimals and text.endswith("," + "0" * decimals):
        text = text[: -(decimals + 1)]
    return text + NARROW_NBSP + "%"


def fr_money(value: float | None) -> str:
    """1234567 → « 1,2 M€ » ; 45000 → « 45 000 € »."""
    if value is None:
        return MISSING
    if abs(value) >= 1e9:
        return fr_number(value / 1e9, 1) + NARROW_NBSP + "Md€"
    if abs(value) >= 1e6:
        return fr_number(value / 1e6, 1) + NARROW_NBSP + "M€"
    return fr_number(value) + NARROW_NBSP + "€"


def fr_hours(value: float | None) -> str:
    """120 → « 120 h »."""
    return MISSING if value is None else fr_number(value) + NARROW_NBSP + "h"


FORMATS = {"count": fr_number, "percent": lambda v: fr_percent(v, 1), "money": fr_money, "hours": fr_hours}


def _svg(fig: Figure, title: str) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.S)  # RDF namespaces, creator: not needed
    prefix = "c" + hashlib.md5(title.encode("utf-8")).hexdigest()[:6] + "-"  # ids unique when several charts share a page
    svg = re.sub(r'(\bid="|url\(#|xlink:href="#)', lambda m: m.group(1) + prefix, svg)
    svg = re.sub(r"<svg ", f'<svg role="img" aria-label="{escape(title, {chr(34): "&quot;"})}" class="chart" ', svg, count=1)
    svg = re.sub(r'(<svg[^>]*?) width="[^"]*" height="[^"]*"', r"\1", svg, count=1)  # let CSS size it
    return svg


def _figure(width: float, height: float) -> tuple[Figure, Axes]:
    fig = Figure(figsize=(width, height), dpi=96)
    ax = fig.add_subplot()
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig, ax


def _axis_format(ax, axis: str, value_format: str) -> None:
    formatter = FORMATS[value_format]
    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(FuncFormatter(lambda v, _: formatter(v)))
    if value_format == "count":
        target.set_major_locator(MaxNLocator(integer=True))


def _axis_titles(ax, xlabel: str | None, ylabel: str | None) -> None:
    if xlabel:
        ax.set_xlabel(xlabel)
    if ylabel:
        ax.set_ylabel(ylabel)


def bar(labels: Sequence[str], values: Sequence[float | None], *, title: str, value_format: str = "count",
        horizontal: bool = False, color: str = PALETTE[0], width: float = 7.0, xlabel: str | None = None,
        ylabel: str | None = None) -> str:
    """One bar per label, its value written at its end; None is written « non renseigné »."""
    n = max(len(labels), 1)
    height = max(2.2, 0.32 * n + 1.0) if horizontal else 3.2
    fig, ax = _figure(width, height)
    shown = [v if v is not None else 0 for v in values]
    positions = list(range(len(labels)))
    fmt = FORMATS[value_format]
    if horizontal:
        bars = ax.barh(positions, shown, color=color)
        ax.set_yticks(positions, labels=list(labels))
        ax.invert_yaxis()
        _axis_format(ax, "x", value_format)
    else:
        bars = ax.bar(positions, shown, color=color)
        ax.set_xticks(positions, labels=list(labels), rotation=0 if n <= 8 else 45, ha="center" if n <= 8 else "right")
        _axis_format(ax, "y", value_format)
    top = max(shown) if shown and max(shown) > 0 else 1
    for rect, value in zip(bars, values, strict=True):
        text = fmt(value)
        if horizontal:
            ax.text(rect.get_width() + top * 0.01, rect.get_y() + rect.get_height() / 2, text, va="center", fontsize=8)
        else:
            ax.text(rect.get_x() + rect.get_width() / 2, rect.get_height() + top * 0.01, text, ha="center",
                    va="bottom", fontsize=8)
    if horizontal:
        ax.set_xlim(0, top * 1.18)
    else:
        ax.set_ylim(0, top * 1.15)
    _axis_titles(ax, xlabel, ylabel)
    ax.set_title(title, loc="left", fontsize=10)
    return _svg(fig, title)


def _style(i: int, name: str, colors: dict[str, str] | None, hatches: dict[str, str] | None) -> dict[str, Any]:
    """Keyword arguments of a bar series (matplotlib's artist properties: values of several types)."""
    style: dict[str, Any] = {"color": (colors or {}).get(name, PALETTE[i % len(PALETTE)])}
    if hatches and hatches.get(name):
        style.update(hatch=hatches[name], edgecolor="#ffffff", linewidth=0)
    return style


def stacked_bar(labels: Sequence[str], series: dict[str, Sequence[float]], *, title: str,
                value_format: str = "count", width: float = 7.0, horizontal: bool = False,
                colors: dict[str, str] | None = None, hatches: dict[str, str] | None = None,
                xlabel: str | None = None, ylabel: str | None = None) -> str:
    """Bars stacked from several series (e.g. contracts with / without / not given), their total at
    the end; `colors` and `hatches` (matplotlib's, such as "//") by series name."""
    n = max(len(labels), 1)
    fig, ax = _figure(width, max(2.2, 0.32 * n + 1.2) if horizontal else 3.4)
    positions = list(range(len(labels)))
    bottoms = [0.0] * len(labels)
    for i, (name, values) in enumerate(series.items()):
        style = _style(i, name, colors, hatches)
        if horizontal:
            ax.barh(positions, list(values), left=list(bottoms), label=name, **style)
        else:
            ax.bar(positions, list(values), bottom=list(bottoms), label=name, **style)
        bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
    fmt = FORMATS[value_format]
    top = max(bottoms) if bottoms and max(bottoms) > 0 else 1
    if horizontal:
        ax.set_yticks(positions, labels=list(labels))
        ax.invert_yaxis()
        _axis_format(ax, "x", value_format)
        for y, total in zip(positions, bottoms, strict=True):
            ax.text(total + top * 0.01, y, fmt(total), va="center", fontsize=8)
        ax.set_xlim(0, top * 1.12)
    else:
        ax.set_xticks(positions, labels=list(labels), rotation=0 if len(labels) <= 8 else 45,
                      ha="center" if len(labels) <= 8 else "right")
        _axis_format(ax, "y", value_format)
        for x, total in zip(positions, bottoms, strict=True):
            ax.text(x, total + top * 0.01, fmt(total), ha="center", va="bottom", fontsize=8)
        ax.set_ylim(0, top * 1.15)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    _axis_titles(ax, xlabel, ylabel)
    ax.set_title(title, loc="left", fontsize=10)
    return _svg(fig, title)


def grouped_bar(labels: Sequence[str], series: dict[str, Sequence[float]], *, title: str,
                value_format: str = "count", width: float = 7.0, colors: dict[str, str] | None = None,
                xlabel: str | None = None, ylabel: str | None = None) -> str:
    """Columns side by side, one per series in each group (e.g. dossiers by score band, per profile),
    each with its value above it."""
    fig, ax = _figure(width, 3.4)
    count = max(len(series), 1)
    step = 0.8 / count
    fmt = FORMATS[value_format]
    top = max((v for values in series.values() for v in values), default=0) or 1
    for i, (name, values) in enumerate(series.items()):
        xs = [p - 0.4 + step * (i + 0.5) for p in range(len(labels))]
        ax.bar(xs, list(values), width=step, label=name, **_style(i, name, colors, None))
        for x, value in zip(xs, values, strict=True):
            if value:
                ax.text(x, value + top * 0.01, fmt(value), ha="center", va="bottom", fontsize=7)
    ax.set_xticks(list(range(len(labels))), labels=list(labels))
    _axis_format(ax, "y", value_format)
    ax.set_ylim(0, top * 1.15)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    _axis_titles(ax, xlabel, ylabel)
    ax.set_title(title, loc="left", fontsize=10)
    return _svg(fig, title)


def line(x: Sequence[str | int], series: dict[str, Sequence[float | None]], *, title: str,
         value_format: str = "percent", width: float = 7.0) -> str:
    """Trends over years: one line per series; a None breaks the line and is labelled « non renseigné »."""
    fig, ax = _figure(width, 3.2)
    labels = [str(v) for v in x]
    positions = list(range(len(labels)))
    fmt = FORMATS[value_format]
    for i, (name, values) in enumerate(series.items()):
        ys = [v if v is not None else float("nan") for v in values]
        ax.plot(positions, ys, marker="o", label=name, color=PALETTE[i % len(PALETTE)])
        for xpos, value in zip(positions, values, strict=True):
            if value is not None:
                ax.annotate(fmt(value), (xpos, value), textcoords="offset points", xytext=(0, 5), ha="center", fontsize=7)
    missing = [p for p in positions if all(values[p] is None for values in series.values())]
    for p in missing:
        ax.annotate(MISSING, (p, 0), textcoords="offset points", xytext=(0, 5), ha="center", fontsize=7, color="#666")
    ax.set_xticks(positions, labels=labels)
    _axis_format(ax, "y", value_format)
    if value_format == "percent":
        ax.set_ylim(0, 1.05)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    ax.set_title(title, loc="left", fontsize=10)
    return _svg(fig, title)
