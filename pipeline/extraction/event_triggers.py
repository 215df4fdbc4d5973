"""Triggers, clauses and what is no act: the trigger words of a sentence (trigger_hits), the clause of each
(clause_around) and acts joined by "and" (coordinated_acts), why a trigger reports no new act (not_an_act) or drafts
none (passed_over, retold), and the threat that an act only threatened is (threatened_as).
"""
import re

from pipeline.extraction.event_patterns import (
    ACT_SUBJECT,
    ADJECTIVE_AFTER,
    CLAUSE_BOUNDARY,
    CONDITION,
    DEFINED_AFTER,
    LEADING_CONNECTIVES,
    NOUN_OF,
    PASSIVE_AUXILIARY,
    PLURAL_BEFORE,
    PREPOSITION_BEFORE,
    REDUCED_RELATIVE_AFTER,
    RESTRICTIVE_RELATIVE,
    SINCE_PASSIVE,
    UNFULFILLED_LEAD,
    WHEN_AFTER,
    counted_passive,
)
from pipeline.extraction.event_record import Event
from pipeline.extraction.rules import rules


def trigger_hits(raw: str, sentence: tuple[int, int], table, name_quotations: list[tuple[int, int]]) -> list[tuple]:
    """Every trigger word of the sentence (start, end, trigger), in the order of the text; none inside the
    quotation marks around a name (name_quotations: quotations of kind "name")."""
    hits = []
    for trigger in table.triggers:
        for match in trigger.pattern.finditer(raw, *sentence):
            if any(s <= match.start() < e for s, e in name_quotations):
                continue
            hits.append((match.start(), match.end(), trigger))
    hits.sort(key=lambda hit: hit[0])
    return hits


def coordinated_acts(raw: str, sentence: tuple[int, int], hits: list) -> list[tuple[int, int]]:
    """Acts of another type joined to an earlier one by "and": "condemned the arrests and demanded
    the release of the teachers", "had accepted the roadmap and called on the residents" are two
    acts, each with its own clause; so is an act in words that is the purpose of an act of another kind ("protested
    in front of the directorate to demand that ..."). (where "and" or "to" starts, where the act's words start)"""
    found = []
    verbal = rules().verbal
    for index, (start, _, trigger) in enumerate(hits):
        # "and", or the comma and quotation mark that close a quotation inside another act's clause ("which accused
        # Turkey of “targeting civilians,” called on Russia")
        # "and held a sit-in": a light verb before an act's noun is the act's verb
        conjunction = re.search(r"\s+and\s+(?:also\s+|then\s+|later\s+)?(?:(?:held|staged|organi[sz]ed|launched|began|"
                                r"started|went\s+on)\s+(?:a\s+|an\s+)?)?$|(?<=,[”\"])\s+$", raw[sentence[0]:start])
        purpose = conjunction is None and trigger.type in verbal and re.search(r"\s+to\s+$", raw[sentence[0]:start])
        conjunction = conjunction or purpose
        earlier = [(other_end, other) for _, other_end, other in hits[:index]
                   if conjunction and other_end <= sentence[0] + conjunction.start()]
        if conjunction and raw[start].islower() and earlier and earlier[-1][1].type != trigger.type and \
                not (purpose and earlier[-1][1].type in verbal) and \
                not CLAUSE_BOUNDARY.search(raw, earlier[-1][0], sentence[0] + conjunction.start()):
            found.append((sentence[0] + conjunction.start(), start))
    return found


def clause_around(raw: str, sentence: tuple[int, int], position: int, end_position: int,
                  coordinated: list[tuple[int, int]] = ()) -> tuple[int, int]:
    """The clause of a sentence that holds raw[position:end_position]; coordinated: where an act
    joined by "and" begins ("and", its verb), which ends the clause before it and starts its own."""
    start, end = sentence
    for match in CLAUSE_BOUNDARY.finditer(raw, start, position):
        start = match.end()
    following = CLAUSE_BOUNDARY.search(raw, end_position, end)
    if following:
        end = following.start()
    for conjunction, verb in coordinated:
        if start < verb <= position:
            start = verb
        elif end_position <= conjunction < end:
            end = conjunction
    lead = LEADING_CONNECTIVES.match(raw, start, end)
    if lead and lead.end() <= position:
        start = lead.end()
    text = raw[start:end]
    end = start + len(text.rstrip(" .,”\""))
    return start, end


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
    if any(m.start() <= start < m.end() for m in table.rejection.finditer(raw, *sentence)):
        return "denial"  # "rejected the accusation": words that deny (a statement); PLOVER's REJECT refuses a demand
    if refers_back(raw, sentence, start, end, actors_at, found, trigger, table):
        return "anaphora"
    if re.search(r"(?<!response )(?<!reply )(?<!retaliation )\b(?:to|in)\s+$", raw[sentence[0]:start]) and \
            any(event.type == trigger.type and event.start >= sentence[0] for event in found):
        return "purpose"  # "took to the streets on Friday to protest against power cuts": the same act's aim
    if UNFULFILLED_LEAD.search(raw, sentence[0], start) and not re.match(r"[a-z]+(?:ed|s)\b", raw[start:end]) and \
            trigger.type not in table.verbal and \
            any(event.type in table.unfulfilled and sentence[0] <= event.start < start for event in found):
        # "called on HTS to release them", "demanded that the council restore the quota": what is asked, refused or
        # threatened (in the infinitive or the subjunctive) is not done
        return "asked"
    if tally_of_act(raw, sentence, start, end, found, trigger, table):
        return "result"  # "the strikes killed four people", "71 people were killed on Tuesday": the attack told
    when = WHEN_AFTER.match(raw, end, sentence[1])
    if when and PASSIVE_AUXILIARY.search(raw, sentence[0], start) and \
            any(other.type == trigger.type and other.pattern.search(raw, when.end(), sentence[1])
                for other in table.triggers):
        return "result"  # "Three people were killed on Tuesday when a drone struck a car": one act, the drone's
    if word_is_participle(raw, start, end) and re.search(r",\s*$", raw[sentence[0]:start]) and \
            any(event.type == trigger.type and event.start >= sentence[0] for event in found):
        return "result"  # "struck a car ..., killing two members": what the act did, the same act
    return "modifier" if describes(raw, sentence, start, end, trigger, table) else None


def refers_back(raw: str, sentence: tuple[int, int], start: int, end: int, actors_at, found: list[Event], trigger,
                table) -> bool:
    """Whether a trigger after a determiner refers back to an act the article reported before: one of its type (by
    the same doer), one told in that word, the other act of a noun of two acts, or one "since" it was done."""
    doer = NOUN_OF.match(raw, end) if raw[start:end].lower() in table.doer_nouns else None
    of = {actor for s, _, actor in actors_at if doer and doer.start() < s <= doer.end()}
    if table.anaphora.search(raw, sentence[0], start) and not DEFINED_AFTER.match(raw, end) and \
            any(event.type == trigger.type and (not of or event.actor1 in of and not raw[start:end].endswith("s"))
                for event in found):
        # "the strike", not "the offensives of the Nahda Brigade" when another did the strike, nor "the offensives of
        return True  # the regime in 2019": acts of a kind, by their doer, take in more than the one told
    noun = re.escape(raw[start:end])
    if table.anaphora.search(raw, sentence[0], start) and any(re.search(rf"\b{noun}\b", e.text, re.I) for e in found):
        return True  # "an air strike hit the school ... before the strike": the act told before in that word
    if table.anaphora.search(raw, sentence[0], start) and not any(event.type == trigger.type for event in found) and \
            any(noun.fullmatch(raw[start:end]) and trigger.type in types and any(event.type in types for event in found)
                for noun, types in table.two_acts):
        return True  # "a drone struck a car ... The strike came on the third day": the attack, not a stoppage
    # "... have returned since the crossing was reopened": the act told before, as a time
    return SINCE_PASSIVE.search(raw, sentence[0], start) is not None and \
        any(event.type == trigger.type for event in found)


def describes(raw: str, sentence: tuple[int, int], start: int, end: int, trigger, table) -> bool:
    """Whether a trigger describes rather than reports: in a restrictive relative clause, or a participle used as an
    adjective (between a determiner and its noun, after a preposition, or a reduced relative after a plural)."""
    relative = RESTRICTIVE_RELATIVE.search(raw, sentence[0], start)
    if relative and not re.fullmatch(r"and|or|but", relative.group("head"), re.I) and \
            not table.cue.fullmatch(relative.group("head")) and not after_ruling(raw, sentence, relative, table) and \
            not (trigger.type in table.reciprocal and re.match(r"[^,;.]*?\bwith\s", raw[end:sentence[1]])):
        # ("fighters who signed a settlement with the government": an act done with another party is an act)
        return True  # "men who refused to sell were arrested": the clause says which men, the act is later
    word = raw[start:end]
    if re.fullmatch(r"[a-z]+ed", word):
        if table.anaphora.search(raw, sentence[0], start) and ADJECTIVE_AFTER.match(raw, end):
            return True  # "one of the released students said": a participle between a determiner and its noun
        if PREPOSITION_BEFORE.search(raw, sentence[0], start):
            return True  # "the cases of detained returnees": a participle after a preposition describes
        if trigger.type in table.undergone and PLURAL_BEFORE.search(raw, sentence[0], start) and \
                REDUCED_RELATIVE_AFTER.match(raw, end, sentence[1]):
            return True  # "3,000 people arrested in the province": those who underwent an act told before
    return False


def after_ruling(raw: str, sentence: tuple[int, int], relative, table) -> bool:
    """Whether a relative clause follows a ruling within a few words ("a decision on Sunday that bans the sale"): it
    tells what the ruling does, an act of its own."""
    words = re.findall(r"[\w’'-]+", raw[max(sentence[0], relative.start() - 60):relative.end("head")])[-5:]
    return any(word.lower() in table.rulings for word in words)


def tally_of_act(raw: str, sentence: tuple[int, int], start: int, end: int, found: list[Event], trigger,
                 table) -> bool:
    """What an attack did, told as its own clause: a subject that is the attack's noun ("the strikes killed four
    people"), or a count of victims in the passive ("71 people were killed on Tuesday alone") right after the attack
    is told, or before the words that name it ("have been killed ... in air strikes")."""
    same = [other for other in table.triggers if other.type == trigger.type]
    subject = ACT_SUBJECT.search(raw, sentence[0], start)
    nouns = (subject.group("noun"), subject.group("noun").split()[-1]) if subject else ()
    if any(o.pattern.fullmatch(noun) for o in same for noun in nouns) and \
            any(event.type == trigger.type for event in found):
        return True
    # (a count in words only of the dead: "two young men were arrested" is mostly an arrest of its own; an agent named
    # after the verb makes the act one of its own)
    counts = table.count_words if trigger.type == "ASSAULT" else "dozens|hundreds|thousands|scores"
    if not (counted_passive(counts).search(raw, sentence[0], start) and re.fullmatch(r"[a-z]+ed", raw[start:end])) or \
            re.match(r"\s+by\b", raw[end:]):
        return False
    return bool(found) and found[-1].type == trigger.type or any(o.pattern.search(raw, end, sentence[1]) for o in same)


def word_is_participle(raw: str, start: int, end: int) -> bool:
    return re.fullmatch(r"[a-z]+ing", raw[start:end].split()[0]) is not None


def passed_over(raw: str, clause: tuple[int, int], start: int, trigger, taken: list, statements: list, hits: list,
                acts: list[int]) -> bool:
    """Whether a trigger that reports an act drafts none: its clause has an act already, it is an accusation
    outside anyone's words, or a threat in a clause that names an act."""
    if any(s <= start < e for s, e, kind in taken) and not trigger.beside:
        return True  # one act per clause: the first trigger wins
    if trigger.said and not any(s.start <= start < s.end for s in statements):
        return True  # "the attack was carried out by X" is an accusation only in someone's words
    # (an act in the condition is not the one threatened: "would open all fronts if the shelling goes on")
    # "the council would not renew the contract if ...": a threat only where no act is named (a negated
    # act is none: "if the fee was not withdrawn")
    return bool(trigger.alone) and any(
        clause[0] <= other < clause[1] and not other_trigger.alone and
        not CONDITION.search(raw, start, other) for other, _, other_trigger in hits if other in acts)


def retold(raw: str, clause: tuple[int, int], start: int, holder, trigger, found: list[Event], table) -> bool:
    """"“The first shell fell at the edge of the yard,” a teacher said": in someone's quoted words, a material act of a
    type the article has already reported describes that act again; not what the speaker's side did itself ("our
    forces seized", "we closed": before the verb; "they demolished our shops" still describes), nor what will be done
    (an announcement), nor an act in words (a statement of its own)."""
    return holder is not None and holder.mode == "direct" and trigger.type not in table.verbal and \
        not re.search(r"\b(?:will|would)\b", raw[clause[0]:clause[1]], re.I) and \
        not re.search(r"\b(?:we|our)\b", raw[clause[0]:start], re.I) and \
        any(event.type == trigger.type for event in found)


def threatened_as(kind: str, mode: str | None, status: str, text: str, table) -> tuple[str, str | None]:
    """"warned that it would arrest anyone who ...": an act done to someone, only threatened (to come: "warned that
    the regime was using barrel bombs" tells an act), is the threat (rules.yaml threatened_acts), in THREATEN's mode
    for the act."""
    to_come = re.search(r"\b(?:will|would|shall|threaten\w*)\b", text, re.I)
    modes = dict(table.threatened_acts).get(kind) if status == "threatened" and to_come else None
    if modes is None:
        return kind, mode
    return "THREATEN", dict(modes).get(mode, dict(modes).get("*"))
