"""Assemble the bilan from the store (and a scan, if given): imports, indicators, rotation, cross-check."""

from __future__ import annotations

from datetime import UTC, datetime

from clausecheck.assessment.bilan import crosscheck, indicators, matching, rotation
from clausecheck.assessment.bilan.model import Bilan, FileSummary, Scope, Totals
from clausecheck.assessment.bilan.scan_input import ScanTender
from clausecheck.ingestion.decp.store import Store

NOTES = [
    "Chaque marché est placé à sa date de notification : les données essentielles (DECP) ne donnent pas la "
    "date de lancement de la consultation, à laquelle les seuils s'appliquent.",
    "Les montants, durées et titulaires sont les valeurs initiales (à la notification) ; le montant actuel, "
    "après modifications, est donné à côté du total.",
    "« Non renseigné » : le format du fichier ne porte pas ce champ (le format 2019 n'a ni considérations "
    "sociales ou environnementales, ni nombre d'offres) ; ce n'est jamais compté comme zéro.",
    "Les DECP ne sont obligatoires qu'à partir de 40 000 € HT (25 000 € HT avant 2020) : sous le seuil de "
    "dispense, la rotation des fournisseurs ne voit que ce que les acheteurs ont choisi de publier, complété "
    "le cas échéant par la liste d'achats de l'acheteur (--achats).",
    "Le département d'un titulaire n'est connu que si l'export le donne (exports consolidés « tabulaires ») : "
    "un SIRET ne dit pas à lui seul le département, et aucun répertoire d'entreprises n'est consulté.",
    "Les contrats de concession sont importés et comptés, mais restent hors des indicateurs des marchés.",
]


def _files(store: Store) -> list[FileSummary]:
    reasons: dict[tuple[int, str], dict[str, int]] = {}
    for import_id, kind, code, count in store.con.execute("SELECT import_id, kind, code, count FROM reasons").fetchall():
        reasons.setdefault((import_id, kind), {})[code] = int(count)
    out = []
    for row in store.con.execute(
            "SELECT import_id, path, fmt, schema_versions, rows, read, imported, rejected, concessions, error, notes, origin "
            "FROM imports ORDER BY import_id").fetchall():
        import_id = row[0]
        out.append(FileSummary(
            path=row[1], fmt=row[2], schema_versions=row[3] or "", rows=int(row[4] or 0), read=int(row[5]),
            imported=int(row[6]), rejected=int(row[7]), concessions=int(row[8] or 0), error=row[9],
            notes=[n for n in (row[10] or "").split("\n") if n],
            rejected_by_reason=dict(sorted(reasons.get((import_id, "rejet"), {}).items(), key=lambda kv: -kv[1])),
            warnings_by_code=dict(sorted(reasons.get((import_id, "avertissement"), {}).items(), key=lambda kv: -kv[1])),
            origin=row[11] or "decp"))
    return out


def _totals(store: Store, scope: Scope) -> Totals:
    where, params = indicators.scope_sql(scope)
    n, amount, buyers, with_cons, first, last = store.con.execute(
        f"SELECT count(*), sum(amount_initial), count(DISTINCT buyer_siret), count(social_values), min(notified), "
        f"max(notified) FROM contracts c WHERE {where}", params).fetchall()[0]
    years = [int(y) for (y,) in store.con.execute(
        f"SELECT DISTINCT year FROM contracts c WHERE {where} ORDER BY year", params).fetchall()]
    where_c, params_c = indicators.scope_sql(scope, kind="concession")
    concessions = store.con.execute(f"SELECT count(*) FROM contracts c WHERE {where_c}", params_c).fetchall()[0][0]
    where_a, params_a = indicators.scope_sql(scope, origins=("achats",))
    listed = store.con.execute(f"SELECT count(*) FROM contracts c WHERE {where_a}", params_a).fetchall()[0][0]
    return Totals(contracts=int(n), amount=float(amount) if amount is not None else None, concessions=int(concessions),
                  purchase_lines=int(listed), years=years, buyers=int(buyers), with_considerations=int(with_cons),
                  first_notified=first, last_notified=last)


def build_bilan(store: Store, scope: Scope | None = None, tenders: list[ScanTender] | None = None) -> Bilan:
    scope = scope or Scope()
    check = None
    hours: dict[int, int] = {}
    if tenders is not None:
        matches, kept, unmatched = matching.match(store, tenders, scope)
        check = crosscheck.compare(tenders, matches, kept, unmatched)
        hours = crosscheck.hours_by_record(tenders, matches)
    indicators.register_hours(store, hours)
    files = _files(store)
    with_hours = tenders is not None
    dimensions = indicators.all_dimensions(store, scope, with_hours)
    total_row = indicators.overall(store, scope, with_hours)
    dimensions.insert(0, indicators.Dimension(id="ensemble", label="Ensemble", date_used=indicators.DATE_NOTE,
                                              rows=[total_row]))
    rejected: dict[str, int] = {}
    warnings: dict[str, int] = {}
    for f in files:
        for code, n in f.rejected_by_reason.items():
            rejected[code] = rejected.get(code, 0) + n
        for code, n in f.warnings_by_code.items():
            warnings[code] = warnings.get(code, 0) + n
    return Bilan(
        generated_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
        scope=scope, files=files, read=sum(f.read for f in files), imported=sum(f.imported for f in files),
        rejected=sum(f.rejected for f in files),
        rejected_by_reason=dict(sorted(rejected.items(), key=lambda kv: -kv[1])),
        warnings_by_code=dict(sorted(warnings.items(), key=lambda kv: -kv[1])),
        totals=_totals(store, scope), dimensions=dimensions, rotation=rotation.rotation(store, scope),
        crosscheck=check, notes=list(NOTES))
