"""HTML (BOAMP notice pages, some in UTF-16), XML notices (BOAMP, TED, eForms) and plain text."""

from __future__ import annotations

import re

from lxml import etree, html as lxml_html

from clausecheck.ingestion.base import Extracted, IngestionError, Limits, RawPage
from clausecheck.ingestion.sniff import decode_text
from clausecheck.model import StructuredField, TextStatus

_BLOCK_TAGS = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
    "header", "footer", "ul", "ol", "dd", "dt", "blockquote", "pre", "hr", "title", "form", "fieldset",
}
_CELL_TAGS = {"td", "th"}
_CELL_RUNS = re.compile(r"[ \t]*(?:\|[ \t]*){2,}")
_EDGE_PIPES = re.compile(r"[ \t]*\n[ \t]*\|?[ \t]*|[ \t]*\|[ \t]*\n[ \t]*")
_SKIPPED_ATTRIBUTES = {"languageID", "schemaLocation", "noNamespaceSchemaLocation"}


def read_text(data: bytes, limits: Limits) -> Extracted:
    return Extracted(pages=[RawPage(text=decode_text(data))])


def read_html(data: bytes, limits: Limits) -> Extracted:
    text = decode_text(data)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses an encoding declaration in str input
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise IngestionError(TextStatus.CORRUPT, f"Page HTML illisible ({error}).") from error
    for bad in list(root.iter("script", "style", "noscript", "template")):
        if isinstance(bad, lxml_html.HtmlElement):  # every element of a page parsed by lxml.html
            bad.drop_tree()
    parts: list[str] = []
    _html_text(root, parts)
    rendered = _CELL_RUNS.sub(" | ", "".join(parts))
    rendered = _EDGE_PIPES.sub("\n", rendered)
    rendered = re.sub(r"[ \t]*\n[ \t\n]*", "\n", rendered).strip()
    title = root.findtext(".//title") or ""
    return Extracted(pages=[RawPage(text=rendered)], metadata={"html_title": " ".join(title.split())})


def _html_text(element, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _BLOCK_TAGS:
        parts.append("\n")
    if element.text:
        parts.append(element.text)
    for child in element:
        _html_text(child, parts)
        if child.tail:
            parts.append(child.tail)
    if tag in _CELL_TAGS:
        parts.append(" | ")
    elif tag in _BLOCK_TAGS:
        parts.append("\n")


def read_xml(data: bytes, limits: Limits) -> Extracted:
    """Each element on its own line as `PATH: text` (attributes in brackets), empty ones as `PATH`.

    The element names carry meaning in notices (DIV_EN_LOTS/NON, MARCHE_RESERVE_NON, LOT_DIVISION),
    so they are kept in the analysis text; `fields` gives the same as structured records.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    recovered = ""
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        # a notice exported with a namespace prefix left undeclared (« ext:UBLExtensions ») is whole otherwise: read it
        # with a tolerant parser, and say so; any other fault (a tag left open…) makes a corrupt file
        tolerant = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
        root = etree.fromstring(data, tolerant) if "Namespace prefix" in str(error) else None
        if root is None or not len(root) or any("Namespace prefix" not in str(e.message) for e in tolerant.error_log):
            raise IngestionError(TextStatus.CORRUPT, f"XML mal formé ({error}).") from error
        recovered = f"XML mal formé ({error}) : lu en mode tolérant, ce qui a pu être lu est analysé."
    lines: list[str] = []
    fields: list[StructuredField] = []
    offset = 0
    for element, path in _walk(root, ""):
        attributes = {
            _local(key): value
            for key, value in element.attrib.items()
            if _local(key) not in _SKIPPED_ATTRIBUTES and not key.startswith("{http://www.w3.org/2000/xmlns")
        }
        own_text = " ".join((element.text or "").split())
        has_children = len(element) > 0
        if not own_text and has_children and not attributes:
            continue
        attr_text = " [" + " ".join(f"{k}={v}" for k, v in attributes.items()) + "]" if attributes else ""
        line = f"{path}{attr_text}: {own_text}" if own_text else f"{path}{attr_text}"
        fields.append(StructuredField(path=path, text=own_text, attributes=attributes, offset=offset + len(line) - len(own_text)))
        lines.append(line)
        offset += len(line) + 1
        for child in element:
            tail = " ".join((child.tail or "").split())
            if tail:
                tail_line = f"{path}: {tail}"
                fields.append(StructuredField(path=path, text=tail, offset=offset + len(path) + 2))
                lines.append(tail_line)
                offset += len(tail_line) + 1
    metadata = {"xml_root": _local(root.tag)}
    if recovered:
        metadata["read_note"] = recovered
    return Extracted(pages=[RawPage(text="\n".join(lines))], fields=fields, metadata=metadata)


def _walk(element, parent_path: str):
    if not isinstance(element.tag, str):  # comments, processing instructions
        return
    name = _local(element.tag)
    path = f"{parent_path}/{name}" if parent_path else name
    yield element, path
    for child in element:
        yield from _walk(child, path)


def _local(tag: str) -> str:
    """An element's or attribute's name without its namespace: « {urn:…}Name » or, as a tolerant parse leaves an
    undeclared prefix, « efac:AwardCriterionParameter »."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]
