"""Ingestion of every supported format, with fixtures generated in tmp_path.

Written against the ingestion interface:
    ingest_file(path, display_path, dossier, limits=None) -> list[Document]
    discover(paths) -> list[InputItem(path, display_path, dossier)]
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clausecheck.ingestion import Limits, discover, ingest_file
from clausecheck.model import Document, TextStatus
from conftest_fixtures import (
    BOAMP_XML,
    DEJAVU,
    FOOTER,
    HEADER,
    HTML_NOTICE,
    docx_bytes,
    filler,
    image_page_pdf_bytes,
    nested_zip_bytes,
    odt_bytes,
    pdf_bytes,
    write,
    xlsx_bytes,
    zip_bytes,
)

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


# ---------------------------------------------------------------------------------------------- helpers

def ingest_one(path: Path, display: str | None = None, dossier: str = "dossier", limits: Limits | None = None) -> Document:
    documents = ingest_file(path, display or path.name, dossier, limits)
    assert len(documents) == 1, [d.path for d in documents]
    return documents[0]


def squash(text: str) -> str:
    """Compare quotes modulo whitespace, hyphenation marks, ligatures, case and typography."""
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\W_]+", "", text)


def assert_ok(document: Document) -> None:
    assert document.text_status is TextStatus.OK, (document.text_status, document.status_message)


def assert_evidence_maps_back(document: Document, needle: str, expected_page: int | None = None) -> None:
    start = document.text.find(needle)
    assert start >= 0, f"{needle!r} not in analysis text"
    evidence = document.evidence(start, start + len(needle))
    page = next(p for p in document.pages if p.number == evidence.page)
    if expected_page is not None:
        assert evidence.page == expected_page
    raw = page.raw_text[evidence.char_start:evidence.char_end]
    assert squash(raw) == squash(needle), (needle, raw, evidence)
    assert squash(evidence.quote) == squash(needle)


# ---------------------------------------------------------------------------------------------- PDF

def test_pdf_text_on_the_right_page(tmp_path):
    pages = [filler(1), [*filler(2), "Le titulaire réalise 1 200 heures d'insertion professionnelle."], filler(3)]
    document = ingest_one(write(tmp_path / "CCAP.pdf", pdf_bytes(pages)), "dce/CCAP.pdf", "dce")
    assert_ok(document)
    assert document.format == "pdf"
    assert document.path == "dce/CCAP.pdf" and document.dossier == "dce"
    assert document.page_count == 3
    assert [p.number for p in document.pages] == [1, 2, 3]
    assert "1 200 heures d'insertion" in document.pages[1].text
    assert "1 200 heures d'insertion" not in document.pages[0].text + document.pages[2].text
    offset = document.text.find("1 200 heures")
    assert document.page_index_at(offset) == 1
    assert document.size_bytes == (tmp_path / "CCAP.pdf").stat().st_size
    assert len(document.sha256) == 64
    assert document.pages_without_text == []
    assert_evidence_maps_back(document, "1 200 heures d'insertion professionnelle", expected_page=2)


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVuSans.ttf (ligature glyphs) not installed")
def test_pdf_ligatures_normalised(tmp_path):
    lines = ["Le ﬁnancement du marché est assuré sur fonds propres.",
             "Les ﬂux de déchets sont triés sur le chantier.",
             "L'eﬃcacité énergétique est une exigence du CCTP."]
    document = ingest_one(write(tmp_path / "lig.pdf", pdf_bytes([lines], font_file=DEJAVU)))
    assert_ok(document)
    text = document.pages[0].text
    for word in ("financement", "flux", "efficacité"):
        assert word in text, (word, text)
    for ligature in "ﬁﬂﬃ":
        assert ligature not in text
    assert_evidence_maps_back(document, "efficacité énergétique")
    assert_evidence_maps_back(document, "Les flux de déchets")


def test_pdf_hyphenation_joined_but_compounds_kept(tmp_path):
    lines = [
        "Le titulaire s'engage à réaliser une action d'inser-",
        "tion professionnelle au bénéfice des publics éloignés de l'emploi.",
        "Il peut recourir à la sous-",
        "traitance auprès d'une structure d'insertion par l'activité économique.",
        "Les travaux de mise en accessi-",
        "bilité sont réalisés en site occupé.",
    ]
    document = ingest_one(write(tmp_path / "hyph.pdf", pdf_bytes([lines])))
    assert_ok(document)
    text = document.pages[0].text
    assert "action d'insertion professionnelle" in " ".join(text.split())
    assert "sous-traitance" in text
    assert "soustraitance" not in text
    assert "accessibilité" in text
    for marker in ("\ufffe", "\u00ad", "inser-", "accessi-"):
        assert marker not in text, marker
    assert_evidence_maps_back(document, "insertion professionnelle")
    assert_evidence_maps_back(document, "sous-traitance auprès")


def test_pdf_running_header_and_footer_removed_but_kept_aside(tmp_path):
    pages = [filler(n) for n in range(1, 5)]
    pages[2].append("Article 6.1.2 – Engagement d'insertion sociale : 350 heures.")
    document = ingest_one(write(tmp_path / "ccap.pdf", pdf_bytes(pages, header=HEADER, footer=FOOTER)))
    assert_ok(document)
    assert document.page_count == 4
    for page in document.pages:
        assert "Ville de Testville" in page.raw_text
        assert "Ville de Testville" not in page.text, page.number
        assert "Document de test" not in page.text, page.number
        removed = " ".join(page.removed_lines)
        assert "Ville de Testville" in removed, page.removed_lines
        assert "Document de test" in removed, page.removed_lines
    # the body is untouched, including body lines that resemble each other from page to page
    assert "Engagement d'insertion sociale : 350 heures" in document.pages[2].text
    assert all("Article" in page.text for page in document.pages)
    assert_evidence_maps_back(document, "Engagement d'insertion sociale : 350 heures", expected_page=3)


def test_pdf_partly_scanned_lists_pages_without_text(tmp_path):
    data = image_page_pdf_bytes(text_pages=[["Page tapée : règlement de la consultation, 3 lots."]], image_pages=1)
    document = ingest_one(write(tmp_path / "mixte.pdf", data))
    assert_ok(document)  # some text could be read
    assert document.page_count == 2
    assert document.pages_without_text == [2]
    assert "règlement de la consultation" in document.text


def test_pdf_evidence_offsets_over_a_long_document(tmp_path):
    pages = [filler(n, 30) for n in range(1, 8)]
    pages[5].insert(10, "Pénalité : 60 € HT par heure d'insertion non réalisée.")
    document = ingest_one(write(tmp_path / "long.pdf", pdf_bytes(pages, header=HEADER, footer=FOOTER)))
    assert_ok(document)
    assert_evidence_maps_back(document, "60 € HT par heure d'insertion non réalisée", expected_page=6)
    assert_evidence_maps_back(document, "tranche 412", expected_page=4)


# ---------------------------------------------------------------------------------------------- DOCX, ODT, XLSX

def test_docx_paragraphs_tables_header_footer(tmp_path):
    data = docx_bytes(
        heading="Article 6 – Clause sociale",
        paragraphs=["Le titulaire réalise 1 200 heures d'insertion.", "Il désigne un tuteur pour chaque personne."],
        table=[["Lot", "Intitulé", "Montant estimé"], ["1", "Gros œuvre", "612 000 € HT"], ["2", "Menuiseries", "214 500 € HT"]],
        header="Ville de Testville – CCAP", footer="Page de pied – version 2",
    )
    document = ingest_one(write(tmp_path / "CCAP.docx", data))
    assert_ok(document)
    assert document.format == "docx"
    text = document.text
    assert "Article 6 – Clause sociale" in text or "Article 6 - Clause sociale" in text
    assert "1 200 heures d'insertion" in text
    assert "tuteur" in text
    assert "Gros œuvre" in text and "612 000 € HT" in text  # table cells are analysed
    tables = [t for page in document.pages for t in page.tables]
    assert any(["1", "Gros œuvre", "612 000 € HT"] in table for table in tables), tables
    removed = " ".join(line for page in document.pages for line in page.removed_lines)
    assert "Ville de Testville – CCAP" in removed and "Page de pied" in removed
    assert "Ville de Testville – CCAP" not in text
    assert_evidence_maps_back(document, "1 200 heures d'insertion")


def test_odt_headings_paragraphs_tables(tmp_path):
    data = odt_bytes(
        heading="Article 5 – Critères de jugement",
        paragraphs=["Prix : 60 %.", "Performance en matière d'insertion professionnelle : 15 %."],
        table=[["Critère", "Pondération"], ["Valeur technique", "25 %"]],
    )
    document = ingest_one(write(tmp_path / "RC.odt", data))
    assert_ok(document)
    assert document.format == "odt"
    assert "Critères de jugement" in document.text
    assert "insertion professionnelle : 15 %" in document.text
    assert "Valeur technique" in document.text
    assert any(["Valeur technique", "25 %"] in t for p in document.pages for t in p.tables)


def test_xlsx_sheets_and_cells(tmp_path):
    data = xlsx_bytes({
        "BPU": [["N°", "Désignation", "Unité", "Prix unitaire HT"], [1, "Tonte des pelouses", "m²", 0.35],
                [2, "Taille de haies", "ml", 2.5]],
        "Lots": [["Lot", "Montant maximum HT"], ["Lot 1", 120000], ["Lot 2", 80000]],
    })
    document = ingest_one(write(tmp_path / "BPU.xlsx", data))
    assert_ok(document)
    assert document.format == "xlsx"
    assert document.page_count == 2  # one page per sheet
    assert "BPU" in document.pages[0].text and "Tonte des pelouses" in document.pages[0].text
    assert "Lots" in document.pages[1].text and "120000" in document.pages[1].text.replace(" ", "")
    assert "0.35" in document.pages[0].text or "0,35" in document.pages[0].text
    assert any(any("Taille de haies" in cell for row in t for cell in row) for t in document.pages[0].tables)


# ---------------------------------------------------------------------------------------------- HTML, XML, text

@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-16", b""), ("utf-16-le", b"\xff\xfe"),
                                           ("cp1252", b"")])
def test_html_in_several_encodings(tmp_path, encoding, bom):
    charset = {"utf-16-le": "utf-16", "cp1252": "windows-1252"}.get(encoding, encoding)
    data = bom + HTML_NOTICE.format(charset=charset).encode(encoding)
    document = ingest_one(write(tmp_path / f"avis-{encoding}.html", data))
    assert_ok(document)
    assert document.format == "html"
    text = document.text
    assert "Élagage" in text and "réservé aux structures d'insertion" in text, text[:300]
    assert "45 000" in text
    assert "ne pas lire" not in text  # scripts are not content
    assert "font-family" not in text
    assert "\x00" not in text and "\ufeff" not in text


def test_boamp_like_xml(tmp_path):
    document = ingest_one(write(tmp_path / "avis-boamp.xml", BOAMP_XML.encode("utf-8")))
    assert_ok(document)
    assert document.format == "xml"
    assert "rénovation énergétique de l'école Pasteur" in document.text
    assert "800 heures" in document.text
    paths = [f.path for f in document.fields]
    assert any(p.endswith("TITRE_MARCHE") for p in paths), paths
    assert any("MARCHE_RESERVE_NON" in p for p in paths) or "MARCHE_RESERVE_NON" in document.text
    # a field's offset points at its text in the analysis text
    field = next(f for f in document.fields if f.path.endswith("TITRE_MARCHE"))
    assert document.text[field.offset:field.offset + len(field.text)] == field.text


def test_txt_cp1252_and_markdown(tmp_path):
    txt = ingest_one(write(tmp_path / "note.txt", "Clause d'insertion : 300 heures, pénalité 60 €.".encode("cp1252")))
    assert_ok(txt)
    assert txt.format == "txt"
    assert "pénalité 60 €" in txt.text
    md = ingest_one(write(tmp_path / "lisez-moi.md", "# Marché réservé\n\nRéservé aux ESAT (L2113-12).\n".encode()))
    assert_ok(md)
    assert md.format == "md"
    assert "Réservé aux ESAT" in md.text


# ---------------------------------------------------------------------------------------------- ZIP

def test_zip_members_get_archive_paths(tmp_path):
    archive = zip_bytes({
        "RC.pdf": pdf_bytes([["Règlement de la consultation : marché alloti en 2 lots."]]),
        "pieces/CCAP.docx": docx_bytes(paragraphs=["Le titulaire réalise 350 heures d'insertion."]),
        "notes.txt": "Rien à signaler.".encode(),
    })
    documents = ingest_file(write(tmp_path / "dce.zip", archive), "lot/dce.zip", "lot/dce.zip")
    by_path = {d.path: d for d in documents}
    assert set(by_path) == {"lot/dce.zip/RC.pdf", "lot/dce.zip/pieces/CCAP.docx", "lot/dce.zip/notes.txt"}
    assert all(d.dossier == "lot/dce.zip" for d in documents)
    assert all(d.text_status is TextStatus.OK for d in documents)
    assert by_path["lot/dce.zip/RC.pdf"].format == "pdf"
    assert "350 heures d'insertion" in by_path["lot/dce.zip/pieces/CCAP.docx"].text


def test_zip_nested_within_depth_is_read(tmp_path):
    data = nested_zip_bytes(2, "CCAP.txt", b"Clause sociale : 400 heures d'insertion.")
    documents = ingest_file(write(tmp_path / "dce.zip", data), "dce.zip", "dce.zip")
    assert [d.path for d in documents] == ["dce.zip/niveau2.zip/CCAP.txt"]
    assert_ok(documents[0])
    assert "400 heures" in documents[0].text


def test_zip_nested_beyond_depth_is_reported_not_followed(tmp_path):
    data = nested_zip_bytes(12, "fond.txt", b"jamais lu")
    documents = ingest_file(write(tmp_path / "poupees.zip", data), "poupees.zip", "poupees.zip")
    assert documents, "the refused archive must be reported"
    assert all(d.text_status is not TextStatus.OK for d in documents)
    assert all(d.status_message for d in documents)
    assert not any("jamais lu" in d.text for d in documents)


def test_zip_with_cp850_member_names(tmp_path):
    """Windows' built-in ZIP tool writes names in the OEM code page (cp850), without the UTF-8 flag."""
    placeholder = "R_glement.txt"
    cp850_name = "Règlement.txt".encode("cp850")
    assert len(cp850_name) == len(placeholder)
    raw = zip_bytes({placeholder: "Marché alloti en 2 lots.".encode()})
    raw = raw.replace(placeholder.encode("ascii"), cp850_name)
    documents = ingest_file(write(tmp_path / "windows.zip", raw), "windows.zip", "windows.zip")
    assert [d.path for d in documents] == ["windows.zip/Règlement.txt"]
    assert_ok(documents[0])


# ---------------------------------------------------------------------------------------------- magic bytes

def test_pdf_named_txt_is_read_as_pdf(tmp_path):
    data = pdf_bytes([["Ce PDF porte une extension trompeuse : 75 heures d'insertion."]])
    document = ingest_one(write(tmp_path / "pas-du-texte.txt", data))
    assert document.format == "pdf"
    assert_ok(document)
    assert "75 heures d'insertion" in document.text


def test_docx_named_zip_is_one_document(tmp_path):
    data = docx_bytes(paragraphs=["Acte d'engagement : le titulaire renonce à l'avance."])
    documents = ingest_file(write(tmp_path / "AE.zip", data), "AE.zip", "d")
    assert len(documents) == 1, [d.path for d in documents]
    assert documents[0].format == "docx"
    assert "renonce à l'avance" in documents[0].text


def test_html_saved_as_pdf_is_read_by_content(tmp_path):
    data = "<html><body><p>Avis rectificatif : date limite reportée au 15 mai 2026.</p></body></html>".encode()
    document = ingest_one(write(tmp_path / "avis.pdf", data))
    assert document.format == "html"
    assert_ok(document)
    assert "15 mai 2026" in document.text


# ---------------------------------------------------------------------------------------------- discover

def test_discover_folders_zips_and_hidden_files(tmp_path):
    root = tmp_path / "corpus"
    write(root / "dossier-a" / "RC.pdf", pdf_bytes([["a"]]))
    write(root / "dossier-a" / "annexes" / "plan.txt", b"plan")
    write(root / "dossier-b.zip", zip_bytes({"CCAP.txt": b"x"}))
    write(root / "avis.xml", BOAMP_XML.encode())
    write(root / "dossier-a" / ".DS_Store", b"\0")
    write(root / "dossier-a" / "~$RC.docx", b"lock")
    items = discover([root])
    by_display = {item.display_path: item for item in items}
    assert set(by_display) == {"dossier-a/RC.pdf", "dossier-a/annexes/plan.txt", "dossier-b.zip", "avis.xml"}
    assert by_display["dossier-a/RC.pdf"].dossier == "dossier-a"
    assert by_display["dossier-a/annexes/plan.txt"].dossier == "dossier-a"
    assert by_display["dossier-b.zip"].dossier == "dossier-b.zip"
    assert by_display["dossier-a/RC.pdf"].path == root / "dossier-a" / "RC.pdf"
    assert all("\\" not in item.display_path for item in items)
    # and every discovered item can be ingested
    for item in items:
        for document in ingest_file(item.path, item.display_path, item.dossier):
            assert document.path.startswith(item.display_path)


def test_unzipped_dce_parts_stay_in_their_dossier(tmp_path):
    root = tmp_path / "marches"
    # a DCE with its pieces in numbered sub-folders, the folder itself holding no document
    write(root / "DCE Mairie 2026-015" / "01 - RC" / "RC.pdf", pdf_bytes([["a"]]))
    write(root / "DCE Mairie 2026-015" / "02_Pièces administratives" / "CCAP.txt", b"x")
    write(root / "DCE Mairie 2026-015" / "Lot 2 - Peinture" / "CCTP.txt", b"x")
    # a DCE whose documents sit beside a plans folder
    write(root / "ecole" / "RC.txt", b"x")
    write(root / "ecole" / "Plans" / "plan-rdc.txt", b"x")
    # tenders side by side are not merged, whatever the folder above
    write(root / "Consultation voirie" / "RC.txt", b"x")
    write(root / "35651276" / "avis.txt", b"x")
    dossiers = {item.display_path: item.dossier for item in discover([root])}
    assert dossiers == {
        "DCE Mairie 2026-015/01 - RC/RC.pdf": "DCE Mairie 2026-015",
        "DCE Mairie 2026-015/02_Pièces administratives/CCAP.txt": "DCE Mairie 2026-015",
        "DCE Mairie 2026-015/Lot 2 - Peinture/CCTP.txt": "DCE Mairie 2026-015",
        "ecole/RC.txt": "ecole",
        "ecole/Plans/plan-rdc.txt": "ecole",
        "Consultation voirie/RC.txt": "Consultation voirie",
        "35651276/avis.txt": "35651276",
    }


def test_discover_single_file(tmp_path):
    path = write(tmp_path / "CCAP.pdf", pdf_bytes([["a"]]))
    items = discover([path])
    assert len(items) == 1
    assert items[0].display_path == "CCAP.pdf"


# ---------------------------------------------------------------------------------------------- the shipped samples

def _sample(relative: str) -> Path:
    path = SAMPLES / relative
    if not path.exists():
        pytest.skip(f"samples/{relative} not generated (run samples/make_samples.py)")
    return path


def test_sample_ccap_pdf():
    document = ingest_one(_sample("dce-ville-exemple/CCAP.pdf"), "dce-ville-exemple/CCAP.pdf", "dce-ville-exemple")
    assert_ok(document)
    assert document.page_count == 4
    text = " ".join(document.text.split())
    assert "Article 6.1.2" in text and "1 200 heures" in text and "350 heures" in text
    assert "recourir à la sous-traitance pour satisfaire" in text
    assert "heures d'insertion réalisées" in text
    assert "\ufffe" not in document.text
    assert "Consultation n° 2026-TRX-014 Page" not in document.text
    assert all(page.removed_lines for page in document.pages)
    assert_evidence_maps_back(document, "60 € HT par heure d'insertion non réalisée")


def test_sample_rc_pdf_lot_table():
    document = ingest_one(_sample("dce-ville-exemple/RC.pdf"), "dce-ville-exemple/RC.pdf", "dce-ville-exemple")
    assert_ok(document)
    assert document.page_count == 4
    assert "L2113-13" in document.text
    tables = [t for p in document.pages for t in p.tables]
    flat = [" | ".join(row) for t in tables for row in t]
    assert any("Lot n° 3" in row and "86" in row for row in flat), flat


def _rows_of_a_ruled_table(tmp_path, rows: list[list[str]]) -> list[list[str]]:
    """The rows the table pass reads from a one-page PDF holding one ruled table (reportlab)."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    buf = io.BytesIO()
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([table])
    path = tmp_path / "CCAP.pdf"
    path.write_bytes(buf.getvalue())
    document = ingest_one(path, "CCAP.pdf", "d")
    return [row for page in document.pages for table in page.tables for row in table]


@pytest.mark.parametrize("rows", [
    # (blind_values_9; my own table) bare figures under « (k€ HT) »: no « € » in the rows to hint at amounts
    [["Lot", "Objet", "Maximum (k€ HT)"], ["1", "Papier", "120"], ["2", "Toner", "45"]],
    # (blind_values_10 d15; my own table) « (€ HT) » in a header cell, bare grouped figures in the rows
    [["Lot", "Intitulé", "Maximum par période (€ HT)"], ["1", "Éclairage public", "600 000"], ["2", "Signalisation", "150 000"]],
])
def test_a_ruled_table_whose_header_gives_the_unit_gets_its_table_pass(tmp_path, rows):
    assert rows[1] in _rows_of_a_ruled_table(tmp_path, rows)


def test_sample_zip_and_scan():
    documents = ingest_file(_sample("dce-nettoyage.zip"), "dce-nettoyage.zip", "dce-nettoyage.zip")
    assert sorted(d.path for d in documents) == ["dce-nettoyage.zip/CCAP.pdf", "dce-nettoyage.zip/RC.pdf"]
    assert all(d.text_status is TextStatus.OK for d in documents)
    rc = next(d for d in documents if d.path.endswith("RC.pdf"))
    assert "Clauses sociales : Sans" in rc.text
    scan = ingest_one(_sample("illisible/scan-sans-texte.pdf"))
    assert scan.text_status is TextStatus.NO_TEXT_LAYER
    assert scan.status_message


def test_sample_cctp_docx_traps_are_text():
    document = ingest_one(_sample("dce-ville-exemple/CCTP.docx"))
    assert_ok(document)
    for phrase in ("insertion paysagère", "environnement de recette", "400 heures"):
        assert phrase in document.text
    assert any(["Voiles et poteaux", "C30/37", "XC4", "Parement soigné en façade"] in t
               for p in document.pages for t in p.tables)
