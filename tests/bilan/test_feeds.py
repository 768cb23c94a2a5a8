"""The opportunities feed (Atom) and calendar (ICS), parsed with maintained libraries (feedparser, icalendar)."""

from __future__ import annotations

import importlib.util
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import feedparser
import icalendar
import pytest

from clausecheck.assessment.bilan.scan_input import tenders_from_scan
from clausecheck.interfaces.cli import main
from clausecheck.outputs.feeds import atom_feed, ics_calendar, opportunities
from tests.bilan.conftest import REPO

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def _fixture_scan() -> dict:
    spec = importlib.util.spec_from_file_location("report_fixture", REPO / "tests" / "browser" / "report_fixture.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.fixture_scan()


@pytest.fixture(scope="module")
def items():
    return opportunities(tenders_from_scan(_fixture_scan()))


def test_opportunities_merge_kinds_per_lot(items):
    by_key = {(o.tender_id, o.lot): o for o in items}
    lot2 = by_key[("voirie-saint-exemple", 2)]
    assert lot2.kinds == ["petit lot (R2123-1)", "lot réservé (L2113-13)"]
    assert lot2.amount_ht == 30000 and lot2.deadline == date(2026, 12, 15)  # the engine reads the day
    hostile = next(o for o in items if o.tender_id.startswith("quartier-nord"))
    assert hostile.kinds == ["sous le seuil de dispense de publicité"] and hostile.deadline is None
    assert len(items) == 2


def test_atom_parses_with_feedparser(items):
    feed = feedparser.parse(atom_feed(items, NOW))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10" and feed.feed.language == "fr"
    ids = [e.id for e in feed.entries]
    assert len(ids) == 2 and len(set(ids)) == 2 and all(i.startswith("urn:uuid:") for i in ids)
    assert ids == [e.id for e in feedparser.parse(atom_feed(items, NOW)).entries]  # stable from one run to the next
    lot2 = next(e for e in feed.entries if "Lot 2" in e.title)
    assert "lot réservé (L2113-13)" in lot2.title and "15/12/2026" in lot2.summary
    assert {t.term for t in lot2.tags} == {"petit lot (R2123-1)", "lot réservé (L2113-13)"}
    hostile = next(e for e in feed.entries if e is not lot2)
    assert hostile.summary_detail.type == "text/plain"
    assert b"Bailleur &lt;img src=x onerror=alert(3)&gt;" in atom_feed(items, NOW)  # escaped text, never markup


def test_ics_parses_with_icalendar():
    scan = _fixture_scan()  # a deadline with its hour, as a notice's structured field gives it
    tender = next(t for t in scan["tenders"] if t["facts"].get("deadline"))
    tender["facts"]["deadline"] = "2026-12-15T12:00:00"
    items = opportunities(tenders_from_scan(scan))
    calendar = icalendar.Calendar.from_ical(ics_calendar(items, NOW))
    events = calendar.walk("VEVENT")
    assert len(events) == 1  # the opportunity without a deadline has no calendar date
    event = events[0]
    lot2 = next(o for o in items if o.lot == 2)
    assert str(event["UID"]) == f"{lot2.uid}@clausecheck"
    start = event.decoded("DTSTART")
    assert start == datetime(2026, 12, 15, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert start.utcoffset().total_seconds() == 3600  # winter time
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Paris"
    assert "Date limite" in str(event["SUMMARY"]) and event.walk("VALARM")
    raw = ics_calendar(items, NOW)
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded as RFC 5545 says


def test_date_only_deadline_is_an_all_day_event():
    scan = _fixture_scan()
    scan["tenders"][0]["facts"]["deadline"] = "2026-07-03"
    calendar = icalendar.Calendar.from_ical(ics_calendar(opportunities(tenders_from_scan(scan)), NOW))
    event = calendar.walk("VEVENT")[0]
    assert event.decoded("DTSTART") == date(2026, 7, 3) and event["DTSTART"].params.get("VALUE") == "DATE"


def test_cli_on_the_real_scan_of_samples(tmp_path):
    import json

    from clausecheck.pipeline import scan_json

    scan = tmp_path / "scan.json"
    scan.write_text(json.dumps(scan_json([REPO / "samples"], workers=1)), encoding="utf-8")
    atom, ics = tmp_path / "flux.atom", tmp_path / "agenda.ics"
    assert main(["opportunites", str(scan), "--atom", str(atom), "--ics", str(ics)]) == 0
    feed = feedparser.parse(atom.read_bytes())
    titles = sorted(e.title for e in feed.entries)
    assert not feed.bozo and len(titles) == 2  # lots 3 (reserved, small) and 4 (small) of the school works
    assert any("Lot 3" in t and "lot réservé (L2113-13)" in t for t in titles)
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert {e.decoded("DTSTART") for e in events} == {date(2026, 4, 10)}
    assert main(["opportunites", str(scan)]) == 2  # nothing to write
    assert main(["opportunites", str(tmp_path / "absent.json"), "--atom", str(atom)]) == 2
    not_scan = tmp_path / "autre.json"
    not_scan.write_text('{"marches": []}', encoding="utf-8")
    assert main(["opportunites", str(not_scan), "--atom", str(atom)]) == 2
