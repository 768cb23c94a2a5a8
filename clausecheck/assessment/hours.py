"""A dossier's insertion hours: the piece that states the most speaks for the dossier (the RC, the CCAP and the AE
restate the same commitment), unless another piece changes one lot's figure."""

from __future__ import annotations

from clausecheck.extraction.amount_wording import AMENDMENT
from clausecheck.extraction.hours import WHOLE
from clausecheck.results import DocumentResult, HoursCommitment
from clausecheck.text import french_number


def dossier_hours(documents: list[DocumentResult]) -> tuple[int | None, list[HoursCommitment]]:
    """The dossier's hours and the commitments that say them."""
    hours = [doc.insertion_hours for doc in documents if doc.insertion_hours]
    stating = max((doc for doc in documents if doc.hours_commitments),
                  key=lambda doc: (doc.insertion_hours or 0, len(doc.hours_commitments)), default=None)
    value = max(hours) if hours else None
    restated = _restated_whole(documents)
    if restated is not None and value is not None and restated.insertion_hours != value:
        # a correction that gives the dossier's new total (« le volume total d'heures d'insertion de l'opération est
        # désormais de 2 030 heures ») speaks for the dossier, whatever the pieces it corrects said
        stating, value = restated, restated.insertion_hours
    commitments = list(stating.hours_commitments) if stating else []
    if stating is not None and value is not None:
        # (any piece that states the dossier's hours lot by lot may be the one a change applies to: the RC may give the
        # total alone, the CCAP its lots)
        for piece in [stating] + [doc for doc in documents if doc is not stating and doc.insertion_hours == value]:
            if (changed := _lot_changed_elsewhere(documents, piece, value)) is not None:
                value = round(changed.hours)
                commitments = [*piece.hours_commitments, changed]
                break
    return value, commitments


def _lot_changed_elsewhere(documents: list[DocumentResult], stating: DocumentResult,
                           value: int) -> HoursCommitment | None:
    """The stating piece's hours are the sum of its lots', and another piece says it changes one lot's (the
    questions-and-answers register: « le volume d'insertion du lot 2 est porté à 120 heures ; l'article 6 du CCAP …
    est modifié en ce sens »): the sum with the new figure, its arithmetic said."""
    lots = {c.scope: c.hours for c in stating.hours_commitments
            if c.counted and c.basis == "total" and c.scope and c.scope.startswith("lot ")}
    if len(lots) < 2 or abs(sum(lots.values()) - value) > 0.5:
        return None
    for other in documents:
        if other is stating:
            continue
        for c in other.hours_commitments:
            if not (c.counted and c.basis == "total" and c.scope in lots and abs(c.hours - lots[c.scope]) > 0.5
                    and c.evidence is not None and AMENDMENT.search((c.evidence.context or c.evidence.quote).lower())):
                continue
            old, total = lots[c.scope], value - lots[c.scope] + c.hours
            return HoursCommitment(
                hours=total, basis="total", scope="ensemble du marché", derived_total=total, evidence=c.evidence,
                arithmetic=(f"{c.scope} porté de {french_number(old)} h à {french_number(c.hours)} h "
                            f"({other.path.rsplit('/', 1)[-1]}) : {french_number(value)} − {french_number(old)} + "
                            f"{french_number(c.hours)} = {french_number(total)} h "
                            f"({stating.path.rsplit('/', 1)[-1]})"))
    return None


def _restated_whole(documents: list[DocumentResult]) -> DocumentResult | None:
    """The piece whose one counted figure is the whole contract's, said as a change (« est désormais de », « est
    porté à », « est ramené à »), if one piece does."""
    found = [doc for doc in documents if doc.insertion_hours
             and len([c for c in doc.hours_commitments if c.counted]) == 1
             and any(c.counted and c.basis == "total" and c.scope in (None, WHOLE) and c.evidence is not None
                     and c.hours == doc.insertion_hours and AMENDMENT.search(c.evidence.quote.lower())
                     for c in doc.hours_commitments)]
    return found[0] if len(found) == 1 else None
