"""The report's charts, drawn from the portfolio (clausecheck/outputs/report_view.py).

`charts(portfolio) -> Charts` is the only entry point: the figures to place in the page (an id,
a French text alternative, the figure's data and layout) and the script that draws them,
inlined once. Today they are Plotly figures and the Plotly bundle; nothing outside this module
knows it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from clausecheck.outputs.report_format import fr_number

COLORS = {
    "oui": "#1b6e3a", "non": "#8a8f98", "inconnu": "#b35c00",
    "tpe_pme_locale": "#00578a", "siae_ea_esat": "#a23b72", "hours": "#1b6e3a",
}
FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif'


@dataclass(slots=True)
class Chart:
    id: str  # the element the figure is drawn in
    alt: str  # French text alternative, also the figure's caption
    data: list[Any]
    layout: dict[str, Any]


@dataclass(slots=True)
class Charts:
    figures: list[Chart] = field(default_factory=list)
    script: str | None = None  # JavaScript that draws the figures; None when there is none


def _layout(title: str, height: int, **extra: Any) -> dict[str, Any]:
    layout = {
        "title": {"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}},
        "height": height,
        "margin": {"l": 10, "r": 20, "t": 80, "b": 50},
        "font": {"family": FONT_STACK, "color": "#1a1a1a", "size": 13},
        "separators": ",\u202f",
        "template": "simple_white",
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom", "traceorder": "normal"},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
    }
    layout.update(extra)
    return layout


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _chart(chart_id: str, figure: Any, alt: str) -> Chart:
    spec = json.loads(figure.to_json())
    return Chart(chart_id, alt, spec.get("data", []), spec.get("layout", {}))


def _figures(port: dict[str, Any]) -> list[Chart]:
    import plotly.graph_objects as go

    specs: list[Chart] = []

    cats = port["categories"]
    if not port["tender_count"]:
        return specs
    labels = [c["label"] for c in cats][::-1]
    fig = go.Figure()
    for state, name, pattern in (("oui", "présente", ""), ("non", "absente", ""), ("inconnu", "inconnue", "/")):
        fig.add_trace(go.Bar(
            y=labels, x=[c["tenders"][state] for c in cats][::-1], name=name, orientation="h",
            marker={"color": COLORS[state], "pattern": {"shape": pattern, "fgcolor": "#ffffff"}},
            hovertemplate="%{y} : %{x} dossier(s) — " + name + "<extra></extra>",
        ))
    fig.update_layout(**_layout("Considérations par dossier (DECP)", 340, barmode="stack"))
    most = max((sum(c["tenders"].values()) for c in cats), default=0)
    fig.update_xaxes(title_text="Nombre de dossiers", dtick=1 if most <= 10 else None)
    fig.update_yaxes(automargin=True)
    specs.append(_chart("graph-categories", fig, "Barres empilées : pour chaque considération, nombre de dossiers "
                                                  "où elle est présente, absente ou inconnue."))

    hours = sorted(port["hours"], key=lambda x: x[1])
    if hours:
        fig = go.Figure(go.Bar(
            y=[_short(h[0]) for h in hours], x=[h[1] for h in hours], orientation="h",
            marker={"color": COLORS["hours"]}, text=[f"{fr_number(h[1])} h" for h in hours],
            textposition="auto", hovertemplate="%{y} : %{x} h<extra></extra>",
        ))
        fig.update_layout(**_layout("Heures d'insertion par dossier", 140 + 32 * len(hours), showlegend=False,
                                    margin={"l": 10, "r": 20, "t": 50, "b": 50}))
        fig.update_xaxes(title_text="Heures d'insertion")
        fig.update_yaxes(automargin=True)
        specs.append(_chart("graph-heures", fig,
                            "Barres horizontales : heures d'insertion chiffrées dans chaque dossier."))

    dist = port["distribution"]
    if any(d["counts"].get(b) for d in dist for b in port["bins"]):
        fig = go.Figure()
        for d in dist:
            fig.add_trace(go.Bar(
                x=[b.replace(" ", "<br>") if len(b) > 8 else b for b in port["bins"]],
                y=[d["counts"][b] for b in port["bins"]], name=d["label"],
                marker={"color": COLORS[d["key"]]},
                hovertemplate=d["label"] + " — %{x} : %{y} dossier(s)<extra></extra>",
            ))
        fig.update_layout(**_layout("Répartition des scores d'accessibilité", 340, barmode="group"))
        fig.update_xaxes(title_text="Score sur 100", type="category", tickangle=0, automargin=True)
        fig.update_yaxes(title_text="Nombre de dossiers", rangemode="tozero",
                         dtick=1 if max((max(d["counts"].values()) for d in dist), default=0) <= 10 else None)
        specs.append(_chart("graph-scores", fig, "Barres groupées : nombre de dossiers par tranche de score, "
                                                 "pour les deux profils."))
    return specs


@lru_cache(maxsize=1)
def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    js: str = get_plotlyjs()
    # Never let the bundle close its own <script> element.
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)


def charts(port: dict[str, Any]) -> Charts:
    """The portfolio's charts and the script that draws them (none when there is nothing to draw)."""
    figures = _figures(port)
    return Charts(figures, _plotly_js() if figures else None)
