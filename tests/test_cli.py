"""Commands other than scan: rules, report, indicators."""

from __future__ import annotations

import json

from clausecheck.interfaces.cli import main


def _run(args: list[str]) -> int:
    try:
        return main(args)
    except SystemExit as exit_:
        return int(exit_.code)


def test_rules_test_passes_on_shipped_rules(capsys):
    assert _run(["rules", "test"]) == 0
    assert "0 échecs" in capsys.readouterr().out


def test_rules_test_reports_a_broken_rule_file_in_french(tmp_path, capsys):
    (tmp_path / "locale.yml").write_text("rules:\n  - id: x\n    category: inconnue\n", encoding="utf-8")
    assert _run(["rules", "test", "--rules-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "règle invalide" in err and "inconnue" in err and "Traceback" not in err


def test_rules_list_json_has_legal_basis(capsys):
    assert _run(["rules", "list", "--json"]) == 0
    catalog = json.loads(capsys.readouterr().out)
    assert catalog and all(rule["id"] and (rule["category"] or rule["topic"]) for rule in catalog)
    assert any("L2113-13" in (rule.get("legal_basis") or []) for rule in catalog)


def test_report_and_indicators_from_a_scan(tmp_path):
    source = tmp_path / "dce"
    source.mkdir()
    (source / "RC.txt").write_text(
        "RÈGLEMENT DE LA CONSULTATION\nLe marché n'est pas alloti. Montant estimé : 30 000 € HT.\n"
        "Critère 2 : performances en matière de protection de l'environnement (20 %).\n", encoding="utf-8")
    scan_json = tmp_path / "scan.json"
    assert _run(["scan", str(source), "--json", str(scan_json), "--quiet"]) == 0
    html = tmp_path / "rapport.html"
    assert _run(["report", str(scan_json), "-o", str(html)]) == 0
    assert "<html" in html.read_text(encoding="utf-8").lower()
    doc = tmp_path / "indicators.md"
    doc.write_text("# x\n<!-- demonstration:start -->\nancien\n<!-- demonstration:end -->\n", encoding="utf-8")
    assert _run(["indicators", str(scan_json), "--doc", str(doc)]) == 0
    regenerated = doc.read_text(encoding="utf-8")
    assert "ancien" not in regenerated and "dce" in regenerated
    assert _run(["report", str(tmp_path / "absent.json"), "-o", str(html)]) == 2
