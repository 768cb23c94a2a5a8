"""A one-page Document for a snippet of text (rule examples, tests, the command line's checks)."""

from __future__ import annotations

import re

from clausecheck.model import Document, Page, StructuredField

# (attributes in brackets, as the XML ingestion renders them: « …/ProcurementTypeCode [listName=gpp-criteria]: eu »)
_FIELD_LINE = re.compile(r"^([A-Za-z][\w\-.:/]*[A-Z_][\w\-.:/]*)(?: \[([^\]\n]*)\])?: ?(.*)$")


# A file name the piece-type recognition reads the way a buyer's platform names its files.
FILE_NAME_TOKEN = {"FORM": "DC2", "QR": "questions-reponses", "CADRE": "cadre-de-reponse", "AUTRE": "piece"}


def file_name_for(doc_type: str, stem: str = "exemple") -> str:
    """« exemple__CCAP.txt »: the structure step keeps the given type when it reads the name."""
    return f"{stem}__{FILE_NAME_TOKEN.get(doc_type, doc_type)}.txt"


def snippet_document(text: str, doc_type: str = "AUTRE", path: str | None = None) -> Document:
    """A one-page Document for a snippet. Its analysis text is normalised the way the ingestion
    normalises a page (line-end hyphenation joined, typographic apostrophes and spaces folded),
    with the offset map back to the snippet, so a snippet is read as the same text in a document
    would be. Lines `ELEMENT/PATH: text` also become structured fields, the way the XML
    ingestion renders notices."""
    from clausecheck.ingestion.normalize import normalise

    analysis, offset_map = normalise(text)
    page = Page(number=1, raw_text=text, text=analysis, offset_map=offset_map)
    doc = Document(path=path or file_name_for(doc_type), dossier="exemple", format="txt", pages=[page],
                   doc_type=doc_type)
    doc.finalise_text()
    pos = 0
    for line in analysis.split("\n"):
        m = _FIELD_LINE.match(line)
        if m and "/" in m.group(1):
            attributes = dict(pair.split("=", 1) for pair in (m.group(2) or "").split() if "=" in pair)
            doc.fields.append(StructuredField(m.group(1), m.group(3).strip(), attributes, pos + m.start(3)))
        pos += len(line) + 1
    return doc
