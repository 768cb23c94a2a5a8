"""A buyer's own list of purchases (CSV or XLSX), to complete the DECP under the threshold.

DECP are compulsory only from 25 000 € HT (before 2020) then 40 000 € HT: most purchases under
the dispense threshold are not in them. A buyer can give its own list (from its accounting or
ordering software), one line per purchase, with French column names (case, accents and spaces
do not matter):

| column | required | also accepted |
|---|---|---|
| `date` | yes | date de commande, date de notification, date d'engagement |
| `montant_ht` | yes | montant HT, montant |
| `siret_fournisseur` | one of the two | siret, siret du fournisseur |
| `fournisseur` | one of the two | nom du fournisseur, titulaire, raison sociale |
| `objet` | no | libellé, désignation |
| `cpv` | no | code CPV |
| `categorie` | no | nature (travaux / fournitures / services; else from the CPV) |
| `siret_acheteur` | unless `--acheteur` gives one buyer | acheteur |

Lines go into the same store (origin `achats`) and count only in the supplier rotation. A line
already in the DECP (same buyer, supplier, date and amount) is set aside as such; every line is
imported or set aside with its reason, like DECP records.
"""

from __future__ import annotations

import csv
import io
import re
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from clausecheck.ingestion.decp.convert import category_from_cpv, fold
from clausecheck.ingestion.decp.model import Contract, FileReport, Holder, Issue, Rejection
from clausecheck.ingestion.decp.normalize import Fixes, parse_date, parse_number
from clausecheck.ingestion.decp.store import BatchWriter, Store, dedup_key, file_sha256

COLUMNS = {
    "date": ("date", "date de commande", "date de notification", "date d'engagement", "date commande"),
    "amount": ("montant_ht", "montant ht", "montant", "montant hors taxes"),
    "supplier_siret": ("siret_fournisseur", "siret", "siret du fournisseur", "siret fournisseur"),
    "supplier": ("fournisseur", "nom du fournisseur", "titulaire", "raison sociale", "nom fournisseur"),
    "object": ("objet", "libelle", "libellé", "designation", "désignation"),
    "cpv": ("cpv", "code cpv", "codecpv"),
    "category": ("categorie", "catégorie", "nature"),
    "buyer": ("siret_acheteur", "acheteur", "siret acheteur"),
}
LABELS = {
    "achat_date_absente": "date d'achat absente ou illisible",
    "achat_montant_absent": "montant HT absent ou illisible",
    "achat_fournisseur_absent": "ni SIRET ni nom de fournisseur",
    "achat_acheteur_absent": "SIRET de l'acheteur absent (colonne siret_acheteur ou option --acheteur)",
    "achat_deja_dans_decp": "achat déjà présent dans les DECP importées (même acheteur, fournisseur, date et montant)",
    "doublon": "ligne en double dans la liste d'achats",
}


class PurchaseListError(ValueError):
    """The file is not a usable purchase list (French message)."""


def _key(name: str) -> str:
    return re.sub(r"[\s_]+", " ", fold(name.strip())).strip()


def _mapping(header: list[Any]) -> dict[str, int]:
    names = {_key(str(h)): i for i, h in enumerate(header) if h is not None and str(h).strip()}
    found = {}
    for field, options in COLUMNS.items():
        for option in options:
            if _key(option) in names:
                found[field] = names[_key(option)]
                break
    missing = [f for f in ("date", "amount") if f not in found]
    if missing or not ({"supplier_siret", "supplier"} & set(found)):
        raise PurchaseListError("colonnes attendues : date, montant_ht, et siret_fournisseur ou fournisseur "
                                f"(en-tête lu : {', '.join(str(h) for h in header if h)})")
    return found


def _rows(path: Path) -> list[list[Any]]:
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04":
        from openpyxl import load_workbook

        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    text = data.decode("utf-8-sig", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _cell_date(value: Any, fixes: Fixes) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = parse_date(value, "date", fixes)
    return date.fromisoformat(text) if text else None


def import_purchase_list(store: Store, path: Path, buyer: str | None, writer_import_id: int, next_record_id: int,
                         keys: dict[int, int]) -> tuple[FileReport, int]:
    """Import one list; returns its report and the next free record id."""
    started = time.perf_counter()
    report = FileReport(path=str(path), fmt="achats")
    writer = BatchWriter(store, writer_import_id)
    try:
        rows = _rows(path)
    except (OSError, ValueError) as error:
        raise PurchaseListError(f"{path} illisible ({error})") from error
    start = next((i for i, r in enumerate(rows) if any(c not in (None, "") for c in r)), None)
    if start is None:
        raise PurchaseListError(f"{path} est vide")
    columns = _mapping(rows[start])
    published = {(b, n, a, c) for b, n, a, c in store.con.execute(
        "SELECT buyer_siret, notified, amount_initial, first_company FROM contracts WHERE origin = 'decp'").fetchall()}

    def cell(row: list[Any], field: str) -> Any:
        i = columns.get(field)
        return row[i] if i is not None and i < len(row) else None

    for line, row in enumerate(rows[start + 1:], start=start + 2):
        if not any(c not in (None, "") for c in row):
            continue
        report.read += 1
        report.rows += 1
        fixes = Fixes()
        notified = _cell_date(cell(row, "date"), fixes)
        amount = parse_number(cell(row, "amount"), "montant_ht", fixes)
        siret = re.sub(r"\s", "", str(cell(row, "supplier_siret") or "")) or None
        name = str(cell(row, "supplier") or "").strip() or None
        buyer_siret = re.sub(r"\s", "", str(cell(row, "buyer") or "")) or buyer
        code = ("achat_date_absente" if notified is None else "achat_montant_absent" if not amount or amount <= 0
                else "achat_fournisseur_absent" if not (siret or name)
                else "achat_acheteur_absent" if not buyer_siret or not re.fullmatch(r"\d{14}", buyer_siret) else None)
        holder_id = siret if siret else ("NOM:" + re.sub(r"[^a-z0-9]+", " ", fold(name or "")).strip().upper())
        if code is None and (buyer_siret, notified, amount, Holder(holder_id, None, None).company) in published:
            code = "achat_deja_dans_decp"
        if code:
            writer.add_rejection(Rejection(member=path.name, position=line, decp_id=None, buyer_siret=buyer_siret,
                                           code=code, message=LABELS[code]))
            report.rejected += 1
            report.rejected_by_reason[code] += 1
            continue
        assert notified is not None and buyer_siret is not None  # else `code` set it aside above
        warnings = fixes.as_issues()
        if not siret:
            warnings.append(Issue("achat_sans_siret", "fournisseur sans SIRET : reconnu par son nom"))
        cpv_raw = re.sub(r"\D", "", str(cell(row, "cpv") or ""))[:8] or None
        category = {"travaux": "travaux", "fournitures": "fournitures", "fourniture": "fournitures",
                    "services": "services", "service": "services"}.get(fold(str(cell(row, "category") or "")).strip())
        contract = Contract(
            origin="achats", member=path.name, position=line, fmt="achats", schema_version=None, kind="marche",
            decp_id=None, uid=None, source="liste d'achats de l'acheteur", buyer_siret=buyer_siret, buyer_name=None,
            buyer_department=None, nature=None, category=category or category_from_cpv(cpv_raw), cpv=cpv_raw,
            procedure=None, procedure_group=None, object=str(cell(row, "object") or "").strip() or None,
            place_code=None, place_type=None, place_department=None, notified=notified, published=None,
            amount_initial=amount, amount_current=amount, duration_initial=None, duration_current=None,
            modifications=0, offers=None, social=None, environmental=None,
            holders=(Holder(id=holder_id, id_type="SIRET" if siret else "NOM", name=name),), warnings=tuple(warnings))
        key = dedup_key(contract)
        if key in keys:
            writer.add_rejection(Rejection(member=path.name, position=line, decp_id=None, buyer_siret=buyer_siret,
                                           code="doublon", message=LABELS["doublon"]))
            report.rejected += 1
            report.rejected_by_reason["doublon"] += 1
            continue
        keys[key] = next_record_id
        writer.add_contract(next_record_id, contract, key)
        next_record_id += 1
        report.imported += 1
        for issue in contract.warnings:
            report.warnings_by_code[issue.code] += 1
    report.seconds = time.perf_counter() - started
    writer.finish(report, file_sha256(path), "achats")
    return report, next_record_id
