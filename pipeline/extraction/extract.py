"""Drafting the coding of a plain-text English news article, by rules (no model, no network).

Pure functions: text and known actors in, proposed records out. The pieces:
- quotations: every quotation in the body, classed as speech, a name, or a scare/term quote;
- statements: attributed speech found through reporting cues ("said", "told X that",
  "According to X, ...", participles such as "pointing to"), with the speaker found before the
  cue (skipping appositions such as ", a member of the Committee,"), pronouns ("He also told")
  carried over from the previous speaker, and the recipient of "told X" / "declared to X";
- time expressions: dates in the body, normalized against the publication date;
- actors: known actors by alias, and new ones proposed from unresolved names.
"""
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from pipeline.lib.dates import MONTHS, DateError, normalize
from pipeline.lib.mentions import alias_patterns, find_mentions
from pipeline.lib.segment import segment
from pipeline.lib.spans import QUOTATION, quotations_in

# Reporting cues. Verbs take their subject before them; participles continue the sentence's
# speaker; "According to X" names the speaker after it.
VERBS = ("said|says|say|told|tells|confirmed|confirms|added|adds|stated|states|declared|declares|announced|"
         "announces|believes|believed|considered|considers|noted|notes|explained|explains|stressed|stresses|"
         "warned|warns|claimed|claims|denied|denies|insisted|insists|argued|argues|affirmed|affirms|asserted|"
         "asserts|revealed|reveals|promised|promises|threatened|threatens|promoted the idea")
PARTICIPLES = "pointing out|pointing to|adding|noting|stressing|saying|warning|explaining|confirming|indicating"
CUE = re.compile(rf"\b(?P<according>[Aa]ccording to)\b|\b(?P<participle>{PARTICIPLES})\b|\b(?P<verb>{VERBS})\b")
PRONOUN_BEFORE = re.compile(r"\b(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey|[Hh]e)\s+(?:also\s+|has\s+|have\s+|had\s+)?$")
RELATIVE_BEFORE = re.compile(r"\b(?:which|who)\s+(?:also\s+|has\s+|have\s+)?$")
APPOSITION_AT_END = re.compile(r",\s+(?:a|an|the|which|who)\s+[^,]*,\s*$")
LEADING_NOUN_PHRASE = re.compile(r"\s*(?P<np>(?:[Tt]he\s+)?(?:[\w’'-]+\s+){0,4}[\w’'-]+?)\s*(?:,|$)")
NAME = re.compile(r"(?<![\w’'-])(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-|bin\s+|of\s+|the\s+)?[A-Z][\w’'-]*)+")
# A name between a closing quote and its cue: '“...,” Dr. Mohammad Yusuf stressed'.
SPEAKER_AFTER_QUOTE = r"(?:[A-Z][a-z]{0,3}\.\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
SENTENCE_END_PUNCTUATION = ".;:"
PARTICLES = {"al", "of", "the", "and", "de", "bin", "for", "in"}
TITLES = "Colonel|Col|General|Gen|Major|Brigadier|Lieutenant|Sheikh|Dr|President|Minister|Prime Minister|Mr|Mrs|Ms"

_MONTH_NAMES = "|".join(sorted((name for name in MONTHS if len(name) > 3 or name == "may"), key=len, reverse=True))
TIME_EXPRESSION = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTH_NAMES})(?:,? \d{{4}})?"
    rf"|(?:{_MONTH_NAMES}) \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|(?:{_MONTH_NAMES}),? \d{{4}}"
    rf"|(?:last|next|this) (?:{_MONTH_NAMES}|year)"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})\b", re.IGNORECASE)


@dataclass
class Quotation:
    start: int
    end: int
    text: str
    kind: str  # speech | name | scare

    @property
    def inner(self) -> str:
        return self.text[1:-1]


@dataclass
class Statement:
    start: int
    end: int
    text: str
    speaker: str          # an actor id (known or proposed)
    mode: str
    cue: str
    recipient: str | None = None
    date_text: str | None = None


@dataclass
class TimeExpression:
    start: int
    end: int
    text: str
    iso: str
    precision: str


@dataclass
class Draft:
    quotations: list[Quotation]
    statements: list[Statement]
    time_expressions: list[TimeExpression]
    mentions: list[tuple[int, int, str]]
    new_actors: dict[str, dict] = field(default_factory=dict)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("’", "").replace("'", "")).strip("-")


@lru_cache(maxsize=8)
def _spans(raw: str, segment_type: str) -> tuple[tuple[int, int], ...]:
    parts = segment(raw, "draft")
    return tuple((part.char_start, part.char_end) for part in parts if part.segment_type == segment_type)


def body_sentences(raw: str) -> tuple[tuple[int, int], ...]:
    return _spans(raw, "sentence")


def body_paragraphs(raw: str) -> tuple[tuple[int, int], ...]:
    return _spans(raw, "paragraph")


def looks_like_name(inner: str) -> bool:
    words = [word for word in re.split(r"\s+", inner.strip(" ,.;:")) if word]
    content = [word for word in words if word.lower().strip("(),") not in PARTICLES and not word.startswith("al-")]
    return bool(words) and len(words) <= 7 and all(word[:1].isupper() for word in content) and bool(content)


def classify_quotations(raw: str) -> list[Quotation]:
    """Every quotation in the body, as speech, a name or a scare quote (a term the article uses)."""
    found = []
    lowered = raw.lower()
    for match in quotations_in(raw, body_paragraphs(raw)):
        inner = match.group()[1:-1].strip(" ,.;:")
        words = inner.split()
        if looks_like_name(inner) or raw[match.end():match.end() + 2] == " (":
            kind = "name"
        elif len(words) <= 3 and lowered.count(inner.lower()) > 1:
            kind = "scare"  # a term the article also uses elsewhere, not someone's words
        elif len(words) >= 3 or cue_in_sentence(raw, match.start()):
            kind = "speech"
        else:
            kind = "scare"
        found.append(Quotation(match.start(), match.end(), match.group(), kind))
    return found


def cue_in_sentence(raw: str, position: int) -> bool:
    for start, end in body_sentences(raw):
        if start <= position < end:
            return bool(CUE.search(raw, start, end))
    return False


class Attributor:
    """Finds statements sentence by sentence, remembering the last speaker for pronouns."""

    def __init__(self, raw: str, mentions: list[tuple[int, int, str]], quotations: list[Quotation],
                 person_ids: set[str]):
        self.raw, self.mentions = raw, mentions
        self.quotations = quotations
        self.person_ids = person_ids  # known actors who are people: what "he" or "she" can refer to
        self.new_actors: dict[str, dict] = {}
        self.last_speaker: str | None = None

    def actor_at(self, start: int, end: int) -> str | None:
        for mention_start, mention_end, actor in self.mentions:
            if mention_start >= start and mention_end <= end:
                return actor
        return None

    def resolve(self, start: int, end: int) -> str:
        """The actor named by raw[start:end]: a known one, or a proposed new one."""
        known = self.actor_at(start, end)
        if known:
            return known
        name = self.raw[start:end].strip(" “”\"‘’,")
        name = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", name)
        name = re.sub(rf"^(?:{TITLES})\.?\s+", "", name)
        actor_id = slug(name)
        proper = all(word[:1].isupper() for word in name.split()
                     if word.lower() not in PARTICLES and not word.startswith("al-"))
        if re.search(r"(?i)committee|council|board|commission", name):
            kind = "committee"
        elif re.search(r"(?i)movement|brigade|army|forces|front|harakat|group|faction|battalion|militia", name):
            kind = "armed_group"
        elif re.search(r"(?i)ministry|government|regime|police", name):
            kind = "government"
        elif re.search(r"(?i)crescent|red cross|nations|organi[sz]ation|agency|programme|office|foundation", name):
            kind = "international_organization"
        elif proper and 2 <= len(name.split()) <= 4:
            kind = "person"
        else:
            kind = "collective"
        self.new_actors.setdefault(actor_id, {"id": actor_id, "name": name, "type": kind})
        return actor_id

    def entities(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans that can name a speaker in raw[start:end]: known mentions, names, quoted names."""
        spans = [(s, e) for s, e, _ in self.mentions if start <= s and e <= end]
        spans += [(m.start(), m.end()) for m in NAME.finditer(self.raw, start, end)]
        spans += [(q.start, q.end) for q in self.quotations if q.kind == "name" and start <= q.start and q.end <= end]
        # Prefer the longest span among those ending at the same place.
        return sorted(set(spans), key=lambda span: (span[1], span[0] * -1))

    def speaker_before(self, clause_start: int, cue_start: int) -> str | None:
        before = self.raw[clause_start:cue_start]
        pronoun = PRONOUN_BEFORE.search(before)
        if pronoun:
            if pronoun.group("pronoun").lower() == "they":
                sentence_start = self.sentence_start(cue_start)
                plural = [actor for s, e, actor in self.mentions if sentence_start <= s and e <= cue_start]
                return plural[-1] if plural else self.last_speaker
            return self.last_speaker
        limit = cue_start
        if RELATIVE_BEFORE.search(before):
            limit = clause_start + RELATIVE_BEFORE.search(before).start()
        else:
            apposition = APPOSITION_AT_END.search(before)
            if apposition:
                limit = clause_start + apposition.start()
        candidates = [span for span in self.entities(clause_start, limit) if span[1] <= limit]
        if not candidates:
            phrase = LEADING_NOUN_PHRASE.match(self.raw, clause_start, limit)
            if phrase and re.match(r"\s*[Tt]he\s", phrase.group()):  # "The opposition factions, which ..."
                return self.resolve(phrase.start("np"), phrase.end("np"))
            return None
        start, end = candidates[-1]
        return self.resolve(start, end)

    def sentence_start(self, position: int) -> int:
        return max((start for start, _ in body_sentences(self.raw) if start <= position), default=0)

    def clause_start(self, sentence_start: int, cue_start: int) -> int:
        """After the last semicolon before the cue that is not inside a quotation."""
        inside = [(q.start, q.end) for q in self.quotations]
        for position in range(cue_start - 1, sentence_start - 1, -1):
            if self.raw[position] == ";" and not any(s <= position < e for s, e in inside):
                return position + 1
        return sentence_start

    def sentence_subject(self, start: int, end: int) -> str | None:
        candidates = self.entities(start, end)
        if not candidates:
            return None
        first = min(candidates)
        return self.resolve(*first)

    def attribute(self, cue, clause_start: int, start: int, end: int,
                  sentence_speaker: str | None) -> tuple[str | None, int, str | None]:
        """The speaker of a cue, where its content starts, and its recipient."""
        raw = self.raw
        if cue.group("according"):
            return self.according_to(cue, end)
        if cue.group("participle"):
            return sentence_speaker or self.sentence_subject(start, cue.start()) or self.last_speaker, cue.end(), None
        if sentence_speaker and re.search(r",?\s+and\s+$", raw[clause_start:cue.start()]):
            return sentence_speaker, cue.end(), None  # "..., and considered that"
        if re.search(r"[”\"]\s*$", raw[clause_start:cue.start()]):  # “...,” said Abu Ali, a spokesman
            after = NAME.match(raw, self.skip(cue.end(), end, r"\s+"))
            return (self.resolve(after.start(), after.end()) if after else self.last_speaker), end, None
        speaker = self.quoted_before(clause_start, cue.start()) or self.speaker_before(clause_start, cue.start())
        told = re.match(r"\s+(?:to\s+)?(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+that\b", raw[cue.end():end])
        if not told:
            return speaker, cue.end(), None
        # "told Enab Baladi that": a named recipient; "told reporters that": none
        who = (cue.end() + told.start("who"), cue.end() + told.end("who"))
        recipient = self.resolve(*who) if raw[who[0]].isupper() or self.actor_at(*who) else None
        return speaker, cue.end() + told.end(), recipient

    def statements_in(self, start: int, end: int) -> list[Statement]:
        """The statements of one sentence, one or two per reporting cue."""
        raw, found = self.raw, []
        cues = list(CUE.finditer(raw, start, end))
        sentence_speaker = None
        for index, cue in enumerate(cues):
            clause_start = self.clause_start(start, cue.start())
            next_cue = cues[index + 1] if index + 1 < len(cues) else None
            speaker, content_start, recipient = self.attribute(cue, clause_start, start, end, sentence_speaker)
            if speaker is None:
                continue
            # "announced on 2 March 2019 that ...": the content starts after a nearby "that".
            content_start = self.skip(content_start, end,
                                      r"(?:\s+(?:on|in)\s+[^,;]{0,25}?\s+that\b|\s*that\b|\s*of\b)?\s*")
            direct_before = self.quote_ending_before(clause_start, cue.start())
            if direct_before is None and re.search(r"[”\"]\s*$", raw[clause_start:cue.start()]):
                direct_before = next((q for q in self.quotations if q.kind == "speech"
                                      and clause_start <= q.start and q.end <= cue.start()), None)
            if direct_before is not None:  # “...,” Nahar confirmed that ...
                found.append(self.statement(direct_before.start + 1, direct_before.end - 1, speaker, cue.group(),
                                            recipient))
            # The content runs to the end of the sentence, or to a participle or coordinated verb that
            # continues it ("..., pointing to", "..., and considered that").
            continues = next_cue is not None and (next_cue.group("participle") or re.search(
                r",?\s+and\s+$", raw[cue.end():next_cue.start()]))
            content_end = next_cue.start() if continues else end
            text_start, text_end = self.trim(content_start, content_end)
            if text_end > text_start and not (direct_before and text_end - text_start < 3):
                found.append(self.statement(text_start, text_end, speaker, cue.group(), recipient))
            sentence_speaker = sentence_speaker or speaker
        if found:
            people = [s.speaker for s in found if self.new_actors.get(s.speaker, {}).get("type") == "person"
                      or s.speaker in self.person_ids]
            self.last_speaker = people[-1] if people else found[-1].speaker
        return found

    def according_to(self, cue, end: int) -> tuple[str | None, int, str | None]:
        """'According to X, ...' or 'According to the email, sent by X to Y, ...'."""
        raw = self.raw
        comma = raw.find(",", cue.end(), end)
        if comma == -1:
            return None, cue.end(), None
        holder = (cue.end(), comma)
        by = re.match(r"\s*(?:sent|issued|published|released)\s+by\s+", raw[comma + 1:end])
        content_start, recipient = comma + 1, None
        if by:
            next_comma = raw.find(",", comma + 1 + by.end(), end)
            holder = (comma + 1 + by.end(), next_comma if next_comma != -1 else end)
            content_start = (next_comma if next_comma != -1 else end) + 1
            to = re.search(r"\s+to\s+", raw[holder[0]:holder[1]])
            if to:
                addressee = self.entities(holder[0] + to.end(), holder[1])
                recipient = self.resolve(*min(addressee)) if addressee else None
                holder = (holder[0], holder[0] + to.start())
        start, stop = holder
        text = raw[start:stop]
        possessive = re.search(r"’s?\s+(?:statement|email|letter|report|account)$", text)
        if possessive:
            stop = start + possessive.start()
        candidates = self.entities(start, stop)
        if not candidates and len(raw[start:stop].split()) <= 5:  # "According to the local council, ..."
            return self.resolve(start, stop), content_start, recipient
        if not candidates:
            return None, content_start, recipient
        return self.resolve(*max(candidates, key=lambda span: span[1] - span[0])), content_start, recipient

    def quoted_before(self, clause_start: int, cue_start: int) -> str | None:
        """The speaker named between a closing quote and the cue: '“...,” Nahar confirmed'."""
        between = self.raw[clause_start:cue_start]
        match = re.search(rf"[”\"]\s*(?P<who>{SPEAKER_AFTER_QUOTE})\s+$", between)
        if not match:
            return None
        return self.resolve(clause_start + match.start("who"), clause_start + match.end("who"))

    def quote_ending_before(self, clause_start: int, cue_start: int) -> Quotation | None:
        between = self.raw[clause_start:cue_start]
        if not re.search(rf"[”\"]\s*{SPEAKER_AFTER_QUOTE}\s+$", between):
            return None
        for quotation in self.quotations:
            if quotation.kind == "speech" and clause_start <= quotation.start and quotation.end <= cue_start:
                return quotation
        return None

    def skip(self, position: int, end: int, pattern: str) -> int:
        match = re.compile(pattern).match(self.raw, position, end)
        return match.end() if match else position

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """Without surrounding space, a leading comma or a final full stop outside quotation marks."""
        text = self.raw[start:end]
        left = len(text) - len(text.lstrip(" ,"))
        text = re.sub(r"(?:,?\s+and)?[\s,]*$", "", text.lstrip(" ,"))
        while text and text[-1] in SENTENCE_END_PUNCTUATION:
            text = text[:-1]
        if QUOTATION.fullmatch(text):  # a quotation alone: the words inside the marks
            return start + left + 1, start + left + len(text) - 1
        return start + left, start + left + len(text)

    def statement(self, start: int, end: int, speaker: str, cue: str, recipient: str | None) -> Statement:
        text = self.raw[start:end]
        inside = [q for q in self.quotations if q.kind == "speech" and start <= q.start + 1 and q.end - 1 <= end]
        direct = self.raw[start - 1:start] in "“\"" and self.raw[end:end + 1] in "”\"" and start > 0
        mode = "direct" if direct else "mixed" if inside else "indirect"
        return Statement(start, end, text, speaker, mode, cue, recipient)


def find_time_expressions(raw: str, published: date) -> list[TimeExpression]:
    found = []
    for start, end in body_paragraphs(raw):
        for match in TIME_EXPRESSION.finditer(raw, start, end):
            try:
                value = normalize(match.group(), published)
            except DateError:
                continue
            iso = value.start.isoformat() if value.precision == "day" else \
                value.start.isoformat()[:7] if value.precision == "month" else str(value.start.year)
            found.append(TimeExpression(match.start(), match.end(), match.group(), iso, value.precision))
    return found


def draft(raw: str, published: date, actors: list[dict]) -> Draft:
    """Everything the extractor proposes for one article."""
    mentions = find_mentions(raw, alias_patterns(actors))
    quotations = classify_quotations(raw)
    people = {actor["id"] for actor in actors if actor.get("type") == "person"}
    attributor = Attributor(raw, mentions, quotations, people)
    statements = []
    for start, end in body_sentences(raw):
        statements += attributor.statements_in(start, end)
    statements = dedupe(statements)
    times = find_time_expressions(raw, published)
    for statement in statements:
        statement.date_text = date_near(raw, statement, times)
    return Draft(quotations, statements, times, mentions, attributor.new_actors)


def dedupe(statements: list[Statement]) -> list[Statement]:
    seen, unique = set(), []
    for statement in statements:
        key = (statement.start, statement.end)
        if key not in seen:
            seen.add(key)
            unique.append(statement)
    return unique


def date_near(raw: str, statement: Statement, times: list[TimeExpression]) -> str | None:
    """The date of a statement: an 'on <date>' between the sentence's start and the statement's
    content ("issued a statement, on 15 February, saying that ...")."""
    sentence_start = max(raw.rfind(".", 0, statement.start), raw.rfind("\n", 0, statement.start))
    for expression in times:
        if sentence_start < expression.start and expression.end <= statement.start and \
                raw[max(expression.start - 3, 0):expression.start] == "on ":
            return expression.text
    return None
