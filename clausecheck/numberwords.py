"""French numbers written in words (« six cent mille », « quatre-vingt-dix », « deux mille »):
read by detection (insertion hours) and by extraction (amounts, counts, durations)."""

from __future__ import annotations

import re

_UNITS = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "octante": 80,
    "nonante": 90,
}
_SCALES = {"cent": 100, "cents": 100, "mille": 1000, "milles": 1000, "million": 10**6, "millions": 10**6,
           "milliard": 10**9, "milliards": 10**9}
NUMBER_WORDS = sorted(list(_UNITS) + list(_SCALES) + ["et"], key=len, reverse=True)


def words_to_number(text: str) -> int | None:
    """« six cent mille » -> 600000; « quatre-vingt-dix » -> 90; None if not a number phrase."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower().strip()) if t and t != "et"]
    if not tokens:
        return None
    total = 0
    current = 0
    seen = False
    for i, tok in enumerate(tokens):
        if tok in _UNITS:
            value = _UNITS[tok]
            # quatre-vingt(s): 4 x 20
            if tok.startswith("vingt") and current and current % 100 == 4 and (i > 0 and tokens[i - 1] == "quatre"):
                current = current - 4 + 80
            else:
                current += value
            seen = True
        elif tok in ("cent", "cents"):
            current = (current or 1) * 100
            seen = True
        elif tok in _SCALES:
            scale = _SCALES[tok]
            total += (current or 1) * scale
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None
