"""Routes of the /v1 API and the probes."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, File, Form, Path as PathParam, Query, Request, Response, UploadFile
from fastapi.responses import HTMLResponse
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile as StarletteUploadFile

from api.auth import Principal, verify_key
from api.problems import ApiProblem
from api.results import present_result, stored_result
from api.storage import Analysis, AnalysisFile, AnalysisTag, BlobStore, iso, search_key, utcnow
from api.validation import UploadRejected, inspect_file
from clausecheck.categories import CATEGORIES
from clausecheck.outputs.json_output import to_jsonable
from clausecheck.results import ScanResult

Category = Enum("Category", {c: c for c in CATEGORIES}, type=str)  # type: ignore[misc]


class Status(str, Enum):
    queued = "queued"
    running = "running"
    done = "done"
    failed = "failed"


# --------------------------------------------------------------------------- schemas


class Problem(BaseModel):
    """Erreur au format RFC 9457 (application/problem+json)."""

    type: str = Field(description="Identifiant du type d'erreur (URN).")
    title: str = Field(description="Intitulé court de l'erreur, en français.")
    status: int = Field(description="Code de statut HTTP.")
    detail: str = Field(description="Explication en français de ce qui s'est passé et de ce qu'il faut faire.")
    instance: str | None = Field(default=None, description="Adresse de la requête en cause.")
    code: str | None = Field(default=None, description="Code court et stable de l'erreur.")
    errors: list[dict[str, Any]] | None = Field(default=None, description="Paramètres invalides, le cas échéant.")


class FileOut(BaseModel):
    filename: str = Field(description="Nom du fichier déposé.")
    sha256: str = Field(description="Empreinte SHA-256 du contenu.")
    size_bytes: int = Field(description="Taille en octets.")
    kind: str = Field(description="Type reconnu d'après le contenu : pdf, docx, xlsx, pptx, odt, ods, odp, zip, xml, html "
                                  "ou text.")


class AnalysisCreated(BaseModel):
    id: str = Field(description="Identifiant de l'analyse.")
    status: Status = Field(description="Statut de l'analyse (`queued` à la création).")
    url: str = Field(description="Adresse où suivre l'analyse et lire son résultat.")
    files: list[FileOut] = Field(description="Fichiers reçus.")


class AnalysisLinks(BaseModel):
    self: str = Field(description="Cette analyse.")
    report: str = Field(description="Rapport HTML (quand l'analyse est terminée).")
    csv: str = Field(description="Export CSV des consultations (quand l'analyse est terminée).")
    xlsx: str = Field(description="Export Excel des consultations (quand l'analyse est terminée).")


class AnalysisSummary(BaseModel):
    id: str = Field(description="Identifiant de l'analyse.")
    status: Status = Field(description="`queued` en attente, `running` en cours, `done` terminée, `failed` en échec.")
    progress: float = Field(description="Avancement, de 0 à 1 : part des fichiers déposés déjà analysés (une archive "
                                        "ZIP compte pour un fichier), puis 1 quand l'analyse est terminée.")
    buyer: str | None = Field(description="Acheteur indiqué au dépôt.")
    reference: str | None = Field(description="Référence de la consultation indiquée au dépôt.")
    consultation_date: date | None = Field(description="Date de la consultation indiquée au dépôt.")
    created_at: str = Field(description="Date et heure du dépôt (UTC, ISO 8601).")
    started_at: str | None = Field(description="Début de la dernière tentative d'analyse.")
    finished_at: str | None = Field(description="Fin de l'analyse.")
    attempts: int = Field(description="Nombre de tentatives d'analyse.")
    error: str | None = Field(description="Motif de l'échec, ou de la relance, en français.")
    document_count: int | None = Field(description="Nombre de documents lus (analyse terminée).")
    categories: list[str] = Field(description="Catégories de considérations présentes (analyse terminée).")
    flags: list[str] = Field(description="Signalements relevés sur les consultations (analyse terminée).")
    url: str = Field(description="Adresse de l'analyse.")


class AnalysisOut(AnalysisSummary):
    files: list[FileOut] = Field(description="Fichiers déposés.")
    links: AnalysisLinks = Field(description="Adresses du rapport et des exports.")
    result: ScanResult | None = Field(
        description="Résultat complet, au format de sortie de `clausecheck scan` (même schéma, engendré des mêmes "
                    "types ; voir docs/output-schema.md) : `documents` (avec `considerations`, constats et "
                    "extraits), `tenders`, `summary`. Présent quand le statut est `done`.")


class AnalysisPage(BaseModel):
    items: list[AnalysisSummary] = Field(description="Analyses de la page, les plus récentes d'abord.")
    total: int = Field(description="Nombre total d'analyses correspondant aux filtres.")
    page: int = Field(description="Numéro de la page (à partir de 1).")
    page_size: int = Field(description="Nombre d'analyses par page.")
    pages: int = Field(description="Nombre de pages.")


class Health(BaseModel):
    status: str = Field(description="`ok` si le service répond.")


class Ready(BaseModel):
    status: str = Field(description="`ready` si le service peut accepter des analyses.")
    database: str = Field(description="État de la base de données.")
    storage: str = Field(description="État du dossier de données.")
    workers: int = Field(description="Nombre d'analyses menées en parallèle.")
    queued: int = Field(description="Analyses en attente.")
    running: int = Field(description="Analyses en cours.")


def problem_response(description: str) -> dict[str, Any]:
    return {"model": Problem, "description": description}


Responses = dict[int | str, dict[str, Any]]

AUTH_ERRORS: Responses = {401: problem_response("Clé d'API absente, invalide ou révoquée."),
               422: problem_response("Paramètre invalide.")}
NOT_FOUND: Responses = {404: problem_response("Analyse introuvable (ou appartenant à une autre organisation).")}
NOT_READY: Responses = {409: problem_response("L'analyse n'est pas terminée, ou a échoué : pas de résultat à présenter.")}

# --------------------------------------------------------------------------- dependencies

bearer = HTTPBearer(auto_error=False, scheme_name="cleBearer",
                    description="Clé d'API dans l'en-tête `Authorization: Bearer <clé>`.")
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, scheme_name="cleApi",
                              description="Clé d'API dans l'en-tête `X-API-Key`.")


def get_session(request: Request):
    with request.app.state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def get_principal(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    x_api_key: Annotated[str | None, Depends(api_key_header)],
) -> Principal:
    key = x_api_key or (credentials.credentials if credentials else None)
    challenge = {"WWW-Authenticate": 'Bearer realm="clausecheck"'}
    if not key:
        raise ApiProblem(401, headers=challenge)
    principal = verify_key(session, key)
    if principal is None:
        raise ApiProblem(401, "La clé d'API fournie est inconnue ou a été révoquée.", code="cle-invalide",
                         title="Clé d'API refusée", headers=challenge)
    return principal


PrincipalDep = Annotated[Principal, Depends(get_principal)]
AnalysisId = Annotated[str, PathParam(description="Identifiant de l'analyse (renvoyé au dépôt).", max_length=64)]

router = APIRouter(prefix="/v1", responses=AUTH_ERRORS)
system_router = APIRouter(tags=["Supervision"])


# --------------------------------------------------------------------------- helpers


def _url(request: Request, analysis_id: str, suffix: str = "") -> str:
    return f"/v1/analyses/{analysis_id}{suffix}"


def _tags(job: Analysis) -> tuple[list[str], list[str]]:
    cats = sorted(t.value for t in job.tags if t.kind == "category")
    flags = sorted(t.value for t in job.tags if t.kind == "flag")
    return cats, flags


def _summary(request: Request, job: Analysis) -> dict[str, Any]:
    cats, flags = _tags(job)
    return {
        "id": job.id, "status": job.status, "progress": round(job.progress or 0.0, 3),
        "buyer": job.buyer, "reference": job.reference, "consultation_date": job.consultation_date,
        "created_at": iso(job.created_at), "started_at": iso(job.started_at),
        "finished_at": iso(job.finished_at), "attempts": job.attempts or 0, "error": job.error,
        "document_count": job.document_count, "categories": cats, "flags": flags,
        "url": _url(request, job.id),
    }


def _files(job: Analysis) -> list[dict[str, Any]]:
    return [{"filename": f.filename, "sha256": f.sha256, "size_bytes": f.size_bytes, "kind": f.kind}
            for f in job.files]


def load_analysis(session: Session, principal: Principal, analysis_id: str) -> Analysis:
    job = session.get(Analysis, analysis_id) if len(analysis_id) <= 36 else None
    if job is None or job.org != principal.org:
        raise ApiProblem(404, "Aucune analyse de votre organisation ne porte cet identifiant.",
                         code="analyse-introuvable", title="Analyse introuvable")
    return job


def finished_result(job: Analysis) -> dict[str, Any]:
    """The result of a finished analysis as JSON, for the report and the exports (409 otherwise)."""
    if job.status != "done" or job.result is None:
        if job.status == "failed":
            detail = f"L'analyse a échoué : aucun résultat à présenter. {job.error or ''}".strip()
        else:
            detail = "L'analyse n'est pas encore terminée ; réessayez quand son statut sera « done »."
        raise ApiProblem(409, detail, code="analyse-non-terminee", title="Analyse non terminée")
    data = to_jsonable(_result(job))
    assert isinstance(data, dict)
    return data


def _result(job: Analysis) -> ScanResult:
    """The stored result as shown: read as the current ScanResult, then file names for roots, declared
    buyer and reference (see api.results); also right for results stored before these rules."""
    return present_result(stored_result(job.result, analysis_id=job.id),
                          files=[(f.filename, f.kind) for f in job.files], buyer=job.buyer, reference=job.reference)


def _text(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


# --------------------------------------------------------------------------- analyses


@router.post(
    "/analyses", status_code=202, response_model=AnalysisCreated, tags=["Analyses"],
    summary="Déposer un dossier à analyser",
    description=(
        "Envoie une ou plusieurs pièces d'une même consultation (formulaire `multipart/form-data`, champ "
        "`files` répété), ou une archive ZIP contenant le dossier. Les pièces envoyées ensemble forment un seul "
        "dossier. Le type de chaque fichier est vérifié d'après son contenu (PDF, ZIP, DOCX, XLSX, ODT, XML, HTML, "
        "texte). L'analyse est mise en file d'attente : la réponse (202) donne son identifiant et l'adresse où "
        "la suivre (également dans l'en-tête `Location`)."),
    responses={400: problem_response("Formulaire multipart mal formé."),
               413: problem_response("Envoi trop volumineux : taille, nombre de fichiers, de pages ou archive trop grande."),
               415: problem_response("Type de fichier non accepté (reconnu d'après son contenu).")},
)
def create_analysis(
    request: Request,
    response: Response,
    principal: PrincipalDep,
    session: SessionDep,
    files: Annotated[list[UploadFile], File(description="Pièces du dossier, ou une archive ZIP.")],
    buyer: Annotated[str | None, Form(max_length=300, description="Acheteur (pouvoir adjudicateur ou entité adjudicatrice).")] = None,
    reference: Annotated[str | None, Form(max_length=300, description="Référence de la consultation ; sert aussi de nom au dossier.")] = None,
    consultation_date: Annotated[date | None, Form(
        description="Date de la consultation (AAAA-MM-JJ) ; sert de date de référence pour les seuils.")] = None,
) -> dict[str, Any]:
    settings = request.app.state.settings
    blobs: BlobStore = request.app.state.blobs
    files = [f for f in files if isinstance(f, StarletteUploadFile)]
    if not files:
        raise ApiProblem(422, "Joignez au moins un fichier dans le champ « files ».", code="aucun-fichier",
                         title="Aucun fichier reçu")
    if len(files) > settings.max_files:
        raise ApiProblem(413, f"{len(files)} fichiers reçus ; une analyse en accepte au plus {settings.max_files}. "
                              "Regroupez les pièces dans une archive ZIP ou répartissez-les.",
                         code="trop-de-fichiers", title="Trop de fichiers")
    staging = Path(tempfile.mkdtemp(prefix="upload-", dir=_staging_root(settings)))
    try:
        staged: list[tuple[str, str, int, str, Path]] = []
        total_pages = 0
        for index, upload in enumerate(files):
            name = _text(upload.filename, "filename") or f"document-{index + 1}"
            name = name.replace("\\", "/").rsplit("/", 1)[-1][:255] or f"document-{index + 1}"
            try:
                sha, size, path = stage_upload(upload, staging / str(index), settings.max_file_bytes)
            except OverflowError:
                mb = settings.max_file_bytes / (1024 * 1024)
                raise ApiProblem(413, f"Le fichier « {name[:120]} » dépasse la taille maximale de {mb:.0f} Mo.",
                                 code="fichier-trop-volumineux", title="Fichier trop volumineux") from None
            if size == 0:
                raise ApiProblem(422, f"Le fichier « {name[:120]} » est vide.", code="fichier-vide",
                                 title="Fichier vide")
            try:
                inspection = inspect_file(path, settings)
            except UploadRejected as exc:
                exc.detail = f"« {name[:120]} » : {exc.detail}"
                raise
            total_pages += inspection.pages
            if total_pages > settings.max_pages:
                raise ApiProblem(413, f"Le dossier compte plus de {settings.max_pages} pages PDF, la limite d'une "
                                      "analyse. Répartissez les pièces entre plusieurs analyses.",
                                 code="trop-de-pages", title="Trop de pages")
            staged.append((name, sha, size, inspection.kind, path))
        for _, sha, _, _, path in staged:
            final = blobs.path_for(sha)
            final.parent.mkdir(parents=True, exist_ok=True)
            if not final.exists():
                path.replace(final)
        job = Analysis(
            id=str(uuid.uuid4()), org=principal.org, status="queued", progress=0.0,
            buyer=_text(buyer, "buyer"), reference=_text(reference, "reference"),
            consultation_date=consultation_date, created_at=utcnow(), attempts=0,
        )
        job.files = [AnalysisFile(position=i, filename=name, sha256=sha, size_bytes=size, kind=kind)
                     for i, (name, sha, size, kind, _) in enumerate(staged)]
        session.add(job)
        session.commit()
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    request.app.state.runner.notify()
    url = _url(request, job.id)
    response.headers["Location"] = url
    return {"id": job.id, "status": "queued", "url": url, "files": _files(job)}


def _staging_root(settings) -> Path:
    root = settings.data_dir / "tmp"
    root.mkdir(parents=True, exist_ok=True)
    return root


def stage_upload(upload: UploadFile, target: Path, limit: int) -> tuple[str, int, Path]:
    import hashlib

    digest = hashlib.sha256()
    size = 0
    upload.file.seek(0)
    with target.open("wb") as out:
        while chunk := upload.file.read(1024 * 1024):
            size += len(chunk)
            if size > limit:
                raise OverflowError(size)
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest(), size, target


@router.get(
    "/analyses", response_model=AnalysisPage, tags=["Analyses"], summary="Lister les analyses",
    description="Analyses de votre organisation, les plus récentes d'abord, par pages. Filtres combinables.",
)
def list_analyses(
    request: Request,
    principal: PrincipalDep,
    session: SessionDep,
    page: Annotated[int, Query(ge=1, le=100000, description="Numéro de page, à partir de 1.")] = 1,
    page_size: Annotated[int, Query(ge=1, le=100, description="Nombre d'analyses par page (100 au plus).")] = 20,
    buyer: Annotated[str | None, Query(max_length=300, description=(
        "Acheteur (recherche sur une partie du nom, sans tenir compte de la casse, des accents ni de la "
        "ponctuation)."))] = None,
    date_from: Annotated[date | None, Query(description="Date de consultation à partir de (AAAA-MM-JJ, incluse).")] = None,
    date_to: Annotated[date | None, Query(description="Date de consultation jusqu'à (AAAA-MM-JJ, incluse).")] = None,
    category: Annotated[Category | None, Query(description="Ne garder que les analyses où cette catégorie de considération est présente.")] = None,
    flag: Annotated[str | None, Query(max_length=100, description="Ne garder que les analyses portant ce signalement.")] = None,
    status: Annotated[Status | None, Query(description="Statut de l'analyse.")] = None,
) -> dict[str, Any]:
    conditions = [Analysis.org == principal.org]
    if buyer and buyer.strip():
        # Compared folded (no case, no accents, punctuation as spaces) on both sides: see search_key.
        folded = search_key(buyer)
        if folded:
            pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            conditions.append(Analysis.buyer_search.like(pattern, escape="\\"))
        else:  # only punctuation: no name can match
            conditions.append(sa.false())
    if date_from:
        conditions.append(Analysis.consultation_date >= date_from)
    if date_to:
        conditions.append(Analysis.consultation_date <= date_to)
    if status:
        conditions.append(Analysis.status == status.value)
    for kind, value in (("category", category.value if category else None), ("flag", flag)):
        if value:
            conditions.append(sa.exists().where(AnalysisTag.analysis_id == Analysis.id, AnalysisTag.kind == kind,
                                                AnalysisTag.value == value))
    total = session.scalar(sa.select(sa.func.count()).select_from(Analysis).where(*conditions)) or 0
    rows = session.scalars(
        sa.select(Analysis).where(*conditions).order_by(Analysis.created_at.desc(), Analysis.id.desc())
        .offset((page - 1) * page_size).limit(page_size)
    ).all()
    return {"items": [_summary(request, r) for r in rows], "total": total, "page": page,
            "page_size": page_size, "pages": (total + page_size - 1) // page_size}


@router.get(
    "/analyses/{analysis_id}", response_model=AnalysisOut, tags=["Analyses"], summary="Suivre une analyse",
    description="Statut, avancement et, quand l'analyse est terminée (`done`), son résultat complet.",
    responses=NOT_FOUND,
)
def get_analysis(
    request: Request, principal: PrincipalDep, session: SessionDep, analysis_id: AnalysisId,
    include_result: Annotated[bool, Query(description="Inclure le résultat complet (vrai par défaut).")] = True,
) -> Response:
    job = load_analysis(session, principal, analysis_id)
    body = _summary(request, job)
    base = _url(request, job.id)
    body.update(files=_files(job), links={"self": base, "report": base + "/report", "csv": base + "/export.csv",
                                          "xlsx": base + "/export.xlsx"},
                result=_result(job) if (include_result and job.status == "done" and job.result is not None)
                else None)
    # Validated and serialised once, by the response model (the typed result is taken as it is).
    return Response(AnalysisOut.model_validate(body).model_dump_json(), media_type="application/json")


@router.get(
    "/analyses/{analysis_id}/report", tags=["Analyses"], summary="Rapport HTML",
    description="Rapport lisible de l'analyse terminée : constats par consultation, extraits justificatifs, seuils.",
    response_class=HTMLResponse, responses={**NOT_FOUND, **NOT_READY, 200: {"content": {"text/html": {}}, "description": "Rapport HTML."}},
)
def get_report(request: Request, principal: PrincipalDep, session: SessionDep, analysis_id: AnalysisId) -> HTMLResponse:
    job = load_analysis(session, principal, analysis_id)
    result = finished_result(job)
    html = request.app.state.engine.render_report(result)
    return HTMLResponse(html)


def _export(request: Request, job: Analysis, suffix: str, media_type: str) -> Response:
    result = finished_result(job)
    data = request.app.state.engine.export_table(result, suffix)
    filename = f"analyse-{job.id}{suffix}"
    return Response(data, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get(
    "/analyses/{analysis_id}/export.csv", tags=["Analyses"], summary="Export CSV",
    description="Une ligne par consultation (dossier) : considérations, heures d'insertion, lots, montants, signalements.",
    response_class=Response,
    responses={**NOT_FOUND, **NOT_READY, 200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "Fichier CSV."}},
)
def export_csv(request: Request, principal: PrincipalDep, session: SessionDep, analysis_id: AnalysisId) -> Response:
    job = load_analysis(session, principal, analysis_id)
    return _export(request, job, ".csv", "text/csv; charset=utf-8")


@router.get(
    "/analyses/{analysis_id}/export.xlsx", tags=["Analyses"], summary="Export Excel",
    description="Même contenu que l'export CSV, au format Excel (XLSX).",
    response_class=Response,
    responses={**NOT_FOUND, **NOT_READY,
               200: {"content": {XLSX: {"schema": {"type": "string", "format": "binary"}}}, "description": "Classeur Excel."}},
)
def export_xlsx(request: Request, principal: PrincipalDep, session: SessionDep, analysis_id: AnalysisId) -> Response:
    job = load_analysis(session, principal, analysis_id)
    return _export(request, job, ".xlsx", XLSX)


@router.delete(
    "/analyses/{analysis_id}", status_code=204, tags=["Analyses"], summary="Supprimer une analyse",
    description="Supprime l'analyse, son résultat et les fichiers déposés (sauf s'ils servent aussi à une autre analyse).",
    responses=NOT_FOUND, response_class=Response,
)
def delete_analysis(request: Request, principal: PrincipalDep, session: SessionDep, analysis_id: AnalysisId) -> Response:
    job = load_analysis(session, principal, analysis_id)
    hashes = {f.sha256 for f in job.files}
    session.execute(sa.delete(AnalysisTag).where(AnalysisTag.analysis_id == job.id))
    session.execute(sa.delete(AnalysisFile).where(AnalysisFile.analysis_id == job.id))
    session.execute(sa.delete(Analysis).where(Analysis.id == job.id))
    session.commit()
    blobs: BlobStore = request.app.state.blobs
    for sha in hashes:
        still_used = session.scalar(sa.select(sa.func.count()).select_from(AnalysisFile).where(AnalysisFile.sha256 == sha))
        if not still_used:
            blobs.delete(sha)
    shutil.rmtree(request.app.state.settings.work_dir / job.id, ignore_errors=True)
    return Response(status_code=204)


# --------------------------------------------------------------------------- catalogues


@router.get("/rules", tags=["Référentiels"], summary="Règles de détection",
            description="Catalogue des règles de détection du moteur : identifiant, catégorie, motifs, base légale.",
            response_model=list[dict[str, Any]])
def rules(request: Request, principal: PrincipalDep) -> list[dict[str, Any]]:
    return request.app.state.engine.rules_catalog()


@router.get("/thresholds", tags=["Référentiels"], summary="Seuils de la commande publique",
            description="Seuils appliqués par le moteur (procédures formalisées, publicité…), avec leurs périodes de validité.",
            response_model=list[dict[str, Any]])
def thresholds(request: Request, principal: PrincipalDep) -> list[dict[str, Any]]:
    return request.app.state.engine.thresholds_catalog()


# --------------------------------------------------------------------------- probes


@system_router.get("/healthz", response_model=Health, summary="Sonde de vie",
                   description="Répond dès que le processus fonctionne. Sans authentification.")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@system_router.get("/readyz", response_model=Ready, summary="Sonde de disponibilité",
                   description="Vérifie la base de données, le dossier de données et le répartiteur d'analyses. "
                               "Sans authentification.",
                   responses={503: problem_response("Service pas encore prêt.")})
def readyz(request: Request) -> Any:
    settings = request.app.state.settings
    problems_found = []
    queued = running = 0
    database = storage = "ok"
    try:
        with request.app.state.sessions() as s:
            counts = dict(s.execute(sa.select(Analysis.status, sa.func.count()).group_by(Analysis.status)).all())
            queued, running = counts.get("queued", 0), counts.get("running", 0)
    except Exception:
        database = "injoignable"
        problems_found.append("la base de données ne répond pas")
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=settings.data_dir, prefix=".ready-"):
            pass
    except OSError:
        storage = "non inscriptible"
        problems_found.append("le dossier de données n'est pas accessible en écriture")
    runner = getattr(request.app.state, "runner", None)
    if runner is None or not runner.alive:
        problems_found.append("le répartiteur d'analyses n'est pas démarré")
    if problems_found:
        raise ApiProblem(503, "Service indisponible : " + " ; ".join(problems_found) + ".")
    return {"status": "ready", "database": database, "storage": storage, "workers": settings.workers,
            "queued": queued, "running": running}
