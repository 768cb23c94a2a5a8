"""The command line: scan, report, rules, train, evaluate, indicators; and the commands other
packages add through the `clausecheck.commands` entry point group (the API's serve and api-key).

Exit codes: 0 all went well; 1 some documents could not be read (they are reported, the rest
is analysed); 2 usage error; 3 internal error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from clausecheck.interfaces.bilan_cli import add_commands

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 already; say it in French
        self.print_usage(sys.stderr)
        print(f"clausecheck : erreur d'utilisation : {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"date attendue au format AAAA-MM-JJ, reçu « {text} »") from error


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="clausecheck", description="Analyse des dossiers de consultation (DCE) : clauses sociales, "
                     "d'insertion, environnementales, marchés réservés, allotissement et seuils.")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    scan = sub.add_parser("scan", help="analyser des fichiers, dossiers et archives ZIP")
    scan.add_argument("paths", nargs="+", type=Path, help="fichiers, dossiers ou ZIP à analyser")
    scan.add_argument("--json", dest="json_out", type=Path, required=True, help="fichier JSON de résultats")
    scan.add_argument("--csv", dest="csv_out", type=Path, help="tableau des dossiers en CSV")
    scan.add_argument("--xlsx", dest="xlsx_out", type=Path, help="tableau des dossiers en XLSX")
    scan.add_argument("--html", dest="html_out", type=Path, help="rapport HTML")
    scan.add_argument("--workers", type=int, default=None, help="processus parallèles (défaut : nombre de cœurs)")
    scan.add_argument("--date", type=_date, default=None, help="date de lancement à retenir pour les seuils (AAAA-MM-JJ) ; par défaut, la date de "
                      "publication lue dans le dossier, sinon bornée par la date limite des offres, sinon "
                      "inconnue (les signalements qui en dépendent le disent)")
    scan.add_argument("--no-model", action="store_true", help="règles seules, sans le modèle de passages")
    scan.add_argument("--ocr", choices=("auto", "off", "force"), default="auto",
                      help="lecture des pages numérisées par OCR (Tesseract) : auto (défaut : les pages sans texte, "
                           "si Tesseract est installé), off (jamais), force (toutes les pages, Tesseract exigé)")
    scan.add_argument("--quiet", action="store_true", help="pas de barre de progression ni de résumé")

    report = sub.add_parser("report", help="produire le rapport HTML d'un résultat JSON")
    report.add_argument("scan_json", type=Path)
    report.add_argument("-o", "--output", type=Path, required=True)

    rules = sub.add_parser("rules", help="lister ou tester les règles de détection")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True, parser_class=_Parser)
    rules_list = rules_sub.add_parser("list", help="lister les règles")
    rules_list.add_argument("--json", action="store_true", help="sortie JSON")
    rules_test = rules_sub.add_parser("test", help="vérifier les exemples annotés de chaque règle")
    rules_test.add_argument("--rules-dir", type=Path, default=None)

    train = sub.add_parser("train", help="entraîner le modèle de passages (rôle et thèmes)")
    train.add_argument("--corpus", type=Path, default=Path("../shared/corpus"),
                       help="corpus où lire les passages réels (models/training/real_passages.jsonl)")
    train.add_argument("--training", type=Path, default=None, help="dossier des données d'entraînement")
    train.add_argument("--out", type=Path, default=None, help="dossier où écrire le modèle (défaut : models/)")
    train.add_argument("--seed", type=int, default=0)

    evaluate = sub.add_parser("evaluate", help="mesurer précision/rappel sur un corpus étiqueté")
    evaluate.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    evaluate.add_argument("--labels", type=Path, default=None)
    evaluate.add_argument("--markdown", type=Path, default=Path("docs/quality.md"))
    evaluate.add_argument("--readme", type=Path, default=Path("README.md"), help="README dont le tableau est régénéré")
    evaluate.add_argument("--workers", type=int, default=None)

    indicators = sub.add_parser("indicators", help="régénérer la démonstration de docs/indicators.md depuis un scan")
    indicators.add_argument("scan_json", type=Path)
    indicators.add_argument("--doc", type=Path, default=Path("docs/indicators.md"))

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
    except _UsageError as error:
        print(f"clausecheck : {error}", file=sys.stderr)
        return EXIT_USAGE


class _UsageError(Exception):
    pass


def _progress_printer(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        width = 30
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} fichiers")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _cmd_scan(args) -> int:
    from clausecheck.executors import default_workers, make_executor
    from clausecheck.outputs.json_output import write_scan
    from clausecheck.pipeline import scan

    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise _UsageError("chemin introuvable : " + ", ".join(missing))
    workers = args.workers if args.workers is not None else default_workers()
    if workers < 1:
        raise _UsageError("--workers doit être au moins 1")
    outputs = [p for p in (args.json_out, args.html_out, args.csv_out, args.xlsx_out) if p]
    for output in outputs:  # say it now, not after an hour of analysis
        _check_writable(output)
    if args.ocr == "force":
        _require_tesseract()
    run = scan(args.paths, executor=make_executor(workers), reference_date=args.date, use_model=not args.no_model,
               exclude=outputs, ocr=args.ocr)
    write_scan(run, args.json_out, progress=_progress_printer(args.quiet))
    outcome = run.summary
    if outcome.documents == 0:
        print("Aucun document trouvé dans les chemins donnés (PDF, DOCX, ODT, XLSX, HTML, XML, TXT ou ZIP).",
              file=sys.stderr)
    if args.html_out or args.csv_out or args.xlsx_out:
        from clausecheck.outputs.json_output import read_scan

        scan_result = read_scan(args.json_out)
        if args.html_out:
            from clausecheck.outputs.report import write_report

            write_report(scan_result, args.html_out)
        for table_out in (args.csv_out, args.xlsx_out):
            if table_out:
                from clausecheck.outputs.tabular import write_table

                write_table(scan_result, table_out)
    if not args.quiet:
        unreadable = outcome.failed
        speed = outcome.pages / run.seconds if run.seconds else 0
        print(f"{_count(outcome.documents, 'document analysé', 'documents analysés')} en "
              f"{run.seconds:.1f} s ({speed:.0f} pages/s), {_count(outcome.tenders, 'dossier', 'dossiers')} ; "
              f"{_count(outcome.documents - unreadable, 'lisible', 'lisibles')}, "
              f"{_count(unreadable, 'illisible ou non pris en charge', 'illisibles ou non pris en charge')}."
              .replace(".", ",", 1), file=sys.stderr)
        written = [str(p) for p in (args.json_out, args.html_out, args.csv_out, args.xlsx_out) if p]
        print("Résultats : " + ", ".join(written), file=sys.stderr)
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
        raise _UsageError(f"--ocr force : {status.message}")


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


def _check_writable(path: Path) -> None:
    if path.is_dir():
        raise _UsageError(f"{path} est un dossier : donnez un nom de fichier de sortie")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _UsageError(f"impossible de créer le dossier de sortie {folder} ({error.strerror or error})") from error
    if not os.access(folder, os.W_OK):
        raise _UsageError(f"écriture impossible dans {folder}")


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n <= 1 else plural}"


def _cmd_report(args) -> int:
    from pydantic import ValidationError

    from clausecheck.outputs.json_output import load_scan
    from clausecheck.outputs.report import write_report

    if not args.scan_json.exists():
        raise _UsageError(f"fichier introuvable : {args.scan_json}")
    try:
        data = json.loads(args.scan_json.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise _UsageError(f"{args.scan_json} n'est pas un JSON valide ({error})") from error
    if isinstance(data, dict) and isinstance(data.get("result"), dict):
        data = data["result"]  # an analysis as the API returns it
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise _UsageError(f"{args.scan_json} n'est pas un résultat de `clausecheck scan` (clé « documents » absente)")
    try:
        scan_result = load_scan(data)
    except ValidationError as error:
        raise _UsageError(f"{args.scan_json} n'est pas un résultat valide de `clausecheck scan` : "
                          + _validation_errors(error)) from error
    _check_writable(args.output)
    write_report(scan_result, args.output)
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
        raise _UsageError(f"corpus introuvable : {args.corpus} (les passages réels y sont lus)")
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
        raise _UsageError(f"étiquettes introuvables : {labels}")
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
            raise _UsageError(f"fichier introuvable : {path}")
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
