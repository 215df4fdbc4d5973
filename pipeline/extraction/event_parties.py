"""Choosing an event's parties among the actors found (act_actors and its steps): the speaker's own acts and whom
they charge, whom a pronoun or a verb joined to the act before stands for (actors_in_context), and the body that a
unit, a party's forces or a speaker's members stand for. The parties in the act's clause are event_clause_parties',
those its sentence names elsewhere event_addressed_parties', and the passes over the events found
event_party_passes'.
"""
import re

from pipeline.extraction.attribution import slug
from pipeline.extraction.event_addressed_parties import party_named_before
from pipeline.extraction.event_clause_parties import actors_of
from pipeline.extraction.event_party_passes import party_list
from pipeline.extraction.event_patterns import (
    ACT_NAMED,
    HIM_OR_HER,
    JOINED_PASSIVE,
    JOINED_VERB,
    OBJECT_PRONOUN,
    PASSIVE_AUXILIARY,
    PENALTIES,
    PRONOUN_SUBJECT,
    RECEIVED_BEFORE,
    RECEIVED_FROM,
    RELATIVE_PRONOUN_SUBJECT,
    SUPPORT_OF,
    THEM,
)
from pipeline.extraction.event_record import Event
from pipeline.extraction.event_references import addressed_it, body_before


def act_actors(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int, trigger, holder,
               statements: list, found: list[Event], actors_at, person, table) -> tuple[tuple, int]:
    """The two actors of an act (the speaker and whom it charges, or actors_of's, then actors_in_context's and
    army_for_its_forces'), and where its object, and the list it may open, begins."""
    if trigger.by_speaker and holder is not None:
        actors = own_body(raw, clause, start, actors_at, holder), spoken_of(raw, clause, start, end, actors_at, holder)
    else:
        # ("its units": not a person's)
        thing = re.search(r"\b(?:it|its)\b", raw[clause[0]:start], re.I)
        previous = [e.actor1 for e in found if sentence[0] <= e.start and e.actor1 and not (thing and person(e.actor1))]
        actors = actors_of(raw, sentence, clause, start, end, actors_at, holder,
                           previous[-1] if previous else None)
    if actors[0] is not None and person(actors[0]) and \
            re.search(r"\bthey\s+(?:\w+\s+)?$|^[\s“\"]*they\b", raw[clause[0]:start], re.I):
        actors = None, actors[1]  # "When my father refused, they beat him": "they" is no one person
    actors = relative_subject_speaker(raw, sentence, clause, start, end, actors, statements)
    actors = cued_speaker(raw, clause, start, actors, statements), actors[1]
    actors = actors_in_context(raw, sentence, clause, start, end, trigger, actors, holder, statements, found,
                               actors_at, person, table)
    actors = body_before(raw, sentence, clause, start, actors[0], actors_at, person, table), actors[1]
    actors = addressed_it(raw, sentence, start, end, trigger, actors, actors_at, person, table)
    actors = party_named_before(raw, sentence, clause, start, end, trigger, actors, found, actors_at, table)
    actors = army_for_its_forces(raw, clause, start, actors[0], actors_at, table), actors[1]
    actors = speakers_members(raw, clause, start, actors, holder, table), actors[1]
    if actors[1] is not None and SUPPORT_OF.match(raw, start, end):
        actors = actors[1], actors[0]  # "took the town with the support of the coalition": the coalition aids
    if trigger.type == "AID" and RECEIVED_FROM.match(raw, start, end) or \
            RECEIVED_BEFORE.search(raw, clause[0], start) and re.match(r"\s+from\s", raw[end:]):
        # "the council received flour from the Red Crescent": the Red Crescent gives; "received a request from 40
        # families": the families ask
        actors = actors[1], actors[0]
    if actors[0] is None and trigger.mode not in table.personal_modes:
        # "The Russian military police entered" ("police entered"): a name whose last word opens the trigger is its
        # subject; not those an act is done to ("Eleven of the detainees returned": released)
        named = next((a for s, e, a in actors_at if clause[0] <= s < start < e < end and a != actors[1]), None)
        actors = named, actors[1]
    actors = unit_of_previous(raw, sentence, clause, start, actors, found, table)
    if actors[0] is None and actors[1] is not None and trigger.type == "MOBILIZE" and \
            table.deployed.search(raw, clause[0], end):
        actors = actors[1], None  # "Russian forces were deployed near X": the forces mobilize, whoever sent them
    objects_from = end  # where the act's object, and the list it may open, begins
    verb_end = start + len(raw[start:end].split()[0])
    inside = [a for s, e, a in actors_at if verb_end < s and e <= end and a != actors[0]]
    if actors[1] is None and inside:  # "held Russia and the regime responsible": the object in the trigger
        actors, objects_from = (actors[0], inside[0]), verb_end
    return sent_by(raw, sentence, (start, end), actors, actors_at, table) or (actors, objects_from)


def relative_subject_speaker(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int,
                             actors: tuple, statements: list) -> tuple:
    """"the YPG, which it accused of firing rockets", "two letters ..., in which it called on": a relative clause whose
    own pronoun subject makes a statement with the trigger (its cue) is that statement's speaker's act, as the
    attribution resolved the pronoun."""
    if not RELATIVE_PRONOUN_SUBJECT.search(raw, max(sentence[0], clause[0] - 12), start):
        return actors
    speaker = next((s.speaker for s in statements if end <= s.start <= clause[1] and s.cue
                    and raw[start:end].lower().startswith(s.cue.lower())), None)
    if speaker is None:
        return actors
    return speaker, actors[1] if actors[1] != speaker else None


def cued_speaker(raw: str, clause: tuple[int, int], start: int, actors: tuple, statements: list) -> str | None:
    """"..., and promised to repair the lines", "and called on the organizations": an act without a subject in its
    clause that is a statement's reporting verb (its cue), or the verb right after it ("promised to repair"), is
    the act of the speaker the attribution found; not an act inside the words ("warned that two men were
    arrested")."""
    if actors[0] is not None:
        return actors[0]
    for statement in statements:
        if not statement.cue or statement.start > clause[1]:
            continue  # (a statement after the clause has no cue in it)
        cue = raw.rfind(statement.cue, clause[0], statement.start)
        if cue >= 0 and not raw[cue + len(statement.cue):statement.start].strip() \
                and (start == cue or re.fullmatch(r"\s*(?:to\s+)?", raw[statement.start:start])):
            return statement.speaker if statement.speaker != actors[1] else None
    return None


def unit_of_previous(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, actors: tuple,
                     found: list[Event], table) -> tuple:
    """"The Asayish released him, days after a patrol detained him": a unit that a body sends out (rules.yaml
    unit_nouns), named without its body as the subject of an act, is that of the doer of the sentence's act before."""
    previous = next((e.actor1 for e in reversed(found) if sentence[0] <= e.start < start and e.actor1), None)
    if actors[0] is not None or previous is None or previous == actors[1] or not re.fullmatch(
            rf"(?:[^,;]*,\s*|.*\b(?:after|before|when|while|as|and)\s+)?(?:a|an|the|one)\s+(?:[a-z]+\s+)?"
            rf"(?:{table.units})\s+(?:(?:had|has|have|also|then|later|\w+ly)\s+)*", raw[clause[0]:start]):
        return actors
    return previous, actors[1]


def sent_by(raw: str, sentence: tuple[int, int], trigger: tuple[int, int], actors: tuple, actors_at,
            table) -> tuple | None:
    """"A patrol of the Military Police toured the streets", "A convoy of the UN and the SARC reached the camp", "The
    last UN convoy entered": an act without a subject whose trigger names what a body sends out (rules.yaml
    unit_nouns) is the body's (the act's actors, and where the list of bodies begins), or None."""
    start, end = trigger
    if actors[0] is not None:
        return None
    unit = table.unit_of.match(raw, start)
    sender = next((actor for s, _, actor in actors_at if s == unit.end()), None) if unit else None
    if sender is not None:
        senders = party_list(raw, sentence, actors_at, sender, unit.end(), False)
        return (sender, actors[1] if actors[1] not in senders else None), unit.end()
    # "The last UN convoy entered": the name right before what it sends out
    sender = next((actor for s, e, actor in actors_at if start <= s and e < end and table.unit_after.match(raw, e)),
                  None)
    return None if sender is None else ((sender, actors[1] if actors[1] != sender else None), end)


def spoken_of(raw: str, clause: tuple[int, int], start: int, end: int, actors_at, holder) -> str | None:
    """Whom the speaker's words charge, in the clause: the first actor after the trigger ("the attack had been
    carried out by the YPG"), else, for a trigger that opens with an auxiliary, its subject ("the occupation were
    responsible for", "ISIS cells had carried out the attack")."""
    opening = max(clause[0], holder.start)
    others = [(s, actor) for s, e, actor in actors_at if opening <= s and e <= clause[1] and actor != holder.speaker]
    after = [actor for s, actor in others if s >= end]
    before = [actor for s, actor in others if s < start]
    auxiliary = re.match(r"(?:was|were|is|are|had|has|have)\b", raw[start:end], re.I)
    # a punishment announced ("smugglers caught again would be fined", "teachers who do not return ... will be
    # dismissed"): the subject of the passive is whom it threatens, not a party after it ("referred to the court")
    # (the clause's subject, not a party its subject names: "any truck carrying wheat to the government’s centres")
    punished = re.match(r"(?:(?:will|would)\s+(?:not\s+)?be\s|(?:who|that|which)\b)", raw[start:end], re.I)
    subject = [actor for s, actor in others if s < start and re.fullmatch(r"\s*(?:[\w’'-]+\s+){0,2}", raw[opening:s])]
    if subject and punished:
        return subject[0]
    # "Israel would bear the consequences", "every attack will be answered": the subject right before undergoes it
    undergoes = re.match(r"(?:will|would)\s+(?:not\s+)?[“\"]?(?:be|bear|pay|face)\b", raw[start:end], re.I)
    undergoer = [actor for s, e, actor in actors_at if opening <= s and e <= start and actor != holder.speaker
                 and re.fullmatch(r"\s*(?:that\s+)?(?:the\s+)?", raw[opening:s], re.I) and not raw[e:start].strip()]
    return after[0] if after else before[-1] if before and auxiliary else undergoer[0] if undergoer and undergoes \
        else None


def speakers_members(raw: str, clause: tuple[int, int], start: int, actors: tuple, holder, table) -> str | None:
    """"A commander of X denied that his fighters had ...": the members of the speaker's side ("his fighters", "its
    members") are the body the speaker speaks for, where it is known."""
    if holder is None or holder.voice_for is None:
        return actors[0]
    opening = max(clause[0], holder.start)
    own = re.fullmatch(rf"\s*(?:his|her|its|their|our)\s+(?:{table.members})\s+"
                       rf"(?:(?:had|has|have|also|\w+ly|were|was)\s+)*", raw[opening:start], re.I)
    return actors[0] if own is None else holder.voice_for


def own_body(raw: str, clause: tuple[int, int], start: int, actors_at, holder) -> str:
    """Who does an act that is the speaker's (a threat in their words): the speaker, or the body they speak for where
    it is the words' subject ("X, the head of the SDF’s media centre, said the SDF would respond": the SDF)."""
    opening = max(clause[0], holder.start)
    subject = next((actor for s, e, actor in actors_at if opening <= s and e <= start), None)
    return subject if subject is not None and subject == holder.voice_for else holder.speaker


def actors_in_context(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int, trigger,
                      actors: tuple, holder, statements: list, found: list[Event], actors_at, person, table) -> tuple:
    """The actors of an act (actors: what actors_of found in its clause), from the text around the clause where
    a pronoun or a verb without a subject of its own leaves one out: "she" of the person who spoke just before,
    a verb joined by "and" to the act before, "They killed ..." after an act, "asked him", "demanded that X"
    and "dispersed the protest"."""
    actors = he_or_she(raw, sentence, clause, start, actors, holder, statements, actors_at, person)
    last = found[-1] if found and found[-1].start >= sentence[0] else None
    actors = joined_to_last(raw, sentence, start, end, trigger, actors, last, table)
    actors = passive_joined_to_last(raw, sentence, start, end, actors, last)
    if actors[0] is None and holder is None and PRONOUN_SUBJECT.fullmatch(raw, clause[0], start) and \
            not PASSIVE_AUXILIARY.search(raw, clause[0], start) and \
            not re.match(r"(?:was|were)\b", raw[start:end]):
        # "Gunmen attacked a checkpoint. They killed a soldier.": the doer of the act just before,
        # in the paragraph
        doers = [e.actor1 for e in found if e.actor1 and "\n" not in raw[e.end:start]]
        if doers:
            actors = doers[-1], actors[1] if actors[1] != doers[-1] else None
    pronoun = OBJECT_PRONOUN.match(raw, end, sentence[1])
    if pronoun and last is not None and last.actor2 and last.actor2 != actors[0] and \
            not HIM_OR_HER.match(raw, end, sentence[1]) and not PASSIVE_AUXILIARY.search(raw, clause[0], start):
        # "arrested the owners of three bakeries, accusing them of ...": "them" are those the act before was done to
        actors = actors[0], last.actor2
    if actors[0] is not None and trigger.type in table.addressed and HIM_OR_HER.match(raw, end, sentence[1]):
        # "met the head of the branch ... and asked him to move the checkpoint": the person named last before (or
        # the holder of an office), never a party after "him" ("asked him to release the students")
        paragraph = raw.rfind("\n", 0, start)
        named = [a for s, e, a in actors_at if paragraph < s and e <= start and a != actors[0] and
                 (person(a) or holds_office(raw, s, table))]
        actors = actors[0], named[-1] if named else None
    if actors[1] is None and holder is not None and \
            (HIM_OR_HER.match(raw, end, sentence[1]) or re.search(r"\s(?:him|her)$", raw[start:end])):
        # "“When my brother argued with them, they beat him,” he said": the person named before in the words
        named = [a for s, e, a in actors_at if holder.start <= s and e <= start and person(a)
                 and a not in {actors[0], holder.speaker}]
        actors = actors[0], named[-1] if named else None
    if (actors[1] is None or trigger.type in table.addressed and not any(
            a == actors[1] and sentence[0] <= s and e <= start for s, e, a in actors_at)) and \
            THEM.match(raw, end, sentence[1]):
        # ("asked them to sign a pledge not to teach the regime’s curriculum": "them", not a party after it)
        # ("arrested four of them": a part of a group that is spoken of, not of the group that speaks)
        speaker = None if " of " in THEM.match(raw, end, sentence[1]).group() else holder
        actors = actors[0], group_before(raw, (sentence[0], start), speaker, found, actors_at, table, actors[0])
    if actors[1] is None and trigger.type in table.addressed:
        actors = actors[0], that_subject(raw, end, actors_at, actors[0], table)
    if actors[1] is None:
        actors = actors[0], doer_of_act_named(raw, end, sentence, found, trigger, table, actors[0])
    return actors


def holds_office(raw: str, start: int, table) -> bool:
    """Whether an actor named at start is the holder of an office ("the commander of the Military Council"): a
    person whom "him" or "her" can be."""
    return table.office.match(raw, start) is not None


def he_or_she(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, actors: tuple, holder,
              statements: list, actors_at, person) -> tuple:
    """The actors of an act whose subject is "he" or "she": the person who spoke just before, the person whose words
    these are, or the person named before in the sentence (when others tell it)."""
    opening = max(clause[0], holder.start) if holder is not None else clause[0]
    if actors[0] is None and re.fullmatch(r"\s*(?:he|she)\s+(?:\w+\s+)?", raw[opening:start], re.I) and \
            not PASSIVE_AUXILIARY.search(raw, clause[0], start):  # "he was accused of": he underwent it
        # "..., she told Enab Baladi. She also accused X": the person who spoke just before, in the paragraph;
        # "X told Enab Baladi that he had asked ...": the person whose words these are
        spoke = [s for s in statements if s.end <= start and "\n" not in raw[s.end:start]] if holder is None \
            else [holder] if person(holder.speaker) else []
        # "X was dismissed ..., after he refused to ...", told by others: the person named before in it
        named = [a for s, e, a in actors_at if sentence[0] <= s and e <= clause[0] and person(a)]
        he = spoke[-1].speaker if spoke else named[-1] if holder is not None and named else None
        he = person_in_words(raw, sentence, clause, start, holder, actors_at, person) or he
        if he is not None:
            actors = he, actors[1] if actors[1] != he else None
    return actors


def person_in_words(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, holder, actors_at,
                    person) -> str | None:
    """"X told Enab Baladi that his brother had been detained ..., after he refused to pay": "he" after a subordinator
    in someone's words is the person those words told of before it (the latest), not the one who speaks; or None."""
    subordinate = re.search(r"\b(?:after|when|because|since|until|before|once)\s+(?:he|she)\s+(?:\w+\s+)?$",
                            raw[max(sentence[0], clause[0] - 8):start])
    if holder is None or subordinate is None:
        return None
    told = [a for s, e, a in actors_at if holder.start <= s and e <= start and person(a) and a != holder.speaker]
    return told[-1] if told else None


def joined_to_last(raw: str, sentence: tuple[int, int], start: int, end: int, trigger, actors: tuple, last,
                   table) -> tuple:
    """The actors of a verb joined by "and" to the act before in the sentence (last): a passive's subject undergoes
    it too, by the passive's agent; an active verb without a subject of its own has the act before's subject."""
    reported = last is not None and re.search(r"\bthat\s+$", raw[sentence[0]:last.start])
    if actors[0] is not None and actors[1] is None and raw[start:end].endswith("ed") and \
            joined_passive(raw, sentence[0], start, table):
        # "The teachers were taken to the centre and released two days later": the passive's subject
        # underwent the verb joined to it too, done by the agent of the passive before ("were detained
        # by the Kastel Brigade and tortured")
        doer = last.actor1 if last is not None and last.actor2 == actors[0] else None
        actors = doer, actors[0]
    elif last is not None and last.actor1 and JOINED_VERB.search(raw, sentence[0], start) and \
            not PASSIVE_AUXILIARY.search(raw, sentence[0], start) and \
            not (reported and trigger.type in table.verbal):
        # ("denied that X had ..., and accused Y": an act in words after a reported clause is the source's)
        # "dispersed the sit-in after an hour and briefly detained three of them", "detained two
        # technicians ..., and released them": a verb joined by "and" without a subject of its own
        # has the subject of the act before, and "them" after it is that act's party
        pronoun = OBJECT_PRONOUN.match(raw, end, sentence[1])
        actors = last.actor1, last.actor2 if pronoun else actors[1] if actors[1] != last.actor1 else None
        if actors[1] is None and {trigger.type, last.type} <= PENALTIES and \
                (last.type == "SANCTION" or re.match(r"\s+(?:its|their|his|her)\b", raw[end:])):
            # "fined 14 fishermen and seized the nets of six boats", "arrested them and took their phones": a
            # penalty joined to a fine, or on what belongs to them, naming only things, is on the same party
            actors = actors[0], last.actor2
    return actors


def passive_joined_to_last(raw: str, sentence: tuple[int, int], start: int, end: int, actors: tuple, last) -> tuple:
    """A passive joined by "and" to a passive before it in the sentence (last), without a subject of its own: "were
    kidnapped by the militia, and were released four days later" is undergone by the same party; "were detained
    by the Air Force Intelligence, and their car was confiscated", by the owner, at the hands of the same doer."""
    if actors[1] is not None or last is None or not last.actor2 or \
            not re.search(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?[a-z]+", raw[last.start:last.end]):
        return actors
    passive = re.match(r"(?:was|were)\b", raw[start:end]) or PASSIVE_AUXILIARY.search(raw, sentence[0], start)
    lead = re.search(r"\band\s+(?P<own>(?:his|her|their|its)\s+[^;.]{0,60}?)?(?:(?:was|were)\s+(?:\w+ly\s+)?)?$",
                     raw[last.end:start])
    if not (passive and lead):
        return actors
    return (actors[0] or (last.actor1 if lead.group("own") else None)), last.actor2


def joined_passive(raw: str, opening: int, start: int, table) -> bool:
    """Whether a passive verb and "and" come right before the position: "were taken to the centre and", also with an
    irregular participle ("were held for several hours and released")."""
    irregular = rf"\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:{table.finite})\b[^,;.]*"
    return JOINED_PASSIVE.search(raw, opening, start) is not None or \
        re.search(irregular + JOINED_VERB.pattern, raw[opening:start]) is not None


def group_before(raw: str, before: tuple[int, int], holder, found: list[Event], actors_at, table,
                 actor1: str | None) -> str | None:
    """Whom "them" after an act stands for: the group that says it ("Residents said that gunmen robbed them"),
    else the party the act before in the paragraph was done to ("Three men were arrested. The police released
    them"), else the group the sentence opens with ("Boatmen stopped work after the SDF fined them"), else the
    group named last before in the paragraph ("Students protested on Sunday. The police arrested four of them")."""
    def group(actor: str) -> bool:
        return bool(set(actor.split("-")) & table.collectives) and actor != actor1
    start = before[1]
    if holder is not None and group(holder.speaker):
        return holder.speaker
    done_to = [e.actor2 for e in found if e.actor2 and e.end <= start and "\n" not in raw[e.end:start]]
    if done_to:
        return done_to[-1] if done_to[-1] != actor1 else None
    opening = next((a for s, e, a in actors_at if before[0] <= s and e <= start and group(a)), None)
    paragraph = raw.rfind("\n", 0, before[0])
    earlier = [a for s, e, a in actors_at if paragraph < s and e <= before[0] and group(a)]
    return opening or (earlier[-1] if earlier else None)


def that_subject(raw: str, end: int, actors_at, actor1: str | None, table) -> str | None:
    """"demanded that the council reopen the bakery", "demanding that the UN pressure ...": the one asked is
    the subject of the clause the demand opens, the actor that starts it; also past the occasion and the time
    ("demanded in a statement on Tuesday that the council ...": rules.py that_after)."""
    clause = table.that_after.match(raw, end)
    if clause is None:
        return None
    opening = re.compile(r"(?:the\s+)?").match(raw, clause.end()).end()
    return next((actor for s, _, actor in actors_at if clause.end() <= s <= opening and actor != actor1), None)


def doer_of_act_named(raw: str, end: int, sentence: tuple[int, int], found: list[Event], trigger, table,
                      actor1: str | None) -> str | None:
    """"dispersed the protest", "stormed the sit-in": an act whose object is a gathering told before (rules.yaml
    gatherings), named by a noun of its trigger after a determiner, is done to the gathering's doer."""
    named = ACT_NAMED.match(raw, end, sentence[1])
    if named is None:
        return None
    kinds = {other.type for other in table.triggers if other.type != trigger.type and other.type in table.gatherings
             and (word := other.pattern.match(raw, named.end(), sentence[1])) and word.start() == named.end()}
    return next((event.actor1 for event in reversed(found) if event.type in kinds and event.actor1
                 and event.actor1 != actor1), None)


def army_for_its_forces(raw: str, clause: tuple[int, int], start: int, actor1: str | None, actors_at,
                        table) -> str | None:
    """"The Turkish Ministry of Defence said its forces had killed ...": the forces of a state, or of a body its name
    says is a state's, are the state's army (state_armies), the actor apart from the state (coding guide)."""
    own = re.search(rf"\b(?:its|their|our)\s+(?:{table.forces_nouns})\b[^,;]*$", raw[clause[0]:start])
    if actor1 is None or own is None or any(clause[0] + own.start() <= s < start for s, _, _ in actors_at):
        return actor1
    head = actor1.split("-")[0].capitalize()  # "turkish-ministry-of-defense": Turkish
    state = next((name for name, pattern in table.states if slug(name) == actor1 or pattern.fullmatch(head)), None)
    army = dict(table.state_armies).get(state)
    return slug(army) if army else actor1
