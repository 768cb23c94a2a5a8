"""Assessment: dated thresholds, reference date, accessibility factors and flags on fixtures."""

from __future__ import annotations

import json
from datetime import date

import pytest

from clausecheck.assessment import assess_dossier, load_settings, merge, thresholds as th, thresholds_catalog
from clausecheck.extraction import extract
from clausecheck.model import Document, Page
from clausecheck.outputs.json_output import to_jsonable
from clausecheck.results import DocumentResult

SCAN = date(2026, 11, 28)


def doc_dict(text: str, path: str = "d/RC.txt", doc_type: str = "RC", considerations: dict | None = None,
             bases: list | None = None) -> DocumentResult:
    doc = Document(path=path, dossier="d", format="txt")
    doc.pages.append(Page(number=1, raw_text=text, text=text))
    doc.finalise_text()
    return DocumentResult(path=path, dossier="d", doc_type=doc_type, considerations=considerations or {},
                          reservation_bases=bases or [], facts=extract(doc))


def assess(*docs: DocumentResult, override: date | None = None, settings: dict | None = None) -> dict:
    """The dossier's assessment as the scan JSON gives it."""
    result = to_jsonable(assess_dossier("d", list(docs), scan_date=SCAN, override_date=override, settings=settings))
    json.dumps(result)
    return result


def flag_ids(result: dict) -> list[str]:
    return [f["id"] for f in result["flags"]]


# ----------------------------------------------------------------- thresholds table
def test_catalog_entries_are_dated_and_sourced():
    cat = thresholds_catalog()
    assert len(cat) >= 20
    for entry in cat:
        assert {"id", "kind", "article", "valid_from", "valid_to", "source", "verified"} <= set(entry)


@pytest.mark.parametrize("day,nature,amount", [
    (date(2026, 3, 31), "services", 40000),
    (date(2026, 4, 1), "services", 60000),
    (date(2026, 4, 1), "fournitures", 60000),
    (date(2025, 12, 31), "travaux", 100000),
    (date(2026, 1, 1), "travaux", 100000),
])
def test_no_publicity_threshold_by_date(day, nature, amount):
    assert th.find("no_publicity", day, nature)["amount_ht"] == amount


@pytest.mark.parametrize("day,ratio", [(date(2025, 12, 31), 2.0), (date(2026, 1, 1), 1.5)])
def test_turnover_cap_by_date(day, ratio):
    assert th.find("turnover_cap", day, "services")["ratio"] == ratio


def test_eu_thresholds_by_period():
    assert th.find("eu", date(2026, 1, 1), "services")["amount_ht"] == 216000
    assert th.find("eu", date(2026, 1, 1), "travaux")["amount_ht"] == 5404000
    old = th.find("eu", date(2025, 6, 1), "services")
    assert old["amount_ht"] == 221000 and old["verified"] is False
    assert th.find("small_lot", date(2026, 5, 1), "travaux")["amount_ht"] == 1000000


# ----------------------------------------------------------------- reference date
def test_reference_date_from_document_then_scan_then_option():
    d = doc_dict("Avis publié le 15/05/2026\nObjet du marché : entretien des espaces verts.")
    r = assess(d)
    assert (r["reference_date"], r["reference_date_source"]) == ("2026-05-15", "document")
    r = assess(doc_dict("Objet du marché : entretien des espaces verts."))
    assert (r["reference_date"], r["reference_date_source"]) == (SCAN.isoformat(), "scan")
    r = assess(d, override=date(2026, 1, 2))
    assert (r["reference_date"], r["reference_date_source"]) == ("2026-01-02", "option")


def test_launch_bounded_by_the_deadline_when_no_publication_date():
    """Offers due in 2025: the consultation was launched in 2025, whatever the day of the scan."""
    text = ("Type de marché : Services\nLe montant estimé du marché est de 900 000 € HT.\n"
            "Date limite de remise des offres : 14/03/2025 à 12h00\nCe marché est divisé en lots : non")
    cons = {"clause_sociale": False, "clause_environnementale": False, "critere_environnemental": False}
    r = assess(doc_dict(text, considerations=cons))
    assert (r["reference_date"], r["reference_date_source"]) == ("2025-03-14", "borne")
    assert r["launch"]["latest"] == "2025-03-14" and r["launch"]["earliest"] is None
    assert "au plus tard le 14/03/2025" in r["launch"]["basis"] and r["launch"]["evidence"]
    assert not [f for f in flag_ids(r) if f.startswith("climat_")]  # surely launched before 22/08/2026


def test_unknown_launch_date_is_said_not_guessed():
    text = ("Type de marché : Services\nLe montant estimé du marché est de 900 000 € HT.\n"
            "Ce marché est divisé en lots : non car les prestations sont indissociables.")
    cons = {"clause_sociale": False, "clause_environnementale": False, "critere_environnemental": True}
    r = assess(doc_dict(text, considerations=cons))
    assert r["reference_date_source"] == "scan" and r["launch"]["earliest"] is None and r["launch"]["latest"] is None
    climat = [f for f in r["flags"] if f["id"].startswith("climat_")]
    assert climat, "the obligation may apply: it is raised, conditionally"
    for flag in climat:
        assert flag["severity"] == "warning"
        assert flag["message"].startswith("Si la consultation a été lancée le 22/08/2026 ou après")
        assert "date de lancement inconnue" in flag["date_basis"]


def test_every_threshold_flag_says_its_date():
    r = assess(_services("50 000", "01/04/2026"))
    flag = next(f for f in r["flags"] if f["id"] == "opportunite_sans_publicite")
    assert flag["date_basis"] == "consultation publiée le 01/04/2026"


# ----------------------------------------------------------------- flags
def _services(amount: str, day: str) -> dict:
    return doc_dict(f"Avis publié le {day}\nType de marché : Services\nObjet du marché : maintenance informatique\n"
                    f"Le montant estimé du marché est de {amount} € HT.\nCe marché est divisé en lots : non")


def test_no_publicity_opportunity_before_and_after_2026_04_01():
    before = assess(_services("50 000", "31/03/2026"))
    after = assess(_services("50 000", "01/04/2026"))
    assert "opportunite_sans_publicite" not in flag_ids(before)
    assert "opportunite_sans_publicite" in flag_ids(after)
    flag = next(f for f in after["flags"] if f["id"] == "opportunite_sans_publicite")
    assert flag["legal_basis"] == ["R2122-8"] and flag["amount_ht"] == 50000 and flag["evidence"]
    assert "60 000" in flag["message"]


def test_internal_threshold_flag():
    r = assess(_services("35 000", "31/03/2026"))
    assert "opportunite_sans_publicite" in flag_ids(r)  # 35 000 < 40 000
    settings = load_settings()
    settings["buyer"]["internal_threshold_ht"] = 55000
    docs = [_services("45 000", "31/03/2026")]
    res = assess(*docs, settings=settings)
    assert "sous_seuil_interne" in [f["id"] for f in res["flags"]]


def test_turnover_cap_before_and_after_2026_01_01():
    text = ("Avis publié le {day}\nType de marché : Services\nLe montant estimé du marché est de 100 000 € HT.\n"
            "Chiffre d'affaires minimum exigé : 180 000 € HT.\nCe marché est divisé en lots : non")
    before = assess(doc_dict(text.format(day="31/12/2025")))
    after = assess(doc_dict(text.format(day="01/01/2026")))
    assert "chiffre_affaires_excessif" not in flag_ids(before)
    flag = next(f for f in after["flags"] if f["id"] == "chiffre_affaires_excessif")
    assert flag["severity"] == "alert" and flag["legal_basis"] == ["R2142-7"]


def test_climate_obligations_from_2026_08_22():
    text = ("Avis publié le {day}\nType de marché : Services\nLe montant estimé du marché est de 900 000 € HT.\n"
            "Ce marché est divisé en lots : non car les prestations sont indissociables.")
    cons = {"clause_sociale": False, "clause_environnementale": False, "critere_environnemental": True}
    before = assess(doc_dict(text.format(day="21/08/2026"), considerations=cons))
    after = assess(doc_dict(text.format(day="22/08/2026"), considerations=cons))
    assert not [f for f in flag_ids(before) if f.startswith("climat_")]
    ids = flag_ids(after)
    assert "climat_clause_environnementale" in ids and "climat_clause_sociale" in ids
    assert "climat_critere_environnemental" not in ids
    small = assess(doc_dict(text.format(day="22/08/2026").replace("900 000", "100 000"), considerations=cons))
    assert not [f for f in flag_ids(small) if f.startswith("climat_")]


def test_small_lots_and_reservation_possible():
    text = ("Avis publié le 01/05/2026\nType de marché : Services\nCe marché est divisé en lots : oui\n"
            "Lot nº : 1\nIntitulé : Entretien des espaces verts\nValeur hors TVA : 30 000 euros\n"
            "Lot nº : 2\nIntitulé : Maintenance des ascenseurs\nValeur hors TVA : 500 000 euros\n")
    r = assess(doc_dict(text, doc_type="AVIS", considerations={"marche_reserve": False}))
    small = [f for f in r["flags"] if f["id"] == "petit_lot"]
    assert [f["lot"] for f in small] == [1] and small[0]["legal_basis"] == ["R2123-1"]
    assert "6%" in small[0]["message"] or "6 %" in small[0]["message"]
    reserve = [f for f in r["flags"] if f["id"] == "reservation_possible"]
    assert [f["lot"] for f in reserve] == [1]
    assert set(reserve[0]["legal_basis"]) == {"L2113-12", "L2113-13"}
    lots = r["accessibility"]["lots"]
    assert [lot["number"] for lot in lots] == [1, 2]
    s1 = lots[0]["profiles"]["tpe_pme_locale"]["score"]
    s2 = lots[1]["profiles"]["tpe_pme_locale"]["score"]
    assert s1 > s2


def test_small_lots_stay_within_twenty_percent_of_the_total():
    text = ("Avis publié le 01/05/2026\nType de marché : Services\nCe marché est divisé en lots : oui\n"
            "Lot nº : 1\nIntitulé : Nettoyage\nValeur hors TVA : 70 000 euros\n"
            "Lot nº : 2\nIntitulé : Gardiennage\nValeur hors TVA : 60 000 euros\n"
            "Lot nº : 3\nIntitulé : Accueil\nValeur hors TVA : 50 000 euros\n"
            "Lot nº : 4\nIntitulé : Maintenance\nValeur hors TVA : 420 000 euros\n")
    r = assess(doc_dict(text, doc_type="AVIS", considerations={"marche_reserve": False}))
    # total 600 000: 20 % is 120 000, so only the smallest lots that fit (50 000 + 60 000) qualify
    assert sorted(f["lot"] for f in r["flags"] if f["id"] == "petit_lot") == [2, 3]
    # every lot block of the notice gives its own value: the contract's value is their sum
    facts = to_jsonable(doc_dict(text, doc_type="AVIS").facts)
    assert facts["amounts"]["estimated_ht"] == 600000
    assert [lot["estimated_ht"] for lot in facts["lots"]] == [70000, 60000, 50000, 420000]
    assert [lot["number"] for lot in r["accessibility"]["lots"]] == [1, 2, 3, 4]


def test_reserved_contract_is_not_flagged_for_reservation():
    text = "Objet du marché : nettoyage des locaux\nLe marché est réservé (article L2113-13)."
    r = assess(doc_dict(text, considerations={"marche_reserve": True}, bases=["L2113-13"]))
    assert "reservation_possible" not in flag_ids(r)
    siae = r["accessibility"]["profiles"]["siae_ea_esat"]
    factor = next(f for f in siae["factors"] if f["id"] == "reservation")
    assert factor["score"] == 100


def test_not_divided_without_reason():
    r = assess(doc_dict("Ce marché est divisé en lots : non\nLe montant estimé est de 300 000 € HT."))
    flag = next(f for f in r["flags"] if f["id"] == "non_allotissement_non_motive")
    assert flag["severity"] == "warning" and "L2113-11" in flag["legal_basis"]
    r = assess(doc_dict("Le marché n'est pas alloti car les prestations sont techniquement indissociables.\n"
                        "Le montant estimé est de 300 000 € HT."))
    assert "non_allotissement_non_motive" not in flag_ids(r)


def test_short_response_period():
    text = ("Avis publié le 01/06/2026\nDate limite de réception des offres : 08/06/2026\n"
            "Type de procédure : procédure adaptée\nLe montant estimé est de 150 000 € HT.")
    r = assess(doc_dict(text))
    assert r["facts"]["response_days"] == 7
    assert "delai_reponse_court" in flag_ids(r)


# ----------------------------------------------------------------- accessibility factors
def _factors(result: dict, profile: str = "tpe_pme_locale") -> dict:
    return {f["id"]: f for f in result["accessibility"]["profiles"][profile]["factors"]}


def test_unknown_factor_is_excluded_not_zero():
    r = assess(doc_dict("Le marché n'est pas alloti car les prestations sont indissociables.\n"
                        "Le montant estimé est de 30 000 € HT. Une avance de 20 % est prévue.\n"
                        "Aucune retenue de garantie."))
    prof = r["accessibility"]["profiles"]["tpe_pme_locale"]
    f = _factors(r)
    assert f["min_turnover"]["status"] == "donnees_insuffisantes" and f["min_turnover"]["contribution"] is None
    known = [x for x in prof["factors"] if x["status"] == "ok"]
    expected = sum(x["score"] * x["weight"] for x in known) / sum(x["weight"] for x in known)
    assert prof["score"] == pytest.approx(expected, abs=0.1)
    assert sum(x["contribution"] for x in known) == pytest.approx(prof["score"], abs=0.5)


def test_score_null_when_too_few_factors():
    r = assess(doc_dict("Document sans information utile."))
    prof = r["accessibility"]["profiles"]["tpe_pme_locale"]
    assert prof["score"] is None and prof["status"] == "donnees_insuffisantes"


@pytest.mark.parametrize("text,factor,score", [
    ("Le montant estimé est de 30 000 € HT.", "lot_size", 100),
    ("Le montant estimé est de 3 000 000 € HT.", "lot_size", 20),
    ("Ce marché est divisé en lots : oui\nLot n°1 : A\nLot n°2 : B", "allotment", 100),
    ("Une avance de 5 % est prévue.", "advance", 55),
    ("La retenue de garantie est de 5 %.", "retenue_garantie", 45),
    ("Le délai global de paiement est de 30 jours.", "payment_delay", 100),
    ("Groupement solidaire exigé.", "groupement", 55),
    ("Les candidats fourniront 3 références.", "references", 35),
    ("Certification ISO 9001 et Qualibat exigées.", "certifications", 50),
])
def test_tpe_factor_scores(text, factor, score):
    f = _factors(assess(doc_dict(text)))[factor]
    assert f["score"] == score and f["status"] == "ok" and f["explanation"]


def test_siae_factors():
    r = assess(doc_dict("Objet du marché : collecte des déchets et recyclage\nCode CPV : 90500000",
                        considerations={"clause_insertion": True, "marche_reserve": False}))
    f = _factors(r, "siae_ea_esat")
    assert f["sector"]["score"] == 100
    assert f["insertion_clause"]["score"] == 80
    assert f["reservation"]["score"] == 0


def test_aggregate_keeps_provenance_and_divided_from_lot_cctp():
    rc = doc_dict("Le montant estimé est de 200 000 € HT.", path="d/RC.pdf")
    cctp = doc_dict("CCTP\nLot 2 : Peinture", path="d/CCTP-lot2.pdf", doc_type="CCTP")
    t = to_jsonable(merge([cctp, rc]))
    assert t["allotment"]["divided"] is True and t["allotment"]["sources"] == ["d/CCTP-lot2.pdf"]
    assert t["amounts"]["estimated_ht"] == 200000 and t["amounts"]["sources"]["estimated_ht"] == "d/RC.pdf"
    assert t["lots"][0]["number"] == 2 and t["lots"][0]["sources"] == ["d/CCTP-lot2.pdf"]


def test_a_piece_of_one_lot_does_not_give_the_contracts_maximum():
    """The AE of lot 2 (authoritative as it is) states its lot's maximum; the CCAP states the contract's."""
    ae = doc_dict("ACTE D'ENGAGEMENT – Lot n° 2 : Vitrerie\nLe montant maximum du lot est de 85 000 € HT "
                  "pour toute la durée.", path="d/AE_lot2.pdf", doc_type="AE")
    ccap = doc_dict("Article 3 – Montant\nLe montant maximum de l'accord-cadre, tous lots confondus, est de "
                    "265 000 € HT pour toute sa durée.\nLe marché est alloti en 3 lots.", path="d/CCAP.pdf", doc_type="CCAP")
    t = to_jsonable(merge([ae, ccap]))
    assert t["amounts"]["max_ht"] == 265000 and t["amounts"]["sources"]["max_ht"] == "d/CCAP.pdf"
    alone = to_jsonable(merge([ae]))  # the only figure the dossier has is still shown, with its piece
    assert alone["amounts"]["max_ht"] == 85000 and alone["amounts"]["sources"]["max_ht"] == "d/AE_lot2.pdf"


def test_a_yearly_maximum_over_the_duration_another_piece_states():
    """The CCAP gives a yearly maximum and sends the duration to the RC: the dossier multiplies, and says how."""
    ccap = doc_dict("Article 3 – Montants\nL'accord-cadre est conclu avec un montant maximum annuel de 80 000 € HT.\n"
                    "Article 4 – Durée\nLa durée est fixée au règlement de la consultation.", path="d/CCAP.pdf", doc_type="CCAP")
    rc = doc_dict("L'accord-cadre est conclu pour un an, reconductible trois fois par période d'un an.", path="d/RC.pdf")
    assert ccap.facts.amounts.per_year == ["max_ht"]
    t = to_jsonable(merge([rc, ccap]))
    assert t["amounts"]["max_ht"] == 320000 and t["amounts"]["sources"]["max_ht"] == "d/CCAP.pdf"
    assert "× 4 ans" in t["amounts"]["note"] and "RC.pdf" in t["amounts"]["note"]
    # a piece that knows its own duration has already multiplied: nothing more at the dossier's level
    whole = doc_dict("Le montant maximum annuel est de 80 000 € HT. L'accord-cadre est conclu pour un an, "
                     "reconductible trois fois.", path="d/CCAP.pdf", doc_type="CCAP")
    assert whole.facts.amounts.per_year == [] and to_jsonable(merge([rc, whole]))["amounts"]["max_ht"] == 320000


def test_the_maxima_of_pieces_each_of_one_lot_add_up_when_no_piece_gives_the_contract_s():
    """An AE per lot, each with its lot's maximum, the CCAP sending to them (blind_values_9; my own wording)."""
    ae1 = doc_dict("ACTE D'ENGAGEMENT – Lot n° 1 : Vitrerie\nLe montant maximum du lot est de 60 000 € HT pour toute "
                   "la durée.", path="d/AE_lot1.pdf", doc_type="AE")
    ae2 = doc_dict("ACTE D'ENGAGEMENT – Lot n° 2 : Sols\nLe montant maximum du lot est de 45 000 € HT pour toute "
                   "la durée.", path="d/AE_lot2.pdf", doc_type="AE")
    ccap = doc_dict("Article 3 – Montants\nLe montant maximum de chaque accord-cadre est fixé dans l'acte d'engagement "
                    "du lot ; le montant des bons de commande ponctuels ne peut excéder 5 000 € HT par bon.",
                    path="d/CCAP.pdf", doc_type="CCAP")
    t = to_jsonable(merge([ccap, ae1, ae2]))
    assert t["amounts"]["max_ht"] == 105000
    assert "AE_lot1.pdf" in t["amounts"]["note"] and "AE_lot2.pdf" in t["amounts"]["note"]
    # one lot's piece alone still says only its lot's figure
    assert to_jsonable(merge([ccap, ae1]))["amounts"]["max_ht"] == 60000


def test_a_piece_whose_only_figure_is_one_lot_s_yields_to_the_contract_s_figure():
    """(blind_values_10 d04, written before the fix) the AE of lot 3 names lot 2 in passing, so it is no piece of one
    lot; its only maximum is still lot 3's: the CCAP's figure for the whole contract is the dossier's."""
    ae3 = doc_dict("ACTE D'ENGAGEMENT – Lot n° 3 : Espaces verts\nLe montant maximum du lot 3 est de 40 000 € HT.\n"
                   "(La clause d'insertion du marché ne porte que sur le lot 2.)", path="d/AE_lot3.pdf", doc_type="AE")
    assert ae3.facts.amounts.one_lot == {"max_ht": "3"}
    ccap = doc_dict("Article 3 – Montants\nLe montant maximum de l'accord-cadre, tous lots confondus, est de "
                    "150 000 € HT.", path="d/CCAP.pdf", doc_type="CCAP")
    assert ccap.facts.amounts.one_lot == {}
    t = to_jsonable(merge([ae3, ccap]))
    assert t["amounts"]["max_ht"] == 150000 and t["amounts"]["sources"]["max_ht"] == "d/CCAP.pdf"


def test_an_initial_and_a_renewal_figure_add_up_with_the_renewals_another_piece_counts():
    """(blind_values_10 d10, written before the fix) the CCAP gives a maximum for the initial period and one per
    renewal, the RC how many renewals: 300 000 + 2 × 150 000. The CCAP alone gives no total."""
    ccap = doc_dict("Article 3 - Montants maximums\nL'accord-cadre est conclu sans minimum. Montant maximum : 300 000 € HT "
                    "pour la période initiale,\npuis 150 000 € HT par période de reconduction.", path="d/CCAP.pdf",
                    doc_type="CCAP")
    assert ccap.facts.amounts.max_ht is None and ccap.facts.amounts.open_periods == {"max_ht": [300000, 150000]}
    rc = doc_dict("L'accord-cadre est conclu pour une période initiale de deux ans, reconductible deux fois.",
                  path="d/RC.pdf")
    t = to_jsonable(merge([rc, ccap]))
    assert t["amounts"]["max_ht"] == 600000 and "2 × 150\u202f000" in t["amounts"]["note"]
    assert to_jsonable(merge([ccap]))["amounts"]["max_ht"] is None  # the number of renewals said nowhere


def test_a_yearly_label_over_a_list_of_lots_figures_makes_each_yearly():
    """(blind_values_10 d17, written before the fix) « Montant maximum annuel : lot 1 : 80 000 € HT ; lot 2 : … » —
    every lot's figure is yearly, and the dossier takes them over the RC's three years."""
    ccap = doc_dict("Article 3 - Montants maximums\nLes accords-cadres sont conclus sans minimum. Montant maximum annuel : "
                    "lot 1 : 80\n000 € HT ; lot 2 : 70 000 € HT ; lot 3 : 50 000 €\nHT.", path="d/CCAP.pdf",
                    doc_type="CCAP")
    assert ccap.facts.amounts.max_ht == 200000 and ccap.facts.amounts.per_year == ["max_ht"]
    rc = doc_dict("Les accords-cadres sont conclus pour une durée de trois ans.", path="d/RC.pdf")
    assert to_jsonable(merge([rc, ccap]))["amounts"]["max_ht"] == 600000


def test_a_semester_s_maximum_goes_over_the_term_another_piece_states():
    """(blind_values_10 d14, written before the fix) 35 000 € HT per semester in the CCAP, 24 months in the notice."""
    ccap = doc_dict("Article 3 - Montant\nL'accord-cadre est conclu sans minimum, avec un montant maximum de 35 000 € HT "
                    "par semestre d'exécution.", path="d/CCAP.pdf", doc_type="CCAP")
    assert ccap.facts.amounts.max_ht == 35000 and ccap.facts.amounts.per_span == {"max_ht": 6}
    rc = doc_dict("Durée du marché (en mois) : 24", path="d/RC.pdf")
    t = to_jsonable(merge([rc, ccap]))
    assert t["amounts"]["max_ht"] == 140000 and "4 périodes" in t["amounts"]["note"]


@pytest.mark.parametrize("intro, header, total", [
    # (blind_values_10 d15, written before the fix) the table's header or the sentence above it gives its figures
    # per period of 24 months; the RC: 24 months renewed once
    ("Le tableau ci-dessous fixe, pour chaque lot, le montant maximum :", "Maximum par période de 24 mois (€ HT)", 1500000),
    ("Le tableau ci-dessous fixe, pour chaque lot, le montant maximum par période de 24 mois :", "Maximum (€ HT)", 1500000),
    # a period named about something else than the amounts stays out
    ("Les pénalités sont calculées par mois de retard. Le tableau ci-dessous fixe les montants :", "Maximum (€ HT)", 750000),
])
def test_a_lots_table_per_period_of_n_months_goes_over_the_term_another_piece_states(intro, header, total):
    ccap = doc_dict(f"Article 3 - Montants maximums\n{intro}\nLot | Intitulé | {header}\n1 | Éclairage public | 600 000\n"
                    "2 | Signalisation | 150 000\nTotal | Deux lots | 750 000\nArticle 4 - Prix", path="d/CCAP.pdf",
                    doc_type="CCAP")
    assert ccap.facts.amounts.max_ht == 750000
    rc = doc_dict("L'accord-cadre est conclu pour une période initiale de 24 mois, reconductible une fois pour 24 mois.",
                  path="d/RC.pdf")
    assert to_jsonable(merge([rc, ccap]))["amounts"]["max_ht"] == total


@pytest.mark.parametrize("answer, total", [
    # (blind_values_10 d17, written before the fix) a questions-and-answers register changes one lot's figure that
    # the CCAP's sum includes: (80 000 + 90 000 + 50 000) × 3 years
    ("Réponse : le montant maximum annuel du lot 2 est porté de 70 000 € HT à 90 000 € HT.", 660000),
    # a change that does not name the CCAP's figure of that lot is not applied to it
    ("Réponse : le montant maximum annuel du lot 2 est porté de 75 000 € HT à 90 000 € HT.", 600000),
])
def test_a_piece_changing_one_lot_s_figure_changes_the_sum_of_the_lots(answer, total):
    ccap = doc_dict("Article 3 - Montants maximums\nLes accords-cadres sont conclus sans minimum. Montant maximum annuel : "
                    "lot 1 : 80 000 € HT ; lot 2 : 70 000 € HT ; lot 3 : 50 000 € HT.", path="d/CCAP.pdf", doc_type="CCAP")
    rc = doc_dict("Les accords-cadres sont conclus pour une durée de trois ans.", path="d/RC.pdf")
    qr = doc_dict("Question 4 : le montant maximum du lot 2 est-il suffisant ?\n" + answer, path="d/QR.pdf", doc_type="QR")
    t = to_jsonable(merge([rc, ccap, qr]))
    assert t["amounts"]["max_ht"] == total
    assert ("70 000 − 70 000" in t["amounts"]["note"].replace("\u202f", " ")) is False  # (the note names each figure once)


@pytest.mark.parametrize("rc, maximum", [
    # (blind_values_11 d06, written before the fix) « Pour chaque période d'exécution, le montant maximum … est fixé
    # à : lot 1 : … ; lot 2 : … », the periods counted in another piece: (120 000 + 180 000) × 3
    ("L'accord-cadre est conclu pour un an, reconductible deux fois.", 900000),
    # no piece counts the periods: each period's figure as written
    ("La durée de l'accord-cadre est précisée à l'acte d'engagement.", 300000),
])
def test_a_figure_for_each_period_goes_over_the_periods_another_piece_counts(rc, maximum):
    ccap = doc_dict("Article 2 - Montants maximums\nPour chaque période d'exécution, le montant\nmaximum des commandes est "
                    "fixé à : lot 1 :\n120 000 € HT ; lot 2 : 180 000 € HT. La durée et\nles reconductions sont précisées "
                    "à l'acte d'engagement.", path="d/CCAP.pdf", doc_type="CCAP")
    assert ccap.facts.amounts.max_ht == 300000 and ccap.facts.amounts.per_period == ["max_ht"]
    assert to_jsonable(merge([doc_dict(rc, path="d/RC.pdf"), ccap]))["amounts"]["max_ht"] == maximum


@pytest.mark.parametrize("answer, maximum", [
    # (blind_values_11 d11, written before the fix) the register says it amends the dossier: its figure of the whole
    # contract prevails over the CCAP's
    ("R2 - La durée est modifiée : chaque accord-cadre est reconductible deux fois seulement. Le montant maximum "
     "s'établit ainsi à 445 000 € HT pour les trois lots.", 445000),
    # a register that gives no figure leaves the CCAP's
    ("R2 - Oui, les amphithéâtres sont accessibles le samedi.", 595000),
    # nor does one that quotes a figure without saying it amends the dossier
    ("R2 - Le montant maximum de l'accord-cadre est de 500 000 € HT pour le lot 1 et les suivants.", 595000),
])
def test_a_register_s_figure_of_the_whole_contract_prevails(answer, maximum):
    ccap = doc_dict("Article 3 - Montant maximum\nLe montant maximum de l'accord-cadre, toutes périodes comprises, est de "
                    "595 000 € HT.", path="d/CCAP.pdf", doc_type="CCAP")
    qr = doc_dict("Q2 - Tous lots\nPouvez-vous confirmer la durée maximale ?\n" + answer, path="d/QR.pdf", doc_type="QR")
    assert to_jsonable(merge([ccap, qr]))["amounts"]["max_ht"] == maximum


def test_a_table_of_yearly_maxima_per_lot_goes_over_the_duration_another_piece_states():
    ccap = doc_dict("Article 4 – Montants maximums annuels\nLot Désignation Montant maximum annuel HT\n"
                    "1 Plomberie 30 000 €\n2 Électricité 20 000 €\nLa durée est fixée par le règlement de la consultation.",
                    path="d/CCAP.pdf", doc_type="CCAP")
    rc = doc_dict("L'accord-cadre est conclu pour un an, reconductible deux fois.", path="d/RC.pdf")
    assert to_jsonable(merge([rc, ccap]))["amounts"]["max_ht"] == 150000


def test_a_yearly_table_over_an_initial_period_longer_than_a_year_and_its_renewals():
    """« Maximum par année d'exécution » in the CCAP's table; the RC: two years, renewed twice for a year each."""
    ccap = doc_dict("Article 4 – Montants\nLot | Secteur | Maximum par année d'exécution (€ HT)\n1 | Nord | 50 000\n"
                    "2 | Sud | 30 000\nLa durée est fixée par le règlement de la consultation.", path="d/CCAP.pdf",
                    doc_type="CCAP")
    rc = doc_dict("L'accord-cadre est conclu pour une durée initiale de deux ans. Il est reconductible deux fois par "
                  "période d'un an.", path="d/RC.pdf")
    assert rc.facts.duration_months.total_months == 48
    assert to_jsonable(merge([rc, ccap]))["amounts"]["max_ht"] == 320000


def test_lot_amounts_from_a_lots_table_drive_lot_flags_and_lot_reservation():
    text = ("Avis publié le 02/03/2026\nType de marché : Travaux\n"
            "Les travaux sont répartis en trois lots. Le montant total estimé est de 1 300 000 € HT, réparti comme suit :\n"
            "Lot Désignation Montant estimé (€ HT) Observations\n"
            "Lot n° 1 Gros œuvre - Maçonnerie 1 150 000 € -\n"
            "Lot n° 2 Peinture intérieure 90 000 € Lot réservé aux SIAE (art. L2113-13)\n"
            "Lot n° 3 Espaces verts 60 000 € -\n"
            "Total Ensemble des lots 1 300 000 €\n")
    r = assess(doc_dict(text, considerations={"marche_reserve": True}, bases=["L2113-13"]))
    lots = {lot["number"]: lot for lot in r["lots"]} if "lots" in r else None
    flags = r["flags"]
    # 1.3 M€ of works is below the EU works threshold: the whole is already in adapted procedure,
    # so the small-lot exemption (R2123-1 2°) adds nothing
    assert [f["lot"] for f in flags if f["id"] == "petit_lot"] == []
    assert sorted(f["lot"] for f in flags if f["id"] == "opportunite_sans_publicite") == [2, 3]
    # lot 2 is reserved already; lot 3 (espaces verts) could be
    assert [f["lot"] for f in flags if f["id"] == "reservation_possible"] == [3]
    by_lot = {lot["number"]: lot for lot in r["accessibility"]["lots"]}
    factor = {n: next(f for f in by_lot[n]["profiles"]["siae_ea_esat"]["factors"] if f["id"] == "reservation")
              for n in by_lot}
    assert factor[2]["score"] == 100 and factor[3]["score"] == 0
    assert lots is None or lots[1]["estimated_ht"] == 1150000


# ----------------------------------------------------------------- QA: value compared with R2122-8
def _framework(estimate: str, annual_max: str, day: str = "04/05/2026") -> dict:
    return doc_dict(f"Avis publié le {day}\nType de marché : Services\nObjet du marché : nettoyage des locaux\n"
                    "Accord-cadre à bons de commande mono-attributaire.\n"
                    "Durée : un an, reconductible trois fois, soit quatre ans au total.\n"
                    f"Le montant estimé de l'accord-cadre est de {estimate} € HT sur la durée totale, reconductions comprises.\n"
                    f"Le montant maximum est fixé à {annual_max} € HT par an.\n"
                    "Ce marché est divisé en lots : non car les prestations sont indissociables.")


def test_framework_maximum_over_the_whole_duration_is_compared_with_the_threshold():
    # estimate 58 000 under 60 000, but maximum 4 × 16 000 = 64 000 over it: no dispense
    over = assess(_framework("58 000", "16 000"))
    assert "opportunite_sans_publicite" not in flag_ids(over)
    # maximum 4 × 14 750 = 59 000 < 60 000: dispense, on the maximum, citing the maximum
    under = assess(_framework("50 000", "14 750"))
    flag = next(f for f in under["flags"] if f["id"] == "opportunite_sans_publicite")
    assert flag["amount_ht"] == 59000 and "maximum" in flag["message"]
    assert any("14 750" in e["quote"] for e in flag["evidence"])


def _lots_notice(values: list[int], day: str = "01/05/2026", nature: str = "Services") -> dict:
    blocks = "".join(f"Lot nº : {i}\nIntitulé : Prestation {i}\nValeur hors TVA : {v:,} euros\n".replace(",", " ")
                     for i, v in enumerate(values, 1))
    return doc_dict(f"Avis publié le {day}\nType de marché : {nature}\nCe marché est divisé en lots : oui\n{blocks}",
                    doc_type="AVIS", considerations={"marche_reserve": False})


def _dispensed_lots(result: dict) -> list:
    return sorted((f["lot"] for f in result["flags"] if f["id"] == "opportunite_sans_publicite"),
                  key=lambda lot: (lot is not None, lot or 0))


@pytest.mark.parametrize("values,expected", [
    ([30000, 45000, 425000], [1, 2]),          # 75 000 ≤ 20 % of 500 000
    ([50000, 55000, 50000, 345000], [1, 3]),   # 50 000 + 50 000 = 20 %; 55 000 more would exceed it
    ([50000, 150000], []),                     # 50 000 > 20 % of 200 000: no lot may be dispensed alone
    ([59000, 241000], [1]),                    # 59 000 < 60 000 and 19.7 % of 300 000
    ([61000, 339000], []),                     # 61 000 ≥ 60 000: above the dispense threshold
])
def test_lot_dispense_needs_the_small_lot_conditions(values, expected):
    assert _dispensed_lots(assess(_lots_notice(values))) == expected


def test_lot_dispense_for_works_below_100k_and_within_20_percent():
    assert _dispensed_lots(assess(_lots_notice([95000, 1905000], nature="Travaux"))) == [1]
    assert _dispensed_lots(assess(_lots_notice([105000, 1895000], nature="Travaux"))) == []
    assert _dispensed_lots(assess(_lots_notice([95000, 300000], nature="Travaux"))) == []  # 24 % of the total


def test_whole_contract_under_the_threshold_is_flagged_once():
    r = assess(_lots_notice([20000, 30000]))
    assert _dispensed_lots(r) == [None]


def test_price_schedule_rows_raise_no_threshold_flag():
    rows = [["N°", "Désignation", "Unité", "Prix unitaire HT"],
            ["1", "Isolant laine de verre 200 mm", "m²", "32.5"], ["2", "Heure de main d'œuvre", "h", "41"]]
    text = "Avis publié le 04/05/2026\n" + "\n".join(" | ".join(r) for r in rows)
    doc = Document(path="d/BPU.xlsx", dossier="d", format="xlsx", doc_type="BPU")
    doc.pages.append(Page(number=1, raw_text=text, text=text, tables=[rows]))
    doc.finalise_text()
    d = DocumentResult(path=doc.path, dossier="d", doc_type="BPU", facts=extract(doc))
    r = assess(d)
    assert d.facts.allotment.divided is None and d.facts.amounts.estimated_ht is None
    assert not [f for f in r["flags"] if f["id"] in ("opportunite_sans_publicite", "sous_seuil_interne", "petit_lot")]


# ----------------------------------------------------------------- the dossier's own truth
def test_the_piece_that_settles_allotment_outweighs_a_cctp():
    """A CCTP's technical « lots » do not make divided a contract its CCAP says is not; the conflict is shown."""
    ccap = doc_dict("ARTICLE 2 - ALLOTISSEMENT\nLe marché n'est pas alloti car les prestations sont techniquement "
                    "indissociables.", path="d/CCAP.txt", doc_type="CCAP")
    cctp = doc_dict("Les travaux sont décomposés en 3 lots techniques :\nLot 1 : plomberie\nLot 2 : chauffage\n"
                    "Lot 3 : ventilation", path="d/CCTP.txt", doc_type="CCTP")
    assert cctp.facts.allotment.divided is True  # read on its own, the CCTP speaks of lots
    r = assess(ccap, cctp)
    assert r["allotment"]["divided"] is False and r["allotment"]["sources"] == ["d/CCAP.txt"]
    assert "CCTP.txt" in r["allotment"]["conflict"] and "Retenu : non alloti" in r["allotment"]["conflict"]
    assert r["lots"] == []


def test_one_lots_documents_still_make_a_divided_contract():
    rc = doc_dict("Règlement de la consultation\nLa présente consultation concerne uniquement le lot 3 : "
                  "menuiseries extérieures.", path="d/RC.txt", doc_type="RC")
    cctp = doc_dict("Les menuiseries sont posées selon le DTU 36.5.", path="d/CCTP.txt", doc_type="CCTP")
    r = assess(rc, cctp)
    assert r["allotment"]["divided"] is True and r["allotment"].get("conflict") is None
