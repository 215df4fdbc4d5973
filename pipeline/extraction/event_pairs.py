"""Acts whose party is "the two sides" ("the two sides agreed", "ordered both factions to withdraw", "met the two
parties separately"): the two parties of the act the article told last that has two, of an act done together
(rules.yaml reciprocal) or a fight (ASSAULT): the sides of talks, of an agreement or of clashes (rules.yaml pair_nouns).
"""
import re
from dataclasses import replace

from pipeline.extraction.event_record import Event


def both_sides(raw: str, clause: tuple[int, int], start: int, end: int, events: list[Event], found: list[Event],
               actors_at, table) -> list[Event]:
    """The events of one act (events, drafted from its clause) whose subject or object is "the two sides": one row
    with the two parties where the act has no other ("the two sides agreed", "a meeting between the two sides"),
    else one row per party with the act's other party ("the ministry ordered the two factions to withdraw")."""
    phrase = table.both_sides.search(raw, *clause)
    pair = last_pair([e for e in found if e.type in table.reciprocal | {"ASSAULT"}])
    if phrase is None or pair is None or len(events) != 1:
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


def named_between(actors_at, start: int, end: int) -> bool:
    return any(start <= s and e <= end for s, e, _ in actors_at)
