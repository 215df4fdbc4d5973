"""An act's parties within its clause (actors_of and its steps): its subject and object, the agent and the one who
underwent a passive, the head of a relative clause that does it, the doer named with a noun of the act, and the
subject of a clause that opens with its verb, named before it in the sentence.
"""
import re
from functools import lru_cache

from pipeline.extraction.event_party_passes import party_list
from pipeline.extraction.event_patterns import (
    ADVERB_BEFORE_VERB,
    APPOSED_OBJECT,
    APPOSITION_BETWEEN,
    AUXILIARY_LEAD,
    CLAUSE_SUBJECT,
    NOUN_OF,
    PARTY_SEPARATOR,
    PASSIVE_AGENT,
    PASSIVE_AUXILIARY,
    PASSIVE_LEAD,
    PASSIVE_SUBJECT_END,
    RELATIVE_LEAD,
    RELATIVE_OBJECT_AFTER_NOUN,
    RELATIVE_OWN_SUBJECT,
    SUBJECT_OPENING,
    SUBJECT_PARTED,
    SUBORDINATOR,
)
from pipeline.extraction.event_triggers import word_is_participle
from pipeline.extraction.rules import rules


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
    return agentless_actors(raw, sentence, clause, start, end, actors_at, holder, previous, before, after)


def agentless_actors(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int, actors_at,
                     holder, previous: str | None, before: list[str], after: list[str]) -> tuple:
    """actors_of for an act without a passive agent or a doer named with its noun: the clause's subject before it
    (or the name a relative clause "who" follows), the one who underwent a passive without its agent, the head of
    the relative clause the act is in, the two parties "between" names, or the speaker whose words open with "it",
    "they" or "we"; else unnamed_subject_actors."""
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
    spoken = speaker_subject_actors(raw, start, after, holder) if actor1 is None else None
    if spoken is not None:  # "it", "they", "we" opening the speaker's words: the speaker, or the body they speak for
        return spoken
    return unnamed_subject_actors(raw, sentence, clause, start, end, actors_at, holder, previous, after, actor1,
                                  progressive)


def unnamed_subject_actors(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int,
                           actors_at, holder, previous: str | None, after: list[str], actor1: str | None,
                           progressive: bool) -> tuple:
    """agentless_actors's last steps: for an act whose clause names no subject before it (actor1 None), the subject
    named outside the clause (subject_elsewhere, pronoun_referent for "it" or "they", reported_subject), the one
    named before the commas who underwent a passive, or the holder of the post a passive names; and the act's
    object (object_after)."""
    lead = raw[clause[0]:start]
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


# the comma that ends a name, past its bracketed acronym ("The civil defence (SCD),")
COMMA_BEFORE = re.compile(r"(?:\s*\([A-Z]{2,6}\))?\s*,\s*$")


@lru_cache(maxsize=1)
def whose_members() -> re.Pattern:
    """"whose teams", "whose fighters had": a member noun of rules.yaml after "whose", past auxiliaries."""
    return re.compile(rf"\s*whose\s+(?:{rules().members})\s+(?:(?:had|has|have|also|\w+ly)\s+)*")


def relative_lead(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, unnamed: bool):
    """The match of what opens a relative clause right before a clause whose act it is (", which", ", who" where the
    clause names no subject (unnamed); or the comma before "whose" and a member noun, even one found as a group: "The
    civil defence, whose teams took the wounded ...": the body whose members act), whose head relative_head finds;
    or None."""
    if whose_members().fullmatch(raw[clause[0]:start]):
        return COMMA_BEFORE.search(raw, sentence[0], clause[0])
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
