"""What the engine concludes about one document: its findings (detection) and its DocumentResult.

Gathered with the other result types in clausecheck/results.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from typing_extensions import TypedDict

from clausecheck.model import Evidence, OcrReport, described
from clausecheck.results_base import Amount, Considerations, Score, Timings, about, optional
from clausecheck.results_facts import DocumentFacts, HoursCommitment

# ----------------------------------------------------------------------------- detection

# One statement of insertion hours, as [value, offset in the document's text, basis, slice amount or base, (row)]:
# basis total | par_an | par_lot | tranche (hours per slice of an amount: the slice's amount) | part (a share of the
# labour hours: their base) | …; a table row's label closes the statement when the figure stands on a row.
HoursStatement = (tuple[int, int, str, int | float | None]
                  | tuple[int, int, str, int | float | None, str])


@described("Valeurs lues autour d'un constat (heures, publics, pondération, fondements…), chacune présente "
           "seulement quand elle a été lue.")
class FindingAttributes(TypedDict, total=False):
    """Values read around a finding (detection/attributes.py), each present only when read."""

    hours_values: Annotated[list[int], about("Heures d'insertion comptées telles qu'écrites (total, par an, par "
                                             "lot), sans doublon.")]
    hours_at: Annotated[list[HoursStatement], about(
        "Chaque énoncé d'heures : [valeur, position dans le texte, base (total, par_an, par_lot, tranche, part…), "
        "montant de la tranche ou base de la part, (ligne du tableau)].")]
    hours_total: Annotated[int, about("Total des heures du document, sur le premier constat qui porte des heures.")]
    publics: Annotated[list[str], about("Publics visés (demandeurs d'emploi de longue durée, QPV…).")]
    modes: Annotated[list[str], about("Modalités d'exécution (embauche directe, mise à disposition, sous-traitance…).")]
    penalty_per_hour: Annotated[float, about("Pénalité par heure non réalisée, en euros.")]
    facilitator: Annotated[str, about("Facilitateur nommé (maison de l'emploi, PLIE…).")]
    weight: Annotated[float, about("Pondération du critère.")]
    weight_unit: Annotated[str, about("Unité de la pondération : %, points ou pondération.")]
    bases: Annotated[list[str], about("Fondements de réservation (L2113-12, L2113-13, L2113-13-1, L2113-15).")]
    bases_tier: Annotated[dict[str, str], about("Pour chaque fondement, comment il est nommé : article, mots ou case.")]



@described(
    'Un engagement social ou environnemental (ou son absence déclarée) trouvé dans un document.',
)
@dataclass(slots=True)
class Finding:
    """One social or environmental commitment (or its explicit absence) found in a document."""

    category: Annotated[str, about("Catégorie (clause_sociale, clause_insertion, critere_social, marche_reserve, "
                                   "clause_environnementale, critere_environnemental).")]
    kind: Annotated[str, about("Sorte plus fine, par exemple « heures_insertion », « reserve_siae ».")]
    rule_id: Annotated[str, about("Règle (ou modèle) qui a produit le constat.")]
    message: Annotated[str, about("Ce que dit le constat, en français.")]
    evidence: Annotated[Evidence, about("La preuve : document, page, position et citation.")]
    score: Annotated[Score, about("Confiance de 0 à 1 après contexte, négation, rôle du passage et modèle de passages.")]
    source: Annotated[str, about("« rule », « model » ou « rule+model ».")] = "rule"
    polarity: Annotated[str, about("« present », ou « absent » pour une absence déclarée.")] = "present"
    severity: Annotated[str, about("INFO, LOW, MEDIUM ou HIGH.")] = "INFO"
    legal_basis: Annotated[list[str], about("Articles de loi en jeu.")] = field(default_factory=list)
    decp_value: Annotated[str | None, about("Valeur DECP correspondante.")] = None
    attributes: Annotated[FindingAttributes, about("Valeurs lues autour du constat : heures, publics, "
                                                        "modalités, pondération, fondements…")] = field(
        default_factory=lambda: FindingAttributes())
    trace: Annotated[list[str], about("Pourquoi le score est ce qu'il est, étape par étape.")] = field(
        default_factory=list)
    section: Annotated[str | None, about("Titre de la section où se trouve le constat.")] = None


# ----------------------------------------------------------------------------- one document


@described(
    'Allotissement (contrat évalué).',
    divided='Alloti (true), non alloti (false), non dit (null).',
    lot_count='Nombre de lots, ou null.',
)
@dataclass(slots=True)
class AllotmentSummary:
    divided: bool | None = None
    lot_count: int | None = None


@described(
    'Montants (contrat évalué).',
    estimated_ht='Valeur estimée totale, € HT, ou null.',
    max_ht='Montant maximum total (toutes périodes), € HT, ou null.',
)
@dataclass(slots=True)
class AmountsSummary:
    estimated_ht: Amount = None
    max_ht: Amount = None


@described(
    'Un titre de section du document.',
    number='Numéro (« 6.1 »), ou null.',
    title='Titre.',
    level='Niveau (1 = article).',
    page='Page où il se trouve.',
)
@dataclass(slots=True)
class SectionSummary:
    number: str | None
    title: str
    level: int
    page: int


@described(
    "Tout ce que le moteur conclut d'un document.",
    size_bytes='Taille du fichier, en octets.',
    sha256='Empreinte SHA-256 du fichier.',
    doc_type_reason='Pourquoi ce type de pièce.',
    title='Titre lu en tête du document.',
    page_count='Nombre de pages (ou de feuilles).',
    pages_without_text='Pages sans texte fiable : sans couche texte et non lues par OCR, ou lues par OCR '
                       'avec une confiance insuffisante.',
    allotment='Allotissement (contrat évalué).',
    amounts='Montants (contrat évalué).',
    findings='Les constats, chacun avec sa preuve et sa trace.',
    detection_notes='Notes de décision au niveau du document (heures additionnées, modèle de passages absent…).',
    facts='Les faits extraits (lots, montants, dates, procédure, exigences).',
    sections='Les titres de sections repérés (300 au plus).',
)
@dataclass(slots=True)
class DocumentResult:
    """Everything the engine concluded about one document. The keys path, considerations,
    insertion_hours, reservation_bases, allotment and amounts are the scored contract."""

    path: Annotated[str, about("Chemin relatif à la racine analysée, séparateurs « / » ; dans un ZIP : "
                               "« archive.zip/interne.pdf ».")]
    dossier: Annotated[str, about("Identifiant du dossier (consultation) auquel le document appartient.")]
    format: Annotated[str, about("pdf, docx, odt, xlsx, html, xml, txt, md, unknown.")] = "unknown"
    size_bytes: int = 0
    sha256: str = ""
    doc_type: Annotated[str | None, about("Type de pièce (RC, CCAP, CCTP, AE, BPU, DPGF, DQE, AVIS, QR, FORM, "
                                          "CADRE, AUTRE) ; null si illisible.")] = None
    doc_type_reason: str = ""
    title: str = ""
    text_status: Annotated[str, about("ok, ocr, no_text_layer, encrypted, corrupt, unsupported, too_large. "
                                      "« ocr » : lisible, une partie au moins du texte lue par reconnaissance de "
                                      "caractères (analysé comme « ok »).")] = "ok"
    status_message: Annotated[str, about("Pourquoi le texte n'a pas pu être lu, en français ; pour « ocr », quelles "
                                         "pages ont été lues par OCR et avec quelle confiance.")] = ""
    page_count: int = 0
    pages_without_text: list[int] = field(default_factory=list)
    ocr: Annotated[OcrReport | None, optional("Ce que la lecture OCR a fait, quand des pages ou des images "
                                              "demandaient à être lues (docs/ocr.md).")] = None
    considerations: Considerations = field(default_factory=dict)
    unknown_reasons: Annotated[dict[str, str], about("Pour chaque catégorie inconnue, la raison.")] = field(
        default_factory=dict)
    insertion_hours: Annotated[int | None, about("Heures d'insertion déclarées (somme sur les lots).")] = None
    hours_commitments: Annotated[list[HoursCommitment], about("Chaque engagement d'heures d'insertion, avec son "
                                                              "assiette et le total qu'on en tire.")] = field(
        default_factory=list)
    reservation_bases: Annotated[list[str], about("Fondements de réservation (L2113-12, L2113-13, "
                                                  "L2113-13-1, L2113-15).")] = field(default_factory=list)
    reservation_readings: Annotated[dict[str, str], about(
        "Chaque fondement nommé et comment il l'est : article (cité), mots (EA, ESAT, SIAE…) ou case (d'un "
        "formulaire d'avis). L'article prévaut sur les mots, les mots sur les cases.")] = field(default_factory=dict)
    allotment: AllotmentSummary = field(default_factory=AllotmentSummary)
    amounts: AmountsSummary = field(default_factory=AmountsSummary)
    decp: Annotated[dict[str, list[str] | None], about("Valeurs DECP prêtes à publier.")] = field(
        default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    detection_notes: list[str] = field(default_factory=list)
    facts: DocumentFacts = field(default_factory=DocumentFacts)
    sections: list[SectionSummary] = field(default_factory=list)
    timings: Timings = field(default_factory=dict)
