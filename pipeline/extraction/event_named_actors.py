"""Actors found by their names (actor_spans's finders of names): states and their civil bodies and forces, acronyms,
well-known parties, clients' groups ("Iran-backed militias"), bodies by name ("the Fisheries Directorate") or as
the body of a place or another body ("the local council of Sarmin"), the domain's actors by their phrases (rules.yaml
domain_actors: "the regime"), a party's own forces, the capitalized names
of a sentence, people and bodies named after what they are ("the photographer X", "the company X"), and the type a
name says (type_of).
"""
import re

from pipeline.extraction.attribution import NAME, initial_capital, slug, without_patron
from pipeline.extraction.attribution_patterns import ACRONYM_DEFINITION, BODY_PLACE
from pipeline.extraction.event_patterns import (
    CLIENT_OF,
    NAME_DETERMINER,
    NAME_FOR,
    NOT_NAMES,
    OBJECT_BEFORE,
    OWNER_BEFORE,
    PERSON_NAME,
    PLACE_NAME,
    PROPER_NAME,
    SITE_BEFORE,
)
from pipeline.extraction.rules import alternatives, is_state, seated, well_known


def described_names(raw: str, sentence: tuple[int, int], table, free, add) -> None:
    """"the Turkish company AK Energy", "the charity Hope Relief": the proper name right after a noun that says what
    kind of body it is (rules.yaml name_descriptors) is a party under its name, before an acronym or a state's
    adjective takes a part of it ("AK", "Turkish")."""
    for described in table.described_name.finditer(raw, *sentence):
        match = PROPER_NAME.match(raw, described.end(), sentence[1])
        name = match and re.sub(r"[’']s$", "", match.group("name"))
        if name and name.split()[0].lower() not in NOT_NAMES and not table.place.search(name) and \
                free(match.start("name"), match.start("name") + len(name)):
            add(match.start("name"), match.start("name") + len(name), slug(name), name, type_of(name, table))


def described_persons(raw: str, sentence: tuple[int, int], table, free, add) -> None:
    """"summoned the activist Yaman Khatib": a person's name right after a noun that says what the person is
    (rules.yaml person_descriptors) is a person, whatever act names them; not after "of" ("the house of the
    journalist X", "the brother of the activist X"), where the act is done to the house or the relative."""
    for described in table.described_person.finditer(raw, *sentence):
        match = PERSON_NAME.match(raw, described.end(), sentence[1])
        if match and not re.search(r"\bof\s+$", raw[sentence[0]:described.start()]) and \
                match.group().split()[0].lower() not in NOT_NAMES and not table.place.search(match.group()) and \
                free(match.start(), match.end()):
            add(match.start(), match.end(), slug(match.group()), match.group(), "person")


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


def type_of(name: str, table) -> str:
    """A proposed actor's type, from the words of its name (rules.yaml: actor_types)."""
    return next((kind for kind, pattern in table.actor_types if pattern.search(name)), "group")
