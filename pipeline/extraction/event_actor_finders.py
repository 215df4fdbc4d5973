"""Finding the actors an event can have beyond the speakers and the registry's names (actor_spans): states,
acronyms, bodies by name, clients' groups, owners, collectives, a party's forces, and the names the structure of a
sentence makes parties of an act. Each finder adds spans (start, end, actor id, name, type) to those actor_spans
returns; the relatives of people and bodies are event_relatives.py's.
"""
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extraction.attribution import NAME, initial_capital, settlements_named, slug, without_patron
from pipeline.extraction.attribution_patterns import ACRONYM_DEFINITION, BODY_PLACE, LEADING_ADVERBIAL
from pipeline.extraction.event_patterns import (
    APPOSED_NAME,
    APPOSED_OBJECT,
    APPOSITION_LEAD,
    CLIENT_OF,
    DESCRIBED_BEFORE_NAME,
    NAME_BEFORE,
    NAME_DETERMINER,
    NAME_FOR,
    NOT_NAMES,
    OBJECT_BEFORE,
    ORDERED_ACT,
    OWNER_BEFORE,
    PART_OF,
    PARTY_NAME,
    PASSIVE_SUBJECT,
    PERSON_NAME,
    PERSON_NAME_AFTER,
    PLACE_NAME,
    PROPER_NAME,
    SITE_BEFORE,
    SUBJECT_BODY,
    SUBJECT_NAME,
)
from pipeline.extraction.event_relatives import relatives_and_dependents
from pipeline.extraction.rules import alternatives, is_state, rules, seated, well_known


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
    collective = alternatives(table.collectives | table.modified_groups | table.persons, False)
    modifiers = alternatives(table.group_modifiers, False)
    agent_noun = re.compile(rf"\bby\s+the\s+(?!(?:same|other|latter|first|last|next)\b)"
                            rf"(?P<name>[a-z]+\s+(?:{heads}))\b(?![’'-]\w)")
    groups_of = alternatives(table.body_nouns | table.collectives, False)
    client = re.compile(  # "Iran-backed militias", "the US-led coalition", "militias backed by Iran"
        # ("the Turkish-backed factions of the Free Syrian Army": the body they are of is a word of their name)
        rf"(?<![\w’'-])[A-Z][\w’']*-(?:{table.patronage})\s+(?:[a-z]+\s+)?(?:{groups_of})s?\b"  # "groups" too
        rf"(?:\s+of\s+(?:the\s+)?{PARTY_NAME})?"
        rf"|\b(?i:{groups_of})\s+(?:{table.patronage})\s+by\s+(?:the\s+)?{PLACE_NAME}")
    offices = alternatives(table.body_nouns | table.offices, False)
    unit = re.compile(  # "the local council of Sarmin", "the governor of Daraa": a body (or office) of a place or body
        rf"\b[Tt]he\s+(?P<name>(?:(?!(?:{table.function_words})\b)[a-z]+\s+){{0,2}}(?:{offices})\s+(?:of|in)\s+(?:the\s+)?(?P<of>{PLACE_NAME})"
        # "the head of the Military Security branch in Daraa": the body's noun and place are words of its name
        # ... and "the relief committee of the Saraqib city council": a kind of place before the body's noun too
        rf"(?:\s+\([A-Z]{{2,6}}\)|\s+(?:[a-z]+\s+)?(?:{heads})\b(?![’'-]\w)(?:\s+in\s+{PLACE_NAME})?)?)")
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
    return ActorPatterns(heads, agent_noun, client, unit, owners, collective_group)


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


def described_names(raw: str, sentence: tuple[int, int], table, free, add) -> None:
    """"the Turkish company AK Energy", "the charity Hope Relief": the proper name right after a noun that says what
    kind of body it is (rules.yaml name_descriptors) is a party under its name, before an acronym or a state's
    adjective takes a part of it ("AK", "Turkish")."""
    for described in table.described_name.finditer(raw, *sentence):
        match = PROPER_NAME.match(raw, described.end(), sentence[1])
        name = match and re.sub(r"[’']s$", "", match.group("name"))
        if name and name.split()[0] not in NOT_NAMES and not table.place.search(name) and \
                free(match.start("name"), match.start("name") + len(name)):
            add(match.start("name"), match.start("name") + len(name), slug(name), name, type_of(name, table))


def described_persons(raw: str, sentence: tuple[int, int], table, free, add) -> None:
    """"summoned the activist Yaman Khatib": a person's name right after a noun that says what the person is
    (rules.yaml person_descriptors) is a person, whatever act names them; not after "of" ("the house of the
    journalist X", "the brother of the activist X"), where the act is done to the house or the relative."""
    for described in table.described_person.finditer(raw, *sentence):
        match = PERSON_NAME.match(raw, described.end(), sentence[1])
        if match and not re.search(r"\bof\s+$", raw[sentence[0]:described.start()]) and \
                match.group().split()[0] not in NOT_NAMES and not table.place.search(match.group()) and \
                free(match.start(), match.end()):
            add(match.start(), match.end(), slug(match.group()), match.group(), "person")


def named_party_actors(raw: str, sentence: tuple[int, int], table, known: list, found: list, free, add) -> None:
    """The proper names the structure of the sentence makes parties of an act (named_parties: "clashed with
    Hezbollah"), where free: a person by a person's name, anything else by the type its name says."""
    for start, end, name in named_parties(raw, sentence, known + found, table):
        if free(start, end):
            add(start, end, slug(name), name, "person" if PERSON_NAME.fullmatch(name) else type_of(name, table))


def domain_actors(raw: str, sentence: tuple[int, int], table, known: list, found: list, first: bool) -> None:
    """The domain actors' phrases in a sentence (rules.yaml domain_actors), those of "the" and one word ("the
    regime") when first is False, the others when it is True, where wider allows."""
    for actor, pattern in table.domain_actors:
        for match in pattern.finditer(raw, *sentence):
            if bool(re.fullmatch(r"the\s+\S+", match.group(), re.I)) != first and \
                    wider(match.start(), match.end(), known, found):
                found.append((match.start(), match.end(), actor, actor, "government"))


def wider(start: int, end: int, known: list, found: list) -> bool:
    """Free, or holding a registry name as a word of a longer phrase ("Syrian regime" in "Syrian regime
    forces"), which the phrase replaces."""
    return not any(s < end and start < e for s, e, *_ in found) and \
        all(start <= s and e <= end and e - s < end - start for s, e, *_ in known if s < end and start < e)


def straddles(span: tuple[int, int], spans: list) -> bool:
    """Whether an actor's span crosses the span's edge (overlaps it without lying inside it)."""
    return any(s < span[1] and span[0] < e and not (span[0] <= s and e <= span[1]) for s, e, *_ in spans)


def client_actors(raw: str, sentence: tuple[int, int], client: re.Pattern, table, free, add) -> None:
    """"Iran-backed militias", "the US-led coalition": a client's group, found by client, named without its patron
    and with the body it is of after it."""
    for match in client.finditer(raw, *sentence):
        # ... "the Iran-backed militias of the Fatemiyoun Brigade": the militias of that brigade, named with it
        of = CLIENT_OF.match(raw, match.end(), sentence[1])
        end = of.end() if of and free(match.start(), of.end()) else match.end()
        if free(match.start(), end):
            name = initial_capital(without_patron(raw[match.start():end]))
            add(match.start(), end, slug(name), name, type_of(name, table))


def acronym_definitions(raw: str, sentence: tuple[int, int], table, known: list, found: list, add) -> None:
    """"the Syrian Network for Human Rights (SNHR)": a name and the acronym the article gives it are one actor,
    unless another actor holds the whole name."""
    for match in ACRONYM_DEFINITION.finditer(raw, *sentence):  # "the Syrian Network for Human Rights (SNHR)"
        name, acronym = re.sub(r"^The\s+", "", match.group("name")), match.group("acronym")
        start = match.end() - len(name) - len(match.group("tail"))
        name_end = start + len(name)
        inside = [(s, e) for s, e, *_ in known + found if s < match.end() and start < e]
        if name[0] == acronym[0] and all(start <= s and e <= name_end and (s, e) != (start, name_end)
                                         for s, e in inside):
            known_as = well_known(name, table)  # "the Islamic State (IS)": the party's one id
            add(start, match.end(), slug(known_as or acronym), known_as or name, type_of(name, table))


def acronym_actors(raw: str, sentence: tuple[int, int], table, free, add) -> None:
    """Acronyms in capitals ("the YPG") as armed groups, and a broadcaster by its whole name before its suffix
    ("Nour FM"); not "US dollars", "the SDF-affiliated council" nor a well-known party's other name."""
    for match in re.finditer(r"\b[A-Z]{2,6}\b", raw[sentence[0]:sentence[1]]):
        start, end = sentence[0] + match.start(), sentence[0] + match.end()
        outlet = re.search(r"(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][a-z][\w’'-]*)*\s+$",
                           raw[sentence[0]:start]) if match.group() in table.outlet_suffixes else None
        if outlet:  # "fined Nour FM": the broadcaster by its whole name, not "FM"
            start = sentence[0] + outlet.start()
            if free(start, end):
                add(start, end, slug(raw[start:end]), raw[start:end], "media")
            continue
        if free(start, end) and not table.not_state.match(raw, end) and not well_known(match.group(), table) and \
                not re.match(r"-[a-z]", raw[end:end + 2]):
            # "US dollars", "the SDF-affiliated council" name no party; "ISIS" is the Islamic State (well_known)
            add(start, end, slug(match.group()), match.group(), "armed_group")


def named_bodies(raw: str, sentence: tuple[int, int], names: list[tuple[int, int]], heads: str, table, found: list,
                 free, add) -> None:
    """Capitalized names with a body noun ("the Fisheries Directorate"), the body's noun after them a word of the
    name (names: the sentence's capitalized names, extended here in place), and the place that makes the body one
    of its own."""
    for start, end in names:  # "the Military Intelligence branch": the name and its noun
        # ... past the kind of body before its noun ("the Tal Hamis district council", "the Binnish local council")
        noun = re.match(rf"\s+(?:(?:{table.body_kinds})\s+)?(?:{heads})\b(?![’'-]\w)", raw[end:sentence[1]])
        if noun and len(noun.group().split()) > 1 and re.search(r"[’']s?$", raw[start:end]):
            continue  # "the Administration’s supply directorate": the owner's possessive is no word of the body's name
        if noun and not noun.group().endswith("s"):  # "Fourth Division units" are the division's
            names[names.index((start, end))] = (start, end + noun.end())
    for start, end in names:
        words = {w.lower() for w in re.findall(r"[\w’'-]+", raw[start:end])}
        if words & table.body_nouns and free(start, end) and not domain_phrase(raw[start:end], table) and \
                not describes_name(raw, end, found):
            name = re.sub(r"^The\s+", "", raw[start:end])
            place = BODY_PLACE.match(raw, end, sentence[1])
            if place and slug(name) not in {actor for _, _, actor, *_ in found} and \
                    name.split()[-1].lower() not in table.formations and \
                    free(place.start(), place.end()) and place_of_object(raw, sentence, start, name, table):
                # "the Military Security branch in Hama": the branch of that place, unless the
                # article has named the body without it before
                end, name = place.end(), name + place.group()
            add(start, end, slug(name), name, "armed_group")


def describes_name(raw: str, end: int, found: list) -> bool:
    """"The Turkish company Aksa Energy": words with a body noun right before a name found (described_names) say
    what kind of body the name is; they name none of their own."""
    gap = re.match(r"\s+", raw[end:end + 3])
    return gap is not None and any(s == end + gap.end() for s, *_ in found)


def place_of_object(raw: str, sentence: tuple[int, int], start: int, name: str, table) -> bool:
    """Whether "in <place>" after a body's name (at start) is the body's: always after a subject; after the object of
    an act ("clashed with the X Division in Tal Abyad") only a civil body's (seated), and never after a building
    ("in front of the office of X in Y": where the office is)."""
    object_before = OBJECT_BEFORE.search(raw, sentence[0], start)
    return not object_before or seated(name, table) and not re.search(r"\bof\s+(?:the\s+)?$", object_before.group())


def well_known_actors(raw: str, sentence: tuple[int, int], table, free, add) -> None:
    """Well-known parties (rules.yaml well_known) by any of their names, or the longer name of another party that
    ends with one ("the Iraqi Kataib Hezbollah")."""
    for name, pattern in table.well_known:  # "the Islamic State", "ISIS": one party, wherever it stands, unless a
        for match in pattern.finditer(raw, *sentence):  # body's name holds it ("the Security Service of HTS")
            longer = longer_name(raw, sentence, match.start(), table)
            if longer is not None and free(longer, match.end()):  # "the Iraqi Kataib Hezbollah": another party
                add(longer, match.end(), slug(raw[longer:match.end()]), raw[longer:match.end()],
                    type_of(name, table))
            elif longer is None and free(match.start(), match.end()):
                add(match.start(), match.end(), slug(name), name, type_of(name, table))


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


def addressed_actors(raw: str, sentence: tuple[int, int], heads: str, table, free, add) -> None:
    """The party an act in words addresses, named by its body noun after "the" (addressed_ends)."""
    asked = addressed_ends(raw, sentence, table)
    for match in re.finditer(rf"\b[Tt]he\s+(?P<noun>(?i:{heads}))\b(?![’'-]\w|\s+of\s+(?!\w+ing\b))",
                             raw[sentence[0]:sentence[1]]):
        # "had asked the governorate to compensate them", "accused the municipality of stealing": the party an
        # act in words addresses, named by its noun when the article names it no other way (coding guide)
        start, end = sentence[0] + match.start(), sentence[0] + match.end()
        if start in asked and free(start, end):
            name = match.group("noun").capitalize()
            add(start, end, slug(name), name, type_of(name, table))


def agent_nouns(raw: str, sentence: tuple[int, int], agent_noun: re.Pattern, table, free, add) -> None:
    """The agent of a passive named by its noun and what it is ("detained by the university police")."""
    for match in agent_noun.finditer(raw[sentence[0]:sentence[1]]):
        # "detained by the university police": the agent of a passive, named by its noun and what it is
        start, end = sentence[0] + match.start("name"), sentence[0] + match.end("name")
        if free(start, end):
            name = initial_capital(match.group("name"))
            add(start, end, slug(name), name, type_of(name, table))


def owner_actors(raw: str, sentence: tuple[int, int], owners: re.Pattern, table, free, add) -> None:
    """Owners of a thing found by owners: "a shop owner" is one person, "shop owners" a collective, and "owners who
    had turned down offers" those the clause says."""
    for match in owners.finditer(raw, *sentence):  # "shop owners", "owners of transport companies in Homs"
        end = group_clause(raw, match.end(), sentence[1], table) if match.group().lower() == "owners" else None
        if end is None and match.group().lower() == "owners":
            continue  # "owners" alone name no group
        end = end or match.end()
        if free(match.start(), end):
            name = initial_capital(raw[match.start():end])
            one = not re.search(r"\bowners\b", name, re.I)  # "a shop owner" is one person
            add(match.start(), end, slug(name), name, "person" if one else "collective")


def belongings_owners(raw: str, sentence: tuple[int, int], table, free, add) -> None:
    """Whose a thing is (rules.yaml belongings), named after it: "a device planted under the car of Adnan Haddad"
    names a person, whom what is done to the thing is done to."""
    for match in table.belonging.finditer(raw, *sentence):
        name = PERSON_NAME.match(raw, match.end(), sentence[1])
        if name and not table.place.search(name.group()) and free(name.start(), name.end()):
            add(name.start(), name.end(), slug(name.group()), name.group(), "person")


def adjective_groups(raw: str, sentence: tuple[int, int], table, free, add) -> None:
    """A group named by an adjective (rules.yaml adjective_group): "the wounded", "the kidnapped"."""
    for match in table.adjective_group.finditer(raw, *sentence):  # "pulled the wounded from the rubble"
        if free(match.start("name"), match.end()):  # (after "families of the kidnapped", a group of its own)
            name = match.group("name").capitalize()
            add(match.start("name"), match.end(), slug(name), name, "collective")


def owned_forces(raw: str, sentence: tuple[int, int], table, known: list, found: list) -> None:
    """"the SDF’s military police", "the Military Police of the SNA": a body apart from a party's army (rules.yaml
    own_forces) with its party's name is one actor, named in the article's words (coding guide), not the party
    nor the bare body."""
    # ("officers of the Russian military police" are theirs; "the forces of X", a party's men, are forces_of's)
    men = re.compile(rf"(?:\w+\s+)?(?:{table.forces_nouns})", re.I)
    body = alternatives({w for w in table.own_forces - table.member_nouns
                         if not men.fullmatch(w if w.endswith("s") else w + "s")})
    before = re.compile(rf"(?:[Tt]he\s+)?(?P<body>(?i:{body}))\s+of\s+(?:the\s+)?$")
    after = re.compile(rf"[’']s\s+(?P<body>(?i:{body}))\b(?![’'-]\w)")
    for span in [x for x in known + found if sentence[0] <= x[0] and x[1] <= sentence[1]]:
        start, end = span[:2]
        if any(start == s and end == e and kind == "government" for s, e, *_, kind in found):
            continue  # "Russia’s military police": the state's own forces (state_actors)
        lead = before.search(raw, sentence[0], start)
        tail = after.match(raw, end, sentence[1]) if lead is None else None
        if lead is None and tail is None:
            continue
        wider = (lead.start("body"), end) if lead else (start, tail.end())
        if straddles(wider, known + found):
            continue  # named as part of another actor already
        found[:] = [x for x in found if not (wider[0] <= x[0] and x[1] <= wider[1])]
        name = initial_capital(re.sub(r"^[Tt]he\s+", "", raw[wider[0]:wider[1]]))
        found.append((*wider, slug(name), name, "military"))


def longer_name(raw: str, sentence: tuple[int, int], position: int, table) -> int | None:
    """Where a longer name starts that a well-known party's name ends ("Kataib Hezbollah"): a capitalized word right
    before it that is no state's ("Lebanese Hezbollah" is Hezbollah), determiner or time, else None."""
    word = re.search(r"(?<![\w’'-])(?:al-)?[A-Z][\w’'-]*\s+$", raw[sentence[0]:position])
    if word is None or not word.group().strip().isalpha() and not word.group().startswith("al-"):
        return None
    text = word.group().strip()
    opens = not raw[sentence[0]:sentence[0] + word.start()].strip()  # a sentence's first word may be any word
    if text.lower() in table.determiners | NOT_NAMES or is_state(text, table) \
            or table.connective.fullmatch(text.lower() + " ") or opens:
        return None
    return sentence[0] + word.start()


def forces_of(raw: str, sentence: tuple[int, int], table, known: list, found: list) -> None:
    """"the forces of the Syrian regime", "Turkey’s forces", "SDF fighters": a party's armed men are one actor with
    the party's name before or after them: the party's forces for a state or a government, else the party."""
    armies = {slug(state): army for state, army in table.state_armies}
    before = re.compile(rf"(?:[Tt]he\s+)?(?i:{table.forces_nouns})\s+of\s+(?:the\s+)?$")
    after = re.compile(rf"(?:[’']s)?\s+(?:{table.forces_nouns})\b(?![’'-]\w)")
    for span in [x for x in known + found if sentence[0] <= x[0] and x[1] <= sentence[1]]:
        start, end, actor = span[:3]
        lead = before.search(raw, sentence[0], start)
        tail = after.match(raw, end, sentence[1]) if lead is None else None
        if lead is None and tail is None:
            continue
        wider = (lead.start(), end) if lead is not None else (start, tail.end())
        inside = [x for x in found if wider[0] <= x[0] and x[1] <= wider[1]]  # "fighters" in "Hezbollah’s fighters"
        if straddles(wider, known + found):
            continue  # named as part of another actor already (a registry name inside gives way, as in extract)
        for x in inside:
            found.remove(x)
        army = armies.get(actor)
        forces = slug(army) if army else dict(table.forces_of).get(actor, actor)
        name = army or (span[3] if forces == actor and len(span) > 3 else forces)  # the party's own name
        found.append((*wider, forces, name, "military"))


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


def bracketed_well_known(raw: str, sentence: tuple[int, int], table, found: list, add) -> None:
    """"the Internal Security Forces (Asayish)": a name with a well-known party's name in brackets after it (coding
    guide: the second name is an alias) is that party, the words before the brackets and all."""
    for name, pattern in table.well_known:
        for match in re.finditer(rf"\(({pattern.pattern})\)", raw[sentence[0]:sentence[1]]):
            start, end = sentence[0] + match.start(), sentence[0] + match.end()
            before = next((x for x in found if x[1] <= start and sentence[0] <= x[0]
                           and re.fullmatch(r"(?:\s+[a-z]+){0,2}\s*", raw[x[1]:start])), None)
            if before is not None and not any(other.search(raw, before[0], before[1]) for _, other in table.well_known):
                # (not "the General Security Service of Hayat Tahrir al-Sham (HTS)": the brackets name the owner)
                found.remove(before)
                add(before[0], end, slug(name), name, type_of(name, table))


def domain_phrase(name: str, table) -> bool:
    """Whether a name, with or without "the", is a phrase of a domain actor ("The Syrian army": assad-forces)."""
    bare = re.sub(r"^[Tt]he\s+", "", name)
    return any(pattern.fullmatch(bare) or pattern.fullmatch(f"the {bare}") for _, pattern in table.domain_actors)


def office_actors(raw: str, sentence: tuple[int, int], unit: re.Pattern, table, known: list, found: list, add) -> None:
    """"the local council of Sarmin", "the governor of Daraa": a body (or an office) of a place or of another
    body, found by unit, unless it is a domain actor's, a building's, an apposition's person's, or of a date."""
    for match in unit.finditer(raw, *sentence):
        start, end = match.start("name"), match.end("name")
        head = re.sub(r"\s+(?:of|in)(?:\s+the)?$", "", raw[match.start():match.start("of")].rstrip())
        if any(pattern.fullmatch(head) for _, pattern in table.domain_actors):
            continue  # "the regime forces in Saraqib" are the regime forces, wherever they are
        if re.fullmatch(rf"(?:[Tt]he\s+)?(?:{table.forces_nouns})", head):
            continue  # "the forces of the Fourth Division": the division's forces (forces_of)
        if SITE_BEFORE.search(raw, sentence[0], match.start()):
            continue  # "in front of the office of the Administration": a building, the body is named after it
        if re.match(r"\s*,\s+(?:[A-Z][\w’'-]*\s+)+[A-Z]", raw[end:sentence[1]]):
            continue  # "The governor of Sweida, Bassam Fares, ...": the person the apposition names
        word_after = re.match(r"\s+[a-z]+", raw[end:sentence[1]])
        if match.group("of").split()[0].lower() in NOT_NAMES or \
                word_after and table.place.search(word_after.group().strip()):
            continue  # "the regime in April", "the police in the al-Hal market": no body of a date or a site
        if all(match.start("of") <= s and e <= end for s, e, *_ in known + found if s < end and start < e):
            # "the military police of the National Army (SNA)": the acronym is the owner's, no word of the name
            name = re.sub(r"\s+\([A-Z]{2,6}\)$", "", match.group("name"))
            name = initial_capital(name)
            add(start, end, slug(name), name, type_of(name, table))


def state_bodies_of_places(raw: str, sentence: tuple[int, int], table, free, add) -> None:
    """"the Turkish governorate of Hatay", "the Lebanese municipality of Arsal": a state's civil body of a place
    (rules.yaml seated_bodies), named as printed, not the state."""
    states = "|".join(pattern.pattern for _, pattern in table.states)
    seated_nouns = alternatives(table.seated_bodies | {"governorate"}, False)
    for match in re.finditer(rf"\b[Tt]he\s+(?P<name>(?:{states})\s+(?:{seated_nouns})\s+of\s+{PLACE_NAME})",
                             raw[sentence[0]:sentence[1]]):
        start, end = sentence[0] + match.start("name"), sentence[0] + match.end("name")
        if free(start, end):
            add(start, end, slug(match.group("name")), match.group("name"), "government")


def state_actors(raw: str, sentence: tuple[int, int], names: list[tuple[int, int]], table, free, add) -> None:
    """States in a sentence (rules.yaml states): "the Turkish army", "Israeli aircraft" as the state's forces, and
    the state by its name or adjective, but not inside another name, "Turkish-backed" or "US dollars"."""
    for name, pattern in table.states:  # "the Turkish army", "Israeli aircraft": the state's forces
        for match in pattern.finditer(raw, *sentence):
            forces = re.compile(rf"\s+(?:{table.state_forces})\b(?![’'-]\w)").match(raw, match.end(), sentence[1])
            if forces and match.group() != name and free(match.start(), forces.end()):
                label = raw[match.start():forces.end()]
                if forces.group().strip().lower() not in table.own_forces:  # "Turkish artillery": the Turkish army
                    label = dict(table.state_armies).get(name, label)
                add(match.start(), forces.end(), slug(label), label, "military")
            act = re.compile(rf"\s+(?:{table.state_acts})\b(?![’'-]\w)").match(raw, match.end(), sentence[1])
            army = dict(table.state_armies).get(name)
            if act and army and match.group() != name and free(match.start(), match.end()):
                add(match.start(), match.end(), slug(army), army, "military")  # "Israeli strikes": the army's
    for name, pattern in table.states:
        for match in pattern.finditer(raw, *sentence):
            inside_name = any(s <= match.start() and match.end() <= e and raw[s:e] != match.group()
                              for s, e in names)
            backed = raw.startswith("-backed", match.end()) or \
                table.not_state.match(raw, match.end()) is not None  # "Turkish-backed", "US dollars": not the state
            if not inside_name and not backed and free(match.start(), match.end()):
                add(match.start(), match.end(), slug(name), name, "government")


def collective_actors(raw: str, sentence: tuple[int, int], collective_group: re.Pattern, table, known: list,
                      found: list, groups: dict[str, tuple[str, str]], free, add) -> None:
    """Collectives in a sentence ("residents protested", "traders in Sarmada", "families of detainees"), as
    actors of their own or as the group so named before (groups: a collective noun -> (id, name))."""
    for match in collective_group.finditer(raw[sentence[0]:sentence[1]]):
        start, end = sentence[0] + match.start(), sentence[0] + match.end()
        noun = match.group("noun").lower()
        if noun in table.counted and not match.group("mod") and \
                table.count_before.search(raw, max(sentence[0], start - 40), start):
            continue  # "27 people have been killed": a count of victims; "dozens of displaced people" are a group
        if named_otherwise(raw, sentence[0], start, match, table):
            continue
        if not match.group("mod") and noun in table.member_nouns and \
                any(re.fullmatch(r"\s+", raw[e:start]) for _, e, *_ in known + found):
            continue  # "Islamic State fighters", "SDF members": the body's own, as "its fighters" are
        # ... "the Administration’s employees": a body's people by its possessive, but not its members ("its fighters")
        owner = next((x for x in found if (re.fullmatch(r"\s+", raw[x[1]:start]) or noun not in table.member_nouns
                                           and re.fullmatch(r"[’']s\s+", raw[x[1]:start]))
                      and x[4] not in {"person", "government"}), None)
        if owner is not None and not match.group("mod") and not one_person(noun, table) and \
                noun not in table.modified_groups | table.formations:
            # "Islamic State detainees": a group the party's name says whose it is ("SNA factions" are the SNA's own)
            found.remove(owner)
            name = initial_capital(re.sub(r"^[Tt]he\s+", "", raw[owner[0]:end]))
            add(owner[0], end, slug(name), name, "collective")
            continue
        place = match.group("place")
        if one_person(noun, table) and re.match(r"[Tt]he\s", match.group()) and noun not in groups:
            continue  # "the commander": one person named before, whom the article refers back to
        bare, placed = not match.group("mod"), bool(match.group("place") or match.group("members"))
        tail = group_qualifier(raw, end, sentence[1], table, bare, placed)
        tail = tail if tail is not None and free(end, tail) else None
        if noun in table.modified_groups and not match.group("mod") and tail is None:
            continue  # "men", "factions" alone name no group; "young men", "men who refused to sell" do
        if match.group("mod"):
            noun = f"{match.group('mod').lower()} {noun}"  # "displaced families" are not all "families"
        plain = noun
        trade = trade_before(raw, sentence[0], start, table) if not match.group("mod") and \
            not re.match(r"[Tt]he\s", match.group()) else None
        if trade is not None and free(trade, start):
            start, noun = trade, f"{raw[trade:start].strip().lower()} {noun}"  # "taxi drivers", "bakery workers"
        if tail is not None:  # "farmers who own land in the hills": which farmers, a word of its name
            end, place = tail, place if match.group("members") else raw[sentence[0] + noun_end(match):tail]
        owned = (match.group("members") or place and place.lstrip().startswith("of")
                 and noun not in table.member_nouns) and \
            not free(start, end) and free(start, sentence[0] + noun_end(match))
        if owned:  # "two engineers of the Syrian Petroleum Company": the body’s people, a group of their own
            found[:] = [f for f in found if not (f[0] < end and start < f[1])]  # (a known name in it is a word of it)
        if not owned and not free(start, end):  # named already ("Residents said"): that actor is the group
            holder = next((actor for s, e, actor, *_ in known + found if s < end and start < e), None)
            groups.setdefault(noun, (holder, holder))
            continue
        add_collective(raw, sentence, match, start, end, noun, plain, place, groups, table, add)


def add_collective(raw: str, sentence: tuple[int, int], match, start: int, end: int, noun: str, plain: str,
                   place: str | None, groups: dict[str, tuple[str, str]], table, add) -> None:
    """A collective found by collective_actors over start-end (noun: its noun with its modifier and trade, plain:
    without the trade), as a group of its own, the group of its place, or the group so named before (groups)."""
    if match.group("members"):  # "families of detainees": a group of its own, whatever "families" was
        name = re.sub(r"^[Tt]he\s+", "", raw[start:end])
        add(start, end, slug(name), initial_capital(name), "collective")
    elif place and not (noun in groups and place.islower() and not qualified(place, table)) and \
            (noun not in groups or groups[noun][0] != slug(noun + place) and
             (groups[noun][0] != slug(noun) or qualified(place, table))):
        # ("the shepherds of the clan" after "shepherds of the X clan" are those shepherds)
        # "notables from Kafr Zita": that place's; "students from the Faculty of Arts" after "students of the
        # Faculty of Law" are other students ("the students" stay the first); "farmers who planted rice" after
        # "farmers" are those farmers, a group of their own
        name = initial_capital(re.sub(r"^[Tt]he\s+", "", raw[start:sentence[0] + noun_end(match)])) + place
        groups.setdefault(noun, (slug(name), name))
        add(start, end, slug(name), name, "person" if one_person(noun, table) else "collective")
    elif noun in groups:  # "the traders" after "traders in Sarmada": the group named first
        add(start, end, *groups[noun], "collective")
    else:
        name = re.sub(r"^[Tt]he\s+", "", raw[start:sentence[0] + noun_end(match)])
        groups[noun] = (slug(name), initial_capital(name))
        add(start, end, *groups[noun], "person" if one_person(noun, table) else "collective")
    if noun in groups and noun != plain:
        groups.setdefault(plain, groups[noun])  # "the drivers" after "taxi drivers" are those drivers


def noun_end(match) -> int:
    """Where a collective's nouns end: after the second of "doctors and nurses"."""
    return match.end("also") if match.group("also") else match.end("noun")


# "who were arrested", "who were selling tents": what was done to the group, or what it was doing then, is no word
# of its name (coding guide: without what the article says it did)
PASSIVE_RELATIVE = re.compile(r"\s+(?:who|whose\s+\w+)\s+(?:(?:had|have|has)\s+been|was|were|is|are)\s+"
                              r"(?:(?:still|\w+ly)\s+)?"
                              r"(?:\w+(?:ed|en|ing)|held|hurt|hit|shot|taken|caught)\b")
# Where a participle in -ed says a group is ("held in the prison", "displaced from the area", "based in Gaziantep").
PARTICIPLE_PREPOSITIONS = "in|at|from|to|with|inside|near|on|under|outside|across|along|around|for"
# A time after "in" or "on" ends the clause ("who left in March", "who protested on 3 May").
TIME_AFTER = re.compile(r"\s+(?:in|on)\s+(?:\d|(?:early|late|mid|recent|the\s+(?:night|morning|evening|eve|day|same|"
                        rf"following|next|past|last))\b|(?:{alternatives(NOT_NAMES)})\b)", re.I)


def group_qualifier(raw: str, position: int, end: int, table, bare: bool = True, placed: bool = False) -> int | None:
    """Where the words that say which group a noun names end, from position (right after the noun or its place):
    a place the article does not name ("families in the western neighbourhoods of X", "civilians in the villages
    around X", "correspondents of an Istanbul-based channel"), then a relative clause ("farmers who own land in the
    hills", "families whose names are on the lists") or a participle (rules.yaml group_participles: "organizations
    working in Idlib", "minors held in the prison"), which say which group it is only of a group without a place
    (placed) and, for a relative clause, without a modifier (bare): "young men from Kiswah who filmed the trucks"
    are "Young men from Kiswah", "young men who refused to join" are "Young men"; None where there is none."""
    place = group_place(raw, position, end, table)
    clause = group_clause(raw, position, end, table) if not place and not placed else None
    return place or (clause if clause and (bare or not re.match(r"\s+who", raw[position:clause])) else None)


def qualified(text: str, table) -> bool:
    """Whether the words after a group's noun open with a relative clause or a participle of where or how it is."""
    return re.match(rf"\s+(?:who|whose|{table.group_participles})\b", text) is not None


def group_place(raw: str, position: int, end: int, table) -> int | None:
    """Where a group's place the article does not name by itself ends: "in the western neighbourhoods of X", "from
    the villages around X", "of a local radio station", or "of Homs" after "from the al-Waer neighbourhood"."""
    places = f"{table.place_words}|{table.settlements}"
    # "correspondents of an Istanbul-based channel", "a commander in another faction": which body is theirs
    media = alternatives(set(table.media_types) | table.body_nouns | table.formations)
    described = re.compile(rf"\s+(?:in|from)\s+the\s+(?:(?!(?:{table.function_words})\b)[a-z]+\s+){{0,2}}?"
                           rf"(?:{table.group_places})s?\b(?![’'-]\w)(?:\s+(?:of|around|near|(?:south|north|east|west)\s+of)\s+(?:the\s+)?"
                           rf"{PLACE_NAME}(?:\s+and\s+{PLACE_NAME})?)?"
                           rf"|\s+(?:of|in)\s+(?:a|an|another)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{media})(?:\s+(?:{media}))?\b"
                           # "dignitaries of the town": the article's words, not the town's name (coding guide)
                           rf"|\s+of\s+the\s+(?:{table.settlements})\b(?![’'-]\w|\s+(?:of|along|around|near)\b)")
    match = described.match(raw, position, end)
    if match is None and re.search(rf"\b(?:{places})$", raw[max(0, position - 20):position]):
        # "... the al-Waer neighbourhood" + " of Homs"
        match = re.compile(rf"\s+of\s+{PLACE_NAME}").match(raw, position, end)
    return match.end() if match else None


def group_clause(raw: str, position: int, end: int, table) -> int | None:
    """Where a relative clause or a participle after a group's noun ends: at a stop, a time, a word of rules.yaml
    qualifier_stops, the next clause's verb ("men who refused to sell their houses were arrested") or, after a
    participle, an infinitive ("organizations working in Idlib to repair ..."); None where there is none, it is a
    passive ("students who were arrested": what the article says was done to them is no word of their name), or
    it is longer than twelve words."""
    # (a participle in -ed with its preposition: "The nurses held a strike" is an act)
    lead = re.compile(rf"\s+(?:who|whose\s+[a-z]+|(?=\w+ing\b)(?:{table.group_participles})\s+(?!by\b)[a-z]+"
                      rf"|(?:{table.group_participles})\s+(?:{PARTICIPLE_PREPOSITIONS}))\b").match(raw, position, end)
    if lead is None or PASSIVE_RELATIVE.match(raw, position, end):
        return None
    place = lead.end()
    acts = {m.start() for trigger in table.triggers for m in trigger.pattern.finditer(raw, position, end)}
    if any(position <= act < place for act in acts):
        return None  # "drivers who break the rule face a fine": the clause is an act's words
    participle = not lead.group().split()[0].startswith("who")
    verb = participle  # a participle is the clause's verb
    for _ in range(13):
        word = re.compile(r"\s+(?P<word>[\w’'-]+)").match(raw, place, end)
        if word is None:
            return place if verb else None  # a stop, a comma, a quotation: the clause ends
        lowered = word.group("word").lower()
        after = re.compile(r"\s+(?P<next>(?:al-)?[A-Z]|[a-z]+)").match(raw, word.end(), end)
        infinitive = lowered == "to" and after and after.group("next").islower() and \
            after.group("next") not in table.determiners
        if lowered in table.qualifier_stops or TIME_AFTER.match(raw, place, end) or participle and infinitive or \
                lowered == "and" and (not after or after.group("next").islower()) or \
                verb and (lowered in table.finite_verbs or word.start("word") in acts):
            # ("drivers who break the rule face a fine": the act after the clause is no word of it); a clause cut
            # before its verb ("farmers whose tractors and pumps were destroyed") is none
            return place if verb else None
        verb = verb or lowered not in table.finite_verbs | {"not", "also", "still", "already", "never"}
        place = word.end()
    return None


def addressed_ends(raw: str, sentence: tuple[int, int], table) -> set[int]:
    """Where the party of an act that addresses one (rules.yaml addressed: "asked", "accused") begins."""
    return {m.end() + len(raw[m.end():sentence[1]]) - len(raw[m.end():sentence[1]].lstrip())
            for trigger in table.triggers if trigger.type in table.addressed
            for m in trigger.pattern.finditer(raw, *sentence)}


def capitalized_names(raw: str, sentence: tuple[int, int], table) -> list[tuple[int, int]]:
    """The spans of the capitalized names in a sentence: past a determiner or an acronym's possessive that
    opens them, and joined as names_for says ("the National Front for Liberation")."""
    # "A Russian airstrike", "The Turkish authorities": the determiner that opens a sentence is no word of a name
    names = [(m.start() + len(lead.group()) if (lead := NAME_DETERMINER.match(m.group())) else m.start(), m.end())
             for m in NAME.finditer(raw, *sentence)]
    # "the SDF’s Military Police": the owner before the possessive says whose the body is, no word of its name
    names = [(owner.end(), e) if (owner := OWNER_BEFORE.match(raw, s, e)) and owner.end() < e else (s, e)
             for s, e in names]
    return names_for(raw, names, sentence, table)


def names_for(raw: str, names: list[tuple[int, int]], sentence: tuple[int, int], table) -> list[tuple[int, int]]:
    """"the National Front for Liberation", "the Committee for Missing Persons": a body's name, "for" and the
    capitalized words right after it are one name (what the body is for); not after a verb of asking, when its
    "for" is what is asked ("asked the Nahda Brigade for Omar Tello's release", "for Omar Tello to be released").
    A body's name, "of the" and another name are one name too (the body of the other)."""
    asked = addressed_ends(raw, sentence, table)
    joined: list[tuple[int, int]] = []
    for start, end in names:
        if joined and start < joined[-1][1]:
            continue  # a word of the name joined before
        words = {w.lower() for w in raw[joined[-1][0]:joined[-1][1]].split()} if joined else set()
        gap = raw[joined[-1][1]:start] if joined else ""
        # ... "the Ministry of Water and Sanitation of the SIG": the head of the name after "and" is no body of its own
        other_body = set(re.split(r"\s+(?:of|in|for)\s+", raw[start:end])[0].lower().split()) & table.body_nouns
        if words & table.body_nouns and (re.fullmatch(r"\s+of\s+the\s+", gap) or
                                         re.fullmatch(r"\s+and\s+", gap) and "of" in words and not other_body or
                                         # "the Ministry of Water and Sanitation of the Interim Government"
                                         "of" in words and re.fullmatch(r"\s+and\s+[A-Z][a-z]+\s+of\s+the\s+", gap)):
            # "the Ministry of Health of the Syrian Salvation Government": a body of another, named with it; "the
            # Ministry of Internal Trade and Consumer Protection": what a body is of, two things joined by "and"
            joined[-1] = (joined[-1][0], end)
            continue
        after = NAME_FOR.match(raw, end)
        body = raw[start:end].split()[-1].lower() in table.body_nouns
        addressed = start in asked or raw.startswith("the ", start - 4) and start - 4 in asked
        asked_for = addressed and after and (re.search(r"[’']s?$", after.group())
                                             or re.match(r"\s+to\b", raw[after.end():]))
        named_for = after and body and not asked_for
        joined.append((start, after.end() if named_for else end + second_place(raw, start, end, table)))
    return joined


def second_place(raw: str, start: int, end: int, table) -> int:
    """The length of "and" and a second place's one-word name after a body's name of a place ("the General Council
    of Tal Hajar" "and al-Nashwa"): both places are the body's, a word of its name; not a state ("the Local Council of
    Azaz and Turkey") nor a name before a group's noun ("and Idlib residents"); 0 if none."""
    head = re.split(r"\s+of\s+", raw[start:end])[0].lower().split()
    second = re.match(r"\s+and\s+(?P<place>(?:al-)?[A-Z][a-z][\w’'-]*)(?![\w’'-])(?!\s+(?:al-)?[A-Z])", raw[end:])
    if " of " not in raw[start:end] or not set(head) & table.body_nouns or second is None or \
            is_state(second.group("place"), table):
        return 0
    noun = re.match(r"\s+([a-z]+)", raw[end + second.end():])
    return 0 if noun and noun.group(1) in table.body_nouns | table.collectives else second.end()


def named_otherwise(raw: str, start: int, position: int, match, table) -> bool:
    """A person or group noun that is an actor named otherwise: an apposition to a name or to "one
    of them" ("Ziad Haddad, a former commander", "one of them, a student"), or a body's members
    after its possessive ("its fighters" are the body's)."""
    if not match.group("place") and not match.group("members") and PERSON_NAME_AFTER.match(raw, start + match.end()):
        return True  # "the media activist Yamen Khalil": the person is named
    lead = APPOSITION_LEAD.search(raw, start, position)
    if lead and (re.search(r"\bof\s+(?:them|whom)$", raw[start:lead.start()]) or
                 apposed_to_name(raw, start, lead, match)):
        return True
    return not match.group("mod") and match.group("noun").lower() in table.member_nouns and \
        re.search(r"\b(?:its|their)\s+(?:own\s+)?$", raw[start:position]) is not None


def apposed_to_name(raw: str, start: int, lead, match) -> bool:
    """Whether ", a/the ..." (lead) before a group's noun (match) is an apposition to the name before the comma:
    not to a phrase of time or place that opens the sentence ("On Monday, the police arrested three traders"), nor
    where the group has a determiner of its own ("..., the police arrested the traders": two noun phrases)."""
    named = NAME_BEFORE.search(raw, start, lead.start())
    if named is None or re.match(r"[Tt]he\s", match.group()) and not re.fullmatch(r",\s+", lead.group()):
        return False
    adverbial = LEADING_ADVERBIAL.match(raw, named.start())
    return adverbial is None or adverbial.end() <= lead.start()


def trade_before(raw: str, sentence_start: int, position: int, table) -> int | None:
    """Where the trade before a collective noun starts ("Taxi drivers in ...", "two bakery workers", "the bus
    drivers", "Kidnapping gangs"): one word after the sentence's start, a determiner or a count, that is no verb,
    function word or modifier of another kind (a word in -ing only after the start or a determiner)."""
    word = re.search(r"(?:^|(?<=\s))(?P<word>[A-Za-z][a-z]+)\s+$", raw[sentence_start:position])
    if word is None:
        return None
    lowered = word.group("word").lower()
    if lowered in table.not_trades | table.finite_verbs | table.determiners | table.collectives | table.persons | \
            table.group_modifiers | NOT_NAMES or re.fullmatch(rf"(?:{table.not_owned})|\w+(?:ed|ly)", lowered) or \
            table.connective.fullmatch(lowered + " "):
        return None
    opening = raw[sentence_start:sentence_start + word.start("word")]
    if opening.strip() and not re.search(rf"\b(?:{table.not_owned}|\d[\d,.]*)\s+$", opening, re.I) or \
            re.search(r"\b(?:to|and|or|as|than|from|by|with|for|in|at|on)\s+$", opening, re.I):
        return None  # a verb's object ("to pay teachers") or a word after a preposition is no trade
    if lowered.endswith("ing") and opening.strip() and \
            not re.search(rf"\b(?:{alternatives(table.determiners)})\s+$", opening, re.I):
        return None  # "Kidnapping gangs", "the returning families"; but "accused X of kidnapping teachers": an act
    return sentence_start + word.start("word")


def one_person(noun: str, table) -> bool:
    """A noun of one unnamed person ("a pharmacist", "a young man"), not of a group ("gunmen")."""
    return noun.split()[-1] in table.persons and not re.search(r"(?:s|men|children)$", noun)


def named_parties(raw: str, sentence: tuple[int, int], actors, table) -> list[tuple[int, int, str]]:
    """Proper names the structure of the sentence makes parties of an act: a name listed with an
    actor ("the regime forces, the IRGC and Lebanon’s Hezbollah"), and a name right after an act
    that ends in its preposition ("took the city from the Islamic State", "clashed with Hezbollah")
    or whose object is always a party (rules.yaml addressed: "accused Hayat Tahrir al-Sham of").
    Places are not parties."""
    found = []

    def name_at(position: int) -> None:
        match = PROPER_NAME.match(raw, position, sentence[1])
        if match is None:
            return
        name = re.sub(r"[’']s$", "", match.group("name"))  # "called for Omar Ali’s release": Omar Ali
        if name.split()[0].lower() in NOT_NAMES or table.place.search(name) or name.isupper() and len(name) < 2:
            return
        noun = re.match(r"\s+([a-z]+)\b(?![’'-]\w)", raw[match.start("name") + len(name):sentence[1]])
        if name == match.group("name") and " " not in name and noun and \
                noun.group(1) in (table.body_nouns | table.collectives) - table.member_nouns:
            # "in coordination with the Syrian authorities": the authorities, not "Syrian" (but "Asayish members" are
            # the Asayish)
            name += noun.group()
        found.append((match.start("name"), match.start("name") + len(name), name))
    spans = [(s, e) for s, e, *_ in actors if sentence[0] <= s and e <= sentence[1]]
    kin_nouns = alternatives([noun for sex, nouns in table.relations.items() if sex != "groups" for noun in nouns],
                             False)
    for _, end in spans:  # "A and B", "A, B and C": the name after an actor of the list
        joined = re.compile(r"\s*,\s*(?=[^,]+\band\b)|\s*(?:,\s*)?and\s+").match(raw, end, sentence[1])
        if joined:
            name_at(joined.end())
    for trigger in table.triggers:
        for match in trigger.pattern.finditer(raw, *sentence):
            if re.search(r"\b(?:from|with|against)$", match.group()) or trigger.type in table.addressed:
                # "took the city from the Islamic State", "accused Hayat Tahrir al-Sham of ..."
                name_at(match.end() + len(raw[match.end():]) - len(raw[match.end():].lstrip()))
            owned = table.belonging.match(raw, match.end(), sentence[1])
            person = PERSON_NAME.match(raw, owned.end(), sentence[1]) if owned else None
            if person and not table.place.search(person.group()):  # "raided the house of Walid Haddad": its owner
                found.append((person.start(), person.end(), person.group()))
            if trigger.mode in table.personal_modes:  # "detained Walid Haddad and his son": a person is its object
                # past what the person is: "arrested the media activist Yamen Khalil"
                described = DESCRIBED_BEFORE_NAME.match(raw, match.end())
                titled = table.title.match(raw[described.end():described.end() + 60])  # "detained Dr. Khaled Nasser"
                person = PERSON_NAME.match(raw, described.end() + (titled.end() if titled else 0))
                kin = re.fullmatch(rf"\s*(?:the|a|an)\s+(?P<relation>{kin_nouns})\s+of\s+",
                                   raw[match.end():described.end()])
                if person and person.end() <= sentence[1] and not table.place.search(person.group()) and not kin:
                    found.append((person.start(), person.end(), person.group()))
                # "kidnapped a member of the council, Khalil Hamdan": the person the apposition names
                apposed = APPOSED_OBJECT.match(raw, match.end(), sentence[1])
                if apposed and not table.place.search(apposed.group("name")):
                    found.append((apposed.start("name"), apposed.end("name"), apposed.group("name")))
            subject = subject_before(raw, sentence[0], match.start(), table)
            if subject:  # "The Asayish confiscated ...", "the municipality imposed a fine": the act's subject
                found.append(subject)
            auxiliary = re.match(r"(?:was|were)\s+", match.group(), re.I)  # the trigger "was shot" holds its auxiliary
            undergoer = PASSIVE_SUBJECT.search(raw[sentence[0]:match.start() + (auxiliary.end() if auxiliary else 0)])
            if undergoer and not table.place.search(undergoer.group("name")):
                # "Her neighbour, Abu Hussam, was killed", "Khaled al-Zoubi, a carpenter, who was arrested"
                found.append((sentence[0] + undergoer.start("name"), sentence[0] + undergoer.end("name"),
                              undergoer.group("name")))
    return found


def subject_before(raw: str, start: int, position: int, table) -> tuple[int, int, str] | None:
    """The subject right before an act's verb that no list names: a proper name ("The Asayish
    confiscated"; a lone word opening the sentence only with "the" or in capitals, "Clashes" is
    none) or a body by its noun ("the municipality imposed"), named in the article's words."""
    if re.match(r"(?:was|were|is|are|been)\b", raw[position:position + 5], re.I):
        return None  # a passive's subject underwent the act
    text = raw[start:position]
    ordered = ORDERED_ACT.search(text)
    if ordered:  # "The court ordered the release of": who orders it does the act the order names
        text = text[:ordered.start() + 1]
    members = re.search(rf"\s(?:{table.members})\s+$", text)
    if members and not re.search(r"\b(?:its|their)\s+\S+\s+$", text):
        text = text[:members.start() + 1]  # "Civil Defence teams put out the fire": the body's members are the body
    renamed = APPOSED_NAME.search(text)
    if renamed:  # "The president of the university, Dr. Walid Haddad, met ...": the person named in apposition
        return start + renamed.start("name"), start + renamed.end("name"), renamed.group("name")
    match = SUBJECT_NAME.search(text)
    if match:
        name = re.sub(r"[’']s$", "", match.group("name"))  # "Russia’s shelling": Russia
        lone = " " not in name and not match.group("the") and match.start("name") == len(text) - len(text.lstrip()) \
            and not name.isupper() and name.lower() not in table.body_nouns  # "Police arrested": a body's noun
        if lone or len(name) < 2 or name.split()[0].lower() in NOT_NAMES or table.place.search(name):
            return None
        return start + match.start("name"), start + match.start("name") + len(name), name
    nouns = alternatives(table.body_nouns, False)
    match = re.search(SUBJECT_BODY.format(nouns=nouns), text)
    if match:
        name = match.group("name")
        return start + match.start("name"), start + match.end("name"), initial_capital(name)
    return None


def type_of(name: str, table) -> str:
    """A proposed actor's type, from the words of its name (rules.yaml: actor_types)."""
    return next((kind for kind, pattern in table.actor_types if pattern.search(name)), "group")
