"""`clausecheck serve` and `clausecheck api-key …`, as documented, through the main command line."""

from __future__ import annotations

import json

import pytest

from clausecheck.interfaces.cli import main


def _run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAUSECHECK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CLAUSECHECK_DATABASE_URL", raising=False)
    return tmp_path / "data"


def test_api_key_create_list_revoke(data_dir, capsys):
    assert _run(["api-key", "create", "--org", "Ville d'Exempleville"]) == 0
    out = capsys.readouterr()
    key = out.out.strip()
    assert key and "ne sera plus jamais affichée" in out.err
    assert _run(["api-key", "list", "--json"]) == 0
    keys = json.loads(capsys.readouterr().out)
    assert [(k["org"], k["active"]) for k in keys] == [("Ville d'Exempleville", True)]
    assert _run(["api-key", "list"]) == 0
    assert "Ville d'Exempleville" in capsys.readouterr().out
    assert _run(["api-key", "revoke", key]) == 0
    assert "révoquée" in capsys.readouterr().err
    assert _run(["api-key", "revoke", key]) == 1
    assert "Aucune clé active" in capsys.readouterr().err


def test_serve_passes_its_options(data_dir, monkeypatch):
    import api.admin

    seen = {}
    monkeypatch.setattr(api.admin, "serve", lambda host, port, **options: seen.update(host=host, port=port, **options))
    assert _run(["serve", "--host", "127.0.0.1", "--port", "8123", "--workers", "2"]) == 0
    assert seen == {"host": "127.0.0.1", "port": 8123, "workers": 2, "data_dir": None}


def test_usage_errors_are_in_french(capsys):
    assert _run(["api-key", "create"]) == 2
    assert "erreur d'utilisation" in capsys.readouterr().err
