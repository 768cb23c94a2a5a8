"""The role of a passage: what it does in the document (object, selection, award criteria,
execution conditions, reservation, price schedule, blank form, other), read from structure first.

See rules/roles.yml for the vocabulary and the order in which the signs are trusted: the
structured-notice field that holds the passage, strong signs in the passage itself, the label or
section heading above it, weak signs in the passage, the type of the piece.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from clausecheck.detection import weights
from clausecheck.detection.line_shapes import LABEL_MAX, LIST_ITEM, is_heading, wrapped
from clausecheck.detection.role_config import ROLES, UNKNOWN, RoleConfig, RoleReading, first_sign, load_roles
from clausecheck.detection.sentence_links import NOT_KEPT_BY_PRONOUN, POINTS_BACK, THIS_PART
from clausecheck.model import Document
from clausecheck.patterns import CURRENT_CONTRACT, NUMERO_FOLDED, REMOVED_FOLDED
from clausecheck.text import fold, is_running_line, lines_above

__all__ = ["ROLES", "UNKNOWN", "RoleConfig", "RoleReader", "RoleReading", "cover_end", "load_roles"]

LABEL_PART_MAX = 80  # the label before « : » on a line (« Conditions particulières d'exécution : … »)
# an item's title run on its line into its body after a dash: « 6.5 Emploi des travailleurs handicapés - Le titulaire … »
_TITLE_DASH = re.compile(r"\s*[-–]\s")
SHORT_TITLE = 80
# the answer of a questions-and-answers register (folded text): « Réponse : … », « Réponse n° 7 : … », « Answer: … »
_ANSWER_LABEL = re.compile(r"\s*(?:r[ée]ponses?|answer)\b[^:\n]{0,20}:")
_QUESTION_LABEL = re.compile(r"\s*(?:questions?|q)\s*(?:" + NUMERO_FOLDED + r"\s*)?\d*\s*[:.)-]")
# a line's label ends at « : », or else at a dash between spaces (« Sous-critère 2.5 (5 pts) – Part du montant… »)
_LABEL_DASH = re.compile(r" - ")
SHORT_LINE = 160  # a line that may belong to the list above it
PROSE_LINE = 240  # a line this long is a paragraph of its own
LOOK_BACK_LINES = 14  # how far above a passage its label may stand (a list of criteria, a page break)
PASSAGE_MAX = 500
LIST_INTRO_WORDS = 8  # a sentence that opens a list, not a label
# A description field or section states the object in its first sentence; later sentences are
# read on their own signs (the decision then sets aside what repeats the object's own topic).
OBJECT_SLACK = 5


# A sentence ends at . ; ! ? before a space or a capital, or where an inline list item starts; not at the
# dot of an abbreviation before its number (« article L. 2113-13 », « art. 15 », « cf. 4.2 »)
_SENTENCE_END = re.compile(r"(?:(?<!\b[A-Za-z])(?<!\bart)(?<!\bArt)(?<!\bcf)\.|(?<=\b[A-Za-z])\.(?!\s\d)|[;!?])"
                           r"(?=\s|[A-ZÀ-ÖØ-Þ«\"*(])"
                           r"|\s[-*•–]\s|\*\s?(?=[A-ZÀ-ÖØ-Þ])")
_CURRENT_CONTRACT = re.compile(CURRENT_CONTRACT)
# a running header or footer left in a passage: « CH Sud – RC – 5/8 », « Page 3 sur 12 »


def _answered(line: str) -> bool:
    """A field answered on its own line: « Reserved contract: no. », « Weight (percentage, exact): 30 »."""
    return ":" in line and bool(line.split(":", 1)[1].strip(" .;\t"))


def _price_criterion_row(role: str, line: str) -> bool:
    """A price schedule weighs nothing: a weighted line that names one is the price criterion's row of a criteria table,
    which heads nothing (« Prix (bordereau de prix unitaires appliqué au panier-type) 50 % » above « Performance
    environnementale des livraisons … 20 % », « Prix (sur la base du détail quantitatif estimatif) : 40 % ; … »)."""
    return role == "price_schedule" and (weights.WEIGHT.search(line) is not None or weights.WEIGHT_CELL.search(line) is not None)


def _sentence_ends(text: str, lo: int, hi: int) -> list[int]:
    """Where sentences end between lo and hi. The end sign may be read with the character after it
    (« …TOULON.Nombre d'heures » : the capital that starts the next sentence)."""
    return [m.end() for m in _SENTENCE_END.finditer(text, lo, hi)]


# a field of a notice rendered as a line: TED's « AC Award criteria 2 - … », « DI Legal basis … »,
# or a label with its value (« Date limite : 12/03/2026 »)
_FIELD_LINE = re.compile(r"^\s*(?:[A-Z]{2} [A-Z][a-z]|[^:\n]{2,60} ?: ?\S)")
# the fields of one item in an eForms notice rendered as text, under its « Critère : » / « Criterion: » line
# between a match and an « optional » marker: the marker qualifies another clause of the sentence
_OTHER_CLAUSE = re.compile(r"\bsoit\b|;")
# what a correction takes away before a colon or a semicolon ends there: the clause after states on its own (a
# negation may go on over it: « … ne sont pas des exigences minimales : ils sont appréciés au titre du critère … »)
_CLAUSE_BREAK = re.compile(r"[;:]")
_REMOVAL = re.compile(REMOVED_FOLDED)
_OWN_FIELD_LABEL = re.compile(r"[ \t]*[^\W\d][^:\n]{1,50}:[ \t]*\S")
_BARE_ITEM_LABEL = re.compile(r"\s*(?:crit[eè]re|criterion)\s*$")
_ITEM_FIELD = re.compile(r"^\s*(?:type|nom|name|description|weight|ponderation|categorie du critere|nombre du critere)"
                         r"\b[^:\n]{0,50}:")
COVER_PIECES = frozenset({"CCTP", "CCAP", "RC", "AE"})
COVER_MAX = 600


def cover_end(doc: Document) -> int:
    """Where a piece's cover ends — its title block, before its first section, which names what the contract buys;
    0 for a piece without one."""
    if doc.doc_type not in COVER_PIECES or not doc.sections:
        return 0
    return min(doc.sections[0].start, COVER_MAX)


class RoleReader:
    """Reads the role of passages of one document; results are cached per line."""

    def __init__(self, doc: Document, config: RoleConfig | None = None) -> None:
        self.doc = doc
        self.folded = doc.folded
        self.config = config or load_roles()
        self._cache: dict[tuple[int, int, int], RoleReading] = {}  # (passage, sentence start, end)
        self._field_starts = sorted((f.offset, f.offset + max(len(f.text), 1), f.path) for f in doc.fields)
        self._signs: dict[tuple[str, str], tuple[str, str] | None] = {}  # the look-back reads the same lines again
        self._hour_shares: set[str] | None = None  # the percentages the text states as shares of the working hours
        self._lines: dict[tuple[int, int], tuple[int, int]] = {}
        self._ends: dict[tuple[int, int], list[int]] = {}  # sentence ends of a line, read once for all its words

    def _sign(self, kind: str, text: str) -> tuple[str, str] | None:
        """`first_sign` over the config's `kind` signs (strong, weak, headings, topic_headings), once per text."""
        key = (kind, text)
        if key not in self._signs:
            found = first_sign(getattr(self.config, kind), text)
            if found is not None and found[0] == "criteria" and self._a_share_stated(found[1]):
                found = None  # « Heures d'insertion (7 %) » heads a column of « 7 % des heures de main-d'œuvre »
            self._signs[key] = found
        return self._signs[key]

    def declared(self, reading: RoleReading, start: int, end: int) -> bool:
        """Whether the role of the passage holding [start, end) was said in so many words: by a notice's field, a sign in
        the sentence, or a label or list introduction that states it as a sign would (« Le titulaire prend les
        engagements suivants, qui constituent des conditions d'exécution … : » above its items), not only named by a
        heading's topic."""
        if reading.source in ("champ", "indice"):
            return True
        if reading.source != "intitulé":
            return False
        heading = self._heading(self.passage(start, end)[0])
        if heading is None or heading[0] != reading.role:
            return False
        # (a sentence that opens a list, wrapped over lines maybe, not a title or a notice's label: « III.2.2)
        # Conditions particulières d'exécution: » names the part, whatever its text then says — the object restated)
        at = max(heading[2] - 2, 0)
        intro = self.folded[slice(*self.sentence(at, at + 1))]
        if not intro.rstrip().endswith(":") or len(intro.split()) < LIST_INTRO_WORDS:
            return False
        said = self._sign("strong", intro)
        return said is not None and said[0] == reading.role

    def _a_share_stated(self, sign: str) -> bool:
        """Is the sign a bare percentage that the document states elsewhere as a share of the working hours (« 7 % des
        heures de main-d'œuvre »): a share, not a weight?"""
        bare = weights.BARE_PERCENT.fullmatch(sign.strip())
        if bare is None:
            return False
        if self._hour_shares is None:  # (read once per document)
            self._hour_shares = {m.group(1) for m in weights.HOURS_SHARE.finditer(self.folded)}
        return bare.group(1) in self._hour_shares

    def _line(self, start: int, end: int) -> tuple[int, int]:
        """The line around [start, end), with the lines the page layout wrapped the same sentence
        over: a line that ends without a sentence's end, followed by one that starts in lower case
        (« … sont réalisées\nau moyen de véhicules électriques »)."""
        folded = self.folded
        lo = folded.rfind("\n", 0, start) + 1
        hi = folded.find("\n", end)
        hi = len(folded) if hi < 0 else hi
        key = (lo, hi)  # what follows depends on the lines alone: every word of a line asks the same
        if key not in self._lines:
            self._lines[key] = self._wrapped_lines(lo, hi)
        return self._lines[key]

    def _last_cut(self, lo: int, hi: int, start: int) -> int | None:
        """The last sentence end of the line [lo, hi) at or before `start`."""
        ends = self._ends.get((lo, hi))
        if ends is None:
            ends = self._ends[(lo, hi)] = _sentence_ends(self.doc.text, lo, min(len(self.doc.text), hi + 1))
        at = bisect_right(ends, start)
        return ends[at - 1] if at else None

    def _wrapped_lines(self, lo: int, hi: int) -> tuple[int, int]:
        folded, text = self.folded, self.doc.text
        while lo > 0 and hi - lo < PASSAGE_MAX:
            prev = folded.rfind("\n", 0, lo - 1) + 1
            if not wrapped(text[prev:lo - 1], text[lo:hi]) or is_running_line(folded[prev:lo - 1]):
                break
            lo = prev
        while hi < len(folded) and hi - lo < PASSAGE_MAX:
            nxt = folded.find("\n", hi + 1)
            nxt = len(folded) if nxt < 0 else nxt
            if not wrapped(text[lo:hi], text[hi + 1:nxt]) or is_running_line(folded[hi + 1:nxt]):
                break
            hi = nxt
        return lo, hi

    def passage(self, start: int, end: int) -> tuple[int, int]:
        """The line around [start, end) (with the lines its sentence is wrapped over), cut to its
        sentence when it is long (a notice's paragraph often runs its sentences together:
        « …électronique.Cette consultation… »)."""
        text = self.doc.text
        lo, hi = self._line(start, end)
        if hi - lo > PASSAGE_MAX:
            cut = self._last_cut(lo, hi, start)
            lo = cut if cut is not None else max(lo, start - PASSAGE_MAX // 2)
            after = _SENTENCE_END.search(text, end, hi)
            hi = after.start() + 1 if after else min(hi, end + PASSAGE_MAX // 2)
        return lo, hi

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around [start, end) (never beyond its line and the lines it is wrapped over)."""
        text = self.doc.text
        line_start, line_end = self._line(start, end)
        cut = self._last_cut(line_start, line_end, start)
        lo = cut if cut is not None else line_start
        after = _SENTENCE_END.search(text, end, line_end)
        return lo, (after.start() + 1 if after else line_end)

    def denial(self, start: int, end: int) -> str | None:
        """Why the sentence holding [start, end) does not commit to what it names: it denies it
        (« ne comporte pas de clause… », « … ? Non ») or makes it optional (« s'il le souhaite »)."""
        lo, hi = self.sentence(start, end)
        sentence = self.folded[lo:hi]
        # the next sentence may deny this one by pointing back at it: « L'entreprise indique … être une entreprise
        # d'insertion. Cette information … n'a pas été prise en compte dans l'analyse. », « … a envisagé un critère relatif
        # à l'insertion professionnelle. Compte tenu du …, ces critères n'ont finalement pas été retenus. »
        after = self.sentence(hi + 1, hi + 2) if hi + 1 < len(self.folded) else None
        if after is not None and (kept := NOT_KEPT_BY_PRONOUN.match(self.folded, after[0], after[1])) is not None:
            return f"phrase suivante qui le nie : « {' '.join(self.doc.text[kept.start():kept.end()].split())} »"
        # an item's title, its body after a dash: the body's reminder of the law is the item's (« 6.5 Emploi des
        # travailleurs handicapés - Le titulaire déclare satisfaire à l'obligation … L.5212-1 à L.5212-11 … »)
        if after is not None and len(sentence) <= SHORT_TITLE and _TITLE_DASH.match(self.folded, hi) \
                and (quote := self._denied_in({"legal_reminder"}, *after)) is not None:
            return f"rappel d'une obligation légale du titulaire : « {quote[:80]} »"
        if after is not None and POINTS_BACK.search(self.folded[after[0]:after[1]]) \
                and (quote := self._denied_in({"denied"}, *after)) is not None:
            return f"phrase suivante qui le nie : « {quote} »"
        for kind, pattern in self.config.denials:
            match = pattern.search(sentence)
            if match and kind == "past" and _CURRENT_CONTRACT.search(sentence):
                continue  # « Contrairement au marché précédent, le présent marché comporte… »
            if match and kind == "denied" and lo + match.end() <= start and _REMOVAL.fullmatch(match.group(0)) \
                    and _CLAUSE_BREAK.search(sentence, match.end(), start - lo):
                continue  # « Les 105 heures … du lot 08 sont supprimées : le volume total … est désormais de 2 030 heures »
            if match and kind == "not_scored" and self.role_at(start, end).role == "execution":
                continue  # what the holder is bound to, said not scored as a criterion, still binds it
            # « … fixé à 1 200 heures …, soit 300 heures par an à titre indicatif »: what is optional is the
            # restatement after « soit » or a semicolon, not the commitment
            if match and kind == "optional" and _OTHER_CLAUSE.search(
                    sentence, min(end - lo, match.start()), max(start - lo, match.start())):
                continue
            if match:
                what = {"denied": "phrase qui le nie", "optional": "phrase qui le rend facultatif",
                        "past": "phrase sur un marché précédent",
                        "buyer_programme": "phrase sur l'ensemble des marchés de l'acheteur",
                        "question": "question, qui n'affirme rien",
                        "not_scored": "partie dite non notée",
                        "legal_reminder": "rappel d'une obligation légale du titulaire"}.get(kind, kind)
                return f"{what} : « {' '.join(self.doc.text[lo + match.start():lo + match.end()].split())} »"
        return self._under_unscored_heading(start, end)

    def _under_unscored_heading(self, start: int, end: int) -> str | None:
        """A criterion by its heading only, whose heading says the part is not scored (« Partie 4 – Démarche
        environnementale (pour information, non notée) », « Les rubriques suivantes sont demandées pour information ;
        elles ne sont pas notées. » above a table's rows): what the part asks counts in no judging."""
        reading = self.role_at(start, end)
        if reading.role != "criteria" or reading.source != "intitulé":
            return None
        lo = self.passage(start, end)[0]
        heading = self._heading(lo)
        if heading is None or heading[0] != "criteria":
            return None
        line_start = self.folded.rfind("\n", 0, max(heading[2] - 1, 0)) + 1
        line_end = self.folded.find("\n", line_start)
        quote = self._denied_in({"not_scored"}, line_start, line_end if line_end >= 0 else len(self.folded))
        # (or a part's title between that heading and the passage, which the section tree did not take for one:
        # « Partie B - Informations complémentaires (non notées) » below « A.3 Qualité … (15 points) »)
        for prev, line in lines_above(self.folded, lo, LOOK_BACK_LINES):
            if quote is not None or prev <= line_start:
                break
            if is_heading(self.doc.text[prev:prev + len(line)]):
                quote = self._denied_in({"not_scored"}, prev, prev + len(line))
        return f"partie dite non notée : « {quote} »" if quote is not None else None

    def denied_below(self, start: int) -> str | None:
        """When `start` is on an article's heading line (« Article 11 – Conditions d'exécution à caractère
        social ou environnemental »), the denial its body states (« aucune condition d'exécution … n'est
        prévue ») : a heading names what the article is about, its body says whether there is any."""
        section = self.doc.section_at(start)
        if section is None:
            return None
        heading_end = self.folded.find("\n", section.start)
        if heading_end < 0 or start > heading_end:
            return None
        # its first sentence: « Lot C – Vitrerie : pas de clause » further down denies one lot's, not the article's
        first = self.sentence(heading_end + 1, heading_end + 2) if heading_end + 1 < section.end else None
        if first is None:
            return None
        end = min(first[1], section.end)
        # (or the next sentence, when it points back at the part: « Le candidat peut présenter, à titre d'information,
        # sa démarche … Ce chapitre n'est pas noté et n'intervient pas dans le jugement des offres. »)
        second = self.sentence(end + 1, end + 2) if end + 1 < section.end else None
        if second is not None and THIS_PART.match(self.folded, second[0]):
            end = min(second[1], section.end)
        # (a heading whose body only restates the law, « Article 5 - Dispositions sociales » then « Le titulaire se
        # conforme aux dispositions du code du travail … », commits to nothing either)
        kinds = {"denied", "legal_reminder"} | ({"not_scored"} if self.role_at(start).role != "execution" else set())
        quote = self._denied_in(kinds, heading_end, end)
        return f"intitulé d'un article dont le texte le nie : « {quote} »" if quote is not None else None

    def _denied_in(self, kinds: set[str], lo: int, hi: int) -> str | None:
        """The words of text[lo:hi] that the first denial pattern of one of `kinds` matches, as written."""
        text = self.folded[lo:hi]  # (a slice: its patterns anchor « ^ » at its start)
        for kind, pattern in self.config.denials:
            if kind in kinds and (match := pattern.search(text)) is not None:
                return " ".join(self.doc.text[lo + match.start():lo + match.end()].split())
        return None

    def role_at(self, start: int, end: int | None = None) -> RoleReading:
        """The role of the passage holding [start, end): its signs are read in its sentence, its
        label and headings above its line."""
        end = end if end is not None else start + 1
        lo, _hi = self.passage(start, end)
        s_lo, s_hi = self.sentence(start, end)
        key = (lo, s_lo, s_hi)
        if key not in self._cache:
            self._cache[key] = self._read(lo, s_lo, self.folded[s_lo:s_hi])
        return self._cache[key]

    def role_of_match(self, start: int, end: int) -> RoleReading:
        """The role of the passage holding a match, unless the match names the execution role itself in a sentence
        read as criteria by a sign and weighing nothing: a notice's « le marché comporte des critères d'attribution
        environnementaux et des conditions d'exécution à caractère environnemental » announces both, and each match
        takes the role it names. (« Critère 3 : respect des conditions d'exécution (10 %) » stays a criterion.)"""
        reading = self.role_at(start, end)
        if reading.role != "criteria" or reading.source != "indice":
            return reading
        own = first_sign([pair for pair in self.config.strong if pair[0] == "execution"], self.folded[start:end])
        s_lo, s_hi = self.sentence(start, end)
        if own is None or weights.WEIGHT.search(self.folded, s_lo, s_hi):
            return reading
        return RoleReading("execution", "indice", f"« {own[1].strip()} », que le motif nomme")

    def _read(self, lo: int, sentence_start: int, sentence: str) -> RoleReading:
        """The role of the passage starting at `lo` whose sentence starts at `sentence_start`. The
        object is what a description says first: beyond its first sentence, an object label, field
        or heading yields to any sign the sentence carries, and governs only sentences without one."""
        config = self.config
        field_role = self._field_role(lo)
        if field_role is not None and field_role[0] not in (UNKNOWN, "object"):
            return RoleReading(field_role[0], "champ", field_role[1])
        strong = self._sign("strong", sentence)
        if strong and strong[0] == "object":
            # « La présente consultation concerne … avec un engagement contractuel du titulaire sur … »:
            # what the holder commits to, in the same sentence, outweighs the description
            execution = first_sign([p for p in config.strong if p[0] == "execution"], sentence)
            if not any(p.search(sentence) for p in config.subject_matter):
                strong = execution or strong
        if strong and strong[0] == "execution":
            # a row of a criteria table that names a clause (« Modalités de mise en œuvre de la clause
            # d'insertion … 5 % » under « Critères de jugement »): its weight and its heading make it a criterion
            weight, heading = self._sign("weak", sentence), self._heading(lo)
            if not (weight and weight[0] == "criteria"):
                below = (weights.WEIGHT_END.search(sentence)  # a table's next cell, read with the sentence or after it
                         or weights.WEIGHT_LINE.match(self.folded, sentence_start + len(sentence)))
                weight = ("criteria", below.group(1)) if below else None
            if weight and heading and heading[0] == "criteria":
                return RoleReading("criteria", "intitulé", f"« {heading[1]} », pondéré « {weight[1].strip()} »")
        if strong and strong[0] == "selection":
            # what a criterion asks the candidate to state is how the offer is judged (« Critère n° 3 –
            # Insertion professionnelle (10 %) : le candidat indique le nombre d'heures … »)
            own = self._own_label(lo)
            if own and own[0] == "criteria":
                return RoleReading("criteria", "intitulé", f"« {own[1]} »")
            # ... and so does a part of a response template that is scored (« Partie C - Accompagnement des salariés
            # (10 points) » then « Le candidat décrit l'accueil … des salariés en parcours d'insertion »)
            at, above = next(((prev, line) for prev, line in lines_above(self.folded, lo, 2) if line.strip()), (0, ""))
            if len(above) <= LABEL_MAX and weights.SCORED_PART.search(above) and not above.rstrip().endswith(".") \
                    and (self._sign("strong", above) or self._sign("headings", above) or ("",))[0] == "criteria":
                return RoleReading("criteria", "intitulé", f"« {' '.join(self.doc.text[at:at + len(above)].split())[:80]} »")
        if strong:
            return RoleReading(strong[0], "indice", f"« {strong[1].strip()} »")
        own = self._own_label(lo)
        # After its first sentence, an object label, field or heading still governs what follows,
        # unless a sentence carries a sign of its own (« Nombre d'heures … à réaliser »): a lot's
        # description often goes on with the holder's insertion commitment.
        continued: tuple[str, str] | None = None
        if own and own[0] == "object" and sentence_start > own[2] + OBJECT_SLACK:
            continued = ("intitulé", own[1])
            own = None
        if own:
            return RoleReading(own[0], "intitulé", f"« {own[1]} »")
        if field_role is not None and field_role[0] == "object":
            if sentence_start <= field_role[2] + OBJECT_SLACK:
                return RoleReading("object", "champ", field_role[1])
            continued = continued or ("champ", field_role[1])
        heading = self._heading(lo)
        if heading and heading[0] == "object" and sentence_start > heading[2] + OBJECT_SLACK:
            continued = continued or ("intitulé", heading[1])
            heading = None
        weak = self._sign("weak", sentence)
        if weak is None and (rest := weights.WEIGHT_REST.match(self.folded, sentence_start + len(sentence))):
            # a criterion's line closed by its weight after a dash the sentence stops at (« 3) Origine des bois :
            # part des bois issus de forêts gérées durablement … – 10 points »)
            weak = ("criteria", rest.group(1))
        # notices put all sorts of sentences under « Objet » or « Description »: there a sign in the
        # passage itself is more telling than the heading
        if heading and not (heading[0] == "object" and weak):
            return RoleReading(heading[0], "intitulé", f"« {heading[1]} »")
        if self.doc.doc_type in config.doc_types:  # a price schedule's cells are not weights
            return RoleReading(config.doc_types[self.doc.doc_type], "type de pièce", self.doc.doc_type)
        if weak:
            return RoleReading(weak[0], "indice faible", f"« {weak[1].strip()} »")
        if continued:
            return RoleReading("object", continued[0], f"suite de « {continued[1]} »")
        body = self._body_of_heading(sentence_start, sentence_start + len(sentence))
        if body is not None:
            # an article's title says its topic, its body the role (« Article 5 - Performance énergétique des
            # installations » then « Le titulaire s'engage sur une baisse de 8 % … »)
            inner = self._read(body[0], body[0], self.folded[body[0]:body[1]])
            if inner.source in ("indice", "indice faible") and self.denial(body[0], body[1]) is None:
                return RoleReading(inner.role, inner.source, f"{inner.reason}, dans l'article que le passage intitule",
                                   body)
        return RoleReading(UNKNOWN, "aucun", "aucun signe de rôle")

    def _body_of_heading(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The first sentence of the section whose heading is the sentence [lo, hi), if it is one."""
        section = self.doc.section_at(lo)
        if section is None or section.start != self.folded.rfind("\n", 0, lo) + 1:
            return None
        at = hi
        while at < section.end and self.folded[at] in " \t\n.:":
            at += 1
        if at >= section.end:
            return None
        body = self.sentence(at, at + 1)
        return body if body[0] >= hi else None

    def stipulation(self, reading: RoleReading) -> RoleReading:
        """The last resort for a passage with no sign of role at all (nor the model's): in a piece that
        prescribes (a CCAP, a CCTP), what it states is what the holder must do."""
        role = self.config.stipulations.get(self.doc.doc_type or "")
        if role is None or reading.role != UNKNOWN or reading.source != "aucun":
            return reading
        return RoleReading(role, "stipulation", f"stipulation d'un {self.doc.doc_type}, sans autre signe de rôle")

    def _own_label(self, lo: int) -> tuple[str, str, int] | None:
        """The label that opens the passage's own line (« III.2.2) Conditions particulières
        d'exécution : … », « Objet : … »), when it names a role."""
        line_start = self.folded.rfind("\n", 0, lo) + 1
        line = self.folded[line_start:self.folded.find("\n", lo) if self.folded.find("\n", lo) >= 0 else None]
        cut = line.find(":", 0, LABEL_PART_MAX)
        if cut < 0:
            dash = _LABEL_DASH.search(line, 0, LABEL_PART_MAX)
            if dash is None:
                return None
            cut = dash.start()
        label = line[:cut]
        if _BARE_ITEM_LABEL.match(label):
            return None  # eForms' « Critère : » opens an item whose kind the section above says (_heading)
        found = self._sign("headings", label)
        if found and _price_criterion_row(found[0], line):
            found = None
        if not found:  # a criterion's own label: « Critère C – Gestion des déchets (10 %) : … »
            cue = self._sign("strong", label)
            found = cue if cue and cue[0] == "criteria" else None
        if not found:
            return None
        return found[0], " ".join(self.doc.text[line_start:line_start + len(label)].split())[:80], line_start + len(label) + 1

    def _field_role(self, offset: int) -> tuple[str, str, int] | None:
        """(role, element name, where the field's text starts) of the notice field holding `offset`."""
        found: tuple[str, int] | None = None
        for start, end, field_path in self._field_starts:
            if start > offset:
                # a passage read from the start of its line begins with the element's path
                # (« TED_EXPORT/…/TITLE/P: Prestations… »): the field is the one its line holds
                if found is None and "\n" not in self.folded[offset:start]:
                    found = (field_path, start)
                break
            if offset < end:
                found = (field_path, start)
        if found is None:
            return None
        path, start = found
        for role, pattern in self.config.fields:
            if pattern.search(path):
                return role, path.rsplit("/", 2)[-1] if "/" in path else path, start
        return UNKNOWN, path, start

    def _answered_question(self, answer_start: int) -> tuple[str, str, int] | None:
        """A register's answer is the buyer's word: the candidate's question above it is no question to the candidate
        and heads none of it — unless it names a criterion or a condition the answer then speaks of (« Question 12 :
        Pour le sous-critère « impact environnemental des produits » (10 points), quelles pièces … ? »)."""
        question_start = answer_start
        for prev, line in lines_above(self.folded, answer_start, LOOK_BACK_LINES):
            if not line.strip() or _ANSWER_LABEL.match(line):
                break
            question_start = prev
            if _QUESTION_LABEL.match(line):
                break
        question = self.folded[question_start:answer_start]
        if (label := _QUESTION_LABEL.match(question)) is not None:
            question = question[label.end():]  # (« Question 12 : » itself reads as a question to the candidate)
        cue = next((found for kind in ("strong", "headings") if question.strip()
                    and (found := self._sign(kind, question)) is not None and found[0] in ("criteria", "execution")),
                   None)
        if cue is None:
            return None
        shown = " ".join(self.doc.text[question_start:answer_start].split())[:80]
        return cue[0], shown, answer_start

    def _heading(self, lo: int) -> tuple[str, str, int] | None:
        """The role named by what introduces the passage: the label or the line that opens its list
        (« Critères d'attribution : », « Valeur technique notée sur 40 : », « Critère 3 – … (15 %) »
        above its sub-items), else the innermost section heading that names a role. Headings that
        only name a topic (« Gestion des déchets ») count last. A label that names no role ends the
        look-back: another part of the document begins."""
        folded, text = self.folded, self.doc.text
        topic_only: tuple[str, str, int] | None = None
        generic: tuple[str, str, int] | None = None
        # a list item or a short line inherits the role of the line that opens its list; a paragraph
        # of prose does not (it may stand just below a list of criteria and speak of something else)
        own_end = folded.find("\n", lo)
        own_line = folded[lo:own_end if own_end >= 0 else len(folded)]
        own_item = bool(LIST_ITEM.match(folded[folded.rfind("\n", 0, lo) + 1:lo + 20]))
        inherit = len(own_line.strip()) <= SHORT_LINE or bool(LIST_ITEM.match(own_line))
        # the passage's line opens with a label of its own (« Social clause: … »)
        own_start = folded.rfind("\n", 0, lo) + 1
        own_label = bool(_OWN_FIELD_LABEL.match(folded, own_start))
        if _ANSWER_LABEL.match(folded, own_start):
            return self._answered_question(own_start)
        below = ""  # the line under the one read (the previous of the loop)
        for prev, line in lines_above(folded, lo, LOOK_BACK_LINES):
            line_below, below = below, line
            if not line.strip() or line.strip() == "\f" or is_running_line(line):
                continue  # blank lines, page breaks, running headers and footers
            label_part = line.split(":", 1)[0] if ":" in line[:LABEL_PART_MAX] else line
            shown = " ".join(text[prev:prev + len(line)].split())[:80]
            content = prev + len(label_part) + 1 if ":" in line else prev + len(line) + 1
            if _ANSWER_LABEL.match(line):
                return self._answered_question(prev)
            # a sentence of prose run over two lines heads nothing and opens no list (« Les heures … au titre du critère
            # d'attribution s'ajoutent à ces » / « minima. » above « Accompagnement : … »)
            prose = wrapped(line, line_below) and line_below.rstrip().endswith(".")
            found = self._sign("headings", label_part) if len(label_part) <= LABEL_MAX and not prose else None
            if own_item and found and found[0] == "selection" and LIST_ITEM.match(line) \
                    and (self._sign("strong", line) or ("",))[0] != "selection":
                # a sibling item of the same list is no question to the candidate heading this one (« • Qualité … au
                # regard du mémoire technique : 40 % » above « • Démarche de développement durable … : 10 % »)
                continue
            if found and _price_criterion_row(found[0], line):
                continue
            if found and _BARE_ITEM_LABEL.match(label_part) and generic is None:
                # eForms' « Critère : » opens one criterion's fields: the section above says which kind
                # (« 5.1.9 Critères de sélection », « 5.1.10 Critères d'attribution »)
                generic = (found[0], shown, content)
                continue
            if found and own_label and _answered(line):
                break  # « Reserved contract: no. » answers on its own line; « Social clause: … » below is another field
            if found:
                if generic is not None and found[0] != "selection":
                    return generic
                # a label with its value on the same line (« Objet : Collecte… ») starts its content there
                return found[0], shown, content
            # (a question opens no list: what follows it is its answer)
            cue = self._sign("strong", line) if inherit and not line.rstrip().endswith("?") and not prose else None
            if cue and cue[0] in ("criteria", "selection", "execution"):
                if _answered(line) and (above := self.doc.section_at(prev)) is not None and above.end <= lo \
                        and not LIST_ITEM.match(line):
                    break  # a field whose part has ended: « Weight (percentage, exact): 30 » closes « 5.1.10 Award criteria »
                return cue[0], shown, content  # the line that opens the list says what its items are
            if cue and cue[0] == "object" and line.rstrip().endswith(":"):
                # each item of a list a description opens is what is bought, the whole item (« Le présent accord-cadre
                # comprend quatre lots : » then « lot 2 - Accueil des usagers en situation de handicap … »)
                intro = prev + line.rstrip().rfind(". ") + 2 if ". " in line else prev
                return "object", " ".join(text[intro:prev + len(line)].split())[:80], own_end if own_end >= 0 else len(folded)
            # (a weighted line is a criteria table's row, heading nothing: « Gestion des déchets de chantier : tri, réemploi
            # et traçabilité jusqu'à l'exutoire coef. 1 »)
            if topic_only is None and len(label_part) <= LABEL_MAX and not weights.WEIGHTED_ROW.search(line):
                topic = self._sign("topic_headings", label_part)
                if topic:
                    topic_only = (topic[0], shown, content)
            if _ITEM_FIELD.match(line):
                continue  # another field of the same item (eForms: « Type : Qualité », « Nom : … »)
            if (is_heading(text[prev:prev + len(line)]) or _FIELD_LINE.match(text[prev:prev + len(line)])
                    or len(line.strip()) > PROSE_LINE) and not LIST_ITEM.match(line):
                break  # another part, another field of a notice, or a paragraph of prose, stands between
        if generic is not None:
            return generic
        section = self.doc.section_at(lo)
        while section is not None:
            label = fold(section.label())
            found = self._sign("headings", label)
            content = self.folded.find("\n", section.start) + 1 or section.start
            if found:
                return found[0], section.label()[:80], content
            if topic_only is None:
                topic = self._sign("topic_headings", label)
                if topic:
                    topic_only = (topic[0], section.label()[:80], content)
            section = self.doc.sections[section.parent] if section.parent is not None else None
        return topic_only
