"""Maxima, estimates and insertion hours on 120 passages written blind (see the header of
tests/data/blind_values.yml), scored through the real command line like the sealed sets. The floors
sat a little under the first figures, measured before any fix; since the set was used to fix the kinds
it shows (issue #11) they sit a little under the after-figures, which are dev figures, not blind ones."""

from __future__ import annotations

import yaml

from sealed_scorer import REPO, sealed_scorer

DATA = REPO / "tests" / "data" / "blind_values.yml"
CATEGORIES = ["clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
              "clause_environnementale", "critere_environnemental"]
FLOORS = {"insertion_hours": 0.94, "estimated_ht": 0.76, "max_ht": 0.88}  # dev figures since the fixes: see the set's header


def test_values_written_blind_keep_their_floors(tmp_path):
    passages = yaml.safe_load(DATA.read_text(encoding="utf-8"))["passages"]
    assert len(passages) == 120
    # only values are labelled here: every category is left out of the scoring
    as_sealed = [{"id": p["id"], "doc_type": p["doc_type"], "kind": p.get("kind"), "text": p["text"], "pos": [],
                  "unsure": CATEGORIES, "values": p.get("values") or {}} for p in passages]
    (tmp_path / "passages.yml").write_text(yaml.safe_dump({"passages": as_sealed}, allow_unicode=True), encoding="utf-8")
    result = sealed_scorer().run(tmp_path)["documents"]
    assert result["missing"] == 0
    for value, floor in FLOORS.items():
        assert result[value]["accuracy"] >= floor, (value, result[value])
