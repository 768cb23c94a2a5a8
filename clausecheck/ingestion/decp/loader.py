"""Import DECP files into the store: read → normalise → validate → type → deduplicate → write.

Every record read ends imported or set aside with its reason (`rejections` table and counts per
reason): `read == imported + rejected` for each file. A file that cannot be read at all, or
breaks off in the middle, is reported with a French reason; what was read before is kept and
the other files are imported all the same.
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import duckdb
import ijson
from lxml import etree

from clausecheck.ingestion.decp.achats import LABELS as PURCHASE_LABELS, import_purchase_list
from clausecheck.ingestion.decp.convert import to_contract
from clausecheck.ingestion.decp.model import FileReport, ImportReport, Issue, RawRecord, Rejection
from clausecheck.ingestion.decp.normalize import normalise
from clausecheck.ingestion.decp.sources import NotDecp, iter_records
from clausecheck.ingestion.decp.store import BatchWriter, Store, dedup_key, file_sha256
from clausecheck.ingestion.decp.validate import schema_version, validate

REJECTION_LABELS: dict[str, str] = {
    "pas_un_objet": "enregistrement qui n'est pas un objet (ni marché ni concession)",
    "acheteur_siret_invalide": "SIRET de l'acheteur absent ou invalide (14 chiffres attendus)",
    "date_notification_absente": "date de notification absente ou invalide (le marché ne peut être rattaché à une année)",
    "doublon": "doublon d'un marché déjà importé (même acheteur, identifiant, date de notification, montant et titulaires)",
    "version_remplacee": "version antérieure d'un marché modifié (donneesActuelles = non) : la version actuelle est importée",
    "ligne_csv_illisible": "ligne CSV illisible (guillemets ou nombre de colonnes)",
    **{code: label for code, label in PURCHASE_LABELS.items() if code != "doublon"},
}
# Added by consolidators (decp-rama, decp.info), not by buyers: kept, but not checked against the v2 schema.
CONSOLIDATION_FIELDS = ("uid", "uuid", "source", "_type")
NOT_FAILURES = frozenset({"doublon", "version_remplacee", "achat_deja_dans_decp"})  # set aside on purpose, not unreadable


class Importer:
    """Imports files into one store; keeps the deduplication keys of everything already in it."""

    def __init__(self, store: Store, origin: str = "decp"):
        self.store = store
        self.origin = origin
        self.keys = store.known_keys()
        self.import_id, self.record_id = store.next_ids()

    def import_paths(self, paths: Iterable[Path], progress: Callable[[FileReport], None] | None = None) -> ImportReport:
        started = time.perf_counter()
        report = ImportReport()
        for path in paths:
            file_report = self.import_file(Path(path))
            report.files.append(file_report)
            if progress:
                progress(file_report)
        report.seconds = time.perf_counter() - started
        return report

    def already_imported(self, path: Path) -> tuple[str, str] | None:
        """(path, date) of an earlier import of the same bytes into this store, if any."""
        rows = self.store.con.execute("SELECT path, CAST(imported_at AS VARCHAR) FROM imports WHERE sha256 = ? LIMIT 1",
                                      [file_sha256(path)]).fetchall()
        return (rows[0][0], rows[0][1][:16]) if rows else None

    def import_purchases(self, path: Path, buyer: str | None) -> FileReport:
        """A buyer's own purchase list (CSV/XLSX); PurchaseListError when it cannot be used at all."""
        report, self.record_id = import_purchase_list(self.store, path, buyer, self.import_id, self.record_id, self.keys)
        self.import_id += 1
        return report

    def import_file(self, path: Path, label: str | None = None) -> FileReport:
        started = time.perf_counter()
        report = FileReport(path=label or str(path))
        writer = BatchWriter(self.store, self.import_id)
        self.import_id += 1
        sha = None
        try:
            sha = file_sha256(path)
            records = iter_records(path, report, label=label or path.name)
        except OSError as error:
            report.error = f"fichier illisible ({error.strerror or error})"
            records = iter(())
        while True:
            try:
                raw = next(records)
            except StopIteration:
                break
            except Exception as error:  # the reader's failure, said in French, not a crash
                report.error = _reader_error(error, report.read)
                break
            report.fmt = report.fmt or raw.fmt
            self._one(raw, report, writer)
        report.seconds = time.perf_counter() - started
        writer.finish(report, sha, self.origin)
        return report

    def _reject(self, raw: RawRecord, report: FileReport, writer: BatchWriter, code: str, detail: str = "",
                decp_id: str | None = None, buyer: str | None = None) -> None:
        message = REJECTION_LABELS.get(code, code) + (f" — {detail}" if detail else "")
        writer.add_rejection(Rejection(member=raw.member, position=raw.position, decp_id=decp_id, buyer_siret=buyer,
                                       code=code, message=message))
        report.rejected += 1
        report.rejected_by_reason[code] += 1

    def _one(self, raw: RawRecord, report: FileReport, writer: BatchWriter) -> None:
        report.read += 1
        if raw.data is None:
            note = raw.notes[0].message if raw.notes else ""
            return self._reject(raw, report, writer, "ligne_csv_illisible", note)
        if not isinstance(raw.data, dict):
            return self._reject(raw, report, writer, "pas_un_objet")
        if raw.extra.get("current") == "non":
            return self._reject(raw, report, writer, "version_remplacee", decp_id=str(raw.data.get("id") or "") or None)
        major = raw.fmt[-1]
        record, issues = normalise(raw.data, major, raw.kind)
        date_field = "dateSignature" if raw.kind == "concession" else "dateNotification"
        version = schema_version(major, record.get(date_field))
        side = {k: record.pop(k) for k in CONSOLIDATION_FIELDS if k in record} if major == "2" else {}
        errors = validate(record, version, raw.kind, raw.missing_columns)
        record.update(side)
        buyer = record.get("autoriteConcedante" if raw.kind == "concession" else "acheteur")
        siret = buyer.get("id") if isinstance(buyer, dict) else None
        decp_id = record.get("id") if isinstance(record.get("id"), str) else None
        blocking = [(e.blocking_code, e) for e in errors if e.blocking_code]
        if blocking:
            return self._reject(raw, report, writer, blocking[0][0], "; ".join(e.message for _, e in blocking),
                                decp_id, siret if isinstance(siret, str) else None)
        warnings = list(raw.notes) + issues + [Issue(e.code, e.message) for e in errors]
        contract = to_contract(record, raw, version, warnings)
        if isinstance(contract, str):
            return self._reject(raw, report, writer, contract, decp_id=decp_id,
                                buyer=siret if isinstance(siret, str) else None)
        if "\ufffd" in (contract.object or "") or "\ufffd" in (contract.buyer_name or ""):
            contract.warnings += (Issue("caracteres_remplaces", "caractères accentués perdus dans le fichier source "
                                        "(« � ») : texte gardé tel quel"),)
        key = dedup_key(contract)
        first = self.keys.get(key)
        if first is not None:
            return self._reject(raw, report, writer, "doublon", f"déjà importé comme marché n° {first}",
                                contract.decp_id, contract.buyer_siret)
        self.keys[key] = self.record_id
        writer.add_contract(self.record_id, contract, key)
        self.record_id += 1
        report.imported += 1
        report.schema_versions[version] += 1
        if contract.kind == "concession":
            report.concessions += 1
        for issue in contract.warnings:
            report.warnings_by_code[issue.code] += 1


def _reader_error(error: Exception, read: int) -> str:
    if isinstance(error, NotDecp):
        return str(error)
    if isinstance(error, (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError)):
        return f"JSON invalide ou tronqué après {read} enregistrements ({_short(error)})"
    if isinstance(error, etree.XMLSyntaxError):
        return f"XML invalide après {read} enregistrements ({_short(error)})"
    if isinstance(error, duckdb.Error):
        return f"CSV illisible après {read} enregistrements ({_short(error)})"
    if isinstance(error, OSError):
        return f"fichier illisible après {read} enregistrements ({error.strerror or error})"
    if isinstance(error, (zipfile.BadZipFile, EOFError)):
        return f"archive ZIP abîmée après {read} enregistrements ({_short(error)})"
    raise error


def _short(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text if len(text) <= 160 else text[:157] + "…"


def failed_records(report: ImportReport) -> int:
    """Records set aside because they could not be used (not duplicates on purpose)."""
    return sum(n for f in report.files for code, n in f.rejected_by_reason.items() if code not in NOT_FAILURES)
