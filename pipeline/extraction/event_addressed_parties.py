"""The party an act's clause leaves out and its sentence names (party_named_before and its steps): whom a warning
or a request is made to, whom a protest faced or answers, whose place an attack struck and whose belongings a
penalty or an attack took.
"""
import re

from pipeline.extraction.event_patterns import (
    DEMANDED_FROM,
    HELD_BY,
    PENALTIES,
    PROTESTED_AFTER,
    THAT_CLAUSE,
)
from pipeline.extraction.event_record import Event
from pipeline.extraction.event_references import people


def party_named_before(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int, trigger,
                       actors: tuple, found: list[Event], actors_at, table) -> tuple:
    """The party of an act in words, or of a protest, that its own clause leaves out and its sentence names: whom a
    warning is made to ("warned traders that ..."), the recipient of the written request a participle follows
    ("sent the governorate a petition ..., asking it to ..."), the body a gathering faced ("gathered in front of the
    council, demanding ..."), and who set what a protest is against ("against the fees that the council imposed")."""
    actor1, actor2 = actors
    if trigger.type == "THREATEN" and actor2 is None:
        actor2 = warned_party(raw, sentence, start, found, actors_at, actor1, table)
    if trigger.type in table.addressed and request_after_act(raw, sentence, clause, start, end) or \
            trigger.type == "REQUEST" and actor2 is not None and demanded_of(raw, end, actor2, actors_at, table):
        actor2 = request_party(raw, sentence, clause, end, actor1, actor2, found, actors_at, table)
    if trigger.type in table.gatherings and actor2 is None:
        actor2 = protest_target_setter(raw, sentence, start, actors_at, actor1, table)
    if trigger.type == "ASSAULT" and actor2 is None:
        actor2 = holder_of_place(raw, sentence, end, actors_at, actor1, table)
    if trigger.type in PENALTIES | {"ASSAULT"} and actor2 is None:
        actor2 = owners_of_their(raw, sentence, start, end, actors_at, actor1, table)
    return actor1, actor2


def owners_of_their(raw: str, sentence: tuple[int, int], start: int, end: int, actors_at, actor1: str | None,
                    table) -> str | None:
    """"Residents accused the brigade of seizing their lands", "the police closed their shops": the people whose
    belongings (rules.yaml belongings) an act takes or strikes, the group named last before it in the sentence."""
    if not re.match(rf"\s+their\s+(?:[\w-]+\s+)?(?:{table.belongings})\b", raw[end:sentence[1]]):
        return None
    groups = [a for s, e, a in actors_at if sentence[0] <= s and e <= start and a != actor1
              and (people(a, raw, actors_at, table) or
                   re.split(r"-(?:of|in|from|for|at)-", a)[0].split("-")[-1] in table.persons)]  # ("shepherds")
    return groups[-1] if groups else None


def request_after_act(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int) -> bool:
    """Whether a request is made in a participle after an act ("held a sit-in ..., demanding", "sent a petition ...,
    asking it to") or in an infinitive of its purpose ("met the officers to demand")."""
    return bool(re.search(r",\s*$", raw[sentence[0]:clause[0]]) and
                re.fullmatch(r"\s*\w+ing\b.*", raw[clause[0]:end], re.S)) or \
        re.search(r"\bto\s+$", raw[clause[0]:start]) is not None


def request_party(raw: str, sentence: tuple[int, int], clause: tuple[int, int], end: int, actor1: str | None,
                  actor2: str | None, found: list[Event], actors_at, table) -> str | None:
    """Whom a request made after an act is addressed to, where its words name nobody it asks ("demanding a price"),
    a pronoun ("asking it to exempt students": not the students) or only what is asked for ("demanding the release
    of the detainees"): the recipient of a written request, the party a gathering faced or a meeting met, or whoever
    holds those whose release is asked ("the release of young men detained by the Military Security")."""
    asked_for = actor2 is not None and demanded_of(raw, end, actor2, actors_at, table)
    if actor2 is not None and not asked_for and not re.match(r"\s+(?:on\s+)?(?:it|them)\b", raw[end:]):
        return actor2
    faced = faced_by_gathering(sentence, found, actor1, table) if asks_faced_party(raw, end) else None
    detention = held_detention(raw, sentence, end, actors_at, table) if asked_for else None
    held_by = detention[2] if detention and detention[2] != actor1 else None
    return request_recipient(raw, sentence, clause[0], actors_at, actor1, table) or faced or held_by or actor2


def held_detention(raw: str, sentence: tuple[int, int], end: int, actors_at, table) -> tuple | None:
    """"demanded the release of dozens of young men ... who have been detained by the Military Security": where the
    detention a request names starts and ends, who holds them and who they are; or None."""
    first = next(((s, e, a) for s, e, a in actors_at if s >= end), None)
    if first is None or not demanded_of(raw, end, first[2], actors_at, table):
        return None
    held = HELD_BY.search(raw, first[1], sentence[1])
    holder = next(((s, e, a) for s, e, a in actors_at if held and s == held.end() and a != first[2]), None)
    if holder is None or re.search(r"[.;,]", raw[first[1]:held.start()]):
        return None
    return first[0], holder[1], holder[2], first[2]


def demanded_of(raw: str, end: int, actor2: str, actors_at, table) -> bool:
    """Whether the party right after a request names only what is asked for, a thing done to it by another
    (rules.yaml asked_for): "demanding a list of the detainees", "the release of X", "called for X’s release"
    (not "called for the withdrawal of US forces", which US forces are asked to do)."""
    first = next(((s, e, a) for s, e, a in actors_at if s >= end), None)
    return first is not None and first[2] == actor2 and \
        (table.asked_for_of.fullmatch(raw, end, first[0]) is not None or
         (re.fullmatch(r"\s+(?:for\s+)?(?:the\s+)?", raw[end:first[0]]) is not None and
          table.asked_for_owned.match(raw, first[1]) is not None))


def holder_of_place(raw: str, sentence: tuple[int, int], end: int, actors_at, actor1: str | None,
                    table) -> str | None:
    """"took al-Baghouz, the last stronghold of ISIS", "struck Tal Tamr, a base of the SDF": whose the place is, in
    an apposition right after it (rules.yaml held_places)."""
    apposed = table.place_of.match(raw, end, sentence[1])
    return next((a for s, _, a in actors_at if apposed and s == apposed.end() and a != actor1), None)


def warned_party(raw: str, sentence: tuple[int, int], start: int, found: list[Event], actors_at,
                 actor1: str | None, table) -> str | None:
    """"warned traders that any truck ... would be confiscated": the object of the warning verb before the threat;
    "refused their resignations, and warned them that ...": "them" are those the act before was done to."""
    named = next((a for s, e, a in reversed(actors_at) if sentence[0] <= s and e <= start and a != actor1
                  and table.warned.search(raw, sentence[0], s)), None)
    pronoun = re.search(rf"\b(?:{table.warning_verbs})\s+(?:them|him|her)\s+that\b", raw[sentence[0]:start])
    done_to = [e.actor2 for e in found if e.actor2 and sentence[0] <= e.start < start and e.actor2 != actor1]
    return named or (done_to[-1] if pronoun and done_to else None)


def request_recipient(raw: str, sentence: tuple[int, int], before: int, actors_at, actor1: str | None,
                      table) -> str | None:
    """"handed the Russian side a list ...", "sent a petition ... to the ministry", "wrote to the SDF": the party that
    the latest verb of a written request before the position (before) names right after it or after "to"."""
    carriers = list(table.request_carrier.finditer(raw, sentence[0], before))
    if not carriers:
        return None
    verb = carriers[-1].end()
    return next((a for s, e, a in actors_at if verb <= s and e <= before and a != actor1 and
                 (re.fullmatch(r"(?:the\s+)?", raw[verb:s]) or re.search(r"\bto\s+(?:the\s+)?$", raw[verb:s]))),
                None)


def faced_by_gathering(sentence: tuple[int, int], found: list[Event], actor1: str | None, table) -> str | None:
    """"gathered in front of the council building, demanding ...", "met the officers to demand ...": the party of the
    gathering or meeting just before, by the same doers, in the sentence."""
    last = found[-1] if found and found[-1].start >= sentence[0] else None
    faced = table.gatherings | {"CONSULT"}  # "met the officers to demand ...": the party met
    return last.actor2 if last is not None and last.type in faced and last.actor1 == actor1 else None


def asks_faced_party(raw: str, end: int) -> bool:
    """Whether a demand may be of the party a gathering faced: it names nobody else to act ("demanding a price",
    "demanding that it cancel the fines", "that the permits be issued"; not "that the factions move")."""
    return not THAT_CLAUSE.match(raw, end) or \
        re.match(r"\s+that\s+(?:(?:it|they)\b|(?:[\w’'-]+\s+){1,6}?be\b)", raw[end:]) is not None


def protest_target_setter(raw: str, sentence: tuple[int, int], start: int, actors_at, actor1: str | None,
                          table) -> str | None:
    """"in protest against the fees that the local council imposed", "against the price set by the AANES": who set
    what the protest is against (with a verb of setting after it, for "that" and "which"); "protested after the
    Administration cut the subsidy": who did what it answers; "demanding higher wages from the AANES": whom it asks."""
    return next((a for s, e, a in actors_at if start < s and e <= sentence[1] and a != actor1 and (
        (lead := table.protested_set_by.search(raw, start, s)) and
        (not re.search(r"\b(?:that|which)\s+(?:the\s+)?$", lead.group()) or table.setting_verb.match(raw, e)) or
        DEMANDED_FROM.search(raw, start, s) or
        PROTESTED_AFTER.fullmatch(raw, start, s) and table.setting_verb.match(raw, e))), None)
