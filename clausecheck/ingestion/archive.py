"""ZIP archives (a DCE as handed out by a buyer's platform), bounded against bombs and traversal."""

from __future__ import annotations

import contextlib
import io
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from clausecheck.ingestion.base import Limits, format_size
from clausecheck.model import TextStatus

_SKIPPED_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}


@dataclass(slots=True)
class Member:
    name: str  # path inside the archive
    data: bytes | None
    status: TextStatus | None = None  # set when the member is refused
    message: str = ""


def iter_members(data: bytes, limits: Limits) -> Iterator[Member]:
    """Members worth reading, in archive order; refused ones come with a status and a French reason."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        yield Member("", None, TextStatus.CORRUPT, f"Archive ZIP endommagée ({error}).")
        return
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        if len(infos) > limits.zip_max_members:
            yield Member("", None, TextStatus.TOO_LARGE, f"Archive de {len(infos)} fichiers : au-delà de la limite de {limits.zip_max_members}.")
            return
        total = 0
        for info in infos:
            name = _member_name(info)
            base = posixpath.basename(name).lower()
            if name.startswith("__MACOSX/") or base in _SKIPPED_NAMES or base.startswith("~$"):
                continue
            if _escapes(info.filename):
                yield Member(name, None, TextStatus.UNSUPPORTED,
                             f"Entrée d'archive refusée : son chemin « {info.filename} » sort de l'archive (traversée de répertoire).")
                continue
            if info.flag_bits & 0x1:
                yield Member(name, None, TextStatus.ENCRYPTED, "Fichier chiffré dans l'archive : il faut le mot de passe pour le lire.")
                continue
            size = info.file_size
            ratio = size / max(info.compress_size, 1)
            if size > limits.max_file_bytes or (size > 1024 * 1024 and ratio > limits.zip_max_ratio):
                yield Member(name, None, TextStatus.TOO_LARGE,
                             f"Fichier refusé : {format_size(size)} une fois décompressé (taux de compression {ratio:.0f}:1), "
                             "au-delà des limites fixées contre les bombes de décompression.")
                continue
            if total + size > limits.zip_max_total_bytes:
                yield Member(name, None, TextStatus.TOO_LARGE,
                             "Fichier non lu : l'archive dépasse la taille totale décompressée autorisée.")
                continue
            try:
                content = _read_bounded(archive, info, limits.max_file_bytes)
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError) as error:
                yield Member(name, None, TextStatus.CORRUPT, f"Fichier de l'archive illisible ({error}).")
                continue
            if content is None:
                yield Member(name, None, TextStatus.TOO_LARGE, "Fichier refusé : sa taille réelle dépasse celle déclarée et la limite.")
                continue
            total += len(content)
            yield Member(name, content)


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    """Read at most `limit` bytes: the size declared in the archive can lie."""
    chunks: list[bytes] = []
    read = 0
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(1024 * 1024)
            if not chunk:
                break
            read += len(chunk)
            if read > limit:
                return None
            chunks.append(chunk)
    return b"".join(chunks)


def _member_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if not info.flag_bits & 0x800:  # no UTF-8 flag: the name was decoded as cp437; many French archives use cp850/cp1252
        try:
            name = name.encode("cp437").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
                name = name.encode("cp437").decode("cp850")
    return name.replace("\\", "/")


def _escapes(name: str) -> bool:
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return True
    return ".." in name.split("/")
