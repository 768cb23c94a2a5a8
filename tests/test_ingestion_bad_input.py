"""Bad inputs never stop a batch: each is reported with a status and a French message.

Fixtures are generated in tmp_path (see conftest_fixtures.py).
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clausecheck.ingestion import Limits, ingest_bytes, ingest_file
from clausecheck.model import Document, TextStatus
from conftest_fixtures import (
    corrupt_pdf_bytes,
    docx_bytes,
    encrypted_pdf_bytes,
    filler,
    image_page_pdf_bytes,
    pdf_bytes,
    truncated_pdf_bytes,
    write,
    zip_bomb_bytes,
    zip_bytes,
)

FRENCH_HINT = ("fichier", "pdf", "archive", "document", "mot de passe", "limite", "texte", "format", "entrée",
               "octet", "xml", "html", "illisible", "endommag")


def ingest_one(path: Path, limits: Limits | None = None) -> Document:
    documents = ingest_file(path, path.name, "dossier", limits)
    assert len(documents) == 1, [d.path for d in documents]
    return documents[0]


def assert_reported(document: Document, *statuses: TextStatus) -> None:
    assert document.text_status in statuses, (document.text_status, document.status_message)
    message = document.status_message
    assert message and message.strip(), "a failed document needs a message for the user"
    assert any(hint in message.lower() for hint in FRENCH_HINT), message
    assert "Traceback" not in message
    assert not document.text.strip() or document.text_status is TextStatus.OK


# ---------------------------------------------------------------------------------------------- PDF

def test_corrupt_pdf(tmp_path):
    document = ingest_one(write(tmp_path / "casse.pdf", corrupt_pdf_bytes()))
    assert_reported(document, TextStatus.CORRUPT)
    assert document.format == "pdf"


def test_truncated_pdf_is_reported_or_partly_read(tmp_path):
    document = ingest_one(write(tmp_path / "coupe.pdf", truncated_pdf_bytes()))
    # pdfium may repair a truncated file; either it reads something, or it says why not
    if document.text_status is not TextStatus.OK:
        assert_reported(document, TextStatus.CORRUPT, TextStatus.NO_TEXT_LAYER)


def test_encrypted_pdf(tmp_path):
    pytest.importorskip("pypdf")
    document = ingest_one(write(tmp_path / "protege.pdf", encrypted_pdf_bytes()))
    assert_reported(document, TextStatus.ENCRYPTED)
    assert "mot de passe" in document.status_message.lower()
    assert "1 200 heures" not in document.text


def test_empty_file(tmp_path):
    document = ingest_one(write(tmp_path / "vide.pdf", b""))
    assert_reported(document, TextStatus.CORRUPT, TextStatus.UNSUPPORTED)
    assert document.size_bytes == 0


def test_pdf_extension_on_binary_junk(tmp_path):
    junk = bytes((i * 37 + 11) % 256 for i in range(4096)).replace(b"%PDF", b"%PDX")
    document = ingest_one(write(tmp_path / "pas-un-pdf.pdf", junk))
    assert_reported(document, TextStatus.UNSUPPORTED, TextStatus.CORRUPT)


def test_legacy_word_is_unsupported_with_advice(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000
    document = ingest_one(write(tmp_path / "vieux.doc", ole))
    assert_reported(document, TextStatus.UNSUPPORTED)
    assert ".docx" in document.status_message or "PDF" in document.status_message


def test_scanned_page_has_no_text_layer(tmp_path):
    document = ingest_one(write(tmp_path / "scan.pdf", image_page_pdf_bytes(image_pages=2)))
    assert_reported(document, TextStatus.NO_TEXT_LAYER)
    assert document.page_count == 2
    assert document.pages_without_text == [1, 2]
    assert "OCR" in document.status_message or "numéris" in document.status_message


def test_blank_page_is_not_a_scan(tmp_path):
    document = ingest_one(write(tmp_path / "blanc.pdf", pdf_bytes([[]])))
    assert document.text_status is not TextStatus.NO_TEXT_LAYER  # nothing to OCR: a blank page is not a scan


def test_too_large_file(tmp_path):
    path = write(tmp_path / "enorme.pdf", pdf_bytes([filler(n, 30) for n in range(1, 30)]))
    document = ingest_one(path, Limits(max_file_bytes=10_000))
    assert_reported(document, TextStatus.TOO_LARGE)
    assert re.search(r"\d\s*(o|octets|ko|mo|go)\b", document.status_message, re.I), document.status_message


def test_too_large_message_is_readable_for_small_limits(tmp_path):
    path = write(tmp_path / "moyen.pdf", pdf_bytes([filler(n, 30) for n in range(1, 30)]))
    document = ingest_one(path, Limits(max_file_bytes=10_000))
    # "au-delà de la limite de 0 Mo" tells the user nothing
    assert " 0 Mo" not in document.status_message, document.status_message


def test_too_many_pages(tmp_path):
    path = write(tmp_path / "pages.pdf", pdf_bytes([filler(n, 3) for n in range(1, 8)]))
    document = ingest_one(path, Limits(max_pages=5))
    assert_reported(document, TextStatus.TOO_LARGE)
    assert "pages" in document.status_message


def test_ingest_bytes_matches_ingest_file(tmp_path):
    data = pdf_bytes([["Texte identique."]])
    from_bytes = ingest_bytes(data, "a.pdf", "d")
    from_file = ingest_file(write(tmp_path / "a.pdf", data), "a.pdf", "d")
    assert [d.text for d in from_bytes] == [d.text for d in from_file]
    assert [d.sha256 for d in from_bytes] == [d.sha256 for d in from_file]


def test_missing_file_is_reported(tmp_path):
    documents = ingest_file(tmp_path / "absent.pdf", "absent.pdf", "d")
    assert len(documents) == 1
    assert documents[0].text_status is not TextStatus.OK
    assert documents[0].status_message


# ---------------------------------------------------------------------------------------------- ZIP

def test_zip_bomb_member_refused_others_read(tmp_path):
    path = write(tmp_path / "bombe.zip", zip_bomb_bytes(16))
    assert path.stat().st_size < 1024 * 1024
    documents = ingest_file(path, "bombe.zip", "bombe.zip")
    by_name = {d.path.rsplit("/", 1)[-1]: d for d in documents}
    assert set(by_name) == {"RC.txt", "bombe.txt", "CCAP.txt"}
    assert_reported(by_name["bombe.txt"], TextStatus.TOO_LARGE)
    assert by_name["RC.txt"].text_status is TextStatus.OK and "alloti en 3 lots" in by_name["RC.txt"].text
    assert by_name["CCAP.txt"].text_status is TextStatus.OK and "500 heures" in by_name["CCAP.txt"].text


def test_zip_total_uncompressed_budget(tmp_path):
    members = {f"piece-{i}.txt": (f"Pièce {i} ".encode() * 20_000) for i in range(5)}  # ~200 kB each
    path = write(tmp_path / "gros.zip", zip_bytes(members))
    documents = ingest_file(path, "gros.zip", "gros.zip", Limits(zip_max_total_bytes=500_000))
    statuses = [d.text_status for d in documents]
    assert len(documents) == 5
    assert TextStatus.OK in statuses and TextStatus.TOO_LARGE in statuses, statuses


def test_zip_path_traversal_refused_others_read(tmp_path):
    archive = zip_bytes({
        "../evil.txt": b"contenu malveillant",
        "/etc/absolu.txt": b"chemin absolu",
        "RC.txt": "Le marché n'est pas alloti.".encode(),
    })
    path = write(tmp_path / "piege.zip", archive)
    documents = ingest_file(path, "piege.zip", "piege.zip")
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()
    ok = [d for d in documents if d.text_status is TextStatus.OK]
    refused = [d for d in documents if d.text_status is not TextStatus.OK]
    assert [d.path for d in ok] == ["piege.zip/RC.txt"]
    assert "pas alloti" in ok[0].text
    assert len(refused) == 2, [(d.path, d.text_status) for d in documents]
    for document in refused:
        assert_reported(document, TextStatus.UNSUPPORTED, TextStatus.CORRUPT)
        assert "chemin" in document.status_message.lower() or "travers" in document.status_message.lower()
        assert "malveillant" not in document.text
    assert any("evil.txt" in d.path for d in refused)


def test_corrupt_zip(tmp_path):
    data = zip_bytes({"RC.txt": b"x" * 1000})
    documents = ingest_file(write(tmp_path / "abime.zip", data[:40] + b"\0" * 30), "abime.zip", "abime.zip")
    assert len(documents) >= 1
    for document in documents:
        assert document.text_status is not TextStatus.OK
        assert document.status_message


def test_encrypted_zip_member(tmp_path):
    data = bytearray(zip_bytes({"secret.txt": b"x" * 100, "libre.txt": b"Lisible."},
                               compression=zipfile.ZIP_STORED))
    # mark the first member as encrypted (general-purpose bit 0) in local and central headers
    data[6] |= 0x01
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 0x01
    documents = ingest_file(write(tmp_path / "chiffre.zip", bytes(data)), "chiffre.zip", "chiffre.zip")
    by_name = {d.path.rsplit("/", 1)[-1]: d for d in documents}
    assert_reported(by_name["secret.txt"], TextStatus.ENCRYPTED)
    assert by_name["libre.txt"].text_status is TextStatus.OK


def test_corrupt_member_inside_zip_does_not_hide_others(tmp_path):
    archive = zip_bytes({
        "casse.pdf": corrupt_pdf_bytes(),
        "CCAP.docx": docx_bytes(paragraphs=["Heures d'insertion : 250."]),
    })
    documents = ingest_file(write(tmp_path / "mixte.zip", archive), "mixte.zip", "mixte.zip")
    by_name = {d.path.rsplit("/", 1)[-1]: d for d in documents}
    assert_reported(by_name["casse.pdf"], TextStatus.CORRUPT)
    assert by_name["CCAP.docx"].text_status is TextStatus.OK


# ---------------------------------------------------------------------------------------------- batch

def _scan(folder: Path) -> dict:
    from clausecheck.pipeline import scan_json

    result = scan_json([folder])
    json.dumps(result)  # the batch result is JSON-serialisable
    return result


def test_batch_reports_the_corrupt_file_and_analyses_the_others(tmp_path):
    root = tmp_path / "lot"
    write(root / "dossier" / "RC.pdf", pdf_bytes([[
        "Règlement de la consultation. Le marché est divisé en 2 lots.",
        "Critère : performance en matière d'insertion professionnelle (15 %).",
    ]]))
    write(root / "dossier" / "CCAP.docx", docx_bytes(paragraphs=[
        "Article 6 – Clause d'insertion : le titulaire réalise 1 200 heures d'insertion professionnelle "
        "au bénéfice de publics éloignés de l'emploi."]))
    write(root / "dossier" / "casse.pdf", corrupt_pdf_bytes())
    write(root / "dossier" / "notes.txt", "Compte rendu de réunion.".encode())
    result = _scan(root)
    documents = {d["path"]: d for d in result["documents"]}
    assert set(documents) == {"dossier/RC.pdf", "dossier/CCAP.docx", "dossier/casse.pdf", "dossier/notes.txt"}
    broken = documents["dossier/casse.pdf"]
    assert broken["text_status"] == "corrupt"
    assert broken["status_message"]
    assert all(value is None for value in broken["considerations"].values()), broken["considerations"]
    for path in ("dossier/RC.pdf", "dossier/CCAP.docx", "dossier/notes.txt"):
        assert documents[path]["text_status"] == "ok", documents[path]
        assert set(documents[path]["considerations"]) == {
            "clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
            "clause_environnementale", "critere_environnemental"}
    assert documents["dossier/CCAP.docx"]["considerations"]["clause_insertion"] is True
    assert documents["dossier/CCAP.docx"]["insertion_hours"] == 1200
    summary = result.get("summary", {})
    if summary:
        assert summary["documents"] == 4
        assert summary["failed"] == 1


def test_zip_member_lying_about_its_size(tmp_path):
    """The central directory says 1 kB, the data inflates to 8 MiB: never trust declared sizes."""
    import struct

    raw = bytearray(zip_bytes({"menteur.txt": b"\0" * (8 * 1024 * 1024), "RC.txt": "Marché alloti.".encode()}))
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        position = raw.find(signature)
        struct.pack_into("<I", raw, position + size_at, 1000)
    documents = ingest_file(write(tmp_path / "menteur.zip", bytes(raw)), "menteur.zip", "menteur.zip")
    by_name = {d.path.rsplit("/", 1)[-1]: d for d in documents}
    assert by_name["menteur.txt"].text_status is not TextStatus.OK
    assert by_name["menteur.txt"].status_message
    assert len(by_name["menteur.txt"].text) <= 1000
    assert by_name["RC.txt"].text_status is TextStatus.OK


# ---------------------------------------------------------------------------------------------- XML attacks, sheets

def test_xml_external_entity_not_resolved(tmp_path):
    secret = write(tmp_path / "secret.txt", b"MOT-DE-PASSE-SECRET")
    xml = (f'<?xml version="1.0"?>\n<!DOCTYPE avis [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
           "<avis><objet>Travaux &xxe; fin</objet></avis>").encode()
    documents = ingest_file(write(tmp_path / "xxe.xml", xml), "xxe.xml", "d")
    assert len(documents) == 1
    assert "MOT-DE-PASSE-SECRET" not in documents[0].text


def test_xml_billion_laughs_is_bounded(tmp_path):
    import time

    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    xml = ('<?xml version="1.0"?>\n<!DOCTYPE avis [' + "".join(entities) + ']>\n<avis>&lol9;</avis>').encode()
    started = time.perf_counter()
    documents = ingest_file(write(tmp_path / "lol.xml", xml), "lol.xml", "d")
    assert time.perf_counter() - started < 5
    assert len(documents) == 1
    assert len(documents[0].text) < 1_000_000


def test_malformed_xml_is_corrupt(tmp_path):
    document = ingest_one(write(tmp_path / "avis.xml", b"<?xml version='1.0'?><avis><objet>non ferme</avis>"))
    assert_reported(document, TextStatus.CORRUPT)


def test_xml_with_an_undeclared_namespace_prefix_is_read_with_a_reservation(tmp_path):
    """An eForms notice exported with « ext: » / « efac: » prefixes left undeclared: read, and the reader is told."""
    data = (b"<?xml version='1.0'?><ContractNotice xmlns:cbc='urn:cbc'><cbc:Name>Mobilier</cbc:Name>"
            b"<ext:UBLExtensions><efac:Param>15</efac:Param></ext:UBLExtensions></ContractNotice>")
    document = ingest_one(write(tmp_path / "avis.xml", data))
    assert document.text_status is TextStatus.OK
    assert "ContractNotice/UBLExtensions/Param: 15" in document.text
    assert "mode tolérant" in document.status_message


def test_sheet_rows_are_bounded(tmp_path):
    from conftest_fixtures import xlsx_bytes

    data = xlsx_bytes({"BPU": [[i, f"Article {i}", i * 1.5] for i in range(1, 200)]})
    document = ingest_one(write(tmp_path / "BPU.xlsx", data), Limits(max_sheet_rows=20))
    assert document.text_status is TextStatus.OK
    assert "Article 5" in document.text
    assert "Article 150" not in document.text


def test_stored_zip_holding_pdfs_is_an_archive_not_a_pdf(tmp_path):
    """An uncompressed (stored) ZIP shows the PDF's '%PDF-' in its first bytes."""
    path = tmp_path / "dce.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("RC.pdf", pdf_bytes([["Règlement de la consultation"]]))
        archive.writestr("CCAP.pdf", pdf_bytes([["Cahier des clauses administratives particulières"]]))
    documents = ingest_file(path, "dce.zip", "dce.zip")
    assert sorted(d.path for d in documents) == ["dce.zip/CCAP.pdf", "dce.zip/RC.pdf"]
