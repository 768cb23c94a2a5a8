"""The HTML report: one self-contained French page built from a typed `ScanResult`.

`render_report(scan) -> str` and `write_report(scan, path)` are the only entry points; the CLI
(`clausecheck report`, `clausecheck scan --html`) and the API call them, so all three give the
same page. What the page shows is built by outputs/report_view.py, its charts by
outputs/report_charts.py; this module puts them in the template with the assets.

The page needs no network: styles and scripts are inlined, the charts are inline SVG drawn at
build time (no chart library in the page), fonts are the system's. Every text that comes from a
document goes through Jinja2 autoescaping; the JSON given to the scripts is escaped so that no `</script>` (or `<!--`) can close its element.
"""

from __future__ import annotations

import base64
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from clausecheck.outputs import tabular
from clausecheck.outputs.report_charts import charts
from clausecheck.outputs.report_format import date_sort_key, fr_date, fr_money, fr_number, fr_score, plain, tri_text
from clausecheck.outputs.report_view import build_view
from clausecheck.results import ScanResult

TEMPLATES = Path(__file__).parent / "templates"


def script_json(data: Any) -> Markup:
    """JSON for a <script type="application/json"> element, safe against `</script>` and `<!--`."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    text = (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return Markup(text)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update({
        "fr_number": fr_number, "fr_money": fr_money, "fr_date": fr_date, "fr_score": fr_score,
        "tri_text": tri_text, "plain": plain,
    })
    env.globals["date_sort_key"] = date_sort_key
    return env


def _asset(name: str) -> Markup:
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    return Markup(re.sub(r"</(script|style)", r"<\\/\1", text, flags=re.IGNORECASE))


def export_payload(scan: ScanResult) -> dict[str, str]:
    """The CSV and XLSX exports of the dossier table, base64, for the page's download buttons."""
    payload: dict[str, str] = {}
    for fmt in ("csv", "xlsx"):
        try:
            payload[fmt] = base64.b64encode(tabular.table_bytes(scan, fmt)).decode("ascii")
        except Exception:  # an export that cannot be built only hides its button
            continue
    return payload


def render_report(scan: ScanResult) -> str:
    """The whole report as one self-contained HTML string (French)."""
    view = build_view(scan)
    drawn = charts(view["portfolio"])
    exports = export_payload(scan)
    return _environment().get_template("report.html.j2").render(
        **view,
        charts=[{"id": c.id, "alt": c.alt, "svg": Markup(c.svg)} for c in drawn.figures],
        css=_asset("report.css"),
        js=_asset("report.js"),
        exports=sorted(exports),
        exports_json=script_json(exports),
    )


def write_report(scan: ScanResult, path: Path | str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(scan), encoding="utf-8")
