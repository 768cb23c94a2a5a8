"""Social words in roles that commit no one (issue #9): a part of a response template said not scored, a question in a
register, the holder who reserves part of its work (an insertion clause, not a reserved contract), a part scored in
points whatever its name, the buyer's context, a strike; the people a service is for and who it takes in charge, a
clause label answered « sans objet », a clause planned for a later contract or said absent, a heading whose body only
restates labour law. The blind examples of each kind, written before the fix by a helper who had read no rule, are in
tests/data/blind_docs_17 (d04, d10, d13, d14, d16, d21), blind_docs_16 (d09) and blind_docs_19 (d04, d06, d11, d17,
d22, d26); these are other words for the same kinds. Each fails on the engine before its fix (bf0256b for the first
six, 74478a2 for the others)."""

from __future__ import annotations

from blind_sets import Engine, snippet_document

ENGINE = Engine()


def _present(text: str, doc_type: str = "AUTRE") -> set[str]:
    result = ENGINE.analyse(snippet_document(text, doc_type))
    return {finding.category for finding in result.findings if finding.polarity == "present"}


def test_a_part_headed_rubrique_said_not_scored_is_no_criterion():
    """« Rubrique C » opens another part: the scored « Rubrique B » above it no longer heads what follows."""
    text = ("Rubrique B – Organisation du service (12 points)\nB.1 Planning des interventions par site\n"
            "B.2 Gestion des absences\nRubrique C – Renseignements non notés\n"
            "Les renseignements ci-dessous servent à préparer le démarrage ; ils ne sont pas notés.\n"
            "C.1 Mesures prises pour limiter le travail en horaires fractionnés de vos agents")
    assert "critere_social" not in _present(text)


def test_a_question_with_its_verb_before_its_subject_states_no_criterion():
    text = ("Question 4 – Le critère n° 2 prend-il en compte l'emploi de personnes en situation de handicap ?\n"
            "Réponse : non.")
    assert "critere_social" not in _present(text, "QR")


def test_the_holder_who_reserves_part_of_its_work_makes_no_reserved_contract():
    text = ("Article 9 – Action d'insertion\nPour chacun des lots 2 à 4, l'entrepreneur réserve une partie des heures "
            "de travail du chantier à des salariés de structures d'insertion par l'activité économique "
            "(article L. 5132-1 du code du travail).")
    found = _present(text, "CCAP")
    assert "marche_reserve" not in found
    assert "clause_insertion" in found


def test_a_part_scored_in_points_is_a_criterion_whatever_its_name():
    """« 3.2 Origine des denrées (7 points) » names no criterion, but its points make what it asks a judged part."""
    text = ("Commune de Vernay – restauration scolaire – consultation RS-2028, lot 1\n"
            "Mémoire technique – trame obligatoire : le candidat répond dans l'ordre des rubriques ; les points de chacune "
            "sont entre parenthèses.\n3.1 Hygiène et sécurité alimentaire (12 points)\n"
            "Plan de maîtrise sanitaire de la cuisine centrale, autocontrôles réalisés chaque jour, traçabilité des lots de "
            "denrées, conduite à tenir en cas d'alerte sanitaire, formation des cuisiniers aux bonnes pratiques d'hygiène, "
            "nom du responsable qualité et fréquence de ses visites.\n3.2 Origine des denrées (7 points)\n"
            "Part, en valeur d'achat, des produits issus de l'agriculture biologique que le titulaire servira au-delà des "
            "minima de la loi, et pièces qui la justifieront chaque trimestre.")
    found = _present(text, "CADRE")
    assert "critere_environnemental" in found
    assert "clause_environnementale" not in found


def test_the_buyer_s_context_is_what_it_buys_not_a_clause():
    """Under « Contexte », what the buyer wishes (« Elle souhaite former ses agents à l'accueil des personnes sourdes
    … ») says what the contract is for: no social clause (blind_docs_17 d10)."""
    text = ("Formation des agents municipaux\nArticle 1 – Contexte\nLa commune accueille chaque année 9 000 usagers au "
            "guichet unique. Elle souhaite former ses agents à l'accueil des personnes sourdes ou malentendantes et à "
            "la lutte contre les discriminations.\nArticle 2 – Contenu\nTrois sessions d'une journée sont prévues.")
    assert "clause_sociale" not in _present(text, "CCTP")


def test_a_strike_is_social_in_another_sense():
    """« mouvement social » is a strike: the passage model reads no social clause in it (blind_docs_17 d16)."""
    text = ("Article 11 - Continuité\nLa grève des agents du prestataire n'est pas un cas de force majeure. En cas de "
            "mouvement social, le prestataire garantit au moins l'ouverture de l'accueil du public.")
    assert "clause_sociale" not in _present(text, "CCAP")


def test_the_people_a_service_is_for_served_by_it_bind_no_one():
    """« Les enfants en situation de handicap … bénéficient du même service » describes the service (blind_docs_16
    d09): no social clause."""
    text = ("4 MENUS ADAPTÉS\nLes repas sans porc, sans viande et sans gluten sont fournis sur commande de l'école, la "
            "veille avant 10 h.\nLes enfants en situation de handicap scolarisés en unité d'enseignement bénéficient du "
            "même service, les repas mixés étant livrés en barquettes repérées.")
    assert "clause_sociale" not in _present(text, "CCTP")


def test_a_clause_label_answered_sans_objet_is_no_clause():
    """« Clause d'insertion : sans objet, compte tenu … » under « Clause sociale » (blind_docs_19 d06)."""
    text = ("2.4 Clause sociale\nClause d'insertion : sans objet, compte tenu de la courte durée du chantier et du faible "
            "volume de main-d'œuvre.")
    found = _present(text, "CCAP")
    assert not found & {"clause_sociale", "clause_insertion"}


def test_a_clause_planned_for_a_later_contract_or_said_absent_is_none_of_this_one():
    """« … lors du prochain renouvellement ; elle ne s'applique pas … », « … ; la présente consultation n'en comporte
    pas » (blind_docs_19 d11, d26)."""
    later = ("Le Département prévoit d'introduire une clause d'insertion lors du prochain renouvellement ; elle ne "
             "s'applique pas au présent marché.")
    assert not _present(later, "CCTP") & {"clause_sociale", "clause_insertion"}
    none = ("La commune souhaite développer les clauses sociales dans ses achats ; la présente consultation n'en "
            "comporte pas.")
    assert "clause_sociale" not in _present(none, "AVIS")


def test_a_heading_whose_body_restates_labour_law_commits_to_nothing():
    """« … conditions d'emploi » then « Le prestataire respecte la réglementation relative à la durée du travail … »
    (blind_docs_19 d17; d21: « Dispositions sociales », « se conforme aux dispositions du code du travail »)."""
    text = ("4.4 Temps de travail et conditions d'emploi\nLe prestataire respecte la réglementation relative à la durée du "
            "travail, aux temps de pause et aux repos de ses agents.")
    assert "clause_sociale" not in _present(text, "CCTP")


def test_who_the_service_takes_in_charge_binds_no_one():
    """« Les brancardiers prennent en charge des patients … porteurs d'un handicap », « Sont bénéficiaires des
    prestations : … » (blind_docs_19 d22, d04)."""
    text = ("Article 4 - Conditions d'exécution\n4.2 Les aides-soignants prennent en charge des résidents souvent "
            "désorientés, fatigués ou en situation de handicap.")
    assert "clause_sociale" not in _present(text, "CCAP")


# Examples of three more kinds, blind in tests/data/blind_docs_19 (d01, d20, d27); other words here. Each fails on the
# engine before its fix (86bd6eb).

def test_the_users_named_under_the_document_s_own_object_heading_are_no_clause():
    """« Objet du présent document » heads what is bought, as « Objet du marché » does."""
    text = ("Article 2 - Objet du présent document\nLe présent document précise les conditions dans lesquelles le "
            "prestataire accompagne, du lundi au vendredi, les enfants en situation de handicap inscrits dans les "
            "accueils de loisirs de la commune, en lien avec leurs familles et les animateurs.")
    assert not {"clause_sociale", "critere_social"} & _present(text, "CCTP")


def test_each_lot_of_a_list_a_description_opens_is_what_is_bought():
    """The items of « La présente consultation se compose de trois lots : » are each the object, not a commitment."""
    text = ("Le Syndicat propose à ses adhérents des sessions de sensibilisation pour leurs agents. "
            "La présente consultation se compose de trois lots :\n"
            "lot 1 - Prévention des discriminations à l'embauche et dans la carrière ;\n"
            "lot 2 - Égalité entre les femmes et les hommes dans l'encadrement ;\n"
            "lot 3 - Accueil des personnes en situation de handicap au guichet.")
    assert not {"clause_sociale", "critere_social"} & _present(text, "CCTP")


def test_a_clause_the_buyer_means_to_study_at_a_renewal_binds_no_one_now():
    text = ("Conditions d'exécution : aucune condition à caractère social. Le Département étudiera l'introduction "
            "d'une clause d'insertion lors du renouvellement de cet accord-cadre.")
    assert not {"clause_sociale", "clause_insertion"} & _present(text, "AVIS")


def test_a_clause_in_force_is_still_read_beside_a_renewal():
    """What the renewal changes is another contract's; the hours this one asks are still a clause."""
    text = ("Article 8 - Insertion professionnelle\nLe titulaire réserve 600 heures de travail à des personnes "
            "éloignées de l'emploi pendant la durée du marché.")
    assert "clause_insertion" in _present(text, "CCAP")


def test_the_volume_of_a_service_in_hours_is_no_insertion_the_model_may_report():
    """Where the rules are silent the model reports insertion only on a passage holding a word of insertion
    (rules/settings.yml, model_only_own_word): hours of home help are the service (blind_docs_19 d04)."""
    text = ("Article 2 – Volume\nUne centaine de bénéficiaires sont suivis, soit un volume prévisionnel de 16 000 heures "
            "d'aide par an.")
    assert "clause_insertion" not in _present(text, "CCTP")


# More kinds, blind in tests/data/blind_docs_20 (CH-Pradelles, CD-Brenne-Aurance, Saint-Amedee, Collonges); other
# words here. Each fails on the engine before its fix (86bd6eb).

def test_an_article_titled_as_a_reminder_binds_no_one_to_more():
    text = ("Article 11 - Conditions de travail – rappels\nLes agents du prestataire restent placés sous l'autorité "
            "exclusive de leur employeur.")
    assert not {"clause_sociale"} & _present(text, "CCAP")


def test_the_trainees_of_a_training_bought_for_them_are_its_object():
    text = ("Article 4 - Stagiaires\nLes participants sont principalement des demandeurs d'emploi de longue durée "
            "adressés par France Travail.")
    assert not {"clause_sociale", "clause_insertion"} & _present(text, "CCTP")


def test_social_workers_named_in_a_criterion_are_a_profession_not_a_social_criterion():
    text = ("Critère 2 - Valeur technique (50 %) : expérience et diplômes des travailleurs sociaux et des éducateurs "
            "affectés, continuité de l'accompagnement des familles.")
    assert "critere_social" not in _present(text, "RC")


def test_commitments_a_list_introduction_declares_execution_conditions_count_in_a_social_service():
    """A crèche is a service to people; its holder's apprentices, listed under « … qui constituent des conditions
    d'exécution : », are still a clause."""
    text = ("Article 1 - Objet\nLe marché a pour objet la gestion d'un établissement d'accueil de jeunes enfants, qui "
            "accueille des enfants en situation de handicap.\n"
            "Article 7 - Engagements du titulaire\nLe titulaire souscrit les engagements suivants, qui constituent des "
            "conditions d'exécution du marché :\n"
            "- accueillir chaque année au moins un apprenti préparant le diplôme d'auxiliaire de puériculture ;\n"
            "- transmettre chaque année un état comparé des rémunérations des femmes et des hommes.")
    assert "clause_sociale" in _present(text, "CCAP")


def test_insertion_hours_shared_between_the_lots_stay_a_clause():
    """Site expenses « réparties entre les entreprises au prorata » are a cost; hours « réparties entre les lots » are
    still the clause's (the first reading of shared expenses took both, 6a3e2b5)."""
    text = ("Article 6 - Insertion\nLes 900 heures d'insertion réservées à des personnes éloignées de l'emploi sont "
            "réparties entre les lots au prorata de leur montant.")
    assert "clause_insertion" in _present(text, "CCAP")
