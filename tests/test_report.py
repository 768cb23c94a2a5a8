"""The HTML report (clausecheck.outputs.report) on a hand-made scan (tests/browser/report_fixture.py)."""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pydantic import ValidationError

from clausecheck.model import Evidence
from clausecheck.outputs.json_output import load_scan, to_jsonable
from clausecheck.outputs.report import render_report, script_json, write_report
from clausecheck.outputs.report_view import ATTRIBUTE_LABELS
from clausecheck.outputs.tabular import COLUMNS
from clausecheck.results import (
    Accessibility,
    DocumentResult,
    Finding,
    FindingAttributes,
    ScanResult,
    TenderFacts,
    TenderResult,
)

_spec = importlib.util.spec_from_file_location(
    "report_fixture", Path(__file__).parent / "browser" / "report_fixture.py")
report_fixture = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(report_fixture)
fixture_scan = report_fixture.fixture_scan
fixture_result = report_fixture.fixture_result


class Page(HTMLParser):
    """Collects what the tests look at: scripts, headings, tables, landmarks, visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[dict] = []
        self.headings: list[int] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self._script: dict | None = None
        self.tables: list[dict] = []
        self._tables: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "script":
            self._script = {"attrs": attrs, "text": ""}
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "table":
            self._tables.append({"caption": False, "th": 0, "th_scoped": 0})
        if tag == "caption" and self._tables:
            self._tables[-1]["caption"] = True
        if tag == "th" and self._tables:
            self._tables[-1]["th"] += 1
            if attrs.get("scope") in ("col", "row", "colgroup", "rowgroup"):
                self._tables[-1]["th_scoped"] += 1

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append(self._script)
            self._script = None
        if tag == "table" and self._tables:
            self.tables.append(self._tables.pop())

    def handle_data(self, data):
        if self._script is not None:
            self._script["text"] += data
        else:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


@pytest.fixture(scope="module")
def html() -> str:
    return render_report(fixture_result())


@pytest.fixture(scope="module")
def page(html) -> Page:
    return parse(html)


def section(html: str, anchor_id: str) -> str:
    start = html.index(f'id="{anchor_id}"')
    end = html.find("</article>", start)
    return html[start:end]


# --------------------------------------------------------------------------- the fixture is a real scan


def _dropped(written, loaded, where: str = "$") -> list[str]:
    """What the schema would drop or change in `written`: unknown keys, values of another type."""
    if isinstance(written, dict):
        if not isinstance(loaded, dict):
            return [f"{where} : objet devenu {type(loaded).__name__}"]
        return [issue for key, value in written.items()
                for issue in ([f"{where}.{key} : clé inconnue du schéma"] if key not in loaded
                              else _dropped(value, loaded[key], f"{where}.{key}"))]
    if isinstance(written, list):
        if not isinstance(loaded, list) or len(loaded) != len(written):
            return [f"{where} : liste modifiée"]
        return [issue for i, (a, b) in enumerate(zip(written, loaded, strict=True)) for issue in _dropped(a, b, f"{where}[{i}]")]
    if written != loaded or type(written) is not type(loaded):
        return [f"{where} : {written!r} lu {loaded!r}"]
    return []


def test_fixture_follows_the_schema():
    scan = load_scan(fixture_scan())  # raises on anything the schema does not accept
    assert isinstance(scan, ScanResult)
    assert [t.id for t in scan.tenders] == ["voirie-saint-exemple", "ecole-scan", report_fixture.HOSTILE_DOSSIER]
    # nothing written in the fixture is silently ignored or converted by the loader
    assert _dropped(fixture_scan(), to_jsonable(scan)) == []


# --------------------------------------------------------------------------- escaping


def test_document_text_is_escaped(html, page):
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>publics</b>" not in html
    assert "&lt;b&gt;publics&lt;/b&gt;" in html
    assert "<img src=x onerror" not in html
    assert "<em>mairie</em>" not in html and "<i>professionnelle</i>" not in html
    # The hostile quote is shown to the reader as text.
    assert "<script>alert(1)</script> au profit de <b>publics</b>" in page.visible
    assert "Bailleur <img src=x onerror=alert(3)>" in page.visible


def test_only_our_scripts(page):
    # The export data and the table script: nothing else can have been injected (the charts are SVG).
    assert len(page.scripts) == 2
    data = [s for s in page.scripts if s["attrs"].get("type") == "application/json"]
    assert sorted(s["attrs"]["id"] for s in data) == ["donnees-export"]
    assert not any("alert(" in s["text"] for s in page.scripts if s["attrs"].get("type") != "application/json")


def test_chart_labels_are_escaped_text():
    scan = fixture_result()
    hostile = report_fixture.HOSTILE_DOSSIER
    for tender in scan.tenders:
        if tender.id == hostile:
            tender.insertion_hours = 120  # puts the hostile name in the hours chart
    html = render_report(scan)
    page = parse(html)
    chart = re.search(r'<div id="graph-heures".*?</svg>', html, re.S)
    assert chart, "graphique des heures absent"
    assert "<script" not in chart.group(0) and "quartier-nord&lt;/script&gt;" in chart.group(0)
    assert len(page.scripts) == 2


def test_embedded_exports_are_the_table():
    import base64

    from clausecheck.outputs.tabular import table_bytes

    page = parse(render_report(fixture_result()))
    (data,) = [s for s in page.scripts if s["attrs"].get("id") == "donnees-export"]
    exports = json.loads(data["text"])
    assert base64.b64decode(exports["csv"]) == table_bytes(fixture_result(), "csv")
    assert base64.b64decode(exports["xlsx"])[:2] == b"PK"


def test_script_json_escapes():
    text = str(script_json({"a": "</script><!-- & \u2028"}))
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


# --------------------------------------------------------------------------- unknown vs absent


def test_unknown_is_not_absent(html, page):
    scanned = section(html, "dossier-ecole-scan")
    assert "Clause sociale : inconnu" in scanned
    assert "Clause sociale : non" not in scanned
    assert "inconnues" in scanned  # the DECP line does not say "aucune"
    reasons = scanned[scanned.index("Pourquoi « inconnu »"):]
    assert "Clause sociale : ecole-scan/CCTP.pdf : " + report_fixture.OCR_MESSAGE.replace("'", "&#39;") in reasons
    assert "pas une preuve d'absence" in scanned
    hostile = html[html.index('id="dossier-quartier-nord-script-script-alert-2-script"'):]
    hostile = hostile[: hostile.index("</article>")]
    assert "Clause sociale : non" in hostile
    assert "inconnu" not in hostile.split("Accessibilité du marché")[0]
    # The unreadable document is listed with its reason.
    unreadable = html[html.index('id="illisibles"'): html.index('id="tableau"')]
    assert "ecole-scan/CCTP.pdf" in unreadable
    assert report_fixture.OCR_MESSAGE.replace("'", "&#39;") in unreadable
    assert "sans couche texte" in unreadable
    # Portfolio table: one dossier unknown for every category.
    assert "au moins une considération « inconnue »" in page.visible


def test_dossier_table_tri_states(html):
    table = html[html.index('id="table-dossiers"'): html.index("</table>", html.index('id="table-dossiers"'))]
    assert 'state-inconnu">inconnu<' in table
    assert 'state-non">non<' in table
    assert 'state-oui">oui<' in table
    headers = re.findall(r"<th scope=\"col\"[^>]*><button type=\"button\">([^<]*)</button>", table)
    assert [h.replace("&#39;", "'") for h in headers] == [c.label for c in COLUMNS]


# --------------------------------------------------------------------------- content


def test_french_labels_and_key_figures(html, page):
    assert '<html lang="fr">' in html
    text = page.visible
    for label in ("Synthèse du portefeuille", "Dossiers analysés", "Heures d'insertion engagées",
                  "Opportunités sous les seuils", "Manques au regard de la loi Climat et Résilience",
                  "Documents illisibles", "Tableau des dossiers", "Détail par dossier",
                  "données insuffisantes", "Raisonnement de l'outil", "Base légale"):
        assert label in text, label
    kpi = html[html.index('id="kpi-heures"'):]
    assert re.search(r'kpi-value">3\u202f000<', kpi[:400])
    kpi = html[html.index('id="kpi-dossiers"'):]
    assert 'kpi-value">3<' in kpi[:300]


def test_finding_shows_evidence_and_provenance(html):
    voirie = section(html, "dossier-voirie-saint-exemple")
    assert "Clause d&#39;insertion : 3 000 heures réservées" in voirie
    assert "voirie-saint-exemple/CCAP.pdf, page 4" in voirie
    assert "art. L2112-2" in voirie
    assert "0,93" in voirie
    assert "règle et modèle" in voirie and "insertion.heures" in voirie
    assert "60\u00a0€" in voirie  # penalty per hour


def test_finding_shows_the_values_read_around_it(html):
    """The attributes a finding carries are the ones the report labels (they once drifted apart: the report asked for
    « hours » and « weight_percent », which no finding has, and never showed the hours a clause states)."""
    voirie = section(html, "dossier-voirie-saint-exemple")
    assert re.search(r"Heures écrites</dt><dd>3\u202f000<", voirie)
    assert re.search(r"Fondements</dt><dd>L2113-13<", voirie)
    assert "Pondération</dt><dd>10\u00a0%<" in html  # the weight with its unit


def test_every_attribute_the_report_labels_is_one_a_finding_can_carry():
    assert set(ATTRIBUTE_LABELS) <= set(FindingAttributes.__annotations__)


def test_accessibility_and_flags(html):
    voirie = section(html, "dossier-voirie-saint-exemple")
    assert "62\u00a0/\u00a0100" in voirie
    assert "Facteurs du score TPE/PME locale" in voirie
    assert "0,50" in voirie and "16,0" in voirie  # weight and contribution
    assert "données insuffisantes" in voirie  # the delay factor
    assert "Ajouter au règlement de la consultation au moins un critère" in voirie
    assert "art. L2152-7" in voirie
    assert "Lot 2 — Petits travaux de propreté" in voirie
    opp = html[html.index('id="opportunites"'): html.index('id="manques"')]
    assert "30\u202f000\u00a0€\u00a0HT" in opp and "35\u202f000\u00a0€\u00a0HT" in opp
    # a lot's flag without its own amount shows the lot's amount (lot 1), not the contract's
    assert "420\u202f000\u00a0€\u00a0HT" in opp and "450\u202f000" not in opp
    assert "15/12/2026" in opp
    assert "art. R2122-8" in opp
    gaps = html[html.index('id="manques"'): html.index('id="illisibles"')]
    assert "Loi Climat et Résilience : un critère d&#39;attribution environnemental" in gaps
    others = gaps[gaps.index("Autres points de vigilance"):]
    assert "Chiffre d&#39;affaires exigé au-dessus du plafond" in others


def test_requirements_are_labelled_in_french():
    from dataclasses import fields

    from clausecheck.outputs.report_view import REQUIREMENT_LABELS, requirement_views
    from clausecheck.results import Fact, Requirements

    names = [f.name for f in fields(Requirements)]
    assert sorted(REQUIREMENT_LABELS) == sorted(names)
    every = Requirements(**{name: [Fact("ISO 9001")] if name == "certifications" else Fact(1) for name in names})
    labels = [view["label"] for view in requirement_views(every)]
    assert labels == [REQUIREMENT_LABELS[name] for name in names]
    assert "Délai de paiement (jours)" in labels and not any("_" in label for label in labels)


def test_charts_are_inline_svg_and_no_network(html):
    charts = re.findall(r'<figure class="chart-figure">.*?</figure>', html, re.S)
    assert len(charts) == 3
    assert all('<svg role="img"' in figure for figure in charts)
    assert "Plotly" not in html and "<canvas" not in html
    assert not re.search(r"<(script|img|iframe|image)[^>]+(src|href)=\"(?!#|data:)", html)
    assert "<link" not in html
    assert "@import" not in html
    assert "default-src 'none'" in html  # CSP: the page cannot fetch anything
    assert len(html.encode("utf-8")) < 1_500_000


# --------------------------------------------------------------------------- sparse and invalid scans


def _without_assessment(scan: ScanResult) -> ScanResult:
    for tender in scan.tenders:
        tender.accessibility, tender.flags, tender.facts = Accessibility(), [], TenderFacts()
    return scan


def _minimal_tenders(scan: ScanResult) -> ScanResult:
    scan.tenders = [TenderResult(id=t.id, path=t.path) for t in scan.tenders]
    return scan


@pytest.mark.parametrize("scan", [
    pytest.param(_without_assessment(fixture_result()), id="sans-evaluation"),
    pytest.param(_minimal_tenders(fixture_result()), id="tenders-minimaux"),
    pytest.param(ScanResult(documents=fixture_result().documents), id="sans-tenders"),
    pytest.param(ScanResult(), id="vide"),
])
def test_sparse_results_render(scan):
    html = render_report(scan)
    assert '<html lang="fr">' in html
    assert "Synthèse du portefeuille" in html
    page = parse(html)
    assert page.headings.count(1) == 1


def test_without_assessment_says_so():
    html = render_report(_without_assessment(fixture_result()))
    assert "L'évaluation de l'accessibilité n'est pas disponible" in html
    assert "Aucune opportunité sous les seuils" in html


def test_dossiers_are_the_scans_tenders():
    # dossiers are grouped and assessed by clausecheck.assessment; the report shows the scan's
    # tenders as they are and rebuilds none from the documents
    scan = ScanResult(documents=fixture_result().documents)
    html = render_report(scan)
    assert "Aucun dossier dans cette analyse." in html
    assert re.search(r'id="kpi-dossiers".*?kpi-value">0<', html, re.S)
    assert re.search(r'id="kpi-documents".*?kpi-value">4<', html, re.S)
    assert "ecole-scan/CCTP.pdf" in html[html.index('id="illisibles"'): html.index('id="tableau"')]


_JUNK = {
    "documents": [{"path": "x.pdf", "considerations": None, "findings": None, "text_status": "corrupt",
                   "status_message": None}],
    "tenders": [{"id": "x", "accessibility": {"profiles": None}, "flags": None,
                 "facts": {"lots": None, "requirements": None, "buyer": {"value": None}}}],
}


def _bare_facts() -> dict:
    """The fixture with facts written as bare values, the way the report once tolerated them."""
    scan = fixture_scan()
    facts = scan["tenders"][0]["facts"]
    facts["object"], facts["cpv"], facts["procedure"] = "Entretien de la voirie", ["45233141"], "appel_offres_ouvert"
    return scan


@pytest.mark.parametrize("junk, where", [
    pytest.param(_JUNK, ("documents", 0, "considerations"), id="types-inattendus"),
    pytest.param(_bare_facts(), ("tenders", 0, "facts", "object"), id="faits-en-valeurs-brutes"),
])
def test_junk_is_rejected_with_a_clear_error(junk, where):
    with pytest.raises(ValidationError) as error:
        load_scan(junk)
    assert where in [err["loc"] for err in error.value.errors()]


def test_report_command_rejects_junk_in_french(tmp_path, capsys):
    from clausecheck.interfaces.cli import EXIT_USAGE, main

    source, out = tmp_path / "analyse.json", tmp_path / "rapport.html"
    source.write_text(json.dumps(_JUNK), encoding="utf-8")
    assert main(["report", str(source), "-o", str(out)]) == EXIT_USAGE
    message = capsys.readouterr().err
    assert "n'est pas un résultat valide de `clausecheck scan`" in message
    assert "« documents.0.considerations » : type de valeur inattendu" in message
    assert not out.exists()
    source.write_text(json.dumps(fixture_scan()), encoding="utf-8")
    assert main(["report", str(source), "-o", str(out)]) == 0
    assert "Entretien de la voirie communale" in out.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- accessibility


def test_landmarks_headings_tables(page):
    tags = [t for t, _ in page.tags]
    for landmark in ("header", "nav", "main", "footer"):
        assert landmark in tags
    assert page.headings[0] == 1 and page.headings.count(1) == 1
    for before, after in itertools.pairwise(page.headings):
        assert after <= before + 1, page.headings
    assert page.tables
    for table in page.tables:
        assert table["caption"]
        assert table["th"] and table["th"] == table["th_scoped"]
    ids = [a["id"] for _, a in page.tags if "id" in a]
    assert len(ids) == len(set(ids))
    for tag, attrs in page.tags:
        if tag in ("input", "select"):
            assert any(t == "label" and a.get("for") == attrs["id"] for t, a in page.tags)


def test_print_css(html):
    assert "@media print" in html


def test_write_report(tmp_path):
    out = tmp_path / "sous" / "rapport.html"
    write_report(fixture_result(), out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "Entretien de la voirie communale" in text


def test_quote_is_marked_inside_its_sentence_and_both_are_escaped():
    evidence = Evidence(document="d/CCAP.pdf", page=3, char_start=10, char_end=26, quote="trie ses déchets",
                        context="Le titulaire <b>trie ses déchets</b> de chantier.")
    finding = Finding(category="clause_environnementale", kind="dechets", rule_id="env.dechets",
                      message="Tri des déchets", evidence=evidence, score=0.9)
    cons = {"clause_environnementale": True}
    scan = ScanResult(
        documents=[DocumentResult(path="d/CCAP.pdf", dossier="d", doc_type="CCAP", considerations=cons,
                                  findings=[finding])],
        tenders=[TenderResult(id="d", path="d", documents=["d/CCAP.pdf"], considerations=cons)],
    )
    html = render_report(scan)
    assert "Le titulaire &lt;b&gt;<mark>trie ses déchets</mark>&lt;/b&gt; de chantier." in html
