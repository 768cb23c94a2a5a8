"""Structure: the section tree and the document type of a readable Document."""

from __future__ import annotations

from clausecheck.model import Document
from clausecheck.structure.doctype import classify
from clausecheck.structure.sections import find_sections

__all__ = ["apply_structure", "classify", "find_sections"]


def apply_structure(document: Document) -> Document:
    document.sections = find_sections(document)
    document.doc_type, document.doc_type_reason = classify(document)
    document.title = _title(document)
    return document


def _title(document: Document) -> str:
    if document.metadata.get("html_title"):
        return document.metadata["html_title"][:200]
    for line in document.text.split("\n")[:15]:
        if len(line.strip()) >= 8 and not line.strip().startswith(("ANNONCE/", "TED_", "ContractNotice")):
            return " ".join(line.split())[:200]
    return ""
