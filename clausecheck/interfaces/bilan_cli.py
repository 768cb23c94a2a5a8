"""`clausecheck bilan` and `clausecheck opportunites`: subcommands added to the main parser.

`add_commands(subparsers)` declares them and returns their handlers (command name → function of
the parsed arguments returning an exit code): 0 all read; 1 some records or files could not be
used (each is reported with its reason, the rest is done); 2 usage error; 3 internal error.
Heavy modules (DuckDB, matplotlib) are imported only when a command runs.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from clausecheck.interfaces.cli_support import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    UsageError,
    check_writable,
    os_error_text,
)


def _years(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{4})\s*(?:-\s*(\d{4}))?\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"années attendues sous la forme AAAA ou AAAA-AAAA, reçu « {text} »")
    start, end = int(m.group(1)), int(m.group(2) or m.group(1))
    if end < start:
        raise argparse.ArgumentTypeError(f"période à l'envers : « {text} »")
    return start, end


def _buyer(text: str) -> str:
    compact = re.sub(r"\s", "", text)
    if not re.fullmatch(r"\d{9}|\d{14}", compact):
        raise argparse.ArgumentTypeError(f"SIRET (14 chiffres) ou SIREN (9 chiffres) attendu, reçu « {text} »")
    return compact


def add_commands(subparsers) -> dict[str, Callable[[argparse.Namespace], int]]:
    bilan = subparsers.add_parser(
        "bilan", help="bilan annuel à partir des données essentielles (DECP), des dossiers analysés et des listes d'achats",
        description="Importe les DECP (JSON 2019 ou 2022/2024, XML, CSV consolidés, ZIP), calcule les indicateurs du "
                    "bilan (considérations sociales et environnementales, marchés réservés, offres, rotation des "
                    "fournisseurs sous le seuil de dispense) et confronte les DECP aux dossiers analysés.")
    bilan.add_argument("--decp", nargs="+", type=Path, default=[], metavar="FICHIER",
                       help="fichiers DECP : JSON, XML, CSV ou ZIP (facultatif si --db contient déjà des données)")
    bilan.add_argument("--scan", type=Path, metavar="SCAN.json", help="résultat de `clausecheck scan --json` (contrôle croisé, heures d'insertion)")
    bilan.add_argument("--achats", nargs="+", type=Path, default=[], metavar="FICHIER",
                       help="liste(s) d'achats de l'acheteur en CSV ou XLSX (complète la rotation sous le seuil)")
    bilan.add_argument("-o", "--output", type=Path, metavar="BILAN.html", help="page HTML du bilan")
    bilan.add_argument("--xlsx", type=Path, metavar="BILAN.xlsx", help="classeur Excel du bilan")
    bilan.add_argument("--json", dest="json_out", type=Path, metavar="BILAN.json", help="JSON de tous les chiffres du bilan")
    bilan.add_argument("--db", type=Path, metavar="BASE.duckdb", help="base DuckDB à créer ou compléter (sinon base temporaire)")
    bilan.add_argument("--acheteur", nargs="+", type=_buyer, default=[], metavar="SIRET",
                       help="restreindre le bilan à ces acheteurs (SIRET, ou SIREN pour tous ses établissements) ; "
                            "sert aussi au rapprochement des dossiers")
    bilan.add_argument("--annees", type=_years, metavar="AAAA[-AAAA]", help="restreindre à ces années de notification (AAAA ou AAAA-AAAA)")
    bilan.add_argument("--quiet", action="store_true", help="pas de résumé sur la sortie d'erreur")

    feeds = subparsers.add_parser(
        "opportunites", help="flux Atom et calendrier ICS des opportunités (sous le seuil, petits lots, lots réservés)",
        description="Depuis le résultat d'un scan, écrit un flux Atom et un calendrier ICS des dates limites pour les "
                    "achats sous le seuil de dispense, les petits lots et les lots réservés.")
    feeds.add_argument("scan_json", type=Path, metavar="SCAN.json", help="résultat de `clausecheck scan --json`")
    feeds.add_argument("--atom", type=Path, metavar="FLUX.atom", help="flux Atom à écrire")
    feeds.add_argument("--ics", type=Path, metavar="AGENDA.ics", help="calendrier ICS à écrire")
    return {"bilan": run_bilan, "opportunites": run_opportunites}


def _say(message: str) -> None:
    print(message, file=sys.stderr)


_writable = check_writable


def _fr(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def _guarded(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except UsageError as error:
            _say(f"clausecheck : erreur d'utilisation : {error}")
            return EXIT_USAGE
        except KeyboardInterrupt:
            _say("\nInterrompu.")
            return EXIT_INTERNAL
        except Exception as error:  # an internal error: say it in French, exit 3
            cause = os_error_text(error) if isinstance(error, OSError) else f"{type(error).__name__} : {error}"
            _say(f"clausecheck : erreur interne ({cause}). Merci de la signaler.")
            if os.environ.get("CLAUSECHECK_DEBUG"):
                raise
            return EXIT_INTERNAL
    wrapper.__name__ = run.__name__
    return wrapper


@_guarded
def run_bilan(args: argparse.Namespace) -> int:
    from clausecheck.assessment.bilan.build import build_bilan
    from clausecheck.assessment.bilan.model import Scope
    from clausecheck.assessment.bilan.scan_input import ScanError, read_scan
    from clausecheck.ingestion.decp import Importer, open_store
    from clausecheck.ingestion.decp.achats import PurchaseListError
    from clausecheck.ingestion.decp.loader import NOT_FAILURES

    missing = [str(p) for p in [*args.decp, *args.achats, *([args.scan] if args.scan else [])] if not p.exists()]
    if missing:
        raise UsageError("fichier introuvable : " + ", ".join(missing))
    outputs = [p for p in (args.output, args.xlsx, args.json_out) if p]
    if not outputs and not args.db:
        raise UsageError("rien à écrire : donnez -o bilan.html, --xlsx, --json ou --db")
    for path in outputs:
        _writable(path)
    if not args.decp and not (args.db and args.db.exists()):
        raise UsageError("aucune donnée : donnez --decp FICHIER… (ou une base --db déjà remplie)")
    tenders = None
    if args.scan:
        try:
            tenders = read_scan(args.scan)
        except ScanError as error:
            raise UsageError(str(error)) from error
    temp = None
    db_path = args.db
    if db_path is None:
        temp = tempfile.TemporaryDirectory(prefix="clausecheck-bilan-")
        db_path = Path(temp.name) / "bilan.duckdb"
    else:
        _writable(db_path)
    store = open_store(db_path)
    try:
        importer = Importer(store)
        files = []
        for path in args.decp:
            earlier = importer.already_imported(path) if args.db else None
            if earlier:
                if not args.quiet:
                    _say(f"{path} : déjà importé dans {args.db} ({earlier[0]}, {earlier[1]}) — pas réimporté.")
                continue
            report = importer.import_file(path, label=str(path))
            files.append(report)
            if not args.quiet:
                _say(_file_line(report))
        buyer = args.acheteur[0] if len(args.acheteur) == 1 and len(args.acheteur[0]) == 14 else None
        for path in args.achats:
            try:
                report = importer.import_purchases(path, buyer)
            except PurchaseListError as error:
                raise UsageError(str(error)) from error
            files.append(report)
            if not args.quiet:
                _say(_file_line(report) + " (liste d'achats)")
        if store.contract_count() == 0:
            _say("Aucun marché importé : rien à mettre dans le bilan (voir les motifs ci-dessus).")
        scope = Scope(buyers=tuple(args.acheteur), year_from=args.annees[0] if args.annees else None,
                      year_to=args.annees[1] if args.annees else None)
        bilan = build_bilan(store, scope, tenders)
        _write_outputs(bilan, args, store)
        if not args.quiet:
            _summary(bilan, outputs + ([args.db] if args.db else []))
        failed = any(f.error for f in files) or any(code not in NOT_FAILURES for f in files for code in f.rejected_by_reason)
        return EXIT_SOME_FAILED if failed else EXIT_OK
    finally:
        store.close()
        if temp is not None:
            temp.cleanup()


def _write_outputs(bilan, args: argparse.Namespace, store) -> None:
    if args.output:
        from clausecheck.outputs.bilan_report import write_bilan_report

        write_bilan_report(bilan, args.output)
    if args.json_out:
        from clausecheck.assessment.bilan.serialize import write_json

        write_json(bilan, args.json_out)
    if args.xlsx:
        from clausecheck.outputs.bilan_tables import write_bilan_xlsx

        write_bilan_xlsx(bilan, args.xlsx, store)


def _file_line(report) -> str:
    from clausecheck.ingestion.decp import REJECTION_LABELS

    if report.error and not report.read:
        return f"{report.path} : non lu — {report.error}"
    reasons = " ; ".join(f"{REJECTION_LABELS.get(c, c)} : {_fr(n)}" for c, n in report.rejected_by_reason.most_common())
    line = (f"{report.path} : {_fr(report.read)} lus, {_fr(report.imported)} importés, {_fr(report.rejected)} écartés"
            + (f" ({reasons})" if reasons else "") + f" en {report.seconds:.1f} s".replace(".", ","))
    if report.error:
        line += f" — lecture interrompue : {report.error}"
    return line


def _summary(bilan, written: list[Path]) -> None:
    total = bilan.dimensions[0].rows[0]
    _say(f"Bilan : {_fr(bilan.totals.contracts)} marchés ({bilan.scope.describe()}), "
         f"{_fr(bilan.rotation.considered)} achats sous le seuil de dispense"
         + (f", {len(bilan.crosscheck.discrepancies)} écart(s) DECP / dossiers" if bilan.crosscheck else "")
         + (f", {_fr(total.insertion_hours)} heures d'insertion rapprochées" if total.insertion_hours else "") + ".")
    _say(f"Lus : {_fr(bilan.read)} = importés {_fr(bilan.imported)} + écartés {_fr(bilan.rejected)}.")
    _say("Résultats : " + ", ".join(str(p) for p in written))


@_guarded
def run_opportunites(args: argparse.Namespace) -> int:
    from clausecheck.assessment.bilan.scan_input import ScanError, read_scan
    from clausecheck.outputs.feeds import write_feeds

    if not args.atom and not args.ics:
        raise UsageError("donnez --atom FICHIER et/ou --ics FICHIER")
    if not args.scan_json.exists():
        raise UsageError(f"fichier introuvable : {args.scan_json}")
    for path in (args.atom, args.ics):
        if path:
            _writable(path)
    try:
        tenders = read_scan(args.scan_json)
    except ScanError as error:
        raise UsageError(str(error)) from error
    items = write_feeds(tenders, args.atom, args.ics)
    with_deadline = sum(1 for i in items if i.deadline)
    _say(f"{len(items)} opportunité(s) dans {len(tenders)} dossier(s), {with_deadline} avec une date limite. "
         f"Écrit : {', '.join(str(p) for p in (args.atom, args.ics) if p)}")
    return EXIT_OK
