"""A new user's mistakes on the command line: each ends with the right exit code and a French
message that names the cause, never a traceback, never a phrase of argparse or of the operating
system left in English."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from clausecheck.interfaces.cli import EXIT_INTERNAL, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, build_parser, main
from clausecheck.interfaces.cli_support import ARGPARSE_FR

REPO = Path(__file__).resolve().parents[1]

# What argparse and the operating system say in English (argparse's gettext messages, strerror).
ENGLISH = [
    "usage:", "error:", "show this help", "show program's version", "positional arguments", "optional arguments",
    "the following arguments are required", "invalid choice", "choose from", "unrecognized arguments",
    "expected one argument", "expected at least one", "invalid int value", "invalid value", "ambiguous option",
    "not allowed with", "is required", "Traceback", "No such file or directory", "Permission denied",
    "Read-only file system", "Not a directory", "Is a directory", "No space left", "File exists", "[Errno",
    "Operation not permitted",
]


def _english(text: str) -> list[str]:
    return [phrase for phrase in ENGLISH if phrase in text]


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    env.pop("CLAUSECHECK_DEBUG", None)
    return subprocess.run([sys.executable, "-c", "from clausecheck.interfaces.cli import main; raise SystemExit(main())",
                           *args], capture_output=True, text=True, timeout=300, cwd=cwd, env=env)


def _dossier(tmp_path: Path) -> Path:
    folder = tmp_path / "dce"
    folder.mkdir()
    (folder / "RC.txt").write_text("RÈGLEMENT DE LA CONSULTATION\nLe marché n'est pas alloti. Montant estimé : "
                                   "30 000 € HT.\n", encoding="utf-8")
    return folder


def _assert_french(run: subprocess.CompletedProcess[str], code: int, *causes: str) -> None:
    message = run.stdout + run.stderr
    assert run.returncode == code, (run.returncode, message)
    assert not _english(message), (_english(message), message)
    assert "erreur d'utilisation" in message if code == EXIT_USAGE else True, message
    for cause in causes:
        assert cause in message, (cause, message)


def test_unwritable_output_is_said_before_any_document_is_read(tmp_path):
    dossier = _dossier(tmp_path)
    blocker = tmp_path / "pas-un-dossier"
    blocker.write_text("un fichier, pas un dossier", encoding="utf-8")
    target = blocker / "sortie.json"
    run = _cli("scan", str(dossier), "--json", str(target))
    _assert_french(run, EXIT_USAGE, str(target), f"{blocker} est un fichier, pas un dossier")
    assert "analysé" not in run.stderr  # no document was read: no summary


def test_output_in_a_special_folder(tmp_path):
    run = _cli("scan", str(_dossier(tmp_path)), "--html", "/proc/clausecheck/rapport.html")
    _assert_french(run, EXIT_USAGE, "/proc/clausecheck", "impossible de créer le dossier de sortie")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder: covered by the two tests above")
def test_output_in_a_read_only_folder(tmp_path):
    locked = tmp_path / "verrouillé"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        run = _cli("scan", str(_dossier(tmp_path)), "--csv", str(locked / "dossiers.csv"))
    finally:
        locked.chmod(0o700)
    _assert_french(run, EXIT_USAGE, str(locked / "dossiers.csv"), "permission refusée")


def test_empty_folder_is_a_usage_error_naming_the_formats(tmp_path):
    empty = tmp_path / "vide"
    empty.mkdir()
    (empty / "notes.json").write_text("{}", encoding="utf-8")  # left aside: not a tender document
    run = _cli("scan", str(empty), "--json", str(tmp_path / "scan.json"))
    _assert_french(run, EXIT_USAGE, "aucun document à analyser", str(empty), "PDF", "DOCX", "ZIP", "XML")
    assert not (tmp_path / "scan.json").exists()


def test_no_output_option(tmp_path):
    run = _cli("scan", str(_dossier(tmp_path)))
    _assert_french(run, EXIT_USAGE, "aucune sortie demandée", "--json", "--html", "--csv", "--xlsx")


def test_bad_date(tmp_path):
    run = _cli("scan", str(_dossier(tmp_path)), "--json", str(tmp_path / "s.json"), "--date", "2026-13-01")
    _assert_french(run, EXIT_USAGE, "--date", "AAAA-MM-JJ", "2026-13-01", "utilisation : clausecheck scan")


def test_unknown_option(tmp_path):
    run = _cli("scan", str(_dossier(tmp_path)), "--json", str(tmp_path / "s.json"), "--inconnue")
    _assert_french(run, EXIT_USAGE, "--inconnue", "inconnu")


@pytest.mark.parametrize("args, cause", [
    ([], "COMMANDE"),
    (["scann"], "« scann »"),
    (["scan", "--json", "x.json"], "CHEMIN"),
    (["scan", "dossier", "--workers", "deux", "--json", "x.json"], "nombre entier attendu, reçu « deux »"),
    (["scan", "dossier", "--json"], "une valeur attendue"),
    (["report", "scan.json"], "-o/--output"),
    (["evaluate"], "--corpus"),
    (["api-key"], "ACTION"),
    (["bilan", "--annees", "vingt"], "AAAA ou AAAA-AAAA"),
])
def test_other_usage_errors_in_french(args, cause, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == EXIT_USAGE
    message = capsys.readouterr().err
    assert not _english(message), (_english(message), message)
    assert cause in message and "utilisation : clausecheck" in message, message


def _commands(parser) -> list[list[str]]:
    """Every command and sub-command of the parser, as argument lists."""
    import argparse

    found = [[]]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += [[name, *rest] for rest in _commands(sub)]
    return found


def test_every_help_is_french(capsys):
    commands = _commands(build_parser())
    assert ["scan"] in commands and ["api-key", "create"] in commands and ["bilan"] in commands
    for command in commands:
        with pytest.raises(SystemExit) as exit_:
            main([*command, "--help"])
        assert exit_.value.code == EXIT_OK
        text = capsys.readouterr().out
        assert text.startswith("utilisation : clausecheck"), text
        assert "afficher cette aide et quitter" in text and "options\u00a0:" in text
        assert not _english(text), (command, _english(text))


def test_argparse_messages_of_this_python_are_translated():
    """Every message argparse can show the user in this Python (its gettext calls) has a French entry."""
    import argparse
    import inspect

    source = inspect.getsource(argparse)
    shown = set(re.findall(r"\b_\('((?:[^'\\]|\\.)*)'\)", source)) | set(re.findall(r'\b_\("((?:[^"\\]|\\.)*)"\)', source))
    shown |= {m for pair in re.findall(r"ngettext\('([^']*)',\s*'([^']*)'", source) for m in pair}
    # Messages for the programmer who builds a parser wrongly, never for the user.
    programmer = {"conflicting subparser: %s", "conflicting subparser alias: %s", ".__call__() not defined",
                  "cannot merge actions - two groups are named %r", "'required' is an invalid argument for positionals",
                  "dest= is required for options like %r", "invalid conflict_resolution value: %r",
                  "conflicting option string: %s", "conflicting option strings: %s",
                  "mutually exclusive arguments must be optional", "cannot have multiple subparser arguments",
                  "%r is not callable", 'argument "-" with mode %r', "%(prog)s: error: %(message)s\n"}
    shown = {m.replace("\\n", "\n") for m in shown}
    user_facing = {m for m in shown if m not in programmer and not m.startswith("invalid option string")}
    assert user_facing - set(ARGPARSE_FR) == set()


def test_argparse_outside_the_command_line_is_left_alone():
    import argparse

    parser = argparse.ArgumentParser(prog="autre", add_help=True)
    build_parser()
    assert "show this help message and exit" in parser.format_help()
    assert "usage:" in parser.format_usage()


def test_an_output_failing_mid_scan_keeps_what_was_written(tmp_path, monkeypatch, capsys):
    import clausecheck.outputs.report as report

    def disk_full(scan, path):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(report, "write_report", disk_full)
    scan_json, html = tmp_path / "scan.json", tmp_path / "rapport.html"
    code = main(["scan", str(_dossier(tmp_path)), "--json", str(scan_json), "--html", str(html), "--quiet"])
    message = capsys.readouterr().err
    assert code == EXIT_INTERNAL
    assert str(html) in message and "plus de place sur le disque" in message and f"Déjà écrit : {scan_json}" in message
    assert not _english(message), message
    assert '"documents"' in scan_json.read_text(encoding="utf-8")  # the JSON written before stays


@pytest.mark.parametrize("option, name", [("--html", "rapport.html"), ("--csv", "dossiers.csv"), ("--xlsx", "d.xlsx")])
def test_any_one_output_is_enough(tmp_path, option, name):
    assert main(["scan", str(_dossier(tmp_path)), option, str(tmp_path / name), "--quiet"]) in (EXIT_OK, EXIT_SOME_FAILED)
    assert (tmp_path / name).stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["dce", name])  # no JSON left behind
