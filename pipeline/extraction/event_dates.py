"""The date and the status of a drafted act: a date expression of its clause or sentence, the date of the
statement that says it or of the act it is joined to, or the publication (date_of_act); the status from the
modality of its clause and statement (status_of, act_status).
"""
import re

from pipeline.extraction.event_patterns import LEADING_DATE, OWN_PLAN, SCHEDULE, WHEN_CLAUSE
from pipeline.extraction.event_record import Event


def date_of_act(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int, trigger,
                actors: tuple, holder, statements: list, times: list, acts: list[int], found: list[Event],
                coordinated: list[tuple[int, int]], table) -> str | None:
    """The date of an act: its clause's (date_of), else the date of the statement that says it or of the act
    it is joined to, else "publication" for an act in words reported in the present tense."""
    when = date_of(clause, sentence, start, times, acts, raw)
    if when is None and holder is not None and holder.date_text and trigger.type in table.verbal and \
            actors[0] == holder.speaker:
        when = holder.date_text  # "said in a statement on 31 August that it had accepted ...": said then
    if when is None and trigger.type in table.verbal and actors[0] is not None:
        # "X said in a statement on September 1 that ..., and called on Y": an act in words of the
        # sentence's dated speaker is done when it spoke
        said = next((s for s in statements if sentence[0] <= s.start < sentence[1] and s.date_text
                     and s.speaker == actors[0]), None)
        when = said.date_text if said is not None else None
    if when is None and table.current and table.current[0].match(raw, start) and \
            not table.current[1].search(raw, sentence[0], start):
        when = "publication"  # "Residents accuse the SDF of ...": reported as current (coding guide)
    previous = found[-1] if found and found[-1].start >= sentence[0] else None
    joined = any(verb == clause[0] for _, verb in coordinated) or \
        (re.search(r",\s*$", raw[sentence[0]:clause[0]]) and raw[start:end].endswith("ing")) or \
        re.search(r",\s+and\s+$", raw[sentence[0]:clause[0]])  # "..., on 12 June, against X, and demanded"
    if when is None and previous is not None and joined and start == clause[0]:
        # "shut it on 2 September, accusing ...", "accepted it on 31 August and called on ...": then too
        when = previous.date_text
    return when


def date_of(clause: tuple[int, int], sentence: tuple[int, int], start: int, times: list, triggers: list[int],
            raw: str = ""):
    """The date expression of the act: in its clause, or else the next one in the sentence before any
    other act. "since early January" bounds an act that goes on (not_before), it does not date it;
    "since March 2018, when they took the region" dates the act the relative "when" opens."""
    when = [t for t in times if sentence[0] <= t.start and t.end <= clause[0]
            and WHEN_CLAUSE.fullmatch(raw, t.end, clause[0])]
    if when:
        return when[-1].text
    times = [t for t in times if not raw.endswith("since ", 0, t.start)]
    inside = [t for t in times if clause[0] <= t.start and t.end <= clause[1]]
    if inside:
        return inside[0].text
    later_acts = [position for position in triggers if position > start]
    limit = later_acts[0] if later_acts else sentence[1]
    following = [t for t in times if start < t.start and t.end <= min(limit, sentence[1])]
    if following:
        return following[0].text
    # "On 29 October, an unknown gunman shot dead ...", "In June 2020, shops closed ...": the date that
    # opens the sentence dates its first act
    leading = [t for t in times if sentence[0] <= t.start and t.end <= clause[0]
               and LEADING_DATE.fullmatch(raw, sentence[0], t.start) and re.match(r"\s*,", raw[t.end:t.end + 3])]
    if leading and not any(leading[0].end <= position < start for position in triggers):
        return leading[0].text
    return None


def act_status(raw: str, clause: tuple[int, int], holder, trigger, actor1: str | None, table) -> str:
    """An act's status (status_of), but announced, not planned, for what its speaker says it will do itself."""
    status, event_text = status_of(raw, clause, holder, table, trigger.type), raw[clause[0]:clause[1]]
    if status == "planned" and holder is not None and trigger.type not in table.reciprocal and \
            OWN_PLAN.search(raw, clause[0], clause[1]) and not SCHEDULE.search(raw, clause[0], clause[1]) and \
            (actor1 == holder.speaker or actor1 is None and re.search(r"\bbe\s+\w+ed\b", event_text)):
        status = "announced"  # what a party says it will do (or have done) is announced; a schedule is planned
    return status


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
