"""Every real DECP file of ../shared/decp/data is accounted for: read = imported + set aside (with reason).

Also checks, on those real files, what the catalogue says they get wrong and that the fast
validator (jsonschema-rs) finds the same schema errors as the reference `jsonschema`.
"""

from __future__ import annotations

import json
import zipfile

import pytest

from clausecheck.ingestion.decp import REJECTION_LABELS, open_store
from clausecheck.ingestion.decp.normalize import normalise
from clausecheck.ingestion.decp.validate import reference_errors, schema_version, validate
from tests.bilan.conftest import import_into, real_files


@pytest.fixture(scope="module")
def imported(decp_dir):
    store = open_store(None)
    report = import_into(store, real_files(decp_dir))
    yield store, report
    store.close()


def _by_name(report, fragment):
    return next(f for f in report.files if fragment in f.path)


def test_every_record_is_accounted_for(imported, decp_dir):
    store, report = imported
    assert len(report.files) == len(real_files(decp_dir)) == 15
    for f in report.files:
        assert f.read == f.imported + f.rejected, f.path
        assert sum(f.rejected_by_reason.values()) == f.rejected, f.path
        assert set(f.rejected_by_reason) <= set(REJECTION_LABELS), f.path
    # the store holds exactly what the reports say
    assert store.con.execute("SELECT count(*) FROM contracts").fetchall()[0][0] == report.imported
    assert store.con.execute("SELECT count(*) FROM rejections").fetchall()[0][0] == report.rejected
    per_reason = dict(store.con.execute("SELECT code, count(*) FROM rejections GROUP BY code").fetchall())
    assert per_reason == dict(report.rejected_by_reason())
    assert report.read == report.imported + report.rejected


def test_counts_per_file_match_the_catalogue(imported):
    _, report = imported
    assert _by_name(report, "aife").read == 4530  # 4 508 marchés + 22 concessions
    assert _by_name(report, "_pes_").read == 1148
    assert _by_name(report, "e-marchespublics").read == 470
    assert _by_name(report, "marches-publics.info").read == 4509
    croix = _by_name(report, "21590163800019")
    assert croix.read == 159 and croix.imported == 158 and dict(croix.rejected_by_reason) == {"doublon": 1}
    csv = _by_name(report, "cpv4521")
    assert (csv.rows, csv.read) == (8957, 5180)  # one row per holder, 5 180 distinct uid
    # 2 510 AIFE records have no notification date at all: they cannot be placed in a year
    assert _by_name(report, "aife").rejected_by_reason["date_notification_absente"] == 2510
    assert _by_name(report, "aife").concessions == 19  # 22 read, 3 of them published twice


def test_non_decp_files_are_reported_not_dropped(imported):
    _, report = imported
    config = _by_name(report, "collect_decp")
    assert config.read == 0 and "marches" in config.error
    montpellier = _by_name(report, "VilleMTP_MTP_Achats.zip")
    assert montpellier.read == 0 and "aucun fichier DECP" in montpellier.error
    assert any("document bureautique" in n for n in montpellier.notes)  # the .ods members are named


def test_real_defects_are_normalised_and_warned(imported):
    store, report = imported
    con = store.con
    # PES: "2018-12-17+01:00" read as a date; every PES record says so
    assert _by_name(report, "_pes_").warnings_by_code["date_fuseau"] == 1140
    # marches-publics.info: the year "0218" read as 2018
    fixed = con.execute("SELECT count(*) FROM warnings w JOIN contracts c USING (record_id) "
                        "WHERE w.code = 'annee_corrigee' AND c.year = 2018").fetchall()[0][0]
    assert fixed == _by_name(report, "marches-publics.info").warnings_by_code["annee_corrigee"] == 2
    # Croix: amounts and durations as strings become numbers; "Siret" / "" become SIRET
    croix = con.execute("SELECT count(*), count(amount_initial), count(duration_initial) FROM contracts "
                        "WHERE buyer_siret = '21590163800019'").fetchall()[0]
    assert croix[0] == 158 and croix[2] == 158 and croix[1] == 148  # 10 amounts are 0: « non renseigné »
    # Croix reuses one id for several lots: they stay separate contracts
    reused = con.execute("SELECT max(n) FROM (SELECT decp_id, count(*) n FROM contracts "
                         "WHERE buyer_siret = '21590163800019' AND decp_id IS NOT NULL GROUP BY decp_id)").fetchall()[0][0]
    assert reused > 1
    # the 2019 format has no considerations and no offers: « non renseigné », never « none »
    v1 = con.execute("SELECT count(*), count(social_values), count(offers) FROM contracts WHERE fmt = 'json-v1' "
                     "AND origin = 'decp'").fetchall()[0]
    assert v1[0] > 8000 and v1[1] == 0 and v1[2] == 0
    # the 2024 export carries holders' départements; grouped rows keep every holder once
    holders = con.execute("SELECT count(*) FROM holders h JOIN contracts c USING (record_id) "
                          "WHERE c.member LIKE '%cpv4521%'").fetchall()[0][0]
    assert 5179 <= holders < 8957


def _sample_records(decp_dir, limit=400):
    for path in real_files(decp_dir):
        if path.suffix == ".zip" and "decp-rama" in str(path):
            with zipfile.ZipFile(path) as z:
                data = json.loads(z.read(z.namelist()[0]).decode("utf-8-sig"))
        elif path.name.endswith(".json") and "collect" not in path.name:
            data = json.loads(path.read_text(encoding="utf-8-sig").replace("NaN", "null"))
        else:
            continue
        records = data["marches"] if isinstance(data["marches"], list) else data["marches"].get("marche", [])
        major = "1" if isinstance(data["marches"], list) else "2"
        for record in records[:limit]:
            if isinstance(record, dict) and "acheteur" in record:
                yield path.name, major, record


def test_fast_validator_agrees_with_jsonschema_on_real_records(decp_dir):
    compared = disagreements = 0
    for name, major, raw in _sample_records(decp_dir):
        record, _ = normalise(raw, major)
        for key in ("uid", "uuid", "source", "_type") if major == "2" else ():
            record.pop(key, None)
        version = schema_version(major, record.get("dateNotification"))
        fast = {(e.field, e.validator) for e in validate(record, version)}
        reference = reference_errors(record, version)
        compared += 1
        if fast != reference:
            disagreements += 1
            assert fast == reference, (name, record.get("id"), fast ^ reference)
    assert compared > 1500 and disagreements == 0


def test_official_examples_xml_and_json_with_modifications(decp_dir):
    examples = decp_dir / "schemas" / "139bercy+format-commande-publique" / "master" / "exemples"
    store = open_store(None)
    xml, modified = import_into(store, [examples / "xml" / "Marche.xml",
                                        examples / "json" / "marches_avec_modifications.json"]).files
    assert xml.fmt == "xml-v2" and xml.read == 2 == xml.imported + xml.rejected
    assert modified.read == modified.imported + modified.rejected and modified.imported >= 1
    rows = store.con.execute("SELECT amount_initial, amount_current, modifications, social_values FROM contracts "
                             "WHERE member = 'marches_avec_modifications.json' AND modifications > 0").fetchall()
    assert rows and all(r[1] is not None for r in rows)
    assert any(r[0] != r[1] for r in rows)  # the current amount is the last modification's
    assert rows[0][3] == "Clause sociale|Critère social"
    store.close()
