"""Draft events: for each clause of the body that reports an act, an event of the PLOVER type its
trigger word gives (rules.yaml), with actors, date, status and the clause as evidence.

- actor1: the last actor named in the clause before the trigger, or the speaker of the statement
  that reports the act when its subject is "it" or "they"; actor2: the first actor named after it;
- date: a date expression in the clause, or else the next one in the sentence before any other act;
- status: from the modality of the clause and of the statement that holds it (rules.yaml):
  denied, threatened, announced, planned, or occurred.

Its parts, one concern each: event_patterns (the regular expressions), event_record (Event),
event_actor_finders (the actors an event can have: actor_spans) with event_named_actors (named bodies
and states), event_group_actors (unnamed groups and people), event_act_names (names an act's structure
makes parties) and event_relatives (relatives of people and bodies), event_parties (an event's
parties: act_actors), event_clause_parties (the parties in an act's clause: actors_of),
event_addressed_parties (a party the clause leaves out and the sentence names: party_named_before),
event_party_passes (one event per party, and parties filled in from other acts), event_references
(parties named by "the two sides" or "it"), event_triggers (triggers, clauses, what is no act) and
event_dates (date and status). Code imports Event, NOT_NAMES, actor_spans and draft_events from here.
"""
import re
from dataclasses import replace

from pipeline.extraction.event_actor_finders import actor_spans
from pipeline.extraction.event_addressed_parties import held_detention, owners_of_their
from pipeline.extraction.event_clause_parties import actors_of
from pipeline.extraction.event_dates import act_status, date_of, date_of_act
from pipeline.extraction.event_parties import act_actors
from pipeline.extraction.event_party_passes import harmed_by_act, inherit_actor1, one_per_party, undo_by_doer
from pipeline.extraction.event_patterns import NOT_NAMES, POSSESSIVE
from pipeline.extraction.event_record import Event
from pipeline.extraction.event_references import both_sides
from pipeline.extraction.event_triggers import (
    clause_around,
    coordinated_acts,
    not_an_act,
    passed_over,
    retold,
    threatened_as,
    trigger_hits,
)
from pipeline.extraction.rules import rules

__all__ = ["NOT_NAMES", "Event", "actor_spans", "draft_events"]


def draft_events(raw: str, sentences: list[tuple[int, int]], actors_at: list[tuple[int, int, str]],
                 statements: list, times: list, name_quotations: list[tuple[int, int]],
                 person=lambda actor: False) -> list[Event]:
    """person(actor) says whether an actor is one person (whom "he" or "she" can be)."""
    found: list[Event] = []
    echoes: list[Event] = []  # nouns that refer back to an act drafted before
    table = rules()
    # "the regime’s Military Security branch": the branch is the party, its owner only says whose it is
    actors_at = [(s, e, actor) for s, e, actor in actors_at
                 if not any(POSSESSIVE.fullmatch(raw, e, other) for other, _, _ in actors_at if other > e)]
    for sentence in sentences:
        hits = trigger_hits(raw, sentence, table, name_quotations)
        coordinated = coordinated_acts(raw, sentence, hits)
        formulas = [(m.start(), m.end()) for m in table.not_acts.finditer(raw, *sentence)]
        acts = [h[0] for h in hits if not any(s <= h[0] < e for s, e in formulas)]  # "the ceasefire line": no act
        taken: list[tuple[int, int, str]] = []
        for start, end, trigger in hits:
            reason = not_an_act(raw, sentence, start, end, actors_at, found, trigger, table)
            told_without_act(raw, sentence, start, end, trigger, reason, coordinated, statements, actors_at, found,
                             echoes, taken, table)
            if reason:
                continue  # a later trigger of the clause may still report an act
            clause = clause_around(raw, sentence, start, end, coordinated)
            alleged = alleged_act(raw, sentence, start, end, trigger, found, actors_at, times, acts, table)
            if alleged is not None:
                found.append(alleged)
                taken.append((alleged.start, alleged.end, trigger.type))
                continue
            if passed_over(raw, clause, start, trigger, taken, statements, hits, acts):
                continue
            holder = statement_at(statements, start)
            if retold(raw, clause, start, holder, trigger, found, table):
                continue
            taken.append((*clause, trigger.type))
            actors, objects_from = act_actors(raw, sentence, clause, start, end, trigger, holder, statements, found,
                                              actors_at, person, table)
            if trigger.fallback and actors[0] is None:
                continue  # "the number of cases would rise if ...": a forecast; a threat has someone who threatens
            when = date_of_act(raw, sentence, clause, start, end, trigger, actors, holder, statements, times, acts,
                               found, coordinated, table)
            status = act_status(raw, clause, holder, trigger, actors[0], table)
            kind, mode = threatened_as(trigger.type, trigger.mode, status, raw[clause[0]:clause[1]], table)
            event = Event(clause[0], clause[1], raw[clause[0]:clause[1]], kind, mode, status, *actors, when)
            found += both_sides(raw, clause, start, end, one_per_party(raw, sentence, start, objects_from, actors_at,
                                                                     event, table.reciprocal), found, actors_at, table)
            found += held_act(raw, sentence, start, end, kind, actors_at, times, acts, table)
        harmed_by_act(raw, sentence, [e for e in found if e.start >= sentence[0]], actors_at, table)
    return undo_by_doer(inherit_actor1(found, table.inherit_actor1, echoes), table.undoes)


def told_without_act(raw: str, sentence: tuple[int, int], start: int, end: int, trigger, reason: str | None,
                     coordinated: list[tuple[int, int]], statements: list, actors_at, found: list[Event],
                     echoes: list[Event], taken: list, table) -> None:
    """What a trigger that reports no new act (reason: not_an_act's) still tells: who does an act it refers back to
    (echoes), and what an act in words asks (its events' evidence extended, and the clause taken)."""
    if reason == "anaphora":  # "the teachers would continue the strike": who does it still counts
        clause = clause_around(raw, sentence, start, end, coordinated)
        holder = statement_at(statements, start)
        doer = actors_of(raw, sentence, clause, start, end, actors_at, holder)[0]
        echoes.append(Event(clause[0], clause[1], raw[clause[0]:clause[1]], trigger.type, trigger.mode,
                            "occurred", doer))
    if reason == "result" and trigger.type in table.verbal:
        # "published an appeal on Saturday, calling on X to ...": what an act in words asks is its words too
        clause = clause_around(raw, sentence, start, end, coordinated)
        found[:] = extend_act(raw, sentence, clause, start, end, found, trigger, actors_at,
                              statement_at(statements, start), table)
        taken.append((*clause, trigger.type))  # what it asks for is no act of its own ("to release them")


def extend_act(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int, found: list[Event],
               trigger, actors_at, holder, table) -> list[Event]:
    """The events of the latest act of the trigger's type, their evidence extended to the clause of a participle that
    says what the act asks ("published an appeal, calling on HTS and the government to ..."), and their party, where
    they have none, the one the participle addresses (one event per party of a list)."""
    first = next(e for e in reversed(found) if e.type == trigger.type)
    same = [i for i, e in enumerate(found) if (e.type, e.start, e.end) == (first.type, first.start, first.end)]
    for i in same:
        found[i] = replace(found[i], end=clause[1], text=raw[found[i].start:clause[1]])
    addressee = actors_of(raw, sentence, clause, start, end, actors_at, holder)[1]
    if addressee is None or any(found[i].actor2 for i in same) or addressee == first.actor1:
        return found
    parties = one_per_party(raw, sentence, start, end, actors_at, replace(found[same[0]], actor2=addressee),
                            table.reciprocal)
    return found[:same[0]] + parties + found[same[-1] + 1:]


def alleged_act(raw: str, sentence: tuple[int, int], start: int, end: int, trigger, found: list[Event], actors_at,
                times: list, acts: list[int], table) -> Event | None:
    """"accused the police of beating two protesters": the act alleged is an event of its own, by the accused
    (named between "accused" and "of"), known only from the accusation (claimed); the accused is also the
    accusation's actor2."""
    # (the accusation's evidence may end before what it alleges: "accuse X, the company that ..., of cutting")
    accusation = next((e for e in reversed(found) if e.type == "ACCUSE" and e.start <= start
                       and (start < e.end or sentence[0] <= e.start)), None)
    accused = table.accused_of.search(raw, accusation.start, start) if accusation is not None else None
    joined = re.search(r"\s(?P<prep>(?:of|for)\s+)\w+ing\b[^.;:“”\"]*?\s(?:and|or)\s+$", raw[accusation.start:start]) \
        if accusation is not None and accused is None else None
    if joined:  # "accuse the branch of protecting the gangs and supplying them": alleged of the same party too
        accused = table.accused_of.search(raw, accusation.start, accusation.start + joined.end("prep"))
    if not (accused and trigger.type != "ACCUSE" and raw[start:end].split()[0].endswith("ing")):
        return None
    span = (start, accusation.end if start < accusation.end else allegation_end(raw, sentence, end))
    doer = next((a for s, e, a in actors_at if accused.start("accused") <= s and e <= accused.end("accused")), None)
    accusation.actor2 = doer
    target = next((a for s, e, a in actors_at if end <= s and e <= span[1] and a != doer), None) or \
        owners_of_their(raw, sentence, start, end, actors_at, doer, table)  # "of seizing their lands": the accusers'
    return Event(*span, raw[span[0]:span[1]], trigger.type, trigger.mode, "claimed", doer, target,
                 date_of(span, sentence, start, times, acts, raw))


def allegation_end(raw: str, sentence: tuple[int, int], end: int) -> int:
    """Where the words of an act alleged end: at the next comma or semicolon, or before a gerund joined by "and"."""
    stop = re.compile(r"[,;]|\s+(?:and|or)\s+\w+ing\b|\.?\s*$").search(raw, end, sentence[1])
    return stop.start() if stop else sentence[1]


def held_act(raw: str, sentence: tuple[int, int], start: int, end: int, kind: str, actors_at, times: list,
             acts: list[int], table) -> list[Event]:
    """"demanded the release of young men who have been detained by the Military Security": the detention a request
    names is an event of its own, by the holder, known only from the request (claimed), like an act alleged."""
    detention = held_detention(raw, sentence, end, actors_at, table) if kind == "REQUEST" else None
    if detention is None:
        return []
    span = detention[:2]
    return [Event(*span, raw[span[0]:span[1]], "COERCE", "arrest", "claimed", detention[2], detention[3],
                  date_of(span, sentence, start, times, acts, raw))]


def statement_at(statements: list, position: int):
    """The statement whose words hold the position, if any: an act in it is reported by its speaker."""
    return next((s for s in statements if s.start <= position < s.end), None)
