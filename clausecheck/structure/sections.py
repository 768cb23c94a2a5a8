"""Headings and article numbering as a section tree.

Recognised: "ARTICLE 5 -", "Article 6.1.2 – Engagement d'insertion sociale", "5.2. Titre",
"5.2 - Titre", notice sections "II.1.6) Information sur les lots", and DOCX/ODT heading styles.
"""

from __future__ import annotations

import re

from clausecheck.model import Document, Section
from clausecheck.text import is_toc_line, toc_block_lines

# (a cadre de réponse's or a CCTP's parts are numbered as articles are: « Rubrique 4 - Informations non notées »,
# « CHAPITRE 2 – Prescriptions techniques », « Partie 3 : Offre technique »; and so are a piece's annexes:
# « ANNEXE 1 – GRILLE DE NOTATION DE LA VALEUR TECHNIQUE »)
_ARTICLE = re.compile(r"^(?:ARTICLE|Article|ART\.?|RUBRIQUE|Rubrique|CHAPITRE|Chapitre|PARTIE|Partie|ANNEXE|Annexe)\s+"
                      r"(\d{1,2}(?:[.\-]\d{1,2}){0,4}|[IVX]{1,5}|premier|1er)\b\.?\s*[-:.)]?\s*(.{0,160})$")
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s*[-)]?\s+([A-ZÉÈÀÂÊÎÔÛÇ][^\n]{2,150})$")
_NOTICE = re.compile(r"^((?:[IVX]{1,4})(?:\.\d{1,2}){1,3}\))\s*\|?\s*(.{2,150})$")
_ROMAN_SECTION = re.compile(r"^(Section\s+[IVX]{1,4})\s*:\s*(.{2,120})$")


def _level(number: str) -> int:
    return len([part for part in re.split(r"[.\-]", number.strip(")")) if part])


def find_sections(document: Document) -> list[Section]:
    styled = {item["text"].strip(): item.get("level", 1) for item in document.metadata.get("style_headings", [])}
    headings: list[tuple[int, str | None, str, int]] = []  # (offset, number, title, level)
    contents = toc_block_lines(document.folded)  # a table of contents' entries name articles, they head none
    offset = 0
    for line in document.text.split("\n"):
        stripped = line.strip()
        if 3 <= len(stripped) <= 170 and offset not in contents:
            heading = _match_heading(stripped, styled)
            if heading is not None:
                number, title, level = heading
                headings.append((offset + (len(line) - len(line.lstrip())), number, title, level))
        offset += len(line) + 1
    sections: list[Section] = []
    stack: list[int] = []
    for index, (start, number, title, level) in enumerate(headings):
        while stack and sections[stack[-1]].level >= level:
            stack.pop()
        page = document.pages[document.page_index_at(start)].number if document.pages else 1
        sections.append(Section(number=number, title=title, level=level, page=page, start=start,
                                end=len(document.text), parent=stack[-1] if stack else None))
        stack.append(index)
    # a section ends where the next one of the same or a higher level begins
    for index, section in enumerate(sections):
        for later in sections[index + 1:]:
            if later.level <= section.level:
                section.end = later.start
                break
    return sections


_WEIGHTED_ITEM = re.compile(r"pond[ée]ration|:\s*\d{1,3}(?:[,.]\d+)?\s*(?:%|points?|pts)?\s*$|"
                            r"\(\s*\d{1,3}\s*(?:%|points?|pts)\s*\)\s*$", re.IGNORECASE)


_GAP_THEN_PAGE = re.compile(r"\s{3,}\d{1,3}$")  # an entry whose leader the extraction turned into spaces


def _match_heading(line: str, styled: dict[str, int]) -> tuple[str | None, str, int] | None:
    if is_toc_line(line) or _GAP_THEN_PAGE.search(line):  # a table-of-contents entry, not the heading itself
        return None
    match = _ARTICLE.match(line)
    if match:
        number = match.group(1)
        number = "1" if number.lower() in ("premier", "1er") else number.replace("-", ".")
        return number, match.group(2).strip(" -–:."), _level(number)
    match = _NOTICE.match(line)
    if match:
        return match.group(1), match.group(2).strip(" |"), _level(match.group(1))
    match = _ROMAN_SECTION.match(line)
    if match:
        return match.group(1), match.group(2).strip(), 1
    match = _NUMBERED.match(line)
    # « 1 PRIX / Pondération : 40 », « 2. Valeur technique : 30 % » are items of a list of criteria, not headings
    if match and not line.endswith((",", ";")) and not re.search(r"\d[\d ]*(?:€|euros?|heures?|%)", line[:20]) \
            and not _WEIGHTED_ITEM.search(line):
        number = match.group(1)
        return number, match.group(2).strip(" -–:."), _level(number)
    if line in styled:
        return None, line, styled[line]
    return None
