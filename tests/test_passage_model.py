"""The passage model (role and topics): its text preparation, its data loaders, arrays that give
back scikit-learn's own predictions, the shipped model on passages written here, and its part in
detection (only where the rules are silent, only on a passage whose structure says its role)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass

import pytest

from clausecheck.detection import snippet_document
from clausecheck.detection.model_step import commentary_of
from clausecheck.detection.passage_model import (
    ARRAYS_NAME,
    COMMENTARY_CHUNK,
    META_NAME,
    TOPICS,
    PassageModel,
    Verdict,
    commentary_chunks,
    features_text,
)
from clausecheck.detection.training import METRICS_NAME, Example, fit_estimators, load_synthetic, to_arrays
from clausecheck.pipeline import Engine
from clausecheck.resources import models_dir

SYNTHETIC = models_dir() / "training" / "passages.jsonl"


@pytest.fixture(scope="module")
def shipped() -> PassageModel:
    model = PassageModel.load()
    assert model is not None, "models/passage_model.* absent : lancer `clausecheck train`"
    return model


def test_features_text_folds_joins_and_normalises():
    text = "Le titulaire réali-\nsera 1 500 heures d'INSERTION (art. L. 2113-13 du CCP) ; œuvre"
    prepared = features_text(text)
    assert "realisera" in prepared and "insertion" in prepared and "oeuvre" in prepared
    assert "l2113_13" in prepared
    assert "0 heures" in prepared and "1 500" not in prepared


def test_synthetic_passages_say_role_only_through_their_labels(tmp_path):
    path = tmp_path / "p.jsonl"
    rows = [{"id": "a", "text": "Critère social : 10 %", "labels": ["critere_social"]},
            {"id": "b", "text": "3 000 heures d'insertion", "labels": ["clause_insertion", "clause_sociale"]},
            {"id": "c", "text": "Délai de livraison : 3 jours", "labels": []}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    criterion, clause, neutral = load_synthetic(path)
    assert (criterion.role, criterion.topics) == ("criteria", {"social"})
    assert (clause.role, clause.topics) == ("execution", {"insertion"})  # insertion is its own topic
    assert (neutral.role, neutral.topics) == (None, set())  # teaches topics only


def test_arrays_give_back_scikit_learns_predictions():
    """The shipped form (arrays + JSON, no pickle, no scikit-learn at scan time) predicts exactly what
    the fitted estimators predict: same features, same sums in the same order."""
    from scipy.sparse import hstack

    examples = list(load_synthetic(SYNTHETIC))[::6]
    fitted = fit_estimators(examples, seed=0)
    arrays, meta = to_arrays(fitted)
    meta = json.loads(json.dumps(meta))  # what the JSON file gives back
    loaded = PassageModel(arrays, meta)
    texts = [e.text for e in examples[:200]] + ["", "Délai d'exécution : 12 mois", "a  b\n\tc", "Lot n°1 : é-\nco"]
    x = hstack([v.transform([features_text(t) for t in texts]) for v in fitted.vectorizers]).tocsr()
    mine = loaded.matrix(texts)
    assert (mine != x).nnz == 0
    roles = fitted.role_model.predict_proba(x)
    topics = {t: fitted.topic_models[t].predict_proba(x)[:, 1] for t in TOPICS}
    for i, verdict in enumerate(loaded.predict(texts)):
        assert [verdict.roles[r] for r in fitted.role_model.classes_] == list(roles[i])
        assert [verdict.topics[t] for t in TOPICS] == [topics[t][i] for t in TOPICS]
        assert verdict.commentary is None  # no commentary passages, no register head


def test_the_register_head_gives_back_scikit_learns_predictions_and_leaves_roles_and_topics_alone():
    """Commentary passages train the register head alone: the vocabulary, the roles and the topics are the tender
    passages' (the same arrays as without them), and the arrays give back the fitted head's probabilities."""
    import numpy as np
    from scipy.sparse import hstack

    tender = list(load_synthetic(SYNTHETIC))[::12]
    commentary = [Example(text, None, set(), f"commentary:site{k % 5}", False, commentary=True) for k, text in enumerate([
        "Le code de la commande publique permet aux acheteurs de fixer des conditions d'exécution sociales.",
        "Dans un arrêt de 2019, le Conseil d'État a jugé qu'un critère environnemental doit être lié à l'objet.",
        "Les marchés réservés sont une faculté ouverte aux acheteurs, jamais une obligation, rappelle ce guide.",
        "La clause d'insertion est un levier d'emploi : les collectivités l'utilisent de plus en plus.",
        "Glossaire : le SPASER est un schéma que certaines collectivités doivent adopter et publier.",
    ] * 4)]
    alone, both = fit_estimators(tender, seed=0), fit_estimators(tender + commentary, seed=0)
    arrays_alone, _ = to_arrays(alone)
    arrays_both, meta = to_arrays(both)
    for name in ("idf_0", "idf_1", "role_coef", "topic_coef"):
        assert np.allclose(arrays_alone[name], arrays_both[name], atol=1e-9), name
    loaded = PassageModel(arrays_both, json.loads(json.dumps(meta)))
    texts = [e.text for e in commentary[:5]] + [e.text for e in tender[:20]]
    x = hstack([v.transform([features_text(t) for t in texts]) for v in both.vectorizers]).tocsr()
    expected = both.register_model.predict_proba(x)[:, 1]
    assert [v.commentary for v in loaded.predict(texts)] == pytest.approx(list(expected), abs=1e-12)


def test_commentary_chunks_keep_whole_sentences_of_the_trained_size():
    text = " ".join(f"Phrase numéro {k} d'un guide sur la commande publique, assez longue pour compter." for k in range(12))
    chunks = commentary_chunks(text)
    assert len(chunks) >= 3 and all(c.endswith(".") for c in chunks)
    assert all(len(c) >= COMMENTARY_CHUNK for c in chunks[:-1])
    assert " ".join(chunks) == " ".join(text.split())
    assert commentary_chunks("") == [] and commentary_chunks("Court.") == ["Court."]


# Written for this test (a guide and a clause of my own), not taken from the training data or the test sets
GUIDE = ("Guide pratique de l'acheteur responsable\n\nLa clause sociale d'insertion permet aux acheteurs publics de "
         "réserver une part des heures de travail d'un marché à des personnes éloignées de l'emploi. Beaucoup de "
         "collectivités y recourent désormais pour leurs chantiers. Le facilitateur aide l'acheteur à calibrer le "
         "nombre d'heures et accompagne ensuite les entreprises. Les acheteurs peuvent aussi retenir un critère "
         "d'attribution sur la performance en matière d'insertion professionnelle, à condition qu'il soit lié à "
         "l'objet du marché. Enfin, le code permet de réserver certains marchés aux structures d'insertion.")
CLAUSE = ("Article 9 – Clause sociale d'insertion\nLe titulaire s'engage à réserver 1 200 heures de travail à des "
          "personnes éloignées de l'emploi, avec l'appui du facilitateur du PLIE. Il transmet chaque mois l'état "
          "des heures réalisées. À défaut, une pénalité de 50 € HT par heure non réalisée est appliquée.")


def test_a_guide_of_no_tender_type_gives_no_finding_a_typed_piece_keeps_its_own(shipped):
    engine = Engine()
    guide = snippet_document(GUIDE, "AUTRE")
    assert commentary_of(guide, shipped) is not None
    result = engine.analyse(guide)
    assert not [f for f in result.findings if f.polarity == "present"]
    assert any("commande publique en général" in note for note in result.detection_notes)
    # the same words in a typed piece are the piece's own: its type says it stipulates
    assert commentary_of(snippet_document(GUIDE, "RC"), shipped) is None
    clause = engine.analyse(snippet_document(CLAUSE, "AUTRE"))
    assert "clause_insertion" in {f.category for f in clause.findings if f.polarity == "present"}


def test_each_text_is_computed_once(monkeypatch):
    """A detection asks about the same sentence several times; the verdict is computed once and the
    same for every caller."""
    model = PassageModel.load()
    computed = []
    real_matrix = model.matrix
    monkeypatch.setattr(model, "matrix", lambda texts: computed.append(list(texts)) or real_matrix(texts))
    text = "Le titulaire livre les repas dans des contenants réutilisables."
    first = model.predict([text, "Critère 2 : valeur technique (40 %)", text])
    again = model.predict([text])
    assert computed == [[text, "Critère 2 : valeur technique (40 %)"]]
    assert first[0] == first[2] == again[0]


def test_a_scan_does_not_import_scikit_learn():
    code = ("import sys; from clausecheck.pipeline import Engine; from clausecheck.detection import snippet_document; "
            "e = Engine(); e.warm_up(); e.analyse(snippet_document('Critère 2 : performance environnementale (10 %)', 'RC')); "
            "print('sklearn' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_shipped_model_is_described_by_its_metrics(shipped):
    folder = models_dir()
    metrics = json.loads((folder / METRICS_NAME).read_text(encoding="utf-8"))
    meta = json.loads((folder / META_NAME).read_text(encoding="utf-8"))
    assert shipped.version == metrics["version"] == meta["version"]
    assert (folder / ARRAYS_NAME).stat().st_size < 8 * 1024 * 1024
    assert metrics["thresholds"] == meta["thresholds"]
    # thresholds were chosen out of fold for at least this precision (training.PARAMS)
    for topic, figures in metrics["topics"].items():
        assert figures["precision"] >= 0.85 or figures["recall"] == 0.0, topic
    card = (folder / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert metrics["version"] in card


# Passages written for this test, not taken from the training data.
@pytest.mark.parametrize("text, role, topic", [
    ("Le titulaire s'engage à réserver 1 800 heures de travail à des personnes éloignées de l'emploi, "
     "avec l'appui du facilitateur de la maison de l'emploi.", "execution", "insertion"),
    ("Critère n° 3 : performance environnementale des véhicules affectés aux tournées (15 points).",
     "criteria", "environmental"),
    ("Les emballages de livraison sont repris par le titulaire et recyclés à ses frais.", "execution",
     "environmental"),
])
def test_shipped_model_reads_clear_passages(shipped, text, role, topic):
    [verdict] = shipped.predict([text])
    assert verdict.role == role, verdict.roles
    assert verdict.topics[topic] >= shipped.topic_thresholds[topic], verdict.topics


@pytest.mark.parametrize("text", [
    "Les offres sont transmises par voie électronique sur le profil d'acheteur avant le 12 mars à 12 h.",
    "Le délai de paiement est fixé à trente jours à compter de la réception de la facture.",
])
def test_shipped_model_finds_no_topic_in_plain_procedure(shipped, text):
    [verdict] = shipped.predict([text])
    assert all(verdict.topics[t] < shipped.topic_thresholds[t] for t in TOPICS), verdict.topics


# --------------------------------------------------------------------------- in detection
@dataclass
class SureModel:
    """Says every passage has one role and one topic (by default an environmental execution condition),
    sure of it."""

    topic: str = "environmental"
    role: str = "execution"
    version: str = "fake"
    role_threshold: float = 0.6
    commentary_threshold: float | None = None  # no register head
    topic_thresholds: dict = None  # type: ignore[assignment]
    calls: int = 0

    def __post_init__(self):
        self.topic_thresholds = dict.fromkeys(TOPICS, 0.5)

    def predict(self, texts):
        self.calls += len(texts)
        return [Verdict(self.role, 0.99, {self.role: 0.99}, {t: (0.99 if t == self.topic else 0.0) for t in TOPICS})
                for _ in texts]


def _engine_with(model) -> Engine:
    engine = Engine(use_model=True)
    detector = engine.detector
    detector._classifier_loaded, detector._classifier = True, model
    return engine


def _model_findings(result):
    return [f for f in result.findings if f.source == "model"]


def test_model_reports_only_where_structure_says_the_role():
    engine = _engine_with(SureModel())
    # a weak sign of role only (« le titulaire transmet »): the model's topic is not enough
    weak = engine.analyse(snippet_document(
        "Le titulaire transmet chaque mois le relevé des consommations d'énergie du bâtiment.", "CCTP"))
    assert not _model_findings(weak)
    # under a heading that says execution conditions, the same kind of sentence counts
    headed = engine.analyse(snippet_document(
        "ARTICLE 7 - CONDITIONS D'EXECUTION\nLe titulaire transmet chaque mois le relevé des consommations "
        "d'énergie du bâtiment.", "CCAP"))
    found = _model_findings(headed)
    if not found:  # the rules may have read it themselves: then the model must stay silent
        assert headed.considerations["clause_environnementale"] is not None
    else:
        assert found[0].category == "clause_environnementale"
        assert any("modèle" in line for line in found[0].trace)
        assert found[0].evidence.quote


def test_model_is_silent_on_blank_forms_and_denied_lines():
    engine = _engine_with(SureModel())
    form = engine.analyse(snippet_document(
        "ARTICLE 7 - CONDITIONS D'EXECUTION\nLe candidat précise la consommation d'énergie de ses véhicules.",
        "FORM"))
    assert not _model_findings(form)
    denied = engine.analyse(snippet_document(
        "ARTICLE 7 - CONDITIONS D'EXECUTION\nConsommation d'énergie des véhicules : néant", "CCAP"))
    assert not _model_findings(denied)


def test_a_word_the_rules_read_in_another_sense_invites_no_model_reading():
    """« l'environnement marin », « environnement numérique »: the rules know these as another sense of
    their word; the model, sure of everything here, must not make a criterion of them."""
    engine = _engine_with(SureModel())
    for text in ("Critère 3 – Tenue du mobilier urbain en environnement marin (10 pts) : résistance au sel.",
                 "Critère 1 (40 %) : qualité de l'environnement numérique de travail proposé aux agents."):
        assert not _model_findings(engine.analyse(snippet_document(text, "RC"))), text
    # the same structure with the word in its own sense is still read
    found = engine.analyse(snippet_document(
        "Critère 3 – Réduction des consommations d'énergie du mobilier urbain (10 pts) : éclairage solaire.", "RC"))
    assert found.considerations["critere_environnemental"]


def test_a_prescribing_sentence_of_a_cctp_takes_the_piece_s_role_for_the_model():
    """No rule reads « émissions dans l'air intérieur … de classe A+ » and no sign says its role; in a
    CCTP a sentence that prescribes states what the holder must do (detection/stipulations.py). The
    same words in a sentence that prescribes nothing, or in a piece that does not prescribe, stay silent."""
    engine = _engine_with(SureModel())
    text = "Les lasures appliquées dans les locaux sont en phase aqueuse et leurs émissions dans l'air intérieur sont de classe A+."
    found = _model_findings(engine.analyse(snippet_document(text, "CCTP")))
    assert [f.category for f in found] == ["clause_environnementale"]
    assert "stipulation" in found[0].trace[0]
    assert not _model_findings(engine.analyse(snippet_document(text, "RC")))
    assert not _model_findings(engine.analyse(snippet_document(
        "Émissions dans l'air intérieur des lasures de classe A+ en phase aqueuse", "CCTP")))


def test_model_never_overrules_a_rule():
    """A sentence the rules read (here a denied clause) is the rules' to judge."""
    engine = _engine_with(SureModel())
    result = engine.analyse(snippet_document(
        "ARTICLE 7 - CONDITIONS D'EXECUTION\nLe présent marché ne comporte pas de clause environnementale.",
        "CCAP"))
    assert not _model_findings(result)
    assert not result.considerations["clause_environnementale"]


def test_a_rule_of_another_topic_leaves_the_sentence_open_to_the_model():
    """A rule that read a sentence on its topic (here « entreprise adaptée », a social term) has not read it
    on the others: the model may still report those; on the rule's own topic the rule decides
    (test_model_never_overrules_a_rule). Seen on blind_reservations: the beneficiaries a reservation names
    are social words, and the rule that read them had closed the sentence to the reservation."""
    engine = _engine_with(SureModel())
    text = "ARTICLE 7 - CONDITIONS D'EXECUTION\nLe titulaire confie l'entretien des abords à une entreprise adaptée."
    result = engine.analyse(snippet_document(text, "CCAP"))
    assert result.considerations["clause_sociale"]  # the rule's reading, on its topic
    assert [f.category for f in _model_findings(result)] == ["clause_environnementale"]


def test_a_sentence_that_reserves_nothing_is_no_reservation_however_sure_the_model():
    engine = _engine_with(SureModel(topic="reservation", role="reservation"))
    criterion = "Sous-critère 2.4 – Part des prestations sous-traitées à des entreprises adaptées : 5 points"
    assert not _model_findings(engine.analyse(snippet_document(criterion, "RC")))


def test_absent_or_broken_model_leaves_rules_deciding(tmp_path):
    assert PassageModel.load(tmp_path) is None
    (tmp_path / ARRAYS_NAME).write_bytes(b"not an npz file")
    (tmp_path / META_NAME).write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError):
        PassageModel.load(tmp_path)
    engine = Engine(use_model=True)
    detector = engine.detector
    detector._classifier_loaded, detector._classifier = True, None
    detector._classifier_note = "modèle de passages absent : règles seules"
    result = engine.analyse(snippet_document("Critère environnemental : pondération 10 %", "RC"))
    assert result.considerations["critere_environnemental"] is True
    assert any("modèle de passages absent" in note for note in result.detection_notes)


def test_model_role_fallback_is_traced(shipped):
    """A rule match in a sentence with no sign of role takes the model's role, and says so (before the
    last resort of a CCTP's stipulation, detection/stipulations.py, which rules alone fall back on)."""
    text = "Les déchets de chantier sont triés sur place et évacués vers des filières de valorisation agréées."
    rules_only = Engine(use_model=False).analyse(snippet_document(text, "CCTP"))
    assert any("stipulation d'un CCTP" in line for f in rules_only.findings for line in f.trace)
    elsewhere = Engine(use_model=False).analyse(snippet_document(text, "AUTRE"))
    assert any("aucun signe de rôle" in line for f in elsewhere.findings for line in f.trace)
    with_model = Engine(use_model=True).analyse(snippet_document(text, "CCTP"))
    roles = [line for f in with_model.findings for line in f.trace if line.startswith("rôle")]
    assert roles and all("(modèle : p=" in line and "condition d'exécution" in line for line in roles)


def test_a_rule_that_only_wanted_its_context_leaves_the_sentence_to_the_model():
    """« norme Euro VI » is read by a rule that needs « titulaire », « doit »… near it; with « les autocars
    sont conformes » it is capped, undecided: the model may read the sentence (blind_environment, benv-005)."""
    engine = _engine_with(SureModel())
    text = ("Article 6 – Véhicules et conduite\nLes autocars affectés au service sont conformes, au minimum, à la "
            "norme Euro VI et ont moins de dix ans d'âge.")
    result = engine.analyse(snippet_document(text, "CCAP"))
    assert [f.category for f in _model_findings(result)] == ["clause_environnementale"]


def test_a_prohibition_after_a_colon_is_no_empty_answer():
    """« … zéro phyto : aucun herbicide … n'est appliqué » states a rule; « Clause environnementale : aucune »
    answers no (detection/denials.py)."""
    from clausecheck.detection.denials import answered_no
    from clausecheck.text import fold

    rule = "L'entretien est conduit en zéro phyto : aucun herbicide, fongicide\nou insecticide n'est appliqué."
    assert answered_no(rule, fold(rule), 0, 20) is None
    empty = "Clause environnementale : aucune\nArticle 5 – Prix"
    assert answered_no(empty, fold(empty), 0, 20) == "aucune"


def test_what_the_contract_buys_is_no_clause_for_the_model_either():
    """A contract whose object is insertion services: the holder's accompaniment of the persons it recruits
    is the service bought, not a social clause (as the rules already read it; blind_reservations bres-009)."""
    engine = _engine_with(SureModel(topic="social"))
    text = ("ARTICLE 1 – OBJET\nLe présent marché a pour objet une prestation d'insertion professionnelle de "
            "personnes éloignées de l'emploi.\nLe titulaire assure l'accueil, l'encadrement technique et "
            "l'accompagnement des personnes recrutées pour la durée du chantier.")
    assert not _model_findings(engine.analyse(snippet_document(text, "CCAP")))
    # an ordinary object: the same sentence is read
    other = ("ARTICLE 1 – OBJET\nLe présent marché a pour objet l'entretien des berges.\nLe titulaire assure "
             "l'accueil, l'encadrement technique et l'accompagnement des personnes recrutées pour la durée du chantier.")
    assert [f.category for f in _model_findings(engine.analyse(snippet_document(other, "CCAP")))] == ["clause_sociale"]


def test_texts_without_any_known_term_give_empty_rows():
    """Words the vocabulary does not know, or no words at all: empty rows, not an error."""
    model = PassageModel.load()
    assert model is not None
    for vectorizer in model.vectorizers:
        matrix = vectorizer.transform(["", "zzqx"])
        assert matrix.shape == (2, len(vectorizer.vocabulary)) and matrix.nnz == 0


@dataclass
class MiddlingModel(SureModel):
    """Reads every passage as one topic at a middling probability (above the model's own threshold)."""

    probability: float = 0.6

    def predict(self, texts):
        self.calls += len(texts)
        return [Verdict(self.role, 0.99, {self.role: 0.99},
                        {t: (self.probability if t == self.topic else 0.0) for t in TOPICS}) for _ in texts]


def test_where_the_rules_are_silent_insertion_needs_the_model_only_floor():
    """Written from the blind sets' model-only mistakes, read by no rule: a middling insertion probability, above
    the model's own threshold, is not enough where the rules say nothing (rules/settings.yml `model_only_floors`);
    a sure one is, and its trace says the floor — on a passage that holds a word of insertion or of the social field
    (`model_only_own_word`): the volume of a service in hours holds none, so even a sure model reports nothing there."""
    for text in ("L'insertion de la gaine s'effectue par inversion à l'eau depuis le regard amont.",
                 "Les horaires de travail sont de 7 heures à 19 heures du lundi au vendredi.",
                 "Le volume prévisionnel est de 16 000 heures d'aide par an, soit environ 130 bénéficiaires."):
        document = snippet_document(f"ARTICLE 9 - CONDITIONS D'EXECUTION\n{text}", "CCTP")
        middling = MiddlingModel(topic="insertion", probability=0.45)
        middling.topic_thresholds["insertion"] = 0.3  # above the model's own threshold, below the floor
        assert not _model_findings(_engine_with(middling).analyse(document))
        sure = _model_findings(_engine_with(MiddlingModel(topic="insertion", probability=0.95)).analyse(document))
        if "volume" in text:
            assert not sure, text
            continue
        assert [f.category for f in sure] == ["clause_insertion"], text
        assert any("plancher 0.52" in line for line in sure[0].trace)
