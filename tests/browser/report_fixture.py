"""A hand-made scan for the report and table tests, in the exact shape `clausecheck scan --json`
writes (clausecheck/results.py, docs/output-schema.md): `fixture_scan()` is the JSON as stored,
`fixture_result()` the same loaded with `load_scan`. Keys left out take the schema's defaults;
tests/test_report.py checks that every key written here is one the schema knows, with its type.

Three dossiers:
- « voirie-saint-exemple », fully analysed: findings (one whose quote, section and buyer carry
  hostile markup), facts, lots, accessibility with an insufficient factor, and flags of each kind
  (opportunities, one on a lot without its own amount, a loi Climat gap, another point);
- « ecole-scan », whose only document is a scan without a text layer: everything unknown, every
  profile « données insuffisantes », no flag;
- a dossier with a hostile name, readable, where nothing was found (everything absent), its
  profiles « données insuffisantes » and one opportunity below the thresholds.

Loaded by path from tests/test_report.py, tests/test_tabular.py and the browser tests.
"""

from __future__ import annotations

import copy
from typing import Any

HOSTILE_QUOTE = "Le titulaire réalise 3 000 heures d'insertion <script>alert(1)</script> au profit de <b>publics</b> éloignés de l'emploi."
HOSTILE_DOSSIER = "quartier-nord</script><script>alert(2)</script>"
OCR_MESSAGE = "Le PDF ne contient aucune couche texte (document numérisé) : il faudrait le passer à l'OCR."

CATEGORIES = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
              "clause_environnementale", "critere_environnemental")
ALL_TRUE = dict.fromkeys(CATEGORIES, True)
ALL_NONE = dict.fromkeys(CATEGORIES, None)
ALL_FALSE = dict.fromkeys(CATEGORIES, False)

VOIRIE = "voirie-saint-exemple"
CCAP = f"{VOIRIE}/CCAP.pdf"
RC = f"{VOIRIE}/RC.pdf"
SCANNED = "ecole-scan/CCTP.pdf"
HOSTILE_AE = HOSTILE_DOSSIER + "/AE.docx"


def _ev(doc: str, page: int, quote: str, start: int = 100, context: str = "") -> dict[str, Any]:
    ev: dict[str, Any] = {"document": doc, "page": page, "char_start": start, "char_end": start + len(quote),
                          "quote": quote}
    if context:
        ev["context"] = context
    return ev


def _fact(value: Any, *evidence: dict[str, Any], source: str | None = RC, **extra: Any) -> dict[str, Any]:
    fact: dict[str, Any] = {"value": value, "evidence": list(evidence), **extra}
    if source:
        fact["source_document"] = source
    return fact


def _factor(fid: str, label: str, value: Any, score: float | None, weight: float, contribution: float | None,
            explanation: str, *evidence: dict[str, Any]) -> dict[str, Any]:
    return {"id": fid, "label": label, "value": value, "score": score, "weight": weight,
            "contribution": contribution, "status": "ok" if score is not None else "donnees_insuffisantes",
            "explanation": explanation, "evidence": list(evidence)}


def _profile(label: str, score: float | None, factors: list[dict[str, Any]]) -> dict[str, Any]:
    return {"label": label, "score": score, "status": "ok" if score is not None else "donnees_insuffisantes",
            "known_factors": sum(1 for f in factors if f["score"] is not None), "factors": factors}


def _insufficient_profiles() -> dict[str, Any]:
    return {
        "tpe_pme_locale": _profile("TPE/PME locale", None, [
            _factor("lot_size", "Montant du lot ou du marché", None, None, 3.0, None,
                    "Montant non indiqué dans les documents : données insuffisantes."),
            _factor("response_time", "Délai de réponse", None, None, 1.0, None,
                    "Date de publication ou date limite non trouvée : délai inconnu."),
        ]),
        "siae_ea_esat": _profile("SIAE / EA / ESAT", None, [
            _factor("sector", "Secteur d'activité", None, None, 3.0, None, "Objet et codes CPV inconnus."),
        ]),
    }


_FULL_CONS = dict(ALL_TRUE, critere_environnemental=False)

_LOTS = [
    {"number": 1, "title": "Chaussées", "estimated_ht": 420000.0, "min_ht": None, "max_ht": None,
     "duration_months": 12.0, "reserved_bases": [], "cpv": ["45233141"],
     "evidence": [_ev(RC, 1, "Lot n° 1 : Chaussées", 400)], "sources": [RC]},
    {"number": 2, "title": "Petits travaux de propreté", "estimated_ht": 30000.0, "min_ht": None, "max_ht": None,
     "duration_months": None, "reserved_bases": ["L2113-13"], "cpv": [],
     "evidence": [_ev(RC, 1, "Lot n° 2 : Petits travaux de propreté", 450)], "sources": [RC, CCAP]},
]

_SCAN: dict[str, Any] = {
    "schema_version": "1",
    "engine": {"name": "clausecheck", "version": "0.1.0", "rules_version": "r-2026-11", "model_version": "test"},
    "documents": [
        {
            "path": CCAP, "dossier": VOIRIE, "format": "pdf", "size_bytes": 120000, "sha256": "ab",
            "doc_type": "CCAP", "doc_type_reason": "titre « Cahier des clauses administratives particulières » page 1",
            "title": "CCAP — Entretien de la voirie", "text_status": "ok", "status_message": "",
            "page_count": 12, "pages_without_text": [],
            "considerations": dict(_FULL_CONS, critere_social=False), "unknown_reasons": {},
            "insertion_hours": 3000, "reservation_bases": ["L2113-13"],
            "allotment": {"divided": True, "lot_count": 2}, "amounts": {"estimated_ht": 450000.0, "max_ht": 900000.0},
            "decp": {"considerationsSociales": ["Clause sociale", "Marché réservé"],
                     "considerationsEnvironnementales": ["Clause environnementale"]},
            "findings": [
                {"category": "clause_insertion", "kind": "heures_insertion", "rule_id": "insertion.heures",
                 "message": "Clause d'insertion : 3 000 heures réservées à des publics éloignés de l'emploi.",
                 "evidence": _ev(CCAP, 4, HOSTILE_QUOTE), "score": 0.93, "source": "rule+model",
                 "polarity": "present", "severity": "INFO", "legal_basis": ["L2112-2"], "decp_value": "Clause sociale",
                 "attributes": {"hours_values": [3000], "hours_at": [[3000, 121, "total", None]], "hours_total": 3000,
                                "publics": ["demandeurs d'emploi de longue durée"], "penalty_per_hour": 60.0},
                 "trace": ["motif insertion.heures : « heures d'insertion »", "contexte +0,2 : « engagement »"],
                 "section": "6.1 Insertion <i>professionnelle</i>"},
                {"category": "marche_reserve", "kind": "reserve_siae", "rule_id": "reserve.siae",
                 "message": "Le lot 2 est réservé aux structures d'insertion par l'activité économique.",
                 "evidence": _ev(CCAP, 2, "Le lot n° 2 est réservé aux SIAE (article L2113-13)."), "score": 0.88,
                 "source": "rule", "polarity": "present", "severity": "INFO", "legal_basis": ["L2113-13"],
                 "decp_value": "Marché réservé", "attributes": {"bases": ["L2113-13"]}, "trace": [], "section": None},
                {"category": "clause_environnementale", "kind": "dechets", "rule_id": "env.dechets",
                 "message": "Tri et valorisation des déchets de chantier exigés.",
                 "evidence": _ev(CCAP, 7, "trie et valorise les déchets",
                                 context="Le titulaire trie et valorise les déchets du chantier."),
                 "score": 0.71, "source": "model", "polarity": "present", "severity": "INFO", "legal_basis": [],
                 "decp_value": "Clause environnementale", "attributes": {}, "trace": [], "section": "8 Environnement"},
            ],
            "timings": {"ingest": 0.01},
        },
        {
            "path": RC, "dossier": VOIRIE, "format": "pdf", "size_bytes": 48000, "sha256": "cd", "doc_type": "RC",
            "doc_type_reason": "titre « Règlement de la consultation »", "title": "", "text_status": "ok",
            "status_message": "", "page_count": 6, "pages_without_text": [5],
            "considerations": dict(ALL_FALSE, critere_social=True, clause_sociale=True), "unknown_reasons": {},
            "insertion_hours": None, "reservation_bases": [],
            "allotment": {"divided": True, "lot_count": 2}, "amounts": {"estimated_ht": None, "max_ht": None},
            "decp": {"considerationsSociales": ["Clause sociale", "Critère social"],
                     "considerationsEnvironnementales": ["Pas de considération environnementale"]},
            "findings": [
                {"category": "critere_social", "kind": "critere_pondere", "rule_id": "critere.social",
                 "message": "Critère « performance en matière d'insertion » pondéré à 10 %.",
                 "evidence": _ev(RC, 3, "Performance en matière d'insertion professionnelle : 10 %"), "score": 0.8,
                 "source": "rule", "polarity": "present", "severity": "INFO", "legal_basis": ["R2152-7"],
                 "decp_value": "Critère social", "attributes": {"weight": 10.0, "weight_unit": "%"}, "trace": []},
            ],
        },
        {
            "path": SCANNED, "dossier": "ecole-scan", "format": "pdf", "size_bytes": 250000, "sha256": "ef",
            "doc_type": None, "text_status": "no_text_layer", "status_message": OCR_MESSAGE, "page_count": 3,
            "pages_without_text": [1, 2, 3], "considerations": dict(ALL_NONE),
            "unknown_reasons": dict.fromkeys(CATEGORIES, OCR_MESSAGE),
            "insertion_hours": None, "reservation_bases": [], "allotment": {"divided": None, "lot_count": None},
            "amounts": {"estimated_ht": None, "max_ht": None},
            "decp": {"considerationsSociales": None, "considerationsEnvironnementales": None}, "findings": [],
        },
        {
            "path": HOSTILE_AE, "dossier": HOSTILE_DOSSIER, "format": "docx", "size_bytes": 9000, "sha256": "01",
            "doc_type": "AE", "text_status": "ok", "status_message": "", "page_count": 1, "pages_without_text": [],
            "considerations": dict(ALL_FALSE), "unknown_reasons": {}, "insertion_hours": None,
            "reservation_bases": [], "allotment": {"divided": False, "lot_count": None},
            "amounts": {"estimated_ht": 35000.0, "max_ht": None},
            "decp": {"considerationsSociales": ["Pas de considération sociale"],
                     "considerationsEnvironnementales": ["Pas de considération environnementale"]},
            "findings": [],
        },
    ],
    "tenders": [
        {
            "id": VOIRIE, "path": VOIRIE, "documents": [CCAP, RC], "unreadable_documents": [],
            "considerations": _FULL_CONS, "insertion_hours": 3000, "reservation_bases": ["L2113-13"],
            "decp": {"considerationsSociales": ["Clause sociale", "Critère social", "Marché réservé"],
                     "considerationsEnvironnementales": ["Clause environnementale"]},
            "allotment": {"divided": True, "lot_count": 2, "no_division_reason": None,
                          "evidence": [_ev(RC, 1, "Le marché est décomposé en 2 lots.", 380)], "sources": [RC]},
            "amounts": {"estimated_ht": 450000.0, "max_ht": 900000.0, "min_ht": None,
                        "evidence": [_ev(CCAP, 2, "450 000 € HT", 200)],
                        "note": "valeur estimée : 450 000 € HT ; montant maximum : 900 000 € HT",
                        "sources": {"estimated_ht": CCAP, "max_ht": CCAP}},
            "lots": copy.deepcopy(_LOTS),
            "facts": {
                "buyer": _fact("Ville de Saint-Exemple <em>mairie</em>", _ev(RC, 1, "Ville de Saint-Exemple", 0)),
                "object": _fact("Entretien de la voirie communale", _ev(RC, 1, "Entretien de la voirie communale", 40)),
                "procedure": {"type": "ouverte", "label": "appel d'offres ouvert", "nature": "travaux",
                              "evidence": [_ev(RC, 1, "Appel d'offres ouvert", 80)], "source_document": RC},
                "publication_date": _fact("2026-10-01", _ev(RC, 1, "Date d'envoi : 1er octobre 2026", 120)),
                "deadline": _fact("2026-12-15", _ev(RC, 1, "Date limite de remise des offres : 15 décembre 2026", 160)),
                "duration_months": {"value": 12.0, "total_months": 48.0, "evidence": [], "source_document": CCAP},
                "renewals": _fact(3, source=CCAP),
                "cpv": [{"code": "45233141", "evidence": [_ev(RC, 1, "45233141", 300)], "source_document": RC}],
                "lots": copy.deepcopy(_LOTS),
                "requirements": {
                    "min_turnover": _fact(900000.0, _ev(RC, 2, "chiffre d'affaires minimal de 900 000 €"), unit="EUR"),
                },
                "response_days": 75,
                "reference_date": "2026-11-28",
                "reference_date_source": "scan",
            },
            "accessibility": {
                "profiles": {
                    "tpe_pme_locale": _profile("TPE/PME locale", 62.0, [
                        _factor("allotment", "Allotissement", True, 100.0, 2.0, 16.0,
                                "Le marché est divisé en 2 lots.", _ev(RC, 1, "Le marché est décomposé en 2 lots.", 380)),
                        _factor("min_turnover", "Chiffre d'affaires minimum exigé", 900000.0, 20.0, 2.0, 3.2,
                                "Le CA exigé dépasse 1,5 fois la valeur du lot."),
                        _factor("retenue_garantie", "Retenue de garantie", 5.0, 45.0, 0.5, 1.8,
                                "Retenue de garantie de 5 % (R2191-33 : 5 % au plus)."),
                        _factor("response_time", "Délai de réponse", None, None, 1.0, None, ""),
                    ]),
                    "siae_ea_esat": _profile("SIAE / EA / ESAT", 81.0, [
                        _factor("reservation", "Marché réservé", ["L2113-13"], 100.0, 3.0, 24.0,
                                "Le lot 2 est réservé aux SIAE."),
                    ]),
                },
                "lots": [
                    {"number": 2, "title": "Petits travaux de propreté", "profiles": {
                        "tpe_pme_locale": _profile("TPE/PME locale", 85.0, []),
                        "siae_ea_esat": _profile("SIAE / EA / ESAT", 90.0, [])}},
                ],
            },
            "flags": [
                {"id": "petit_lot", "label": "Petit lot (procédure adaptée possible)", "severity": "info",
                 "legal_basis": ["R2123-1"],
                 "message": "Le lot 2 (30 000 € HT) peut être passé en procédure adaptée : à signaler aux TPE et SIAE du territoire.",
                 "lot": 2, "amount_ht": 30000.0, "evidence": [_ev(CCAP, 2, "Lot 2 : 30 000 € HT")],
                 "threshold": {"id": "petit_lot_travaux", "amount_ht": 1000000, "ratio": None,
                               "valid_from": "2026-01-01", "valid_to": None, "verified": True}},
                {"id": "reservation_possible", "label": "Réservation possible", "severity": "info",
                 "legal_basis": ["L2113-12", "L2113-13"],
                 "message": "Pour le lot 1, l'objet relève d'un secteur où travaillent des SIAE, EA ou ESAT : il pourrait être réservé.",
                 "lot": 1, "amount_ht": None, "evidence": []},
                {"id": "climat_critere_environnemental",
                 "label": "Loi Climat et Résilience : un critère d'attribution environnemental", "severity": "alert",
                 "legal_basis": ["L2152-7", "loi n° 2021-1104 art. 35"],
                 "message": "Ajouter au règlement de la consultation au moins un critère d'attribution environnemental (loi Climat et Résilience).",
                 "lot": None, "amount_ht": 450000.0, "evidence": []},
                {"id": "chiffre_affaires_excessif", "label": "Chiffre d'affaires exigé au-dessus du plafond",
                 "severity": "warning", "legal_basis": ["R2142-7"],
                 "message": "Ramener le chiffre d'affaires minimum exigé à 1,5 fois la valeur estimée du lot.",
                 "lot": None, "amount_ht": None, "evidence": []},
            ],
            "reference_date": "2026-11-28", "reference_date_source": "scan", "reference_date_evidence": [],
        },
        {
            "id": "ecole-scan", "path": "ecole-scan", "documents": [SCANNED],
            "unreadable_documents": [{"path": SCANNED, "text_status": "no_text_layer", "status_message": OCR_MESSAGE}],
            "considerations": dict(ALL_NONE), "insertion_hours": None, "reservation_bases": [],
            "decp": {"considerationsSociales": None, "considerationsEnvironnementales": None},
            "allotment": {"divided": None, "lot_count": None}, "amounts": {"estimated_ht": None, "max_ht": None},
            "lots": [], "facts": {"reference_date": "2026-11-28", "reference_date_source": "scan"},
            "accessibility": {"profiles": _insufficient_profiles(), "lots": []},
            "flags": [], "reference_date": "2026-11-28", "reference_date_source": "scan",
        },
        {
            "id": HOSTILE_DOSSIER, "path": HOSTILE_DOSSIER, "documents": [HOSTILE_AE], "unreadable_documents": [],
            "considerations": dict(ALL_FALSE), "insertion_hours": None, "reservation_bases": [],
            "decp": {"considerationsSociales": ["Pas de considération sociale"],
                     "considerationsEnvironnementales": ["Pas de considération environnementale"]},
            "allotment": {"divided": False, "lot_count": None},
            "amounts": {"estimated_ht": 35000.0, "max_ht": None, "min_ht": None},
            "lots": [],
            "facts": {"buyer": _fact("Bailleur <img src=x onerror=alert(3)>", source=HOSTILE_AE), "object": None,
                      "lots": [], "reference_date": "2026-11-28", "reference_date_source": "scan"},
            "accessibility": {"profiles": {
                "tpe_pme_locale": _profile("TPE/PME locale", None, []),
                "siae_ea_esat": _profile("SIAE / EA / ESAT", None, [])}, "lots": []},
            "flags": [
                {"id": "opportunite_sans_publicite", "label": "Sous le seuil de dispense de procédure", "severity": "info",
                 "legal_basis": ["R2122-8"],
                 "message": "Marché de 35 000 € HT : l'acheteur peut consulter directement une TPE ou une SIAE locale.",
                 "lot": None, "amount_ht": 35000.0, "evidence": []},
            ],
            "reference_date": "2026-11-28", "reference_date_source": "scan",
        },
    ],
    "scan": {"started_at": "2026-11-28T09:00:00+00:00", "finished_at": "2026-11-28T09:00:05+00:00",
             "roots": ["samples"], "reference_date": "2026-11-28", "workers": 2, "seconds": 5.2},
    "summary": {"documents": 4, "ok": 3, "failed": 1, "by_status": {"ok": 3, "no_text_layer": 1}, "tenders": 3,
                "pages": 22},
}


def fixture_scan() -> dict[str, Any]:
    """The scan as `clausecheck scan --json` stores it (a fresh copy each call)."""
    return copy.deepcopy(_SCAN)


def fixture_result() -> Any:
    """The same scan as a typed `ScanResult`."""
    from clausecheck.outputs.json_output import load_scan

    return load_scan(fixture_scan())
