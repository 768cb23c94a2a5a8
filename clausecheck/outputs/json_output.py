"""The one serializer of scan results: the CLI, the API and the report all read what it writes.

The keys scored by ../shared/eval/CONTRACT.md (path, considerations, insertion_hours,
reservation_bases, allotment, amounts) keep their meaning; everything else is added.
"""

from __future__ import annotations

import hashlib
from typing import Any

from clausecheck import __version__
from clausecheck.model import CATEGORIES, DocumentAnalysis

SCHEMA_VERSION = "1"

DECP_SOCIAL = {"clause_sociale": "Clause sociale", "critere_social": "Critère social", "marche_reserve": "Marché réservé"}
DECP_ENVIRONMENTAL = {"clause_environnementale": "Clause environnementale", "critere_environnemental": "Critère environnemental"}


def decp_values(considerations: dict[str, bool | None]) -> dict[str, list[str] | None]:
    """DECP `considerationsSociales` / `considerationsEnvironnementales`, ready to publish.

    An insertion clause is published as "Clause sociale". None when nothing could be read.
    """
    considerations = dict(considerations)
    if considerations.get("clause_insertion"):
        considerations["clause_sociale"] = True

    def values(mapping: dict[str, str], none_value: str) -> list[str] | None:
        states = [considerations.get(key) for key in mapping]
        if all(state is None for state in states):
            return None
        present = [label for key, label in mapping.items() if considerations.get(key)]
        return present or [none_value]

    return {
        "considerationsSociales": values(DECP_SOCIAL, "Pas de considération sociale"),
        "considerationsEnvironnementales": values(DECP_ENVIRONMENTAL, "Pas de considération environnementale"),
    }


def document_to_dict(analysis: DocumentAnalysis) -> dict[str, Any]:
    document = analysis.document
    facts = analysis.facts or {}
    allotment = facts.get("allotment") or {}
    amounts = facts.get("amounts") or {}
    considerations = {category: analysis.considerations.get(category) for category in CATEGORIES}
    return {
        "path": document.path,
        "dossier": document.dossier,
        "format": document.format,
        "size_bytes": document.size_bytes,
        "sha256": document.sha256,
        "doc_type": document.doc_type if document.text_status.readable else None,
        "doc_type_reason": document.doc_type_reason,
        "title": document.title,
        "text_status": document.text_status.value,
        "status_message": document.status_message,
        "page_count": document.page_count,
        "pages_without_text": document.pages_without_text,
        "considerations": considerations,
        "unknown_reasons": dict(analysis.unknown_reasons),
        "insertion_hours": analysis.insertion_hours,
        "reservation_bases": list(analysis.reservation_bases),
        "allotment": {"divided": allotment.get("divided"), "lot_count": allotment.get("lot_count")},
        "amounts": {"estimated_ht": amounts.get("estimated_ht"), "max_ht": amounts.get("max_ht")},
        "decp": decp_values(considerations),
        "findings": [finding.to_dict() for finding in analysis.findings],
        "detection_notes": list(analysis.notes),
        "facts": facts,
        "sections": [
            {"number": s.number, "title": s.title, "level": s.level, "page": s.page} for s in document.sections[:300]
        ],
        "timings": {key: round(value, 4) for key, value in analysis.timings.items()},
    }


def aggregate_considerations(documents: list[dict[str, Any]]) -> dict[str, bool | None]:
    """A dossier has a consideration if one of its documents has it; unknown only if nothing says no."""
    result: dict[str, bool | None] = {}
    for category in CATEGORIES:
        states = [doc.get("considerations", {}).get(category) for doc in documents]
        if any(state is True for state in states):
            result[category] = True
        elif any(state is False for state in states):
            result[category] = False
        else:
            result[category] = None
    return result


def rules_version() -> str | None:
    """A fingerprint of the rule, settings and threshold files, so a result says what judged it."""
    from clausecheck.resources import rules_dir

    digest = hashlib.sha256()
    files = sorted(rules_dir().glob("*.yml"))
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"r-{digest.hexdigest()[:12]}" if files else None


def engine_info() -> dict[str, Any]:
    info: dict[str, Any] = {"name": "clausecheck", "version": __version__}
    info["rules_version"] = rules_version()
    try:
        from clausecheck.detection.classifier import PassageClassifier

        model = PassageClassifier.load()
        info["model_version"] = model.version if model is not None else None
    except Exception:
        info["model_version"] = None
    return info
