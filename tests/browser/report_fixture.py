"""A hand-made scan dict for the report and table tests (shape of docs/output-schema.md).

Three dossiers: one fully analysed (findings, facts, accessibility, flags, hostile markup in the
document text), one whose only document is a scan without text (everything unknown, no
assessment keys at all), one readable with nothing found (everything absent) and a hostile name.
Loaded by path from tests/test_report.py, tests/test_tabular.py and the browser test.
"""

from __future__ import annotations

import copy

HOSTILE_QUOTE = "Le titulaire réalise 3 000 heures d'insertion <script>alert(1)</script> au profit de <b>publics</b> éloignés de l'emploi."
HOSTILE_DOSSIER = "quartier-nord</script><script>alert(2)</script>"
OCR_MESSAGE = "Le PDF ne contient aucune couche texte (document numérisé) : il faudrait le passer à l'OCR."

ALL_TRUE = dict.fromkeys(
    ["clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
     "clause_environnementale", "critere_environnemental"], True)
ALL_NONE = {k: None for k in ALL_TRUE}
ALL_FALSE = {k: False for k in ALL_TRUE}


def _ev(doc: str, page: int, quote: str, start: int = 100) -> dict:
    return {"document": doc, "page": page, "char_start": start, "char_end": start + len(quote), "quote": quote}


def _profile(label: str, score, factors) -> dict:
    return {"label": label, "score": score, "status": "ok" if score is not None else "donnees_insuffisantes",
            "factors": factors}


_FULL_CONS = dict(ALL_TRUE, critere_environnemental=False, marche_reserve=True)

_SCAN = {
    "schema_version": "1",
    "engine": {"name": "clausecheck", "version": "0.1.0", "rules_version": "2026.11", "model_version": "test"},
    "scan": {"started_at": "2026-11-28T09:00:00", "finished_at": "2026-11-28T09:00:05",
             "roots": ["samples"], "reference_date": "2026-11-28"},
    "documents": [
        {
            "path": "voirie-saint-exemple/CCAP.pdf", "dossier": "voirie-saint-exemple", "format": "pdf",
            "size_bytes": 120000, "sha256": "ab", "doc_type": "CCAP",
            "doc_type_reason": "titre « Cahier des clauses administratives particulières » page 1",
            "title": "CCAP — Entretien de la voirie", "text_status": "ok", "status_message": "",
            "page_count": 12, "pages_without_text": [],
            "considerations": dict(_FULL_CONS, critere_social=False), "unknown_reasons": {},
            "insertion_hours": 3000, "reservation_bases": ["L2113-13"],
            "allotment": {"divided": True, "lot_count": 2}, "amounts": {"estimated_ht": 450000.0, "max_ht": 900000},
            "decp": {"considerationsSociales": ["Clause sociale", "Marché réservé"],
                     "considerationsEnvironnementales": ["Clause environnementale"]},
            "findings": [
                {"category": "clause_insertion", "kind": "heures_insertion", "rule_id": "insertion.heures",
                 "message": "Clause d'insertion : 3 000 heures réservées à des publics éloignés de l'emploi.",
                 "polarity": "present", "score": 0.93, "source": "rule+model", "severity": "INFO",
                 "legal_basis": ["L2112-2"], "decp_value": "Clause sociale", "section": "6.1 Insertion <i>professionnelle</i>",
                 "evidence": _ev("voirie-saint-exemple/CCAP.pdf", 4, HOSTILE_QUOTE),
                 "attributes": {"hours": 3000, "publics": ["demandeurs d'emploi de longue durée"], "penalty_per_hour": 60},
                 "trace": ["motif insertion.heures : « heures d'insertion »", "contexte +0,2 : « engagement »"]},
                {"category": "marche_reserve", "kind": "reserve_siae", "rule_id": "reserve.siae",
                 "message": "Le lot 2 est réservé aux structures d'insertion par l'activité économique.",
                 "polarity": "present", "score": 0.88, "source": "rule", "severity": "INFO",
                 "legal_basis": ["L2113-13"], "decp_value": "Marché réservé", "section": None,
                 "evidence": _ev("voirie-saint-exemple/CCAP.pdf", 2, "Le lot n° 2 est réservé aux SIAE (article L2113-13)."),
                 "attributes": {}, "trace": []},
                {"category": "clause_environnementale", "kind": "dechets", "rule_id": "env.dechets",
                 "message": "Tri et valorisation des déchets de chantier exigés.",
                 "polarity": "present", "score": 0.71, "source": "model", "severity": "INFO",
                 "legal_basis": [], "decp_value": "Clause environnementale", "section": "8 Environnement",
                 "evidence": _ev("voirie-saint-exemple/CCAP.pdf", 7, "Le titulaire trie et valorise les déchets du chantier."),
                 "attributes": {}, "trace": []},
            ],
            "facts": {}, "timings": {"ingest": 0.01},
        },
        {
            "path": "voirie-saint-exemple/RC.pdf", "dossier": "voirie-saint-exemple", "format": "pdf",
            "doc_type": "RC", "doc_type_reason": "titre « Règlement de la consultation »", "title": "",
            "text_status": "ok", "status_message": "", "page_count": 6, "pages_without_text": [5],
            "considerations": dict(ALL_FALSE, critere_social=True, clause_sociale=True),
            "unknown_reasons": {}, "insertion_hours": None, "reservation_bases": [],
            "allotment": {"divided": True, "lot_count": 2}, "amounts": {"estimated_ht": None, "max_ht": None},
            "findings": [
                {"category": "critere_social", "kind": "critere_pondere", "rule_id": "critere.social",
                 "message": "Critère « performance en matière d'insertion » pondéré à 10 %.",
                 "polarity": "present", "score": 0.8, "source": "rule", "legal_basis": ["R2152-7"],
                 "evidence": _ev("voirie-saint-exemple/RC.pdf", 3, "Performance en matière d'insertion professionnelle : 10 %"),
                 "attributes": {"weight_percent": 10}, "trace": []},
            ],
        },
        {
            "path": "ecole-scan/CCTP.pdf", "dossier": "ecole-scan", "format": "pdf", "doc_type": "AUTRE",
            "text_status": "no_text_layer", "status_message": OCR_MESSAGE, "page_count": 3,
            "pages_without_text": [1, 2, 3], "considerations": dict(ALL_NONE),
            "unknown_reasons": {"clause_sociale": "aucun texte lisible"},
            "insertion_hours": None, "reservation_bases": [], "allotment": {"divided": None, "lot_count": None},
            "amounts": {"estimated_ht": None, "max_ht": None}, "findings": [],
        },
        {
            "path": HOSTILE_DOSSIER + "/AE.docx", "dossier": HOSTILE_DOSSIER, "format": "docx", "doc_type": "AE",
            "text_status": "ok", "status_message": "", "page_count": 1, "pages_without_text": [],
            "considerations": dict(ALL_FALSE), "unknown_reasons": {}, "insertion_hours": None,
            "reservation_bases": [], "allotment": {"divided": False, "lot_count": None},
            "amounts": {"estimated_ht": 35000, "max_ht": None}, "findings": [],
        },
    ],
    "tenders": [
        {
            "id": "voirie-saint-exemple", "path": "voirie-saint-exemple",
            "documents": ["voirie-saint-exemple/CCAP.pdf", "voirie-saint-exemple/RC.pdf"],
            "considerations": _FULL_CONS, "insertion_hours": 3000, "reservation_bases": ["L2113-13"],
            "allotment": {"divided": True, "lot_count": 2}, "amounts": {"estimated_ht": 450000.0, "max_ht": 900000},
            "decp": {"considerationsSociales": ["Clause sociale", "Critère social", "Marché réservé"],
                     "considerationsEnvironnementales": ["Clause environnementale"]},
            "facts": {
                "buyer": {"name": "buyer", "value": "Ville de Saint-Exemple <em>mairie</em>", "note": "", "evidence": []},
                "object": "Entretien de la voirie communale",
                "procedure": "appel_offres_ouvert",
                "publication_date": "2026-10-01",
                "deadline": "2026-12-15T12:00:00",
                "response_days": 75,
                "cpv": ["45233141"],
                "lots": [
                    {"number": 1, "title": "Chaussées", "estimated_ht": 420000.0, "max_ht": None, "reserved_bases": [], "cpv": [], "evidence": []},
                    {"number": 2, "title": "Petits travaux de propreté", "estimated_ht": 30000.0, "max_ht": None,
                     "reserved_bases": ["L2113-13"], "cpv": [], "evidence": []},
                ],
                "requirements": {"min_turnover": {"name": "min_turnover", "value": 900000, "note": "",
                                                  "evidence": [_ev("voirie-saint-exemple/RC.pdf", 2, "chiffre d'affaires minimal de 900 000 €")]}},
            },
            "accessibility": {
                "profiles": {
                    "tpe_pme_locale": _profile("TPE/PME locale", 62, [
                        {"id": "allotissement", "label": "Allotissement", "value": True, "weight": 0.3, "contribution": 30.0,
                         "status": "ok", "explanation": "Le marché est divisé en 2 lots.",
                         "evidence": [_ev("voirie-saint-exemple/RC.pdf", 1, "Le marché est décomposé en 2 lots.")]},
                        {"id": "ca_minimum", "label": "Chiffre d'affaires minimum", "value": 900000, "weight": 0.4,
                         "contribution": 12.0, "status": "ok", "explanation": "Le CA exigé dépasse 1,5 fois la valeur du lot.", "evidence": []},
                        {"id": "delai", "label": "Délai de réponse", "value": None, "weight": 0.3, "contribution": None,
                         "status": "donnees_insuffisantes", "explanation": "", "evidence": []},
                    ]),
                    "siae_ea_esat": _profile("SIAE/EA/ESAT", 81, [
                        {"id": "reserve", "label": "Lot réservé", "value": True, "weight": 0.5, "contribution": 50.0,
                         "status": "ok", "explanation": "Le lot 2 est réservé aux SIAE.", "evidence": []},
                    ]),
                },
                "lots": [
                    {"number": 2, "title": "Petits travaux de propreté", "profiles": {
                        "tpe_pme_locale": _profile("TPE/PME locale", 85, []),
                        "siae_ea_esat": _profile("SIAE/EA/ESAT", 90, [])}},
                ],
            },
            "flags": [
                {"id": "petit_lot", "label": "Petit lot", "severity": "info", "legal_basis": ["R2123-1"],
                 "message": "Le lot 2 (30 000 € HT) peut être passé en procédure adaptée : à signaler aux TPE et SIAE du territoire.",
                 "lot": 2, "amount_ht": 30000.0, "evidence": [_ev("voirie-saint-exemple/CCAP.pdf", 2, "Lot 2 : 30 000 € HT")]},
                {"id": "climat_critere_environnemental", "label": "Critère environnemental manquant",
                 "severity": "alert", "legal_basis": ["L2152-7"],
                 "message": "Ajouter au règlement de la consultation au moins un critère d'attribution environnemental (loi Climat et Résilience).",
                 "lot": None, "amount_ht": None, "evidence": []},
                {"id": "ca_minimum_excessif", "label": "Chiffre d'affaires minimum excessif", "severity": "warning",
                 "legal_basis": ["R2142-7"],
                 "message": "Ramener le chiffre d'affaires minimum exigé à 1,5 fois la valeur estimée du lot.",
                 "lot": 1, "amount_ht": None, "evidence": []},
            ],
        },
        {"id": "ecole-scan", "path": "ecole-scan", "documents": ["ecole-scan/CCTP.pdf"],
         "considerations": dict(ALL_NONE), "insertion_hours": None, "reservation_bases": []},
        {"id": HOSTILE_DOSSIER, "path": HOSTILE_DOSSIER, "documents": [HOSTILE_DOSSIER + "/AE.docx"],
         "considerations": dict(ALL_FALSE), "insertion_hours": None, "reservation_bases": [],
         "allotment": {"divided": False, "lot_count": None}, "amounts": {"estimated_ht": 35000, "max_ht": None},
         "facts": {"buyer": "Bailleur <img src=x onerror=alert(3)>", "object": None, "lots": []},
         "accessibility": {"profiles": {
             "tpe_pme_locale": _profile("TPE/PME locale", None, []),
             "siae_ea_esat": _profile("SIAE/EA/ESAT", None, [])}, "lots": []},
         "flags": [
             {"id": "opportunite_sans_publicite", "label": "Sous le seuil de dispense de publicité", "severity": "info",
              "legal_basis": ["R2122-8"], "message": "Marché de 35 000 € HT : l'acheteur peut consulter directement une TPE ou une SIAE locale.",
              "lot": None, "amount_ht": 35000, "evidence": []},
         ]},
    ],
    "summary": {"documents": 4, "ok": 3, "failed": 1, "by_status": {"ok": 3, "no_text_layer": 1}},
}


def fixture_scan() -> dict:
    return copy.deepcopy(_SCAN)
