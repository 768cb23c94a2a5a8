"""The bilan as an Excel workbook: the figures of the page, one sheet per table, shares as numbers."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from clausecheck.assessment.bilan.labels import ENVIRONMENTAL_KEYS, SOCIAL_KEYS
from clausecheck.assessment.bilan.model import Bilan, Share
from clausecheck.ingestion.decp.loader import REJECTION_LABELS

PERCENT = "0.0%"
MAX_LISTED = 200_000  # contracts and set-aside records listed in the workbook (Excel stops at 1 048 576 rows)


def _header(sheet, names: list[str]) -> None:
    cells = []
    for name in names:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = Font(bold=True)
        cells.append(cell)
    sheet.append(cells)


def _share_cells(sheet, share: Share) -> list:
    value = WriteOnlyCell(sheet, value=share.value if share.value is not None else "non renseigné")
    if share.value is not None:
        value.number_format = PERCENT
    return [value, share.count, share.known, share.unknown]


def _share_headers(label: str) -> list[str]:
    return [f"{label} (part)", f"{label} (marchés)", f"{label} (renseignés)", f"{label} (non renseignés)"]


def write_bilan_xlsx(bilan: Bilan, path: Path | str, store=None) -> None:
    """The workbook; with the store, two more sheets list the records behind the figures."""
    book = Workbook(write_only=True)
    summary = book.create_sheet("Synthèse")
    _header(summary, ["Indicateur", "Valeur"])
    for label, value in (("Périmètre", bilan.scope.describe()), ("Établi le", bilan.generated_at),
                         ("Enregistrements lus", bilan.read), ("Importés", bilan.imported), ("Écartés", bilan.rejected),
                         ("Marchés du bilan", bilan.totals.contracts), ("Montant initial total HT", bilan.totals.amount),
                         ("Contrats de concession (hors indicateurs)", bilan.totals.concessions),
                         ("Lignes de listes d'achats (rotation seule)", bilan.totals.purchase_lines)):
        summary.append([label, value])
    for note in bilan.notes:
        summary.append(["Méthode", note])
    for dim in bilan.dimensions:
        sheet = book.create_sheet(dim.label.replace("Par ", "")[:31])
        headers = ["Groupe", "Clé", "Marchés", "Montant initial HT", "Montant actuel HT"]
        for label in list(SOCIAL_KEYS.values()) + list(ENVIRONMENTAL_KEYS.values()):
            headers += _share_headers(label)
        headers += ["Offres reçues (moyenne)", "Offres renseignées", *_share_headers("Offre unique"),
                    *_share_headers("Titulaire du département de l'acheteur"), "Heures d'insertion (dossiers rapprochés)"]
        _header(sheet, headers)
        for row in dim.rows:
            cells = [row.label, row.key, row.contracts, row.amount, row.amount_current]
            for key in SOCIAL_KEYS:
                cells += _share_cells(sheet, row.social[key])
            for key in ENVIRONMENTAL_KEYS:
                cells += _share_cells(sheet, row.environmental[key])
            cells += [row.offers_mean, row.offers_known, *_share_cells(sheet, row.single_offer),
                      *_share_cells(sheet, row.local_holder), row.insertion_hours]
            sheet.append(cells)
    rotation = book.create_sheet("Rotation sous le seuil")
    _header(rotation, ["Année", "SIRET acheteur", "Acheteur", "Division CPV", "Achats", "Montant HT", "Titulaires distincts",
                       "Premier titulaire", "Nom", "Part (nombre)", "Part (montant)", "IHH (nombre)", "IHH (montant)",
                       "Attributions répétées sous 12 mois", "Au-dessus du seuil de publication DECP",
                       "Lignes de la liste d'achats", "Titulaires concernés"])
    for r in bilan.rotation.rows:
        rotation.append([r.year, r.buyer_siret, r.buyer_name, r.division_label, r.purchases, r.amount, r.distinct_holders,
                         r.top_holder, r.top_holder_name, r.top_share_count, r.top_share_amount, r.hhi_count, r.hhi_amount,
                         r.repeats_12m, r.compulsory, r.from_purchase_list,
                         ", ".join(f"{h.name or h.holder} ({h.repeats})" for h in r.repeat_holders)])
    if bilan.crosscheck:
        gaps = book.create_sheet("Écarts DECP - dossiers")
        _header(gaps, ["Dossier", "Identifiants DECP", "Considération", "Sens", "Lot", "Écart", "Preuve"])
        for d in bilan.crosscheck.discrepancies:
            gaps.append([d.tender_id, ", ".join(d.decp_ids), d.consideration, d.direction, d.lot, d.message,
                         " | ".join(f"« {e.quote} » ({e.document}, p. {e.page})" for e in d.evidence)])
        matches = book.create_sheet("Rapprochements")
        _header(matches, ["Dossier", "Identifiant DECP", "SIRET acheteur", "Objet DECP", "Notifié le", "Lot", "Score", "Raisons"])
        for m in bilan.crosscheck.matches:
            matches.append([m.tender_id, m.decp_id, m.buyer_siret, m.object, m.notified.isoformat(), m.lot, m.score,
                            " ; ".join(m.reasons)])
    files = book.create_sheet("Fichiers")
    _header(files, ["Fichier", "Origine", "Format", "Schémas", "Lignes CSV", "Lus", "Importés", "Écartés", "Concessions",
                    "Erreur", "Motifs", "Remarques"])
    for f in bilan.files:
        files.append([f.path, f.origin, f.fmt, f.schema_versions, f.rows, f.read, f.imported, f.rejected, f.concessions,
                      f.error, "; ".join(f"{REJECTION_LABELS.get(c, c)} : {n}" for c, n in f.rejected_by_reason.items()),
                      "\n".join(f.notes)])
    reasons = book.create_sheet("Motifs et avertissements")
    _header(reasons, ["Type", "Code", "Libellé", "Nombre"])
    for code, n in bilan.rejected_by_reason.items():
        reasons.append(["écarté", code, REJECTION_LABELS.get(code, code), n])
    for code, n in bilan.warnings_by_code.items():
        reasons.append(["avertissement", code, "", n])
    if store is not None:
        _records(book, bilan, store)
    book.save(str(path))


def _records(book, bilan: Bilan, store) -> None:
    """Every contract of the scope (where each figure comes from) and every record set aside."""
    from clausecheck.assessment.bilan.indicators import scope_sql

    where, params = scope_sql(bilan.scope, origins=("decp", "achats"))
    sheet = book.create_sheet("Marchés du périmètre")
    columns = ["record_id", "origin", "member", "position", "decp_id", "buyer_siret", "notified", "category",
               "cpv", "procedure_group", "amount_initial", "amount_current", "offers", "social_values", "env_values",
               "first_holder", "first_holder_name", "warning_count"]
    _header(sheet, ["N°", "Origine", "Fichier", "Position", "Identifiant", "SIRET acheteur", "Notifié le", "Catégorie",
                    "CPV", "Procédure", "Montant initial HT", "Montant actuel HT", "Offres", "Considérations sociales",
                    "Considérations environnementales", "Premier titulaire", "Nom", "Avertissements"])
    cursor = store.con.execute(f"SELECT {', '.join(columns)} FROM contracts c WHERE {where} ORDER BY record_id "
                               f"LIMIT {MAX_LISTED + 1}", params)
    rows = cursor.fetchall()
    for row in rows[:MAX_LISTED]:
        sheet.append([v if v is None or not hasattr(v, "isoformat") else v.isoformat() for v in row])
    if len(rows) > MAX_LISTED:
        sheet.append([f"… liste arrêtée à {MAX_LISTED} marchés : la base DuckDB (--db) les a tous"])
    rejected = book.create_sheet("Écartés")
    _header(rejected, ["Fichier", "Position", "Identifiant", "SIRET acheteur", "Motif", "Détail"])
    rows = store.con.execute(f"SELECT member, position, decp_id, buyer_siret, code, message FROM rejections "
                             f"ORDER BY member, position LIMIT {MAX_LISTED + 1}").fetchall()
    for row in rows[:MAX_LISTED]:
        rejected.append(list(row))
    if len(rows) > MAX_LISTED:
        rejected.append([f"… liste arrêtée à {MAX_LISTED} lignes : la base DuckDB (--db) les a toutes"])
