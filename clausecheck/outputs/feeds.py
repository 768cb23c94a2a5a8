"""Opportunities for local firms, from a scan: an Atom feed (RFC 4287) and an ICS calendar (RFC 5545).

An opportunity is a dossier or a lot that a small local firm, a SIAE, an EA or an ESAT can aim
at: under the dispense threshold (flag `opportunite_sans_publicite`), a small lot (R2123-1,
`petit_lot`), or reserved (L2113-12 / L2113-13…, per lot when the documents say which). One
entry per dossier or lot, its kinds merged, with the response deadline when the documents give
it. Identifiers are stable (UUID v5 of the dossier and lot): a feed reader or a calendar that
reads the file again updates the entry instead of adding a copy. Deadlines are French local
time (Europe/Paris, with its VTIMEZONE); a deadline without an hour is an all-day event.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from xml.etree import ElementTree as ET

from clausecheck.assessment.bilan.scan_input import ScanTender
from clausecheck.outputs.charts import fr_money

NAMESPACE = uuid.UUID("5c1e3b0a-8f7e-4c59-9a53-6b7c7e2d4f10")
ATOM = "http://www.w3.org/2005/Atom"
KINDS = {"opportunite_sans_publicite": "sous le seuil de dispense de publicité", "petit_lot": "petit lot (R2123-1)",
         "reserve": "réservé"}
VTIMEZONE_PARIS = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]


@dataclass(slots=True)
class Opportunity:
    uid: str
    tender_id: str
    lot: int | None
    title: str
    buyer: str | None
    object: str | None
    amount_ht: float | None
    deadline: datetime | date | None
    published: date | None
    kinds: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{self.buyer or 'Acheteur non lu'} — {self.object or 'objet non lu'}"]
        if self.lot is not None:
            parts.append(f"Lot {self.lot}.")
        parts.append("Opportunité : " + ", ".join(self.kinds) + ".")
        if self.amount_ht:
            parts.append(f"Montant estimé : {fr_money(self.amount_ht)} HT.")
        parts.append("Date limite de réponse : " + _deadline_text(self.deadline) + ".")
        parts.extend(self.details)
        return "\n".join(parts)


def _deadline_text(deadline: datetime | date | None) -> str:
    if isinstance(deadline, datetime):
        return f"{deadline:%d/%m/%Y} à {deadline:%H:%M} (heure de Paris)"
    if isinstance(deadline, date):
        return f"{deadline:%d/%m/%Y} (heure non précisée dans le dossier)"
    return "non trouvée dans le dossier"


def opportunities(tenders: list[ScanTender]) -> list[Opportunity]:
    found: dict[tuple[str, int | None], Opportunity] = {}

    def get(tender: ScanTender, lot: int | None) -> Opportunity:
        key = (tender.id, lot)
        if key not in found:
            lot_info = next((entry for entry in tender.lots if entry.number == lot), None)
            title = f"Lot {lot}" + (f" – {lot_info.title}" if lot_info and lot_info.title else "") if lot is not None \
                else (tender.object or tender.id)
            found[key] = Opportunity(
                uid=str(uuid.uuid5(NAMESPACE, f"clausecheck:{tender.id}:lot:{lot}")), tender_id=tender.id, lot=lot,
                title=title if lot is None else f"{tender.object or tender.id} — {title}", buyer=tender.buyer,
                object=tender.object, amount_ht=(lot_info.estimated_ht or lot_info.max_ht) if lot_info
                else (tender.estimated_ht or tender.max_ht), deadline=tender.deadline, published=tender.publication_date)
        return found[key]

    for tender in tenders:
        for flag in tender.flags:
            if flag.id in ("opportunite_sans_publicite", "petit_lot"):
                opp = get(tender, flag.lot)
                if KINDS[flag.id] not in opp.kinds:
                    opp.kinds.append(KINDS[flag.id])
                    opp.details.append(flag.message)
                if flag.amount_ht and not opp.amount_ht:
                    opp.amount_ht = flag.amount_ht
        reserved_lots = [lot for lot in tender.lots if lot.reserved_bases]
        for lot in reserved_lots:
            get(tender, lot.number).kinds.append(f"lot réservé ({', '.join(lot.reserved_bases)})")
        if tender.reservation_bases and not reserved_lots:
            get(tender, None).kinds.append(f"marché réservé ({', '.join(tender.reservation_bases)})")
    return sorted(found.values(), key=lambda o: (_sort_date(o.deadline), o.tender_id, o.lot or 0))


def _sort_date(value: datetime | date | None) -> str:
    return value.isoformat() if value else "9999"


# ----------------------------------------------------------------------------- Atom
def _rfc3339(moment: datetime | date | None, fallback: datetime) -> str:
    if moment is None:
        return fallback.isoformat()
    if isinstance(moment, datetime):
        return (moment if moment.tzinfo else moment.replace(tzinfo=_paris_offset(moment))).isoformat()
    return datetime(moment.year, moment.month, moment.day, tzinfo=_paris_offset(moment)).isoformat()


def _paris_offset(moment: datetime | date) -> timezone:
    """Europe/Paris offset (CET/CEST, last Sundays of March and October) without a tz database."""
    year = moment.year

    def last_sunday(month: int) -> date:
        d = date(year, month, 31)
        return d - timedelta(days=(d.weekday() + 1) % 7)

    day = moment.date() if isinstance(moment, datetime) else moment
    summer = last_sunday(3) <= day < last_sunday(10)
    return timezone(timedelta(hours=2 if summer else 1))


def atom_feed(items: list[Opportunity], now: datetime | None = None, title: str | None = None) -> bytes:
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "fr"})
    ET.SubElement(feed, f"{{{ATOM}}}id").text = "urn:uuid:" + str(uuid.uuid5(NAMESPACE, "clausecheck:opportunites"))
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title or "Opportunités pour les entreprises locales, SIAE, EA et ESAT"
    ET.SubElement(feed, f"{{{ATOM}}}subtitle").text = ("Achats sous le seuil de dispense, petits lots et lots réservés "
                                                      "repérés dans les dossiers de consultation analysés par clausecheck")
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = now.isoformat()
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "clausecheck"
    ET.SubElement(feed, f"{{{ATOM}}}generator").text = "clausecheck"
    for item in items:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = "urn:uuid:" + item.uid
        ET.SubElement(entry, f"{{{ATOM}}}title").text = f"{item.title} — {', '.join(item.kinds)}"
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = now.isoformat()
        if item.published:
            ET.SubElement(entry, f"{{{ATOM}}}published").text = _rfc3339(item.published, now)
        for kind in item.kinds:
            ET.SubElement(entry, f"{{{ATOM}}}category", {"term": kind})
        ET.SubElement(entry, f"{{{ATOM}}}summary", {"type": "text"}).text = item.summary()
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


# ----------------------------------------------------------------------------- ICS
def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets, continued with a space (RFC 5545 §3.1), never cutting a UTF-8 character."""
    out: list[str] = []
    current = ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return [out[0]] + [" " + part for part in out[1:]]


def ics_calendar(items: list[Opportunity], now: datetime | None = None) -> bytes:
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//clausecheck//Opportunites//FR", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:Dates limites des opportunités (clausecheck)", "X-WR-TIMEZONE:Europe/Paris",
             *VTIMEZONE_PARIS]
    for item in items:
        if item.deadline is None:
            continue
        lines += ["BEGIN:VEVENT", f"UID:{item.uid}@clausecheck", f"DTSTAMP:{stamp}"]
        if isinstance(item.deadline, datetime):
            lines.append(f"DTSTART;TZID=Europe/Paris:{item.deadline:%Y%m%dT%H%M%S}")
            lines.append(f"DTEND;TZID=Europe/Paris:{item.deadline + timedelta(minutes=30):%Y%m%dT%H%M%S}")
        else:
            lines.append(f"DTSTART;VALUE=DATE:{item.deadline:%Y%m%d}")
            lines.append(f"DTEND;VALUE=DATE:{item.deadline + timedelta(days=1):%Y%m%d}")
        lines += [f"SUMMARY:{_escape('Date limite : ' + item.title)}", f"DESCRIPTION:{_escape(item.summary())}",
                  f"CATEGORIES:{','.join(_escape(k) for k in item.kinds)}", "TRANSP:TRANSPARENT",
                  "BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{_escape('Dans 7 jours : ' + item.title)}",
                  "TRIGGER:-P7D", "END:VALARM", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    folded = [part for line in lines for part in _fold(line)]
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")


def write_feeds(tenders: list[ScanTender], atom: Path | None, ics: Path | None,
                now: datetime | None = None) -> list[Opportunity]:
    items = opportunities(tenders)
    if atom:
        Path(atom).write_bytes(atom_feed(items, now))
    if ics:
        Path(ics).write_bytes(ics_calendar(items, now))
    return items
