"""Extraction: the facts of one document (allotment, amounts, lots, procedure, dates,
requirements), each with the evidence it was read from.

`extract(doc) -> DocumentFacts` (see clausecheck/results.py and docs/output-schema.md).
"""

from __future__ import annotations

from clausecheck.extraction.allotment import analyse_allotment
from clausecheck.extraction.amounts import analyse_amounts
from clausecheck.extraction.facts import buyer_and_object, cpv_codes, dates, procedure, requirements
from clausecheck.extraction.numbers import find_amounts, parse_amount, parse_number, words_to_number
from clausecheck.extraction.replacements import figure_replacements, removed_lots
from clausecheck.extraction.structured import fields_of
from clausecheck.extraction.textscan import Scanner
from clausecheck.model import Document, Evidence
from clausecheck.results import DocumentAllotment, DocumentAmounts, DocumentFacts, DurationFact, Fact, Lot

__all__ = ["extract", "find_amounts", "parse_amount", "parse_number", "words_to_number"]


def extract(doc: Document) -> DocumentFacts:
    if not doc.text:
        return DocumentFacts()
    scan = Scanner(doc.text)
    fields = fields_of(doc)

    def ev(start: int, end: int) -> Evidence:
        return doc.evidence(start, end)

    allot = analyse_allotment(doc, scan)
    amounts = analyse_amounts(doc, scan, allot.positions, allot.divided, allot.table)
    _lots_from_amounts(allot, amounts)

    # lots: only numbers that appear in the text (never invented); titles from the same line
    lots: list[Lot] = []
    if allot.divided:
        for num in sorted(allot.lot_marks, key=lambda n: (len(str(n)), str(n))):
            items = allot.lot_marks[num]
            row = allot.table.rows.get(num) if isinstance(num, int) else None
            # a table cell holds the whole title; a text line may be cut by the page layout
            title = (row.title if row is not None and row.title else "") or next((t for _a, _b, t in items if t), "")
            per = amounts.per_lot.get(str(num), {})
            spans = [(a, b) for a, b, _t in items[:2]]
            if row is not None:
                spans += list(row.amount_spans.values())[:1]
            lots.append(Lot(number=num, title=title[:200], estimated_ht=_round(per.get("estimated")),
                            max_ht=_round(per.get("max")), min_ht=_round(per.get("min")),
                            reserved_bases=list(allot.reserved.get(num, [])) if isinstance(num, int) else [],
                            evidence=[doc.evidence(a, b) for a, b in spans]))

    d = amounts.durations
    note = " ; ".join(amounts.notes)
    if amounts.ttc_only:
        note = (note + " ; " if note else "") + "seuls des montants TTC sont indiqués : ils ne sont pas repris comme HT"
    pub, deadline = dates(scan, fields, ev)
    buyer, obj = buyer_and_object(scan, fields, ev)
    duration = None
    if d is not None and (months := d.initial_months or d.total_months):
        # the whole term: as stated, else the initial period and each renewal (« deux ans, reconductible deux fois
        # par période d'un an » is 48 months)
        whole = d.total_months or (round(years * 12) if d.renewals and (years := d.total_years()) else None)
        duration = DurationFact(months, whole,
                                [ev(*scan.span(a, b)) for a, b in d.spans[:2]])
    renewals = None
    if d is not None and d.renewals is not None:
        renewals = Fact(d.renewals, [ev(*scan.span(a, b)) for a, b in d.spans[-1:]])

    return DocumentFacts(
        allotment=DocumentAllotment(
            divided=allot.divided,
            lot_count=allot.lot_count,
            no_division_reason=allot.no_division_reason,
            source=allot.source,
            explicit=allot.explicit,
            count_amended=allot.count_amended,
            evidence=[ev(a, b) for a, b in allot.spans[:4]],
        ),
        amounts=DocumentAmounts(
            estimated_ht=_round(amounts.estimated_ht),
            max_ht=_round(amounts.max_ht),
            min_ht=_round(amounts.min_ht),
            evidence=[ev(a, b) for a, b in amounts.spans[:8]],
            # the same evidence, by figure (a flag on the maximum cites the maximum)
            evidence_by_kind={f"{k}_ht": [ev(a, b) for a, b in spans[:3]] for k, spans in amounts.spans_by_kind.items()},
            note=note,
            per_year=sorted(f"{kind}_ht" for kind in amounts.per_year),
            per_period=sorted(f"{kind}_ht" for kind in amounts.per_period),
            # (a lot by its number, not a tranche, an option or a notice's lot field)
            one_lot={f"{kind}_ht": lot for kind, lot in amounts.one_lot.items() if lot.isdigit()},
            open_periods={f"{kind}_ht": [initial, renewal] for kind, (initial, renewal) in amounts.open_periods.items()},
            per_span={f"{kind}_ht": months for kind, months in amounts.per_span.items()},
            changed={f"{kind}_ht": [old, new] for kind, (old, new) in amounts.changed.items()},
            replacements=[[old, new] for old, new in figure_replacements(scan.text, scan.low)],
            removed_lots=removed_lots(scan.low),
            amended=sorted(f"{kind}_ht" for kind in amounts.amended),
            initial_only=sorted(f"{kind}_ht" for kind in amounts.initial_only),
            one_period=sorted(f"{kind}_ht" for kind in amounts.one_period),
        ),
        lots=lots,
        procedure=procedure(doc, scan, fields, ev),
        buyer=buyer,
        object=obj,
        cpv=cpv_codes(scan, fields, ev),
        publication_date=pub,
        deadline=deadline,
        duration_months=duration,
        renewals=renewals,
        requirements=requirements(scan, ev),
    )


def _lots_from_amounts(allot, amounts) -> None:
    """Lots named only in prose, each with its own figure (« le lot 1 est estimé à 45 000 € HT, le lot 2 à
    30 000 € HT et le lot 3 à 25 000 € HT »): figures given for lots 1 to n (n >= 2) make the contract
    divided and, when nothing else gives the number, tell it."""
    if allot.divided is False or allot.source == "structured":
        return
    numbers = sorted(int(k) for k in amounts.per_lot if k.isdigit())
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return
    if allot.divided is None:
        allot.divided = True
        allot.source = "montants par lot"
    if allot.lot_count is None or allot.lot_count < len(numbers):
        allot.lot_count = len(numbers)


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 2)
