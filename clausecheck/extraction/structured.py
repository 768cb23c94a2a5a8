"""Access to the fields of structured notices (BOAMP XML, TED XML, eForms), whether the
ingestion gave `doc.fields` or only the rendered `PATH [ATTR=v]: text` lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from clausecheck.model import Document

_LINE_RE = re.compile(r"^(?P<path>[A-Za-z_][\w.:\-]*(?:/[A-Za-z_][\w.:\-]*)+)(?: \[(?P<attrs>[^\]]*)\])?(?:: ?(?P<text>.*))?$",
                      re.MULTILINE)
_ATTR_RE = re.compile(r"([\w:.\-]+)=(\"[^\"]*\"|'[^']*'|[^\s\]]*)")


@dataclass(slots=True)
class Field:
    path: str
    text: str
    attributes: dict[str, str]
    start: int  # span of the field's line in doc.text
    end: int
    names: list[str] = None  # type: ignore[assignment]  # path components without namespace prefixes

    def __post_init__(self) -> None:
        if self.names is None:
            self.names = [p.split(":")[-1] for p in self.path.split("/")]

    def tail(self, n: int = 1) -> str:
        return "/".join(self.names[-n:])

    def under(self, name: str) -> bool:
        return name in self.names[:-1]


def _line_span(text: str, offset: int) -> tuple[int, int]:
    offset = min(max(offset, 0), len(text))
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, (len(text) if end < 0 else end)


def fields_of(doc: Document) -> list[Field]:
    """The structured fields of a notice, empty for a plain document."""
    cached = doc.metadata.get("_cc_fields") if isinstance(doc.metadata, dict) else None
    if cached is not None:
        return cached
    out: list[Field] = []
    if doc.fields:
        for f in doc.fields:
            start, end = _line_span(doc.text, f.offset)
            out.append(Field(f.path, (f.text or "").strip(), dict(f.attributes or {}), start, end))
    elif doc.format == "xml" or doc.text.lstrip().startswith(("ANNONCE/", "TED_EXPORT/", "ContractNotice/")):
        for m in _LINE_RE.finditer(doc.text):
            attrs = {k: v.strip("\"'") for k, v in _ATTR_RE.findall(m.group("attrs") or "")}
            out.append(Field(m.group("path"), (m.group("text") or "").strip(), attrs, m.start(), m.end()))
    if isinstance(doc.metadata, dict):
        doc.metadata["_cc_fields"] = out
    return out
