"""When a consultation was launched, as far as its dossier says: the date the thresholds and the
dated obligations (loi Climat et Résilience from 22 August 2026) are read at.

A date given by the user (`--date`) wins. Otherwise the notice's publication date is the launch.
Otherwise the launch is bounded by what the dossier states: it came no later than the deadline for
offers. With no date at all the launch is unknown: thresholds are read at the day of the scan and
every flag that depends on the date says so, instead of passing the scan date off as the launch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from clausecheck.extraction.facts import parse_date
from clausecheck.model import Evidence
from clausecheck.results import Fact, LaunchWindow, TenderFacts


def _fr(day: date) -> str:
    return day.strftime("%d/%m/%Y")


@dataclass(frozen=True, slots=True)
class Launch:
    """The launch as known: exact (earliest == latest), bounded, or unknown (neither)."""

    reference: date  # where thresholds are read
    source: str  # option | document | borne | scan
    earliest: date | None = None
    latest: date | None = None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def exact(self) -> bool:
        return self.earliest is not None and self.earliest == self.latest

    @property
    def basis(self) -> str:
        """The date a flag rests on, in French."""
        if self.source == "option":
            return f"date de référence donnée par l'utilisateur : {_fr(self.reference)}"
        if self.exact and self.earliest is not None:
            return f"consultation publiée le {_fr(self.earliest)}"
        if self.latest is not None:
            return (f"date de lancement non écrite : au plus tard le {_fr(self.latest)} "
                    "(date limite de remise des offres) ; seuils lus à cette date")
        return (f"date de lancement inconnue : aucune date de publication ni date limite dans le dossier ; "
                f"seuils lus au {_fr(self.reference)} (jour de l'analyse), à vérifier")

    def launched_before(self, pivot: date) -> bool | None:
        """True when the consultation was surely launched before `pivot`, False when surely on or
        after it, None when the dossier does not tell."""
        if self.source == "option" or self.exact:
            return self.reference < pivot
        if self.latest is not None and self.latest < pivot:
            return True
        if self.earliest is not None and self.earliest >= pivot:
            return False
        return None

    def window(self) -> LaunchWindow:
        return LaunchWindow(
            earliest=self.earliest.isoformat() if self.earliest else None,
            latest=self.latest.isoformat() if self.latest else None,
            source=self.source, basis=self.basis, evidence=list(self.evidence))


def _evidence(fact: Fact | None) -> list[Evidence]:
    return list(fact.evidence[:1]) if fact is not None else []


def launch_of(facts: TenderFacts, scan_date: date, override_date: date | None) -> Launch:
    if override_date is not None:
        return Launch(override_date, "option", override_date, override_date)
    published = parse_date(str(facts.publication_date.value)) if facts.publication_date and \
        facts.publication_date.value else None
    if published is not None:
        return Launch(published, "document", published, published, _evidence(facts.publication_date))
    deadline = parse_date(str(facts.deadline.value)) if facts.deadline and facts.deadline.value else None
    if deadline is not None:
        return Launch(deadline, "borne", None, deadline, _evidence(facts.deadline))
    return Launch(scan_date, "scan")
