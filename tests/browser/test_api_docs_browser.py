"""The API's interactive documentation (/docs) in headless Chromium with the network off:
every asset comes from the API itself (api/docs.py), none from a CDN.

The API runs on 127.0.0.1 (uvicorn in a thread); the browser resolves no host name and every
request to another address is refused and recorded, so a page that needed the internet stays
blank and the test fails.
"""

from __future__ import annotations

import socket
import threading
import time
from urllib.parse import urlparse

import pytest

pytest.importorskip("fastapi")

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def api_url(tmp_path_factory):
    import uvicorn

    from api.app import create_app
    from api.settings import Settings

    settings = Settings(data_dir=tmp_path_factory.mktemp("api-docs") / "data", workers=1, executor="thread")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings, start_runner=False), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "l'API n'a pas démarré"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def offline_page(chromium):
    context = chromium.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.refused, page.errors = [], []

    def only_local(route):
        if urlparse(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            page.refused.append(route.request.url)
            route.abort("internetdisconnected")

    context.route("**/*", only_local)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def test_docs_render_without_network(offline_page, api_url):
    page = offline_page
    page.goto(f"{api_url}/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=20_000)
    assert "clausecheck" in page.locator(".swagger-ui .info .title").inner_text()
    page.wait_for_selector(".opblock", timeout=20_000)
    assert page.locator(".opblock-summary-path", has_text="/v1/analyses").count() >= 1
    assert page.get_by_text("Déposer un dossier à analyser").count() >= 1  # the French summary of POST
    assert page.refused == [] and page.errors == []


def test_the_assets_are_served_by_the_api(api_url):
    import httpx

    html = httpx.get(f"{api_url}/docs", timeout=10).text
    assert "cdn." not in html and "/docs-assets/swagger-ui-bundle.js" in html
    for name in ("swagger-ui-bundle.js", "swagger-ui.css", "favicon.png"):
        response = httpx.get(f"{api_url}/docs-assets/{name}", timeout=10)
        assert response.status_code == 200 and len(response.content) > 1000, name
    assert httpx.get(f"{api_url}/redoc", timeout=10).status_code == 404  # ReDoc would fetch its logo online
