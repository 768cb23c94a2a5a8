"""The bilan over HTTP: each organisation uploads its DECP files (and purchase lists), then reads its bilan.

One DuckDB store per organisation, in CLAUSECHECK_DATA_DIR/bilan/ (named by a hash of the
organisation, never by user input). Same engine, same figures as `clausecheck bilan`. A key only
ever sees its organisation's store. Imports are synchronous (a file is read in seconds; the
national file, about 1.5 GB, is over the upload limits and is meant for the command line).
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, Response, UploadFile
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field
from starlette.datastructures import UploadFile as StarletteUploadFile

from api.problems import ApiProblem
from api.routes import (
    AUTH_ERRORS,
    PrincipalDep,
    Responses,
    SessionDep,
    finished_result,
    load_analysis,
    problem_response,
    stage_upload,
)

router = APIRouter(prefix="/v1/bilan", tags=["Bilan"], responses=AUTH_ERRORS)
_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()
NO_DATA: Responses = {404: problem_response("Aucune donnée essentielle importée pour votre organisation.")}


class ImportedFile(BaseModel):
    filename: str = Field(description="Nom du fichier déposé.")
    kind: str = Field(description="`decp` (données essentielles) ou `achats` (liste d'achats de l'acheteur).")
    format: str | None = Field(description="Format reconnu : json-v1, json-v2, xml-v1, xml-v2, csv-v1, csv-v2, achats.")
    read: int = Field(description="Enregistrements lus.")
    imported: int = Field(description="Enregistrements importés.")
    rejected: int = Field(description="Enregistrements écartés, avec leur motif.")
    rejected_by_reason: dict[str, int] = Field(description="Écartés par motif (code).")
    warnings_by_code: dict[str, int] = Field(description="Avertissements sur les enregistrements gardés, par code.")
    error: str | None = Field(description="Motif, en français, si le fichier n'a pas pu être lu (en tout ou partie).")
    already_imported: bool = Field(description="Vrai si ce contenu était déjà importé : il n'est pas compté deux fois.")


class ImportResult(BaseModel):
    files: list[ImportedFile] = Field(description="Un compte rendu par fichier : lus = importés + écartés.")
    contracts_in_store: int = Field(description="Marchés et lignes d'achats dans la base de l'organisation.")


def _org_db(request: Request, org: str) -> Path:
    digest = hashlib.sha256(org.encode("utf-8")).hexdigest()[:24]
    folder = request.app.state.settings.data_dir / "bilan"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{digest}.duckdb"


def _lock(path: Path) -> threading.Lock:
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(str(path), threading.Lock())


def _siret(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    compact = "".join(value.split())
    if not (compact.isdigit() and len(compact) in (9, 14)):
        raise ApiProblem(422, f"« {value[:40]} » n'est pas un SIRET (14 chiffres) ni un SIREN (9 chiffres).",
                         code="siret-invalide", title="SIRET invalide")
    return compact


@router.post(
    "/decp", status_code=201, response_model=ImportResult, summary="Déposer des données essentielles",
    description=(
        "Importe des fichiers de données essentielles (champ `files` répété : JSON 2019 ou 2022/2024, XML, CSV "
        "consolidés, ou ZIP de ces fichiers) et, facultativement, des listes d'achats de l'acheteur (champ "
        "`achats` : CSV ou XLSX, pour la rotation des fournisseurs sous le seuil). Chaque enregistrement est "
        "importé ou écarté avec son motif ; un fichier déjà importé n'est pas compté deux fois."),
    responses={400: problem_response("Formulaire multipart mal formé."),
               413: problem_response("Fichier trop volumineux."), 415: problem_response("Fichier qui n'est pas un fichier DECP."),
               422: problem_response("Aucun fichier, SIRET invalide ou liste d'achats inutilisable.")},
)
def upload_decp(
    request: Request,
    principal: PrincipalDep,
    files: Annotated[list[UploadFile] | None, File(description="Fichiers DECP (JSON, XML, CSV, ZIP).")] = None,
    achats: Annotated[list[UploadFile] | None, File(description="Listes d'achats de l'acheteur (CSV ou XLSX).")] = None,
    acheteur: Annotated[str | None, Form(max_length=20, description="SIRET de l'acheteur des listes d'achats, si elles ne le donnent pas.")] = None,
) -> dict[str, Any]:
    from clausecheck.ingestion.decp import Importer, open_store
    from clausecheck.ingestion.decp.achats import PurchaseListError
    from clausecheck.ingestion.decp.sources import sniff

    settings = request.app.state.settings
    buyer = _siret(acheteur)
    uploads = [("decp", f) for f in (files or []) if isinstance(f, StarletteUploadFile)]
    uploads += [("achats", f) for f in (achats or []) if isinstance(f, StarletteUploadFile)]
    if not uploads:
        raise ApiProblem(422, "Joignez au moins un fichier dans le champ « files » (ou « achats »).", code="aucun-fichier",
                         title="Aucun fichier reçu")
    if len(uploads) > settings.max_files:
        raise ApiProblem(413, f"{len(uploads)} fichiers reçus ; au plus {settings.max_files} par dépôt.",
                         code="trop-de-fichiers", title="Trop de fichiers")
    staging = Path(tempfile.mkdtemp(prefix="bilan-", dir=_staging_root(settings)))
    db = _org_db(request, principal.org)
    out: list[dict[str, Any]] = []
    try:
        staged = []
        for index, (kind, upload) in enumerate(uploads):
            name = (upload.filename or f"fichier-{index + 1}").replace("\\", "/").rsplit("/", 1)[-1][:255]
            try:
                _, _size, path = stage_upload(upload, staging / f"{index}-{kind}", settings.max_file_bytes)
            except OverflowError:
                raise ApiProblem(413, f"Le fichier « {name[:120]} » dépasse la taille maximale de "
                                      f"{settings.max_file_bytes / (1024 * 1024):.0f} Mo.",
                                 code="fichier-trop-volumineux", title="Fichier trop volumineux") from None
            with path.open("rb") as fh:
                head = fh.read(4096)
            if kind == "decp" and sniff(head) == "other":
                raise ApiProblem(415, f"« {name[:120]} » n'est ni du JSON, ni du XML, ni du CSV, ni un ZIP de données "
                                      "essentielles.", code="type-non-accepte", title="Type de fichier non accepté")
            staged.append((kind, name, path))
        with _lock(db):
            store = open_store(db)
            try:
                importer = Importer(store)
                for kind, name, path in staged:
                    earlier = importer.already_imported(path)
                    if earlier:
                        out.append({"filename": name, "kind": kind, "format": None, "read": 0, "imported": 0,
                                    "rejected": 0, "rejected_by_reason": {}, "warnings_by_code": {}, "error": None,
                                    "already_imported": True})
                        continue
                    if kind == "achats":
                        try:
                            report = importer.import_purchases(path, buyer if buyer and len(buyer) == 14 else None)
                        except PurchaseListError as error:
                            raise ApiProblem(422, f"« {name[:120]} » : {error}", code="liste-achats-inutilisable",
                                             title="Liste d'achats inutilisable") from error
                    else:
                        report = importer.import_file(path, label=name)
                    out.append({"filename": name, "kind": kind, "format": report.fmt, "read": report.read,
                                "imported": report.imported, "rejected": report.rejected,
                                "rejected_by_reason": dict(report.rejected_by_reason),
                                "warnings_by_code": dict(report.warnings_by_code), "error": report.error,
                                "already_imported": False})
                count = store.contract_count()
            finally:
                store.close()
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return {"files": out, "contracts_in_store": count}


def _staging_root(settings) -> Path:
    root = settings.data_dir / "tmp"
    root.mkdir(parents=True, exist_ok=True)
    return root


def _build(request: Request, principal, session, acheteur: list[str] | None, annees: str | None,
           analyses: list[str] | None):
    from clausecheck.assessment.bilan.build import build_bilan
    from clausecheck.assessment.bilan.model import Scope
    from clausecheck.assessment.bilan.scan_input import tenders_from_scan
    from clausecheck.ingestion.decp import open_store

    db = _org_db(request, principal.org)
    if not db.exists():
        raise ApiProblem(404, "Aucune donnée essentielle importée pour votre organisation : déposez d'abord des "
                              "fichiers sur /v1/bilan/decp.", code="bilan-vide", title="Aucune donnée")
    buyers = tuple(b for b in (_siret(a) for a in acheteur or []) if b)
    year_from = year_to = None
    if annees:
        parts = annees.split("-")
        if not all(p.strip().isdigit() and len(p.strip()) == 4 for p in parts) or len(parts) > 2:
            raise ApiProblem(422, "Années attendues sous la forme AAAA ou AAAA-AAAA.", code="annees-invalides",
                             title="Années invalides")
        year_from, year_to = int(parts[0]), int(parts[-1])
    tenders = None
    if analyses:
        tenders = []
        for analysis_id in analyses:
            tenders += tenders_from_scan(finished_result(load_analysis(session, principal, analysis_id)))
    with _lock(db):
        store = open_store(db)
        try:
            return build_bilan(store, Scope(buyers=buyers, year_from=year_from, year_to=year_to), tenders)
        finally:
            store.close()


Acheteur = Annotated[list[str] | None, Query(description="SIRET ou SIREN des acheteurs à retenir (répétable).")]
Annees = Annotated[str | None, Query(max_length=9, description="Années de notification : AAAA ou AAAA-AAAA.")]
Analyses = Annotated[list[str] | None, Query(description="Identifiants d'analyses terminées de votre organisation, "
                                                         "pour le contrôle croisé et les heures d'insertion.")]


@router.get("", response_model=dict[str, Any], summary="Bilan (JSON)",
            description="Tous les chiffres du bilan, avec les comptes lus / importés / écartés par fichier et par motif.",
            responses={**NO_DATA, 409: problem_response("Une analyse demandée n'est pas terminée."),
                       422: problem_response("Paramètre invalide.")})
def get_bilan(request: Request, principal: PrincipalDep, session: SessionDep, acheteur: Acheteur = None,
              annees: Annees = None, analyses: Analyses = None) -> dict[str, Any]:
    from clausecheck.assessment.bilan.serialize import bilan_to_dict

    return bilan_to_dict(_build(request, principal, session, acheteur, annees, analyses))


@router.get("/report", response_class=HTMLResponse, summary="Bilan (page HTML)",
            description="La page du bilan : autonome, lisible hors ligne, imprimable.",
            responses={**NO_DATA, 409: problem_response("Une analyse demandée n'est pas terminée."),
                       422: problem_response("Paramètre invalide."), 200: {"content": {"text/html": {}}, "description": "Page HTML."}})
def get_bilan_report(request: Request, principal: PrincipalDep, session: SessionDep, acheteur: Acheteur = None,
                     annees: Annees = None, analyses: Analyses = None) -> HTMLResponse:
    from clausecheck.outputs.bilan_report import render_bilan

    return HTMLResponse(render_bilan(_build(request, principal, session, acheteur, annees, analyses)))


@router.delete("", status_code=204, response_class=Response, summary="Effacer les données du bilan",
               description="Supprime la base du bilan de votre organisation (fichiers importés et listes d'achats).")
def delete_bilan(request: Request, principal: PrincipalDep) -> Response:
    db = _org_db(request, principal.org)
    with _lock(db):
        for path in (db, db.with_suffix(".duckdb.wal")):
            path.unlink(missing_ok=True)
    return Response(status_code=204)
