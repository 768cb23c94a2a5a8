"""Property-based checks of the API against its own OpenAPI schema (Schemathesis), kept short.

Every operation gets a few generated requests (valid and invalid), sent with a valid key: no 5xx,
declared status codes and content types only, bodies matching the declared schemas.
"""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, settings as hsettings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.app import create_app  # noqa: E402
from api.settings import Settings  # noqa: E402

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def _settings() -> Settings:
    import tempfile
    from pathlib import Path

    data = Path(tempfile.mkdtemp(prefix="clausecheck-schemathesis-")) / "data"
    return Settings(data_dir=data, workers=1, executor="thread", max_upload_bytes=2 * 1024 * 1024,
                    max_file_bytes=1024 * 1024, max_files=5, max_pages=50, poll_seconds=0.2)


def _app():
    from tests.api.conftest import test_engine

    return create_app(_settings(), test_engine())


APP = _app()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module")
def running_app():
    import shutil

    settings = APP.state.settings
    with TestClient(APP):  # runs the lifespan: migrations, job runner
        from api.admin import create_api_key

        APP.state.test_key = create_api_key("schemathesis", settings)
        yield APP
    shutil.rmtree(settings.data_dir.parent, ignore_errors=True)


@schema.parametrize()
@hsettings(max_examples=8, deadline=None, database=None, derandomize=True,
           suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case, running_app):
    key = running_app.state.test_key
    case.headers = {**(case.headers or {}), "Authorization": f"Bearer {key}"}
    case.headers.pop("X-API-Key", None)
    case.call_and_validate(checks=CHECKS)
