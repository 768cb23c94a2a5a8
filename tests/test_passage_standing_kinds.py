"""Where a passage stands, and what it says it is, before what its words say (issue #9). Kinds first met in
tests/data/blind_docs_22 (written blind by a helper who had read no rule: CCAP_02, CCTP_09 and CCTP_10 for the table of
contents, CCTP_05 for the document describing itself, CCTP_06 for the buyer presenting itself, CCTP_02 for the clauses of
other buyers' contracts, AVIS_03 for a rule's findings capped across categories); these are other words for the same
kinds. Each fails on the engine before the fix (7005361)."""

from __future__ import annotations

from blind_sets import Engine, snippet_document
from clausecheck.text import fold, toc_block_lines

ENGINE = Engine()


def _present(text: str, doc_type: str = "CCAP") -> set[str]:
    result = ENGINE.analyse(snippet_document(text, doc_type))
    return {finding.category for finding in result.findings if finding.polarity == "present"}


CONTENTS = ("Table des matières\n"
            "Article 1 - Objet de la consultation\n"
            "Article 2 - Durée et reconduction\n"
            "Article 3 - Clause sociale d'insertion\n"
            "Article 4 - Prix et règlement\n"
            "\n"
            "Article 1 - Objet de la consultation\n"
            "Le présent marché porte sur la location et l'entretien de photocopieurs multifonctions.\n"
            "Article 2 - Durée et reconduction\n"
            "Le marché est conclu pour un an, reconductible deux fois.\n"
            "Article 3 - Clause sociale d'insertion\n"
            "Sans objet pour la présente consultation, compte tenu de la nature des prestations.\n"
            "Article 4 - Prix et règlement\n"
            "Les prix sont fermes.")


def test_the_entries_of_a_table_of_contents_without_page_numbers_are_found():
    folded = fold(CONTENTS)
    entries = sorted(toc_block_lines(folded))
    assert [folded[at:folded.index("\n", at)] for at in entries] == [
        "article 1 - objet de la consultation", "article 2 - duree et reconduction",
        "article 3 - clause sociale d'insertion", "article 4 - prix et reglement"]


def test_an_article_named_in_a_table_of_contents_without_page_numbers_states_no_clause():
    # the entry names the article; the article itself says « sans objet »
    assert not {"clause_sociale", "clause_insertion"} & _present(CONTENTS)


def test_a_document_naming_the_conditions_of_execution_it_defines_describes_its_object():
    text = ("Article 1 - Objet\nLe présent cahier fixe les conditions d'exécution de l'accompagnement à domicile des "
            "personnes âgées en perte d'autonomie et des adultes en situation de handicap du territoire.")
    assert "clause_sociale" not in _present(text, "CCTP")


def test_the_buyer_presenting_itself_is_no_stipulation():
    text = ("Article 1 - Présentation de l'établissement\nL'établissement accueille 2 400 étudiants. Il conduit une "
            "démarche de développement durable et de responsabilité sociétale formalisée dans son plan climat 2026-2030, "
            "qui fixe ses propres orientations ; ce plan est communiqué pour information.\n"
            "Article 2 - Prestations\nLe titulaire assure la maintenance des serveurs.")
    assert "clause_environnementale" not in _present(text, "CCTP")


def test_the_clauses_of_contracts_other_buyers_award_are_not_this_contracts():
    text = ("Article 3 - Contenu de la mission\nLe prestataire oriente les participants vers les postes créés par les "
            "clauses d'insertion des marchés conclus par le département et les bailleurs sociaux.")
    assert "clause_insertion" not in _present(text, "CCTP")


def test_a_rules_findings_in_criteria_leave_room_for_its_clause():
    # six criteria weigh a lexicon's words; the same lexicon's word then states an execution condition
    text = ("Critère 1 - Consommation énergétique des équipements (10 %)\n"
            "Critère 2 - Recyclabilité des matériaux (10 %)\n"
            "Critère 3 - Émissions de gaz à effet de serre liées au transport (5 %)\n"
            "Critère 4 - Biodiversité sur les sites d'installation (5 %)\n"
            "Critère 5 - Économie circulaire et réemploi des pièces (5 %)\n"
            "Critère 6 - Sobriété numérique des logiciels (5 %)\n"
            "Conditions d'exécution\nLe titulaire reprend les équipements déposés et les oriente vers le réemploi.")
    assert {"critere_environnemental", "clause_environnementale"} <= _present(text, "AVIS")


def test_a_word_of_a_public_bodys_name_says_nothing_of_the_contract():
    # (CCTP_09: « Office français de la biodiversité ») the body's name, its head capitalised mid-sentence
    text = ("Article 7 - Suivi\nLe titulaire présente ses résultats au comité de suivi, où siègent la DDT, l'Observatoire "
            "régional de la biodiversité et le syndicat de rivière.")
    assert "clause_environnementale" not in _present(text, "CCTP")
