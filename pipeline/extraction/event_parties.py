"""Choosing an event's parties among the actors found (actors_of and its steps): the subject and object of an act
in its clause, the agent and the one who underwent a passive, whom a pronoun or a verb joined to the act before
stands for (actors_in_context), one event per party of a list (one_per_party), and the parties filled in from the
article's other acts (harmed_by_act, inherit_actor1, undo_by_doer).
"""
import re
from dataclasses import replace

from pipeline.extraction.attribution import slug
from pipeline.extraction.event_patterns import (
    ACT_NAMED,
    ADVERB_BEFORE_VERB,
    APPOSED_OBJECT,
    APPOSITION_BETWEEN,
    AUXILIARY_LEAD,
    CLAUSE_SUBJECT,
    DEMANDED_FROM,
    HELD_BY,
    HIM_OR_HER,
    JOINED_PASSIVE,
    JOINED_VERB,
    NOUN_OF,
    OBJECT_PRONOUN,
    PARTY_SEPARATOR,
    PASSIVE_AGENT,
    PASSIVE_AUXILIARY,
    PASSIVE_LEAD,
    PASSIVE_SUBJECT_END,
    PRONOUN_SUBJECT,
    PROTESTED_AFTER,
    RECEIVED_BEFORE,
    RECEIVED_FROM,
    RELATIVE_LEAD,
    RELATIVE_OBJECT_AFTER_NOUN,
    RELATIVE_OWN_SUBJECT,
    RELATIVE_PRONOUN_SUBJECT,
    SUBJECT_OPENING,
    SUBJECT_PARTED,
    SUBORDINATOR,
    SUPPORT_OF,
    THAT_CLAUSE,
    THEM,
)
from pipeline.extraction.event_record import Event
from pipeline.extraction.event_references import addressed_it, body_before, people
from pipeline.extraction.event_triggers import word_is_participle
from pipeline.extraction.rules import rules


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
        cue = raw.rfind(statement.cue, clause[0], statement.start) if statement.cue else -1
        if cue >= 0 and not raw[cue + len(statement.cue):statement.start].strip() and statement.start <= clause[1] \
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


def actors_of(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int,
              actors_at, holder, previous: str | None = None, agent: bool = True) -> tuple:
    """actor1: the clause's subject (the first actor before the act), or for "it"/"they" the
    statement's speaker, or the subject of the sentence's previous act (previous), or the latest
    actor before, or for a clause that starts with its verb the sentence's subject; actor2: the
    first other actor after the act."""
    if holder is not None and clause[0] < holder.start <= start and \
            any(holder.start <= s and e <= start for s, e, _ in actors_at):
        clause = (holder.start, clause[1])  # "Residents said the police arrested ...": the words' subject, not who says
    before = [actor for s, e, actor in actors_at if clause[0] <= s and e <= start]
    after = actors_after(raw, clause, start, end, actors_at, holder)
    if agent and (mediated := without_mediators(raw, sentence, clause, start, end, actors_at, holder, previous)):
        return mediated
    passive = PASSIVE_AGENT.match(raw, end, clause[1]) if agent else None
    if (agent and re.search(r"\bby\s*(?:(?:the|a|an)\s+)?$", raw[start:end])) or passive:
        return passive_actors(raw, sentence, clause, start, end, actors_at, holder, previous, before, passive)
    by_noun = noun_doer_actors(raw, sentence, start, end, actors_at, before, after)
    if by_noun is not None:  # "the siege, which the Fourth Division imposed", "the offensives of the Nahda Brigade"
        return by_noun
    actor1 = before[0] if before else None
    # "former fighters who signed a settlement with ...": the name the relative clause follows does the act
    actor1 = next((actor for s, e, actor in actors_at if sentence[0] <= s and
                   re.fullmatch(r"\s+who\s+(?:(?:had|has|have)\s+)?", raw[e:start])), actor1)
    progressive = raw[start:end].endswith("ing") or word_is_participle(raw, start, end)  # "has been taking"
    if actor1 is not None and not progressive and (
            PASSIVE_AUXILIARY.search(raw, clause[0], start) or re.match(r"(?:was|were)\b", raw[start:end], re.I)):
        # the passive without its agent: "two young men were arrested" undergo the act, done by whoever holds the
        # post it names ("were detained at a checkpoint of the Military Police")
        return post_holder(raw, clause, end, actors_at), actor1
    relative = relative_lead(raw, sentence, clause, start, actor1 is None)
    if relative:  # "The US-led coalition, which has struck ...": the actor the relative clause follows
        actor1 = relative_head(raw, relative, actors_at)
        if actor1 is not None and (PASSIVE_AUXILIARY.search(raw, clause[0], start) or
                                   RELATIVE_OWN_SUBJECT.match(raw, clause[0], start)):
            # "..., who was arrested on 3 February": the one arrested; "the YPG, which it accused of ...": the
            # clause's own subject acts on the head
            return None, actor1
    if actor1 is None and len(after) > 1 and \
            re.search(r"\bbetween\s+(?:the\s+)?$", raw[end:first_after(actors_at, end)]):
        return after[0], after[1]  # "signed between Russia and Turkey": the two parties
    lead = raw[clause[0]:start]
    spoken = speaker_subject_actors(raw, start, after, holder) if actor1 is None else None
    if spoken is not None:  # "it", "they", "we" opening the speaker's words: the speaker, or the body they speak for
        return spoken
    if actor1 is None:
        actor1 = subject_elsewhere(raw, sentence, clause, start, end, actors_at, holder, previous, progressive)
    if actor1 is None and re.search(r"\b(?:it|they|we|its|their)\b", lead, re.I):
        # "it", "they": the latest actor before in the sentence, else the speaker who says so
        actor1 = pronoun_referent(raw, sentence, clause, actors_at, holder, previous)
    elif actor1 is None and clause[0] > sentence[0] and PASSIVE_LEAD.fullmatch(lead) and not progressive and \
            (lead.strip() or re.match(r"(?:was|were)\s", raw[start:end], re.I)):
        # ("were taking up to 300,000 pounds from families": a progressive is active)
        # "Fadi al-Ashqar, a former fighter, was shot dead": the subject before the commas underwent the act
        subject = next((actor for s, e, actor in actors_at if sentence[0] <= s and e <= clause[0]
                        and PASSIVE_SUBJECT_END.fullmatch(raw, e, clause[0])), None)
        return post_holder(raw, clause, end, actors_at), subject
    elif actor1 is None and re.fullmatch(r"\s*(?:\w+ed\s+)?", lead) and clause[0] > sentence[0]:
        # the subject of the words reported, not who reports them: "Activists reported that a patrol of the
        # Air Force Intelligence arrived ..., dispersed the protesters"
        actor1 = reported_subject(raw, sentence, clause, actors_at, holder)
    if actor1 is None and not progressive and (owner := held_at_post(raw, clause, start, end, actors_at)):
        return owner, None  # "his cousin was held at the brigade’s headquarters": no party named underwent it
    return actor1, object_after(raw, sentence, end, actors_at, after, actor1)


def held_at_post(raw: str, clause: tuple[int, int], start: int, end: int, actors_at) -> str | None:
    """The holder of the post a passive act without its agent names (post_holder), or None for an active act."""
    passive = PASSIVE_AUXILIARY.search(raw, clause[0], start) or re.match(r"(?:was|were)\b", raw[start:end], re.I)
    return post_holder(raw, clause, end, actors_at) if passive else None


def relative_lead(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, unnamed: bool):
    """The match of what opens a relative clause right before a clause whose act it is (", which", ", who" where the
    clause names no subject (unnamed); or the comma before "whose" and a member noun, even one found as a group: "The
    civil defence, whose teams took the wounded ...": the body whose members act), whose head relative_head finds;
    or None."""
    if re.fullmatch(rf"\s*whose\s+(?:{rules().members})\s+(?:(?:had|has|have|also|\w+ly)\s+)*",
                    raw[clause[0]:start]):
        return re.compile(r"(?:\s*\([A-Z]{2,6}\))?\s*,\s*$").search(raw, sentence[0], clause[0])
    return RELATIVE_LEAD.search(raw, sentence[0], clause[0]) if unnamed else None


def actors_after(raw: str, clause: tuple[int, int], start: int, end: int, actors_at, holder) -> list[str]:
    """The actors after an act in its clause, where actors_of looks for its object: inside the speaker's words for an
    act in them (not the speaker named after them), and none that is the subject of a clause joined by "and"
    (new_subject)."""
    words_end = holder.end if holder is not None and holder.start <= start and end <= holder.end else clause[1]
    return [actor for s, e, actor in actors_at if end <= s and e <= min(clause[1], words_end)
            and not new_subject(raw, end, s, e)]


def noun_doer_actors(raw: str, sentence: tuple[int, int], start: int, end: int, actors_at, before: list[str],
                     after: list[str]) -> tuple | None:
    """actors_of for an act named by a noun whose doer is named with it (the doer, and the first other actor after
    the act), or None: the subject of a relative clause right after the noun ("the siege, which the Fourth Division
    imposed on 24 June", relative_doer), or, where no actor comes before, the doer after "of" (rules.yaml
    doer_nouns: "the offensives of the Nahda Brigade on Zarqin"), never one listed with it."""
    doer = relative_doer(raw, sentence, (start, end), actors_at)
    if doer is not None:
        return doer, next((actor for actor in after if actor != doer), None)
    words = raw[start:end].lower().split()
    # (a trigger that ends with the noun's "of": "at the request of the families")
    doer = NOUN_OF.match(raw, end) if " ".join(words) in rules().doer_nouns else \
        re.compile(r"\s*(?:the\s+)?").match(raw, end) if words[-2:-1] and words[-1] == "of" and \
        words[-2] in rules().doer_nouns else None
    of = [actor for s, e, actor in actors_at if doer and doer.start() < s <= doer.end()]
    if not before and of:
        doers = party_list(raw, sentence, actors_at, of[0], doer.start(), False)
        return of[0], next((actor for actor in after if actor not in doers), None)
    return None


def speaker_subject_actors(raw: str, start: int, after: list[str], holder) -> tuple | None:
    """actors_of for an act without a subject in a speaker's words that open with "it", "they" or "we" (the act's
    actors, or None where they do not): the speaker does it, or for "we" of a person who speaks for a body ("X, the
    head of the union") the body; its object is the first other actor after it."""
    if holder is None or not re.match(r"\s*(?:it|they|we|its|their|our)\b", raw[holder.start:start], re.I):
        return None
    we = holder.voice_for if re.match(r"\s*(?:we|our)\b", raw[holder.start:start], re.I) and holder.voice_for \
        else None
    return we or holder.speaker, next((actor for actor in after if actor not in {holder.speaker, we}), None)


def object_after(raw: str, sentence: tuple[int, int], end: int, actors_at, after: list[str],
                 actor1: str | None) -> str | None:
    """actor2 of actors_of: the first actor after the act other than its subject, or the person's name in apposition
    to its object (APPOSED_OBJECT: "arrested a member of the council, Khalil Hamdan"), the object's name, not its
    body."""
    actor2 = next((actor for actor in after if actor != actor1), None)
    apposed = APPOSED_OBJECT.match(raw, end, sentence[1])
    named = [a for s, e, a in actors_at if apposed and (s, e) == apposed.span("name")]
    return named[0] if named and named[0] != actor1 else actor2


def subject_elsewhere(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int, actors_at,
                      holder, previous: str | None, progressive: bool) -> str | None:
    """The subject of a clause that opens with its verb, named outside it: before an apposition or a relative clause
    that parts it from the verb, or of the act before a participle after a subordinator; or None."""
    lead = raw[clause[0]:start]
    if clause[0] > sentence[0] and verb_lead(lead) and \
            (progressive or not PASSIVE_AUXILIARY.search(raw, clause[0], start)):
        # "The council of X, which warned in May that ..., has asked", "Fighters of X, a faction of the SNA, have
        # seized", "X, which ..., sent reinforcements" (not one who underwent it: "X, a former fighter, has been
        # detained")
        return parted_subject(raw, sentence, clause, actors_at, holder)
    if previous is not None and re.fullmatch(r"\s*(?:before|after|while|since|without)\s+", lead) \
            and re.fullmatch(r"[a-z]+ing", raw[start:end].split()[0]):
        return previous  # "imposed a curfew on 21 January ..., before lifting it on 31 January"
    return None


def relative_doer(raw: str, sentence: tuple[int, int], trigger: tuple[int, int], actors_at) -> str | None:
    """The doer of an act named by a noun (of one or two words, at the trigger's start or its last word), where a
    relative clause right after the noun names it as the subject of a verb that does the act (rules.yaml
    doing_verbs): "the siege, which the Fourth Division imposed", "the curfew the council has imposed", "under an
    agreement Russia and Turkey signed"; not "the siege, which the UN condemned"."""
    doing = rules().doing
    openings = (trigger[0], max(trigger[0], raw.rfind(" ", *trigger) + 1))
    return next((actor for start in openings for s, e, actor in actors_at if start < s < sentence[1]
                 and RELATIVE_OBJECT_AFTER_NOUN.fullmatch(raw, start, s)
                 and doing.match(raw, list_end(raw, e, actors_at))), None)


def list_end(raw: str, end: int, actors_at) -> int:
    """Where the list of parties that an actor ending at end opens ends ("Russia and Turkey signed": after Turkey)."""
    following = next((e for s, e, _ in actors_at if s > end and PARTY_SEPARATOR.fullmatch(raw, end, s)), None)
    return end if following is None else list_end(raw, following, actors_at)


def relative_head(raw: str, relative, actors_at) -> str | None:
    """The actor a relative clause follows (relative: the match of RELATIVE_LEAD), "The US-led coalition, which has
    struck ...", or None."""
    actor1 = None
    # (past an apposition: "Khaled al-Zoubi, a carpenter from Da’el, who was arrested"), the head of
    # "the Education Committee of the AANES, which ..."
    # (a body named with its acronym holds the brackets the relative lead starts with: "the NDF (NDF), which")
    lead = relative.start() + len(re.match(r"\s*(?:\([A-Z]{2,6}\))?", raw[relative.start():]).group())
    head = next(((s, e, actor) for s, e, actor in reversed(actors_at) if e <= lead
                 and (e == lead or APPOSITION_BETWEEN.fullmatch(raw, e, relative.start()))), None)
    while head is not None:
        actor1 = head[2]
        head = next(((s, e, actor) for s, e, actor in actors_at
                     if re.fullmatch(r"\s+(?:of|in|for)\s+(?:the\s+)?", raw[e:head[0]])), None)
    return actor1


def pronoun_referent(raw: str, sentence: tuple[int, int], clause: tuple[int, int], actors_at, holder,
                     previous: str | None) -> str | None:
    """Who "it" or "they" before an act is: the subject of the sentence's previous act (previous), else the latest
    actor before in the sentence (an earlier clause's subject first), else the speaker who says so."""
    earlier = [(s, actor) for s, e, actor in actors_at if sentence[0] <= s and e <= clause[0]
               and not (holder is not None and actor == holder.speaker)]
    # the subject of an earlier clause ("that the committee had received lists from the Military
    # Intelligence, and that it would meet ...") before any other actor named in it
    subjects = [actor for s, actor in earlier if CLAUSE_SUBJECT.search(raw, sentence[0], s)]
    earlier = subjects or [actor for _, actor in earlier]
    return previous or (earlier[-1] if earlier else holder.speaker if holder is not None else None)


def verb_lead(lead: str) -> bool:
    """Whether the words before a trigger are an auxiliary ("has", "had been") or a verb ("sent", "imposed") that
    opens its clause, not a subject or a passive's "was"."""
    verbs = rules().finite_not_be
    return AUXILIARY_LEAD.fullmatch(lead) is not None or \
        re.fullmatch(rf"\s*(?:(?:has|have|had|also|then|later|\w+ly)\s+)*(?:[a-z]+ed|{verbs})\s+", lead) is not None


def parted_subject(raw: str, sentence: tuple[int, int], clause: tuple[int, int], actors_at, holder) -> str | None:
    """The subject that an apposition or a relative clause (SUBJECT_PARTED) parts from a clause opening with an
    auxiliary: the actor that opens the sentence or the words reported ("Residents said that fighters of X, a faction
    of the SNA, have seized"), not one named inside what parts them ("the committee, which is run by X, had")."""
    openings = [holder.start] if holder is not None and sentence[0] <= holder.start <= clause[0] else []
    return next((actor for opening in [*openings, sentence[0]] for s, e, actor in actors_at if opening <= s
                 and e < clause[0] and SUBJECT_OPENING.fullmatch(raw, opening, s)
                 and SUBJECT_PARTED.fullmatch(raw, e, clause[0])), None)


def reported_subject(raw: str, sentence: tuple[int, int], clause: tuple[int, int], actors_at, holder) -> str | None:
    """The subject of a clause that starts with its verb: of the words reported (after the statement's start), of
    the subordinate clause the verb ends, or the name in apposition right before the verb."""
    opening = holder.start if holder is not None and sentence[0] <= holder.start <= clause[0] else sentence[0]
    # "Two fighters were killed when the Furqan Division, a faction of ..., clashed with ...": the subject of
    # the subordinate clause the verb ends, not of the sentence
    # (the latest that names one: "after the Fund, which had paid them since 2019, stopped")
    subordinate = [m for m in SUBORDINATOR.finditer(raw, opening, clause[0])
                   if any(m.end() <= s and e <= clause[0] for s, e, _ in actors_at)]
    if subordinate:
        opening = subordinate[-1].end()
    # "The president of X University, Dr. Y Z, met ...": the name in apposition right before the verb
    renamed = [actor for s, e, actor in actors_at if sentence[0] < s and re.fullmatch(r"\s*,\s*", raw[e:clause[0]])
               and re.search(r",\s*(?:[A-Z][a-z]{0,3}\.\s+)?$", raw[sentence[0]:s])]
    subject = renamed or [actor for s, e, actor in actors_at if opening <= s and e <= clause[0]] or \
        [actor for s, e, actor in actors_at if sentence[0] <= s and e <= clause[0]]
    return subject[0] if subject else None


def post_holder(raw: str, clause: tuple[int, int], end: int, actors_at) -> str | None:
    """The force whose post a passive act names after its verb: "were detained at a checkpoint of the SNA", "at an
    Asayish checkpoint"."""
    table = rules()
    lead = table.post_owner_lead.match(raw, end, clause[1])
    # (its name may hold the "the" the lead ends with: "at the brigade’s headquarters")
    owner = next((actor for s, e, actor in actors_at if lead and table.post_noun.match(raw, e)
                  and (s == lead.end() or s == lead.end() - 4 and raw[s:s + 4].lower() == "the ")), None)
    if owner is not None:
        return owner
    post = table.held_post.match(raw, end, clause[1])
    # past an owner's possessive: "the SNA’s Military Police" is the police
    return next((actor for s, _, actor in actors_at
                 if post and s >= post.end() and re.fullmatch(r"(?:[A-Z][\w-]*[’']s\s+)?", raw[post.end():s])), None)


def passive_actors(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int, actors_at,
                   holder, previous: str | None, before: list[str], passive) -> tuple:
    """actors_of for a passive act with "by" after it (passive: the match of PASSIVE_AGENT, or None where the
    trigger itself ends with "by"): the agents after "by" do it, the subject before it undergoes it."""
    trigger_end = end
    # the passive "agreed upon by Russia, Turkey and Iran", "were arrested on Monday by the police":
    # the agents come after "by", a list of them across the clause's commas; the subject before
    # the act ("eleven traders were arrested by ...") is who it was done to
    if passive:
        end = passive.end()
    agents = agents_after(raw, clause, end, actors_at)
    if not agents and passive and not re.match(r"\s+by\b", raw[trigger_end:trigger_end + 4]):
        return actors_of(raw, sentence, clause, start, trigger_end, actors_at, holder, previous, False)
    patient = next((actor for actor in before if actor not in agents), None)
    if patient is None and re.fullmatch(r"\s*(?:(?:was|were|had|has|have|been)\s+)+(?:\w+ly\s+)?",
                                        raw[clause[0]:start]):  # "Abu Hussam, was killed": its subject
        patient = next((actor for s, e, actor in actors_at if PASSIVE_SUBJECT_END.fullmatch(raw, e, clause[0])),
                       None)
    if patient and (PASSIVE_AUXILIARY.search(raw[clause[0]:start]) or re.match(r"(?:was|were)\b", raw[start:end])
                    or rules().harmed_when.search(raw, clause[0], start)):
        # "was killed by a sniper": by no actor named; "was shot dead by": the auxiliary is a word of the trigger;
        # "were killed in an air strike by": harmed in the act
        return (agents[0] if agents else None), patient
    if patient is None and agents and not raw[clause[0]:start].strip() and re.search(r",\s*$", raw[:clause[0]]):
        # "The SDF, backed by the US-led coalition, ...": a participle after a comma describes the name before it
        named = [actor for s, e, actor in actors_at if sentence[0] <= s and e <= clause[0]
                 and PASSIVE_SUBJECT_END.fullmatch(raw, e, clause[0]) and actor not in agents]
        if named:
            return agents[0], named[-1]
    return (agents[0] if agents else None), (agents[1] if len(agents) > 1 else None)


def agents_after(raw: str, clause: tuple[int, int], end: int, actors_at) -> list[str]:
    """The agents after a passive's "by" (end: where "by" ends), a list of them across the clause's commas."""
    agents = []
    for s, e, actor in actors_at:
        if s >= end and (not agents or re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", raw[agents[-1][1]:s])) and \
                (agents or s <= clause[1]):
            agents.append((s, e, actor))
        elif agents:
            break
    return [actor for _, _, actor in agents]


def without_mediators(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int, actors_at,
                      holder, previous: str | None) -> tuple | None:
    """actors_of for an act whose passive agent only brokered it ("under an agreement brokered by Russia", rules.yaml
    mediator_participles): the act's parties without the mediator, who is neither; or None for any other act."""
    mediated = rules().mediated_by.match(raw, end, clause[1])
    if mediated is None:
        return None
    brokers = agents_after(raw, clause, mediated.end(), actors_at)
    actors = actors_of(raw, sentence, clause, start, end, actors_at, holder, previous, False)
    return tuple(None if actor in brokers else actor for actor in actors)


def new_subject(raw: str, end: int, start: int, stop: int) -> bool:
    """"two car bombs exploded at the gate and dozens of fighters broke into it": an actor after "and" with a
    verb of its own after it is the subject of another clause, not the object of the act before."""
    return re.search(r"\s+and\s+(?:[\w’'-]+\s+){0,3}$", raw[end:start]) is not None and \
        re.match(rf"\s+{ADVERB_BEFORE_VERB}(?:[a-z]+ed|{rules().finite})\b", raw[stop:]) \
        is not None


def first_after(actors_at, position: int) -> int:
    return min((s for s, _, _ in actors_at if s >= position), default=position)


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


def party_named_before(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int, trigger,
                       actors: tuple, found: list[Event], actors_at, table) -> tuple:
    """The party of an act in words, or of a protest, that its own clause leaves out and its sentence names: whom a
    warning is made to ("warned traders that ..."), the recipient of the written request a participle follows
    ("sent the governorate a petition ..., asking it to ..."), the body a gathering faced ("gathered in front of the
    council, demanding ..."), and who set what a protest is against ("against the fees that the council imposed")."""
    actor1, actor2 = actors
    if trigger.type == "THREATEN" and actor2 is None:
        actor2 = warned_party(raw, sentence, start, found, actors_at, actor1, table)
    if trigger.type in table.addressed and request_after_act(raw, sentence, clause, start, end) or \
            trigger.type == "REQUEST" and actor2 is not None and demanded_of(raw, end, actor2, actors_at, table):
        actor2 = request_party(raw, sentence, clause, end, actor1, actor2, found, actors_at, table)
    if trigger.type in table.gatherings and actor2 is None:
        actor2 = protest_target_setter(raw, sentence, start, actors_at, actor1, table)
    if trigger.type == "ASSAULT" and actor2 is None:
        actor2 = holder_of_place(raw, sentence, end, actors_at, actor1, table)
    if trigger.type in PENALTIES | {"ASSAULT"} and actor2 is None:
        actor2 = owners_of_their(raw, sentence, start, end, actors_at, actor1, table)
    return actor1, actor2


def owners_of_their(raw: str, sentence: tuple[int, int], start: int, end: int, actors_at, actor1: str | None,
                    table) -> str | None:
    """"Residents accused the brigade of seizing their lands", "the police closed their shops": the people whose
    belongings (rules.yaml belongings) an act takes or strikes, the group named last before it in the sentence."""
    if not re.match(rf"\s+their\s+(?:[\w-]+\s+)?(?:{table.belongings})\b", raw[end:sentence[1]]):
        return None
    groups = [a for s, e, a in actors_at if sentence[0] <= s and e <= start and a != actor1
              and (people(a, raw, actors_at, table) or
                   re.split(r"-(?:of|in|from|for|at)-", a)[0].split("-")[-1] in table.persons)]  # ("shepherds")
    return groups[-1] if groups else None


def request_after_act(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int) -> bool:
    """Whether a request is made in a participle after an act ("held a sit-in ..., demanding", "sent a petition ...,
    asking it to") or in an infinitive of its purpose ("met the officers to demand")."""
    return bool(re.search(r",\s*$", raw[sentence[0]:clause[0]]) and
                re.fullmatch(r"\s*\w+ing\b.*", raw[clause[0]:end], re.S)) or \
        re.search(r"\bto\s+$", raw[clause[0]:start]) is not None


def request_party(raw: str, sentence: tuple[int, int], clause: tuple[int, int], end: int, actor1: str | None,
                  actor2: str | None, found: list[Event], actors_at, table) -> str | None:
    """Whom a request made after an act is addressed to, where its words name nobody it asks ("demanding a price"),
    a pronoun ("asking it to exempt students": not the students) or only what is asked for ("demanding the release
    of the detainees"): the recipient of a written request, the party a gathering faced or a meeting met, or whoever
    holds those whose release is asked ("the release of young men detained by the Military Security")."""
    asked_for = actor2 is not None and demanded_of(raw, end, actor2, actors_at, table)
    if actor2 is not None and not asked_for and not re.match(r"\s+(?:on\s+)?(?:it|them)\b", raw[end:]):
        return actor2
    faced = faced_by_gathering(sentence, found, actor1, table) if asks_faced_party(raw, end) else None
    detention = held_detention(raw, sentence, end, actors_at, table) if asked_for else None
    held_by = detention[2] if detention and detention[2] != actor1 else None
    return request_recipient(raw, sentence, clause[0], actors_at, actor1, table) or faced or held_by or actor2


def held_detention(raw: str, sentence: tuple[int, int], end: int, actors_at, table) -> tuple | None:
    """"demanded the release of dozens of young men ... who have been detained by the Military Security": where the
    detention a request names starts and ends, who holds them and who they are; or None."""
    first = next(((s, e, a) for s, e, a in actors_at if s >= end), None)
    if first is None or not demanded_of(raw, end, first[2], actors_at, table):
        return None
    held = HELD_BY.search(raw, first[1], sentence[1])
    holder = next(((s, e, a) for s, e, a in actors_at if held and s == held.end() and a != first[2]), None)
    if holder is None or re.search(r"[.;,]", raw[first[1]:held.start()]):
        return None
    return first[0], holder[1], holder[2], first[2]


def demanded_of(raw: str, end: int, actor2: str, actors_at, table) -> bool:
    """Whether the party right after a request names only what is asked for, a thing done to it by another
    (rules.yaml asked_for): "demanding a list of the detainees", "the release of X", "called for X’s release"
    (not "called for the withdrawal of US forces", which US forces are asked to do)."""
    first = next(((s, e, a) for s, e, a in actors_at if s >= end), None)
    return first is not None and first[2] == actor2 and \
        (table.asked_for_of.fullmatch(raw, end, first[0]) is not None or
         (re.fullmatch(r"\s+(?:for\s+)?(?:the\s+)?", raw[end:first[0]]) is not None and
          table.asked_for_owned.match(raw, first[1]) is not None))


def holder_of_place(raw: str, sentence: tuple[int, int], end: int, actors_at, actor1: str | None,
                    table) -> str | None:
    """"took al-Baghouz, the last stronghold of ISIS", "struck Tal Tamr, a base of the SDF": whose the place is, in
    an apposition right after it (rules.yaml held_places)."""
    apposed = table.place_of.match(raw, end, sentence[1])
    return next((a for s, _, a in actors_at if apposed and s == apposed.end() and a != actor1), None)


def holds_office(raw: str, start: int, table) -> bool:
    """Whether an actor named at start is the holder of an office ("the commander of the Military Council"): a
    person whom "him" or "her" can be."""
    return table.office.match(raw, start) is not None


def warned_party(raw: str, sentence: tuple[int, int], start: int, found: list[Event], actors_at,
                 actor1: str | None, table) -> str | None:
    """"warned traders that any truck ... would be confiscated": the object of the warning verb before the threat;
    "refused their resignations, and warned them that ...": "them" are those the act before was done to."""
    named = next((a for s, e, a in reversed(actors_at) if sentence[0] <= s and e <= start and a != actor1
                  and table.warned.search(raw, sentence[0], s)), None)
    pronoun = re.search(rf"\b(?:{table.warning_verbs})\s+(?:them|him|her)\s+that\b", raw[sentence[0]:start])
    done_to = [e.actor2 for e in found if e.actor2 and sentence[0] <= e.start < start and e.actor2 != actor1]
    return named or (done_to[-1] if pronoun and done_to else None)


def request_recipient(raw: str, sentence: tuple[int, int], before: int, actors_at, actor1: str | None,
                      table) -> str | None:
    """"handed the Russian side a list ...", "sent a petition ... to the ministry", "wrote to the SDF": the party that
    the latest verb of a written request before the position (before) names right after it or after "to"."""
    carriers = list(table.request_carrier.finditer(raw, sentence[0], before))
    if not carriers:
        return None
    verb = carriers[-1].end()
    return next((a for s, e, a in actors_at if verb <= s and e <= before and a != actor1 and
                 (re.fullmatch(r"(?:the\s+)?", raw[verb:s]) or re.search(r"\bto\s+(?:the\s+)?$", raw[verb:s]))),
                None)


def faced_by_gathering(sentence: tuple[int, int], found: list[Event], actor1: str | None, table) -> str | None:
    """"gathered in front of the council building, demanding ...", "met the officers to demand ...": the party of the
    gathering or meeting just before, by the same doers, in the sentence."""
    last = found[-1] if found and found[-1].start >= sentence[0] else None
    faced = table.gatherings | {"CONSULT"}  # "met the officers to demand ...": the party met
    return last.actor2 if last is not None and last.type in faced and last.actor1 == actor1 else None


def asks_faced_party(raw: str, end: int) -> bool:
    """Whether a demand may be of the party a gathering faced: it names nobody else to act ("demanding a price",
    "demanding that it cancel the fines", "that the permits be issued"; not "that the factions move")."""
    return not THAT_CLAUSE.match(raw, end) or \
        re.match(r"\s+that\s+(?:(?:it|they)\b|(?:[\w’'-]+\s+){1,6}?be\b)", raw[end:]) is not None


def protest_target_setter(raw: str, sentence: tuple[int, int], start: int, actors_at, actor1: str | None,
                          table) -> str | None:
    """"in protest against the fees that the local council imposed", "against the price set by the AANES": who set
    what the protest is against (with a verb of setting after it, for "that" and "which"); "protested after the
    Administration cut the subsidy": who did what it answers; "demanding higher wages from the AANES": whom it asks."""
    return next((a for s, e, a in actors_at if start < s and e <= sentence[1] and a != actor1 and (
        (lead := table.protested_set_by.search(raw, start, s)) and
        (not re.search(r"\b(?:that|which)\s+(?:the\s+)?$", lead.group()) or table.setting_verb.match(raw, e)) or
        DEMANDED_FROM.search(raw, start, s) or
        PROTESTED_AFTER.fullmatch(raw, start, s) and table.setting_verb.match(raw, e))), None)


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


PENALTIES = frozenset({"COERCE", "SANCTION"})  # acts of force or penalty on a party's goods and rights


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


def party_list(raw: str, sentence: tuple[int, int], actors_at, actor: str, position: int, before: bool) -> list[str]:
    """The actors listed with one ("the regime forces, the IRGC and Lebanon’s Hezbollah"), in the
    order of the text: the occurrence of actor nearest before (or after) position and its neighbours
    joined to it by commas and "and"."""
    spans = sorted((s, e, a) for s, e, a in actors_at if sentence[0] <= s and e <= sentence[1])
    own = [i for i, (s, e, a) in enumerate(spans) if a == actor and (e <= position if before else s >= position)]
    if not own:
        return [actor]
    first = last = own[-1] if before else own[0]
    while first > 0 and PARTY_SEPARATOR.fullmatch(raw, spans[first - 1][1], spans[first][0]):
        first -= 1
    while last + 1 < len(spans) and PARTY_SEPARATOR.fullmatch(raw, spans[last][1], spans[last + 1][0]):
        last += 1
    if not any(re.search(r"\band\b", raw[spans[i][1]:spans[i + 1][0]]) for i in range(first, last)):
        return [actor]  # commas alone join an apposition or a source ("the AANES, activists said"), not a list
    return list(dict.fromkeys(a for _, _, a in spans[first:last + 1]))


def one_per_party(raw: str, sentence: tuple[int, int], start: int, end: int, actors_at, event: Event,
                  reciprocal: frozenset[str] = frozenset()) -> list[Event]:
    """Events are dyadic (coding guide): an act done by, or to, a list of actors is one event per
    actor of the list, the first one named first. A list that holds both parties ("agreed upon by
    Russia, Turkey and Iran") stays one event; the subjects of an act done together (reciprocal:
    "Russia and Turkey agreed") are its two parties."""
    events = [event]
    for field, before in (("actor1", True), ("actor2", False)):
        party, other = getattr(event, field), event.actor2 if field == "actor1" else event.actor1
        if party is None:
            continue
        members = party_list(raw, sentence, actors_at, party, start if before else end, before)
        named_before = any(a == party and sentence[0] <= s and e <= start for s, e, a in actors_at)
        if before and len(members) < 2 and (NOUN_OF.match(raw, end) or not named_before):
            # "the offensives of the regime forces and Russia", "was shelled by the Turkish army and the SNA"
            members = party_list(raw, sentence, actors_at, party, end, False)
        if len(members) < 2:
            continue
        if event.type in reciprocal and (other in members or field == "actor1" and other is None):
            # "Russia, Turkey and Iran agreed", "agreed upon by Russia, Turkey and Iran": the first with each other
            events = [replace(event, actor1=members[0], actor2=member) for member in members[1:]]
            break
        if other in members:
            continue
        events = [replace(e, **{field: member}) for e in events for member in members]
    return events


def harmed_by_act(raw: str, sentence: tuple[int, int], events: list[Event], actors_at, table) -> None:
    """"Regime forces shelled the village on Friday, killing two civilians": those the participle of harm names
    right after an attack are its actor2, where the attack's clause names none; so are those "killed when" it
    happened ("Two shepherds were killed when a landmine exploded")."""
    for index, event in enumerate(events):
        lead = table.harmed_when.search(raw, sentence[0], event.start) if event.type == "ASSAULT" else None
        if lead is not None and event.actor2 is None:
            event.actor2 = next((a for s, e, a in actors_at if sentence[0] <= s and e == lead.start()
                                 and a != event.actor1), None)
        owner = owner_of_belonging(raw, sentence, actors_at, table) if event.type == "ASSAULT" else None
        if owner is not None and event.actor2 in {None, owner}:  # (never its doer: "the car of X" is no subject)
            event.actor1, event.actor2 = None if event.actor1 == owner else event.actor1, owner
        # the participle ends the attack's sentence, past its time or place ("..., on 16 September, killing"),
        # before any other act of the sentence
        until = min([other.start for other in events[index + 1:] if other.start > event.end] + [sentence[1]])
        harm = table.harmed.search(raw, event.end, until) if event.type == "ASSAULT" else None
        if harm is not None and event.actor2 is None:
            victim = next(((s, a) for s, e, a in actors_at if harm.end() <= s and e <= sentence[1]), None)
            # the victims are the words right after it: "killing five civilians", not a party later in the sentence
            # (or the body of its members: "wounding two volunteers of the Civil Defence")
            members = rf"(?:[\w-]+\s+)?(?:{table.members})\s+of\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?"
            if victim is not None and \
                    (re.fullmatch(rf"(?:(?!(?:{table.function_words}|according)\b)[\w’'-]+\s+){{0,4}}",
                                  raw[harm.end():victim[0]]) or re.fullmatch(members, raw[harm.end():victim[0]])) and \
                    victim[1] != event.actor1:
                event.actor2 = victim[1]


def owner_of_belonging(raw: str, sentence: tuple[int, int], actors_at, table) -> str | None:
    """"A device planted in the car of X exploded": whose the thing struck is (rules.yaml belongings), named in the
    sentence, underwent the attack."""
    owners = {match.end() for match in table.belonging.finditer(raw, *sentence)}
    return next((actor for s, _, actor in actors_at if s in owners), None)


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


def undo_by_doer(events: list[Event], undoes: tuple = ()) -> list[Event]:
    """"Two young men were arrested ... one of them was released the next day": an act that undoes an
    earlier one (rules.yaml undoes: a release undoes an arrest), drafted without its doer, is done by
    the doer of the latest such act before it, to the same party when the draft names none (also when
    the draft has that doer and no party: "It later released him")."""
    for index, event in enumerate(events):
        for (kind, mode), (undone_kind, undone_mode) in undoes:
            if event.type == kind and event.mode == mode and (event.actor1 is None or event.actor2 is None):
                earlier = next((e for e in reversed(events[:index]) if e.type == undone_kind
                                and undone_mode in {None, e.mode} and e.actor1 is not None), None)
                # "It later released him": the doer known, the one released is who the doer held
                if earlier is not None and earlier.actor1 != event.actor2 and event.actor1 in {None, earlier.actor1}:
                    event.actor1 = earlier.actor1
                    event.actor2 = event.actor2 or earlier.actor2
    return events
