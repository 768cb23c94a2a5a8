"""The interactive documentation (`/docs`, Swagger UI) served with its own assets, so that it
works on a network closed to the internet.

FastAPI's default page loads Swagger UI from a CDN. Here its JavaScript, CSS and icon come from
the `fastapi-offline` package (a dependency of the `api` extra), which ships the distribution
files of swagger-ui-dist, and are served by the API under `/docs-assets/` — the self-hosting that
FastAPI's documentation describes ("Custom Docs UI Static Assets"). There is no `/redoc`: ReDoc
fetches its logo from the internet whatever its options.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS_URL = "/docs-assets"
ASSET_FILES = ("swagger-ui-bundle.js", "swagger-ui.css", "favicon.png")


def assets_dir() -> Path:
    """The folder of Swagger UI's files, as the fastapi-offline package installs it."""
    folder = Path(str(files("fastapi_offline") / "static"))
    missing = [name for name in ASSET_FILES if not (folder / name).is_file()]
    if missing:
        raise RuntimeError(f"fichiers de la documentation interactive absents de {folder} : {', '.join(missing)} "
                           "(réinstaller l'extra « api » : pip install \"clausecheck[api]\")")
    return folder


def install_docs(app: FastAPI, docs_url: str = "/docs") -> None:
    """Add the documentation page and its assets to an app built with docs_url=None, redoc_url=None."""
    app.mount(ASSETS_URL, StaticFiles(directory=assets_dir()), name="docs-assets")
    oauth2_redirect_url = f"{docs_url}/oauth2-redirect"

    @app.get(docs_url, include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_swagger_ui_html(
            openapi_url=f"{root}{app.openapi_url}", title=f"{app.title} — documentation interactive",
            oauth2_redirect_url=f"{root}{oauth2_redirect_url}",
            swagger_js_url=f"{root}{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{root}{ASSETS_URL}/favicon.png",
            swagger_ui_parameters=app.swagger_ui_parameters,
        )

    @app.get(oauth2_redirect_url, include_in_schema=False)
    async def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()
