"""A stipulation of a CCAP or CCTP with no sign of role (detection/stipulations.py), on passages of
tests/data/blind_clauses.yml written before the step existed by someone who had read neither rules nor
code: the positives were missed (no role, so no clause); the negatives must stay negatives."""

from __future__ import annotations

import pytest
import yaml

from clausecheck.detection import snippet_document
from clausecheck.detection.roles import RoleReader, load_roles
from clausecheck.detection.stipulations import PRESCRIPTIVE, states
from clausecheck.pipeline import Engine
from sealed_scorer import REPO

ITEMS = {item["id"]: item for sets in yaml.safe_load((REPO / "tests" / "data" / "blind_clauses.yml").read_text(encoding="utf-8")).values()
         for polarity in ("positive", "negative") for item in sets[polarity]}


@pytest.fixture(scope="module")
def engines():
    return {True: Engine(use_model=True), False: Engine(use_model=False)}


def _found(engine, pid):
    item = ITEMS[pid]
    doc = snippet_document(item["text"], {"CCP": "CCAP"}.get(item["doc_type"], item["doc_type"]))
    return {category for category, value in engine.analyse(doc).considerations.items() if value}


@pytest.mark.parametrize("pid", ["bcl-024", "bcl-028", "bcl-029"])
def test_unsigned_environmental_stipulations_count(engines, pid):
    # véhicules électriques (model-confirmed), niveau sonore and dB(A) (two readings), matériau biosourcé
    assert "clause_environnementale" in _found(engines[True], pid)


def test_without_the_model_two_readings_of_the_topic_still_confirm(engines):
    assert "clause_environnementale" in _found(engines[False], "bcl-029")  # « matériau biosourcé », « matière biosourcée »


@pytest.mark.parametrize("pid", ["bcl-034", "bcl-035", "bcl-039", "bcl-040", "bcl-043", "bcl-086"])
def test_specifications_and_objects_stay_negative(engines, pid):
    # paint's technical class, a waste-collection object, IT environments, paper specs, a waste-removal
    # service, an « Objet et étendue du marché » article
    assert "clause_environnementale" not in _found(engines[True], pid)


def test_the_piece_role_is_only_a_last_resort():
    config = load_roles()
    assert config.stipulations == {"CCAP": "execution", "CCTP": "execution"}
    doc = snippet_document("Article 2 – Objet et étendue du marché\nLe marché porte sur la collecte des déchets verts.", "CCAP")
    reading = RoleReader(doc).role_at(doc.folded.index("dechets"))
    assert reading.role == "object"  # an object heading or cue speaks first


@pytest.mark.parametrize("sentence, prescribes", [
    ("les livraisons sont realisees au moyen de vehicules electriques", True),
    ("le titulaire trie les dechets de chantier", True),
    ("formation des agents", False),
    ("coffret co2 compris capot, support mural, percuteur pour cartouche", False),
])
def test_a_stipulation_has_a_finite_verb(sentence, prescribes):
    assert bool(PRESCRIPTIVE.search(sentence)) is prescribes


STIPULATIONS = {item["id"]: item for sets in yaml.safe_load(
    (REPO / "tests" / "data" / "blind_stipulations.yml").read_text(encoding="utf-8")).values()
    for polarity in ("positive", "negative") for item in sets[polarity]}


def _found_in(items, engine, pid):
    item = items[pid]
    doc = snippet_document(item["text"], {"CCP": "CCAP"}.get(item["doc_type"], item["doc_type"]))
    return {category for category, value in engine.analyse(doc).considerations.items() if value}


@pytest.mark.parametrize("pid, category", [
    ("bst-011", "clause_environnementale"),  # « Les arbres … appartiennent à des essences indigènes »: no verb of the list
    ("bst-004", "clause_environnementale"),  # « Ces produits … portent l'étiquetage des émissions … de classe A+ »
])
def test_a_specification_stated_with_any_verb_is_a_stipulation(engines, pid, category):
    assert category in _found_in(STIPULATIONS, engines[True], pid)


@pytest.mark.parametrize("sentence, stated", [
    ("Les arbres, arbustes et vivaces plantés appartiennent à des essences indigènes de la région.", True),
    ("Les mélanges pour prairie fleurie comptent au moins 15 espèces sauvages locales ;", True),
    ("Capacité : 60 paniers par heure au minimum ; alimentation triphasée 400 V.", False),
    ("Taux de valorisation des encombrants collectés (réemploi et recyclage)", False),
    ("Collecte et valorisation des déchets ménagers de la communauté de communes", False),
])
def test_a_sentence_states_when_it_has_a_subject(sentence, stated):
    assert states(sentence) is stated


@pytest.mark.parametrize("pid, category", [
    ("bst-025", "clause_environnementale"),  # « le titulaire regroupe les commandes … » (weak sign), model: execution 0.96
    ("bst-055", "clause_sociale"),  # « le titulaire accueille chaque année … au moins … stagiaires »
])
def test_a_weak_sign_the_model_confirms_gives_the_role(engines, pid, category):
    assert category in _found_in(STIPULATIONS, engines[True], pid)
    assert category not in _found_in(STIPULATIONS, engines[False], pid)  # the weak sign alone does not
