"""Passes over the events found: one event per party of a list (party_list, one_per_party), the victims an attack
harmed (harmed_by_act), and the doers filled in from the article's other acts (inherit_actor1, undo_by_doer).
"""
import re
from dataclasses import replace

from pipeline.extraction.event_patterns import (
    NOUN_OF,
    PARTY_SEPARATOR,
)
from pipeline.extraction.event_record import Event


def party_list(raw: str, sentence: tuple[int, int], actors_at, actor: str, position: int, before: bool) -> list[str]:
    """The actors listed with one ("the regime forces, the IRGC and Lebanon’s Hezbollah"), in the
    order of the text: the occurrence of actor nearest before (or after) position and its neighbours
    joined to it by commas and "and"."""
    spans = sorted((s, e, a) for s, e, a in actors_at if sentence[0] <= s and e <= sentence[1])
    own = [i for i, (s, e, a) in enumerate(spans) if a == actor and (e <= position if before else s >= position)]
    if not own:
        return [actor]
    first = last = own[-1] if before else own[0]
    while first > 0 and PARTY_SEPARATOR.fullmatch(raw, spans[first - 1][1], spans[first][0]):
        first -= 1
    while last + 1 < len(spans) and PARTY_SEPARATOR.fullmatch(raw, spans[last][1], spans[last + 1][0]):
        last += 1
    if not any(re.search(r"\band\b", raw[spans[i][1]:spans[i + 1][0]]) for i in range(first, last)):
        return [actor]  # commas alone join an apposition or a source ("the AANES, activists said"), not a list
    return list(dict.fromkeys(a for _, _, a in spans[first:last + 1]))


def one_per_party(raw: str, sentence: tuple[int, int], start: int, end: int, actors_at, event: Event,
                  reciprocal: frozenset[str] = frozenset()) -> list[Event]:
    """Events are dyadic (coding guide): an act done by, or to, a list of actors is one event per
    actor of the list, the first one named first. A list that holds both parties ("agreed upon by
    Russia, Turkey and Iran") stays one event; the subjects of an act done together (reciprocal:
    "Russia and Turkey agreed") are its two parties."""
    events = [event]
    for field, before in (("actor1", True), ("actor2", False)):
        party, other = getattr(event, field), event.actor2 if field == "actor1" else event.actor1
        if party is None:
            continue
        members = party_list(raw, sentence, actors_at, party, start if before else end, before)
        named_before = any(a == party and sentence[0] <= s and e <= start for s, e, a in actors_at)
        if before and len(members) < 2 and (NOUN_OF.match(raw, end) or not named_before):
            # "the offensives of the regime forces and Russia", "was shelled by the Turkish army and the SNA"
            members = party_list(raw, sentence, actors_at, party, end, False)
        if len(members) < 2:
            continue
        if event.type in reciprocal and (other in members or field == "actor1" and other is None):
            # "Russia, Turkey and Iran agreed", "agreed upon by Russia, Turkey and Iran": the first with each other
            events = [replace(event, actor1=members[0], actor2=member) for member in members[1:]]
            break
        if other in members:
            continue
        events = [replace(e, **{field: member}) for e in events for member in members]
    return events


def harmed_by_act(raw: str, sentence: tuple[int, int], events: list[Event], actors_at, table) -> None:
    """"Regime forces shelled the village on Friday, killing two civilians": those the participle of harm names
    right after an attack are its actor2, where the attack's clause names none; so are those "killed when" it
    happened ("Two shepherds were killed when a landmine exploded")."""
    for index, event in enumerate(events):
        lead = table.harmed_when.search(raw, sentence[0], event.start) if event.type == "ASSAULT" else None
        if lead is not None and event.actor2 is None:
            event.actor2 = next((a for s, e, a in actors_at if sentence[0] <= s and e == lead.start()
                                 and a != event.actor1), None)
        owner = owner_of_belonging(raw, sentence, actors_at, table) if event.type == "ASSAULT" else None
        if owner is not None and event.actor2 in {None, owner}:  # (never its doer: "the car of X" is no subject)
            event.actor1, event.actor2 = None if event.actor1 == owner else event.actor1, owner
        # the participle ends the attack's sentence, past its time or place ("..., on 16 September, killing"),
        # before any other act of the sentence
        until = min([other.start for other in events[index + 1:] if other.start > event.end] + [sentence[1]])
        harm = table.harmed.search(raw, event.end, until) if event.type == "ASSAULT" else None
        if harm is not None and event.actor2 is None:
            victim = next(((s, a) for s, e, a in actors_at if harm.end() <= s and e <= sentence[1]), None)
            # the victims are the words right after it: "killing five civilians", not a party later in the sentence
            # (or the body of its members: "wounding two volunteers of the Civil Defence")
            members = rf"(?:[\w-]+\s+)?(?:{table.members})\s+of\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?"
            if victim is not None and \
                    (re.fullmatch(rf"(?:(?!(?:{table.function_words}|according)\b)[\w’'-]+\s+){{0,4}}",
                                  raw[harm.end():victim[0]]) or re.fullmatch(members, raw[harm.end():victim[0]])) and \
                    victim[1] != event.actor1:
                event.actor2 = victim[1]


def owner_of_belonging(raw: str, sentence: tuple[int, int], actors_at, table) -> str | None:
    """"A device planted in the car of X exploded": whose the thing struck is (rules.yaml belongings), named in the
    sentence, underwent the attack."""
    owners = {match.end() for match in table.belonging.finditer(raw, *sentence)}
    return next((actor for s, _, actor in actors_at if s in owners), None)


def inherit_actor1(events: list[Event], types: frozenset[str], echoes: list[Event] = ()) -> list[Event]:
    """"Protests continued ...", "a general strike was planned": an act of these types drafted
    without a subject is done by the one actor that does the article's other acts of its type,
    those drafted and those only referred back to ("the teachers would continue the strike")."""
    for event in events:
        if event.type in types and event.actor1 is None:
            doers = {other.actor1 for other in [*events, *echoes] if other.type == event.type and other.actor1}
            if len(doers) == 1:
                event.actor1 = doers.pop()
                if event.actor2 == event.actor1:
                    event.actor2 = None
    return events


def undo_by_doer(events: list[Event], undoes: tuple = ()) -> list[Event]:
    """"Two young men were arrested ... one of them was released the next day": an act that undoes an
    earlier one (rules.yaml undoes: a release undoes an arrest), drafted without its doer, is done by
    the doer of the latest such act before it, to the same party when the draft names none (also when
    the draft has that doer and no party: "It later released him")."""
    for index, event in enumerate(events):
        for (kind, mode), (undone_kind, undone_mode) in undoes:
            if event.type == kind and event.mode == mode and (event.actor1 is None or event.actor2 is None):
                earlier = next((e for e in reversed(events[:index]) if e.type == undone_kind
                                and undone_mode in {None, e.mode} and e.actor1 is not None), None)
                # "It later released him": the doer known, the one released is who the doer held
                if earlier is not None and earlier.actor1 != event.actor2 and event.actor1 in {None, earlier.actor1}:
                    event.actor1 = earlier.actor1
                    event.actor2 = event.actor2 or earlier.actor2
    return events
