"""Regenerate the « Démonstration » block of docs/indicators.md from a real scan output."""

from __future__ import annotations

import re
from typing import Any

from clausecheck.text import french_number

START = "<!-- demonstration:start (généré par clausecheck.assessment.docs.render_indicator_docs) -->"
END = "<!-- demonstration:end -->"


def _fmt(v: Any) -> str:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return french_number(v, group=" ")
    return str(v)


def render_indicator_docs(scan: dict[str, Any], limit: int = 3) -> str:
    """Markdown showing, for a few real tenders of `scan`, the accessibility factors and flags."""
    lines = [START, ""]
    tenders = [t for t in scan.get("tenders") or [] if t.get("accessibility")]
    flagged = sorted(tenders, key=lambda t: -len(t.get("flags") or []))[:limit]
    if not flagged:
        lines.append("_Aucun dossier évalué dans ce scan._")
    for t in flagged:
        lines.append(f"### Dossier `{t.get('id')}` (date de référence {t.get('reference_date')}, "
                     f"source : {t.get('reference_date_source')})")
        amounts = t.get("amounts") or {}
        allot = t.get("allotment") or {}
        lines.append(f"- Allotissement : {allot.get('divided')} ; lots : {allot.get('lot_count')} ; "
                     f"valeur estimée : {_fmt(amounts.get('estimated_ht'))} ; maximum : {_fmt(amounts.get('max_ht'))} € HT")
        for prof in ((t.get("accessibility") or {}).get("profiles") or {}).values():
            lines.append(f"- **{prof.get('label')}** : score {prof.get('score')} ({prof.get('status')})")
            for f in prof.get("factors") or []:
                quote = ""
                if f.get("evidence"):
                    e = f["evidence"][0]
                    quote = f" — « {e.get('quote', '')[:90]} » ({e.get('document')}, p. {e.get('page')})"
                lines.append(f"  - {f.get('label')} : {f.get('value')} → {f.get('score')} × {f.get('weight')} "
                             f"({f.get('status')}){quote}")
        for fl in t.get("flags") or []:
            lines.append(f"- ⚑ [{fl.get('severity')}] {fl.get('label')} ({', '.join(fl.get('legal_basis') or [])}) : "
                         f"{fl.get('message')}")
        lines.append("")
    lines.append(END)
    return "\n".join(lines)


def update_indicator_docs(markdown: str, scan: dict[str, Any]) -> str:
    """Replace the demonstration block of docs/indicators.md with one rendered from `scan`."""
    block = render_indicator_docs(scan)
    pattern = re.compile(re.escape(START.split(" (")[0]) + r".*?" + re.escape(END), re.S)
    if pattern.search(markdown):
        return pattern.sub(lambda _m: block, markdown)
    return markdown.rstrip() + "\n\n" + block + "\n"
