"""An unnamed person the article names later is one actor, under the name (coding guide: an actor the article does
not name is named in its words; a person it names, by the name): "a nurse from X was detained ... Mahmoud Dabbour,
the nurse, had worked ...", "a woman was killed ... her neighbours identified her as Layla Hamo", "a teacher from X
was detained ... <next paragraph> Wael Radwan, 41, who teaches ...".

Pure functions over the text and the actor spans the draft found; rules.yaml identifying_verbs holds the verbs."""
import re

from pipeline.extraction.attribution_patterns import slug

# A person's name: two to four capitalized words ("Mahmoud Dabbour", "Wael al-Radwan", "Umm Ahmad Dabbas")
PERSON = r"(?:al-)?[A-Z][a-z’'-]+(?:\s+(?:al-|bin\s+|abu\s+|[Aa]bu\s+)?[A-Z][a-z’'-]+){1,3}"
# A description, not a name: its words up to a preposition in lower case after the first letter ("Shop owner in
# Jaramana", "Nurse from the town of X"); its last word there is its head noun ("owner", "nurse")
DESCRIPTION = re.compile(r"[A-Z][a-z’'-]*(?:\s+[a-z][a-z’'-]*)*?(?=\s+(?:in|from|of|at|on|with|near)\b|$)")
PREPOSITIONS = {"in", "from", "of", "at", "on", "with", "near"}
# A paragraph opening with a name and an age, no role after it ("Wael Radwan, 41, who ...", not "..., 41, a driver")
NAME_AND_AGE = re.compile(rf"(?P<name>{PERSON}),\s+\d{{1,3}},(?!\s+(?:a|an|the)\s)")


def unnamed_heads(raw: str, names: dict[str, str], kinds: dict[str, str]) -> dict[str, str]:
    """The unnamed people among the proposed actors (id -> name), by the head noun of their description, which the
    article prints in lower case ("a nurse"; "Samer" is a name)."""
    heads = {}
    for actor, name in names.items():
        match = DESCRIPTION.match(name or "")
        if kinds.get(actor) not in {"person", "collective"} or match is None:  # ("a nurse from X" is found a group)
            continue
        head = match.group().split()[-1].lower()
        if head not in PREPOSITIONS and not re.search(r"(?:s|men|children)$", head) and \
                re.search(rf"(?<![\w’'-]){re.escape(head)}(?![\w’'-])", raw):
            heads[actor] = head  # (a group is never one person named later)
    return heads


def apposed_names(raw: str, head: str) -> list[re.Match]:
    """Where the article names the person of a head noun in an apposition: "Mahmoud Dabbour, the nurse,", "the
    owner, Fadi Sleiman,"."""
    noun = rf"the\s+(?:[\w’'-]+\s+)?{re.escape(head)}"
    pattern = re.compile(rf"(?<![\w’'-])(?P<name>{PERSON}),\s+{noun},|\b(?:[Tt]he|[Hh]er|[Hh]is)\s+(?:[\w’'-]+\s+)?"
                         rf"{re.escape(head)},\s+(?P<later>{PERSON})(?=[,.])")
    return list(pattern.finditer(raw))


def identified_as(raw: str, verbs: str, referring: str) -> list[re.Match]:
    """Where the article names the unnamed person it spoke of last by a verb of naming ("identified her as Layla
    Hamo", "was identified as X") or in an apposition to a noun any person is ("the victim, X,", "the man, X.")."""
    return list(re.finditer(rf"\b(?:{verbs})\s+(?:(?:him|her|the\s+[a-z]+)\s+)?as\s+(?P<name>{PERSON})\b"
                            rf"|\b[Tt]he\s+(?:{referring}),\s+(?P<later>{PERSON})(?=[,.])", raw))


def named_next(raw: str, paragraphs: list[tuple[int, int]], spans: list[tuple[int, int, str]],
               heads: dict[str, str]) -> dict[str, str]:
    """A paragraph that opens with a person's name and age ("Wael Radwan, 41, who teaches ...", not "..., 41, a
    driver") right after the one that introduced an unnamed person ("a teacher from X"): that person, named."""
    found = {}
    for before, (start, end) in zip(paragraphs, paragraphs[1:]):
        opening = NAME_AND_AGE.match(raw, start, end)
        unnamed = {actor for s, e, actor in spans if before[0] <= s < before[1] and actor in heads and
                   re.search(r"\b(?:[Aa]n?)\s+$", raw[max(0, s - 4):s])}
        if opening is not None and len(unnamed) == 1:
            found[unnamed.pop()] = opening.group("name")
    return found


def names_given_later(raw: str, paragraphs: list[tuple[int, int]], spans: list[tuple[int, int, str]],
                      names: dict[str, str], kinds: dict[str, str], verbs: str, referring: str) -> dict[str, str]:
    """Unnamed people (id) the article names later, with the name; spans: the actors found, by where; verbs and
    referring: rules.yaml identifying_verbs and referring_nouns, as alternations."""
    heads = unnamed_heads(raw, names, kinds)
    found = named_next(raw, paragraphs, spans, heads)
    for actor, head in heads.items():
        first = min((s for s, _, a in spans if a == actor), default=None)
        later = [m for m in apposed_names(raw, head) if first is not None and m.start() > first]
        if len({m.group("name") or m.group("later") for m in later}) == 1:  # one name for it, or none
            found[actor] = later[0].group("name") or later[0].group("later")
    for match in identified_as(raw, verbs, referring):
        # (the person spoken of last, a few sentences before at most)
        before = [(s, actor) for s, _, actor in spans if match.start() - 400 < s < match.start() and actor in heads]
        if before:
            found[max(before)[1]] = match.group("name") or match.group("later")
    found = {actor: name for actor, name in found.items() if slug(name) != actor}
    return found | kin_of_named(names, found)


def kin_of_named(names: dict[str, str], found: dict[str, str]) -> dict[str, str]:
    """The relatives of a person named later, under that name: "Family of grain trader from X" is "Family of
    Khaled al-Obeid" (coding guide: "his brother" gives Brother of <the person>)."""
    kin = {}
    for actor in names:  # (by ids: a relative's name may be its id)
        for unnamed, given in found.items():
            if actor.endswith(f"-of-{unnamed}") and actor not in found:
                kin[actor] = actor[:len(actor) - len(unnamed)].replace("-", " ").capitalize() + given
    return kin


def apply_names(renamed: dict[str, str], spans: list[tuple[int, int, str]], statements: list,
                proposed: dict[str, dict], kinds: dict[str, str]) -> list[tuple[int, int, str]]:
    """The actor spans with each renamed actor under its name's id; the statements' speakers and recipients so
    renamed in place, and the named people added to the proposed actors, of the type they had (kinds: a person, or
    their family, a collective)."""
    ids = {actor: slug(name) for actor, name in renamed.items()}
    for statement in statements:
        statement.speaker = ids.get(statement.speaker, statement.speaker)
        statement.recipient = ids.get(statement.recipient, statement.recipient)
    for actor, name in renamed.items():
        proposed.setdefault(ids[actor], {"id": ids[actor], "name": name, "type": kinds.get(actor, "person")})
    return [(start, end, ids.get(actor, actor)) for start, end, actor in spans]
