"""Finding the actors an event can have beyond the speakers and the registry's names (actor_spans): the patterns
its finders share (actor_patterns), the order the finders run in, and "the <noun>" that refers to a body named
before or after it. Each finder adds spans (start, end, actor id, name, type) to those actor_spans returns; the
named bodies and states are event_named_actors.py's, the unnamed groups and people event_group_actors.py's, the
names an act's structure makes parties event_act_names.py's, and the relatives of people and bodies
event_relatives.py's.
"""
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extraction.attribution import settlements_named, slug
from pipeline.extraction.event_act_names import named_party_actors
from pipeline.extraction.event_group_actors import (
    addressed_actors,
    adjective_groups,
    agent_nouns,
    belongings_owners,
    collective_actors,
    owner_actors,
)
from pipeline.extraction.event_named_actors import (
    acronym_actors,
    acronym_definitions,
    bracketed_well_known,
    capitalized_names,
    client_actors,
    described_names,
    described_persons,
    domain_actors,
    forces_of,
    named_bodies,
    office_actors,
    owned_forces,
    state_actors,
    state_bodies_of_places,
    well_known_actors,
)
from pipeline.extraction.event_patterns import (
    NOT_NAMES,
    PART_OF,
    PARTY_NAME,
    PERSON_NAME,
    PLACE_NAME,
)
from pipeline.extraction.event_relatives import relatives_and_dependents
from pipeline.extraction.rules import alternatives, rules


@dataclass(frozen=True)
class ActorPatterns:
    """What actor_spans matches that does not depend on the article: built once from the rules."""
    heads: str                     # an alternation of the body nouns ("council", "committee")
    agent_noun: re.Pattern
    client: re.Pattern
    unit: re.Pattern
    owners: re.Pattern
    collective_group: re.Pattern


@lru_cache(maxsize=1)
def actor_patterns() -> ActorPatterns:
    table = rules()
    heads = alternatives(table.body_nouns, False)
    agent_noun = re.compile(rf"\bby\s+the\s+(?!(?:same|other|latter|first|last|next)\b)"
                            rf"(?P<name>[a-z]+\s+(?:{heads}))\b(?![’'-]\w)")
    return ActorPatterns(heads, agent_noun, client_pattern(table), unit_pattern(table, heads), owners_pattern(table),
                         collective_pattern(table))


def client_pattern(table) -> re.Pattern:
    """"Iran-backed militias", "the US-led coalition", "militias backed by Iran": a client's group named by its patron
    (rules.yaml patronage), with the body it is of after it; client_actors's."""
    groups_of = alternatives(table.body_nouns | table.collectives, False)
    client = re.compile(  # "Iran-backed militias", "the US-led coalition", "militias backed by Iran"
        # ("the Turkish-backed factions of the Free Syrian Army": the body they are of is a word of their name)
        rf"(?<![\w’'-])[A-Z][\w’']*-(?:{table.patronage})\s+(?:[a-z]+\s+)?(?:{groups_of})s?\b"  # "groups" too
        rf"(?:\s+of\s+(?:the\s+)?{PARTY_NAME})?"
        rf"|\b(?i:{groups_of})\s+(?:{table.patronage})\s+by\s+(?:the\s+)?{PLACE_NAME}")
    return client


def unit_pattern(table, heads: str) -> re.Pattern:
    """"the local council of Sarmin", "the governor of Daraa": a body (or an office) of a place or of another body, its
    noun and place words of its name (heads: the alternation of the body nouns); office_actors's."""
    offices = alternatives(table.body_nouns | table.offices, False)
    unit = re.compile(  # "the local council of Sarmin", "the governor of Daraa": a body (or office) of a place or body
        rf"\b[Tt]he\s+(?P<name>(?:(?!(?:{table.function_words})\b)[a-z]+\s+){{0,2}}(?:{offices})\s+(?:of|in)\s+(?:the\s+)?(?P<of>{PLACE_NAME})"
        # "the head of the Military Security branch in Daraa": the body's noun and place are words of its name
        # ... and "the relief committee of the Saraqib city council": a kind of place before the body's noun too
        rf"(?:\s+\([A-Z]{{2,6}}\)|\s+(?:[a-z]+\s+)?(?:{heads})\b(?![’'-]\w)(?:\s+in\s+{PLACE_NAME})?)?)")
    return unit


def owners_pattern(table) -> re.Pattern:
    """"a shop owner", "owners of three private bakeries in Qamishli", "the owner of the boat", "owners who had turned
    down offers": the owners of a thing (rules.yaml owner_nouns), one person or a collective; owner_actors's."""
    thing = rf"(?!(?i:{table.not_owned})\b)[A-Za-z]+"  # "shop", not "their" or "two"
    owners = re.compile(rf"\b(?:{thing}\s+(?:{table.owner_nouns})"  # "a station owner in Dummar": one of that place
                        rf"(?:\s+(?:in|from)\s+(?!(?i:{alternatives(NOT_NAMES)})\b){PLACE_NAME})?"
                        # "owners of three private bakeries in Qamishli"
                        rf"|(?i:{table.owner_nouns})\s+of\s+(?:the\s+)?(?:(?:\d+|{table.count_words})\s+)?(?:{thing}\s+)?[a-z]+s"
                        rf"(?:\s+(?:in|from)\s+{PLACE_NAME})?"
                        # "the owner of the boat": one person, named by the thing (coding guide: "Owner of the boat")
                        rf"|(?i:owner)\s+of\s+the\s+(?:[a-z]+\s+)?(?!(?i:{table.not_owned})\b)[a-z]+(?!\s+of\b)"
                        # "owners who had turned down offers": which owners, said by the clause (group_clause)
                        rf"|(?i:owners)(?=\s+(?:who|whose)\s))"
                        rf"\b(?![’'-]\w)")
    return owners


def collective_pattern(table) -> re.Pattern:
    """A collective noun ("residents", "young displaced men") and what makes it one group: a second noun ("doctors and
    nurses"), its place ("traders in Sarmada"), how it came, its age, or whom it is of ("families of detainees");
    collective_actors's."""
    collective = alternatives(table.collectives | table.modified_groups | table.persons, False)
    modifiers = alternatives(table.group_modifiers, False)
    parties = "|".join([pattern.pattern for _, pattern in table.states + table.well_known])  # no places
    # up to two modifiers: "former opposition fighters", "young displaced men"
    collective_group = re.compile(
        rf"\b(?:[Tt]he\s+)?(?:(?P<mod>(?i:{modifiers})(?:\s+(?i:{modifiers}))?)\s+)?"
        rf"(?P<noun>(?i:{collective}))\b(?![’'-]\w)"
        # "doctors and nurses", "shepherds and farmers from X": one group, named by both
        rf"(?P<also>\s+and\s+(?:(?i:{modifiers})\s+)?(?:{collective})\b(?![’'-]\w))?"
        # "residents of the town of Jasim": the kind of place before its name
        rf"(?:(?P<place>\s+(?:in|from|of)\s+(?:the\s+)?"
        # "opposition factions in June 2013": a month or a day is no place
        rf"(?:(?:{table.settlements})\s+of\s+(?:the\s+)?)?(?!(?i:{alternatives(NOT_NAMES)})\b){PLACE_NAME}{PART_OF}"
        # "residents of al-Hasakah and al-Qamishli": two places, one group (before a verb, a time, a place or a stop)
        rf"(?:\s+and\s+(?!(?:{parties})\b){PLACE_NAME}"
        rf"(?=\s+(?:[a-z]+ed|on|in|at|near|during|since|last|this|after|before|who|were|was)\b|[,.;]))?"
        # "the al-Rahma oil field", but not "X stopped crossing"; "elders of the Shaitat tribe"
        rf"(?:\s+(?:(?![a-z]+ed\b)[a-z]+\s+)?(?:{table.place_words})\b"
        # ... and the place it is in: "detainees from the al-Waer neighbourhood of Homs"
        rf"(?:\s+(?:of|in)\s+(?:the\s+)?(?:(?:{table.settlements})\s+of\s+)?"
        rf"(?!(?i:{alternatives(NOT_NAMES)})\b){PLACE_NAME})?|\s+(?:{table.kin_groups})\b)?"
        # "young men from Mayadin and its countryside", "farmers from X and the nearby villages"
        rf"(?:\s+and\s+(?:its\s+|the\s+(?:[a-z]+\s+)?)(?:{table.place_words}|{table.settlements})s?\b)?"
        # "a man from the checkpoint"; "officers at the checkpoint" before their verb ("beaten by officers at the
        # checkpoint": where it was done)
        rf"|\s+from\s+the\s+(?:{table.place_words})\b(?!\s+of\b)"
        rf"|\s+at\s+the\s+(?:{table.place_words})\b(?=\s+(?!(?:{table.function_words}|{alternatives(NOT_NAMES)})\b)[a-z])"
        # "gunmen on a motorcycle", "men in two cars": how they came is a word of the group's name
        rf"|\s+(?:on|in)\s+(?:(?:a|an|two|three|\d+)\s+)?(?:(?!(?:{table.function_words})\b)[a-z]+\s+)?"
        rf"(?:{alternatives(table.group_vehicles, False)})\b(?![’'-]\w)"
        # "the elders of the tribe", "the elders of the city’s clans"
        rf"|\s+of\s+the\s+(?:(?:{table.settlements})[’']s\s+)?(?:{table.kin_groups})\b(?!\s+of\b)"
        rf"|\s+aged\s+\d+(?:\s+(?:and|or|to)\s+\d+)?)"  # "two boys aged 15 and 16": their age makes them one group
        # "families of detainees", "families of the dead workers", "families of the kidnapped", "fighters of
        # several factions", "relatives of absent owners"
        rf"|(?P<members>\s+of\s+(?:the\s+|(?:several|many|various|some|other|{table.count_words}|\d+)\s+)?"
        rf"(?:(?!(?:{table.not_owned})\b)[a-z]+\s+)?(?i:{collective}|{table.owner_nouns})\b(?![’'-]\w)"
        rf"|\s+of\s+the\s+(?:{table.adjective_groups})\b(?![’'-]\w|\s+(?!(?:{table.function_words})\b)[a-z])))?")
    return collective_group


def actor_spans(raw: str, sentences: list[tuple[int, int]], known: list[tuple[int, int, str]],
                refer=None, introduce=None, relative=None, person=None, sex=None, ahead=None) -> list[tuple]:
    """More actors events can have, beyond the speakers and the registry's names: states ("the
    Turkish authorities", but not "Turkish-backed"), acronyms ("the YPG"), bodies by name ("Fourth
    Division units", "the Fisheries Directorate"), collectives as subjects ("residents protested"),
    with the place that makes them one ("traders in Sarmada"), and "the <noun>" to the latest actor
    so named before. (start, end, actor id, name, type). introduce(actor, name, position) makes a
    body found here one that later references can point to; relative(relation, owner, owner's name)
    names the unnamed relative of a person ("his brother"), person(actor) says who is one, sex(actor) their sex if
    known; ahead(words) is the one body the article names so, for "the council" before its name."""
    table = rules()
    found = []
    patterns = actor_patterns()
    heads = patterns.heads
    groups: dict[str, tuple[str, str]] = {}  # a collective noun -> the latest group so named (id, name)
    places = settlements_named(raw, table)

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e, *_ in known + found)
    add = adder(table, places, found, introduce)
    for sentence in sentences:
        office_actors(raw, sentence, patterns.unit, table, known, found, add)
        client_actors(raw, sentence, patterns.client, table, free, add)
        acronym_definitions(raw, sentence, table, known, found, add)
        described_names(raw, sentence, table, free, add)
        described_persons(raw, sentence, table, free, add)
        names = capitalized_names(raw, sentence, table)
        state_bodies_of_places(raw, sentence, table, free, add)
        state_actors(raw, sentence, names, table, free, add)
        acronym_actors(raw, sentence, table, free, add)
        named_bodies(raw, sentence, names, heads, table, found, free, add)
        bracketed_well_known(raw, sentence, table, found, add)
        well_known_actors(raw, sentence, table, free, add)
        # "regime forces": before "the regime" is resolved
        domain_actors(raw, sentence, table, known, found, first=True)
        if introduce is not None:
            described_as(raw, sentence, known + found, heads, introduce)
        if refer is not None:  # "the regime", "the committee": the latest actor so named before
            referred_actors(raw, sentence, heads, refer, free, found, known)
        # "the government" that the article names no other way
        domain_actors(raw, sentence, table, known, found, first=False)
        addressed_actors(raw, sentence, heads, table, free, add)
        agent_nouns(raw, sentence, patterns.agent_noun, table, free, add)
        owner_actors(raw, sentence, patterns.owners, table, free, add)
        belongings_owners(raw, sentence, table, free, add)
        collective_actors(raw, sentence, patterns.collective_group, table, known, found, groups, free, add)
        adjective_groups(raw, sentence, table, free, add)
        described = len(found)
        named_party_actors(raw, sentence, table, known, found, free, add)
        if introduce is not None:  # "with the Turkish company AK Energy": "the company" later is AK Energy
            described_as(raw, sentence, found[described:], heads, introduce)
        if relative is not None:
            relatives_and_dependents(raw, sentence, table, known, found, relative, person, sex, free)
        owned_forces(raw, sentence, table, known, found)
        forces_of(raw, sentence, table, known, found)
    if ahead is not None:  # once every body is introduced
        for sentence in sentences:
            referred_ahead(raw, sentence, heads, ahead, free, found)
    return found


def adder(table, places, found: list, introduce):
    """The add of actor_spans's finders: add(start, end, actor id, name, type) puts the span in found (a titled person
    by their name alone) and makes the actor one that later references can point to (introduce, where given; not a
    government), unless the name is a place the article names (places)."""
    def add(start: int, end: int, actor: str, name: str, kind: str) -> None:
        if name in places:
            return  # "near Um Ashba" after "the village of Um Ashba": a place, not its people (coding guide)
        untitled = table.title.sub("", name)
        if untitled != name and PERSON_NAME.fullmatch(untitled) and \
                not {w.lower() for w in untitled.split()} & (table.body_nouns | table.collectives):
            # "Brigadier General Ali Mahmoud": Ali Mahmoud; but the "General Security Service" keeps its words
            actor, name, kind = slug(untitled), untitled, "person"
        found.append((start, end, actor, name, kind))
        if introduce is not None and kind != "government":
            introduce(actor, name, start)
    return add


def referred_actors(raw: str, sentence: tuple[int, int], heads: str, refer, free, found: list,
                    known: list = ()) -> None:
    """"the regime", "the committee": the latest actor so named before (refer(the words, position)), as the words
    that named it were found ("the factions" after "one of the SNA factions": the SNA, as "SNA factions" was)."""
    for start, end, words in references(raw, sentence, heads):
        actor = refer(f"{raw[start:start + 3]} {words}", start)
        if actor and free(start, end):
            actor = next((a for s, e, a, *_ in [*known, *found] if e <= start and a != actor
                          and slug(re.sub(r"^[Tt]he\s+", "", raw[s:e])) == actor), actor)
            found.append((start, end, actor, actor, "group"))


def referred_ahead(raw: str, sentence: tuple[int, int], heads: str, ahead, free, found: list) -> None:
    """"demonstrated in front of the council building" before the article names "the local council of al-Bab":
    the one body the article names with those words (ahead(the words)), where nothing before was so named; not
    "the council of the village", which names a body of its own."""
    for start, end, words in references(raw, sentence, heads):
        if free(start, end) and not re.match(r"\s+(?:of|in|for)\s", raw[end:end + 5]):
            actor = ahead(f"the {words}")
            if actor:
                found.append((start, end, actor, actor, "group"))


def references(raw: str, sentence: tuple[int, int], heads: str):
    """"the <noun>" in a sentence, (start, end, the words after "the"): "the same court" is the court ("same" is no
    word of a name); "the local council", "the military court" keep their words, which refer checks against
    the body's name."""
    pattern = rf"\b[Tt]he\s+(?:same\s+)?(?P<words>(?:[a-z]+\s+){{0,2}}?(?i:{heads}))\b(?!\s+(?i:{heads})\b)"
    for match in re.finditer(pattern, raw[sentence[0]:sentence[1]]):
        yield sentence[0] + match.start(), sentence[0] + match.end(), match.group("words")


def described_as(raw: str, sentence: tuple[int, int], spans: list, heads: str, introduce) -> None:
    """"the Hamza Division, a faction of the SNA, ...", "the Russian company STG": the noun of an apposition, or
    the noun right before a name, is another name of the actor, so that "the faction" later refers to it."""
    for start, end, actor, *_ in [x for x in spans if sentence[0] <= x[0] and x[1] <= sentence[1]]:
        # "the Russian company Stroytransgaz (STG)", "the aid organization Violet": the noun right before the name
        before = re.search(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){{0,2}}?(?P<noun>(?i:{heads}))\s+$",
                           raw[sentence[0]:start])
        if before:
            introduce(actor, before.group("noun").lower(), start)
        # (its head noun: not "the head of the union", a person)
        apposition = re.match(rf"(?:\s+\([A-Z]{{2,6}}\))?\s*,\s+(?:a|an|the)\s+"
                              rf"(?:(?!(?:of|for|in|at)\b)[\w’'-]+\s+){{0,3}}?"
                              rf"(?P<noun>(?i:{heads}))\b(?![’'-]\w)"  # ... which ends it ("a council member": no)
                              rf"(?=\s*[,;.)]|\s+(?:of|in|from|that|which|with|backed|based|{rules().apposition_tails})\b)",
                              raw[end:sentence[1]])
        if apposition:
            introduce(actor, apposition.group("noun").lower(), end + apposition.start("noun"))
