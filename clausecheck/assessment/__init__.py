"""Assessment of a dossier (tender): merge the documents' facts, score accessibility for
small local firms and for SIAE/EA/ESAT, and raise flags with their legal basis.

Reference date (the date at which thresholds are read): an explicit date given by the user
(`--date`, `override_date`) wins; otherwise the consultation date read in the documents
(earliest publication or launch date); otherwise the scan date. `reference_date_source` says
which: "option", "document" or "scan".
"""

from __future__ import annotations

from datetime import date
from typing import Any

from clausecheck.assessment.aggregate import aggregate_tender
from clausecheck.assessment.flags import compute_flags
from clausecheck.assessment.scoring import accessibility, reference_date_of
from clausecheck.assessment.thresholds import load_settings, load_thresholds, thresholds_catalog

__all__ = ["aggregate_tender", "assess_tender", "thresholds_catalog", "load_settings", "load_thresholds"]


def assess_tender(tender: dict[str, Any], documents: list[dict[str, Any]], *, scan_date: date,
                  override_date: date | None = None, settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """Accessibility scores and flags for one dossier.

    `tender` is aggregate_tender(documents) (or a tender dict holding its keys: allotment, amounts,
    lots, facts, considerations, reservation_bases); missing keys are filled from `documents`.
    """
    settings = settings or load_settings()
    merged = aggregate_tender(documents) if documents else {}
    view = dict(merged)
    for key, value in (tender or {}).items():
        if value not in (None, {}, []) and key in ("allotment", "amounts", "lots", "facts", "considerations",
                                                   "reservation_bases"):
            view[key] = value
    view.setdefault("facts", {})
    ref, source, ref_ev = reference_date_of(view, scan_date, override_date)
    docs_read = any((d.get("text_status") in (None, "ok")) for d in documents) if documents else False
    result = {
        "accessibility": accessibility(view, settings, docs_read),
        "flags": compute_flags(view, ref, settings),
        "reference_date": ref.isoformat(),
        "reference_date_source": source,
        "reference_date_evidence": ref_ev,
    }
    facts = view.get("facts")
    if isinstance(facts, dict):
        facts["reference_date"] = ref.isoformat()
        facts["reference_date_source"] = source
        result["facts"] = facts
    return result
