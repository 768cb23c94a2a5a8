"""Normalise a raw DECP record before validation: fix what real files get wrong, say what was fixed.

"Normalise first, then validate": real files carry time zones on dates ("2018-12-17+01:00"),
amounts and durations as strings ("30000.00", "36"), typo years ("0218"), identifier types no
schema lists ("Siret", "", "TVA_INTRACOMMUNAUTAIRE"), dotted keys ("acheteur.id"), keys with a
trailing space ("nom "), upper-case natures ("ACCORD-CADRE"), joined consideration strings.
Each fix leaves an `Issue` (warning) on the record; nothing is changed silently. The record is
modified in place and keeps the shape of its version (v1 flat titulaires, v2 wrapped ones).
"""

from __future__ import annotations

import re
from typing import Any

from clausecheck.ingestion.decp.model import ENVIRONMENTAL_VALUES, SOCIAL_VALUES, Issue

_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_FR_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
DATE_FIELDS = ("dateNotification", "datePublicationDonnees", "dateSignature", "dateDebutExecution")
MOD_DATE_FIELDS = ("dateNotificationModification", "datePublicationDonneesModification", "dateSignatureModification")
INT_FIELDS = ("dureeMois", "offresRecues")
FLOAT_FIELDS = ("montant", "tauxAvance", "origineUE", "origineFrance", "valeurGlobale", "montantSubventionPublique")
BOOL_FIELDS = ("attributionAvance", "marcheInnovant", "sousTraitanceDeclaree")
PLACEHOLDERS = frozenset({"", "NC", "CDL", "MQ", "N/A", "NA", "null", "None", "nan", "test", "-"})
MAX_PLAUSIBLE_AMOUNT = 1e10  # 10 billion euros: above it an amount is a typing error (1e+17 occurs)

TYPE_IDENTIFIANT = {
    "siret": "SIRET", "tva": "TVA", "tva_intracommunautaire": "TVA", "tva intracommunautaire": "TVA",
    "tahiti": "TAHITI", "ridet": "RIDET", "frwf": "FRWF", "frw": "FRWF", "irep": "IREP", "ue": "UE",
    "hors-ue": "HORS-UE", "hors_ue": "HORS-UE", "hors ue": "HORS-UE",
}
NATURES = {
    "marche": "Marché", "marché": "Marché", "accord-cadre": "Accord-cadre", "accord cadre": "Accord-cadre",
    "marche subsequent": "Marché subséquent", "marché subséquent": "Marché subséquent",
    "marche de partenariat": "Marché de partenariat", "marché de partenariat": "Marché de partenariat",
    "marché de défense ou de sécurité": "Marché de défense ou de sécurité",
    "marche de defense ou de securite": "Marché de défense ou de sécurité",
}
PLACE_TYPES = {
    "code postal": "Code postal", "code commune": "Code commune", "code arrondissement": "Code arrondissement",
    "code canton": "Code canton", "code département": "Code département", "code departement": "Code département",
    "code région": "Code région", "code region": "Code région", "code pays": "Code pays",
}
_SOCIAL = {v.casefold(): v for v in SOCIAL_VALUES}
_ENVIRONMENTAL = {v.casefold(): v for v in ENVIRONMENTAL_VALUES}


class Fixes:
    """Collects the warnings of one record (code → French message, first message per code kept)."""

    __slots__ = ("issues",)

    def __init__(self) -> None:
        self.issues: dict[str, str] = {}

    def add(self, code: str, message: str) -> None:
        self.issues.setdefault(code, message)

    def as_issues(self) -> list[Issue]:
        return [Issue(code, message) for code, message in self.issues.items()]


# ----------------------------------------------------------------------------- scalars
def parse_date(value: Any, field: str, fixes: Fixes) -> str | None:
    """ISO date (YYYY-MM-DD) or None; time zones and times are cut, typo years fixed when unambiguous."""
    if value is None:
        return None
    text = str(value).strip()
    if text in PLACEHOLDERS:
        if text:
            fixes.add(f"date_illisible.{field}", f"{field} « {text} » n'est pas une date : lue comme absente")
        return None
    m = _DATE.match(text)
    if m:
        year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
        rest = text[m.end():]
        if rest:
            fixes.add("date_fuseau", f"{field} « {text} » : fuseau horaire ou heure retirés (date du jour gardée)")
    else:
        m = _FR_DATE.match(text)
        if not m:
            fixes.add(f"date_illisible.{field}", f"{field} « {text} » n'est pas une date : lue comme absente")
            return None
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        fixes.add("date_format_fr", f"{field} « {text} » au format JJ/MM/AAAA : convertie")
    y = int(year)
    if y < 1990 and year.startswith("02") and len(year) == 4:
        fixed = int(year[1] + year[0] + year[2:])  # "0218" → "2018": the first two digits swapped
        if 2000 <= fixed <= 2099:
            fixes.add("annee_corrigee", f"{field} « {text} » : année {year} corrigée en {fixed}")
            y = fixed
    if not (1990 <= y <= 2100) or not (1 <= month <= 12) or not (1 <= day <= 31):
        fixes.add(f"date_illisible.{field}", f"{field} « {text} » hors calendrier : lue comme absente")
        return None
    try:
        from datetime import date

        return date(y, month, day).isoformat()
    except ValueError:
        fixes.add(f"date_illisible.{field}", f"{field} « {text} » n'existe pas au calendrier : lue comme absente")
        return None


def parse_number(value: Any, field: str, fixes: Fixes) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    if text in PLACEHOLDERS:
        if text:
            fixes.add(f"nombre_illisible.{field}", f"{field} « {text} » n'est pas un nombre : lu comme absent")
        return None
    cleaned = text.replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace("€", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        number = float(cleaned)
    except ValueError:
        fixes.add(f"nombre_illisible.{field}", f"{field} « {text} » n'est pas un nombre : lu comme absent")
        return None
    fixes.add("nombre_en_texte", f"{field} donné en texte (« {text} ») : converti en nombre")
    return number


def _as_int(number: float | None, field: str, fixes: Fixes) -> int | float | None:
    if number is None:
        return None
    if number == int(number):
        return int(number)
    fixes.add(f"entier_attendu.{field}", f"{field} = {number} n'est pas un nombre entier")
    return number


def parse_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if value is None:
        return None
    text = str(value).strip().casefold()
    if text in ("oui", "true", "1", "vrai", "yes"):
        return True
    if text in ("non", "false", "0", "faux", "no"):
        return False
    return None


def split_values(value: Any) -> list[str] | None:
    """A consideration list as published: a list, a Python-list string "['A', 'B']", or "A, B"."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        out: list[str] = []
        for item in value:
            out.extend(split_values(item) or [])
        return out
    text = str(value).strip()
    if not text:
        return []
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    parts = [p.strip().strip("'\"").strip() for p in re.split(r"[,;|]", text)]
    return [p for p in parts if p]


# ----------------------------------------------------------------------------- structure
def _strip_keys(obj: dict, fixes: Fixes) -> dict:
    if " " not in "".join(map(str, obj)):  # DECP keys never hold a space: one C-level test
        return obj
    bad = next(k for k in obj if isinstance(k, str) and k != k.strip())
    fixes.add("cle_espace", f"clé avec des espaces (« {bad} ») : espaces retirés")
    return {(k.strip() if isinstance(k, str) else k): v for k, v in obj.items()}


def _clean_keys(record: dict, fixes: Fixes) -> dict:
    """Keys with surrounding spaces ("nom ") lose them: in the record and in its buyer and place."""
    record = _strip_keys(record, fixes)
    for key in ("acheteur", "autoriteConcedante", "lieuExecution"):
        if isinstance(record.get(key), dict):
            record[key] = _strip_keys(record[key], fixes)
    return record


def _nest_dotted(record: dict, fixes: Fixes) -> None:
    dotted = [k for k in record if isinstance(k, str) and "." in k]
    for key in dotted:
        head, tail = key.split(".", 1)
        value = record.pop(key)
        target = record.get(head)
        if not isinstance(target, dict):
            target = {}
            record[head] = target
        target.setdefault(tail, value)
        fixes.add("cle_pointee", f"clé « {key} » à plat : rangée dans « {head} »")


def _flatten_holders(items: Any) -> list[dict]:
    """Every holder dict of a titulaires value, whatever the nesting ([{…}], [{titulaire:{…}}], [[{…}]])."""
    out: list[dict] = []
    if isinstance(items, dict):
        inner = items.get("titulaire") or items.get("concessionnaire")
        if isinstance(inner, (dict, list)):
            return _flatten_holders(inner)
        return [items]
    if isinstance(items, list):
        for item in items:
            out.extend(_flatten_holders(item))
    return out


def _holder(holder: dict, fixes: Fixes) -> dict:
    holder = _strip_keys(holder, fixes)
    holder_id = holder.get("id")
    if isinstance(holder_id, (int, float)) and not isinstance(holder_id, bool):
        holder_id = str(int(holder_id))
    if isinstance(holder_id, str):
        compact = holder_id.replace(" ", "").replace("\xa0", "")
        if compact != holder_id and compact.isdigit():
            fixes.add("identifiant_espaces", f"identifiant de titulaire « {holder_id} » : espaces retirés")
            holder_id = compact
        holder["id"] = holder_id
    raw_type = holder.get("typeIdentifiant")
    if isinstance(raw_type, str):
        canonical = TYPE_IDENTIFIANT.get(raw_type.strip().casefold())
        if canonical is None and not raw_type.strip() and isinstance(holder_id, str) and len(holder_id) == 14 \
                and holder_id.isdigit():
            canonical = "SIRET"
        if canonical and canonical != raw_type:
            fixes.add("type_identifiant_corrige", f"typeIdentifiant « {raw_type} » lu comme « {canonical} »")
            holder["typeIdentifiant"] = canonical
    return holder


def _considerations(record: dict, outer: str, inner: str, allowed: dict[str, str], fixes: Fixes) -> None:
    if outer not in record:
        return
    value = record[outer]
    if isinstance(value, dict) and isinstance(value.get(inner), list) and all(
            isinstance(item, str) and item in allowed.values() for item in value[inner]) and value[inner] \
            and len(set(value[inner])) == len(value[inner]):
        return  # the usual case: already a list of listed values
    if isinstance(value, dict):
        values = split_values(value.get(inner))
        shaped = isinstance(value.get(inner), list)
    else:
        values = split_values(value)
        shaped = False
    if values is None:
        return
    canonical: list[str] = []
    for item in values:
        known = allowed.get(item.casefold())
        if known is None:
            fixes.add(f"valeur_hors_nomenclature.{outer}",
                      f"{outer} : « {item} » ne fait pas partie de la nomenclature (lu comme non renseigné)")
            continue
        if known not in canonical:
            canonical.append(known)
    if not shaped:
        fixes.add(f"liste_en_texte.{outer}", f"{outer} donné sous forme de texte : lu comme une liste")
    record[outer] = {inner: canonical} if canonical else {inner: []}


def _numbers(obj: dict, fixes: Fixes) -> None:
    for field in FLOAT_FIELDS:
        if (field in obj and not isinstance(obj[field], (int, float))) or (field in obj and isinstance(obj[field], bool)):
            obj[field] = parse_number(obj[field], field, fixes)
    for field in INT_FIELDS:
        if field in obj and not isinstance(obj[field], int):
            obj[field] = _as_int(parse_number(obj[field], field, fixes), field, fixes)
    if "montant" in obj and isinstance(obj["montant"], (int, float)):
        amount = obj["montant"]
        if amount <= 0:
            fixes.add("montant_nul", f"montant = {amount:g} : lu comme non renseigné")
        elif amount > MAX_PLAUSIBLE_AMOUNT:
            fixes.add("montant_invraisemblable", f"montant = {amount:g} € (au-delà de 10 milliards) : lu comme non renseigné")


def normalise(record: Any, version: str, kind: str = "marche") -> tuple[Any, list[Issue]]:
    """The record with its fixes applied (same object when possible) and the warnings they left."""
    fixes = Fixes()
    if not isinstance(record, dict):
        return record, []
    record = _clean_keys(record, fixes)
    _nest_dotted(record, fixes)
    for key in ("id", "uid"):
        if isinstance(record.get(key), (int, float)) and not isinstance(record.get(key), bool):
            record[key] = str(int(record[key]))
            fixes.add("identifiant_nombre", f"{key} donné comme nombre : lu comme texte")
    buyer_key = "autoriteConcedante" if kind == "concession" else "acheteur"
    buyer = record.get(buyer_key)
    if isinstance(buyer, dict):
        siret = buyer.get("id")
        if isinstance(siret, (int, float)) and not isinstance(siret, bool):
            siret = f"{int(siret):014d}"
            fixes.add("siret_nombre", "SIRET de l'acheteur donné comme nombre : lu comme texte")
        if isinstance(siret, str):
            compact = re.sub(r"[\s\xa0.]", "", siret)
            if compact != siret:
                fixes.add("siret_espaces", f"SIRET de l'acheteur « {siret} » : espaces retirés")
            buyer["id"] = compact
    cpv = record.get("codeCPV")
    if isinstance(cpv, (int, float)) and not isinstance(cpv, bool):
        cpv = str(int(cpv))
    if isinstance(cpv, str):
        cpv = cpv.strip()
        if re.fullmatch(r"\d{7}(-\d)?", cpv):
            fixes.add("cpv_zero_perdu", f"codeCPV « {cpv} » : zéro initial rétabli")
            cpv = "0" + cpv
        record["codeCPV"] = cpv
    for field in DATE_FIELDS:
        if field in record:
            record[field] = parse_date(record[field], field, fixes)
            if record[field] is None:
                del record[field]
    _numbers(record, fixes)
    for field in BOOL_FIELDS:
        if field in record and not isinstance(record[field], bool):
            parsed = parse_bool(record[field])
            if parsed is None:
                fixes.add(f"booleen_illisible.{field}", f"{field} « {record[field]} » n'est ni oui ni non : lu comme absent")
                del record[field]
            else:
                record[field] = parsed
    nature = record.get("nature")
    if isinstance(nature, str):
        canonical = NATURES.get(nature.strip().casefold())
        if canonical and canonical != nature:
            fixes.add("nature_corrigee", f"nature « {nature} » lue comme « {canonical} »")
            record["nature"] = canonical
    place = record.get("lieuExecution")
    if isinstance(place, dict):
        place_type = place.get("typeCode")
        if isinstance(place_type, str):
            canonical = PLACE_TYPES.get(place_type.strip().casefold())
            if canonical and canonical != place_type:
                fixes.add("type_code_lieu_corrige", f"typeCode « {place_type} » lu comme « {canonical} »")
                place["typeCode"] = canonical
        if isinstance(place.get("code"), (int, float)):
            place["code"] = str(place["code"])
    holder_key = "concessionnaires" if kind == "concession" else "titulaires"
    if holder_key in record:
        holders = [_holder(h, fixes) for h in _flatten_holders(record[holder_key])]
        wrapped = version.startswith("2") and kind == "marche"
        if wrapped:
            record[holder_key] = [{"titulaire": h} for h in holders]
        else:
            record[holder_key] = holders
    _considerations(record, "considerationsSociales", "considerationSociale", _SOCIAL, fixes)
    _considerations(record, "considerationsEnvironnementales", "considerationEnvironnementale", _ENVIRONMENTAL, fixes)
    modifications = record.get("modifications")
    if isinstance(modifications, list):
        for item in modifications:
            mod = item.get("modification", item) if isinstance(item, dict) else None
            if not isinstance(mod, dict):
                continue
            for field in MOD_DATE_FIELDS:
                if field in mod:
                    mod[field] = parse_date(mod[field], field, fixes)
                    if mod[field] is None:
                        del mod[field]
            _numbers(mod, fixes)
            if "titulaires" in mod:
                holders = [_holder(h, fixes) for h in _flatten_holders(mod["titulaires"])]
                mod["titulaires"] = [{"titulaire": h} for h in holders] if version.startswith("2") else holders
    return record, fixes.as_issues()
