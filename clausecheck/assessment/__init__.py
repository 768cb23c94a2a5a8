"""Assessment of dossiers (tenders): group the documents into dossiers, merge each dossier's
documents, score its accessibility for small local firms and for SIAE/EA/ESAT, and raise flags
with their legal basis.

Reference date (the date at which thresholds are read) comes from the consultation's launch as
the dossier tells it (assessment/launch.py): the user's `--date`, else the publication date, else
bounded by the deadline for offers, else unknown (thresholds read at the scan date, and every flag
that depends on the date says so). `reference_date_source`: "option", "document", "borne" or "scan".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from clausecheck.assessment.aggregate import Merged, merge
from clausecheck.assessment.flags import compute_flags
from clausecheck.assessment.hours import dossier_hours
from clausecheck.assessment.launch import launch_of
from clausecheck.assessment.scoring import accessibility
from clausecheck.assessment.thresholds import load_settings, load_thresholds, thresholds_catalog
from clausecheck.categories import decp_values
from clausecheck.model import is_readable_status
from clausecheck.results import DocumentResult, TenderResult, UnreadableDocument

__all__ = [
    "assess_dossier",
    "assess_tenders",
    "group_dossiers",
    "load_settings",
    "load_thresholds",
    "merge",
    "thresholds_catalog",
]


def group_dossiers(documents: Iterable[DocumentResult]) -> list[tuple[str, list[DocumentResult]]]:
    """Documents grouped by dossier, each sorted by path. A folder of published notices is not one
    tender: when every document of a dossier is a notice, each notice stands as its own tender."""
    groups: dict[str, list[DocumentResult]] = defaultdict(list)
    for document in documents:
        groups[document.dossier or document.path].append(document)
    units: list[tuple[str, list[DocumentResult]]] = []
    for dossier in sorted(groups):
        members = sorted(groups[dossier], key=lambda d: d.path)
        if len(members) > 1 and all(doc.doc_type == "AVIS" for doc in members):
            units.extend((doc.path, [doc]) for doc in members)
        else:
            units.append((dossier, members))
    return units


def assess_tenders(documents: Iterable[DocumentResult], *, scan_date: date,
                   override_date: date | None = None) -> Iterator[TenderResult]:
    settings = load_settings()
    for tender_id, members in group_dossiers(documents):
        yield assess_dossier(tender_id, members, scan_date=scan_date, override_date=override_date, settings=settings)


def assess_dossier(tender_id: str, documents: list[DocumentResult], *, scan_date: date,
                   override_date: date | None = None, settings: dict[str, Any] | None = None) -> TenderResult:
    """One dossier: its documents merged (with provenance), scored and flagged."""
    settings = settings or load_settings()
    merged = merge(documents)
    return assess_merged(tender_id, documents, merged, scan_date=scan_date, override_date=override_date,
                         settings=settings)


def assess_merged(tender_id: str, documents: list[DocumentResult], merged: Merged, *, scan_date: date,
                  override_date: date | None, settings: dict[str, Any]) -> TenderResult:
    launch = launch_of(merged.facts, scan_date, override_date)
    merged.facts.reference_date = launch.reference.isoformat()
    merged.facts.reference_date_source = launch.source
    docs_read = any(is_readable_status(doc.text_status) for doc in documents)
    hours, commitments = dossier_hours(documents)
    return TenderResult(
        id=tender_id,
        path=tender_id,
        documents=[doc.path for doc in documents],
        unreadable_documents=[UnreadableDocument(doc.path, doc.text_status, doc.status_message)
                              for doc in documents if not is_readable_status(doc.text_status)],
        considerations=merged.considerations,
        insertion_hours=hours,
        hours_commitments=commitments,
        reservation_bases=merged.reservation_bases,
        decp=decp_values(merged.considerations),
        allotment=merged.allotment,
        amounts=merged.amounts,
        lots=merged.lots,
        facts=merged.facts,
        accessibility=accessibility(merged, settings, docs_read),
        flags=compute_flags(merged, launch, settings),
        reference_date=launch.reference.isoformat(),
        reference_date_source=launch.source,
        reference_date_evidence=list(launch.evidence),
        launch=launch.window(),
    )
