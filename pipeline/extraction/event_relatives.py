"""Actors named by their relation to another, for actor_spans: "his brother", "the son of Omar Ali", "Walid
Haddad’s brother", "two cousins of the victim", "its donor", "the family" (coding guide: "Brother of X");
relative(relation, owner, owner's name, kind) names them.
"""
import re

from pipeline.extraction.attribution import slug
from pipeline.extraction.event_patterns import (
    COMMON_OWNER,
    NAME_BEFORE_APPOSITION,
    NAME_BEFORE_WHOSE,
    NAME_DESCRIBED,
    PERSON_NAME,
)
from pipeline.extraction.rules import alternatives


def relatives_and_dependents(raw: str, sentence: tuple[int, int], table, known: list, found: list, relative, person,
                             sex, free) -> None:
    """The unnamed relatives of the people found so far (relatives) and the dependents of the bodies (dependents),
    named by relative(relation, owner, owner's name, kind)."""
    people = [(s, e, a, n) for s, e, a, n, kind in found if kind == "person"] + \
        [(s, e, a, a) for s, e, a in known if person is not None and person(a)]
    relatives(raw, sentence, people, relative, table, free, found, sex)
    bodies = [(s, e, a, a) for s, e, a, *rest in known + found
              if not any(a == p[2] for p in people) and (not rest or rest[-1] != "person")]
    dependents(raw, sentence, bodies, relative, table, free, found)


def dependents(raw: str, sentence: tuple[int, int], bodies, relative, table, free, found: list) -> None:
    """"Its donor stopped the funding": the donor of the body named last before (coding guide: "Donor of X")."""
    nouns = "|".join(table.dependents)
    for match in re.finditer(rf"\b[Ii]ts\s+(?P<noun>(?:{nouns})s?)\b", raw[sentence[0]:sentence[1]]):
        start, end = sentence[0] + match.start(), sentence[0] + match.end()
        # the sentence's subject ("X told Enab Baladi that its donor ..."), else the body named last before
        owner = min((b for b in bodies if sentence[0] <= b[0] and b[1] <= start), key=lambda b: b[0], default=None) \
            or max((b for b in bodies if b[1] <= start), key=lambda b: b[1], default=None)
        if owner is not None and free(start, end):
            actor = relative(match.group("noun"), owner[2], owner[3], "collective")
            found.append((start, end, actor, actor, "collective"))


def relatives(raw: str, sentence: tuple[int, int], people, relative, table, free, found: list, sex=None) -> None:
    """"his brother", "Walid Haddad and his son", "a teacher whose two sons": the relative of the
    person before ("whose": the one right before it), named by the relation (coding guide), unless
    the article names the relative ("His wife, Rima, ...")."""
    nouns = alternatives({n for group in table.relations.values() for n in group}, False)
    pattern = re.compile(rf"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir)|(?P<whose>whose))\s+(?:[\w-]+\s+){{0,2}}?"
                         rf"(?P<relation>(?:{nouns})s?)\b(?!\s*,\s+[A-Z])")
    for match in pattern.finditer(raw, *sentence):
        start, end = match.start(), match.end()
        if not free(start, end):
            continue
        if match.group("whose"):
            owner = next((p for p in people if p[1] <= start and re.fullmatch(r"\s*,?\s*", raw[p[1]:start])), None)
            described = NAME_DESCRIBED.search(raw, sentence[0], start)  # "Nawal Khatib, a nurse whose sons"
            if owner is None and described:
                owner = (0, 0, slug(described.group("name")), described.group("name"))
            named = NAME_BEFORE_WHOSE.search(raw, sentence[0], start)  # "said Rima, whose brother"
            if owner is None and named and not table.place.search(named.group("name")):
                owner = (0, 0, slug(named.group("name")), named.group("name"))
        else:  # "his brother": of the last person named before who is not a woman ("her": not a man)
            said = {"his": "male", "her": "female"}.get(match.group().split()[0].lower())
            owner = max((p for p in people if p[1] <= start and sex_of(p[2], sex, table) in {None, said}),
                        key=lambda p: p[1], default=None)
            named = NAME_BEFORE_APPOSITION.search(raw, sentence[0], owner[0]) \
                if owner is not None and owner[0] >= sentence[0] else None
            if named and not table.place.search(named.group("name")):  # the person the apposition describes
                owner = (0, 0, slug(named.group("name")), named.group("name"))
        # "Two young shepherds were killed and their cousin wounded": the cousin of the group named last before
        # ("Cousin of the young shepherds"); "their" is no one person's
        their = match.group().split()[0].lower() == "their"
        group = max((f for f in found if f[4] == "collective" and start - 400 <= f[0] and f[1] <= start),
                    key=lambda f: f[1], default=None) if their else None
        owner = None if their and not match.group("relation").endswith("s") else owner
        if group is not None and not match.group("relation").endswith("s"):
            actor = relative(match.group("relation"), group[2], group[3], "person", True)
            found.append((start, end, actor, actor, "person"))
        elif owner is not None:
            # "his family" is a group of the person's (coding guide: "Family of X"), no owner of a later "his"
            kind = "collective" if match.group("relation") in table.relations["groups"] else "person"
            actor = relative(match.group("relation"), owner[2], owner[3], kind)
            found.append((start, end, actor, actor, kind))
    relatives_of_named(raw, sentence, people, relative, table, found)
    kin_groups(raw, sentence, table, free, found)


def sex_of(actor: str, sex, table) -> str | None:
    """A person's sex, as the article says it (sex), else as the relation that names them says it: "Son of X" is
    a man, whom "her son" cannot be the son of."""
    relation = actor.split("-of-")[0] if "-of-" in actor else None
    named = next((kind for kind, nouns in table.relations.items() if kind in {"male", "female"} and relation in nouns),
                 None)
    return (sex(actor) if sex is not None else None) or named


def relatives_of_named(raw: str, sentence: tuple[int, int], people, relative, table, found: list) -> None:
    """"detained the brother of Walid Haddad", "the two sons of Omar Ali were killed": the relative is the party,
    named by the relation (coding guide: "Brother of X"), not the person named after it; an apposition to a name
    ("Maher Haddad, the brother of Walid Haddad") is that name's."""
    relations = {noun for group in table.relations.values() for noun in group}
    pattern = re.compile(rf"\b(?:[Tt]he\s+|[Aa]\s+)?(?:(?:{table.count_words}|\d+)\s+)?"
                         rf"(?P<relation>(?:{alternatives(relations, False)})s?)\s+of\s+(?=[A-Z]|the\s+[a-z])")
    for match in pattern.finditer(raw, *sentence):
        if re.search(r"[\w’'-]\s*,\s*$", raw[sentence[0]:match.start()]):
            continue  # an apposition: "Maher Haddad, the brother of Walid Haddad"
        # "the son of the mukhtar in Tafas": of the actor found there
        lead = re.match(r"(?:the\s+)?", raw[match.end():match.end() + 4]).end()
        group = next((x for x in found if x[0] in {match.end(), match.end() + lead}
                      and not PERSON_NAME.fullmatch(x[3])), None)
        common = COMMON_OWNER.match(raw, match.end(), sentence[1])  # "two cousins of the victim": named as written
        if group or common and not re.search(rf"\b(?:{table.not_owned})$", common.group()):
            common_owner(raw, match, group or common, relative, table, found)
            continue
        owner = next((p for p in people if p[0] == match.end()), None) or person_at(raw, match.end(), table, found)
        if owner is not None:
            relative_of_person(match.start(), owner[1], match.group("relation"), owner, relative, table, found)
    possessive = re.compile(rf"(?P<owner>{PERSON_NAME.pattern})[’']s\s+(?:(?:{table.count_words}|\d+)\s+)?"
                            rf"(?P<relation>(?:{alternatives(relations, False)})s?)\b(?!\s*,\s+[A-Z])")
    for match in possessive.finditer(raw, *sentence):  # "Walid Haddad’s brother was arrested"
        name = match.group("owner")
        owner = next((p for p in people if (p[0], p[1]) == match.span("owner")), None) or \
            (match.start(), match.end("owner"), slug(name), name)
        if not table.place.search(name):
            relative_of_person(match.start(), match.end(), match.group("relation"), owner, relative, table, found)


def relative_of_person(start: int, end: int, relation: str, owner, relative, table, found: list) -> None:
    """The relative of a named person (owner: start, end, id, name) as one actor over start-end, in place of the
    actors found inside it, unless a word of it is another actor's."""
    inside = [x for x in found if start <= x[0] and x[1] <= end]
    if any(x[0] < end and start < x[1] and x not in inside for x in found):
        return
    kind = "collective" if relation.endswith("s") or relation in table.relations["groups"] else "person"
    for x in inside:
        found.remove(x)
    actor = relative(relation, owner[2], owner[3], kind)
    found.append((start, end, actor, actor, kind))


def common_owner(raw: str, match, owner, relative, table, found: list) -> None:
    """"two cousins of the victim", "the son of the mukhtar in Tafas": the relatives of a person (or group) the
    article names by a common noun ("Cousins of the victim", coding guide), unless a word of it is another actor's.
    owner: the match of its words, or the actor found there (start, end, id, name, kind)."""
    end = owner[1] if isinstance(owner, tuple) else owner.end()
    if any(x[0] < end and match.start() < x[1] for x in found if x is not owner):
        return
    relation = match.group("relation")
    kind = "collective" if relation.endswith("s") or relation in table.relations["groups"] else "person"
    if isinstance(owner, tuple):
        found.remove(owner)
        actor = relative(relation, owner[2], owner[3], kind, True)
    else:
        words = owner.group()[len("the "):]
        actor = relative(relation, slug(words), words, kind, True)
    found.append((match.start(), end, actor, actor, kind))


def person_at(raw: str, position: int, table, found: list) -> tuple[int, int, str, str] | None:
    """A person's name no other actor holds, at position ("the son of Omar Ali"), but no place ("Tal Rifaat")."""
    name = PERSON_NAME.match(raw, position)
    if name is None or table.place.match(name.group()) or any(s < name.end() and position < e for s, e, *_ in found):
        return None
    return name.start(), name.end(), slug(name.group()), name.group()


def kin_groups(raw: str, sentence: tuple[int, int], table, free, found: list) -> None:
    """"The family paid ...": the family named before ("his family": "Family of X")."""
    groups = "|".join(table.relations["groups"])
    for match in re.finditer(rf"\b[Tt]he\s+(?P<noun>{groups})\b(?!\s+of\b)", raw[sentence[0]:sentence[1]]):
        start, end = sentence[0] + match.start(), sentence[0] + match.end()
        earlier = [a for s, e, a, *_ in found if e <= start and a.startswith(f"{match.group('noun')}-of-")]
        if earlier and free(start, end):
            found.append((start, end, earlier[-1], earlier[-1], "collective"))


def speakers_relatives(raw: str, statements: list, table, taken: list, relative, person) -> list[tuple]:
    """"My brother went to the house to ask for it back," said X: the relative a person names in their own quoted
    words is theirs ("Brother of X", coding guide), unless the quotation names them ("my brother, Omar,")."""
    nouns = alternatives({noun for group in table.relations.values() for noun in group}, False)
    pattern = re.compile(rf"\b[Mm]y\s+(?P<relation>(?:{nouns})s?)\b(?!\s*,\s+[A-Z])")
    found: list[tuple] = []
    for statement in statements:
        if statement.mode == "indirect" or not person(statement.speaker):
            continue
        for match in pattern.finditer(raw, statement.start, statement.end):
            if any(s < match.end() and match.start() < e for s, e, *_ in taken + found):
                continue
            relation = match.group("relation")
            kind = "collective" if relation.endswith("s") or relation in table.relations["groups"] else "person"
            actor = relative(relation, statement.speaker, None, kind)
            found.append((match.start(), match.end(), actor, actor, kind))
    return found
