"""French labels of the bilan's groups: CPV divisions, amount bands, categories, consideration keys."""

from __future__ import annotations

CPV_DIVISIONS: dict[str, str] = {
    "03": "Produits agricoles, de l'élevage, de la pêche et de la sylviculture",
    "09": "Produits pétroliers, combustibles, électricité et autres énergies",
    "14": "Produits d'exploitation minière et métaux de base",
    "15": "Produits alimentaires, boissons et tabac",
    "16": "Machines agricoles",
    "18": "Vêtements, chaussures, bagages et accessoires",
    "19": "Cuir, textiles, plastique et caoutchouc",
    "22": "Imprimés et produits connexes",
    "24": "Produits chimiques",
    "30": "Machines et fournitures informatiques et de bureau",
    "31": "Machines et appareils électriques ; éclairage",
    "32": "Équipements de radio, télévision et télécommunication",
    "33": "Matériels médicaux, pharmaceutiques et de soins",
    "34": "Équipements de transport",
    "35": "Équipements de sécurité, d'incendie, de police et de défense",
    "37": "Instruments de musique, articles de sport, jeux et fournitures artistiques",
    "38": "Équipements de laboratoire, d'optique et de précision",
    "39": "Meubles, aménagements, électroménager et produits de nettoyage",
    "41": "Eau captée et purifiée",
    "42": "Machines industrielles",
    "43": "Machines pour l'exploitation minière et matériel de construction",
    "44": "Structures et matériaux de construction",
    "45": "Travaux de construction",
    "48": "Logiciels et systèmes d'information",
    "50": "Services de réparation et d'entretien",
    "51": "Services d'installation",
    "55": "Hôtellerie, restauration et commerce de détail",
    "60": "Services de transport",
    "63": "Services auxiliaires de transport ; agences de voyages",
    "64": "Services des postes et télécommunications",
    "65": "Services publics (eau, énergie)",
    "66": "Services financiers et d'assurance",
    "70": "Services immobiliers",
    "71": "Architecture, ingénierie et inspection",
    "72": "Services informatiques",
    "73": "Recherche et développement",
    "75": "Administration publique, défense et sécurité sociale",
    "76": "Industrie du gaz et du pétrole",
    "77": "Services agricoles, sylvicoles et horticoles (espaces verts)",
    "79": "Services aux entreprises (droit, conseil, impression, sécurité…)",
    "80": "Enseignement et formation",
    "85": "Santé et action sociale",
    "90": "Eaux usées, déchets, nettoyage et environnement",
    "92": "Services récréatifs, culturels et sportifs",
    "98": "Autres services collectifs et personnels",
}

# (key, lower bound included, upper bound excluded, label): bands echo rules/thresholds.yml
# (25 000 € and 40 000 € dispense, 90 000 € MAPA publicity, ~215 000 € EU supplies/services,
# ~5,4 M€ EU works); they are presentation bands, not thresholds applied to a contract.
AMOUNT_BANDS: tuple[tuple[str, float, float | None, str], ...] = (
    ("1", 0, 25_000, "moins de 25 000 €"),
    ("2", 25_000, 40_000, "25 000 à 39 999 €"),
    ("3", 40_000, 90_000, "40 000 à 89 999 €"),
    ("4", 90_000, 215_000, "90 000 à 214 999 €"),
    ("5", 215_000, 1_000_000, "215 000 à 999 999 €"),
    ("6", 1_000_000, 5_382_000, "1 M€ à 5,38 M€"),
    ("7", 5_382_000, None, "5,38 M€ et plus"),
)
CATEGORY_LABELS = {"travaux": "Travaux", "fournitures": "Fournitures", "services": "Services"}
SOCIAL_KEYS: dict[str, str] = {"clause_sociale": "Clause sociale", "critere_social": "Critère social",
                               "marche_reserve": "Marché réservé", "au_moins_une": "Au moins une considération sociale"}
ENVIRONMENTAL_KEYS: dict[str, str] = {"clause_environnementale": "Clause environnementale",
                                      "critere_environnemental": "Critère environnemental",
                                      "au_moins_une": "Au moins une considération environnementale"}
NOT_GIVEN = "non renseigné"


def division_label(code: str | None) -> str:
    if not code:
        return "CPV non renseigné"
    return f"{code} – {CPV_DIVISIONS.get(code, 'division inconnue')}"


def band_sql(column: str = "amount_initial") -> str:
    cases = []
    for key, low, high, _ in AMOUNT_BANDS:
        condition = f"{column} >= {low}" + (f" AND {column} < {high}" if high is not None else "")
        cases.append(f"WHEN {condition} THEN '{key}'")
    return "CASE " + " ".join(cases) + " ELSE NULL END"


def band_label(key: str | None) -> str:
    for band_key, _, _, label in AMOUNT_BANDS:
        if band_key == key:
            return label
    return "montant non renseigné"
