"""RFC 9457 problem details (application/problem+json), always in French, never a stack trace."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.validation import UploadRejected

log = logging.getLogger("clausecheck.api")

PROBLEM_TYPE = "urn:clausecheck:probleme:"
MEDIA_TYPE = "application/problem+json"

DEFAULTS: dict[int, tuple[str, str, str]] = {
    400: ("requete-invalide", "Requête invalide", "La requête est mal formée."),
    401: ("non-authentifie", "Authentification requise",
          "Fournissez une clé d'API valide dans l'en-tête « Authorization: Bearer <clé> » ou « X-API-Key »."),
    403: ("interdit", "Accès refusé", "Cette clé d'API ne permet pas cette opération."),
    404: ("introuvable", "Ressource introuvable", "La ressource demandée n'existe pas."),
    405: ("methode-non-autorisee", "Méthode non autorisée", "Cette méthode HTTP n'est pas acceptée pour cette adresse."),
    406: ("non-acceptable", "Format de réponse indisponible", "Le format de réponse demandé n'est pas disponible."),
    409: ("conflit", "Opération impossible pour l'instant", "L'état de la ressource ne permet pas cette opération."),
    413: ("trop-volumineux", "Envoi trop volumineux", "La requête dépasse la taille autorisée."),
    415: ("type-non-accepte", "Type de contenu non accepté", "Le type de contenu envoyé n'est pas accepté."),
    422: ("requete-invalide", "Requête invalide", "Un ou plusieurs paramètres sont invalides."),
    429: ("trop-de-requetes", "Trop de requêtes", "Trop de requêtes ont été envoyées ; réessayez plus tard."),
    500: ("erreur-interne", "Erreur interne",
          "Une erreur inattendue est survenue. Elle a été consignée ; réessayez ou contactez l'administrateur."),
    503: ("indisponible", "Service indisponible", "Le service n'est pas prêt ; réessayez dans quelques instants."),
}

FIELD_MESSAGES = {
    "missing": "champ obligatoire manquant",
    "date_from_datetime_parsing": "date attendue au format AAAA-MM-JJ",
    "date_parsing": "date attendue au format AAAA-MM-JJ",
    "date_type": "date attendue au format AAAA-MM-JJ",
    "int_parsing": "nombre entier attendu",
    "int_type": "nombre entier attendu",
    "bool_parsing": "booléen attendu (true ou false)",
    "greater_than_equal": "valeur trop petite",
    "greater_than": "valeur trop petite",
    "less_than_equal": "valeur trop grande",
    "less_than": "valeur trop grande",
    "string_too_long": "texte trop long",
    "string_too_short": "texte trop court",
    "enum": "valeur non reconnue",
    "literal_error": "valeur non reconnue",
    "string_type": "texte attendu",
    "value_error": "valeur invalide",
    "uuid_parsing": "identifiant invalide",
    "list_type": "liste attendue",
}


class ApiProblem(Exception):
    def __init__(self, status: int, detail: str | None = None, *, code: str | None = None,
                 title: str | None = None, headers: dict[str, str] | None = None, **extra: Any):
        default = DEFAULTS.get(status, DEFAULTS[400 if status < 500 else 500])
        self.status = status
        self.code = code or default[0]
        self.title = title or default[1]
        self.detail = detail or default[2]
        self.headers = headers or {}
        self.extra = extra
        super().__init__(self.detail)


def problem_response(status: int, *, code: str, title: str, detail: str, instance: str | None = None,
                     headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    body: dict[str, Any] = {"type": PROBLEM_TYPE + code, "title": title, "status": status, "detail": detail}
    if instance:
        body["instance"] = instance
    body["code"] = code
    body.update({k: v for k, v in extra.items() if v is not None})
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE, headers=headers)


def _loc(loc: tuple | list) -> str:
    parts = [str(p) for p in loc]
    mapping = {"query": "paramètre", "path": "chemin", "body": "corps", "header": "en-tête"}
    if parts and parts[0] in mapping:
        return f"{mapping[parts[0]]} {'.'.join(parts[1:])}".strip()
    return ".".join(parts)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiProblem)
    async def _api_problem(request: Request, exc: ApiProblem):
        return problem_response(exc.status, code=exc.code, title=exc.title, detail=exc.detail,
                                instance=request.url.path, headers=exc.headers, **exc.extra)

    @app.exception_handler(UploadRejected)
    async def _upload_rejected(request: Request, exc: UploadRejected):
        return problem_response(exc.status, code=exc.code, title=exc.title, detail=exc.detail,
                                instance=request.url.path)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code, title, detail = DEFAULTS.get(exc.status_code, DEFAULTS[400 if exc.status_code < 500 else 500])
        headers = dict(exc.headers or {}) or None
        return problem_response(exc.status_code, code=code, title=title, detail=detail,
                                instance=request.url.path, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        errors = []
        for err in exc.errors()[:20]:
            errors.append({"champ": _loc(err.get("loc", ())),
                           "message": FIELD_MESSAGES.get(str(err.get("type")), "valeur invalide")})
        detail = "Un ou plusieurs paramètres sont invalides : " + "; ".join(
            f"{e['champ']} ({e['message']})" for e in errors[:5]) + "."
        return problem_response(422, code="requete-invalide", title="Requête invalide", detail=detail,
                                instance=request.url.path, errors=errors)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.error("erreur interne sur %s %s", request.method, request.url.path, exc_info=exc)
        code, title, detail = DEFAULTS[500]
        return problem_response(500, code=code, title=title, detail=detail, instance=request.url.path)
