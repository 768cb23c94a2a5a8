"""The typed results every stage hands to the next, from a finding to a whole scan.

detection -> Finding; extraction -> DocumentFacts; pipeline -> DocumentResult;
assessment -> TenderResult; a scan -> ScanResult. They are plain dataclasses: serialisation
happens once, at the edge (clausecheck/outputs/json_output.py), and the JSON schema of
docs/output-schema.md and the API's response models are generated from these same classes
(their descriptions, in French, are what a reader of the schema sees).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import Field, JsonValue, PlainSerializer

from clausecheck.model import Evidence, OcrReport, described, is_none

SCHEMA_VERSION = "1"


def about(text: str, **extra: Any) -> Any:
    """A field's description in the generated schema (French, for the people who read it)."""
    return Field(description=text, **extra)


def optional(text: str) -> Any:
    """A field left out of the JSON when it has no value."""
    return Field(description=f"{text} Absent du JSON quand il n'a pas de valeur.", exclude_if=is_none)


Considerations = Annotated[
    dict[str, bool | None],
    about("Une valeur par catégorie : true présent, false absent, null inconnu (texte illisible)."),
]
Amount = float | None
Score = Annotated[float, PlainSerializer(lambda value: round(value, 3), return_type=float)]
Timings = Annotated[
    dict[str, float],
    PlainSerializer(lambda timings: {key: round(value, 4) for key, value in timings.items()}, return_type=dict),
    about("Durée de chaque étape, en secondes : ingest (lecture, OCR comprise), structure, detect, extract ; "
          "ocr, la part de la lecture passée en OCR, quand des pages demandaient à être lues."),
]
FactValue = str | bool | int | float | None
LotNumber = int | str


# ----------------------------------------------------------------------------- detection


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
    attributes: Annotated[dict[str, JsonValue], about("Valeurs lues autour du constat : heures, publics, "
                                                      "modalités, pondération, fondements…")] = field(default_factory=dict)
    trace: Annotated[list[str], about("Pourquoi le score est ce qu'il est, étape par étape.")] = field(
        default_factory=list)
    section: Annotated[str | None, about("Titre de la section où se trouve le constat.")] = None


# ----------------------------------------------------------------------------- extraction


@described(
    "Un engagement d'heures d'insertion tel qu'écrit, avec son assiette et le total qu'on en tire.",
    hours="Le chiffre d'heures tel qu'écrit.",
    basis="Ce que compte le chiffre : total (pour le marché, un lot ou une période), par_an, par_lot, "
          "par_tranche (heures par tranche de montant), dont (une part du chiffre précédent), "
          "marche_precedent (un marché antérieur : non compté).",
    scope="Le lot, la tranche ou la période dont il relève, quand le texte le dit.",
    per_amount="Pour par_tranche : le montant de la tranche, € HT.",
    derived_total="Le total d'heures pour le marché qu'on en tire, quand le dossier donne de quoi le calculer.",
    arithmetic="Le calcul, en clair (« 1 200 h × 4 ans = 4 800 h »).",
    estimated="Vrai quand le total est tiré d'un montant (estimation ou maximum) : c'est une estimation.",
    counted="Vrai quand le chiffre entre dans les heures déclarées du document.",
    evidence="La phrase qui engage les heures.",
)
@dataclass(slots=True)
class HoursCommitment:
    hours: float
    basis: str = "total"
    scope: str | None = None
    per_amount: float | None = None
    derived_total: float | None = None
    arithmetic: str | None = None
    estimated: bool = False
    counted: bool = True
    evidence: Evidence | None = None


@described(
    "Une valeur lue dans un document, avec l'endroit où elle a été lue.",
)
@dataclass(slots=True)
class Fact:
    """A value read in a document, with where it was read."""

    value: Annotated[FactValue, about("La valeur lue.")]
    evidence: Annotated[list[Evidence], about("Où elle a été lue.")] = field(default_factory=list)
    unit: Annotated[str | None, optional("Unité (« EUR », « % »).")] = None
    multiple: Annotated[float | None, optional("Multiple du montant du marché (chiffre d'affaires exigé).")] = None
    source_document: Annotated[str | None, optional("Pièce du dossier dont vient la valeur.")] = None


@described(
    'Les références exigées des candidats.',
)
@dataclass(slots=True)
class ReferencesFact(Fact):
    count: Annotated[int | None, about("Nombre de références exigées, quand il est dit.")] = None


@described(
    'La durée du marché.',
    evidence='Où la durée a été lue.',
)
@dataclass(slots=True)
class DurationFact:
    value: Annotated[float, about("Durée initiale (ou totale, à défaut) en mois.")]
    total_months: Annotated[float | None, about("Durée totale, reconductions comprises, en mois.")] = None
    evidence: list[Evidence] = field(default_factory=list)
    source_document: Annotated[str | None, optional("Pièce du dossier dont vient la valeur.")] = None


@described(
    'La procédure de passation.',
    evidence='Où la procédure a été lue.',
)
@dataclass(slots=True)
class ProcedureFact:
    type: Annotated[str | None, about("adaptee, ouverte, restreinte, negociee, dialogue, concours, "
                                      "sans_publicite, autre.")]
    label: Annotated[str | None, about("Libellé français de la procédure.")]
    nature: Annotated[str | None, about("travaux, fournitures ou services.")] = None
    evidence: list[Evidence] = field(default_factory=list)
    source_document: Annotated[str | None, optional("Pièce du dossier dont vient la valeur.")] = None


@described(
    'Un code CPV cité.',
    evidence='Où le code a été lu.',
)
@dataclass(slots=True)
class CpvCode:
    code: Annotated[str, about("Code CPV à 8 chiffres.")]
    evidence: list[Evidence] = field(default_factory=list)
    source_document: Annotated[str | None, optional("Pièce du dossier dont vient la valeur.")] = None


@described(
    "Ce qui pèse sur la réponse d'une petite structure.",
)
@dataclass(slots=True)
class Requirements:
    """What weighs on a small firm's answer."""

    min_turnover: Annotated[Fact | None, about("Chiffre d'affaires minimum exigé.")] = None
    references: Annotated[ReferencesFact | None, about("Références exigées.")] = None
    certifications: Annotated[list[Fact], about("Certifications ou qualifications citées.")] = field(
        default_factory=list)
    insurance: Annotated[Fact | None, about("Assurance exigée.")] = None
    groupement_form: Annotated[Fact | None, about("Forme imposée au groupement.")] = None
    max_lots_per_bidder: Annotated[Fact | None, about("Nombre maximum de lots par candidat.")] = None
    variants: Annotated[Fact | None, about("Variantes autorisées ou non.")] = None
    advance_rate: Annotated[Fact | None, about("Taux de l'avance (%).")] = None
    advance_rate_sme: Annotated[Fact | None, about("Taux de l'avance pour les PME (%).")] = None
    retenue_garantie: Annotated[Fact | None, about("Retenue de garantie (%).")] = None
    payment_delay_days: Annotated[Fact | None, about("Délai de paiement (jours).")] = None
    site_visit_mandatory: Annotated[Fact | None, about("Visite obligatoire.")] = None

    NAMES = ("min_turnover", "references", "insurance", "groupement_form", "max_lots_per_bidder", "variants",
             "advance_rate", "advance_rate_sme", "retenue_garantie", "payment_delay_days", "site_visit_mandatory")


@described(
    'Un lot, tel que les documents le nomment.',
    title='Intitulé du lot.',
    duration_months='Durée du lot, en mois.',
    cpv='Codes CPV du lot.',
    evidence='Où le lot et ses montants ont été lus.',
)
@dataclass(slots=True)
class Lot:
    number: Annotated[LotNumber, about("Numéro du lot, tel qu'écrit.")]
    title: str = ""
    estimated_ht: Annotated[Amount, about("Valeur estimée du lot, € HT.")] = None
    min_ht: Annotated[Amount, about("Montant minimum du lot, € HT.")] = None
    max_ht: Annotated[Amount, about("Montant maximum du lot, € HT.")] = None
    duration_months: float | None = None
    reserved_bases: Annotated[list[str], about("Fondements de réservation du lot.")] = field(default_factory=list)
    cpv: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    sources: Annotated[list[str] | None, optional("Pièces du dossier qui nomment ce lot.")] = None


@described(
    "Ce que dit le document de l'allotissement.",
    evidence='Où cela a été lu.',
)
@dataclass(slots=True)
class DocumentAllotment:
    divided: Annotated[bool | None, about("Alloti (true), non alloti (false), non dit (null).")] = None
    lot_count: Annotated[int | None, about("Nombre de lots.")] = None
    no_division_reason: Annotated[str | None, about("Justification du non-allotissement.")] = None
    source: Annotated[str | None, about("D'où vient la conclusion (texte, tableau, champ structuré…).")] = None
    explicit: Annotated[bool, about("Dit en toutes lettres (réponse d'un formulaire, « non alloti », « 4 lots »), "
                                    "et non déduit de numéros de lots.")] = False
    evidence: list[Evidence] = field(default_factory=list)


@described(
    'Les montants que donne le document.',
    evidence='Où les montants ont été lus.',
)
@dataclass(slots=True)
class DocumentAmounts:
    estimated_ht: Annotated[Amount, about("Valeur estimée totale, € HT.")] = None
    max_ht: Annotated[Amount, about("Montant maximum total (toutes périodes), € HT.")] = None
    min_ht: Annotated[Amount, about("Montant minimum total, € HT.")] = None
    evidence: list[Evidence] = field(default_factory=list)
    evidence_by_kind: Annotated[dict[str, list[Evidence]], about("La preuve de chaque montant "
                                                                 "(estimated_ht, max_ht, min_ht).")] = field(
        default_factory=dict)
    note: Annotated[str, about("Comment les montants ont été calculés.")] = ""


@described(
    "Ce qu'un document dit de la consultation.",
    allotment='Allotissement.',
    amounts='Montants.',
    lots='Lots nommés dans le document (jamais inventés).',
    procedure='Procédure de passation.',
    cpv='Codes CPV.',
    duration_months='Durée du marché.',
    requirements='Exigences pesant sur les candidats.',
)
@dataclass(slots=True)
class DocumentFacts:
    """What one document states about the consultation."""

    allotment: DocumentAllotment = field(default_factory=DocumentAllotment)
    amounts: DocumentAmounts = field(default_factory=DocumentAmounts)
    lots: list[Lot] = field(default_factory=list)
    procedure: ProcedureFact | None = None
    buyer: Annotated[Fact | None, about("Acheteur.")] = None
    object: Annotated[Fact | None, about("Objet de la consultation.")] = None
    cpv: list[CpvCode] = field(default_factory=list)
    publication_date: Annotated[Fact | None, about("Date de publication ou de lancement (AAAA-MM-JJ).")] = None
    deadline: Annotated[Fact | None, about("Date limite de remise des offres (AAAA-MM-JJ).")] = None
    duration_months: DurationFact | None = None
    renewals: Annotated[Fact | None, about("Nombre de reconductions.")] = None
    requirements: Requirements = field(default_factory=Requirements)


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


# ----------------------------------------------------------------------------- one dossier


@described(
    "Un document du dossier qui n'a pas pu être lu.",
    path='Chemin du document.',
    text_status='Motif (no_text_layer, encrypted, corrupt…).',
    status_message='Explication en français.',
)
@dataclass(slots=True)
class UnreadableDocument:
    path: str
    text_status: str | None
    status_message: str | None


@described(
    "L'allotissement du dossier, pièce par pièce.",
    divided='Alloti (true), non alloti (false), non dit (null).',
    lot_count='Nombre de lots.',
    no_division_reason='Justification du non-allotissement.',
    evidence='Où cela a été lu.',
)
@dataclass(slots=True)
class TenderAllotment:
    divided: bool | None = None
    lot_count: int | None = None
    no_division_reason: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    sources: Annotated[list[str], about("Pièces dont vient la conclusion.")] = field(default_factory=list)
    conflict: Annotated[str | None, optional("Pièces qui se contredisent, et ce qui a été retenu.")] = None


@described(
    'Les montants du dossier, chacun tiré de la pièce qui fait foi.',
    estimated_ht='Valeur estimée totale, € HT.',
    max_ht='Montant maximum total (toutes périodes), € HT.',
    min_ht='Montant minimum total, € HT.',
    evidence='Où les montants ont été lus.',
    note='Comment les montants ont été calculés.',
    evidence_by_kind='La preuve de chaque montant.',
)
@dataclass(slots=True)
class TenderAmounts:
    estimated_ht: Amount = None
    max_ht: Amount = None
    min_ht: Amount = None
    evidence: list[Evidence] = field(default_factory=list)
    note: str = ""
    sources: Annotated[dict[str, str], about("La pièce dont vient chaque montant.")] = field(default_factory=dict)
    evidence_by_kind: dict[str, list[Evidence]] = field(default_factory=dict)


@described(
    'Les faits du dossier, chacun avec la pièce dont il vient.',
    buyer='Acheteur.',
    object='Objet de la consultation.',
    procedure='Procédure de passation.',
    publication_date='Date de publication la plus ancienne lue.',
    deadline='Date limite de remise des offres.',
    duration_months='Durée du marché.',
    renewals='Nombre de reconductions.',
    cpv='Codes CPV.',
    lots='Lots du dossier.',
    requirements='Exigences pesant sur les candidats.',
)
@dataclass(slots=True)
class TenderFacts:
    buyer: Fact | None = None
    object: Fact | None = None
    procedure: ProcedureFact | None = None
    publication_date: Fact | None = None
    deadline: Fact | None = None
    duration_months: DurationFact | None = None
    renewals: Fact | None = None
    cpv: list[CpvCode] = field(default_factory=list)
    lots: list[Lot] = field(default_factory=list)
    requirements: Requirements = field(default_factory=Requirements)
    response_days: Annotated[int | None, about("Jours entre publication et date limite.")] = None
    reference_date: Annotated[str | None, about("Date à laquelle les seuils sont lus (AAAA-MM-JJ).")] = None
    reference_date_source: Annotated[str | None, about("option, document, borne ou scan.")] = None


@described(
    "Un facteur du score d'accessibilité, expliqué.",
    id='Identifiant du facteur.',
    label='Nom du facteur.',
    weight='Poids du facteur dans le profil.',
    evidence='Où la valeur a été lue.',
)
@dataclass(slots=True)
class Factor:
    id: str
    label: str
    value: Annotated[JsonValue, about("La valeur jugée.")]
    score: Annotated[float | None, about("De 0 à 100 ; null si les données manquent.")]
    weight: float = 0.0
    contribution: Annotated[float | None, about("Part du facteur dans le score du profil.")] = None
    status: Annotated[str, about("ok ou donnees_insuffisantes.")] = "ok"
    explanation: Annotated[str, about("Pourquoi ce score, en français.")] = ""
    evidence: list[Evidence] = field(default_factory=list)


@described(
    "Le score d'accessibilité pour un profil d'entreprise.",
    label='Nom du profil.',
    score='Score de 0 à 100, ou null si les données manquent.',
    status='ok ou donnees_insuffisantes.',
    known_factors='Nombre de facteurs évalués.',
    factors='Les facteurs, un par un.',
)
@dataclass(slots=True)
class Profile:
    label: str
    score: float | None
    status: str
    known_factors: int
    factors: list[Factor] = field(default_factory=list)


@described(
    "L'accessibilité d'un lot.",
    number='Numéro du lot.',
    title='Intitulé du lot.',
    profiles='Score par profil.',
)
@dataclass(slots=True)
class LotAccessibility:
    number: LotNumber | None
    title: str
    profiles: dict[str, Profile]


@described(
    'Accessibilité du dossier aux TPE/PME locales et aux SIAE/EA/ESAT.',
    lots='Accessibilité de chaque lot.',
)
@dataclass(slots=True)
class Accessibility:
    profiles: Annotated[dict[str, Profile], about("Score par profil (tpe_pme_locale, siae_ea_esat).")] = field(
        default_factory=dict)
    lots: list[LotAccessibility] = field(default_factory=list)


@described(
    "Quand la consultation a été lancée, d'après le dossier : date exacte, bornes, ou inconnue.",
    earliest='Au plus tôt (AAAA-MM-JJ), ou null.',
    latest='Au plus tard (AAAA-MM-JJ), ou null ; égale à earliest quand la date est connue.',
    source="option (--date), document (date de publication), borne (date limite des offres) ou scan "
           "(aucune date : seuils lus au jour de l'analyse).",
    basis='La date sur laquelle reposent les signalements, en français.',
    evidence='Où la date a été lue.',
)
@dataclass(slots=True)
class LaunchWindow:
    earliest: str | None = None
    latest: str | None = None
    source: str = "scan"
    basis: str = ""
    evidence: list[Evidence] = field(default_factory=list)


@described(
    'Le seuil en jeu dans un signalement.',
    id='Identifiant du seuil (rules/thresholds.yml).',
    amount_ht='Montant du seuil, € HT.',
    ratio="Ratio (plafond de chiffre d'affaires).",
    valid_from='En vigueur depuis (AAAA-MM-JJ).',
    valid_to="En vigueur jusqu'au (AAAA-MM-JJ), ou null.",
    verified='Vérifié dans nos sources.',
)
@dataclass(slots=True)
class FlagThreshold:
    id: str | None
    amount_ht: int | float | None
    ratio: int | float | None
    valid_from: str | None
    valid_to: str | None
    verified: bool


@described(
    "Un point d'action pour l'acheteur : opportunité, manque légal ou vigilance.",
    id='Identifiant du signalement.',
    label='Libellé court.',
    severity='info, warning ou alert.',
    legal_basis='Articles de loi en jeu.',
    message="Ce qu'il faut savoir ou faire, en français.",
    lot='Lot concerné, ou null pour tout le marché.',
    amount_ht='Montant en jeu, € HT.',
    evidence='Où cela a été lu.',
)
@dataclass(slots=True)
class Flag:
    id: str
    label: str
    severity: str
    legal_basis: list[str]
    message: str
    lot: LotNumber | None = None
    amount_ht: float | None = None
    evidence: list[Evidence] = field(default_factory=list)
    threshold: Annotated[FlagThreshold | None, optional("Le seuil en jeu et sa période de validité.")] = None
    date_basis: Annotated[str | None, optional("La date de lancement sur laquelle repose le signalement, "
                                               "ou « date de lancement inconnue ».")] = None


@described(
    'Un dossier (une consultation) : ses documents réunis, ses valeurs, ses scores et signalements.',
    id="Identifiant du dossier (chemin du dossier ou de l'archive).",
    path='Chemin du dossier.',
    documents='Chemins de ses documents.',
    unreadable_documents='Ses documents illisibles, avec le motif.',
    insertion_hours="Heures d'insertion (la plus grande déclaration d'une pièce).",
    hours_commitments="Les engagements d'heures de la pièce qui déclare le plus d'heures, avec leur assiette.",
    reservation_bases='Fondements de réservation.',
    decp='Valeurs DECP prêtes à publier.',
    allotment='Allotissement.',
    amounts='Montants.',
    lots='Lots.',
    facts='Faits du dossier.',
    accessibility="Score d'accessibilité expliqué.",
    flags='Signalements.',
    reference_date='Date à laquelle les seuils sont lus.',
    reference_date_source='option (--date), document (publication), borne (date limite des offres) ou scan '
                          "(date inconnue : jour de l'analyse).",
    reference_date_evidence='Où la date a été lue.',
    launch="Date de lancement de la consultation d'après le dossier : exacte, bornée ou inconnue.",
)
@dataclass(slots=True)
class TenderResult:
    """One dossier (consultation): its documents' findings merged, its values, its scores and flags."""

    id: str
    path: str
    documents: list[str] = field(default_factory=list)
    unreadable_documents: list[UnreadableDocument] = field(default_factory=list)
    considerations: Considerations = field(default_factory=dict)
    insertion_hours: int | None = None
    hours_commitments: list[HoursCommitment] = field(default_factory=list)
    reservation_bases: list[str] = field(default_factory=list)
    decp: dict[str, list[str] | None] = field(default_factory=dict)
    allotment: TenderAllotment = field(default_factory=TenderAllotment)
    amounts: TenderAmounts = field(default_factory=TenderAmounts)
    lots: list[Lot] = field(default_factory=list)
    facts: TenderFacts = field(default_factory=TenderFacts)
    accessibility: Accessibility = field(default_factory=Accessibility)
    flags: list[Flag] = field(default_factory=list)
    reference_date: str | None = None
    reference_date_source: str | None = None
    reference_date_evidence: list[Evidence] = field(default_factory=list)
    launch: LaunchWindow = field(default_factory=LaunchWindow)


# ----------------------------------------------------------------------------- one scan


@described(
    'Ce qui a jugé : version du moteur, des règles et du modèle.',
    name='clausecheck.',
    version='Version du moteur.',
    rules_version='Empreinte des fichiers de règles.',
    model_version='Version du modèle de passages (rôle et thèmes).',
)
@dataclass(slots=True)
class EngineInfo:
    name: str = "clausecheck"
    version: str = ""
    rules_version: str | None = None
    model_version: str | None = None


@described(
    "Ce qu'a été l'analyse.",
    started_at='Début (ISO 8601, UTC).',
    finished_at='Fin (ISO 8601, UTC).',
    roots='Chemins analysés.',
    reference_date='Date de référence imposée (--date), ou null.',
    workers="Processus d'analyse.",
    seconds='Durée, en secondes.',
    ocr="Lecture des pages numérisées (--ocr) : auto, off ou force.",
)
@dataclass(slots=True)
class ScanInfo:
    started_at: str
    finished_at: str
    roots: list[str]
    reference_date: str | None
    workers: int
    seconds: float
    ocr: str = "auto"


@described(
    "Les comptes de l'analyse.",
    documents='Documents lus.',
    ok='Documents lisibles (« ok » et « ocr »).',
    failed='Documents illisibles.',
    by_status='Documents par état de lecture.',
    tenders='Dossiers.',
    pages='Pages.',
)
@dataclass(slots=True)
class ScanSummary:
    documents: int = 0
    ok: int = 0
    failed: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    tenders: int = 0
    pages: int = 0


@described(
    "Le résultat d'une analyse : documents, dossiers et ce qu'a été l'analyse.",
    schema_version='Version du format.',
    engine='Ce qui a jugé.',
    documents='Un résultat par document.',
    tenders='Un résultat par dossier.',
    scan="Ce qu'a été l'analyse.",
    summary='Les comptes.',
)
@dataclass(slots=True)
class ScanResult:
    schema_version: str = SCHEMA_VERSION
    engine: EngineInfo = field(default_factory=EngineInfo)
    documents: list[DocumentResult] = field(default_factory=list)
    tenders: list[TenderResult] = field(default_factory=list)
    scan: ScanInfo | None = None
    summary: ScanSummary = field(default_factory=ScanSummary)
