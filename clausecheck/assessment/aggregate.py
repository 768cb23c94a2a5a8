"""Merge the documents of one dossier (tender) into one view, keeping provenance: every merged
value says which document it came from (`source_document`, `sources`), and its evidence points
into that document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TypeVar, overload

from clausecheck.categories import CATEGORIES, RESERVATION_BASES, prevailing_bases
from clausecheck.extraction.facts import parse_date
from clausecheck.model import BLANK_FORM
from clausecheck.patterns import NUMERO_OPT
from clausecheck.results import (
    CpvCode,
    DocumentResult,
    DurationFact,
    Fact,
    Lot,
    ProcedureFact,
    Requirements,
    TenderAllotment,
    TenderAmounts,
    TenderFacts,
)
from clausecheck.text import french_number

# Which document is trusted first for a fact of the whole consultation.
DOC_PRIORITY = {"AVIS": 0, "RC": 1, "AE": 2, "CCAP": 3, "DQE": 4, "BPU": 5, "DPGF": 5, "CCTP": 6, "CADRE": 7,
                "QR": 8, "AUTRE": 9, "FORM": 10}


@dataclass(slots=True)
class Merged:
    """What a dossier's documents say together, before it is scored and flagged."""

    allotment: TenderAllotment
    amounts: TenderAmounts
    lots: list[Lot]
    facts: TenderFacts
    considerations: dict[str, bool | None]
    reservation_bases: list[str] = field(default_factory=list)


def _priority(doc: DocumentResult) -> tuple[int, str]:
    return DOC_PRIORITY.get(doc.doc_type or "AUTRE", 9), doc.path


Sourced = TypeVar("Sourced", Fact, DurationFact, ProcedureFact, CpvCode)


@overload
def _sourced(value: Sourced, path: str) -> Sourced: ...
@overload
def _sourced(value: None, path: str) -> None: ...
def _sourced(value: Sourced | None, path: str) -> Sourced | None:
    return None if value is None else replace(value, source_document=value.source_document or path)


# How much a piece's word weighs on what the whole consultation is: the notice, the RC, the AE and the
# CCAP settle it; a CCTP, a price schedule or an annex describe the work and may speak of technical
# « lots » (work packages) that are no lots of the contract.
AUTHORITY = {"AVIS": 0, "RC": 0, "AE": 0, "CCAP": 0, "AUTRE": 1, "QR": 1, "CCTP": 2, "BPU": 2, "DPGF": 2,
             "DQE": 2, "CADRE": 2, "FORM": 3}


def _statement_rank(doc: DocumentResult) -> tuple[int, int, int, str]:
    a = doc.facts.allotment
    return (0 if a.explicit else 1, AUTHORITY.get(doc.doc_type or "AUTRE", 1), 0 if a.divided else 1, doc.path)


def _said(doc: DocumentResult) -> str:
    a = doc.facts.allotment
    how = "dit" if a.explicit else "laisse entendre"
    quote = f" (« {a.evidence[0].quote[:80]} »)" if a.evidence else ""
    return f"{doc.path.rsplit('/', 1)[-1]} ({doc.doc_type}) {how} {'alloti' if a.divided else 'non alloti'}{quote}"


def merge_allotment(docs: list[DocumentResult]) -> TenderAllotment:
    """Whether the contract is divided, from the piece whose word weighs most: a statement in so many
    words before an inference from lot numbers, then the authority of the piece (AUTHORITY), then
    « divided » (one lot's documents make a divided contract). Pieces that contradict it are named."""
    merged = TenderAllotment()
    statements = sorted((doc for doc in docs if doc.facts.allotment.divided is not None and doc.doc_type != BLANK_FORM),
                        key=_statement_rank)
    if not statements:
        return merged
    chosen = statements[0]
    a = chosen.facts.allotment
    merged.divided = a.divided
    merged.sources.append(chosen.path)
    merged.evidence.extend(a.evidence[:2])
    others = [doc for doc in statements[1:] if doc.facts.allotment.divided != a.divided]
    if others:
        merged.conflict = (f"Pièces en désaccord : {_said(chosen)} ; " + " ; ".join(_said(doc) for doc in others[:3])
                           + f". Retenu : {'alloti' if a.divided else 'non alloti'}, d'après "
                           f"{chosen.path.rsplit('/', 1)[-1]} (déclaration explicite et pièce qui fait foi d'abord).")
    if merged.divided is False:
        for doc in [chosen, *statements]:
            if doc.facts.allotment.divided is False and doc.facts.allotment.no_division_reason:
                merged.no_division_reason = doc.facts.allotment.no_division_reason
                break
    if merged.divided:
        # a correction or a register's answer that changes the count prevails, the latest first (« Le marché comporte
        # désormais trois lots »); then the piece whose word weighs most
        changes = sorted((doc for doc in docs if doc.doc_type in AMENDING_PIECES and doc.facts.allotment.count_amended),
                         key=lambda doc: (-_issue(doc), doc.path))
        for doc in [*changes, *sorted(docs, key=_statement_rank)]:
            if doc.facts.allotment.divided and doc.facts.allotment.lot_count:
                merged.lot_count = doc.facts.allotment.lot_count
                if doc.path not in merged.sources:
                    merged.sources.append(doc.path)
                break
    return merged


def one_lot_piece(doc: DocumentResult) -> bool:
    """The piece covers one lot of a divided contract (the AE of lot 2, the award notice of one lot): its
    figures are that lot's, not the contract's."""
    a = doc.facts.allotment
    return bool(a.divided) and len(doc.facts.lots) == 1 and a.lot_count in (None, 1)


def _lot_of(doc: DocumentResult, key: str) -> str | None:
    """The lot whose figure `key` the piece gives, when it is one lot's: the piece covers one lot (the AE of lot
    2), or its only figure is said of one lot (« Montant maximum du lot 3 : … » in an AE that names lot 2 in passing)."""
    if one_lot_piece(doc):
        return str(doc.facts.lots[0].number)
    return doc.facts.amounts.one_lot.get(key)


def _a_piece_gives_the_whole(docs: list[DocumentResult], key: str) -> bool:
    """Some piece states the figure `key` of the whole contract, not of one of its lots."""
    return any(getattr(doc.facts.amounts, key) is not None and _lot_of(doc, key) is None for doc in docs)


def _over_the_dossiers_duration(docs: list[DocumentResult], piece: DocumentResult, value: float,
                                span: int = 12) -> tuple[float, str] | None:
    """A figure per year (or per period of `span` months) over the whole duration another piece states (« maximum
    annuel » in the CCAP, « un an reconductible deux fois » in the RC), with the arithmetic and both pieces named."""
    for doc in docs:
        d = doc.facts.duration_months
        # (the piece's whole term: as stated, else its initial period and each renewal — extraction/__init__.py)
        months = d.total_months or d.value if d is not None else None
        if doc is piece or not months or months < 2 * span or months % span:
            continue
        periods = int(months // span)
        total = value * periods
        each = "par an" if span == 12 else f"par période de {span} mois"
        times = f"{periods} ans" if span == 12 else f"{periods} périodes"
        return total, (f"{french_number(value)} € HT {each} ({piece.path.rsplit('/', 1)[-1]}) × {times} "
                       f"(durée totale, {doc.path.rsplit('/', 1)[-1]}) = {french_number(total)} € HT")
    return None


def _over_the_term(docs: list[DocumentResult], doc: DocumentResult, key: str, value: float) -> tuple[float, str] | None:
    """The piece's figure over the dossier's term, when the piece gives it per year or per period of n months."""
    amounts = doc.facts.amounts
    if key in amounts.per_year:
        return _over_the_dossiers_duration(docs, doc, value)
    if key in amounts.per_span:
        return _over_the_dossiers_duration(docs, doc, value, amounts.per_span[key])
    if key in amounts.per_period:
        return _over_the_dossiers_periods(docs, doc, value)
    return None


def _renewals_counted_elsewhere(docs: list[DocumentResult], piece: DocumentResult | None) -> tuple[DocumentResult, int] | None:
    """The number of renewals the most authoritative other piece that speaks of them states (any piece, when `piece` is
    None), with that piece."""
    counted = next((other for other in sorted(docs, key=_priority)
                    if other is not piece and other.facts.renewals is not None), None)
    said = counted.facts.renewals.value if counted is not None and counted.facts.renewals is not None else None
    if counted is None or not isinstance(said, int | float):
        return None
    return counted, int(said)


def _over_the_dossiers_periods(docs: list[DocumentResult], piece: DocumentResult, value: float) -> tuple[float, str] | None:
    """A figure for each period of a framework agreement (« pour chaque période d'exécution ») times the periods
    another piece counts (the initial one and each renewal), with the arithmetic and both pieces named."""
    said = _renewals_counted_elsewhere(docs, piece)
    if said is None:
        return None
    counted, renewals = said
    periods = 1 + renewals
    if periods < 2:
        return None
    total = value * periods
    return total, (f"{french_number(value)} € HT par période ({piece.path.rsplit('/', 1)[-1]}) × {periods} périodes "
                   f"(période initiale et {periods - 1} reconduction(s), {counted.path.rsplit('/', 1)[-1]}) = "
                   f"{french_number(total)} € HT")


def _changed_by_another_piece(docs: list[DocumentResult], doc: DocumentResult, key: str,
                              value: float) -> tuple[float, str] | None:
    """The piece's figure is the sum of its lots' and another piece changes one of them, naming the figure it
    replaces (the questions-and-answers register: « le montant maximum du lot 2 est porté de 70 000 € HT à
    90 000 € HT »): the sum with the new figure. A change that does not name the piece's figure is not applied."""
    lots = {str(lot.number): amount for lot in doc.facts.lots if (amount := getattr(lot, key))}
    if len(lots) < 2 or abs(sum(lots.values()) - value) > 0.5:
        return None
    for other in docs:
        change, lot = other.facts.amounts.changed.get(key), _lot_of(other, key)
        if other is doc or lot not in lots:
            continue
        if change and abs(lots[lot] - change[0]) <= 0.5:
            old, new = change
        elif not change and key in other.facts.amounts.amended and (new := getattr(other.facts.amounts, key)):
            # the new figure alone, for one lot (« Le montant maximum annuel du lot 1 est porté à 110 000 € HT »):
            # it replaces that lot's figure, over the term as the piece's own lots are
            old = lots[lot]
            if (over := _over_the_term(docs, other, key, new)) is not None:
                new = over[0]
            elif _per_something(other, key):
                continue  # a yearly figure whose term is not known cannot replace a lot's total
        else:
            continue
        total = value - old + new
        return total, (f"lot {lot} porté de {french_number(old)} à {french_number(new)} € HT "
                       f"({other.path.rsplit('/', 1)[-1]}) : {french_number(value)} − {french_number(old)} + "
                       f"{french_number(new)} = {french_number(total)} € HT ({doc.path.rsplit('/', 1)[-1]})")
    return None


def _per_something(doc: DocumentResult, key: str) -> bool:
    """Is the piece's figure given per year, per span or per period (not over the whole term)?"""
    amounts = doc.facts.amounts
    return key in amounts.per_year or key in amounts.per_span or key in amounts.per_period


# the pieces published after the others that may amend them: a register's answers, a correction notice, and a piece of
# its own kind (« Modificatif n° 2 au dossier de consultation », typed AUTRE)
AMENDING_PIECES = ("QR", "AVIS", "AUTRE")


def merge_amounts(docs: list[DocumentResult]) -> TenderAmounts:
    """Each amount from the most authoritative document that states it, a piece of the whole contract
    before a piece of one of its lots (sorted() keeps the order of priority otherwise)."""
    merged = TenderAmounts()
    for key in ("estimated_ht", "max_ht", "min_ht"):
        if key != "min_ht" and _sum_of_one_lot_pieces(docs, key, merged):
            continue
        if not _a_piece_gives_the_whole(docs, key) and _open_periods_over_the_dossier(docs, key, merged):
            continue
        # (a piece of the whole contract before a piece of one lot; among the first, a questions-and-answers
        # register or a correction notice that says its figure amends the dossier first: it was published after the
        # other pieces — « … les documents sont rectifiés. Le montant maximum s'établit ainsi à 445 000 € HT pour les
        # trois lots », « au lieu de : « … 200 000 euros HT », lire : « … 160 000 euros HT » »)
        # (... and a piece that gives the total of the periods before one that gives the initial period's alone)
        # (... and a correction of one named period's figure last: it is that period's, not the contract's)
        for doc in sorted(docs, key=lambda doc: (_lot_of(doc, key) is not None or key in doc.facts.amounts.one_period,
                                                 key in doc.facts.amounts.initial_only,
                                                 not (doc.doc_type in AMENDING_PIECES and key in doc.facts.amounts.amended))):
            a = doc.facts.amounts
            value = getattr(a, key)
            if value is None:
                continue
            for step in (_changed_by_another_piece, _over_the_term):
                if (over := step(docs, doc, key, value)) is not None:
                    value, how = over
                    merged.note = (merged.note + " ; " if merged.note else "") + how
            setattr(merged, key, value)
            merged.sources[key] = doc.path
            if a.evidence_by_kind.get(key):
                merged.evidence_by_kind[key] = list(a.evidence_by_kind[key])
            merged.evidence.extend(e for e in a.evidence[:3] if e not in merged.evidence)
            if a.note and a.note not in merged.note:
                merged.note = (merged.note + " ; " if merged.note else "") + a.note
            break
        _replaced_by_corrections(docs, key, merged)
    return merged


# the number of a correction, a register's answers or an addendum: « rectificatif n° 2 », « Q/R n°3 », « additif no 1 »
_ISSUE_NUMBER = re.compile(r"(?:rectificati|modificati|additi|correcti|r[ée]ponses?|q\s?/\s?r|questions?)\w*[\s_-]*"
                           + NUMERO_OPT + r"(\d{1,2})\b", re.IGNORECASE)


def _issue(doc: DocumentResult) -> int:
    """Where a piece that amends the dossier stands among the others: its number, when its title or name gives one."""
    for said in (doc.title or "", doc.path.rsplit("/", 1)[-1]):
        if (m := _ISSUE_NUMBER.search(said)) is not None:
            return int(m.group(1))
    return 0


def _replaced_by_corrections(docs: list[DocumentResult], key: str, merged: TenderAmounts) -> None:
    """The dossier's figure replaced, piece after piece in the order they were issued, by each correction that gives it
    as the old figure of a replacement, whatever it calls it (« Au lieu de : « porté de 900 000 € HT à 1 100 000 € HT »
    Lire : « porté de 900 000 € HT à 1 000 000 € HT » »): a later correction may correct an earlier one."""
    value = getattr(merged, key)
    if value is None:
        return
    # the lots' figures the value adds up, in the piece it comes from (a replacement may change one of them)
    source = next((d for d in docs if d.path == merged.sources.get(key)), None)
    lots = [amount for lot in (source.facts.lots if source else []) if (amount := getattr(lot, key))]
    # the periods the value adds up, when the dossier counts them (the initial one and each renewal)
    counted = _renewals_counted_elsewhere(docs, None)
    periods = 1 + counted[1] if counted is not None else 0
    # each period's figure, when the value is one figure times the periods (« 60 000 € HT par période »)
    each = getattr(source.facts.amounts, key) if source is not None and key in source.facts.amounts.per_period else None
    for doc in sorted((d for d in docs if d.doc_type in AMENDING_PIECES), key=lambda d: (_issue(d), d.path)):
        pairs = list(doc.facts.amounts.replacements)
        alone = getattr(doc.facts.amounts, key)
        if key in doc.facts.amounts.one_period and each and alone is not None \
                and not any(abs(new - alone) <= 0.5 for _old, new in pairs):
            # one named period's new figure without its old one (« Le montant maximum de la première reconduction est
            # ramené à 45 000 € HT »): it replaces that period's figure, which is each period's
            pairs.append([each, alone])
        for old, new in pairs:
            # (a value the correction replaced as a whole no longer adds up the lots: « II.1.5 — Au lieu de : 420 000
            # EUR — Lire : 465 000 EUR » then « II.2.6 — Lot n° : 3 — Au lieu de : 120 000 EUR — Lire : 165 000 EUR »)
            summed = len(lots) >= 2 and abs(sum(lots) - value) <= 0.5
            if abs(value - old) <= 0.5:
                how = f"{french_number(old)} remplacé par {french_number(new)} € HT"
                value = new
            elif summed and sum(abs(lot - old) <= 0.5 for lot in lots) == 1:
                # one lot's figure of the sum replaced (« VI.3 — Au lieu de : « lot 3 : 150 000 € HT » — Lire :
                # « lot 3 : 200 000 € HT » »): the sum with the new figure
                lots = [new if abs(lot - old) <= 0.5 else lot for lot in lots]
                how = (f"{french_number(value)} − {french_number(old)} + {french_number(new)} = "
                       f"{french_number(value - old + new)} € HT (un lot remplacé)")
                value = value - old + new
            elif key in doc.facts.amounts.one_period and periods > 1 and abs(value - old * periods) <= 0.5:
                # one named period's figure replaced (« Au lieu de : 2e reconduction – maximum 90 000 € HT — Lire : …
                # 75 000 € HT ») in a total of equal periods: the total with that period's new figure
                how = (f"{french_number(value)} − {french_number(old)} + {french_number(new)} = "
                       f"{french_number(value - old + new)} € HT (une période sur {periods} remplacée)")
                value = value - old + new
            else:
                continue
            merged.note = (merged.note + " ; " if merged.note else "") + f"{how} ({doc.path.rsplit('/', 1)[-1]})"
            merged.sources[key] = doc.path
        by_number = {str(lot.number): amount for lot in (source.facts.lots if source else [])
                     if (amount := getattr(lot, key))}
        for number in doc.facts.amounts.removed_lots:
            # a lot the correction takes out of the consultation, from a sum of the lots it still adds up (not from a
            # value the correction replaced: « Valeur totale estimée : au lieu de 650 000, lire 555 000 »)
            if number in by_number and len(by_number) >= 2 and abs(sum(by_number.values()) - value) <= 0.5:
                removed = by_number.pop(number)
                merged.note = (merged.note + " ; " if merged.note else "") + (
                    f"{french_number(value)} − {french_number(removed)} (lot {number} retiré) = "
                    f"{french_number(value - removed)} € HT ({doc.path.rsplit('/', 1)[-1]})")
                value -= removed
                merged.sources[key] = doc.path
    setattr(merged, key, value)


def _open_periods_over_the_dossier(docs: list[DocumentResult], key: str, merged: TenderAmounts) -> bool:
    """A piece gives the initial period's figure and each renewal's without their number (« 300 000 € HT pour la
    période initiale, puis 150 000 € HT par période de reconduction »); another piece says how many renewals: the
    contract's figure is the initial one plus that many renewals, with the arithmetic and both pieces named."""
    for doc in docs:
        periods = doc.facts.amounts.open_periods.get(key)
        if not periods:
            continue
        said = _renewals_counted_elsewhere(docs, doc)
        if said is None:
            return False
        counted, n = said
        initial, renewal = periods
        total = initial + n * renewal
        setattr(merged, key, total)
        merged.sources[key] = doc.path
        if doc.facts.amounts.evidence_by_kind.get(key):
            merged.evidence_by_kind[key] = list(doc.facts.amounts.evidence_by_kind[key])
        merged.evidence.extend(e for e in doc.facts.amounts.evidence[:3] if e not in merged.evidence)
        merged.note = (merged.note + " ; " if merged.note else "") + (
            f"{french_number(initial)} € HT pour la période initiale + {n} × {french_number(renewal)} € HT par "
            f"reconduction ({doc.path.rsplit('/', 1)[-1]} ; {n} reconductions, {counted.path.rsplit('/', 1)[-1]}) "
            f"= {french_number(total)} € HT")
        return True
    return False


def _sum_of_one_lot_pieces(docs: list[DocumentResult], key: str, merged: TenderAmounts) -> bool:
    """When only pieces of one lot each state the figure (an AE per lot, « Montant maximum du lot 2 : … ») and no
    piece gives a figure of the whole contract, the contract's figure is their sum over the lots, each lot once."""
    if _a_piece_gives_the_whole(docs, key):
        return False
    per_lot: dict[str, tuple[float, DocumentResult, str]] = {}
    for doc in docs:
        value = getattr(doc.facts.amounts, key)
        lot = _lot_of(doc, key)
        if value is None or lot is None:
            continue
        how = ""
        if (over := _over_the_term(docs, doc, key, value)) is not None:
            value, how = over
        per_lot.setdefault(lot, (value, doc, how))
    if len(per_lot) < 2:
        return False
    total = sum(value for value, _doc, _how in per_lot.values())
    setattr(merged, key, total)
    merged.sources[key] = ", ".join(doc.path for _value, doc, _how in per_lot.values())
    parts = " + ".join(f"{french_number(value)} (lot {lot}, {doc.path.rsplit('/', 1)[-1]})"
                       for lot, (value, doc, _how) in sorted(per_lot.items()))
    label = "montant maximum" if key == "max_ht" else "valeur estimée"
    merged.note = (merged.note + " ; " if merged.note else "") + \
        f"{label} : somme des pièces de chaque lot = {parts} = {french_number(total)} € HT" + \
        "".join(f" ; {how}" for _value, _doc, how in per_lot.values() if how)
    evidence = [e for _value, doc, _how in per_lot.values() for e in doc.facts.amounts.evidence_by_kind.get(key, [])[:1]]
    merged.evidence_by_kind[key] = evidence
    merged.evidence.extend(e for e in evidence if e not in merged.evidence)
    return True


def merge_lots(docs: list[DocumentResult]) -> list[Lot]:
    """Lots by number across documents; the first document (by priority) gives each value."""
    lots: dict[str, Lot] = {}
    for doc in docs:
        for lot in doc.facts.lots:
            merged = lots.setdefault(str(lot.number), Lot(number=lot.number, sources=[]))
            for key in ("title", "estimated_ht", "min_ht", "max_ht", "duration_months"):
                if not getattr(merged, key) and getattr(lot, key):
                    setattr(merged, key, getattr(lot, key))
            merged.reserved_bases.extend(b for b in lot.reserved_bases if b not in merged.reserved_bases)
            merged.cpv.extend(c for c in lot.cpv if c not in merged.cpv)
            merged.evidence.extend(lot.evidence[:1])
            assert merged.sources is not None
            if doc.path not in merged.sources:
                merged.sources.append(doc.path)
    return sorted(lots.values(), key=lambda lot: (len(str(lot.number)), str(lot.number)))


def merge_facts(docs: list[DocumentResult], lots: list[Lot]) -> TenderFacts:
    facts = TenderFacts(lots=lots)
    for key in ("buyer", "object", "procedure", "publication_date", "deadline", "duration_months", "renewals"):
        for doc in docs:
            value = getattr(doc.facts, key)
            if value:
                setattr(facts, key, _sourced(value, doc.path))
                break
    # the consultation date is the earliest publication date read anywhere
    publications = [(str(doc.facts.publication_date.value), doc.path, doc.facts.publication_date)
                    for doc in docs if doc.facts.publication_date and doc.facts.publication_date.value]
    if publications:
        _value, path, fact = min(publications, key=lambda item: (item[0], item[1]))
        facts.publication_date = _sourced(fact, path)
    seen: set[str] = set()
    for doc in docs:
        for code in doc.facts.cpv:
            if code.code not in seen:
                seen.add(code.code)
                facts.cpv.append(_sourced(code, doc.path))
    facts.requirements = merge_requirements(docs)
    if facts.publication_date and facts.deadline:
        published, due = parse_date(str(facts.publication_date.value)), parse_date(str(facts.deadline.value))
        if published and due and due >= published:
            facts.response_days = (due - published).days
    return facts


def merge_requirements(docs: list[DocumentResult]) -> Requirements:
    merged = Requirements()
    for doc in docs:
        for key in Requirements.NAMES:
            value = getattr(doc.facts.requirements, key)
            if getattr(merged, key) is None and value is not None:
                setattr(merged, key, _sourced(value, doc.path))
        for certification in doc.facts.requirements.certifications:
            if all(certification.value != known.value for known in merged.certifications):
                merged.certifications.append(_sourced(certification, doc.path))
    return merged


def merge_considerations(docs: list[DocumentResult]) -> dict[str, bool | None]:
    """Present if one document has it; absent if one says no and none yes; else unknown."""
    out: dict[str, bool | None] = {}
    for category in CATEGORIES:
        states = [doc.considerations.get(category) for doc in docs]
        out[category] = True if any(s is True for s in states) else (False if any(s is False for s in states) else None)
    return out


def merge(documents: list[DocumentResult]) -> Merged:
    docs = sorted(documents, key=_priority)
    allotment = merge_allotment(docs)
    # a contract the pieces that settle it call undivided has no lots, whatever a CCTP names so
    lots = merge_lots(docs) if allotment.divided is not False else []
    # across the pieces as within one: an article cited anywhere prevails over the words, the words over
    # a notice's boxes (a notice ticking « ateliers protégés » for a contract the RC reserves under L2113-13)
    named = [(basis, tier) for doc in documents for basis, tier in doc.reservation_readings.items()]
    prevailing, _note = prevailing_bases(named)
    bases = set(prevailing) or {basis for doc in documents for basis in doc.reservation_bases}
    return Merged(
        allotment=allotment,
        amounts=merge_amounts(docs),
        lots=lots,
        facts=merge_facts(docs, lots),
        considerations=merge_considerations(documents),
        reservation_bases=[b for b in RESERVATION_BASES if b in bases] + sorted(bases - set(RESERVATION_BASES)),
    )


