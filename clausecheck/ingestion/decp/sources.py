"""Open what a user gives (JSON, XML, CSV, ZIP of these) and stream its DECP records.

JSON is streamed with ijson (C backend), so a national file of 1.5 million contracts is never
held in memory: `{"marches": [...]}` is the 2019 format (v1), `{"marches": {"marche": [...],
"contrat-concession": [...]}}` the 2022/2024 one (v2). Formats are recognised by content, not by
extension. A file that is not DECP (a configuration file, a spreadsheet of another kind) is
reported with a French reason and gives no record; the other files are read all the same.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import IO

import ijson

from clausecheck.ingestion.decp.flat import iter_csv, looks_like_csv
from clausecheck.ingestion.decp.model import FileReport, RawRecord
from clausecheck.ingestion.decp.xml_reader import iter_xml

BOM = b"\xef\xbb\xbf"
MAX_ZIP_RATIO = 200  # uncompressed / compressed size of one member
MAX_ZIP_MEMBER_BYTES = 20 * 1024 ** 3
MAX_TOLERANT_BYTES = 512 * 1024 ** 2  # a file with NaN is re-read whole only up to this size


class NotDecp(Exception):
    """The input is readable but is not a DECP file (French message)."""


def sniff(head: bytes) -> str:
    """zip | json | xml | csv | other, from the first bytes."""
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    text = head[3:] if head.startswith(BOM) else head
    stripped = text.lstrip()
    if stripped[:1] in (b"{", b"["):
        return "json"
    if stripped[:1] == b"<":
        return "xml"
    if looks_like_csv(text):
        return "csv"
    return "other"


def _open_binary(path: Path) -> IO[bytes]:
    """The file, opened for reading by whoever calls it (iter_json opens it once per pass)."""
    return open(path, "rb")  # the caller closes it


def _skip_bom(stream: IO[bytes]) -> IO[bytes]:
    # any binary stream will do: BufferedReader only calls its readinto() (typeshed asks for a RawIOBase)
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[type-var]
    if buffered.peek(3)[:3] == BOM:
        buffered.read(3)
    return buffered


def json_shape(stream: IO[bytes]) -> str:
    """'v1', 'v2' or 'list' from the first events; NotDecp when there is no `marches`."""
    depth_keys = 0
    for prefix, event, _value in ijson.parse(_skip_bom(stream)):
        if prefix == "" and event == "start_array":
            return "list"
        if prefix == "marches" and event == "start_array":
            return "v1"
        if prefix == "marches" and event == "start_map":
            return "v2"
        if prefix == "" and event == "map_key":
            depth_keys += 1
            if depth_keys > 50:
                break
        if prefix == "" and event == "end_map":
            break
    raise NotDecp("JSON sans clé « marches » : ce n'est pas un fichier de données essentielles (DECP)")


def _contains(open_stream: Callable[[], IO[bytes]], needle: bytes) -> bool:
    with open_stream() as f:
        tail = b""
        while chunk := f.read(16 * 1024 * 1024):
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle):]
    return False


def iter_json(open_stream: Callable[[], IO[bytes]], member: str, report: FileReport, size: int) -> Iterator[RawRecord]:
    with open_stream() as f:
        shape = json_shape(f)
    passes: list[tuple[str, str | None]]
    if shape == "v2":
        passes = [("marches.marche.item", "marche")]
        if _contains(open_stream, b'"contrat-concession"'):
            passes.append(("marches.contrat-concession.item", "concession"))
    else:
        passes = [("marches.item" if shape == "v1" else "item", None)]
    position = 0
    for prefix, kind in passes:
        done = 0
        try:
            with open_stream() as f:
                for item in ijson.items(_skip_bom(f), prefix, use_float=True):
                    position += 1
                    done += 1
                    yield _raw(item, position, member, shape, kind)
        except (ijson.JSONError, ijson.IncompleteJSONError) as error:
            if size > MAX_TOLERANT_BYTES or "lexical error" not in str(error):
                raise
            # NaN / Infinity are not JSON but Python writes them: read the rest with a tolerant parser.
            report.notes.append(f"{member} : valeur non standard (NaN, Infinity) à partir de l'enregistrement "
                                f"{position + 1} : relu avec un lecteur tolérant, ces valeurs lues comme absentes")
            with open_stream() as f:
                data = json.loads(_skip_bom(f).read().decode("utf-8"), parse_constant=lambda _: None)
            for item in _items_at(data, prefix)[done:]:
                position += 1
                yield _raw(item, position, member, shape, kind)


def _items_at(data, prefix: str) -> list:
    node = data
    for part in prefix.split(".")[:-1]:
        node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, list) else []


def _raw(item, position: int, member: str, shape: str, kind: str | None) -> RawRecord:
    fmt = "json-v2" if (shape == "v2" or _looks_v2(item)) else "json-v1"
    detected = _kind_v1(item)  # v2 files put concessions in the marche list too
    return RawRecord(data=item, position=position, member=member, fmt=fmt,
                     kind="concession" if detected == "concession" else (kind or detected))


def _kind_v1(item) -> str:
    if isinstance(item, dict):
        marker = str(item.get("_type") or "")
        if marker:
            return "concession" if "concession" in marker.casefold() else "marche"
        if isinstance(item.get("autoriteConcedante"), dict) and "acheteur" not in item:
            return "concession"
    return "marche"


def _looks_v2(item) -> bool:
    return isinstance(item, dict) and ("considerationsSociales" in item or "considerationsEnvironnementales" in item)


@contextmanager
def _temp_copy(source: IO[bytes], suffix: str):
    with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as tmp:
        shutil.copyfileobj(source, tmp, 16 * 1024 * 1024)
        name = tmp.name
    try:
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


def _iter_zip(path: Path, label: str, report: FileReport, depth: int) -> Iterator[RawRecord]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        raise NotDecp(f"archive ZIP illisible ({error})") from error
    found = 0
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            name = f"{label}!{info.filename}"
            if info.file_size > MAX_ZIP_MEMBER_BYTES or (
                    info.compress_size and info.file_size / info.compress_size > MAX_ZIP_RATIO and info.file_size > 10 ** 8):
                report.notes.append(f"{name} ignoré : taille décompressée anormale ({info.file_size} octets)")
                continue
            with archive.open(info) as member:
                head = member.read(4096)
            kind = sniff(head)
            if kind == "zip" and not info.filename.lower().endswith(".zip"):
                report.notes.append(f"{name} ignoré : document bureautique (ODS, XLSX, DOCX…), pas un fichier DECP")
                continue
            if kind == "other":
                report.notes.append(f"{name} ignoré : ce n'est ni du JSON, ni du XML, ni du CSV de DECP")
                continue
            found += 1
            if kind == "json":
                try:
                    yield from iter_json(partial(archive.open, info), name, report, info.file_size)
                except NotDecp as error:
                    report.notes.append(f"{name} ignoré : {error}")
                    found -= 1
            elif kind == "xml":
                with archive.open(info) as member:
                    yield from iter_xml(member, name)
            else:
                with archive.open(info) as member, _temp_copy(member, ".zip" if kind == "zip" else ".csv") as tmp:
                    if kind == "zip":
                        if depth >= 1:
                            report.notes.append(f"{name} ignoré : archive imbriquée sur plus de deux niveaux")
                            continue
                        yield from _iter_zip(tmp, name, report, depth + 1)
                    else:
                        yield from iter_csv(tmp, name, report)
    if not found and depth == 0:
        raise NotDecp("l'archive ne contient aucun fichier DECP (JSON, XML ou CSV)")


def iter_records(path: Path, report: FileReport, label: str | None = None) -> Iterator[RawRecord]:
    """Every raw record of one input file; NotDecp / OSError / parse errors propagate to the loader,
    which records them on the report after counting what was read before."""
    label = label or path.name
    with open(path, "rb") as f:
        head = f.read(4096)
    kind = sniff(head)
    if kind == "zip":
        yield from _iter_zip(path, label, report, 0)
    elif kind == "json":
        yield from iter_json(partial(_open_binary, path), label, report, path.stat().st_size)
    elif kind == "xml":
        with open(path, "rb") as f:
            yield from iter_xml(f, label)
    elif kind == "csv":
        yield from iter_csv(path, label, report)
    else:
        raise NotDecp("format non reconnu : ni JSON, ni XML, ni CSV, ni ZIP")
