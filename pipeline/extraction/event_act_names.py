"""The proper names that the structure of a sentence makes parties of an act (named_parties): a name listed with an
actor, a name right after an act that ends in its preposition or whose object is always a party, a person an act
is done to, and the subject right before an act's verb (subject_before).
"""
import re

from pipeline.extraction.attribution import initial_capital, slug
from pipeline.extraction.event_named_actors import type_of
from pipeline.extraction.event_patterns import (
    APPOSED_NAME,
    APPOSED_OBJECT,
    DESCRIBED_BEFORE_NAME,
    NOT_NAMES,
    ORDERED_ACT,
    PASSIVE_SUBJECT,
    PERSON_NAME,
    PROPER_NAME,
    SUBJECT_BODY,
    SUBJECT_NAME,
)
from pipeline.extraction.rules import alternatives


def named_party_actors(raw: str, sentence: tuple[int, int], table, known: list, found: list, free, add) -> None:
    """The proper names the structure of the sentence makes parties of an act (named_parties: "clashed with
    Hezbollah"), where free: a person by a person's name, anything else by the type its name says."""
    for start, end, name in named_parties(raw, sentence, known + found, table):
        if free(start, end):
            add(start, end, slug(name), name, "person" if PERSON_NAME.fullmatch(name) else type_of(name, table))


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
            persons_done_to(raw, sentence, match, trigger, kin_nouns, table, found)
            subject = subject_before(raw, sentence[0], match.start(), table)
            if subject:  # "The Asayish confiscated ...", "the municipality imposed a fine": the act's subject
                found.append(subject)
            passive_undergoer(raw, sentence, match, table, found)
    return found


def persons_done_to(raw: str, sentence: tuple[int, int], match, trigger, kin_nouns: str, table, found: list) -> None:
    """The persons an act (match: its trigger's) is done to, named right after it: the owner of a thing it names
    ("raided the house of Walid Haddad"), and for an act on persons (rules.yaml personal_modes) the person past what
    they are ("arrested the media activist Yamen Khalil"; not "the brother of X", a relative: kin_nouns) or the person
    an apposition to its object names; added to found."""
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


def passive_undergoer(raw: str, sentence: tuple[int, int], match, table, found: list) -> None:
    """The subject of a passive act (match: its trigger's), named before it ("Her neighbour, Abu Hussam, was killed",
    "Khaled al-Zoubi, a carpenter, who was arrested"): who underwent it, added to found; never a place."""
    auxiliary = re.match(r"(?:was|were)\s+", match.group(), re.I)  # the trigger "was shot" holds its auxiliary
    undergoer = PASSIVE_SUBJECT.search(raw[sentence[0]:match.start() + (auxiliary.end() if auxiliary else 0)])
    if undergoer and not table.place.search(undergoer.group("name")):
        # "Her neighbour, Abu Hussam, was killed", "Khaled al-Zoubi, a carpenter, who was arrested"
        found.append((sentence[0] + undergoer.start("name"), sentence[0] + undergoer.end("name"),
                      undergoer.group("name")))


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
