"""What assessment concludes about one dossier (consultation): TenderResult and what it is made of.

Gathered with the other result types in clausecheck/results.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from pydantic import JsonValue

from clausecheck.model import Evidence, described
from clausecheck.results_base import Amount, Considerations, LotNumber, about, optional
from clausecheck.results_facts import CpvCode, DurationFact, Fact, HoursCommitment, Lot, ProcedureFact, Requirements

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
