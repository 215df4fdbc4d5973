"""Drafting the coding of a plain-text English news article, by rules (no model, no network).

Pure functions: text and known actors in, proposed records out. The pieces:
- quotations: every quotation in the body, classed as speech, a name, or a scare/term quote;
- statements: attributed speech, found from the structure of the sentence and the discourse
  (attribution.py);
- events: acts reported in the body, typed from a trigger lexicon (events.py);
- time expressions: dates in the body, normalized against the publication date;
- actors: known actors by alias, and new ones proposed from unresolved names.
The words all of these rely on are data: rules.yaml.
"""
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from pipeline.extraction.attribution import Attributor, Statement, names_with_quotation, slug
from pipeline.extraction.event_relatives import speakers_relatives
from pipeline.extraction.events import NOT_NAMES, Event, actor_spans, draft_events
from pipeline.extraction.named_later import apply_names, names_given_later
from pipeline.extraction.rules import alternatives, rules
from pipeline.lib.dates import FULL_MONTHS, MONTHS, PART, RELATIVE, DateError, normalize
from pipeline.lib.mentions import alias_patterns, find_mentions
from pipeline.lib.segment import segment
from pipeline.lib.spans import quotations_in

__all__ = ["Draft", "Event", "Quotation", "Statement", "TimeExpression", "body_paragraphs", "body_sentences",
           "classify_quotations", "draft", "slug"]

# Small words of a name that need no capital: a quotation of capitalized words and these is a name.
PARTICLES = {"al", "of", "the", "and", "de", "bin", "for", "in"}
# Words that introduce a title or a slogan, not speech: 'under the title “...”', 'entitled “...”'
TITLED = re.compile(r"\b(?:under\s+the\s+(?:title|slogan|name|banner|hashtag)|entitled|titled|dubbed"
                    r"|(?:the|a|its|their)\s+(?:slogan|hashtag|title))\s*$", re.I)
# A determiner right before a short quotation, and a noun right after it: "any “separatist” step", a scare quote.
MODIFIER_QUOTE = re.compile(r"\b(?:a|an|the|any|this|that|its|their|so-called)\s$")
MODIFIED_NOUN = re.compile(r" (?!and\b|or\b|only\b|them\b|it\b|to\b|in\b|of\b|by\b|for\b|that\b)[a-z]")
# Month words as the grammar reads them (dates.MONTHS), capitalized as English writes them: "may" and "march" in
# lower case are a verb and a noun. An abbreviation keeps its dot inside a sentence ("Sept. 14", "last Dec., the"),
# not the one that ends it; a full name takes none. A named month stands alone only in full ("in Mar" is no date).
_ABBREVIATED = [name for name in MONTHS if name not in FULL_MONTHS]
_DOT = r"(?:\.(?![\"”’]|\s*$|\s+(?-i:[A-Z“\"‘])))?"
_MONTH_ANY_CASE = rf"(?:(?:{alternatives(FULL_MONTHS, False)})\b|(?:{alternatives(_ABBREVIATED, False)})\b{_DOT})"
_FULL_MONTH = alternatives((name.capitalize() for name in FULL_MONTHS), False)
_MONTH = rf"(?-i:(?:{_FULL_MONTH})\b|(?:{alternatives((name.capitalize() for name in _ABBREVIATED), False)})\b{_DOT})"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# A date in the body, as the article writes it ("12 June", "last month", "early 2019"), the forms of the grammar
# (dates.GRAMMAR) longest first; find_time_expressions normalizes it against the publication date. Not read here:
# "2021-22" (a span of years in prose, not the grammar's month 2021-12), a month in lower case but after a day.
TIME_EXPRESSION = re.compile(
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|{_DAY} (?:of )?{_MONTH_ANY_CASE}(?:,? \d{{4}}\b)?"  # "4th of October, 2017": the day fixes the case
    rf"|{_MONTH} {_DAY}\b(?:,? \d{{4}}\b)?"
    rf"|{PART}?{_MONTH},? \d{{4}}\b"
    rf"|{PART}?(?:{RELATIVE}) (?:{_MONTH}|year\b|month\b)"
    rf"|{PART}{_MONTH}|(?-i:{_FULL_MONTH})\b"
    rf"|(?:{PART}|(?<![\d,.]))(?:the year )?(?:19|20)\d\d(?![,.]\d)\b"  # a year, not an amount ("2,000")
    rf")", re.IGNORECASE)
# A month or a year standing alone after a capitalized word that does not open the sentence is a word of a name
# ("Theresa May", "Resolution 2042"); "May" opening a sentence is the verb ("May God ...").
_ALONE = re.compile(rf"(?-i:{_FULL_MONTH})|\d{{4}}")
_CAPITALIZED = re.compile(r"[A-Z][\w’'-]*")
_OPENS_AFTER = ".!?:;“\""  # what a sentence, or a quotation in it, opens after: "In May" opens, it is no name
# ... nor is one followed by what it counts or names: "rose to 2000 pounds" is an amount (unless "in" or
# "since" makes it a year), "the October War" an event's name.
_NOT_A_DATE_AFTER = re.compile(
    r"\s+(?:pounds?|liras?|dollars?|euros?|roubles?|tons?|tonnes?|lit(?:re|er)s?|kilo(?:gram)?s?|barrels?|bundles?"
    r"|sacks?|families|people|persons|residents|students|tents|houses|shops|trucks|cars)\b"
    r"|(?-i:\s+(?:War|Revolution|Uprising|Offensive|Movement|Agreement)\b)")
_TIME_PREPOSITION = re.compile(r"\b(?:in|since|during|until|till|before|after|by)\s+$", re.I)  # "in 2016 families left"

# Words that open a sentence but make no name ("On Sunday", "Only the ..."): a new actor's name with one is not
# searched for again.
NOT_A_NAME = NOT_NAMES | {"on", "in", "at", "by", "only", "after", "before", "since", "during", "last", "this", "next"}


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
    events: list[Event] = field(default_factory=list)


@lru_cache(maxsize=8)
def _spans(raw: str, segment_type: str) -> tuple[tuple[int, int], ...]:
    parts = segment(raw, "draft")
    return tuple((part.char_start, part.char_end) for part in parts if part.segment_type == segment_type)


@lru_cache(maxsize=8)
def body_sentences(raw: str) -> tuple[tuple[int, int], ...]:
    """The body's sentences, a quotation of two sentences kept whole: '“... pounds. Today ...,” he said.'"""
    quotations = [(m.start(), m.end()) for m in quotations_in(raw, body_paragraphs(raw))]
    merged: list[tuple[int, int]] = []
    for start, end in _spans(raw, "sentence"):
        if merged and (any(q_start < start < q_end for q_start, q_end in quotations)
                       or attributes_a_question(raw, merged[-1][1], start, end) or ends_in_title(raw, merged[-1][1])):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)


def ends_in_title(raw: str, previous_end: int) -> bool:
    """'“...,” Eng. Ziad Tammam told ...': the full stop of an abbreviated title (rules.yaml title_nouns) ends no
    sentence; the name goes on after it."""
    titles = alternatives(name.capitalize() for name, _ in rules().title_nouns)
    return re.search(rf"(?<![\w’'-])(?:{titles})\.$", raw[max(0, previous_end - 8):previous_end].rstrip()) is not None


def attributes_a_question(raw: str, previous_end: int, start: int, end: int) -> bool:
    """'“... Who will pay?” Amina Saleh, a mother of three, told Enab Baladi.': a sentence after a quotation that
    ends in a question or an exclamation, which only names its speaker: that quotation's attribution."""
    if not re.search(r"[?!][”\"]\s*$", raw[previous_end - 3:previous_end]) or re.search(r"[“”\"]", raw[start:end]):
        return False
    cue = rules().cue.search(raw, start, end)
    return cue is not None and cue.group("verb") is not None and len(raw[start:cue.start()].split()) <= 16 and \
        len(raw[cue.end():end].split()) <= 4 and raw[previous_end:start].strip() == ""


def body_paragraphs(raw: str) -> tuple[tuple[int, int], ...]:
    return _spans(raw, "paragraph")


def looks_like_name(inner: str) -> bool:
    words = [word for word in re.split(r"\s+", inner.strip(" ,.;:")) if word]
    # "al-Fath al-Mubin": the article is a particle, the word after it is the name's
    content = [re.sub(r"^(?:al|el)-(?=[A-Z])", "", word) for word in words if word.lower().strip("(),") not in PARTICLES
               and not re.match(r"(?:al|el)-(?![A-Z])", word)]
    return bool(words) and len(words) <= 7 and all(word[:1].isupper() for word in content) and bool(content)


def classify_quotations(raw: str) -> list[Quotation]:
    """Every quotation in the body, as speech, a name or a scare quote (a term the article uses)."""
    found = []
    lowered = raw.lower()
    for match in quotations_in(raw, body_paragraphs(raw)):
        inner = match.group()[1:-1].strip(" ,.;:")
        words = inner.split()
        if looks_like_name(inner) or raw[match.end():match.end() + 2] == " (" or \
                TITLED.search(raw, max(0, match.start() - 40), match.start()):
            kind = "name"  # ... or a title: 'a campaign under the title “Fire is not a crime,”'
        elif len(words) <= 3 and lowered.count(inner.lower()) > 1:
            kind = "scare"  # a term the article also uses elsewhere, not someone's words
        elif len(words) <= 2 and MODIFIER_QUOTE.search(raw, max(0, match.start() - 12), match.start()) and \
                MODIFIED_NOUN.match(raw, match.end()):
            kind = "scare"  # "any “separatist” step": a word the article holds at a distance
        elif len(words) <= 4 and MODIFIER_QUOTE.search(raw, max(0, match.start() - 12), match.start()) and \
                not cue_in_sentence(raw, match.start()):
            kind = "scare"  # "signed a “code of honor” with the SDF": a term, in a sentence where nobody speaks
        elif len(words) >= 3 or cue_in_sentence(raw, match.start()) or alone_in_sentence(raw, match):
            kind = "speech"
        else:
            kind = "scare"
        found.append(Quotation(match.start(), match.end(), match.group(), kind))
    return found


def alone_in_sentence(raw: str, match) -> bool:
    """'“Nobody answered.”': a sentence of its own that is only a quotation, ended inside the marks."""
    if not re.search(r"[.!?]$", match.group()[1:-1].strip()) or not match.group()[1:2].isupper():
        return False
    for start, end in body_sentences(raw):
        if start <= match.start() < end:
            return not raw[start:match.start()].strip() and not raw[match.end():end].strip()
    return False


def cue_in_sentence(raw: str, position: int) -> bool:
    accusations = dict(rules().accusations)
    for start, end in body_sentences(raw):
        if start <= position < end:
            # "anyone accused of kidnapping" reports no words: an accusation needs its object ("accused X of")
            return any((cue.group().lower() not in accusations or re.match(
                rf"\s+(?!(?:of|for|to)\b)[^.;]{{0,150}}?\b{accusations[cue.group().lower()]}\b", raw[cue.end():end]))
                and names_with_quotation(cue, raw, end) for cue in rules().cue.finditer(raw, start, end))
    return False


def find_time_expressions(raw: str, published: date) -> list[TimeExpression]:
    found = []
    for start, end in body_paragraphs(raw):
        for match in TIME_EXPRESSION.finditer(raw, start, end):
            if _ALONE.fullmatch(match.group()) and (_in_a_name(raw[start:match.start()].split(), match.group())
                                                    or _NOT_A_DATE_AFTER.match(raw, match.end())
                                                    and not _TIME_PREPOSITION.search(raw, start, match.start())):
                continue
            try:
                value = normalize(match.group(), published)
            except DateError:
                continue
            iso = value.start.isoformat() if value.precision == "day" else \
                value.start.isoformat()[:7] if value.precision == "month" else str(value.start.year)
            found.append(TimeExpression(match.start(), match.end(), match.group(), iso, value.precision))
    return found


def _in_a_name(words_before: list[str], alone: str) -> bool:
    """Whether a month or year standing alone (_ALONE), after these words of its paragraph, is a word of a name
    or the verb "May"."""
    if not words_before or words_before[-1][-1] in _OPENS_AFTER:
        return alone == "May"  # it opens the sentence
    word_before_opens = len(words_before) == 1 or words_before[-2][-1] in _OPENS_AFTER  # "In May", "Since 2011"
    return bool(_CAPITALIZED.fullmatch(words_before[-1])) and not word_before_opens


def draft(raw: str, published: date, actors: list[dict]) -> Draft:
    """Everything the extractor proposes for one article."""
    mentions = find_mentions(raw, alias_patterns(actors))
    quotations = classify_quotations(raw)
    people = {actor["id"] for actor in actors if actor.get("type") == "person"}
    names = {actor["id"]: actor["name"] for actor in actors}
    sentences = list(body_sentences(raw))
    attributor = Attributor(raw, sentences, mentions, quotations, people, names)
    statements = []
    for start, end in sentences:
        statements += attributor.statements_in(start, end)
    statements = dedupe(statements)
    times = find_time_expressions(raw, published)
    for statement in statements:
        statement.date_text = date_near(raw, statement, times)
    known = sorted(set(mentions) | set(attributor.resolved))
    more = actor_spans(raw, sentences, known, attributor.refer_back, attributor.introduce_actor, attributor.relative_of,
                       lambda actor: attributor.kind_of(actor) == "person", attributor.sexes.get, attributor.named_once)
    more += speakers_relatives(raw, statements, rules(), known + more, attributor.relative_of,
                               lambda actor: attributor.kind_of(actor) == "person")
    # a known name inside a longer one found there ("United Nations" in "United Nations Children’s Fund (UNICEF)")
    # is a word of that name
    inside = [(s, e, a) for s, e, a in known if any(start <= s and e <= end and (s, e) != (start, end)
                                                    for start, end, *_ in more)]
    actors_at = sorted([k for k in known if k not in inside]
                       + [(start, end, actor) for start, end, actor, _, _ in more])
    proposed_names = {entry["id"]: entry["name"] for entry in attributor.new_actors.values()} | \
        {actor: name for _, _, actor, name, _ in more}
    actors_at = as_named(raw, sorted(actors_at + named_again(raw, sentences, proposed_names, actors_at)))
    kinds = {entry["id"]: entry["type"] for entry in attributor.new_actors.values()} | \
        {actor: kind for _, _, actor, _, kind in more}
    renamed = names_given_later(raw, list(body_paragraphs(raw)), actors_at, proposed_names, kinds, rules().identifying,
                                rules().referring)
    named_people: dict[str, dict] = {}  # an unnamed person the article names later: one actor, under the name
    actors_at = apply_names(renamed, actors_at, statements, named_people, kinds)
    names_quoted = [(q.start, q.end) for q in quotations if q.kind == "name"]
    persons = {actor for _, _, actor, _, kind in more if kind == "person"}  # named by the events' rules ("Dr. X Y")
    persons |= {actor for actor, entry in named_people.items() if entry["type"] == "person"}  # ... or named later
    events = draft_events(raw, sentences, actors_at, statements, times, names_quoted,
                          lambda actor: attributor.kind_of(actor) == "person" or actor in persons)
    used = {s.speaker for s in statements} | {s.recipient for s in statements} \
        | {a for e in events for a in (e.actor1, e.actor2)}
    proposed = dict(attributor.new_actors) | named_people
    for _, _, actor, name, kind in more:
        if actor not in names:
            proposed.setdefault(actor, {"id": actor, "name": name, "type": kind})
    new_actors = {key: value for key, value in proposed.items() if key in used}
    return Draft(quotations, statements, times, mentions, new_actors, events)


def named_again(raw: str, sentences: list[tuple[int, int]], names: dict[str, str],
                taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A new actor the article names (a speaker, a body) is that actor wherever the article names it
    again in the same words: "The Asayish said ..." makes "barred by the Asayish" the Asayish's act.
    Names all in lower case ("residents") are generic and left to the rules that resolve them."""
    found = []
    for actor, name in names.items():
        name = re.sub(r"^(?:[Tt]he)\s+", "", name or "")
        words = {word.lower() for word in name.split()}
        if len(name) < 4 or name.islower() or not name[:1].isupper() or words & NOT_A_NAME:
            continue  # "On Sunday", "Only the ...": words of a sentence taken for a name, not a name
        pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])")
        for start, end in sentences:
            for match in pattern.finditer(raw, start, end):
                if not any(s < match.end() and match.start() < e for s, e, _ in taken + found):
                    found.append((match.start(), match.end(), actor))
    return found


def as_named(raw: str, actors_at: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A reference back resolved to the words of a name ("the factions" to "SNA factions", made sna-factions) is the
    actor those words name where the article prints them ("one of the SNA factions": the SNA), as events find it."""
    words = {(s, e): re.sub(r"^[Tt]he\s+", "", raw[s:e]) for s, e, _ in actors_at}
    # (a name: a capital past its first letter, not a word capitalized where a sentence opens, "Traders")
    named = {slug(words[s, e]): a for s, e, a in actors_at if re.search(r"[A-Z]", words[s, e][1:])}
    named = {words: actor for words, actor in named.items() if words != actor}
    return [(s, e, named.get(a, a)) for s, e, a in actors_at]


def dedupe(statements: list[Statement]) -> list[Statement]:
    """One statement a span, but for joint speakers ("X and Y said"), who say the same words one after another, and
    for words another answers right after them ("..., which the police denied"), by another cue."""
    seen, unique = set(), []
    for statement in statements:
        joint = unique and (unique[-1].start, unique[-1].end) == (statement.start, statement.end) and \
            unique[-1].speaker != statement.speaker
        key = (statement.start, statement.end, statement.speaker if joint else None)
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
