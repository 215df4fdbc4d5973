"""Draft events: for each clause of the body that reports an act, an event of the PLOVER type its
trigger word gives (rules.yaml), with actors, date, status and the clause as evidence.

- actor1: the last actor named in the clause before the trigger, or the speaker of the statement
  that reports the act when its subject is "it" or "they"; actor2: the first actor named after it;
- date: a date expression in the clause, or else the next one in the sentence before any other act;
- status: from the modality of the clause and of the statement that holds it (rules.yaml):
  denied, threatened, announced, planned, or occurred.
"""
import re
from dataclasses import dataclass

from pipeline.extraction.attribution import NAME, slug
from pipeline.extraction.rules import rules

LEADING_CONNECTIVES = re.compile(r"(?:(?:that|since|and|after|when|while|but|as|because|which|who|where|"
                                 r"however|also|then)\s+)+", re.I)
PLACE_NAME = r"(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*)*"
# A name and the acronym the article gives it: "Autonomous Administration of North and East Syria (AANES)".
ACRONYM_DEFINITION = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|the|in)\s+)*[A-Z][\w’'-]*)*)"
                                r"(?P<tail>\s+\((?P<acronym>[A-Z]{2,6})\))")
# "by" after a passive act, a few words later at most: "were arrested on Monday by the police".
PASSIVE_AGENT = re.compile(r"(?:\s+(?!by\b)[\w’'-]+){0,4}?\s+by\b")
CLAUSE_BOUNDARY = re.compile(r"[,;:]\s+|\s+(?:that|after|while|whereas|but|since|when|because|until|before)\s+"
                             r"|\s+and\s+(?=that\b)")


@dataclass
class Event:
    start: int
    end: int
    text: str              # the evidence
    type: str              # a PLOVER event type
    mode: str | None
    status: str
    actor1: str | None = None
    actor2: str | None = None
    date_text: str | None = None


def actor_spans(raw: str, sentences: list[tuple[int, int]], known: list[tuple[int, int, str]],
                refer=None, introduce=None) -> list[tuple]:
    """More actors events can have, beyond the speakers and the registry's names: states ("the
    Turkish authorities", but not "Turkish-backed"), acronyms ("the YPG"), bodies by name ("Fourth
    Division units", "the Fisheries Directorate"), collectives as subjects ("residents protested"),
    with the place that makes them one ("traders in Sarmada"), and "the <noun>" to the latest actor
    so named before. (start, end, actor id, name, type). introduce(actor, name, position) makes a
    body found here one that later references can point to."""
    table = rules()
    found = []
    heads = "|".join(sorted(table.body_nouns, key=len, reverse=True))
    collective = "|".join(sorted(table.collectives, key=len, reverse=True))
    groups: dict[str, tuple[str, str]] = {}  # a collective noun -> the latest group so named (id, name)

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e, *_ in known + found)

    def add(start: int, end: int, actor: str, name: str, kind: str) -> None:
        found.append((start, end, actor, name, kind))
        if introduce is not None and kind != "government":
            introduce(actor, name, start)
    def domain_actors(sentence: tuple[int, int], first: bool) -> None:
        for actor, pattern in table.domain_actors:
            for match in pattern.finditer(raw, *sentence):
                if bool(re.fullmatch(r"the\s+\S+", match.group(), re.I)) != first and \
                        free(match.start(), match.end()):
                    found.append((match.start(), match.end(), actor, actor, "government"))
    for sentence in sentences:
        for match in ACRONYM_DEFINITION.finditer(raw, *sentence):  # "the Syrian Network for Human Rights (SNHR)"
            name, acronym = re.sub(r"^The\s+", "", match.group("name")), match.group("acronym")
            start = match.end() - len(name) - len(match.group("tail"))
            name_end = start + len(name)
            inside = [(s, e) for s, e, *_ in known + found if s < match.end() and start < e]
            if name[0] == acronym[0] and all(start <= s and e <= name_end and (s, e) != (start, name_end)
                                             for s, e in inside):
                add(start, match.end(), slug(acronym), name, type_of(name, table))
        names = [(m.start(), m.end()) for m in NAME.finditer(raw, *sentence)]
        for name, pattern in table.states:
            for match in pattern.finditer(raw, *sentence):
                inside_name = any(s <= match.start() and match.end() <= e and raw[s:e] != match.group()
                                  for s, e in names)
                backed = raw.startswith("-backed", match.end()) or \
                    table.not_state.match(raw, match.end()) is not None  # "Turkish-backed", "US dollars": not the state
                if not inside_name and not backed and free(match.start(), match.end()):
                    add(match.start(), match.end(), slug(name), name, "government")
        for match in re.finditer(r"\b[A-Z]{2,6}\b", raw[sentence[0]:sentence[1]]):
            start, end = sentence[0] + match.start(), sentence[0] + match.end()
            if free(start, end) and not table.not_state.match(raw, end):  # "US dollars"
                add(start, end, slug(match.group()), match.group(), "armed_group")
        for start, end in names:  # "the Military Intelligence branch": the name and its noun, and its place
            noun = re.match(rf"\s+(?:{heads})\b(?:\s+(?:in|of)\s+(?:the\s+)?{PLACE_NAME}(?![\w’'-]))?",
                            raw[end:sentence[1]])
            if noun:
                names[names.index((start, end))] = (start, end + noun.end())
        for start, end in names:
            words = {w.lower() for w in re.findall(r"[\w’'-]+", raw[start:end])}
            if words & table.body_nouns and free(start, end):
                name = re.sub(r"^The\s+", "", raw[start:end])
                add(start, end, slug(name), name, "armed_group")
        # a body named by a lowercase noun and its place: "the local council of Kafr Batna"
        for match in re.finditer(rf"\b[Tt]he\s+(?P<name>(?:[a-z’'-]+\s+)?(?:{heads})\s+of\s+{PLACE_NAME})",
                                 raw[sentence[0]:sentence[1]]):
            start, end = sentence[0] + match.start("name"), sentence[0] + match.end("name")
            if free(start, end):
                name = match.group("name")[:1].upper() + match.group("name")[1:]
                add(start, end, slug(name), name, type_of(name, table))
        domain_actors(sentence, first=True)  # "regime forces": before "the regime" is resolved
        if refer is not None:  # "the regime", "the committee": the latest actor so named before
            for match in re.finditer(rf"\b[Tt]he\s+(?i:{heads})\b", raw[sentence[0]:sentence[1]]):
                start, end = sentence[0] + match.start(), sentence[0] + match.end()
                actor = refer(match.group(), start)
                if actor and free(start, end):
                    found.append((start, end, actor, actor, "group"))
        domain_actors(sentence, first=False)  # "the government" that the article names no other way
        for match in re.finditer(rf"\b(?:[Tt]he\s+|[Ll]ocal\s+)?(?P<noun>(?i:{collective}))\b"
                                 rf"(?P<place>\s+(?:in|from|of)\s+(?:the\s+)?{PLACE_NAME})?",
                                 raw[sentence[0]:sentence[1]]):
            start, end = sentence[0] + match.start(), sentence[0] + match.end()
            noun = match.group("noun").lower()
            if noun in table.counted and table.count_before.search(raw, max(sentence[0], start - 40), start):
                continue  # "27 people have been killed": a count of victims, not a group that acts
            if not free(start, end):  # named already ("Residents said"): that actor is the group
                holder = next((actor for s, e, actor, *_ in known + found if s < end and start < e), None)
                groups.setdefault(noun, (holder, holder))
                continue
            if match.group("place") and noun not in groups:  # "notables from Kafr Zita": that place's
                name = noun.capitalize() + match.group("place")
                groups[noun] = (slug(name), name)
                add(start, end, *groups[noun], "collective")
            elif noun in groups:  # "the traders" after "traders in Sarmada": the group named first
                add(start, end, *groups[noun], "collective")
            else:
                name = re.sub(r"^[Tt]he\s+", "", match.group()[:match.end("noun") - match.start()])
                groups[noun] = (slug(name), name[:1].upper() + name[1:])
                add(start, end, *groups[noun], "collective")
    return found


def type_of(name: str, table) -> str:
    """A proposed actor's type, from the words of its name (rules.yaml: actor_types)."""
    return next((kind for kind, pattern in table.actor_types if pattern.search(name)), "group")


def clause_around(raw: str, sentence: tuple[int, int], position: int, end_position: int) -> tuple[int, int]:
    """The clause of a sentence that holds raw[position:end_position]."""
    start, end = sentence
    for match in CLAUSE_BOUNDARY.finditer(raw, start, position):
        start = match.end()
    following = CLAUSE_BOUNDARY.search(raw, end_position, end)
    if following:
        end = following.start()
    lead = LEADING_CONNECTIVES.match(raw, start, end)
    if lead and lead.end() <= position:
        start = lead.end()
    text = raw[start:end]
    end = start + len(text.rstrip(" .,”\""))
    return start, end


def draft_events(raw: str, sentences: list[tuple[int, int]], actors_at: list[tuple[int, int, str]],
                 statements: list, times: list, name_quotations: list[tuple[int, int]]) -> list[Event]:
    found: list[Event] = []
    echoes: list[Event] = []  # nouns that refer back to an act drafted before
    table = rules()
    for sentence in sentences:
        hits = []
        for trigger in table.triggers:
            for match in trigger.pattern.finditer(raw, *sentence):
                if any(s <= match.start() < e for s, e in name_quotations):
                    continue
                hits.append((match.start(), match.end(), trigger))
        hits.sort(key=lambda hit: hit[0])
        taken: list[tuple[int, int, str]] = []
        for start, end, trigger in hits:
            reason = not_an_act(raw, sentence, start, end, actors_at, found, trigger, table)
            if reason == "anaphora":  # "the teachers would continue the strike": who does it still counts
                clause = clause_around(raw, sentence, start, end)
                holder = next((s for s in statements if s.start <= start < s.end), None)
                doer = actors_of(raw, sentence, clause, start, end, actors_at, holder)[0]
                echoes.append(Event(clause[0], clause[1], raw[clause[0]:clause[1]], trigger.type, trigger.mode,
                                    "occurred", doer))
            if reason:
                continue  # a later trigger of the clause may still report an act
            clause = clause_around(raw, sentence, start, end)
            if any(s <= start < e for s, e, kind in taken):
                continue  # one act per clause: the first trigger wins
            taken.append((*clause, trigger.type))
            holder = next((s for s in statements if s.start <= start < s.end), None)
            if trigger.by_speaker and holder is not None:
                actors = holder.speaker, None
            else:
                previous = [e.actor1 for e in found if sentence[0] <= e.start and e.actor1]
                actors = actors_of(raw, sentence, clause, start, end, actors_at, holder,
                                   previous[-1] if previous else None)
            found.append(Event(clause[0], clause[1], raw[clause[0]:clause[1]], trigger.type, trigger.mode,
                               status_of(raw, clause, holder, table, trigger.type), *actors,
                               date_of(clause, sentence, start, times, [h[0] for h in hits])))
    return inherit_actor1(found, table.inherit_actor1, echoes)


def not_an_act(raw: str, sentence: tuple[int, int], start: int, end: int, actors_at, found: list[Event],
               trigger, table) -> str | None:
    """Why a trigger reports no new act, if it does not: it is a word of an actor's name ("the
    Negotiations Committee"), a phrase of the trade that only looks like an act ("asking not to be
    named": rules.yaml, not_acts), or a noun right after a determiner ("the protests were peaceful",
    "joined the strike") that refers back to an act of its type the article reported before."""
    if any(s <= start and end <= e and e - s > end - start for s, e, _ in actors_at):
        return "name"
    if any(m.start() <= start < m.end() for m in table.not_acts.finditer(raw, *sentence)):
        return "formula"
    if table.anaphora.search(raw, sentence[0], start) and any(event.type == trigger.type for event in found):
        return "anaphora"
    return None


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


def actors_of(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int,
              actors_at, holder, previous: str | None = None, agent: bool = True) -> tuple:
    """actor1: the clause's subject (the first actor before the act), or for "it"/"they" the
    statement's speaker, or the subject of the sentence's previous act (previous), or the latest
    actor before, or for a clause that starts with its verb the sentence's subject; actor2: the
    first other actor after the act."""
    before = [actor for s, e, actor in actors_at if clause[0] <= s and e <= start]
    after = [actor for s, e, actor in actors_at if end <= s and e <= clause[1]]
    trigger_end = end
    passive = PASSIVE_AGENT.match(raw, end, clause[1]) if agent else None
    if (agent and re.search(r"\bby\s*$", raw[start:end])) or passive:
        # the passive "agreed upon by Russia, Turkey and Iran", "were arrested on Monday by the police":
        # the agents come after "by", a list of them across the clause's commas; the subject before
        # the act ("eleven traders were arrested by ...") is who it was done to
        if passive:
            end = passive.end()
        agents = []
        for s, e, actor in actors_at:
            if s >= end and (not agents or re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", raw[agents[-1][1]:s])) and \
                    (agents or s <= clause[1]):
                agents.append((s, e, actor))
            elif agents:
                break
        agents = [actor for _, _, actor in agents]
        if not agents and passive and not re.match(r"\s+by\b", raw[trigger_end:trigger_end + 4]):
            return actors_of(raw, sentence, clause, start, trigger_end, actors_at, holder, previous, False)
        patient = next((actor for actor in before if actor not in agents), None)
        if agents and patient and re.search(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$",
                                            raw[clause[0]:start]):
            return agents[0], patient
        return (agents[0] if agents else None), (agents[1] if len(agents) > 1 else None)
    actor1 = before[0] if before else None
    if actor1 is None and len(after) > 1 and \
            re.search(r"\bbetween\s+(?:the\s+)?$", raw[end:first_after(actors_at, end)]):
        return after[0], after[1]  # "signed between Russia and Turkey": the two parties
    lead = raw[clause[0]:start]
    if actor1 is None and holder is not None and \
            re.match(r"\s*(?:it|they|we)\b", raw[holder.start:start], re.I):
        # "we" of a person who speaks for a body ("X, the head of the union"): the body
        we = holder.voice_for if re.match(r"\s*we\b", raw[holder.start:start], re.I) and holder.voice_for else None
        return we or holder.speaker, next((actor for actor in after if actor not in {holder.speaker, we}), None)
    if actor1 is None and re.search(r"\b(?:it|they|we|its|their)\b", lead, re.I):
        # "it", "they": the latest actor before in the sentence, else the speaker who says so
        earlier = [actor for s, e, actor in actors_at if sentence[0] <= s and e <= clause[0]
                   and not (holder is not None and actor == holder.speaker)]
        actor1 = previous or (earlier[-1] if earlier else holder.speaker if holder is not None else None)
    elif actor1 is None and re.fullmatch(r"\s*(?:\w+ed\s+)?", lead) and clause[0] > sentence[0]:
        subject = [actor for s, e, actor in actors_at if sentence[0] <= s and e <= clause[0]]
        actor1 = subject[0] if subject else None
    actor2 = next((actor for actor in after if actor != actor1), None)
    return actor1, actor2


def first_after(actors_at, position: int) -> int:
    return min((s for s, _, _ in actors_at if s >= position), default=position)


def date_of(clause: tuple[int, int], sentence: tuple[int, int], start: int, times: list, triggers: list[int]):
    inside = [t for t in times if clause[0] <= t.start and t.end <= clause[1]]
    if inside:
        return inside[0].text
    later_acts = [position for position in triggers if position > start]
    limit = later_acts[0] if later_acts else sentence[1]
    following = [t for t in times if start < t.start and t.end <= min(limit, sentence[1])]
    return following[0].text if following else None


def status_of(raw: str, clause: tuple[int, int], holder, table, event_type: str) -> str:
    text = raw[clause[0]:clause[1]]
    cue = holder.cue.lower().split() if holder is not None else []
    for status, words, cue_words, types in table.status:
        if types and event_type not in types:
            continue
        if cue_words and any(word in cue for word in cue_words):
            return status
        if words is not None and words.search(text):
            return status
    return "occurred"
