"""Award criteria in many buyers' layouts (RC, a MAPA's CCAP, notices in French and English, tables), 160
passages written blind (see the header of tests/data/blind_criteria_3.yml: who wrote them, what they read, the
figure scored once before any fix: macro-F1 0.926), scored through the real command line like the sealed sets.
Used since to fix kinds of failure (issue #9), so its floor sits a little under the after-figure, a dev figure."""

from __future__ import annotations

from blind_sets import scored_passages, wrong_categories
from sealed_scorer import REPO

DATA = REPO / "tests" / "data" / "blind_criteria_3.yml"


def test_criteria_written_blind_keep_their_floor(tmp_path):
    result = scored_passages(DATA, tmp_path, 160)
    assert result["macro_f1"] >= 0.91, result["macro_f1"]


# Passages whose kind of failure was fixed after the set was scored once: each written before the fix by
# someone who had not read the code.
FIXED_FROM_CRITERIA_3 = {
    # « environnement » with a complement is another sense: « environnement d'hébergement », « de l'environnement
    # du site » (its surroundings)
    "bcr3-038", "bcr3-124",
    # a criterion said not to apply (« l'obligation de retenir au moins un critère … ne s'applique pas à la présente
    # consultation ») denies what its sentence names, even read by the model
    "bcr3-128",
    # what a packaging rule names is what the holder avoids: « livrées sans suremballage » commits; the holder
    # takes its packaging back (« les cartons et palettes sont repris par le titulaire », « la reprise et la
    # valorisation des emballages »)
    "bcr3-096", "bcr3-152",
    # a criterion's line closed by its weight after a dash (« … forêts gérées durablement … – 10 points »): the
    # sentence stops at the dash, the weight still makes the line a criterion
    "bcr3-151",
    # an English notice's criterion on access for « persons with reduced mobility »
    "bcr3-149",
}


def test_kinds_fixed_from_the_third_criteria_set_stay_fixed():
    assert wrong_categories(DATA, FIXED_FROM_CRITERIA_3) == []
