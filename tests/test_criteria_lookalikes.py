"""Award-criteria and clause words that judge no offer and bind no one (issue #9): a part of a response template, or the
line heading a table's rows, said not scored; what a negotiation may bear on; the letters of a web address or a
reference code; the weights of a price revision's indices; what the buyer orders only if it wishes; and, the other way,
a scoring grid in an annex of the RC, headed « ANNEXE n – … ». The blind examples of each kind, written before the
fix by a helper who had read no rule, are in tests/data/blind_docs_18 (d09, d10, d20, d21, d24); these are other words
for the same kinds. Each fails on the engine before the fix (74478a2)."""

from __future__ import annotations

from blind_sets import Engine, snippet_document

ENGINE = Engine()


def _present(text: str, doc_type: str = "AUTRE") -> set[str]:
    result = ENGINE.analyse(snippet_document(text, doc_type))
    return {finding.category for finding in result.findings if finding.polarity == "present"}


def test_a_part_said_not_scored_in_its_own_heading_is_no_criterion():
    """« (pour information, non noté) » closes the heading's brackets with other words before « non noté »."""
    text = ("Mémoire technique – trame\n"
            "Critère 2.3 – Performance environnementale des produits (pour information, non noté)\n"
            "Indiquer la part des produits porteurs de l'Écolabel européen.")
    assert "critere_environnemental" not in _present(text, "CADRE")


def test_rows_under_a_line_that_says_they_are_not_scored_are_no_criteria():
    """The line above a table's rows says they count in no judging: each row heads nothing scored."""
    text = ("Renseignements complémentaires demandés au candidat\n"
            "Ces éléments servent au suivi du marché et n'entrent pas dans la notation des offres.\n"
            "Item | Réponse du candidat\n"
            "Politique d'achats responsables | \n"
            "Part des véhicules électriques dans la flotte | \n"
            "Recours à des salariés en parcours d'insertion | ")
    found = _present(text, "CADRE")
    assert "critere_environnemental" not in found
    assert "critere_social" not in found


def test_a_scored_part_keeps_its_criterion_beside_an_unscored_one():
    """The unscored part says so; the scored one above it stays a criterion (the fix must not deny both)."""
    text = ("Cadre de réponse technique – nettoyage des groupes scolaires\n"
            "Section 2 – Démarche environnementale de la prestation (15 points)\n"
            "Produits d'entretien porteurs de l'Écolabel européen, dosage automatique, réduction des emballages.\n"
            "Section 3 – Informations sur l'entreprise (non notées)\n"
            "Effectif, chiffre d'affaires, certifications.")
    assert "critere_environnemental" in _present(text, "CADRE")


def test_what_a_negotiation_may_bear_on_is_no_criterion():
    text = ("Article 8 – Négociation\n"
            "Le pouvoir adjudicateur se réserve la possibilité de négocier avec les trois candidats les mieux classés. "
            "Les négociations pourront notamment porter sur le prix, les délais et les performances environnementales "
            "des matériaux proposés (part de granulats recyclés, bilan carbone des approvisionnements).")
    assert "critere_environnemental" not in _present(text, "RC")


def test_the_letters_of_a_web_address_are_no_label():
    """« …/criteres-ecolabel-bio.pdf » names a file: no environmental term in it."""
    text = ("ARTICLE 6 – JUGEMENT DES OFFRES\nCritère 1 – Prix (60 %). Critère 2 – Valeur technique (40 %), selon le "
            "mémoire.\nLe détail des critères est publié sur https://marches.exemple-ville.fr/VDL-2027/criteres-ecolabel-bio.pdf")
    assert "critere_environnemental" not in _present(text, "RC")


def test_the_letters_closing_a_reference_code_are_no_label():
    """« VDL-2027-PEFC » is the consultation's reference, not the PEFC label."""
    text = ("II.2.5) Critères d'attribution\nCritère de qualité - Nom : Valeur technique / Pondération : 40\n"
            "Prix - Pondération : 60\nII.2.7) Identifiant interne : VDL-2027-PEFC\n"
            "Adresse du profil : https://marches.exemple-ville.fr/VDL-2027-PEFC")
    found = _present(text, "AVIS")
    assert "critere_environnemental" not in found
    assert "clause_environnementale" not in found


def test_a_scoring_grid_in_an_annex_of_the_rc_is_a_criteria_table():
    """« ANNEXE 2 – GRILLE D'ÉVALUATION … » opens a part of its own: its rows, their cells wrapped over several lines,
    are the sub-criteria, not a remainder of the article above it."""
    text = ("ARTICLE 9 – RENSEIGNEMENTS COMPLÉMENTAIRES\nLes questions sont posées sur la plateforme au plus tard huit "
            "jours avant la date limite de remise des offres, fixée au lundi.\n"
            "ANNEXE 2 – GRILLE D'ÉVALUATION DE LA VALEUR TECHNIQUE (40 POINTS)\n"
            "Chaque rubrique est appréciée au vu du mémoire technique remis par le candidat. Une rubrique absente du "
            "mémoire reçoit la note zéro.\nRubrique\nÉléments appréciés\nPoints\nA. Méthodologie et\nplanning\n"
            "Organisation des interventions, planning\ndétaillé, remplacement des équipes\n25\nB. Gestion du\nchantier\n"
            "Tri des déchets en cinq flux, réemploi des\nterres excavées, engins électriques\n15")
    found = _present(text, "RC")
    assert "critere_environnemental" in found
    assert "clause_environnementale" not in found


def test_the_weights_of_a_price_revision_s_indices_are_no_criterion():
    """« … révisables chaque année selon l'indice … et l'indice de l'énergie, pondérés à 60 / 40 »: a price term
    (blind_values_25 d05)."""
    text = ("Article 6 – Prix\nPrix unitaires au kilomètre et à l'heure, révisables chaque année selon l'indice des "
            "salaires du transport et l'indice de l'énergie, pondérés à 60 / 40.")
    assert "critere_environnemental" not in _present(text, "CCAP")


def test_what_the_buyer_orders_only_if_it_wishes_binds_the_holder_to_nothing():
    """« Les produits issus de l'agriculture biologique, lorsque l'établissement en commande, sont identifiés … »
    (blind_docs_16 d26): the holder labels what may be ordered, it commits to supply none."""
    text = ("Article 6 – Étiquetage\nLes fruits issus de l'agriculture biologique, si la collectivité en commande, sont "
            "livrés dans des cagettes distinctes portant la mention AB.")
    assert "clause_environnementale" not in _present(text, "CCTP")


def test_a_piece_said_to_impose_a_clause_below_a_criteria_list_states_a_clause():
    """The other way: « Le CCTP (article 7) impose au titulaire … » under the last weighted item of a criteria list is
    a condition of execution, not one more criterion (blind_values_21 d06: « Le CCAP (article 5) impose … »)."""
    text = ("ARTICLE 6 - CRITÈRES\n- Prix : 50 points\n- Valeur technique : 40 points\n"
            "- Délais d'exécution : 10 points\n"
            "Le CCTP (article 7) impose au titulaire le tri des déchets de chantier en cinq flux et leur\n"
            "traçabilité jusqu'à l'exutoire.")
    found = _present(text, "RC")
    assert "clause_environnementale" in found
    assert "critere_environnemental" not in found


# Two more kinds, blind in tests/data/blind_docs_20 (SMPE CCTP, SIRC-Deux-Rives RC); other words here. Each fails on
# the engine before its fix (86bd6eb). (A third, a part's title « (non notées) » the section tree does not see, is
# tested by that set's floor: its SIVOS-Morlay template; written otherwise, the look-back already stopped at it.)

def test_a_requirement_of_a_cctp_that_weighs_nothing_is_no_criterion():
    """Where no sign tells the role, the model's « criterion » needs a weight in a piece that prescribes."""
    text = ("Article 4 - Qualité environnementale des engins\nLes engins affectés au chantier respectent au minimum la "
            "phase V du règlement européen sur les émissions des moteurs non routiers.")
    found = _present(text, "CCTP")
    assert "critere_environnemental" not in found


def test_the_price_row_of_a_criteria_table_weighed_by_a_bare_number_heads_nothing():
    """« Prix (au vu du détail quantitatif estimatif) | 50 » is the price criterion's row, not a price schedule's title:
    the row two lines below is a criterion still."""
    text = ("Article 5 - Jugement des offres\nLe classement est établi selon les critères pondérés ci-après :\n"
            "Critère | Points\n1 - Prix (au vu du détail quantitatif estimatif) | 50\n"
            "2 - Qualité des repas livrés (menus, fiches techniques, fait-maison) | 30\n"
            "3 - Démarche durable : produits de saison, lutte contre le gaspillage alimentaire, réduction des emballages "
            "| 20")
    assert "critere_environnemental" in _present(text, "RC")


# Environmental words in other senses or roles, blind in tests/data/blind_docs_21 (21, 30); other words here. Each fails
# on the engine before its fix (86bd6eb).

def test_the_ambient_conditions_of_premises_and_a_gas_an_instrument_measures_are_no_clause():
    text = ("Article 3 - Conditions environnementales d'installation\nL'analyseur est placé dans une salle dont les "
            "conditions environnementales sont maîtrisées par l'hôpital (température, humidité). Le titulaire vérifie "
            "chaque semestre les capteurs de CO2 de l'appareil.")
    assert "clause_environnementale" not in _present(text, "CCTP")


def test_waste_law_restated_binds_no_one_to_more():
    text = ("Article 7 - Nettoyage du chantier\nLes déchets de chantier sont évacués par chaque entreprise, en sa "
            "qualité de producteur, conformément aux articles L. 541-2 et suivants du code de l'environnement.")
    assert "clause_environnementale" not in _present(text, "CCAP")


def test_shared_site_expenses_shared_between_firms_are_a_cost_not_a_clause():
    text = ("Article 8 - Dépenses d'intérêt commun\nLes consommations d'eau et d'électricité des installations communes "
            "sont réparties entre les entreprises au prorata de leurs marchés.")
    assert "clause_environnementale" not in _present(text, "CCAP")
