"""The table of dossiers (one row per tender), for the HTML report and for CSV/XLSX export.

`tender_rows(scan)` gives plain Python rows keyed by column id; `tender_table(scan)` the same rows
as a pandas DataFrame with French column headers; `write_table(scan, path)` writes it as CSV
(`;`-separated, decimal comma, UTF-8 with BOM, what a French spreadsheet opens directly) or XLSX,
chosen by the file suffix. The HTML report draws its sortable table from `tender_rows` and
`COLUMNS`, so the page and the export always show the same table.

Everything here reads the scan dict defensively: a missing key (no assessment yet, no facts,
no tenders) gives an empty cell, never an exception. Three-state values are written
"oui" / "non" / "inconnu": an unknown value is never turned into "non".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from clausecheck.assessment.aggregate import merge_considerations
from clausecheck.categories import CATEGORIES, CATEGORY_LABELS
from clausecheck.results import DocumentResult


PROFILE_KEYS: tuple[str, ...] = ("tpe_pme_locale", "siae_ea_esat")
PROFILE_LABELS: dict[str, str] = {
    "tpe_pme_locale": "TPE/PME locale",
    "siae_ea_esat": "SIAE/EA/ESAT",
}

# Flags that point at an opportunity for small or inclusive businesses (below a threshold,
# small lot, reservation possible), as opposed to a legal gap or a point of vigilance.
# flag ids as clausecheck/assessment/flags.py emits them (a test checks they meet)
OPPORTUNITY_FLAGS: tuple[str, ...] = ("opportunite_sans_publicite", "sous_seuil_interne", "petit_lot", "reservation_possible")
LEGAL_GAP_PREFIX = "climat_"

PROCEDURE_LABELS = {
    "mapa": "Procédure adaptée (MAPA)",
    "procedure_adaptee": "Procédure adaptée (MAPA)",
    "appel_offres_ouvert": "Appel d'offres ouvert",
    "appel_offres_restreint": "Appel d'offres restreint",
    "aoo": "Appel d'offres ouvert",
    "aor": "Appel d'offres restreint",
    "negociee": "Procédure avec négociation",
    "procedure_negociee": "Procédure avec négociation",
    "dialogue_competitif": "Dialogue compétitif",
}

TRI_TEXT = {True: "oui", False: "non", None: "inconnu"}


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    kind: str  # text | int | money | score | tri | date


COLUMNS: tuple[Column, ...] = (
    Column("dossier", "Dossier", "text"),
    Column("acheteur", "Acheteur", "text"),
    Column("objet", "Objet", "text"),
    Column("procedure", "Procédure", "text"),
    Column("date_limite", "Date limite de réponse", "date"),
    Column("documents", "Documents", "int"),
    Column("documents_illisibles", "Documents illisibles", "int"),
    *(Column(cat, label, "tri") for cat, label in CATEGORY_LABELS.items()),
    Column("heures_insertion", "Heures d'insertion", "int"),
    Column("bases_reservation", "Bases de réservation", "text"),
    Column("allotissement", "Allotissement", "tri"),
    Column("nb_lots", "Nombre de lots", "int"),
    Column("montant_estime_ht", "Montant estimé HT (€)", "money"),
    Column("montant_max_ht", "Montant maximum HT (€)", "money"),
    Column("score_tpe_pme_locale", "Accessibilité TPE/PME locale (/100)", "score"),
    Column("score_siae_ea_esat", "Accessibilité SIAE/EA/ESAT (/100)", "score"),
    Column("opportunites", "Opportunités sous les seuils", "int"),
    Column("manques_legaux", "Manques loi Climat", "int"),
    Column("signalements", "Signalements", "int"),
)


# --------------------------------------------------------------------------- reading helpers


def as_dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list:
    if isinstance(value, list):
        return value
    if isinstance(value, tuple):
        return list(value)
    return []


def fact_value(value: Any) -> Any:
    """A fact may come as a plain value or as `Fact.to_dict()` ({name, value, note, evidence})."""
    if isinstance(value, dict) and "value" in value:
        return value.get("value")
    return value


def fact_evidence(value: Any) -> list[dict]:
    if isinstance(value, dict):
        return [e for e in as_list(value.get("evidence")) if isinstance(e, dict)]
    return []


def number(value: Any) -> float | None:
    value = fact_value(value)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace("\u202f", "").replace(" ", "").replace(",", "."))
    except ValueError:
        return None


def tri(value: Any) -> bool | None:
    """Normalise a three-state value: True, False or None (unknown)."""
    if value is True or value is False:
        return value
    return None


def combine_considerations(docs: Iterable[dict]) -> dict[str, bool | None]:
    """The dossier's considerations (the JSON serializer's rule), tolerant of odd input types."""
    cleaned = [DocumentResult(path="", dossier="", considerations={cat: tri(as_dict(d.get("considerations")).get(cat))
                                                                   for cat in CATEGORIES}) for d in docs]
    return merge_considerations(cleaned)


def documents_by_path(scan: dict) -> dict[str, dict]:
    return {str(d.get("path")): d for d in as_list(as_dict(scan).get("documents")) if isinstance(d, dict)}


def tenders(scan: dict) -> list[dict]:
    """The scan's tenders, or tenders rebuilt from the documents' `dossier` when absent."""
    scan = as_dict(scan)
    found = [t for t in as_list(scan.get("tenders")) if isinstance(t, dict)]
    docs = [d for d in as_list(scan.get("documents")) if isinstance(d, dict)]
    if found:
        return found
    groups: dict[str, list[dict]] = {}
    for doc in docs:
        groups.setdefault(str(doc.get("dossier") or doc.get("path") or "?"), []).append(doc)
    rebuilt = []
    for dossier, members in groups.items():
        hours = [d.get("insertion_hours") for d in members if isinstance(d.get("insertion_hours"), (int, float))]
        rebuilt.append({
            "id": dossier,
            "path": dossier,
            "documents": [str(d.get("path")) for d in members],
            "considerations": combine_considerations(members),
            "insertion_hours": max(hours) if hours else None,
            "reservation_bases": sorted({b for d in members for b in as_list(d.get("reservation_bases"))}),
        })
    return rebuilt


def tender_documents(scan: dict, tender: dict) -> list[dict]:
    by_path = documents_by_path(scan)
    paths = [str(p) for p in as_list(tender.get("documents"))]
    docs = [by_path[p] for p in paths if p in by_path]
    if not docs:
        tid = tender.get("id")
        docs = [d for d in by_path.values() if d.get("dossier") == tid]
    return docs


def tender_considerations(scan: dict, tender: dict) -> dict[str, bool | None]:
    cons = as_dict(tender.get("considerations"))
    if cons:
        return {cat: tri(cons.get(cat)) for cat in CATEGORIES}
    return combine_considerations(tender_documents(scan, tender))


def is_readable(doc: dict) -> bool:
    return (doc.get("text_status") or "ok") == "ok"


def profile(tender: dict, key: str) -> dict:
    return as_dict(as_dict(as_dict(tender.get("accessibility")).get("profiles")).get(key))


def profile_score(tender: dict, key: str) -> float | None:
    prof = profile(tender, key)
    if prof.get("status") == "donnees_insuffisantes":
        return None
    return number(prof.get("score"))


def flags(tender: dict) -> list[dict]:
    return [f for f in as_list(tender.get("flags")) if isinstance(f, dict)]


def is_opportunity(flag: dict) -> bool:
    return flag.get("id") in OPPORTUNITY_FLAGS


def is_legal_gap(flag: dict) -> bool:
    return str(flag.get("id") or "").startswith(LEGAL_GAP_PREFIX)


def tender_amounts(scan: dict, tender: dict) -> dict[str, float | None]:
    amounts = as_dict(tender.get("amounts"))
    if not amounts:
        docs = tender_documents(scan, tender)
        est = [number(as_dict(d.get("amounts")).get("estimated_ht")) for d in docs]
        mx = [number(as_dict(d.get("amounts")).get("max_ht")) for d in docs]
        est = [v for v in est if v is not None]
        mx = [v for v in mx if v is not None]
        return {"estimated_ht": max(est) if est else None, "max_ht": max(mx) if mx else None}
    return {"estimated_ht": number(amounts.get("estimated_ht")), "max_ht": number(amounts.get("max_ht"))}


def tender_allotment(scan: dict, tender: dict) -> dict[str, Any]:
    allot = as_dict(tender.get("allotment"))
    if not allot:
        docs = tender_documents(scan, tender)
        divided = [tri(as_dict(d.get("allotment")).get("divided")) for d in docs]
        counts = [number(as_dict(d.get("allotment")).get("lot_count")) for d in docs]
        counts = [c for c in counts if c is not None]
        value = True if True in divided else (False if False in divided else None)
        return {"divided": value, "lot_count": int(max(counts)) if counts else None}
    count = number(allot.get("lot_count"))
    return {"divided": tri(allot.get("divided")), "lot_count": int(count) if count is not None else None}


def tender_fact(tender: dict, name: str) -> Any:
    return fact_value(as_dict(tender.get("facts")).get(name))


def text_value(value: Any) -> str | None:
    value = fact_value(value)
    if value is None or value == "":
        return None
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value if v not in (None, "")) or None
    if isinstance(value, dict):
        for key in ("name", "nom", "label", "title", "text", "code"):  # a CPV entry is {code, evidence}
            if value.get(key):
                return str(value[key])
        return None
    return str(value)


def procedure_label(value: Any) -> str | None:
    text = text_value(value)
    if text is None:
        return None
    return PROCEDURE_LABELS.get(text.strip().lower(), text)


# --------------------------------------------------------------------------- the table


def tender_row(scan: dict, tender: dict) -> dict[str, Any]:
    docs = tender_documents(scan, tender)
    doc_count = len(docs) if docs else len(as_list(tender.get("documents")))
    cons = tender_considerations(scan, tender)
    allot = tender_allotment(scan, tender)
    amounts = tender_amounts(scan, tender)
    tender_flags = flags(tender)
    hours = number(tender.get("insertion_hours"))
    bases = [str(b) for b in as_list(tender.get("reservation_bases"))]
    row: dict[str, Any] = {
        "dossier": str(tender.get("id") or tender.get("path") or ""),
        "acheteur": text_value(tender_fact(tender, "buyer")),
        "objet": text_value(tender_fact(tender, "object")),
        "procedure": procedure_label(tender_fact(tender, "procedure")),
        "date_limite": text_value(tender_fact(tender, "deadline")),
        "documents": doc_count,
        "documents_illisibles": sum(1 for d in docs if not is_readable(d)),
        "heures_insertion": int(hours) if hours is not None else None,
        "bases_reservation": ", ".join(bases) if bases else None,
        "allotissement": allot["divided"],
        "nb_lots": allot["lot_count"],
        "montant_estime_ht": amounts["estimated_ht"],
        "montant_max_ht": amounts["max_ht"],
        "score_tpe_pme_locale": profile_score(tender, "tpe_pme_locale"),
        "score_siae_ea_esat": profile_score(tender, "siae_ea_esat"),
        "opportunites": sum(1 for f in tender_flags if is_opportunity(f)),
        "manques_legaux": sum(1 for f in tender_flags if is_legal_gap(f)),
        "signalements": len(tender_flags),
    }
    row.update(cons)
    return row


def tender_rows(scan: dict) -> list[dict[str, Any]]:
    return [tender_row(scan, t) for t in tenders(scan)]


def tender_table(scan: dict):
    """One row per dossier, French column headers, three-state columns as oui/non/inconnu."""
    import pandas as pd

    rows = tender_rows(scan)
    data: dict[str, list] = {}
    for col in COLUMNS:
        values = [row.get(col.key) for row in rows]
        if col.kind == "tri":
            data[col.label] = pd.Series([TRI_TEXT[tri(v)] for v in values], dtype="object")
        elif col.kind == "int":
            data[col.label] = pd.Series(values, dtype="Int64")
        elif col.kind == "date":
            parsed = pd.to_datetime(pd.Series(values, dtype="object"), errors="coerce", format="ISO8601")
            keep_text = any(v not in (None, "") and pd.isna(p) for v, p in zip(values, parsed))
            data[col.label] = pd.Series(values, dtype="object") if keep_text else parsed
        elif col.kind in ("money", "score"):
            data[col.label] = pd.Series(values, dtype="Float64")
        else:
            data[col.label] = pd.Series(values, dtype="object")
    return pd.DataFrame(data, columns=[c.label for c in COLUMNS])


def table_bytes(scan: dict, fmt: str) -> bytes:
    """The dossier table as file content: `fmt` is "csv" (`;`, decimal comma, UTF-8 with BOM,
    what a French spreadsheet opens directly) or "xlsx" (one sheet "Dossiers")."""
    import io

    import pandas as pd

    fmt = fmt.lower().lstrip(".")
    table = tender_table(scan)
    if fmt == "csv":
        text = table.to_csv(sep=";", decimal=",", index=False, lineterminator="\r\n")
        return "\ufeff".encode("utf-8") + text.encode("utf-8")
    if fmt == "xlsx":
        buffer = io.BytesIO()
        with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
            table.to_excel(writer, sheet_name="Dossiers", index=False)
            sheet = writer.sheets["Dossiers"]
            sheet.freeze_panes = "B2"
            for index, col in enumerate(COLUMNS, start=1):
                letter = sheet.cell(row=1, column=index).column_letter
                width = 40 if col.key == "objet" else max(12, min(len(col.label) + 2, 30))
                sheet.column_dimensions[letter].width = width
                if col.kind == "money":
                    for cell in sheet[letter][1:]:
                        cell.number_format = "#,##0.00"
                elif col.kind == "date":
                    for cell in sheet[letter][1:]:
                        cell.number_format = "dd/mm/yyyy hh:mm"
        return buffer.getvalue()
    raise ValueError(f"Format d'export non pris en charge : « {fmt} » (attendu csv ou xlsx)")


def write_table(scan: dict, path: Path | str) -> None:
    """Write the dossier table; the format follows the suffix: `.csv` or `.xlsx`."""
    path = Path(path)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise ValueError(f"Format d'export non pris en charge : « {path.suffix} » (attendu .csv ou .xlsx)")
    content = table_bytes(scan, path.suffix)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
