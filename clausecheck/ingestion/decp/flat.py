"""Flat DECP exports (CSV): consolidated "format tabulaire" files, decp.info exports, flattened v2.

What these files do differently, and what is done about it:
- keys are dotted (`acheteur.id`) or underscored (`acheteur_id`, `titulaire_id_1`…`_3`);
- **one row per holder** (and sometimes per version): rows are grouped by `uid` (else buyer + id),
  wherever they are in the file; a group's contract fields come from its earliest notified row,
  its current amount and duration from its latest one, its holders from all rows (each once);
- lists are strings ("['Clause sociale']", "Critère social, Clause sociale");
- placeholders ("CDL", "MQ", "NC") mean "no value";
- `donneesActuelles = non` marks an earlier version of a modified contract: set aside (counted),
  the current version is imported;
- a file may lack whole columns (the 17-column 2024 export has no considerations): their absence
  is said once for the file, and the field is "non renseigné" on every record.
The file is staged in DuckDB (read as text, malformed lines kept aside with their line number),
then sorted by group, so grouping never holds the whole file in Python memory. A record's
position is its rank among the readable rows (+1 for the header): the file's line number as long
as no line before it was unreadable.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from clausecheck.ingestion.decp.model import FileReport, Issue, RawRecord
from clausecheck.ingestion.decp.normalize import split_values

NUMERIC = frozenset({"montant", "dureeMois", "offresRecues", "tauxAvance", "origineUE", "origineFrance"})
INTEGERS = frozenset({"dureeMois", "offresRecues"})
_CLEAN_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
PLACEHOLDERS = frozenset({"", "CDL", "MQ", "NC", "nan", "None", "null", "NULL"})
KNOWN_HEADERS = ("uid", "id", "acheteur", "montant", "dateNotification", "codeCPV", "titulaire", "objet")
SCALARS = {
    "uid": "uid", "id": "id", "nature": "nature", "objet": "objet", "codeCPV": "codeCPV", "procedure": "procedure",
    "dureeMois": "dureeMois", "dateNotification": "dateNotification", "datePublicationDonnees": "datePublicationDonnees",
    "montant": "montant", "formePrix": "formePrix", "offresRecues": "offresRecues",
    "attributionAvance": "attributionAvance", "tauxAvance": "tauxAvance", "marcheInnovant": "marcheInnovant",
    "ccag": "ccag", "sousTraitanceDeclaree": "sousTraitanceDeclaree",
    "typeGroupementOperateurs": "typeGroupementOperateurs", "idAccordCadre": "idAccordCadre", "source": "source",
    "origineUE": "origineUE", "origineFrance": "origineFrance",
    "acheteur.id": "acheteur.id", "acheteur_id": "acheteur.id", "acheteur.nom": "acheteur.nom",
    "acheteur_nom": "acheteur.nom",
    "lieuExecution.code": "lieuExecution.code", "lieuExecution_code": "lieuExecution.code",
    "lieuExecution.typeCode": "lieuExecution.typeCode", "lieuExecution_typeCode": "lieuExecution.typeCode",
    "lieuExecution.nom": "lieuExecution.nom", "lieuExecution_nom": "lieuExecution.nom",
}
LISTS = {"considerationsSociales": "considerationSociale", "considerationsEnvironnementales": "considerationEnvironnementale",
         "modalitesExecution": "modaliteExecution", "techniques": "technique", "typesPrix": "typePrix"}
EXTRAS = {"type": "type", "acheteur_departement_code": "buyer_department", "donneesActuelles": "current"}
_HOLDER = re.compile(r"^titulaire[._]?(id|typeIdentifiant|nom|denominationSociale|departement_code)(?:_(\d+))?$")
V2_MARKERS = frozenset({"considerationsSociales", "considerationsEnvironnementales", "offresRecues", "ccag", "techniques",
                        "modalitesExecution", "typesPrix", "marcheInnovant", "attributionAvance"})
V1_REQUIRED = ("id", "acheteur", "acheteur.nom", "nature", "objet", "codeCPV", "procedure", "lieuExecution",
               "lieuExecution.nom", "lieuExecution.code", "lieuExecution.typeCode", "dureeMois", "dateNotification",
               "datePublicationDonnees", "montant", "formePrix", "titulaires", "modifications",
               "titulaires.denominationSociale", "titulaires.typeIdentifiant")
V2_REQUIRED = ("id", "acheteur", "nature", "objet", "codeCPV", "techniques", "modalitesExecution", "marcheInnovant", "ccag",
               "offresRecues", "attributionAvance", "typeGroupementOperateurs", "procedure", "lieuExecution",
               "lieuExecution.code", "lieuExecution.typeCode", "dureeMois", "dateNotification",
               "datePublicationDonnees", "montant", "typesPrix", "formePrix", "sousTraitanceDeclaree", "titulaires",
               "considerationsSociales", "considerationsEnvironnementales", "titulaires.titulaire.typeIdentifiant")


def looks_like_csv(head: bytes) -> bool:
    first = head.split(b"\n", 1)[0].decode("utf-8", "replace")
    if first.count(";") + first.count(",") < 2:
        return False
    return sum(1 for name in KNOWN_HEADERS if name in first) >= 3


def _header(path: Path) -> tuple[str, list[str]]:
    """Delimiter and column names, read here: DuckDB's sniffer gives up on a file with one broken line."""
    with open(path, "rb") as f:
        first = f.readline().decode("utf-8-sig", "replace").rstrip("\r\n")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    names: list[str] = []
    for name in next(csv.reader([first], delimiter=delimiter)):
        name = name.strip() or f"colonne_{len(names) + 1}"
        while name in names:
            name += "_bis"
        names.append(name)
    return delimiter, names


def _value(text: Any) -> str | None:
    if text is None:
        return None
    text = str(text).strip()
    return None if text in PLACEHOLDERS else text


def _typed(path: str, value: str) -> Any:
    """CSV holds only text: a clean number in a numeric field is a number (no defect to report)."""
    if path in NUMERIC and _CLEAN_NUMBER.match(value):
        number = float(value)
        return int(number) if number.is_integer() and path in INTEGERS else number
    return value


def _set(record: dict, path: str, value: Any) -> None:
    if "." in path:
        head, tail = path.split(".", 1)
        record.setdefault(head, {})[tail] = value
    else:
        record[path] = value


class _Layout:
    """How the columns of one file map to the JSON shape of its version."""

    def __init__(self, columns: list[str]):
        self.columns = columns
        self.scalars = {c: SCALARS[c] for c in columns if c in SCALARS}
        self.lists = {c: LISTS[c] for c in columns if c in LISTS}
        self.extras = {c: EXTRAS[c] for c in columns if c in EXTRAS}
        self.holders: dict[int, dict[str, str]] = {}
        for c in columns:
            m = _HOLDER.match(c)
            if m:
                field = {"nom": "denominationSociale", "departement_code": "department"}.get(m.group(1), m.group(1))
                self.holders.setdefault(int(m.group(2) or 1), {})[field] = c
        self.v2 = bool(V2_MARKERS & set(columns))
        self.unread = [c for c in columns if c not in self.scalars and c not in self.lists and c not in self.extras
                       and not _HOLDER.match(c) and not c.startswith("_")]
        present = set(self.scalars.values()) | set(self.lists)
        present |= {p.split(".")[0] for p in present}
        if self.holders:
            present.add("titulaires")
            fields = set().union(*self.holders.values())
            prefix = "titulaires.titulaire." if self.v2 else "titulaires."
            present |= {prefix + f for f in fields}
        required = V2_REQUIRED if self.v2 else V1_REQUIRED
        self.missing = frozenset(r for r in required if r not in present)

    def key_sql(self) -> str:
        if "uid" in self.columns:
            return '"uid"'
        buyer = next((c for c in ("acheteur.id", "acheteur_id") if c in self.columns), None)
        if buyer and "id" in self.columns:
            return f'coalesce("{buyer}", \'\') || \'|\' || coalesce("id", \'\')'
        return "CAST(_row AS VARCHAR)"


def _build(layout: _Layout, rows: list[dict[str, Any]], member: str) -> RawRecord:
    notes: list[Issue] = []
    dated = sorted(rows, key=lambda r: (_value(r.get("dateNotification")) or "9999", r["_row"]))
    base = dated[0]
    record: dict[str, Any] = {}
    for column, path in layout.scalars.items():
        value = _value(base.get(column))
        if value is not None:
            _set(record, path, _typed(path, value))
    for column, inner in layout.lists.items():
        value = _value(base.get(column))
        if value is not None:  # lists are strings in every flat export: "['A', 'B']" or "A, B"
            record[column] = {inner: split_values(value)}
    extra: dict[str, Any] = {name: _value(base.get(column)) for column, name in layout.extras.items()}
    holders: list[dict[str, str]] = []
    departments: list[str | None] = []
    seen: set[tuple] = set()
    for row in rows:
        for _, fields in sorted(layout.holders.items()):
            cells = {f: _value(row.get(c)) for f, c in fields.items() if f != "department"}
            holder = {k: v for k, v in cells.items() if v is not None}
            if not holder.get("id"):
                continue
            key = (holder.get("id"), holder.get("typeIdentifiant"))
            if key in seen:
                continue
            seen.add(key)
            holders.append(holder)
            departments.append(_value(row.get(fields["department"])) if "department" in fields else None)
    if layout.holders:
        record["titulaires"] = [{"titulaire": h} for h in holders] if layout.v2 else holders
    extra["holder_departments"] = departments
    versions = {(_value(r.get("dateNotification")), _value(r.get("montant")), _value(r.get("dureeMois"))) for r in rows}
    if len(versions) > 1:
        latest = dated[-1]
        notes.append(Issue("lignes_divergentes", f"{len(rows)} lignes pour ce marché avec {len(versions)} versions "
                                                 "(dates, montants ou durées) : la plus ancienne fait foi, "
                                                 "la plus récente donne les valeurs actuelles"))
        modification = {"id": 1, "dateNotificationModification": _value(latest.get("dateNotification")),
                        "datePublicationDonneesModification": _value(latest.get("datePublicationDonnees"))
                        or _value(latest.get("dateNotification")), "objetModification": "ligne plus récente de l'export"}
        for field in ("montant", "dureeMois"):
            if (value := _value(latest.get(field))) is not None:
                modification[field] = _typed(field, value)
        record["modifications"] = [{"modification": modification}] if layout.v2 else [modification]
    placeholder_rows = sum(1 for r in rows for c in layout.columns if str(r.get(c) or "").strip() in ("CDL", "MQ"))
    if placeholder_rows:
        notes.append(Issue("valeur_substitut", "valeurs de remplacement (« CDL », « MQ ») lues comme absentes"))
    return RawRecord(data=record, position=int(base["_row"]), member=member, fmt="csv-v2" if layout.v2 else "csv-v1",
                     rows=len(rows),
                     notes=notes, missing_columns=layout.missing, extra=extra)


def iter_csv(path: Path, member: str, report: FileReport) -> Iterator[RawRecord]:
    con = duckdb.connect()
    try:
        con.execute("SET preserve_insertion_order = true")
        delimiter, names = _header(path)
        con.execute(
            "CREATE TABLE stage AS SELECT row_number() OVER () + 1 AS _row, * FROM read_csv(?, columns = ?, "
            "header = true, delim = ?, quote = '\"', escape = '\"', ignore_errors = true, store_rejects = true, "
            "null_padding = true, auto_detect = false, strict_mode = false)",
            [str(path), dict.fromkeys(names, "VARCHAR"), delimiter])
        columns = [c for c in (r[0] for r in con.execute("DESCRIBE stage").fetchall()) if c != "_row"]
        layout = _Layout(columns)
        report.rows += con.execute("SELECT count(*) FROM stage").fetchall()[0][0]
        bad = con.execute("SELECT line, error_message FROM reject_errors ORDER BY line").fetchall()
        for line, message in bad:
            yield RawRecord(data=None, position=int(line), member=member, fmt="csv-v2" if layout.v2 else "csv-v1",
                            notes=[Issue("ligne_csv_illisible", f"ligne {line} illisible : {message}")])
        if layout.unread:
            report.notes.append(f"{member} : colonnes non lues ({', '.join(layout.unread[:12])}"
                                f"{'…' if len(layout.unread) > 12 else ''})")
        if layout.missing:
            report.notes.append(f"{member} : champs absents de l'export, « non renseigné » sur chaque marché : "
                                + ", ".join(sorted(layout.missing)))
        cursor = con.execute(f"SELECT {layout.key_sql()} AS _key, * FROM stage ORDER BY _key, _row")
        names = [d[0] for d in cursor.description]
        group: list[dict[str, Any]] = []
        current = None
        while batch := cursor.fetchmany(20000):
            for values in batch:
                row = dict(zip(names, values, strict=True))
                if group and row["_key"] != current:
                    yield _build(layout, group, member)
                    group = []
                current = row["_key"]
                group.append(row)
        if group:
            yield _build(layout, group, member)
    finally:
        con.close()
