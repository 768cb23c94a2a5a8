"""What extraction reads in one document (DocumentFacts and what it is made of), typed.

Gathered with the other result types in clausecheck/results.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from clausecheck.model import Evidence, described
from clausecheck.results_base import Amount, FactValue, LotNumber, about, optional


@described(
    "Un engagement d'heures d'insertion tel qu'écrit, avec son assiette et le total qu'on en tire.",
    hours="Le chiffre d'heures tel qu'écrit.",
    basis="Ce que compte le chiffre : total (pour le marché, un lot ou une période), par_an, par_lot, "
          "par_tranche (heures par tranche de montant), part (une part des heures de main-d'œuvre, calculée : non comptée comme chiffre écrit), "
          "dont (une part du chiffre précédent), "
          "marche_precedent (un marché antérieur : non compté), "
          "au_dela (les heures qu'un candidat peut offrir au-delà du minimum, notées par un critère : non comptées).",
    scope="Le lot, la tranche ou la période dont il relève, quand le texte le dit.",
    per_amount="Pour par_tranche : le montant de la tranche, € HT ; pour part : les heures de main-d'œuvre dont la part est prise.",
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
    count_amended: Annotated[bool, about("Le nombre de lots est donné comme une modification du dossier (« comporte "
                                         "désormais trois lots », « Lire : … Nombre de lots : 3 »).")] = False
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
    per_year: Annotated[list[str], about("Les montants (estimated_ht, max_ht, min_ht) donnés par an dans une pièce "
                                         "qui ne dit pas la durée : le dossier les multiplie par la durée qu'une "
                                         "autre pièce donne.")] = field(default_factory=list)
    per_period: Annotated[list[str], about("Les montants (estimated_ht, max_ht, min_ht) donnés pour chaque période "
                                           "(« pour chaque période d'exécution ») dans une pièce qui ne dit pas combien "
                                           "il y en a : le dossier les multiplie par le nombre de périodes (reconductions "
                                           "comprises) qu'une autre pièce donne.")] = field(default_factory=list)
    per_span: Annotated[dict[str, int], about("Les montants (estimated_ht, max_ht, min_ht) donnés par période de moins ou "
                                              "de plus d'un an (semestre, trimestre, mois, période de 24 mois) dans une "
                                              "pièce qui ne dit pas la durée : la longueur de la période, en mois. Le "
                                              "dossier les multiplie par le nombre de périodes de la durée qu'une autre "
                                              "pièce donne.")] = field(default_factory=dict)
    open_periods: Annotated[dict[str, list[float]], about("Les montants (estimated_ht, max_ht, min_ht) donnés pour la "
                                                          "période initiale et pour chaque reconduction dans une pièce "
                                                          "qui n'en dit pas le nombre : [initiale, par reconduction]. "
                                                          "Le dossier les additionne avec le nombre de reconductions "
                                                          "qu'une autre pièce donne.")] = field(default_factory=dict)
    one_lot: Annotated[dict[str, str], about("Les montants (estimated_ht, max_ht, min_ht) qui sont ceux d'un seul lot, "
                                             "la pièce n'en donnant pas d'autre : le lot (« 3 »). Le dossier les "
                                             "additionne aux autres lots au lieu d'y voir le montant du marché.")] = field(
        default_factory=dict)
    amended: Annotated[list[str], about("Les montants (estimated_ht, max_ht, min_ht) que la pièce donne comme une "
                                        "modification du dossier (« les documents sont rectifiés … le montant maximum "
                                        "s'établit ainsi à … ») : ceux d'un registre de questions-réponses priment.")] = \
        field(default_factory=list)
    changed: Annotated[dict[str, list[float]], about("Les montants (estimated_ht, max_ht, min_ht) que la pièce dit "
                                                     "modifier (« porté de 70 000 € HT à 90 000 € HT ») : [ancien, "
                                                     "nouveau], tels qu'écrits. Le dossier remplace l'ancien chiffre là "
                                                     "où une autre pièce le donne.")] = field(default_factory=dict)
    initial_only: Annotated[list[str], about("Les montants (estimated_ht, max_ht) donnés pour la seule période initiale, "
                                             "ceux des reconductions étant dits ailleurs : le dossier leur préfère une "
                                             "pièce qui donne le total des périodes.")] = field(default_factory=list)
    one_period: Annotated[list[str], about("Les montants (estimated_ht, max_ht) donnés pour une seule reconduction "
                                           "nommée (« 2e reconduction – maximum 75 000 € HT »), sans autre chiffre : "
                                           "le dossier les met à la place du chiffre de cette période, non de toutes.")] = \
        field(default_factory=list)
    removed_lots: Annotated[list[str], about("Les lots qu'une correction retire de la consultation (« Le lot n° 4 … est "
                                             "retiré de la présente consultation ») : le dossier ôte leur montant de la "
                                             "somme des lots qui ne le dit pas.")] = field(default_factory=list)
    replacements: Annotated[list[list[float]], about("Les chiffres en euros qu'une correction remplace, quels qu'ils "
                                                     "soient : [ancien, nouveau] (« Au lieu de : « … 1 100 000 € HT » "
                                                     "Lire : « … 1 000 000 € HT » », « porté de X à Y »). Le dossier "
                                                     "remplace par le nouveau chiffre une valeur égale à l'ancien.")] = \
        field(default_factory=list)


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
