"""Fixtures of the API tests: a real app on a real SQLite file (or PostgreSQL), real engine."""

from __future__ import annotations

import io
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from api.app import create_app
from api.engine import Engine, real_engine
from api.settings import Settings

POSTGRES_URL = os.environ.get("CLAUSECHECK_TEST_POSTGRES_URL", "").strip()

INSERTION_TEXT = [
    "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES",
    "Marché public de travaux - Construction d'un gymnase",
    "Article 6 - Clause sociale d'insertion",
    "Conformément à l'article L2112-2 du code de la commande publique, le titulaire",
    "s'engage à réaliser une action d'insertion professionnelle représentant",
    "3000 heures de travail au bénéfice de personnes éloignées de l'emploi.",
    "Le marché n'est pas alloti.",
]

PLAIN_TEXT = [
    "CAHIER DES CLAUSES TECHNIQUES PARTICULIERES",
    "Fourniture de mobilier de bureau.",
    "Article 1 - Objet : les chaises sont de couleur grise.",
    "Article 2 - Livraison au siège de la collectivité.",
]


def make_pdf(lines: list[str], pages: int = 1) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for page in range(pages):
        y = 800
        for line in lines:
            c.drawString(50, y, line)
            y -= 16
        c.drawString(50, 40, f"Page {page + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def fake_engine() -> Engine:
    """A stand-in engine (CLAUSECHECK_TEST_FAKE_ENGINE=1), only for working on the API alone."""
    import api_fakes

    return api_fakes.engine()


def test_engine() -> Engine:
    if os.environ.get("CLAUSECHECK_TEST_FAKE_ENGINE") == "1":
        return fake_engine()
    return real_engine()


def _reset_postgres(url: str) -> None:
    import sqlalchemy as sa

    from api.settings import normalise_database_url

    engine = sa.create_engine(normalise_database_url(url))
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request) -> str:
    if request.param == "postgres":
        if not POSTGRES_URL:
            pytest.skip("CLAUSECHECK_TEST_POSTGRES_URL n'est pas défini")
        _reset_postgres(POSTGRES_URL)
        return POSTGRES_URL
    return ""


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(
        data_dir=tmp_path / "data", database_url=database_url, workers=1, executor="thread",
        max_upload_bytes=3 * 1024 * 1024, max_file_bytes=2 * 1024 * 1024, max_files=5, max_pages=60,
        poll_seconds=0.1, heartbeat_seconds=0.5, job_lease_seconds=30, progress_seconds=0.0,
    )


@pytest.fixture(scope="session")
def engine() -> Engine:
    return test_engine()


@pytest.fixture
def app_factory(settings, engine) -> Callable:
    @contextmanager
    def factory(**changes) -> Iterator[TestClient]:
        s = settings.with_(**changes) if changes else settings
        app = create_app(s, engine)
        with TestClient(app, raise_server_exceptions=False) as client:
            yield client

    return factory


@pytest.fixture
def client(app_factory) -> Iterator[TestClient]:
    with app_factory() as c:
        yield c


@pytest.fixture
def make_key(settings) -> Callable[[str], str]:
    from api.admin import create_api_key

    return lambda org="mairie-a": create_api_key(org, settings)


@pytest.fixture
def key(make_key) -> str:
    return make_key("mairie-a")


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def upload(client: TestClient, key: str, files: list[tuple[str, bytes]], **data) -> object:
    parts = [("files", (name, content, "application/octet-stream")) for name, content in files]
    return client.post("/v1/analyses", files=parts, data={k: v for k, v in data.items() if v is not None},
                       headers=auth(key))


def wait_done(client: TestClient, key: str, analysis_id: str, timeout: float = 60.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        r = client.get(f"/v1/analyses/{analysis_id}", headers=auth(key))
        assert r.status_code == 200, r.text
        body = r.json()
        if body["status"] in ("done", "failed"):
            return body
        if time.monotonic() > deadline:
            raise AssertionError(f"analyse {analysis_id} toujours {body['status']} après {timeout}s")
        time.sleep(0.05)


@pytest.fixture(scope="session")
def insertion_pdf() -> bytes:
    return make_pdf(INSERTION_TEXT)


@pytest.fixture(scope="session")
def plain_pdf() -> bytes:
    return make_pdf(PLAIN_TEXT)
