"""The typed results every stage hands to the next, from a finding to a whole scan.

detection -> Finding; extraction -> DocumentFacts; pipeline -> DocumentResult;
assessment -> TenderResult; a scan -> ScanResult. They are plain dataclasses: serialisation
happens once, at the edge (clausecheck/outputs/json_output.py), and the JSON schema of
docs/output-schema.md and the API's response models are generated from these same classes
(their descriptions, in French, are what a reader of the schema sees).

The types are written by job: results_document.py (a finding, one document), results_facts.py (what
extraction reads), results_tender.py (one dossier), this module (one scan), with the pieces they share in
results_base.py. Import them from here: `from clausecheck.results import TenderResult`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clausecheck.model import described
from clausecheck.results_base import Amount, Considerations, FactValue, LotNumber, Score, Timings, about, optional
from clausecheck.results_document import (
    AllotmentSummary,
    AmountsSummary,
    DocumentResult,
    Finding,
    FindingAttributes,
    HoursStatement,
    SectionSummary,
)
from clausecheck.results_facts import (
    CpvCode,
    DocumentAllotment,
    DocumentAmounts,
    DocumentFacts,
    DurationFact,
    Fact,
    HoursCommitment,
    Lot,
    ProcedureFact,
    ReferencesFact,
    Requirements,
)
from clausecheck.results_tender import (
    Accessibility,
    Factor,
    Flag,
    FlagThreshold,
    LaunchWindow,
    LotAccessibility,
    Profile,
    TenderAllotment,
    TenderAmounts,
    TenderFacts,
    TenderResult,
    UnreadableDocument,
)

__all__ = [
    "SCHEMA_VERSION",
    "Accessibility",
    "AllotmentSummary",
    "Amount",
    "AmountsSummary",
    "Considerations",
    "CpvCode",
    "DocumentAllotment",
    "DocumentAmounts",
    "DocumentFacts",
    "DocumentResult",
    "DurationFact",
    "EngineInfo",
    "Fact",
    "FactValue",
    "Factor",
    "Finding",
    "FindingAttributes",
    "Flag",
    "FlagThreshold",
    "HoursCommitment",
    "HoursStatement",
    "LaunchWindow",
    "Lot",
    "LotAccessibility",
    "LotNumber",
    "ProcedureFact",
    "Profile",
    "ReferencesFact",
    "Requirements",
    "Reruns",
    "ScanInfo",
    "ScanResult",
    "ScanSummary",
    "Score",
    "SectionSummary",
    "TenderAllotment",
    "TenderAmounts",
    "TenderFacts",
    "TenderResult",
    "Timings",
    "UnreadableDocument",
    "about",
    "optional",
]

SCHEMA_VERSION = "1"


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
    workers="Processus d'analyse (sur un cluster Dask : fils d'exécution des processus de travail au départ).",
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
    "Ce qui a été relancé pendant l'analyse. Toujours vide sur une seule machine ; sur un cluster Dask, "
    "les tâches d'un processus de travail tombé sont relancées ailleurs : aucun document n'est perdu ni "
    "compté deux fois.",
    tasks="Nombre de relances de tâches : perdues avec un processus de travail tombé (en cours, en attente "
          "sur lui ou calculées mais pas encore reçues), reprises après une erreur, ou reprises fichier par "
          "fichier après l'échec d'un lot.",
    inputs="Fichiers d'entrée (chemins affichés) des tâches relancées, chacun une fois.",
    workers_lost="Processus de travail tombés pendant l'analyse alors qu'ils tenaient des tâches de cette analyse.",
)
@dataclass(slots=True)
class Reruns:
    tasks: int = 0
    inputs: list[str] = field(default_factory=list)
    workers_lost: int = 0


@described(
    "Les comptes de l'analyse.",
    documents='Documents lus.',
    ok='Documents lisibles (« ok » et « ocr »).',
    failed='Documents illisibles.',
    by_status='Documents par état de lecture.',
    tenders='Dossiers.',
    pages='Pages.',
    reruns='Ce qui a été relancé (analyse répartie sur un cluster Dask).',
)
@dataclass(slots=True)
class ScanSummary:
    documents: int = 0
    ok: int = 0
    failed: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    tenders: int = 0
    pages: int = 0
    reruns: Reruns = field(default_factory=Reruns)


@described(
    "Le résultat d'une analyse : documents, dossiers et ce qu'a été l'analyse.",
    schema_version='Version du format.',
    engine='Ce qui a jugé.',
    documents="Un résultat par document, dans l'ordre où l'analyse les termine (en parallèle, cet ordre "
              "varie d'une analyse à l'autre : triez par path pour comparer deux analyses).",
    tenders="Un résultat par dossier, dans l'ordre alphabétique des dossiers (le même d'une analyse à l'autre).",
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
