"""The output schema, written from the result types themselves (docs/output-schema.md and
docs/output-schema.json): one table per object, its fields, their JSON type and description.

`python -m clausecheck.outputs.schema_doc` rewrites both files; a test fails when they are not
what the types say, so the documentation cannot drift from the code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from clausecheck.outputs.json_output import json_schema
from clausecheck.results import ScanResult

INTRO = """# Format du résultat d'analyse (`clausecheck scan … --json SORTIE`)

<!-- généré par `python -m clausecheck.outputs.schema_doc` à partir de clausecheck/results.py : ne pas modifier à la main -->

Le même format sert à la ligne de commande, à l'API (champ `result` d'une analyse) et au rapport :
un seul sérialiseur (`clausecheck/outputs/json_output.py`) l'écrit à partir des types de
`clausecheck/results.py`, dont ce document est tiré. Le schéma JSON complet est dans
[`output-schema.json`](output-schema.json).

**Le contrat évalué.** Pour chaque document, les clés `path`, `considerations`, `insertion_hours`,
`reservation_bases`, `allotment` (`divided`, `lot_count`) et `amounts` (`estimated_ht`, `max_ht`)
gardent toujours ce sens :

- `considerations` : une valeur par catégorie (`clause_sociale`, `clause_insertion`, `critere_social`,
  `marche_reserve`, `clause_environnementale`, `critere_environnemental`) : `true` présent, `false`
  absent, `null` inconnu (texte illisible : jamais « absent ») ;
- `insertion_hours` : heures d'insertion déclarées (somme sur les lots), ou `null` ;
- `reservation_bases` : fondements de réservation parmi `L2113-12`, `L2113-13`, `L2113-13-1`, `L2113-15` ;
- `allotment.divided` : `true` alloti (ou un lot d'un marché alloti), `false` non alloti, `null` non dit ;
  `allotment.lot_count` : nombre de lots ;
- `amounts.estimated_ht` / `amounts.max_ht` : valeur estimée totale et montant maximum total (toutes
  périodes) hors taxes, en euros.

Tout le reste est ajouté par le moteur : preuves (document, page, position, citation), traces de
décision, faits extraits, dossiers évalués, scores et signalements.

**Pages numérisées (OCR, [`ocr.md`](ocr.md)).** Les clés du contrat gardent leur sens. Un document dont
une partie au moins du texte a été lue par reconnaissance de caractères a `text_status` = `ocr` : il
est lisible et analysé comme `ok` (il compte dans `summary.ok`). Une page sans couche texte que l'OCR
n'a pas lue (OCR absente, désactivée, plafond atteint), ou lue avec une confiance sous le seuil,
figure dans `pages_without_text` : une catégorie non trouvée vaut alors `null` (« inconnu ») et
`unknown_reasons` dit pourquoi, jamais `false`. Une preuve prise sur une page lue par OCR porte
`text_source: "ocr"` et `ocr_confidence` ; l'objet `ocr` du document dit ce que l'OCR a fait.
"""


def _type(prop: dict[str, Any]) -> str:
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in prop:
        parts = [_type(p) for p in prop["anyOf"]]
        return " ou ".join(dict.fromkeys(parts))
    kind = prop.get("type")
    if kind == "array":
        return f"liste de {_type(prop.get('items') or {})}"
    if kind == "object":
        values = prop.get("additionalProperties")
        return f"objet (valeurs : {_type(values)})" if isinstance(values, dict) and values else "objet"
    return {"string": "texte", "integer": "entier", "number": "nombre", "boolean": "booléen", "null": "null"}.get(
        str(kind), "valeur JSON")


def render_markdown() -> str:
    schema = json_schema(ScanResult)
    definitions = dict(schema.get("$defs") or {})
    definitions["ScanResult"] = {k: v for k, v in schema.items() if k != "$defs"}
    order = ["ScanResult", *sorted(name for name in definitions if name != "ScanResult")]
    lines = [INTRO]
    for name in order:
        definition = definitions[name]
        lines += [f"## {name}", ""]
        if definition.get("description"):
            lines += [" ".join(definition["description"].split()), ""]
        lines += ["| Champ | Type | Description |", "|---|---|---|"]
        for field_name, prop in (definition.get("properties") or {}).items():
            description = " ".join(str(prop.get("description") or "").split())
            lines.append(f"| `{field_name}` | {_type(prop)} | {description} |")
        lines.append("")
    return "\n".join(lines)


def write(docs: Path) -> None:
    (docs / "output-schema.md").write_text(render_markdown(), encoding="utf-8")
    (docs / "output-schema.json").write_text(
        json.dumps(json_schema(ScanResult), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs"))
