"""What every command of the command line shares: an argparse parser that speaks French, French
operating-system errors, and the check that an output can be written before any work starts.

`FrenchParser` is argparse's own parser with its texts translated: argparse asks
`gettext.gettext` for each of its messages (« usage: », « the following arguments are required »,
« invalid choice »…) at the moment it needs them, so the parser lends argparse a French catalogue
(`ARGPARSE_FR`) for the time of its own calls only, and puts the original back afterwards: nothing
else in the process is translated. A message with no French entry stays as argparse wrote it, and
tests/test_cli_misuse.py fails on any English phrase that reaches the user.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import functools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class UsageError(Exception):
    """A French message for the user about what they asked; exit code 2."""


class OutputError(Exception):
    """An output could not be written once the work had started; exit code 3. The message is French."""


# argparse's messages (its gettext msgids, Python 3.11 to 3.13) and how the user reads them.
ARGPARSE_FR: dict[str, str] = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "optional arguments": "options",
    "subcommands": "commandes",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version et quitter",
    "the following arguments are required: %s": "argument(s) obligatoire(s) manquant(s) : %s",
    "unrecognized arguments: %s": "option(s) ou argument(s) inconnu(s) : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : « %(value)s » (choix possibles : %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)":
        "choix invalide : « %(value)s », vouliez-vous dire « %(closest)s » ? (choix possibles : %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "expected one argument": "une valeur attendue",
    "expected at most one argument": "au plus une valeur attendue",
    "expected at least one argument": "au moins une valeur attendue",
    "expected %s argument": "%s valeur attendue",
    "expected %s arguments": "%s valeurs attendues",
    "invalid %(type)s value: %(value)r": "valeur invalide : « %(value)s »",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "ignored explicit argument %r": "valeur ignorée : %r",
    "unexpected option string: %s": "option inattendue : %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "commande inconnue « %(parser_name)s » (choix possibles : %(choices)s)",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur d'utilisation : %(message)s\n",
}


def _gettext_fr(message: str) -> str:
    return ARGPARSE_FR.get(message, message)


def _ngettext_fr(singular: str, plural: str, n: int) -> str:
    return _gettext_fr(singular if n == 1 else plural)


_depth = 0


@contextlib.contextmanager
def _french() -> Iterator[None]:
    """argparse's messages in French for the time of the block (re-entrant)."""
    global _depth
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext_fr, _ngettext_fr  # type: ignore[attr-defined]
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


F = TypeVar("F", bound=Callable[..., Any])


def _in_french(method: F) -> F:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with _french():
            return method(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


class FrenchHelpFormatter(argparse.HelpFormatter):
    """Section headings the French way: « options : »."""

    def start_section(self, heading: str | None) -> None:
        super().start_section(f"{heading}\u00a0" if heading else heading)


class FrenchParser(argparse.ArgumentParser):
    """argparse.ArgumentParser whose help, usage and errors are French; errors exit with code 2."""

    @_in_french
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", FrenchHelpFormatter)
        super().__init__(*args, **kwargs)

    parse_args = _in_french(argparse.ArgumentParser.parse_args)
    parse_known_args = _in_french(argparse.ArgumentParser.parse_known_args)
    format_usage = _in_french(argparse.ArgumentParser.format_usage)
    format_help = _in_french(argparse.ArgumentParser.format_help)
    add_subparsers = _in_french(argparse.ArgumentParser.add_subparsers)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"clausecheck : erreur d'utilisation : {message}\n"
              f"(aide : {self.prog} --help)", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def whole_number(text: str) -> int:
    """An argparse type: a whole number, said in French when it is not one."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre entier attendu, reçu « {text} »") from None


# What the operating system says, in French (strerror is English on most machines).
OS_ERRORS_FR: dict[int, str] = {
    errno.ENOENT: "fichier ou dossier introuvable",
    errno.EACCES: "permission refusée",
    errno.EPERM: "opération non permise",
    errno.EROFS: "système de fichiers en lecture seule",
    errno.ENOSPC: "plus de place sur le disque",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.EISDIR: "c'est un dossier, pas un fichier",
    errno.EEXIST: "existe déjà",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.EMFILE: "trop de fichiers ouverts",
    errno.EIO: "erreur d'entrée-sortie du disque",
    errno.EBUSY: "ressource occupée",
    errno.EINVAL: "chemin invalide",
    errno.ETXTBSY: "fichier en cours d'utilisation",
    errno.ELOOP: "trop de liens symboliques",
    errno.EFBIG: "fichier trop gros",
}
if hasattr(errno, "EDQUOT"):
    OS_ERRORS_FR[errno.EDQUOT] = "quota de disque dépassé"


def os_error_text(error: OSError) -> str:
    """The cause of an OSError in French: « permission refusée », « plus de place sur le disque »…"""
    if error.errno in OS_ERRORS_FR:
        return OS_ERRORS_FR[error.errno]
    if error.errno:
        return f"erreur du système n° {error.errno} ({errno.errorcode.get(error.errno, '?')})"
    return f"erreur du système ({type(error).__name__})"


def check_writable(path: Path) -> None:
    """Raise UsageError, in French with the path and the cause, unless `path` can be written.

    Creates the missing folders above it and opens the file for appending (an existing file is
    left as it was; a new one is removed again), so that the answer is the system's own, also for
    root, read-only file systems and special folders."""
    if path.is_dir():
        raise UsageError(f"{path} est un dossier : donnez un nom de fichier de sortie")
    folder = path.parent if str(path.parent) else Path(".")
    for above in (folder, *folder.parents):
        if above.exists():
            if not above.is_dir():
                raise UsageError(f"impossible d'écrire {path} : {above} est un fichier, pas un dossier")
            break
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"impossible de créer le dossier de sortie {folder} : {os_error_text(error)}") from error
    existed = path.exists()
    try:
        with open(path, "ab"):
            pass
        if not existed:
            path.unlink()
    except OSError as error:
        raise UsageError(f"impossible d'écrire {path} : {os_error_text(error)}") from error
