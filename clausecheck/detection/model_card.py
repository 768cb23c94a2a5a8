"""The passage model's card (models/MODEL_CARD.md), written by `clausecheck train` from its
measured figures: what the model does, on what data, how well on buyers it never saw, its limits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from clausecheck.detection.roles import ROLES

ROLE_LABELS = {"object": "objet", "selection": "candidature / question", "criteria": "critère",
               "execution": "condition d'exécution", "reservation": "réservation", "price_schedule": "bordereau",
               "form": "formulaire", "other": "autre"}
TOPIC_LABELS = {"insertion": "insertion", "social": "autre social", "environmental": "environnement",
                "reservation": "réservation"}


def _pct(value: float) -> str:
    return f"{value * 100:.1f} %".replace(".", ",")


def render_card(metrics: dict[str, Any], real: Sequence[Any], synthetic: Sequence[Any]) -> str:
    roles = Counter(e.role for e in real)
    topics = Counter(t for e in real for t in e.topics)
    lines = [
        "# Fiche du modèle de passages (clausecheck)",
        "",
        "_Écrite par `clausecheck train` (clausecheck/detection/training.py) : ne pas modifier à la main._",
        "",
        f"- **Version :** `{metrics['version']}` ; entraîné en {metrics['seconds']} s.",
        "- **Fichiers :** `passage_model.npz` (tableaux), `passage_model.json` (vocabulaire, seuils), "
        "`passage_model.metrics.json` (mesures).",
        "",
        "## Ce qu'il fait",
        "",
        "Il lit un passage (phrase, ligne, ligne de tableau) et donne la probabilité de chaque **rôle** — "
        + ", ".join(ROLE_LABELS[r] for r in ROLES)
        + " — et de chaque **thème** — insertion, autre social, environnement, réservation. La table de "
        "décision (rules/decisions.yml) fait de rôle × thème une catégorie. Le modèle décide là où les "
        "règles ne disent rien : le rôle d'un passage sans aucun signe, et les passages qu'aucune règle n'a "
        "relevés quand son thème dépasse le seuil choisi sur des acheteurs tenus à l'écart. Sa tête de **registre** "
        "dit si un texte parle de la commande publique en général (guide, explication du droit, actualité, "
        "jurisprudence) au lieu de stipuler pour un marché : un document sans type de pièce (AUTRE) dont les passages "
        "en parlent ainsi ne donne aucune constatation ; une pièce typée (RC, CCAP, avis…) stipule, même quand elle "
        "rappelle le droit (clausecheck/detection/model_step.py, `commentary_of`).",
        "",
        "## Données",
        "",
        f"- **Passages réels :** {metrics['data']['real']} passages du corpus public, de "
        f"{metrics['data']['real_groups']} acheteurs ou documents (models/training/REAL_PASSAGES.md) ; "
        "étiquetés à la main ou par le champ de l'avis qui les porte.",
        f"- **Passages écrits à la main :** {metrics['data']['synthetic']} (models/training/passages.jsonl, "
        "engendrés de gabarits ; written_passages.jsonl et technical_passages.jsonl — stipulations techniques, "
        "financières et d'hygiène des CCTP et CCAP qui emploient les mots des thèmes sans être des clauses, à côté de "
        "vraies clauses, models/training/TECHNICAL_PASSAGES.md —, écrits un à un par quelqu'un qui n'a lu aucun jeu "
        "de test) : ils ajoutent des formulations que le corpus n'a pas ; ils n'entrent jamais dans les mesures.",
        f"- **Passages de commentaire :** {metrics['data'].get('commentary', 0)} (models/training/"
        "commentary_passages.jsonl, paraphrasés de pages publiques — guides, explications juridiques, actualités, "
        "jurisprudence — sans en recopier le texte) : ils n'entraînent que la tête de registre.",
        "",
        "| Rôle | Passages réels |",
        "|---|---:|",
        *[f"| {ROLE_LABELS[r]} | {roles.get(r, 0)} |" for r in ROLES],
        "",
        "| Thème | Passages réels positifs |",
        "|---|---:|",
        *[f"| {TOPIC_LABELS[t]} | {topics.get(t, 0)} |" for t in TOPIC_LABELS],
        "",
        "## Mesures sur des acheteurs jamais vus",
        "",
        f"{metrics['held_out']}.",
        "",
        f"- **Rôle :** exactitude {_pct(metrics['role']['accuracy'])}, F1 macro {_pct(metrics['role']['macro_f1'])} ; "
        f"seuil de confiance {metrics['role']['threshold']} (au-dessus : {_pct(metrics['role']['coverage_above_threshold'])} "
        "des passages, exactitude ≥ 90 %).",
        "",
        "| Thème | Seuil | Précision | Rappel | F1 | Précision moyenne (tous seuils) | Positifs |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *[f"| {TOPIC_LABELS[t]} | {m['threshold']} | {_pct(m['precision'])} | {_pct(m['recall'])} | {_pct(m['f1'])} "
          f"| {_pct(m['average_precision']) if 'average_precision' in m else '—'} | {m['positives']} |"
          for t, m in metrics["topics"].items()],
        "",
        *_commentary_lines(metrics.get("commentary") or {}, (metrics.get("thresholds") or {}).get("commentary")),
        "## Limites",
        "",
        "- Peu de passages réels d'insertion et de réservation : ces thèmes restent d'abord l'affaire des règles.",
        "- Le modèle ne donne ni heures, ni fondement, ni pondération : les extracteurs les lisent autour du passage.",
        "- Les seuils gardent une précision d'au moins 85 % hors échantillon ; ils se relisent à chaque entraînement.",
        "",
    ]
    return "\n".join(lines)


def _commentary_lines(figures: dict[str, Any], threshold: float | None) -> list[str]:
    if not figures or threshold is None:
        return []
    return [f"- **Registre (commentaire ou pièce de marché) :** seuil {threshold}, choisi pour qu'au plus "
            f"{_pct(figures['tender_read_as_commentary'])} des {figures['tender_passages']} passages réels de "
            f"pièces soient lus comme commentaire hors échantillon ; rappel sur les {figures['commentary_passages']} "
            f"passages de commentaire (plis par site source) : {_pct(figures['recall'])}.", ""]


def write_card(path: Path, metrics: dict[str, Any], real: Sequence[Any], synthetic: Sequence[Any]) -> None:
    path.write_text(render_card(metrics, real, synthetic), encoding="utf-8")
