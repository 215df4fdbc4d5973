"""Parties of acts that the article names by a reference back to a sentence before:
- "the two sides" ("the two sides agreed", "ordered both factions to withdraw", "met the two parties separately"): the
  two parties of the act the article told last that has two, of an act done together (rules.yaml reciprocal) or a
  fight (ASSAULT): the sides of talks, of an agreement or of clashes (rules.yaml pair_nouns);
- "It has fought ...", "Since last month, its members have ...": the body the sentence before is about;
- "asking it to ...": the body named before in the sentence, else the body the sentence before opens with.
"""
import re
from dataclasses import replace

from pipeline.extraction.event_patterns import PASSIVE_AUXILIARY
from pipeline.extraction.event_record import Event


def both_sides(raw: str, clause: tuple[int, int], start: int, end: int, events: list[Event], found: list[Event],
               actors_at, table) -> list[Event]:
    """The events of one act (events, drafted from its clause) whose subject or object is "the two sides": one row
    with the two parties where the act has no other ("the two sides agreed", "a meeting between the two sides"),
    else one row per party with the act's other party ("the ministry ordered the two factions to withdraw")."""
    phrase = table.both_sides.search(raw, *clause)
    if phrase is None:
        return events
    pair = last_pair([e for e in found if e.type in table.reciprocal | {"ASSAULT"}])
    if pair is None or len(events) != 1:
        return events
    event = events[0]
    if phrase.end() <= start and not named_between(actors_at, phrase.end(), start):  # the subject
        if event.actor2 is None or event.actor2 in pair or event.type in table.reciprocal:
            return [replace(event, actor1=pair[0], actor2=pair[1])]
        return [replace(event, actor1=party) for party in pair]
    # the object, right after the act's words: "ordered the two factions", "the meeting between the two sides"
    if phrase.start() < end or named_between(actors_at, end, phrase.start()) or \
            not re.fullmatch(r"\s*(?:(?:with|between|on|to)\s+)?", raw[end:phrase.start()]):
        return events
    if event.actor1 is None or event.actor1 in pair:
        return [replace(event, actor1=pair[0], actor2=pair[1])]
    return [replace(event, actor2=party) for party in pair]


def last_pair(found: list[Event]) -> tuple[str, str] | None:
    """The two parties of the latest act told before with two (found: acts done together or against each other): its
    actor1 and actor2, or the doers of one act listed as two rows ("the Hamza Division and the Sultan Murad Division
    clashed")."""
    for index in range(len(found) - 1, -1, -1):
        event = found[index]
        if event.actor1 and event.actor2 and event.actor1 != event.actor2:
            return event.actor1, event.actor2
        before = found[index - 1] if index else None
        if before is not None and event.actor1 and before.actor1 and before.actor1 != event.actor1 and \
                (before.start, before.end, before.type) == (event.start, event.end, event.type):
            return before.actor1, event.actor1
    return None


def body_before(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, actor1: str | None,
                actors_at, person, table) -> str | None:
    """actor1 of an act whose subject is "it" or "its <members>" and that the clause names no body for (actor1: None
    or people, whom "it" never is): the latest body named before in the sentence ("the SDF pushed people into the
    hands of smugglers when it closed the crossings"), else the body the sentence before in the paragraph is about,
    the first it names ("The Eighth Brigade is made up of former fighters ... It has fought ISIS cells"); no person
    nor people."""
    members = table.members
    auxiliaries = r"also|later|then|not|\w+ly|had|has|have|been|would|will|could|can|did|does|do"
    it = rf"(?<![\w’'-])(?:[Ii]t|[Ii]ts\s+(?:{members}))\s"
    lead_start = max(clause[0], sentence[0])
    # "it" right before the act's verb, past auxiliaries and adverbs ("when it closed"), or opening the clause, past
    # an adverbial, with no other actor before the act ("Since then, its members have been stopping buses and taking")
    subject = re.search(rf"{it}+(?:(?:{auxiliaries})\s+)*$", raw[lead_start:start]) or \
        re.match(rf"\s*(?:[^,]*,\s+)?{it}", raw[lead_start:start])
    if not subject or not (actor1 is None or people(actor1, raw, actors_at, table)) or \
            named_between(actors_at, lead_start + subject.end(), start) or \
            PASSIVE_AUXILIARY.search(raw, lead_start, start) or re.match(r"(?:was|were)\b", raw[start:start + 5], re.I):
        return actor1  # ("It was closed in March": it underwent the act)

    def body(a: str) -> bool:
        return not person(a) and not people(a, raw, actors_at, table)
    earlier = [a for s, e, a in actors_at if sentence[0] <= s and e <= lead_start + subject.start() and body(a)]
    before = bodies_in_sentence_before(raw, sentence, actors_at, body)
    return earlier[-1] if earlier else before[0] if before else None  # (no body: nobody, rather than people)


def addressed_it(raw: str, sentence: tuple[int, int], start: int, end: int, trigger, actors: tuple, actors_at, person,
                 table) -> tuple:
    """The actors of an act in words addressed to "it" ("sent a petition to the governorate, asking it to ...",
    "gathered in front of the committee's building, demanding that it cancel ..."): its actor2 is the latest body named
    before in the sentence, not whom the act asks it to act on ("asking it to exempt students"); where the sentence
    names none, the body the sentence before in the paragraph opens with ("The council raised the price of bread.
    The union called on it to ...")."""
    # ("would not review it", "demanding that it be reopened": "it" is a thing)
    if trigger.type not in table.addressed or \
            not re.match(r"\s+(?:that\s+it\s+(?!(?:be|is|was|would|will|had|has)\b)[a-z]+|it\s+to\s+[a-z]+)\b",
                         raw[end:end + 30]):
        return actors
    def body(a: str) -> bool:
        return a != actors[0] and not person(a) and not people(a, raw, actors_at, table)
    bodies = [a for s, e, a in actors_at if sentence[0] <= s and e <= start and body(a)]
    if bodies:
        return actors[0], bodies[-1]
    if body_noun_unheld(raw, sentence[0], start, actors_at, table):
        return actors  # ("submitted the names to the governorate, asking it to": that body, found or not)
    before = bodies_in_sentence_before(raw, sentence, actors_at, body)
    return (actors[0], before[0]) if before else actors


def bodies_in_sentence_before(raw: str, sentence: tuple[int, int], actors_at, body) -> list[str]:
    """The actors body() accepts in the sentence before, within the paragraph, in the order of the text: what "it"
    refers to when its own sentence names no body."""
    opening = max(raw.rfind(". ", 0, sentence[0] - 2) + 2, raw.rfind("\n", 0, sentence[0]) + 1)
    return [a for s, e, a in actors_at if opening <= s and e <= sentence[0] and body(a)]


def body_noun_unheld(raw: str, start: int, end: int, actors_at, table) -> bool:
    """Whether raw[start:end] names a body by a noun (rules.yaml body_nouns) outside the actors found there."""
    spans = sorted((s, e) for s, e, _ in actors_at if start < e and s < end)
    text, position = "", start
    for s, e in spans:
        text, position = text + raw[position:max(position, s)] + " ", max(position, e)
    words = re.findall(r"[\w’'-]+", text + raw[position:end])
    return bool({w.lower() for w in words} & table.body_nouns)


def people(actor: str, raw: str, actors_at, table) -> bool:
    """Whether an actor is people, by the head of its name ("residents-of-salamiyah", "former-opposition-fighters", "a
    source"; "union-of-free-media-workers" is a union), unless the article writes it as a proper name ("the Men of
    Dignity"): never "it"."""
    head = re.split(r"-(?:of|in|from|for|at)-", actor)[0].split("-")[-1]
    return head in table.collectives | table.member_nouns and not any(
        a == actor and (re.match(r"[Tt]he\s+[A-Z]", raw[s:e]) or raw[s:e][:1].isupper() and
                        not re.search(r"(?:^|[.\n“\"])\s*$", raw[max(0, s - 3):s]))  # (not where a sentence opens)
        for s, e, a in actors_at)


def named_between(actors_at, start: int, end: int) -> bool:
    return any(start <= s and e <= end for s, e, _ in actors_at)
