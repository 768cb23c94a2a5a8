"""The pieces every result type is written with: field descriptions and the shared value types.

The result types themselves are in results_document.py, results_facts.py, results_tender.py and
results.py (which gathers them all: `from clausecheck.results import X`).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, PlainSerializer

from clausecheck.model import is_none


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
