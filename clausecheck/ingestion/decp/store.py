"""The embedded analytical store: one DuckDB file the CLI, the API and the report all query.

Why DuckDB (measured, see docs/bilan.md): the bilan is group-bys and window functions over
1.5 million contracts; DuckDB answers them from one file in well under a second on two cores,
takes batches from pandas without a server, and is transactional (an interrupted import leaves
no half-written batch). Parquet through pandas would mean loading the whole table in memory for
every query.

Tables: `imports` (one row per input file, with its counts), `contracts` (one row per imported
record, initial and current values side by side), `holders` (one row per holder of a contract),
`rejections` (one row per record set aside, with its reason), `warnings` (one row per warning on
an imported record), `reasons` (counts per file and code, so reports never rescan `warnings`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from clausecheck.ingestion.decp.model import Contract, FileReport, Rejection

CONTRACT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("record_id", "BIGINT"), ("import_id", "INTEGER"), ("origin", "VARCHAR"), ("member", "VARCHAR"),
    ("position", "BIGINT"), ("fmt", "VARCHAR"), ("schema_version", "VARCHAR"), ("kind", "VARCHAR"),
    ("decp_id", "VARCHAR"), ("uid", "VARCHAR"), ("source", "VARCHAR"), ("buyer_siret", "VARCHAR"),
    ("buyer_name", "VARCHAR"), ("buyer_department", "VARCHAR"), ("nature", "VARCHAR"), ("category", "VARCHAR"),
    ("cpv", "VARCHAR"), ("cpv_division", "VARCHAR"), ("procedure", "VARCHAR"), ("procedure_group", "VARCHAR"),
    ("object", "VARCHAR"), ("place_code", "VARCHAR"), ("place_type", "VARCHAR"), ("place_department", "VARCHAR"),
    ("notified", "DATE"), ("published", "DATE"), ("year", "SMALLINT"), ("quarter", "TINYINT"),
    ("amount_initial", "DOUBLE"), ("amount_current", "DOUBLE"), ("duration_initial", "INTEGER"),
    ("duration_current", "INTEGER"), ("modifications", "INTEGER"), ("offers", "INTEGER"),
    ("social_values", "VARCHAR"), ("s_clause", "BOOLEAN"), ("s_critere", "BOOLEAN"), ("s_reserve", "BOOLEAN"),
    ("s_none", "BOOLEAN"), ("env_values", "VARCHAR"), ("e_clause", "BOOLEAN"), ("e_critere", "BOOLEAN"),
    ("e_none", "BOOLEAN"), ("holder_count", "INTEGER"), ("first_holder", "VARCHAR"), ("first_company", "VARCHAR"),
    ("first_holder_name", "VARCHAR"), ("first_holder_department", "VARCHAR"), ("dedup_key", "BIGINT"),
    ("warning_count", "INTEGER"),
)
DDL = [
    "CREATE TABLE IF NOT EXISTS imports (import_id INTEGER, path VARCHAR, fmt VARCHAR, schema_versions VARCHAR, "
    "rows BIGINT, read BIGINT, imported BIGINT, rejected BIGINT, concessions BIGINT, error VARCHAR, notes VARCHAR, "
    "imported_at TIMESTAMP, seconds DOUBLE, sha256 VARCHAR, origin VARCHAR)",
    "CREATE TABLE IF NOT EXISTS contracts (" + ", ".join(f"{n} {t}" for n, t in CONTRACT_COLUMNS) + ")",
    "CREATE TABLE IF NOT EXISTS holders (record_id BIGINT, rank INTEGER, holder_id VARCHAR, id_type VARCHAR, "
    "name VARCHAR, company VARCHAR, department VARCHAR)",
    "CREATE TABLE IF NOT EXISTS rejections (import_id INTEGER, member VARCHAR, position BIGINT, decp_id VARCHAR, "
    "buyer_siret VARCHAR, code VARCHAR, message VARCHAR)",
    "CREATE TABLE IF NOT EXISTS warnings (record_id BIGINT, code VARCHAR, message VARCHAR)",
    "CREATE TABLE IF NOT EXISTS reasons (import_id INTEGER, kind VARCHAR, code VARCHAR, count BIGINT)",
]


def object_skeleton(text: str | None) -> str:
    """Consonants and digits of an object: the same whether accents are right, lost or mojibake ("March�")."""
    return re.sub(r"[^bcdfghjklmnpqrstvwxz0-9]", "", (text or "").lower())


def dedup_key(contract: Contract) -> int:
    """Same buyer, id, notification date, amount and holders: the same contract, whatever the source.
    Without an id (33 of the Croix records), the object tells lots apart too: two lots of one
    consultation can share date, amount and holder ("Droit privé" / "Statut, Ressources humaines")."""
    holders = ",".join(sorted(h.id or "" for h in contract.holders))
    text = f"{contract.origin}|{contract.kind}|{contract.buyer_siret}|{contract.decp_id}|{contract.notified}|" \
           f"{contract.amount_initial}|{holders}"
    if not contract.decp_id:
        text += "|" + object_skeleton(contract.object)
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def _flags(values: tuple[str, ...] | None, names: tuple[str, ...]) -> list[bool | None]:
    if values is None:
        return [None] * len(names)
    return [name in values for name in names]


@dataclass
class Store:
    """An open DuckDB store. Use `open_store(path)`; `path=None` is an in-memory store."""

    con: duckdb.DuckDBPyConnection
    path: Path | None

    def close(self) -> None:
        self.con.close()

    def next_ids(self) -> tuple[int, int]:
        import_id = self.con.execute("SELECT coalesce(max(import_id), 0) + 1 FROM imports").fetchall()[0][0]
        record_id = self.con.execute("SELECT coalesce(max(record_id), 0) + 1 FROM contracts").fetchall()[0][0]
        return int(import_id), int(record_id)

    def known_keys(self) -> dict[int, int]:
        rows = self.con.execute("SELECT dedup_key, record_id FROM contracts").fetchall()
        return {int(k): int(r) for k, r in rows}

    def contract_count(self) -> int:
        return int(self.con.execute("SELECT count(*) FROM contracts").fetchall()[0][0])


def open_store(path: Path | str | None, read_only: bool = False) -> Store:
    if path is not None:
        path = Path(path)
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path) if path is not None else ":memory:", read_only=read_only)
    if not read_only:
        for statement in DDL:
            con.execute(statement)
    return Store(con=con, path=path)


class BatchWriter:
    """Accumulates contracts, holders, rejections and warnings; writes them in batches (one transaction each)."""

    def __init__(self, store: Store, import_id: int, batch_size: int = 50_000):
        self.store = store
        self.import_id = import_id
        self.batch_size = batch_size
        self._contracts: dict[str, list] = {name: [] for name, _ in CONTRACT_COLUMNS}
        self._holders: list[tuple] = []
        self._rejections: list[tuple] = []
        self._warnings: list[tuple] = []

    def add_contract(self, record_id: int, contract: Contract, key: int) -> None:
        c = self._contracts
        first = contract.holders[0] if contract.holders else None
        values = (
            record_id, self.import_id, contract.origin, contract.member, contract.position, contract.fmt,
            contract.schema_version, contract.kind, contract.decp_id, contract.uid, contract.source,
            contract.buyer_siret, contract.buyer_name, contract.buyer_department, contract.nature, contract.category,
            contract.cpv, contract.cpv_division, contract.procedure, contract.procedure_group, contract.object,
            contract.place_code, contract.place_type, contract.place_department, contract.notified.isoformat(),
            contract.published.isoformat() if contract.published else None, contract.notified.year,
            (contract.notified.month - 1) // 3 + 1, contract.amount_initial, contract.amount_current,
            contract.duration_initial, contract.duration_current, contract.modifications, contract.offers,
            "|".join(contract.social) if contract.social is not None else None,
            *_flags(contract.social, ("Clause sociale", "Critère social", "Marché réservé", "Pas de considération sociale")),
            "|".join(contract.environmental) if contract.environmental is not None else None,
            *_flags(contract.environmental, ("Clause environnementale", "Critère environnemental",
                                             "Pas de considération environnementale")),
            len(contract.holders), first.id if first else None, first.company if first else None,
            first.name if first else None, first.department if first else None, key, len(contract.warnings),
        )
        for (name, _), value in zip(CONTRACT_COLUMNS, values, strict=True):
            c[name].append(value)
        for rank, holder in enumerate(contract.holders, start=1):
            self._holders.append((record_id, rank, holder.id, holder.id_type, holder.name, holder.company,
                                  holder.department))
        for issue in contract.warnings:
            self._warnings.append((record_id, issue.code, issue.message))
        if len(c["record_id"]) >= self.batch_size:
            self.flush()

    def add_rejection(self, rejection: Rejection) -> None:
        self._rejections.append((self.import_id, rejection.member, rejection.position, rejection.decp_id,
                                 rejection.buyer_siret, rejection.code, rejection.message))
        if len(self._rejections) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        con = self.store.con
        con.execute("BEGIN TRANSACTION")
        try:
            if self._contracts["record_id"]:
                frame = pd.DataFrame(self._contracts)  # read by DuckDB by name
                select = ", ".join(f"CAST({n} AS {t})" for n, t in CONTRACT_COLUMNS)
                con.execute(f"INSERT INTO contracts SELECT {select} FROM frame")
                for name in self._contracts:
                    self._contracts[name] = []
            for table, rows, columns in (("holders", self._holders, 7), ("rejections", self._rejections, 7),
                                         ("warnings", self._warnings, 3)):
                if rows:
                    frame = pd.DataFrame(rows, columns=[f"c{i}" for i in range(columns)])  # noqa: F841
                    con.execute(f"INSERT INTO {table} SELECT * FROM frame")
                    rows.clear()
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def finish(self, report: FileReport, sha256: str | None, origin: str) -> None:
        self.flush()
        con = self.store.con
        versions = ", ".join(f"{v} ({n})" for v, n in sorted(report.schema_versions.items()))
        con.execute("INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            self.import_id, report.path, report.fmt, versions, report.rows, report.read, report.imported,
            report.rejected, report.concessions, report.error, "\n".join(report.notes),
            datetime.now(UTC).replace(tzinfo=None), report.seconds, sha256, origin])
        rows = [(self.import_id, "rejet", code, n) for code, n in report.rejected_by_reason.items()]
        rows += [(self.import_id, "avertissement", code, n) for code, n in report.warnings_by_code.items()]
        if rows:
            con.executemany("INSERT INTO reasons VALUES (?, ?, ?, ?)", rows)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(16 * 1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def table_rows(store: Store, sql: str, params: Iterable | None = None) -> list[tuple]:
    return store.con.execute(sql, list(params or [])).fetchall()
