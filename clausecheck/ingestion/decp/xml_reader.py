"""DECP published as XML (marches.xsd 1.x and schema_decp_v2.0.x.xsd), streamed, shaped like the JSON.

Each `<marche>` / `<contrat-concession>` becomes the dict its JSON twin would be, so the same
normalisation and JSON Schema apply. XML carries only text: the numbers, booleans ("oui"/"non",
"true"/"false") and lists the schemas define are typed here, silently, since that is no defect.
A record is read as v2 when it has a field only the 2022 format has (considerations, techniques…).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from lxml import etree

from clausecheck.ingestion.decp.model import RawRecord
from clausecheck.ingestion.decp.normalize import parse_bool

HOLDER_LISTS = {"titulaires": "titulaire", "concessionnaires": "concessionnaire", "modifications": "modification",
                "actesSousTraitance": "acteSousTraitance",
                "modificationsActesSousTraitance": "modificationActeSousTraitance", "donneesExecution": "donneesAnnuelles",
                "tarifs": "tarif"}
VALUE_LISTS = {"considerationsSociales": "considerationSociale",
               "considerationsEnvironnementales": "considerationEnvironnementale",
               "techniques": "technique", "modalitesExecution": "modaliteExecution", "typesPrix": "typePrix"}
V2_MARKERS = frozenset({"considerationsSociales", "considerationsEnvironnementales", "techniques", "modalitesExecution",
                        "typesPrix", "offresRecues", "ccag", "marcheInnovant", "attributionAvance",
                        "typeGroupementOperateurs", "sousTraitanceDeclaree"})
NUMBERS = frozenset({"montant", "dureeMois", "offresRecues", "tauxAvance", "origineUE", "origineFrance", "valeurGlobale",
                     "montantSubventionPublique", "depensesInvestissement", "tarif"})
BOOLEANS = frozenset({"attributionAvance", "marcheInnovant", "sousTraitanceDeclaree"})


def _local(tag: Any) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _scalar(name: str, text: str | None) -> Any:
    if text is None:
        return None
    text = text.strip()
    if name in NUMBERS:
        try:
            number = float(text)
            return int(number) if number.is_integer() and "." not in text else number
        except ValueError:
            return text
    if name in BOOLEANS:
        parsed = parse_bool(text)
        return text if parsed is None else parsed
    return text


def _convert(element, v2: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for child in element:
        name = _local(child.tag)
        if not name:
            continue
        if name in VALUE_LISTS:
            out[name] = {VALUE_LISTS[name]: [(c.text or "").strip() for c in child if _local(c.tag)]}
        elif name in HOLDER_LISTS:
            items = [_convert(c, v2) for c in child if _local(c.tag)]
            wrap = HOLDER_LISTS[name] if v2 and name in ("titulaires", "modifications", "actesSousTraitance",
                                                           "modificationsActesSousTraitance") else None
            out[name] = [{wrap: item} for item in items] if wrap else items
        elif len(child):
            out[name] = _convert(child, v2)
        else:
            out[name] = _scalar(name, child.text)
    return out


def iter_xml(stream: IO[bytes], member: str) -> Iterator[RawRecord]:
    position = 0
    parser = etree.iterparse(stream, events=("end",), huge_tree=True, resolve_entities=False, no_network=True,
                             remove_comments=True)
    for _, element in parser:
        name = _local(element.tag)
        if name not in ("marche", "contrat-concession"):
            continue
        parent = element.getparent()
        if parent is None or _local(parent.tag) != "marches":
            continue
        position += 1
        v2 = any(_local(c.tag) in V2_MARKERS for c in element)
        kind = "concession" if name == "contrat-concession" else "marche"
        data = _convert(element, v2)
        yield RawRecord(data=data, position=position, member=member, fmt="xml-v2" if v2 else "xml-v1", kind=kind)
        element.clear()
        while element.getprevious() is not None:
            del parent[0]
