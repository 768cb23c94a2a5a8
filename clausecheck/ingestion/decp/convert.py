"""A normalised, validated DECP record → a typed `Contract` (the only shape the store and indicators see).

Choices made here, documented in docs/bilan.md:
- category (travaux / fournitures / services): the export's own `type` column when it has one,
  otherwise the CPV division (45 works; 03–44 and 48 supplies; 50–98 services);
- `amount_initial` is the published `montant`; `amount_current` the amount of the last
  modification that gives one (same for the duration); indicators use the initial values;
- an amount ≤ 0 or above 10 billion euros is "non renseigné" (the record keeps its warning);
- considerations: the enumerated values only; a record whose format has no such field, or whose
  values are all outside the list, is "non renseigné" (None), never "no consideration".
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache
from typing import Any

from clausecheck.ingestion.decp.model import Contract, Holder, Issue, RawRecord
from clausecheck.ingestion.decp.normalize import MAX_PLAUSIBLE_AMOUNT

PROCEDURE_GROUPS: tuple[str, ...] = (
    "Procédure adaptée",
    "Appel d'offres ouvert",
    "Appel d'offres restreint",
    "Procédure avec négociation",
    "Marché passé sans publicité ni mise en concurrence préalable",
    "Dialogue compétitif",
    "Autre procédure",
)
_TYPES = {"travaux": "travaux", "fournitures": "fournitures", "services": "services", "fourniture": "fournitures",
          "service": "services"}
_DEPARTMENT = re.compile(r"^(?:\d{2}|2[AB]|97[1-6])$")


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=4096)
def procedure_group(label: str | None) -> str | None:
    if not label:
        return None
    t = re.sub(r"[\s'’`]+", " ", fold(label))  # "Appel d’offres", "Appel d offres" (Croix), "Appel d'offres"
    if "sans publicite" in t:
        return PROCEDURE_GROUPS[4]
    if "adaptee" in t:
        return PROCEDURE_GROUPS[0]
    if "appel d offres" in t:
        return PROCEDURE_GROUPS[2] if "restreint" in t else PROCEDURE_GROUPS[1]
    if "negoci" in t and "non negoci" not in t:  # "Procédure non négociée ouverte" (concessions) is not one
        return PROCEDURE_GROUPS[3]
    if "dialogue" in t:
        return PROCEDURE_GROUPS[5]
    return PROCEDURE_GROUPS[6]


def category_from_cpv(cpv: str | None) -> str | None:
    if not cpv or not cpv[:2].isdigit():
        return None
    division = int(cpv[:2])
    if division == 45:
        return "travaux"
    if 3 <= division <= 44 or division == 48:
        return "fournitures"
    if 50 <= division <= 98:
        return "services"
    return None


@lru_cache(maxsize=200_000)
def department_of_place(code: Any, type_code: Any) -> str | None:
    """The département of a place of execution, when its code says it (postal, INSEE, département)."""
    if not isinstance(code, str):
        return None
    code = code.strip().upper()
    kind = fold(type_code) if isinstance(type_code, str) else ""
    if "region" in kind or "pays" in kind:
        return None
    if "departement" in kind:
        candidate = code.zfill(2) if code.isdigit() and len(code) == 1 else code
    elif re.fullmatch(r"\d{5}|2[AB]\d{3}", code) or (("arrondissement" in kind or "canton" in kind) and len(code) >= 3):
        candidate = code[:3] if code.startswith("97") else code[:2]
    else:
        return None
    if candidate == "20":  # a Corsican postal code does not say which of 2A / 2B
        return None
    return candidate if _DEPARTMENT.match(candidate) else None


def _amount(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if 0 < value <= MAX_PLAUSIBLE_AMOUNT else None


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        return None
    return int(value)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _values(record: dict, outer: str, inner: str) -> tuple[str, ...] | None:
    value = record.get(outer)
    if not isinstance(value, dict):
        return None
    items = value.get(inner)
    if not isinstance(items, list) or not items:
        return None
    return tuple(items)


def _holders(items: Any, departments: list[str | None] | None) -> tuple[Holder, ...]:
    out: list[Holder] = []
    seen: set[str | None] = set()
    for i, item in enumerate(items if isinstance(items, list) else []):
        holder = item.get("titulaire", item) if isinstance(item, dict) else None
        if not isinstance(holder, dict):
            continue
        holder_id = _text(holder.get("id"))
        if holder_id in seen and holder_id is not None:
            continue
        seen.add(holder_id)
        department = departments[i] if departments and i < len(departments) else None
        out.append(Holder(id=holder_id, id_type=_text(holder.get("typeIdentifiant")),
                          name=_text(holder.get("denominationSociale")), department=_text(department)))
    return tuple(out)


def _modifications(record: dict) -> list[dict]:
    items = record.get("modifications")
    out = []
    for item in items if isinstance(items, list) else []:
        mod = item.get("modification", item) if isinstance(item, dict) else None
        if isinstance(mod, dict):
            out.append(mod)
    out.sort(key=lambda m: str(m.get("dateNotificationModification") or m.get("datePublicationDonneesModification") or ""))
    return out


def to_contract(record: dict, raw: RawRecord, version: str, warnings: list[Issue]) -> Contract | str:
    """The typed contract, or the code of the reason it cannot be one (checked again after the schema)."""
    concession = raw.kind == "concession"
    buyer = record.get("autoriteConcedante" if concession else "acheteur")
    siret = buyer.get("id") if isinstance(buyer, dict) else None
    if not isinstance(siret, str) or not re.fullmatch(r"\d{14}", siret):
        return "acheteur_siret_invalide"
    decp_id = _text(record.get("id"))
    notified_text = record.get("dateSignature" if concession else "dateNotification")
    if not isinstance(notified_text, str):
        return "date_notification_absente"
    notified = date.fromisoformat(notified_text)
    published = record.get("datePublicationDonnees")
    cpv_raw = _text(record.get("codeCPV"))
    cpv = cpv_raw[:8] if cpv_raw and cpv_raw[:8].isdigit() and len(cpv_raw) >= 8 else None
    place = record.get("lieuExecution")
    if not isinstance(place, dict):
        place = {}
    amount = _amount(record.get("valeurGlobale" if concession else "montant"))
    duration = _int(record.get("dureeMois"))
    amount_current, duration_current = amount, duration
    modifications = _modifications(record)
    for mod in modifications:
        if _amount(mod.get("montant") if not concession else mod.get("valeurGlobale")) is not None:
            amount_current = _amount(mod.get("montant") if not concession else mod.get("valeurGlobale"))
        if _int(mod.get("dureeMois")) is not None:
            duration_current = _int(mod.get("dureeMois"))
    offers = _int(record.get("offresRecues"))
    explicit_type = _TYPES.get(fold(str(raw.extra.get("type") or "")))
    procedure = _text(record.get("procedure"))
    return Contract(
        origin="decp", member=raw.member, position=raw.position, fmt=raw.fmt, schema_version=version,
        kind="concession" if concession else "marche",
        decp_id=decp_id, uid=_text(record.get("uid")) or (f"{siret}{decp_id}" if decp_id else None), source=_text(record.get("source")),
        buyer_siret=siret, buyer_name=_text(buyer.get("nom")) if isinstance(buyer, dict) else None,
        buyer_department=_text(raw.extra.get("buyer_department")),
        nature=_text(record.get("nature")), category=explicit_type or category_from_cpv(cpv), cpv=cpv,
        procedure=procedure, procedure_group=procedure_group(procedure), object=_text(record.get("objet")),
        place_code=_text(place.get("code")), place_type=_text(place.get("typeCode")),
        place_department=department_of_place(*(v if isinstance(v, str) else None
                                                 for v in (place.get("code"), place.get("typeCode")))),
        notified=notified, published=date.fromisoformat(published) if isinstance(published, str) else None,
        amount_initial=amount, amount_current=amount_current,
        duration_initial=duration, duration_current=duration_current, modifications=len(modifications),
        offers=offers if offers is not None and offers >= 1 else None,
        social=_values(record, "considerationsSociales", "considerationSociale"),
        environmental=_values(record, "considerationsEnvironnementales", "considerationEnvironnementale"),
        holders=_holders(record.get("concessionnaires" if concession else "titulaires"),
                         raw.extra.get("holder_departments")),
        warnings=tuple(warnings),
    )
