"""Actors without a name of their own (actor_spans's finders of unnamed groups and people): collectives ("residents",
"traders in Sarmada", "families of detainees") with the place, trade or clause that makes them one group, owners
of a thing, groups named by an adjective ("the wounded"), and bodies named by their noun alone ("the governorate",
"the university police"), and the owner a thing is named with ("the car of Adnan Haddad"), named or not.
"""
import re
from functools import lru_cache

from pipeline.extraction.attribution import initial_capital, slug
from pipeline.extraction.attribution_patterns import LEADING_ADVERBIAL
from pipeline.extraction.event_named_actors import addressed_ends, type_of
from pipeline.extraction.event_patterns import (
    APPOSITION_LEAD,
    NAME_BEFORE,
    NOT_NAMES,
    PERSON_NAME,
    PERSON_NAME_AFTER,
    PLACE_NAME,
)
from pipeline.extraction.rules import alternatives, rules


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


# "... the al-Waer neighbourhood" + " of Homs"
PLACE_OF = re.compile(rf"\s+of\s+{PLACE_NAME}")


@lru_cache(maxsize=1)
def described_place() -> re.Pattern:
    """What group_place matches after a group's noun, built once from rules.yaml's lists."""
    table = rules()
    # "correspondents of an Istanbul-based channel", "a commander in another faction": which body is theirs
    bodies = alternatives(set(table.media_types) | table.body_nouns | table.formations)
    return re.compile(rf"\s+(?:in|from)\s+the\s+(?:(?!(?:{table.function_words})\b)[a-z]+\s+){{0,2}}?"
                      rf"(?:{table.group_places})s?\b(?![’'-]\w)(?:\s+(?:of|around|near|(?:south|north|east|west)\s+of)\s+(?:the\s+)?"
                      rf"{PLACE_NAME}(?:\s+and\s+{PLACE_NAME})?)?"
                      rf"|\s+(?:of|in)\s+(?:a|an|another)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{bodies})(?:\s+(?:{bodies}))?\b"
                      # "dignitaries of the town": the article's words, not the town's name (coding guide)
                      rf"|\s+of\s+the\s+(?:{table.settlements})\b(?![’'-]\w|\s+(?:of|along|around|near)\b)")


def group_place(raw: str, position: int, end: int, table) -> int | None:
    """Where a group's place the article does not name by itself ends: "in the western neighbourhoods of X", "from
    the villages around X", "of a local radio station", or "of Homs" after "from the al-Waer neighbourhood"."""
    match = described_place().match(raw, position, end)
    if match is None and re.search(rf"\b(?:{table.place_words}|{table.settlements})$",
                                   raw[max(0, position - 20):position]):
        match = PLACE_OF.match(raw, position, end)
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
