"""The command line: scan, report, rules, train, evaluate, indicators; and the commands other
packages add through the `clausecheck.commands` entry point group (the API's serve and api-key).

Exit codes: 0 all went well; 1 some documents could not be read (they are reported, the rest
is analysed); 2 usage error, always said before any document is read (bad option or date, missing
path, output that cannot be written, nothing to read); 3 internal error, or an output that could not
be written once the work had started (what was written before it is kept and named).

Everything the user reads is French: the parser is cli_support.FrenchParser, OS errors go through
cli_support.os_error_text, the progress bar is interfaces/progress.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from clausecheck.interfaces.bilan_cli import add_commands
from clausecheck.interfaces.cli_support import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    FrenchParser,
    OutputError,
    UsageError,
    check_writable,
    os_error_text,
    whole_number,
)

__all__ = ["EXIT_INTERNAL", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "build_parser", "main"]

# The formats `scan` reads, said when it finds nothing to read (README, « Formats »).
READ_FORMATS = ("PDF, DOCX, ODT, XLSX, HTML, XML (avis BOAMP, TED, eForms), TXT et MD, seuls ou dans des archives ZIP "
                "(le type est reconnu au contenu ; les fichiers cachés, README, CSV, JSON et fichiers de code sont "
                "laissés de côté)")


class _Parser(FrenchParser):
    """The command line's parser: argparse in French (clausecheck/interfaces/cli_support.py)."""


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"date attendue au format AAAA-MM-JJ, reçu « {text} »") from error


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="clausecheck", description="Analyse des dossiers de consultation (DCE) : clauses sociales, "
                     "d'insertion, environnementales, marchés réservés, allotissement et seuils.",
                     epilog="Aide d'une commande : clausecheck COMMANDE --help. Codes de sortie : 0 tout a été lu ; "
                            "1 des documents sont illisibles ; 2 erreur d'utilisation ; 3 erreur interne.")
    parser.add_argument("--version", action="version", version=_version(), help="afficher la version et quitter")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMANDE",
                                title="commandes")

    scan = sub.add_parser("scan", help="analyser des fichiers, dossiers et archives ZIP",
                          description="Analyse des fichiers, dossiers et archives ZIP. Une sortie au moins : "
                                      "--json, --html, --csv ou --xlsx.")
    scan.add_argument("paths", nargs="+", type=Path, metavar="CHEMIN", help="fichiers, dossiers ou ZIP à analyser")
    scan.add_argument("--json", dest="json_out", type=Path, metavar="FICHIER.json", help="fichier JSON de résultats")
    scan.add_argument("--csv", dest="csv_out", type=Path, metavar="FICHIER.csv", help="tableau des dossiers en CSV")
    scan.add_argument("--xlsx", dest="xlsx_out", type=Path, metavar="FICHIER.xlsx", help="tableau des dossiers en XLSX")
    scan.add_argument("--html", dest="html_out", type=Path, metavar="FICHIER.html", help="rapport HTML")
    scan.add_argument("--workers", type=whole_number, default=None, metavar="N",
                      help="processus parallèles (défaut : nombre de cœurs)")
    scan.add_argument("--executor", choices=("process", "dask"), default="process",
                      help="process : processus de ce poste (défaut) ; dask : un cluster Dask local de --workers processus")
    scan.add_argument("--scheduler", default=None, metavar="tcp://HÔTE:8786",
                      help="analyser sur le cluster Dask de cet ordonnanceur (extra « distributed »)")
    scan.add_argument("--inputs", choices=("auto", "paths", "bytes"), default="auto",
                      help="avec Dask : paths, chaque processus de travail lit les fichiers à leur chemin (dossier "
                           "partagé) ; bytes, ce poste les lui envoie ; auto (défaut), paths si chaque processus de "
                           "travail les voit")
    scan.add_argument("--date", type=_date, default=None, metavar="AAAA-MM-JJ",
                      help="date de lancement à retenir pour les seuils ; par défaut, la date de publication lue "
                           "dans le dossier, sinon bornée par la date limite des offres, sinon inconnue (les "
                           "signalements qui en dépendent le disent)")
    scan.add_argument("--no-model", action="store_true", help="règles seules, sans le modèle de passages")
    scan.add_argument("--ocr", choices=("auto", "off", "force"), default="auto",
                      help="lecture des pages numérisées par OCR (Tesseract) : auto (défaut : les pages sans texte, "
                           "si Tesseract est installé), off (jamais), force (toutes les pages, Tesseract exigé)")
    scan.add_argument("--quiet", action="store_true", help="pas de barre de progression ni de résumé")

    report = sub.add_parser("report", help="produire le rapport HTML d'un résultat JSON",
                            description="Produit le rapport HTML d'un résultat de `clausecheck scan --json`.")
    report.add_argument("scan_json", type=Path, metavar="SCAN.json", help="résultat de `clausecheck scan --json`")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="RAPPORT.html", help="rapport HTML à écrire")

    rules = sub.add_parser("rules", help="lister ou tester les règles de détection")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True, parser_class=_Parser, metavar="ACTION",
                                     title="actions")
    rules_list = rules_sub.add_parser("list", help="lister les règles")
    rules_list.add_argument("--json", action="store_true", help="sortie JSON")
    rules_test = rules_sub.add_parser("test", help="vérifier les exemples annotés de chaque règle")
    rules_test.add_argument("--rules-dir", type=Path, default=None, metavar="DOSSIER",
                            help="dossier de règles YAML (défaut : les règles livrées)")

    corpus_help = ("dossier d'un corpus étiqueté : les documents et leur fichier labels.csv "
                   "(format décrit dans docs/evaluation.md)")
    train = sub.add_parser("train", help="entraîner le modèle de passages (rôle et thèmes)",
                           description="Ré-entraîne le modèle de passages (models/). Les passages réels de "
                                       "models/training/real_passages.jsonl sont relus dans le corpus donné.")
    train.add_argument("--corpus", type=Path, required=True, metavar="DOSSIER", help=corpus_help)
    train.add_argument("--training", type=Path, default=None, metavar="DOSSIER",
                       help="dossier des données d'entraînement (défaut : models/training)")
    train.add_argument("--out", type=Path, default=None, metavar="DOSSIER",
                       help="dossier où écrire le modèle (défaut : models/)")
    train.add_argument("--seed", type=whole_number, default=0, metavar="N", help="graine du tirage (défaut : 0)")

    evaluate = sub.add_parser("evaluate", help="mesurer précision/rappel sur un corpus étiqueté",
                              description="Analyse un corpus étiqueté, compare aux étiquettes et régénère le "
                                          "tableau de qualité (docs/quality.md et README). Voir docs/evaluation.md.")
    evaluate.add_argument("--corpus", type=Path, required=True, metavar="DOSSIER", help=corpus_help)
    evaluate.add_argument("--labels", type=Path, default=None, metavar="LABELS.csv",
                          help="étiquettes (défaut : labels.csv dans le corpus)")
    evaluate.add_argument("--markdown", type=Path, default=Path("docs/quality.md"), metavar="FICHIER.md",
                          help="page de qualité à régénérer (défaut : docs/quality.md)")
    evaluate.add_argument("--readme", type=Path, default=Path("README.md"), metavar="README.md",
                          help="README dont le tableau est régénéré")
    evaluate.add_argument("--workers", type=whole_number, default=None, metavar="N",
                          help="processus parallèles (défaut : nombre de cœurs)")

    indicators = sub.add_parser("indicators", help="régénérer la démonstration de docs/indicators.md depuis un scan")
    indicators.add_argument("scan_json", type=Path, metavar="SCAN.json", help="résultat de `clausecheck scan --json`")
    indicators.add_argument("--doc", type=Path, default=Path("docs/indicators.md"), metavar="FICHIER.md",
                            help="page à régénérer (défaut : docs/indicators.md)")

    _HANDLERS.update(add_commands(sub))  # bilan, opportunites (docs/bilan.md)
    for name, register in _command_extensions():
        try:
            register(sub)
        except Exception as error:  # a broken extension must not take the core commands down with it
            _extension_ignored(name, error)
    return parser


COMMANDS_GROUP = "clausecheck.commands"


def _command_extensions() -> list[tuple[str, Any]]:
    """Commands contributed by other packages through the `clausecheck.commands` entry point group:
    each entry point is a function that adds its sub-commands to the subparsers, with `func` (the
    handler, returning the exit code) in their defaults. The API contributes `serve` and `api-key`
    (api/commands.py): the core never imports it."""
    from importlib.metadata import entry_points

    found = []
    for entry in sorted(entry_points(group=COMMANDS_GROUP), key=lambda e: e.name):
        try:
            found.append((entry.name, entry.load()))
        except Exception as error:
            _extension_ignored(entry.name, error)
    return found


def _extension_ignored(name: str, error: Exception) -> None:
    print(f"clausecheck : commandes « {name} » ignorées ({type(error).__name__} : {error})", file=sys.stderr)


def _version() -> str:
    from clausecheck.version import __version__

    return f"clausecheck {__version__}"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        handler = getattr(args, "func", None) or _HANDLERS[args.command]
        return int(handler(args))
    except KeyboardInterrupt:
        print("\nInterrompu.", file=sys.stderr)
        return EXIT_INTERNAL
    except UsageError as error:
        print(f"clausecheck : erreur d'utilisation : {error}", file=sys.stderr)
        return EXIT_USAGE
    except OutputError as error:
        print(f"clausecheck : {error}", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as error:  # an internal error: said in French, exit 3
        if os.environ.get("CLAUSECHECK_DEBUG"):
            raise
        cause = os_error_text(error) if isinstance(error, OSError) else f"{type(error).__name__} : {error}"
        print(f"clausecheck : erreur interne ({cause}). Relancez avec CLAUSECHECK_DEBUG=1 pour la trace, "
              "et merci de la signaler.", file=sys.stderr)
        return EXIT_INTERNAL


_UsageError = UsageError  # the name this module used before cli_support.py


def _scan_outputs(args) -> list[Path]:
    return [p for p in (args.json_out, args.html_out, args.csv_out, args.xlsx_out) if p]


def _cmd_scan(args) -> int:
    from clausecheck.executors import ExecutorError, default_workers, make_executor
    from clausecheck.pipeline import scan

    outputs = _scan_outputs(args)
    if not outputs:
        raise UsageError("aucune sortie demandée : donnez au moins une des options --json FICHIER.json, "
                         "--html FICHIER.html, --csv FICHIER.csv ou --xlsx FICHIER.xlsx")
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise UsageError("chemin introuvable : " + ", ".join(missing))
    workers = args.workers if args.workers is not None else default_workers()
    if workers < 1:
        raise UsageError("--workers doit être au moins 1")
    for output in outputs:  # say it now, before any document is read, not after an hour of analysis
        check_writable(output)
    if args.ocr == "force":
        _require_tesseract()
    try:
        executor = make_executor(workers, kind=args.executor, scheduler=args.scheduler, inputs=args.inputs,
                                 announce=None if args.quiet else lambda message: print(message, file=sys.stderr))
    except ExecutorError as error:
        raise UsageError(str(error)) from error
    run = scan(args.paths, executor=executor, reference_date=args.date, use_model=not args.no_model,
               exclude=outputs, ocr=args.ocr)
    if not run.items:
        raise UsageError(f"aucun document à analyser dans {', '.join(str(p) for p in args.paths)}. "
                         f"Formats lus : {READ_FORMATS}.")
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="clausecheck-scan-") as temp:
        json_out = args.json_out or Path(temp) / "scan.json"  # the tables and the report are made from it
        try:
            _write_scan_outputs(run, args, json_out, written)
        except ExecutorError as error:
            raise UsageError(str(error)) from error
    outcome = run.summary
    if not args.quiet:
        unreadable = outcome.failed
        speed = outcome.pages / run.seconds if run.seconds else 0
        print(f"{_count(outcome.documents, 'document analysé', 'documents analysés')} en "
              f"{run.seconds:.1f} s ({speed:.0f} pages/s), {_count(outcome.tenders, 'dossier', 'dossiers')} ; "
              f"{_count(outcome.documents - unreadable, 'lisible', 'lisibles')}, "
              f"{_count(unreadable, 'illisible ou non pris en charge', 'illisibles ou non pris en charge')}."
              .replace(".", ",", 1), file=sys.stderr)
        print("Résultats : " + ", ".join(str(p) for p in written), file=sys.stderr)
        if outcome.reruns.tasks:
            print(f"Relancé sur le cluster : {_count(outcome.reruns.tasks, 'tâche', 'tâches')} "
                  f"({_count(len(outcome.reruns.inputs), 'fichier', 'fichiers')}, "
                  f"{_count(outcome.reruns.workers_lost, 'processus de travail tombé', 'processus de travail tombés')}) ;"
                  " chaque document est compté une fois (summary.reruns).", file=sys.stderr)
        if unreadable:
            print("Les documents illisibles sont listés avec leur motif (text_status, status_message) ; "
                  "leurs catégories valent « inconnu » (null), jamais « absent ».", file=sys.stderr)
        _ocr_summary(outcome.by_status, args.ocr)
    return EXIT_SOME_FAILED if outcome.failed else EXIT_OK


def _require_tesseract() -> None:
    from clausecheck.ingestion.ocr_engine import tesseract_status
    from clausecheck.ingestion.ocr_settings import load_ocr_settings

    status = tesseract_status(load_ocr_settings().language)
    if not status.available:
        raise UsageError(f"--ocr force : {status.message}")


def _ocr_summary(by_status: dict[str, int], mode: str) -> None:
    """What OCR read, and how to read the scans it could not (Tesseract missing on this machine)."""
    from clausecheck.ingestion.ocr_engine import INSTALL_HINT, tesseract_status
    from clausecheck.ingestion.ocr_settings import load_ocr_settings

    read_by_ocr = by_status.get("ocr", 0)
    if read_by_ocr:
        print(f"{_count(read_by_ocr, 'document lu', 'documents lus')} en tout ou partie par OCR "
              "(text_status « ocr », confiance par page dans « ocr »).", file=sys.stderr)
    scanned = by_status.get("no_text_layer", 0)
    if scanned and mode != "off" and not tesseract_status(load_ocr_settings().language).available:
        print(f"{_count(scanned, 'document numérisé', 'documents numérisés')} sans OCR : {INSTALL_HINT}.",
              file=sys.stderr)


def _write_scan_outputs(run, args, json_out: Path, written: list[Path]) -> None:
    """The JSON (streamed while the documents are analysed, under a progress bar), then the report
    and the tables made from it. An output that fails stops there with OutputError (exit 3): what
    was written before it stays, and the message says which."""
    from clausecheck.interfaces.progress import progress_bar
    from clausecheck.outputs.json_output import read_scan, write_scan

    with progress_bar(len(run.items), quiet=args.quiet) as progress:
        _write(json_out, lambda: write_scan(run, json_out, progress=progress), written,
               keep=args.json_out is not None)
    if not (args.html_out or args.csv_out or args.xlsx_out):
        return
    scan_result = read_scan(json_out)
    if args.html_out:
        from clausecheck.outputs.report import write_report

        _write(args.html_out, lambda: write_report(scan_result, args.html_out), written)
    for table_out in (args.csv_out, args.xlsx_out):
        if table_out:
            from clausecheck.outputs.tabular import write_table

            _write(table_out, partial(write_table, scan_result, table_out), written)


def _write(path: Path, write, written: list[Path], keep: bool = True) -> None:
    try:
        write()
    except OSError as error:
        done = f" Déjà écrit : {', '.join(str(p) for p in written)}." if written else ""
        raise OutputError(f"écriture de {path} interrompue : {os_error_text(error)} (fichier incomplet).{done}") \
            from error
    if keep:
        written.append(path)


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n <= 1 else plural}"


def _cmd_report(args) -> int:
    from pydantic import ValidationError

    from clausecheck.outputs.json_output import load_scan
    from clausecheck.outputs.report import write_report

    if not args.scan_json.exists():
        raise UsageError(f"fichier introuvable : {args.scan_json}")
    try:
        data = json.loads(args.scan_json.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise UsageError(f"{args.scan_json} n'est pas un JSON valide ({error})") from error
    if isinstance(data, dict) and isinstance(data.get("result"), dict):
        data = data["result"]  # an analysis as the API returns it
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise UsageError(f"{args.scan_json} n'est pas un résultat de `clausecheck scan` (clé « documents » absente)")
    try:
        scan_result = load_scan(data)
    except ValidationError as error:
        raise UsageError(f"{args.scan_json} n'est pas un résultat valide de `clausecheck scan` : "
                          + _validation_errors(error)) from error
    check_writable(args.output)
    _write(args.output, lambda: write_report(scan_result, args.output), [])
    print(f"Rapport écrit : {args.output}", file=sys.stderr)
    return EXIT_OK


_ERROR_KINDS = {"missing": "valeur manquante", "extra_forbidden": "clé inconnue"}


def _validation_errors(error: Any, shown: int = 3) -> str:
    """A pydantic ValidationError in French: where in the file, and what is wrong there."""
    errors = error.errors(include_url=False)
    parts = []
    for item in errors[:shown]:
        where = ".".join(str(part) for part in item["loc"]) or "racine"
        kind = _ERROR_KINDS.get(item["type"], "type de valeur inattendu" if item["type"].endswith("_type")
                                else "valeur invalide")
        parts.append(f"« {where} » : {kind} (reçu {json.dumps(item.get('input'), ensure_ascii=False, default=str)[:60]})"
                     if item["type"] != "missing" else f"« {where} » : {kind}")
    more = len(errors) - shown
    return " ; ".join(parts) + (f" ; et {more} autre{'s' if more > 1 else ''} erreur{'s' if more > 1 else ''}"
                                if more > 0 else "")


def _cmd_rules(args) -> int:
    from clausecheck.detection.rules import RuleError

    try:
        return _rules_command(args)
    except RuleError as error:  # a facilitator's broken rule file: say what to fix, no traceback
        print(f"clausecheck : règle invalide : {error}", file=sys.stderr)
        return 1


def _rules_command(args) -> int:
    from clausecheck.detection.rules import load_rules, rules_catalog
    from clausecheck.rule_examples import run_rule_examples

    if args.rules_command == "list":
        catalog = rules_catalog()
        if args.json:
            print(json.dumps(catalog, ensure_ascii=False, indent=2))
        else:
            for rule in catalog:
                basis = ", ".join(rule.get("legal_basis") or [])
                print(f"{rule['id']:<45} {rule['category']:<25} {rule.get('severity', ''):<8} {basis}")
            print(f"{len(catalog)} règles.", file=sys.stderr)
        return EXIT_OK
    rules = load_rules(args.rules_dir)
    failures = run_rule_examples(rules)
    examples = sum(len(getattr(rule, "examples", []) or []) for rule in rules)
    for failure in failures:
        print(f"ÉCHEC {failure}", file=sys.stderr)
    print(f"{len(rules)} règles, {examples} exemples, {len(failures)} échecs.")
    return EXIT_OK if not failures else 1


def _cmd_train(args) -> int:
    from clausecheck.detection.training import train
    from clausecheck.resources import models_dir

    if not args.corpus.is_dir():
        raise UsageError(f"corpus introuvable : {args.corpus} (les passages réels y sont lus)")
    training = args.training or models_dir() / "training"
    out = args.out or models_dir()
    metrics = train(training, args.corpus, out, seed=args.seed)
    role, topics = metrics["role"], metrics["topics"]
    print(f"modèle {metrics['version']} écrit dans {out} ({metrics['seconds']} s)")
    print(f"rôle, acheteurs tenus à l'écart : exactitude {role['accuracy']:.3f}, F1 macro {role['macro_f1']:.3f}")
    for topic, figures in topics.items():
        print(f"thème {topic:<14} seuil {figures['threshold']:<5} P {figures['precision']:.2f} "
              f"R {figures['recall']:.2f} ({figures['positives']} positifs)")
    return EXIT_OK


def _cmd_evaluate(args) -> int:
    from clausecheck.executors import default_workers
    from clausecheck.outputs.evaluation import evaluate, to_markdown
    from clausecheck.pipeline import scan_json

    labels = args.labels or args.corpus / "labels.csv"
    if not labels.exists():
        raise UsageError(f"étiquettes introuvables : {labels}")
    scan_result = scan_json([args.corpus], workers=args.workers or default_workers())
    result = evaluate(scan_result, labels)
    table = to_markdown(result)
    args.markdown.parent.mkdir(parents=True, exist_ok=True)
    args.markdown.write_text("# Qualité mesurée\n\n<!-- généré par `clausecheck evaluate` : ne pas modifier à la main -->\n\n"
                             + table + "\n", encoding="utf-8")
    if args.readme and args.readme.exists():
        _replace_block(args.readme, "quality", table)
    print(table)
    return EXIT_OK


def _replace_block(path: Path, name: str, content: str) -> None:
    """Replace the text between `<!-- name:start -->` and `<!-- name:end -->` in a file."""
    text = path.read_text(encoding="utf-8")
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        _, after = rest.split(end, 1)
        path.write_text(f"{before}{start}\n{content}\n{end}{after}", encoding="utf-8")


def _cmd_indicators(args) -> int:
    from clausecheck.assessment.docs import update_indicator_docs

    for path in (args.scan_json, args.doc):
        if not path.exists():
            raise UsageError(f"fichier introuvable : {path}")
    scan_result = json.loads(args.scan_json.read_text(encoding="utf-8"))
    args.doc.write_text(update_indicator_docs(args.doc.read_text(encoding="utf-8"), scan_result), encoding="utf-8")
    print(f"Démonstration régénérée dans {args.doc}", file=sys.stderr)
    return EXIT_OK


_HANDLERS = {
    "scan": _cmd_scan,
    "report": _cmd_report,
    "rules": _cmd_rules,
    "train": _cmd_train,
    "evaluate": _cmd_evaluate,
    "indicators": _cmd_indicators,
}


if __name__ == "__main__":
    raise SystemExit(main())
