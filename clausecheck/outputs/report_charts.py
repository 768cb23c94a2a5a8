"""The report's charts, drawn from the portfolio (clausecheck/outputs/report_view.py).

`charts(portfolio) -> Charts` is the only entry point: the figures to place in the page, each an
id, a French text alternative (also its caption) and the chart itself as inline SVG, drawn at
build time by the project's one chart module (clausecheck/outputs/charts.py, which the DECP bilan
uses too). The page carries no chart library and no script for them: it stays small, works
offline and prints as it shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from clausecheck.outputs import charts as draw

COLORS = {
    "présente": "#1b6e3a", "absente": "#8a8f98", "inconnue": "#b35c00",
    "tpe_pme_locale": "#00578a", "siae_ea_esat": "#a23b72", "hours": "#1b6e3a",
}
STATES = (("oui", "présente"), ("non", "absente"), ("inconnu", "inconnue"))


@dataclass(slots=True)
class Chart:
    id: str  # the element the figure is placed in
    alt: str  # French text alternative, also the figure's caption
    svg: str  # the chart, an <svg> element


@dataclass(slots=True)
class Charts:
    figures: list[Chart] = field(default_factory=list)


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _wrapped(label: str) -> str:
    return label.replace(" ", "\n") if len(label) > 8 else label


def _figures(port: dict[str, Any]) -> list[Chart]:
    specs: list[Chart] = []
    if not port["tender_count"]:
        return specs
    cats = port["categories"]
    specs.append(Chart("graph-categories", "Barres empilées : pour chaque considération, nombre de dossiers où elle "
                                           "est présente, absente ou inconnue.",
                       draw.stacked_bar([c["label"] for c in cats],
                                        {name: [c["tenders"][state] for c in cats] for state, name in STATES},
                                        title="Considérations par dossier (DECP)", horizontal=True, colors=COLORS,
                                        hatches={"inconnue": "//"}, xlabel="Nombre de dossiers")))

    hours = sorted(port["hours"], key=lambda x: x[1], reverse=True)
    if hours:
        specs.append(Chart("graph-heures", "Barres horizontales : heures d'insertion chiffrées dans chaque dossier.",
                           draw.bar([_short(h[0]) for h in hours], [h[1] for h in hours],
                                    title="Heures d'insertion par dossier", horizontal=True, value_format="hours",
                                    color=COLORS["hours"], xlabel="Heures d'insertion")))

    dist = port["distribution"]
    if any(d["counts"].get(b) for d in dist for b in port["bins"]):
        specs.append(Chart("graph-scores", "Barres groupées : nombre de dossiers par tranche de score, pour les deux "
                                           "profils.",
                           draw.grouped_bar([_wrapped(b) for b in port["bins"]],
                                            {d["label"]: [d["counts"][b] for b in port["bins"]] for d in dist},
                                            title="Répartition des scores d'accessibilité",
                                            colors={d["label"]: COLORS[d["key"]] for d in dist},
                                            xlabel="Score sur 100", ylabel="Nombre de dossiers")))
    return specs


def charts(port: dict[str, Any]) -> Charts:
    """The portfolio's charts as inline SVG (none when there is nothing to draw)."""
    return Charts(_figures(port))
