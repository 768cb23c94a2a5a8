"""Every detection rule ships French examples (Semgrep style); the rules themselves are linted."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from clausecheck.categories import CATEGORIES
from clausecheck.detection import RuleError, load_rules, rules_catalog, snippet_document
from clausecheck.detection.decision import load_decisions
from clausecheck.detection.recognizers import RegexRecognizer, WordIndex
from clausecheck.detection.text import fold, translate_pattern
from clausecheck.pipeline import Engine
from clausecheck.rule_examples import run_rule_examples

RULES = load_rules()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()  # the shipped configuration: every rule, the passage model, the decision table


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_examples(rule, engine):
    """Each example is read by the whole engine: the rule must find it (with the category, quote,
    hours, bases or weight the example states) or not find it."""
    assert run_rule_examples([rule], engine) == []


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_lint(rule):
    # a rule declares its category, or its topic and the roles it counts in (the decision table names it)
    assert rule.category in CATEGORIES or (rule.topic and rule.roles and "other" not in rule.roles)
    assert rule.message.strip() and rule.message[0].isupper()
    assert rule.positive_examples and rule.negative_examples
    if rule.polarity == "present" and rule.category:
        assert rule.decp_value, "une règle de présence donne sa valeur DECP"
    # Triggers gate the regexes: every positive example must contain one, or it would be lost.
    if rule.triggers and rule.regexes:
        for example in rule.positive_examples:
            assert any(t in fold(example.text) for t in rule.triggers), example.text


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_declared_literals_are_in_every_match(rule):
    """The cascade runs a pattern only around the literals it declares every match holds: check
    that claim on every match of every example, positive or negative."""
    for regex, literals in zip(rule.regexes, rule.literals, strict=True):
        if not literals:
            continue
        assert all(lit == fold(lit) for lit in literals), literals  # written as the folded text reads
        for example in rule.positive_examples + rule.negative_examples:
            for m in regex.finditer(fold(example.text)):
                assert any(lit in m.group() for lit in literals), (regex.pattern, m.group(), literals)


def _test_passages() -> list[str]:
    """Every text of the test sets (dev, held-out, blind): more wording than the rules' examples."""
    texts: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "text" and isinstance(value, str):
                    texts.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted((Path(__file__).parent / "data").glob("*.yml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return texts


def test_every_pattern_declares_the_literals_every_match_holds():
    """A pattern runs only around its literals, as far each side as its rule's `reach`: a literal missing
    from the list, or a match longer than the reach, is a match never seen. Checked on every match in every
    passage of the test sets and in the rules' own examples; the reach keeps a margin of half of it."""
    folded = [fold(text) for text in _test_passages()]
    assert len(folded) > 1000
    for rule in RULES:
        texts = folded + [fold(example.text) for example in rule.examples]
        for regex, literals in zip(rule.regexes, rule.literals, strict=True):
            assert literals, f"{rule.id}: motif sans littéraux déclarés : {regex.pattern[:80]}"
            for text in texts:
                for m in regex.finditer(text):
                    assert any(lit in m.group() for lit in literals), (rule.id, m.group(), literals)
                    assert len(m.group()) <= rule.reach // 2 + 20, (rule.id, rule.reach, m.group())


def test_a_rules_windows_reach_as_far_as_it_says():
    """A regex scans `reach` characters each side of each literal, windows that touch merged: a rule of
    short phrases (`reach: 200`) scans half the text a rule of the default reach does."""
    text = "x" * 1000 + " egalite " + "x" * 500 + " egalite " + "x" * 1000
    positions = WordIndex(frozenset({"egalite"})).positions(text)
    first, second = positions["egalite"]
    windows = RegexRecognizer()._windows(text, ["egalite"], positions, 200)
    assert windows == [(first - 200, first + 200), (second - 200, second + 200)]
    assert RegexRecognizer()._windows(text, ["egalite"], positions, 400) == [(first - 400, second + 400)]
    assert {r.reach for r in RULES if r.id.startswith("termes.")} == {200}


def test_word_index_finds_overlapping_words():
    index = WordIndex(frozenset({"insert", "insertion", "sertion", "absent"}))
    assert index.positions("l'insertion, insertion") == {
        "insert": [2, 13], "insertion": [2, 13], "sertion": [4, 15]}
    assert WordIndex(frozenset()).positions("texte") == {}


def test_ids_unique_and_catalog():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    catalog = rules_catalog(RULES)
    assert {c["id"] for c in catalog} == set(ids)
    assert all(c["message"] and (c["category"] in CATEGORIES or c["topic"]) for c in catalog)


def test_every_category_can_be_reached():
    """Every category is given by a rule or by a cell of the decision table."""
    table = load_decisions().table
    reached = {r.category for r in RULES if r.category} | {
        category for row in table.values() if isinstance(row, dict) for category in row.values() if category}
    assert reached == set(CATEGORIES)


def test_run_rule_examples_is_clean():
    assert run_rule_examples(RULES) == []


RULE_OK = """
rules:
  - id: {id}
    category: {category}
    message: "{message}"
    patterns: ['{pattern}']
    metadata: {{decp_value: Clause sociale}}
    examples: {{positive: ["clause sociale"], negative: ["rien"]}}
"""


def _write(tmp_path: Path, name: str, **values) -> None:
    defaults = {"id": "t.un", "category": "clause_sociale", "message": "Message", "pattern": "clause sociale"}
    defaults.update(values)
    (tmp_path / name).write_text(RULE_OK.format(**defaults), encoding="utf-8")


def test_loader_accepts_a_valid_file(tmp_path):
    _write(tmp_path, "a.yml")
    assert [r.id for r in load_rules(tmp_path)] == ["t.un"]


@pytest.mark.parametrize(
    "values, fragment",
    [
        ({"category": "clause_magique"}, "catégorie inconnue"),
        ({"message": " "}, "message vide"),
        ({"pattern": "clause (sociale"}, "motif invalide"),
    ],
)
def test_loader_rejects_bad_rules(tmp_path, values, fragment):
    _write(tmp_path, "a.yml", **values)
    with pytest.raises(RuleError, match=fragment):
        load_rules(tmp_path)


def test_loader_rejects_duplicate_ids(tmp_path):
    _write(tmp_path, "a.yml")
    _write(tmp_path, "b.yml")
    with pytest.raises(RuleError, match="déjà utilisé"):
        load_rules(tmp_path)


def test_loader_rejects_rule_without_examples(tmp_path):
    (tmp_path / "a.yml").write_text(
        "rules:\n  - id: x\n    category: clause_sociale\n    message: M\n    patterns: ['a']\n", encoding="utf-8"
    )
    with pytest.raises(RuleError, match="exemples"):
        load_rules(tmp_path)


def test_settings_files_are_not_rules(tmp_path):
    _write(tmp_path, "a.yml")
    (tmp_path / "settings.yml").write_text("detection: {threshold: 0.5}\n", encoding="utf-8")
    assert len(load_rules(tmp_path)) == 1


VOCABULARY = """fragments:
  gens:
    entries:
      "les uns": 'demandeurs? d’emploi'
      "les autres": 'habitants des qpv'
"""


def test_a_pattern_names_a_vocabulary_fragment_and_gets_all_its_entries(tmp_path):
    (tmp_path / "vocabulary.yml").write_text(VOCABULARY, encoding="utf-8")
    _write(tmp_path, "a.yml", pattern="recrute[^.]{0,40}?{{gens}}")
    (rule,) = load_rules(tmp_path)
    assert "{{" not in rule.patterns[0]
    assert rule.regexes[0].search(fold("le titulaire recrute deux habitants des QPV"))
    assert rule.regexes[0].search(fold("il recrute des demandeurs d'emploi"))
    assert not rule.regexes[0].search(fold("il recrute des ingénieurs"))


def test_an_unknown_fragment_is_a_clear_error(tmp_path):
    (tmp_path / "vocabulary.yml").write_text(VOCABULARY, encoding="utf-8")
    _write(tmp_path, "a.yml", pattern="recrute {{personnes}}")
    with pytest.raises(RuleError, match="fragment inconnu"):
        load_rules(tmp_path)


def test_the_publics_attribute_reads_the_vocabulary_the_rules_use():
    """One list of the publics far from employment (rules/vocabulary.yml) for the rules and the `publics` attribute."""
    from clausecheck.detection.attributes import PUBLICS, publics
    from clausecheck.detection.vocabulary import load_vocabulary
    from clausecheck.resources import rules_dir

    entries = load_vocabulary(rules_dir())[PUBLICS]
    found = publics(fold("recrute des habitants des quartiers prioritaires et des personnes détenues"))["publics"]
    assert set(found) == {"résidents QPV", "personnes placées sous main de justice"}
    (hiring,) = [rule for rule in load_rules() if rule.id == "insertion.recrutement"]
    assert all(pattern in hiring.patterns[0] for pattern in entries.values())


def test_pattern_dialect():
    assert fold("Clause d’insertion\u00a0ÉTÉ") == "clause d'insertion ete"
    assert len(fold("œuvre Ŀ ﬁ")) == len("œuvre Ŀ ﬁ")
    regex = translate_pattern("heures d’insertion ?:")
    import re

    for text in ("heures d'insertion:", "heures  d insertion :", "heures\nd?insertion :", "heures dinsertion:"):
        assert re.search(regex, fold(text)), text
    assert r"\S" in translate_pattern(r"\S+ Sociale")  # escapes keep their case


def test_an_optional_ending_matches_its_inclusive_spellings():
    import re

    regex = re.compile(translate_pattern("personnes? eloignees? de l’emploi"))
    for text in ("personnes éloignées de l'emploi", "personne éloignée de l'emploi", "personne(s) éloignée(s) de l'emploi"):
        assert regex.search(fold(text)), text
    salaried = re.compile(translate_pattern("salaries? en insertion"))
    for text in ("salarié(e)s en insertion", "salarié·e·s en insertion", "salarié.e.s en insertion", "salarié(es) en insertion"):
        assert salaried.search(fold(text)), text
    assert not salaried.search(fold("salariés(hors insertion)"))
    # inside a character class and after an escape nothing is rewritten
    assert translate_pattern("[as?]") == "[as?]" and translate_pattern(r"\bs?x") == r"\bs?x"


def test_a_pattern_runs_around_its_own_literals_not_its_rules_triggers(tmp_path):
    """Kind of failure: a rule's trigger words forgot one of its patterns' words (« RSE » in a list
    made for « écolabel », « recyclé »…): the pattern was never run on a text holding only that word."""
    _write(tmp_path, "a.yml", pattern="x")
    text = (tmp_path / "a.yml").read_text(encoding="utf-8").replace(
        "patterns: ['x']", "triggers: ['societal']\n    patterns: [{regex: 'responsabilite societale|\\brse\\b', "
        "literals: ['responsabilite', 'rse']}]")
    (tmp_path / "a.yml").write_text(text, encoding="utf-8")
    rule = load_rules(tmp_path)[0]
    folded = fold("Critère n° 2 : démarche RSE de l'entreprise (10 %)")
    found = RegexRecognizer().candidates(snippet_document(folded), folded, [rule])
    assert [folded[c.start:c.end] for c in found] == ["rse"]
