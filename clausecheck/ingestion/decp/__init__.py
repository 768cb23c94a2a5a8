"""Reading the données essentielles de la commande publique (DECP) as published, into the bilan store.

`Importer(open_store(path)).import_paths(files)` reads JSON (2019 and 2022/2024 formats), XML,
flat CSV exports and ZIPs of these; see docs/bilan.md for what is normalised, validated,
rejected or only warned.
"""

from clausecheck.ingestion.decp.loader import REJECTION_LABELS, Importer, failed_records
from clausecheck.ingestion.decp.model import Contract, FileReport, Holder, ImportReport, Issue, Rejection
from clausecheck.ingestion.decp.store import Store, open_store

__all__ = [
           "REJECTION_LABELS",
           "Contract",
           "FileReport",
           "Holder",
           "ImportReport",
           "Importer",
           "Issue",
           "Rejection",
           "Store",
           "failed_records",
           "open_store",
]
