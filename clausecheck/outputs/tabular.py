"""The table of dossiers (one row per tender), for the HTML report and for CSV/XLSX export.

`tender_rows(scan)` gives plain Python rows keyed by column id; `tender_table(scan)` the same rows
as a pandas DataFrame with French column headers; `write_table(scan, path)` writes it as CSV
(`;`-separated, decimal comma, UTF-8 with BOM, what a French spreadsheet opens directly) or XLSX,
chosen by the file suffix. The HTML report draws its sortable table from `tender_rows` and
`COLUMNS`, so the page and the export always show the same table.

Everything is read from the typed `ScanResult` (clausecheck/results.py): a value the engine did
not find is an empty cell. Three-state values are written "oui" / "non" / "inconnu": an unknown
value is never turned into "non".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clausecheck.categories import CATEGORIES, CATEGORY_LABELS
from clausecheck.outputs.report_format import hours_commitment_text, tri_text
from clausecheck.results import Fact, Flag, ScanResult, TenderResult

if TYPE_CHECKING:
    import pandas as pd

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
    Column("detail_heures", "Détail des heures (assiette et calcul)", "text"),
    Column("bases_reservation", "Bases de réservation", "text"),
    Column("allotissement", "Allotissement", "tri"),
    Column("nb_lots", "Nombre de lots", "int"),
    Column("montant_estime_ht", "Montant estimé HT (€)", "money"),
    Column("montant_max_ht", "Montant maximum HT (€)", "money"),
    Column("calcul_montants", "Calcul des montants (périodes et lots)", "text"),
    Column("score_tpe_pme_locale", "Accessibilité TPE/PME locale (/100)", "score"),
    Column("score_siae_ea_esat", "Accessibilité SIAE/EA/ESAT (/100)", "score"),
    Column("opportunites", "Opportunités sous les seuils", "int"),
    Column("manques_legaux", "Manques loi Climat", "int"),
    Column("signalements", "Signalements", "int"),
)


# --------------------------------------------------------------------------- the table


def fact_text(fact: Fact | None) -> str | None:
    """A fact's value as text, None when there is none."""
    if fact is None or fact.value is None or fact.value == "":
        return None
    return str(fact.value)


def profile_score(tender: TenderResult, key: str) -> float | None:
    """A profile's score out of 100; None when the profile is missing or its data insufficient."""
    prof = tender.accessibility.profiles.get(key)
    if prof is None or prof.status == "donnees_insuffisantes":
        return None
    return prof.score


def is_opportunity(flag: Flag) -> bool:
    return flag.id in OPPORTUNITY_FLAGS


def is_legal_gap(flag: Flag) -> bool:
    return flag.id.startswith(LEGAL_GAP_PREFIX)


def tender_row(tender: TenderResult) -> dict[str, Any]:
    """One dossier's row, keyed by column id (`COLUMNS`)."""
    facts = tender.facts
    bases = tender.reservation_bases
    row: dict[str, Any] = {
        "dossier": tender.id or tender.path,
        "acheteur": fact_text(facts.buyer),
        "objet": fact_text(facts.object),
        "procedure": (facts.procedure.label or None) if facts.procedure is not None else None,
        "date_limite": fact_text(facts.deadline),
        "documents": len(tender.documents),
        "documents_illisibles": len(tender.unreadable_documents),
        "heures_insertion": tender.insertion_hours,
        "detail_heures": " ; ".join(hours_commitment_text(c) for c in tender.hours_commitments) or None,
        "bases_reservation": ", ".join(bases) if bases else None,
        "allotissement": tender.allotment.divided,
        "nb_lots": tender.allotment.lot_count,
        "montant_estime_ht": tender.amounts.estimated_ht,
        "montant_max_ht": tender.amounts.max_ht,
        "calcul_montants": tender.amounts.note or None,
        "score_tpe_pme_locale": profile_score(tender, "tpe_pme_locale"),
        "score_siae_ea_esat": profile_score(tender, "siae_ea_esat"),
        "opportunites": sum(1 for f in tender.flags if is_opportunity(f)),
        "manques_legaux": sum(1 for f in tender.flags if is_legal_gap(f)),
        "signalements": len(tender.flags),
    }
    row.update({cat: tender.considerations.get(cat) for cat in CATEGORIES})
    return row


def tender_rows(scan: ScanResult) -> list[dict[str, Any]]:
    return [tender_row(t) for t in scan.tenders]


def tender_table(scan: ScanResult) -> pd.DataFrame:
    """One row per dossier, French column headers, three-state columns as oui/non/inconnu."""
    import pandas as pd

    rows = tender_rows(scan)
    data: dict[str, pd.Series] = {}
    for col in COLUMNS:
        values = [row.get(col.key) for row in rows]
        if col.kind == "tri":
            data[col.label] = pd.Series([tri_text(v) for v in values], dtype="object")
        elif col.kind == "int":
            data[col.label] = pd.Series(values, dtype="Int64")
        elif col.kind == "date":
            parsed = pd.to_datetime(pd.Series(values, dtype="object"), errors="coerce", format="ISO8601")
            keep_text = any(v not in (None, "") and pd.isna(p) for v, p in zip(values, parsed, strict=True))
            data[col.label] = pd.Series(values, dtype="object") if keep_text else parsed
        elif col.kind in ("money", "score"):
            data[col.label] = pd.Series(values, dtype="Float64")
        else:
            data[col.label] = pd.Series(values, dtype="object")
    return pd.DataFrame(data, columns=[c.label for c in COLUMNS])


def table_bytes(scan: ScanResult, fmt: str) -> bytes:
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


def write_table(scan: ScanResult, path: Path | str) -> None:
    """Write the dossier table; the format follows the suffix: `.csv` or `.xlsx`."""
    path = Path(path)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise ValueError(f"Format d'export non pris en charge : « {path.suffix} » (attendu .csv ou .xlsx)")
    content = table_bytes(scan, path.suffix)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
