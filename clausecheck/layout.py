"""What the page layout does to a sentence, undone for reading values:

- a running header or footer in the middle of a sentence (« Le montant maximum est fixé à :\\nCCAP –
  Commune de X – page 4\\n250 000 € HT ») is left out;
- a figure whose thousands went to the next line (« … d'au moins 2\\n400 heures », « 1 250\\n000 € HT »,
  sometimes past a running header) is read as one figure;
- a table row whose cells go on over the next line (« 01 | VRD – terrasse- | 1 » then « | ments
  généraux | 100 ») is read as one row (« 01 | VRD – terrassements généraux | 1 100 »).

`repair_layout(text)` gives the repaired text and the map from each of its characters (and its end)
back to the original, so that what is read is shown where it stands in the document — both pieces of
a figure. A number at a line end stays apart when it numbers something (« lot 2\\n400 heures »,
« article 3 », « Tranche optionnelle 2 », « Nombre de lots : 3 »), when it stands alone on its line (a
list or page number), when its line is itself a running header, or when what follows is no group of
three digits.
"""

from __future__ import annotations

import re

from clausecheck.patterns import CURRENCY, NUMERO_FOLDED
from clausecheck.tables import bar_cells, is_page_furniture, line_spans
from clausecheck.text import fold

_SEP = "[ \u00a0\u202f]"
# a figure closing its line: one to three digits, then groups of three
_HEAD = re.compile(r"(?<![\w.,/°-])(\d{1,3}(?:" + _SEP + r"\d{3})*)[ \t]*\n")
# its thousands at the start of the next line, and nothing that makes them another number
_TAIL = re.compile(r"[ \t]*(\d{3}(?:" + _SEP + r"\d{3})*)(?![\d]|[.,]\d{3}|/\d|-\d)")
# what a number at a line end numbers instead of counting, up to two words before it: « lot 2 »,
# « article 3 », « page 4 », « n° 5 », « Nombre de lots : 3 », « Tranche optionnelle 2 », « bâtiment B 3 »
_NUMBERING = re.compile(
    r"(?:\blots?|\barticles?|\bart\.?|\bpages?|\bp\.|\b" + NUMERO_FOLDED + r"s?\.?|\bnumeros?|\btranches?|\bphases?|\bperiodes?|"
    r"\breconductions?|\bchapitres?|\bannexes?|\bsections?|\btitres?|§|\betapes?|\bbatiments?|\bbat\.?|\bannees?|"
    r"\bfiches?|\bitems?|\bpoints?|\bpostes?|\bprix|\blignes?|\bniveaux?|\bzones?|\bsecteurs?|\bsites?|"
    r"\bparcelles?|\blogements?|\bcategories?|\bcriteres?|\bversion|\bindice|\bcode|\bcpv)"
    r"(?:[ \t]+[a-z'-]{1,20}){0,2}[ \t]*[:.\-–]?[ \t]*(?:" + NUMERO_FOLDED + r"\.?[ \t]*)?$"
)
# ... but lots counted are no lot's number: « Total Deux lots 1\n500 heures » (a total row's cell, cut)
_COUNTED_LOTS = re.compile(r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})[ \t]+lots[ \t]*$")


def _running_lines(text: str) -> list[tuple[int, int]]:
    """Running headers and footers inside flowing text: the line and its line end, [start, end).
    A line between two lines of prose, never one in a table (its neighbours hold « | »)."""
    if "page" not in text.lower() and "–" not in text and "-" not in text:
        return []
    out = []
    spans = line_spans(text)
    for i in range(1, len(spans) - 1):
        start, end = spans[i]
        line = text[start:end]
        if not line.strip() or not is_page_furniture(line):
            continue
        before, after = text[slice(*spans[i - 1])], text[slice(*spans[i + 1])]
        if not before.strip() or not after.strip() or "|" in before or "|" in after:
            continue
        out.append((start, end + 1))
    return out


def _cut_ends(text: str) -> list[tuple[int, int]]:
    """(end of the first piece, start of the second) for every figure cut by a line end: its thousands on
    the next line, or past one running header or footer (a page break); or its unit past the page's
    footer and the next page's header (« … s'établit à 1 610 » … « heures de travail »)."""
    cuts: list[tuple[int, int]] = []
    heads = _page_heads(text) if "\f" in text else frozenset()
    for head in _HEAD.finditer(text):
        first_start, first_end = head.span(1)
        line_start = text.rfind("\n", 0, first_start) + 1
        before = text[line_start:first_start]
        grouped = bool(re.search(_SEP, head.group(1)))
        if not before.strip() and not grouped:
            continue  # « 2 » alone on its line: a list or page number
        numbering = _NUMBERING.search(folded := fold(before[-60:])) and not _COUNTED_LOTS.search(folded)
        if numbering or is_page_furniture(text[line_start:head.end() - 1]):
            continue
        tail = _TAIL.match(text, head.end())
        pos, skipped = head.end(), 0  # past the blank and furniture lines of a page break
        while tail is None and skipped < _FURNITURE_LINES_MAX and (gap_end := _gap_line_end(text, pos, heads)) is not None:
            pos, skipped = gap_end, skipped + 1
            if skipped == 1:
                tail = _TAIL.match(text, pos)  # the thousands, past one running line
        if tail is None and skipped > 1 and (tail := _TAIL.match(text, pos)) is not None \
                and not _UNIT_OPENS_LINE.match(text, tail.end()):
            tail = None  # the thousands atop the next page, past its footer, the break and its header, need their unit
        if tail is not None:
            cuts.append((first_end, tail.start(1)))
        elif skipped and _UNIT_OPENS_LINE.match(text, pos):
            cuts.append((head.end() - 1, pos))
    return cuts


def _gap_line_end(text: str, pos: int, heads: frozenset[str] = frozenset()) -> int | None:
    """Where the next line starts, when the line at `pos` is blank or page furniture (or a page's running head)."""
    line_end = text.find("\n", pos)
    line = text[pos:line_end]
    if line_end < 0 or (line.strip() and not is_page_furniture(line) and line.strip() not in heads):
        return None
    return line_end + 1


def _page_heads(text: str) -> frozenset[str]:
    """The lines that open two pages or more (« Ville de X – Gardiennage – CCAP »): a running header without a
    page number, which only its repetition tells."""
    firsts = [next((line.strip() for line in page.split("\n") if line.strip()), "") for page in text.split("\f")]
    return frozenset(line for line in firsts if line and firsts.count(line) > 1)


_UNIT_OPENS_LINE = re.compile(r"[ \t]*(?:heures?\b|h\b|" + CURRENCY + ")", re.IGNORECASE)
_FURNITURE_LINES_MAX = 3  # a footer, a blank line, the next page's header


def _rewrite(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[int]]:
    """Apply (start, end, replacement) edits, in order and apart, with the map back to `text`."""
    out: list[str] = []
    mapping: list[int] = []
    pos = 0
    for start, end, replacement in edits:
        out.append(text[pos:start])
        mapping.extend(range(pos, start))
        out.append(replacement)
        mapping.extend([start] * len(replacement))
        pos = end
    out.append(text[pos:])
    mapping.extend(range(pos, len(text) + 1))
    return "".join(out), mapping


def _merge_continued_rows(text: str) -> tuple[str, list[int] | None]:
    """Table rows whose cells go on over the following lines (the first cell empty, as many cells)
    merged into one row, cell by cell: words joined (a hyphen at the cut removed), figures joined."""
    if " | " not in text and "\n |" not in text:
        return text, None
    spans = line_spans(text)
    out: list[str] = []
    mapping: list[int] = []
    merged_any = False
    i = 0

    def emit(piece: str, origin: list[int]) -> None:
        out.append(piece)
        mapping.extend(origin)

    while i < len(spans):
        start, end = spans[i]
        row = bar_cells(text, start, end) if "|" in text[start:end] else []
        framed = text[start:end].lstrip().startswith("|")
        conts = []
        j = i + 1
        while row and j < len(spans):
            cells = bar_cells(text, *spans[j]) if "|" in text[slice(*spans[j])] else []
            if len(cells) != len(row):
                break
            # the row's first cell: in a framed row (« | 1 | … | »), the one after the opening bar
            first = cells[1] if framed and len(cells) > 1 else cells[0]
            if text[slice(*first)].strip():
                break
            conts.append(cells)
            j += 1
        if not conts:
            emit(text[start:end], list(range(start, end)))
        else:
            merged_any = True
            for k, (a, b) in enumerate(row):
                if k:
                    emit("|", [row[k - 1][1]])
                piece, origin = text[a:b].rstrip(), list(range(a, a + len(text[a:b].rstrip())))
                for cells in conts:
                    c0, c1 = cells[k]
                    more = text[c0:c1].strip()
                    if not more:
                        continue
                    c0 += len(text[c0:c1]) - len(text[c0:c1].lstrip())
                    if piece.endswith("-") and more[:1].islower():
                        piece, origin = piece[:-1], origin[:-1]  # « terrasse- » « ments »
                        sep = ""
                    else:
                        sep = " "
                    piece += sep + more
                    origin += [c0] * len(sep) + list(range(c0, c0 + len(more)))
                trail = text[a + len(text[a:b].rstrip()):b] if k < len(row) - 1 else ""
                emit(piece + trail, origin + list(range(b - len(trail), b)))
        if j < len(spans):
            emit("\n", [spans[j - 1][1]])
        i = j
    if not merged_any:
        return text, None
    mapping.append(len(text))
    return "".join(out), mapping


def repair_layout(text: str) -> tuple[str, list[int] | None]:
    """The text with continued table rows merged, running lines inside sentences left out and cut
    figures joined by one space, and the map back to `text`; None when nothing changed."""
    merged, rows_map = _merge_continued_rows(text)
    repaired, inner = _repair_flow(merged)
    return repaired, compose(rows_map, inner)


def _repair_flow(text: str) -> tuple[str, list[int] | None]:
    cuts = _cut_ends(text)
    edits = [(a, b, " ") for a, b in cuts]
    inside = [(a, b) for a, b in cuts]
    edits += [(a, b, "") for a, b in _running_lines(text) if not any(x <= a < y for x, y in inside)]
    if not edits:
        return text, None
    edits.sort()
    return _rewrite(text, edits)


def compose(outer: list[int] | None, inner: list[int] | None) -> list[int] | None:
    """The map of a text rewritten twice: `inner` from the second text to the first, `outer` from
    the first to the original."""
    if inner is None:
        return outer
    if outer is None:
        return inner
    return [outer[min(i, len(outer) - 1)] for i in inner]
