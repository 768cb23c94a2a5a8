"""Where a register's questions stand and what their answers say (clausecheck/structure/registers.py), on the layouts
registers come in. Written from the kinds of blind_values_23 (d06, d11), in other words."""

from __future__ import annotations

import re

from clausecheck.structure.registers import quoted_by_candidates, register_items
from clausecheck.text import fold

HOURS = re.compile(r"\d[\d ]*\s?heures")
EUROS = re.compile(r"\d[\d ]*\s?\$")

# a PDF table without bars: the cells follow one another, the answer after the question mark
FLOWING = """N° Question Réponse
1 Les plans des réseaux sont-ils disponibles ? Non. Ils sont joints au DCE.
2 Lot 3 : les 200 heures d'insertion demandées semblent élevées pour un chantier de deux mois. Peuvent-elles
être réduites ?
Oui. Le volume du lot 3 est ramené à 150 heures ; l'article 7 du CCAP est modifié.
3 Confirmez-vous que le volume du lot 1 est de 1 900 heures ?
Oui.
"""


def _quoted(text: str, pattern: re.Pattern[str]) -> list[str]:
    folded = fold(text)
    return [folded[lo:hi] for lo, hi in quoted_by_candidates(folded, pattern)]


def test_each_question_runs_from_its_item_to_its_question_mark():
    folded = fold(FLOWING)
    questions = [folded[lo:hi] for lo, hi in (item.question for item in register_items(folded))]
    assert len(questions) == 3
    assert questions[1].startswith("2 lot 3") and questions[1].endswith("reduites ?")
    assert "ramene a 150 heures" in folded[slice(*register_items(folded)[1].answer)]


def test_a_question_answered_by_a_figure_of_its_own_or_refused_is_the_candidate_s_only():
    quoted = _quoted(FLOWING, HOURS)
    assert any("200 heures" in q for q in quoted)  # the answer states its own figure
    assert not any("1 900 heures" in q for q in quoted)  # a bare « Oui. » confirms the question's figure


def test_a_table_with_bars_and_a_refusal():
    text = ("N° | Question du candidat | Réponse de l'acheteur\n"
            "4 | Le montant maximum annuel du lot 1 peut-il être porté à 90 000 € HT ? | Non. Il reste fixé à 70 000 € HT.\n")
    quoted = _quoted(text, EUROS)
    assert len(quoted) == 1 and "90 000" in quoted[0] and "70 000" not in quoted[0]


def test_a_labelled_register_and_a_question_that_only_asks():
    """A question that asks about the dossier quotes its figures as they are: they stay the dossier's; one that asks
    for a change, answered by another figure, is the candidate's."""
    asking = ("Question n° 5 : Le volume de 800 heures vaut-il pour chaque lot ?\n"
              "Réponse : Non, 800 heures pour l'ensemble des trois lots.\n")
    assert _quoted(asking, HOURS) == []
    changing = ("Question n° 6 : Le volume de 800 heures pourrait-il être réduit pour le lot 2 ?\n"
                "Réponse : Non, il est maintenu à 800 heures.\n")
    quoted = _quoted(changing, HOURS)
    assert len(quoted) == 1 and quoted[0].startswith("question n")
