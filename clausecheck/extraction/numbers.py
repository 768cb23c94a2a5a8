"""Reading French numbers and amounts: « 1 083 333,33 € », « 6,5 M€ », « 500 k€ »,
« six cent mille euros », « 2 200 000.00 EUR »; telling HT from TTC."""

from __future__ import annotations

import re
from dataclasses import dataclass

from clausecheck.numberwords import NUMBER_WORDS, words_to_number
from clausecheck.patterns import LOT_MARK_AT_END

_WORD_ALT = "|".join(NUMBER_WORDS)
# A run of French number words (« six cent mille », « deux millions cinq cent mille », « vingt-quatre »).
WORDS_RE = re.compile(rf"\b(?:(?:{_WORD_ALT})(?:[\s-]+|$|(?=\W)))+", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """A written number with French or English separators: '1 083 333,33', '2 200 000.00',
    '1.500.000', '6,5', '350000'. Returns None when it cannot be read."""
    s = text.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("'", " ").replace("’", " ")
    if not s:
        return None
    s = re.sub(r"\s+", " ", s)
    # Spaces are thousands separators.
    s = s.replace(" ", "")
    if not re.fullmatch(r"[\d.,]+", s):
        return None
    if "," in s and "." in s:
        # the last one is the decimal mark
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        # a decimal comma, unless '420,000' or '1,500,000': English thousands (an amount never has 3 decimals)
        s = parts[0] + "." + parts[1] if len(parts) == 2 and len(parts[1]) != 3 else s.replace(",", "")
    elif "." in s:
        parts = s.split(".")
        if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) == 3 and len(parts[0]) <= 3 and parts[0] != "0"):
            s = s.replace(".", "")  # 1.500.000 or 150.000
    try:
        return float(s)
    except ValueError:
        return None


# thousands grouped by a space, a point or (in English) a comma: « 1 350 000.00 », « 1.500.000 », « 1,200,000.00 »
_NUM = r"\d{1,3}(?:[ \u00a0\u202f.](?=\d{3}(?!\d))\d{3})+(?:[,.]\d{1,2})?|\d{1,3}(?:,\d{3})+\.\d{1,2}|\d{1,3}(?:,\d{3}){2,}|\d+(?:[,.]\d+)?"
_MULT = r"(?P<mult>milliards?|millions?|Mds?|M|k|K|milliers?)"
# the currency, also as a notice's field after the figure: « Value excluding VAT: 1 350 000.00 Currency: EUR »,
# « Valeur hors TVA : 540 000 Monnaie : EUR » (the standard forms' French)
_CUR = r"(?P<cur>€|[eE]uros?(?:\s?\(s\))?|EUR\b|eur\b|(?i:currency|devise|monnaie)\s?:\s?EUR\b)"
AMOUNT_RE = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM})\s?(?:{_MULT}\.?\s?(?:d['’]\s?|de\s)?)?{_CUR}",
)
# the currency before the figure: « € 1 200 000 HT », « EUR 450 000 »
CURRENCY_FIRST_RE = re.compile(rf"(?<![\w])(?:€|EUR\b)\s?(?P<num>{_NUM})(?![\d.,]\d)(?:\s?{_MULT}\b)?")
WORD_AMOUNT_RE = re.compile(
    rf"(?<![\w-])(?P<words>(?:(?:{_WORD_ALT})[\s-]+)+)(?:d['’]\s?|de\s)?(?:euros?)\b",
    re.IGNORECASE,
)
# the currency given in the label, the figure bare after the colon: « Montant estimé (€ HT) : 450 000 »,
# « Montant estimatif HT en euros : 98 500,00 »
LABEL_AMOUNT_RE = re.compile(
    r"(?:\(\s*(?:en\s+)?(?:€|euros?|EUR)\s*(?:H\.?T\.?|hors\s+taxes?|TTC)?\s*\)|\ben\s+(?:€|euros?|EUR)\b(?:\s+(?:H\.?T\.?|hors\s+taxes?|TTC))?)"
    rf"\s*:\s*(?P<num>{_NUM})(?![\d]|[.,]\d|\s?(?:€|euros?|eur\b|%|[kKM]€|m[²2³3]|ml\b|[a-zA-Z]))",
    re.IGNORECASE,
)
_MULTIPLIERS = {"k": 1e3, "K": 1e3, "millier": 1e3, "milliers": 1e3, "M": 1e6, "million": 1e6,
                "millions": 1e6, "Md": 1e9, "Mds": 1e9, "milliard": 1e9, "milliards": 1e9}

# (and in English: « EUR 450,000 excluding VAT », « EUR 540,000 including VAT »)
HT_AFTER_RE = re.compile(
    r"^\s*(?:\(\s*)?(?:h\.?\s?t\.?(?-i:(?![a-z]))|hors[\s-]+(?:toutes?\s+)?taxes?|hors\s+tva|\(h\.t\.\)|excl(?:uding|\.)\s+vat)",
    re.IGNORECASE)
TTC_AFTER_RE = re.compile(r"^\s*(?:\(\s*)?(?:t\.?\s?t\.?\s?c\.?(?-i:(?![a-z]))|toutes\s+taxes|tva\s+comprise|tva\s+incluse|"
                          r"incl(?:uding|\.)\s+vat|vat\s+included)", re.IGNORECASE)
HT_BEFORE_RE = re.compile(r"(?:\bH\.?T\.?\b|\(H\.T\.\)|hors[\s-]+taxes?|hors\s+TVA|\bHT\b)(?![\s\S]*\bTTC\b)",
                          re.IGNORECASE)
TTC_BEFORE_RE = re.compile(r"\bT\.?T\.?C\.?\b|toutes\s+taxes\s+comprises|TVA\s+(?:comprise|incluse)", re.IGNORECASE)


@dataclass(slots=True)
class AmountMatch:
    value: float
    start: int
    end: int  # end of the currency (and of the HT/TTC marker when one follows)
    tax: str | None  # 'HT', 'TTC' or None when not said


def _tax_after(text: str, pos: int) -> tuple[str | None, int]:
    window = text[pos:pos + 30]
    m = HT_AFTER_RE.match(window)
    if m:
        return "HT", pos + m.end()
    m = TTC_AFTER_RE.match(window)
    if m:
        return "TTC", pos + m.end()
    return None, pos


def _tax_before(text: str, start: int) -> str | None:
    # the same clause, just before: « Montant HT : 500 000 € », « Valeur hors TVA : 352 160 euros »
    left = text[max(0, start - 45):start]
    cut = max(left.rfind("\n"), left.rfind(". "), left.rfind(";"))
    if cut >= 0:
        left = left[cut + 1:]
    ttc = list(TTC_BEFORE_RE.finditer(left))
    ht = list(re.finditer(r"\bH\.?\s?T\.?(?-i:(?![a-z]))|hors[\s-]+taxes?|hors\s+TVA", left, re.IGNORECASE))
    if ttc and (not ht or ttc[-1].start() > ht[-1].start()):
        return "TTC"
    if ht:
        return "HT"
    return None


# the first group of a figure that a lot's mark precedes, when groups of three follow it
_LOT_NUMBER_GROUP = re.compile(r"\d{1,2}[ \u00a0\u202f](?=\d{3}(?:[ \u00a0\u202f]\d{3})*(?:[,.]\d{1,2})?$)")


# a figure's first group left at a line's end after the word that announces it (« … est de 340 » then « 000 € HT »)
_SPLIT_HEAD = re.compile(r"(?:(?:\b[àa]|\bde|:|\best|\bsoit|\bs['’]\s?[ée]l[èe]ve\s+[àa])[ \t]+|\()(\d{1,3})[ \t]*\n$")
_GROUPS_ONLY = re.compile(r"\d{3}(?:[ \u00a0\u202f]\d{3})*(?=(?:[,.]\d{1,2})?$)")


# the rate of VAT said with a figure given with tax (« … 432 000 € TTC (TVA au taux normal de 20 %) », « TTC, TVA à 5,5 % »)
_VAT_RATE = re.compile(r"\W{0,3}(?:\(\s*)?(?:dont\s+|soit\s+|avec\s+(?:une\s+)?)?(?:tva|t\.v\.a\.)\s+(?:au\s+taux\s+(?:normal\s+|réduit\s+)?"
                       r"(?:de\s+)?|[àa]\s+|de\s+)?(20|10|5[,.]5|2[,.]1)\s?%")


def vat_rate_stated(low: str, end: int) -> float | None:
    """The VAT rate said right after a figure given with tax, in percent, or None."""
    m = _VAT_RATE.match(low, end, end + 60)
    return float(m.group(1).replace(",", ".")) if m else None


def find_amounts(text: str, start: int = 0, end: int | None = None) -> list[AmountMatch]:
    """Every euro amount in text[start:end], with its HT/TTC status when the text says it."""
    end = len(text) if end is None else end
    out: list[AmountMatch] = []
    for m in AMOUNT_RE.finditer(text, start, end):
        value = parse_number(m.group("num"))
        if value is None:
            continue
        num_start = m.start()
        lot_number = _LOT_NUMBER_GROUP.match(m.group("num"))
        if lot_number and LOT_MARK_AT_END.search(text, max(0, m.start() - 12), m.start()):
            # « Lot 1 520 000 € »: the lot's number, then its amount
            value = parse_number(m.group("num")[lot_number.end():])
            num_start = m.start() + lot_number.end()
            if value is None:
                continue
        if (groups := _GROUPS_ONLY.match(m.group("num"))) is not None and m.start() and text[m.start() - 1] == "\n" \
                and (head := _SPLIT_HEAD.search(text, max(0, m.start() - 40), m.start())) is not None:
            # « … est de 340 » / « 000 € HT »: the line broke inside the figure
            value += int(head.group(1)) * 1000 ** (len(re.findall(r"[ \u00a0\u202f]", groups.group(0))) + 1)
            num_start = head.start(1)
        mult = m.group("mult")
        if mult:
            value *= _MULTIPLIERS.get(mult, _MULTIPLIERS.get(mult.lower(), 1))
        tax, stop = _tax_after(text, m.end())
        if tax is None:
            tax = _tax_before(text, m.start())
        out.append(AmountMatch(value, num_start, stop, tax))
    for m in CURRENCY_FIRST_RE.finditer(text, start, end):
        value = parse_number(m.group("num"))
        if not value or any(a.start <= m.start("num") < a.end for a in out):
            continue
        mult = m.group("mult")
        if mult:
            value *= _MULTIPLIERS.get(mult, _MULTIPLIERS.get(mult.lower(), 1))
        tax, stop = _tax_after(text, m.end())
        if tax is None:
            tax = _tax_before(text, m.start())
        out.append(AmountMatch(value, m.start(), stop, tax))
    for m in LABEL_AMOUNT_RE.finditer(text, start, end):
        value = parse_number(m.group("num"))
        if not value or any(a.start <= m.start("num") < a.end for a in out):
            continue
        stop = m.end()
        tax = _tax_before(text, m.start("num"))
        out.append(AmountMatch(value, m.start("num"), stop, tax))
    for m in WORD_AMOUNT_RE.finditer(text, start, end):
        value = words_to_number(m.group("words"))
        if not value or value < 100:
            continue
        tax, stop = _tax_after(text, m.end())
        if tax is None:
            tax = _tax_before(text, m.start())
        out.append(AmountMatch(float(value), m.start(), stop, tax))
    out.sort(key=lambda a: a.start)
    return out


def parse_amount(text: str) -> float | None:
    """The first amount in a short string ('6,5 M€' -> 6500000.0), or a bare number."""
    found = find_amounts(text)
    if found:
        return found[0].value
    value = words_to_number(text)
    if value is not None:
        return float(value)
    return parse_number(text)


def small_number(text: str) -> int | None:
    """'3', 'trois', '(3)' -> 3."""
    t = text.strip().strip("()").lower()
    if t.isdigit():
        return int(t)
    return words_to_number(t)
