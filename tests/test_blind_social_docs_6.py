"""Social and insertion clauses inside long real-looking CCAPs and RCs (tests/data/blind_social_docs_6: 14 dossiers, 56
PDF, DOCX and notice pieces, written and built blind on 2026-12-07 — who, what was read: its README), scored through the
real command line like the sealed sets. Scored once before any fix it led to, on the session's start engine b0821b1:
pieces' macro-F1 0.950 (clause_sociale P 0.900 R 1.000, clause_insertion P 0.875 R 0.933), hours 0.700; dossiers'
hours 11/14, categories 38/42. Used since to fix kinds (issues #9 and #11), so its floors are dev figures."""

from __future__ import annotations

from blind_sets import assert_document_floors, assert_dossier_floors
from sealed_scorer import REPO

SET = REPO / "tests" / "data" / "blind_social_docs_6"
DOCUMENT_FLOORS = {"insertion_hours": 1.0, "max_ht": 1.0, "estimated_ht": 1.0, "lot_count": 0.96,
                   "allotment_divided": 1.0, "reservation_bases": 1.0}
DOSSIER_FLOORS = {"insertion_hours": 14, "max_ht": 14, "estimated_ht": 14, "reservation_bases": 13, "divided": 14,
                  "lot_count": 14}


def test_documents_keep_their_floors(scored):
    """Kinds fixed, each example written before the fix: the staff a GEIQ makes available (« mis à disposition par le
    groupement d'employeurs pour l'insertion et la qualification », one vocabulary of insertion structures) (d14); a
    CCTP whose cover names insertion services as what is bought (« Accompagnement socioprofessionnel renforcé des
    bénéficiaires du RSA ») holds no insertion clause in its own stipulations (d06, and blind_values_3's d13 of another
    author); the instruction after a question to the candidate (« … ? Si oui, indiquer … le nombre d'heures
    d'insertion réalisées ») is the question's (d09); the hours a hiring commitment states after the list of publics
    its sentence opens (« … des personnes relevant de l'une des situations suivantes : » then five items, then « Ces
    recrutements représentent … au moins 2\n100 heures de travail. ») are read with it (d04); a register's answer is read
    alone for its hours, not the question that quotes the old figure (« Pour le lot n° 2, le volume de 300 heures paraît
    élevé … » then « Réponse : … ramené à 200 heures »), and the dossier applies the change to the piece that gives the
    hours lot by lot (the CCAP), not only to the one that states the most (the RC's total): 900 + 200 = 1 100 (d10)."""
    assert_document_floors(scored, DOCUMENT_FLOORS)
    categories = scored["documents"]["categories"]
    assert categories["clause_sociale"]["f1"] >= 0.99 and categories["clause_insertion"]["f1"] >= 0.99, categories
    # the holder who reserves hours to people (« le titulaire de ce lot\nréserve une partie des heures … à des personnes
    # rencontrant des difficultés », « Le titulaire du lot n° 1 réserve à des personnes … ») reserves no contract (d01)
    assert categories["marche_reserve"]["precision"] >= 0.99, categories["marche_reserve"]


def test_dossiers_keep_their_floors(scored):
    """Values: each lot's maximum is not read « per period » from the next article (« … 120 000 € » then « Article 4 -
    Durée … par période d'un an ») (d02); two lots listed as items (« - lot n° 1 : … ; - lot n° 2 : … ») are a list,
    not two sections, so « Le montant estimé des travaux est de 1 150 000 € HT, dont 820 000 € HT pour le lot n° 1 … »
    two articles below is the contract's (d14, and d10)."""
    assert_dossier_floors(scored, 14, DOSSIER_FLOORS)
