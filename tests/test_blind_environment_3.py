"""Environmental execution clauses and criteria, and above all the hard negatives around them
(tests/data/blind_environment_3.yml: 150 passages written blind on 2026-12-07 — who wrote them, what they read, in its
header), scored through the real command line like the sealed sets. Scored once before any fix it led to, on the
session's start engine d526579: macro-F1 0.954 (rules only 0.947), clause_environnementale 0.830 (P 0.815, R 0.846),
critere_environnemental 0.894. Used since to fix kinds of failure (issue #9), so its floors are dev figures."""

from __future__ import annotations

from blind_sets import scored_passages, wrong_categories
from sealed_scorer import REPO

DATA = REPO / "tests" / "data" / "blind_environment_3.yml"


def test_environment_passages_written_blind_keep_their_floor(tmp_path):
    result = scored_passages(DATA, tmp_path, 150)
    assert result["macro_f1"] >= 0.97, result["macro_f1"]
    assert result["categories"]["clause_environnementale"]["f1"] >= 0.93, result["categories"]["clause_environnementale"]


# Each example written before the fix by someone who had not read the rules.
FIXED_FROM_ENVIRONMENT_3 = {
    # an instruction to the candidate, an infinitive opening its clause (« Chapitre 3 – Démarche environnementale :
    # décrire les produits utilisés, la gestion des déchets… »): what it asks is no clause
    "be3-035",
    # the law in force reminded, the environment among its matters; the environment respected « des riverains et des
    # usagers » with the rest: a mere mention
    "be3-010", "be3-031",
    # a form field answered by a dash (« Green procurement criteria: – », « Critères d'écologisation de l'achat : – »);
    # the environment in an insurance obligation (« … y compris les atteintes à l'environnement »)
    "be3-082", "be3-060", "be3-114",
    # what the mission comprises is the object (« Objet de la mission : … étude d'impact … La mission comprend les
    # inventaires faune-flore … »)
    "be3-069",
    # a criterion's label weighted in parentheses before its colon, whatever its numbering (« 9.3 Emissions de CO2 liées
    # aux livraisons (15 %) : le candidat renseigne … »); a sibling item of a list of criteria is no heading of the next
    # one (« • Qualité … au regard du mémoire technique : 40 % » above « • Démarche de développement durable … : 10 % »;
    # bc3-113 of another author too)
    "be3-019", "be3-070",
    # a heading naming two clauses (« ARTICLE 9 – CLAUSES SOCIALES ET ENVIRONNEMENTALES ») whose section for one says
    # « Sans objet »: the heading stipulates nothing of it
    "be3-047",
    # environmental requirements named by their domain, without the word: a site's wildlife protected (nidification,
    # « mises en défens », an ecologist), an energy commitment (« consommation annuelle de référence »), water and
    # energy spared by the cleaning teams, plastic containers banned
    "be3-036", "be3-055", "be3-127", "be3-145",
    # eForms in French: « Critères d'écologisation de l'achat » are the green procurement criteria a purchase follows
    # (a requirement), not award criteria
    "be3-143",
    # a piece of the contract said to impose it, in an answer of a register (« Réponse : Oui. L'article 4.2 du CCTP impose
    # des emballages secondaires en carton contenant au moins 70 % de fibres recyclées »): an obligation restated
    "be3-117",
}


def test_kinds_fixed_from_the_third_environment_set_stay_fixed():
    assert wrong_categories(DATA, FIXED_FROM_ENVIRONMENT_3) == []
