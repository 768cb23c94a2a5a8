"""The FastAPI application: `create_app()` builds it; `app` is the module-level instance for uvicorn."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import problems
from api.docs import install_docs
from api.engine import Engine, real_engine
from api.jobs import JobRunner
from api.settings import Settings
from api.storage import BlobStore, make_engine, make_session_factory, upgrade_database

log = logging.getLogger("clausecheck.api")

DESCRIPTION = """
Service d'analyse des dossiers de consultation des entreprises (DCE) des marchés publics.

Déposez les pièces d'une consultation (PDF, DOCX, XLSX, ODT, XML, HTML, texte, ou une archive ZIP
contenant le dossier) : le service repère les **clauses sociales et d'insertion**, les **marchés
réservés**, les **clauses et critères environnementaux**, l'**allotissement**, les **montants**,
l'**accessibilité** et les **seuils** applicables, avec pour chaque constat l'extrait du document
qui le justifie.

**Déroulement** : `POST /v1/analyses` renvoie immédiatement (202) l'identifiant de l'analyse ;
interrogez `GET /v1/analyses/{id}` jusqu'à ce que le statut soit `done` (ou `failed`), puis
consultez le résultat, le rapport HTML ou les exports CSV et Excel.

**Authentification** : toutes les adresses, sauf `/healthz` et `/readyz`, demandent une clé d'API,
dans l'en-tête `Authorization: Bearer <clé>` ou `X-API-Key: <clé>`. Une clé ne voit que les
analyses de son organisation.

**Erreurs** : au format *problem details* (RFC 9457, `application/problem+json`), avec un titre et
un détail en français.
"""

TAGS = [
    {"name": "Analyses", "description": "Dépôt d'un dossier, suivi, résultat, rapport et exports."},
    {"name": "Référentiels", "description": "Règles de détection et seuils de la commande publique utilisés par le moteur."},
    {"name": "Supervision", "description": "Sondes de vie et de disponibilité du service (sans authentification)."},
]


class BodyLimitMiddleware:
    """Refuse request bodies over `limit` bytes (413 problem+json), by Content-Length and as they stream."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = None
        for name, value in scope.get("headers") or []:
            if name == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    length = None
        if length is not None and length > self.limit:
            return await self._reject(scope, receive, send)

        state = {"received": 0, "exceeded": False, "replaced": False}

        async def limited_receive():
            message = await receive()
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
                if state["received"] > self.limit:
                    state["exceeded"] = True
                    # Stop reading: tell the app the body ended; its response is replaced below.
                    return {"type": "http.request", "body": b"", "more_body": False}
            return message

        async def guarded_send(message):
            if state["exceeded"]:
                if message["type"] == "http.response.start" and not state["replaced"]:
                    state["replaced"] = True
                    await self._reject(scope, receive, send, send_only=True)
                return
            await send(message)

        await self.app(scope, limited_receive, guarded_send)

    async def _reject(self, scope, receive, send, send_only: bool = False):
        mb = self.limit / (1024 * 1024)
        response = problems.problem_response(
            413, code="envoi-trop-volumineux", title="Envoi trop volumineux",
            detail=f"La requête dépasse la taille maximale autorisée ({mb:.0f} Mo).",
            instance=scope.get("path"), headers={"Connection": "close"},
        )
        await response(scope, receive, send)


def _problem_openapi(app: FastAPI):
    """OpenAPI where every error response is application/problem+json."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        from fastapi.openapi.utils import get_openapi

        schema = get_openapi(title=app.title, version=app.version, description=app.description,
                             routes=app.routes, tags=app.openapi_tags)
        for path_item in schema.get("paths", {}).values():
            for op in path_item.values():
                if not isinstance(op, dict):
                    continue
                for status, resp in (op.get("responses") or {}).items():
                    if resp.get("description") == "Successful Response":
                        resp["description"] = "Réponse réussie."
                    if status[:1] in "45":
                        resp["content"] = {problems.MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
        schema.get("components", {}).get("schemas", {}).pop("HTTPValidationError", None)
        schema.get("components", {}).get("schemas", {}).pop("ValidationError", None)
        app.openapi_schema = schema
        return schema

    return openapi


def create_app(settings: Settings | None = None, engine: Engine | None = None, *,
               start_runner: bool = True) -> FastAPI:
    settings = settings or Settings.from_env()
    engine = engine or real_engine(settings.ocr_cache_dir, dask_scheduler=settings.dask_scheduler or None)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        db = make_engine(settings)
        if settings.run_migrations:
            upgrade_database(settings, db)
        sessions = make_session_factory(db)
        app.state.db = db
        app.state.sessions = sessions
        app.state.blobs = BlobStore(settings.blobs_dir)
        runner = JobRunner(settings, sessions, engine)
        app.state.runner = runner
        if start_runner:
            runner.start()
        try:
            yield
        finally:
            if start_runner:
                runner.stop()
            db.dispose()

    from api import __version__

    app = FastAPI(
        title="clausecheck — API d'analyse des DCE",
        version=__version__,
        description=DESCRIPTION,
        openapi_tags=TAGS,
        docs_url=None,  # served with local assets by api/docs.py: no CDN
        redoc_url=None,
        lifespan=lifespan,
        swagger_ui_parameters={"defaultModelsExpandDepth": 0},
    )
    app.state.settings = settings
    app.state.engine = engine
    problems.install(app)

    from api.bilan import router as bilan_router
    from api.routes import router, system_router

    app.include_router(router)
    app.include_router(system_router)
    app.include_router(bilan_router)  # the bilan of published contract data (docs/bilan.md)
    app.openapi = _problem_openapi(app)  # type: ignore[method-assign]  # FastAPI's documented override
    install_docs(app)  # /docs with its assets served here, for closed networks

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type"],
            expose_headers=["Location"],
        )
    app.add_middleware(BodyLimitMiddleware, limit=settings.max_upload_bytes)

    @app.middleware("http")
    async def _headers(request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if request.url.path.startswith("/v1/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    return app


def __getattr__(name: str):  # `uvicorn api.app:app` builds the app from the environment on first use
    if name == "app":
        value = create_app()
        globals()["app"] = value
        return value
    raise AttributeError(name)
