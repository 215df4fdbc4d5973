"""The extractor's rules (rules.yaml), read once and compiled into patterns."""
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

RULES_FILE = Path(__file__).with_name("rules.yaml")


def alternatives(words: list[str], escape: bool = True) -> str:
    """One regex alternation, longest first, so "pointed out" wins over "pointed"; words of one
    length in alphabetical order, so that a set gives the same pattern in every run."""
    items = sorted(sorted(words), key=len, reverse=True)
    return "|".join(re.escape(word) if escape else word for word in items)


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    pattern: re.Pattern
    by_speaker: bool = False     # in a statement, the act is the speaker's ("a bargaining chip")
    fallback: bool = False       # said and alone, and only with a doer: "would not renew the contract if ..."
    said: bool = False           # only in a statement: the words of a party ("was carried out by X")
    alone: bool = False          # only where no other act is in the clause ("promised to secure the road")
    beside: bool = False         # an act even where the clause has one ("said the bombing was carried out by X")


@dataclass(frozen=True)
class Rules:
    cue: re.Pattern              # groups: according | authored | participle | verb
    statement_nouns: str         # an alternation
    occasions: str               # an alternation: where words were said ("in a press conference")
    title: re.Pattern            # a title at the start of a name
    collectives: frozenset[str]
    body_nouns: frozenset[str]
    voice_of: re.Pattern         # "a spokesman for " at the start of a phrase
    actor_types: tuple[tuple[str, re.Pattern], ...]
    triggers: tuple[Trigger, ...]
    status: tuple[tuple[str, re.Pattern | None, frozenset[str], frozenset[str]], ...]  # +cue words, +types
    states: tuple[tuple[str, re.Pattern], ...]   # a state's name, and a pattern for it or its adjective
    place: re.Pattern            # a name that is a place's, not an actor's
    place_words: str             # an alternation: nouns of places ("city", "countryside")
    relations: dict              # sex (female | male | any), or groups (kin as one group) -> relation nouns
    subject_modifier: re.Pattern  # "interviewed by ..." to the end of a subject
    domain_actors: tuple[tuple[str, re.Pattern], ...]  # a registry actor id, a phrase naming it
    inherit_actor1: frozenset[str]  # event types whose subjectless acts take the article's doer
    not_acts: re.Pattern         # phrases with a trigger word that report no act ("asking not to be named")
    anaphora: re.Pattern         # a determiner right before a noun trigger
    connective: re.Pattern       # a sentence connective before a subject ("But he warned")
    negated: re.Pattern          # words right before a cue that deny the statement ("did not say", "No party claimed")
    that_verbs: frozenset[str]   # cues only with a "that" clause after them ("guaranteed that") or after a quotation
    quote_verbs: frozenset[str]  # cues only right after a quotation ("“...?” she asked")
    documents: str               # an alternation: nouns of documents, which speak for whoever issued them
    authored_verbs: str          # an alternation: verbs that issue a document ("published")
    authored_by: str             # an alternation: "published by", "issued by" ...
    object_verbs: frozenset[str]  # cues whose recipient needs no "to" ("told Enab Baladi", "promised the council")
    determiners: frozenset[str]  # words before a noun: a cue word after one is a noun ("the claims")
    not_state: re.Pattern        # nouns after a state's adjective that name no act of the state ("US dollars")
    counted: frozenset[str]      # group nouns that, counted ("27 people"), are a figure, not an actor
    count_before: re.Pattern     # a number right before a noun ("27 ", "more than 3,000 ", "dozens of ")
    media_types: frozenset[str]  # what an outlet is, after its name ("the al-Watan newspaper"): no part of the name
    generic_bodies: frozenset[str]  # nouns that any body is ("the group"): the body that spoke last, if no other
    patronage: str = "backed"    # an alternation: "Iran-backed militias", "militias backed by Iran"
    apposition_tails: str = "loyal"  # an alternation: "a militia loyal to X": an apposition goes on
    undergone: frozenset[str] = frozenset()  # event types of acts done to someone ("people arrested in ...")
    group_modifiers: frozenset[str] = frozenset()  # "displaced families", "opposition factions"
    modified_groups: frozenset[str] = frozenset()  # nouns that name a group only so modified ("young men")
    reciprocal: frozenset[str] = frozenset()  # event types of acts done together ("A and B agreed")
    both_sides: re.Pattern = re.compile("$^")  # "the two sides", "both factions": the two parties told of last
    verbal: frozenset[str] = frozenset()  # event types of acts done in words, dated by their statement
    addressed: frozenset[str] = frozenset()  # event types whose object is a party ("accused X of")
    unfulfilled: frozenset[str] = frozenset()  # event types whose "to" + act is an act not done ("urged X to release")
    two_acts: tuple = ()         # (a noun's pattern, the event types it may name): "the strike" (a stoppage, an attack)
    offices: frozenset[str] = frozenset()  # offices of one person ("the governor of Daraa")
    state_forces: str = "army"   # an alternation: "the Turkish army", "Israeli aircraft": a state's forces
    state_armies: tuple[tuple[str, str], ...] = ()  # a state's name, the name of its armed forces ("Turkish army")
    state_acts: str = "$^"       # an alternation: "Israeli strikes": acts whose doer the state's adjective names
    harmed: re.Pattern = re.compile("$^")  # ", killing ": a participle of harm after an act, before whom it harmed
    harmed_when: re.Pattern = re.compile("$^")  # " were killed when ": a passive of harm before the act that did it
    held_post: re.Pattern = re.compile("$^")  # " at a checkpoint of (the) ": whose post it is follows
    post_owner_lead: re.Pattern = re.compile("$^")  # " at a ": the post's owner follows ("an Asayish checkpoint")
    post_noun: re.Pattern = re.compile("$^")  # " checkpoint", "’s headquarters": a post right after its owner's name
    adjective_group: re.Pattern = re.compile("$^")  # "the wounded": an adjective with no noun after it, a group
    adjective_groups: str = "wounded"  # an alternation: the adjectives of adjective_group
    forces_nouns: str = "forces"  # an alternation: "the forces of X", "X’s fighters": X's armed men
    forces_of: tuple[tuple[str, str], ...] = ()  # a government's id, the id of its forces ("assad-forces")
    belonging: re.Pattern = re.compile("$^")  # " the house of ": whose it is follows
    own_forces: frozenset[str] = frozenset()  # forces nouns of a body apart from the army ("military police")
    undoes: tuple = ()           # ((type, mode), (type, mode)): an act that undoes another ("released" an "arrested")
    current: tuple = ()          # (a verb of an act in words in the present tense, the words before that undo it)
    accusations: tuple[tuple[str, str], ...] = ()  # an accusing verb, the preposition its content needs ("of")
    accused_of: re.Pattern = re.compile("$^")  # "accused <whom> of " right before an act: whom it names
    act_cues: frozenset[str] = frozenset()  # demands and promises: statements only in the article's own voice
    finite_verbs: frozenset[str] = frozenset()  # verbs not in -ed that end a clause's subject ("took", "was")
    finite: str = ""  # finite_verbs as an alternation
    finite_not_be: str = ""  # ... without is, are, was, were
    persons: frozenset[str] = frozenset()  # people left unnamed, as parties of acts ("a pharmacist", "gunmen")
    group_vehicles: frozenset[str] = frozenset()  # what a group came in or on ("gunmen on a motorcycle")
    region_tails: tuple[str, ...] = ()  # "and its Countryside" after a body's place: a word of its name
    identifying: str = ""  # verbs that give an unnamed person's name, as an alternation ("identified her as")
    referring: str = ""  # nouns any unnamed person is, as an alternation ("the victim, X,")
    meeting_verbs: str = "$^"  # an alternation: "Enab Baladi met X": X, whom "he said" next refers to
    member_nouns: frozenset[str] = frozenset()  # a body's members: "its fighters" are the body
    members: str = ""  # member_nouns as an alternation, in a fixed order
    units: str = "patrol"  # an alternation: what a body sends out (unit_nouns: "a patrol", "a convoy")
    office: re.Pattern = re.compile("$^")  # an office of one person opening a phrase ("the commander")
    unit_of: re.Pattern = re.compile("$^")  # "patrol of the ": what a body sends out, then its name
    unit_after: re.Pattern = re.compile("$^")  # " convoy" after a name: "a UN convoy" is the UN's
    personal_modes: frozenset[str] = frozenset()  # modes of acts done to a person ("detained Walid Haddad")
    as_verbs: frozenset[str] = frozenset()  # cues only with "as" or a colon and a quotation ("described ... as")
    naming_verbs: frozenset[str] = frozenset()  # cues only with an object and a quotation ("called them “lies”")
    title_nouns: tuple[tuple[str, str], ...] = ()  # an abbreviated title, its noun ("Dr", "doctor")
    person_noun: re.Pattern = re.compile("$^")  # "the 34-year-old", "the father of three": a person named before
    approximately: re.Pattern = re.compile("$^")  # words that make a count approximate ("about 60 relatives")
    gatherings: frozenset[str] = frozenset()  # event types whose act stands for its doers ("dispersed the protest")
    seen_by: str = "seen by"     # an alternation: "a copy seen by X": X saw the document, its authors wrote it
    own_outlets: str = "page"    # an alternation: "the page of X", X's own outlet, which speaks for X
    rejections: frozenset[str] = frozenset()  # cues only before an accusation ("rejected the accusation")
    rejected: re.Pattern = re.compile("$^")  # the accusation right after such a cue
    rejection: re.Pattern = re.compile("$^")  # such a cue and its accusation: words that deny, no act refused
    addressing: frozenset[str] = frozenset()  # cues whose object is the recipient ("called on X to")
    request_verbs: frozenset[str] = frozenset()  # cues only before a request ("asked the council to", "asking for")
    request_carrier: re.Pattern = re.compile("$^")  # "sent", "handed": a written request's recipient follows
    warned: re.Pattern = re.compile("$^")  # "warned (the) " right before whom a warning is made to
    belongings: str = "house"  # an alternation: "seized their lands": whose the things are
    described_name: re.Pattern = re.compile("$^")  # "the Turkish company ": a proper name, a party, follows
    described_person: re.Pattern = re.compile("$^")  # "the activist ": a person's name follows
    place_of: re.Pattern = re.compile("$^")  # " X, the last stronghold of (the) ": whose the place is follows
    asked_for_of: re.Pattern = re.compile("$^")  # " the release of (the) ": a party only asked for follows
    asked_for_owned: re.Pattern = re.compile("$^")  # "’s release": after a party only asked for
    that_after: re.Pattern = re.compile(r"\s+that\s+")  # " in a statement on Tuesday that ": a demand's "that"
    warning_verbs: str = "warned"  # an alternation: "warned them that": "them" are whom a warning is made to
    protested_set_by: re.Pattern = re.compile("$^")  # "against the fees that (the) ": who set what is protested
    setting_verb: re.Pattern = re.compile("$^")  # " had imposed": the verb after the party of protested_set_by
    infinitive_cues: frozenset[str] = frozenset()  # cues whose words may be "to" and a verb ("threatened to")
    source_cues: frozenset[str] = frozenset()  # cues whose "from" names the speaker ("learned from X that")
    request: re.Pattern = re.compile("$^")  # the request after such a cue
    count_verbs: frozenset[str] = frozenset()  # cues only before a count ("documented 34 killings")
    count: re.Pattern = re.compile("$^")  # the count after such a cue
    doer_nouns: frozenset[str] = frozenset()  # nouns of acts whose "of" names the doer ("the offensives of X")
    rulings: frozenset[str] = frozenset()  # a relative clause after these tells the ruling's act ("a decree that bans")
    deployed: re.Pattern = re.compile("$^")  # "were deployed": forces moved, the subject of the passive mobilizes
    mediated_by: re.Pattern = re.compile("$^")  # " brokered by": after an act, its mediator follows, no party of it
    doing: re.Pattern = re.compile("$^")  # after a name, a verb whose subject does the act its object names
    settlements: str = "town"    # an alternation: kinds of settlement before a name ("the town of Jasim")
    owner_nouns: str = "owners"  # an alternation: people named by what they own ("shop owners")
    function_words: str = "of"   # an alternation: prepositions and conjunctions, no word of a name ("from")
    count_words: str = "two"     # an alternation: numbers in words ("three bakeries")
    not_owned: str = "the"       # an alternation: words before an owner noun that are no thing owned ("of", "two")
    dependents: tuple[str, ...] = ()  # who a body has, unnamed ("its donor"): a party of their own, "Donor of X"
    class_nouns: tuple[tuple[str, frozenset[str]], ...] = ()  # "faction": the heads of names it can refer back to
    formations: frozenset[str] = frozenset()  # armed formations that move: "the Fifth Corps in X" is no body of X
    seated_bodies: frozenset[str] = frozenset()  # civil bodies of a place: "the Directorate ... in Hama" is Hama's
    body_kinds: str = "local"    # an alternation: kinds of body before its noun ("the Binnish local council")
    well_known: tuple[tuple[str, re.Pattern], ...] = ()  # a party's name, a pattern for it ("ISIS" for Islamic State)
    # a preposition or determiner that opens a sentence before a name ("For Umm Ali, ...", "The Sahel Aid
    # Team, a group ..."): no word of the name
    opening_word: re.Pattern = re.compile("$^")
    not_trades: frozenset[str] = frozenset()  # words that are no trade before a collective ("the other drivers")
    given_names: tuple[tuple[str, str], ...] = ()  # a given name and its sex ("Rima", "female")
    # an act done to someone that is only threatened is a THREATEN: its type, {its mode: THREATEN's mode}
    threatened_acts: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    outlet_suffixes: frozenset[str] = frozenset()  # the last word of a broadcaster's name ("Sham FM"), no acronym
    kin_groups: str = "tribe"  # an alternation: kin groups ("the elders of the tribe", "the Shaitat tribe")
    group_participles: str = "working"  # an alternation: participles of which group ("organizations working in X")
    group_places: str = "area"  # an alternation: places a group lives in ("families in the western neighbourhoods")
    qualifier_stops: frozenset[str] = frozenset()  # words that end a group's relative clause ("since", "after")


# A few words after an act, then "at a/the": where a post is named ("held at a checkpoint of the SDF").
POST_LEAD = r"(?:\s+(?!(?:at|by)\b)[\w’'-]+){0,4}?\s+at\s+(?:a|an|the|one\s+of\s+the)\s+"


def accused_of(verbs: dict[str, str]) -> re.Pattern:
    """An accusing verb, whom it names, and its preposition, right before what is alleged
    ("accused the police of " before "beating ...")."""
    prepositions = alternatives(sorted(set(verbs.values())))
    return re.compile(rf"\b(?:{alternatives(list(verbs))})\s+(?P<accused>(?!(?:{prepositions})\b)\S[^;:]*?)"
                      rf"\s+(?:{prepositions})\s+$")


def that_after(data: dict) -> re.Pattern:
    """The "that" of a demand's clause, after the occasion and the time it was made at, if the text gives them ("in
    a communiqué published on its page on 2 May that", "on Tuesday that"); no other words (not "in a letter to the
    council that ...", whose "that" may be a relative pronoun)."""
    occasion = alternatives(data["statement_nouns"] + data["occasions"])
    time = rf"\s+(?:on|in|last|this|early|late|earlier|mid-?)\s+(?:[\w’'-]+\s+){{0,3}}?" \
        rf"(?:{alternatives(data['time_nouns'])}|\d+)\b"
    return re.compile(rf"(?:\s*,?\s+(?:in|during|at)\s+(?:a|an|its|the|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{occasion})"
                      rf"(?:\s*,?\s+(?:published|issued|posted|released|carried|broadcast)(?:\s+(?:on|by)\s+"
                      rf"(?:its|the|their|his|her)\s+(?:[\w-]+\s+)?(?:page|account|channel|website))?)?)?"
                      rf"(?:{time}|\s+(?:yesterday|today))?\s*,?\s+that\s+", re.I)


@lru_cache(maxsize=1)
def rules() -> Rules:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    accusing = list(data["accusation_verbs"]) + list(data["cause_verbs"])
    participles = data["participles"] + [verb for verb in accusing if verb.endswith("ing")]
    verbs = data["verbs"] + data["that_verbs"] + data["quote_verbs"] + data["as_verbs"] + data["naming_verbs"] + \
        [v for v in accusing if not v.endswith("ing")] + data["rejections"]["verbs"] + data["count_verbs"]
    renewed = data["renewed_calls"]
    verbs += [f"{verb} {owner} {call} {preposition}" for verb in renewed["verbs"] for owner in renewed["owners"]
              for call in ("call", "calls") for preposition in ("on", "for")]
    # "banners reading “...”": a participle that reports only right before a quotation
    # "As X put it, “...”": a verb that reports only before a comma or colon and a quotation
    put_it = "|".join(rf"{re.escape(word)}(?=[,:]?\s*[“\"])" for word in data["quote_introducers"])
    # ... and "calling the arrests “...”": one that names something in a quotation
    naming = [rf"{re.escape(word)}(?=\s+(?:[\w’'-]+\s+){{1,4}}[“\"])" for word in data["naming_participles"]]
    before_quote = "|".join([rf"{re.escape(word)}(?=\s*[“\"])" for word in data["quote_participles"]] + naming)
    # "reports, circulated by opposition pages, that ...": a document's issuer reports its words
    authored = rf"(?:{alternatives(data['issued'])})(?=\s+by\s+[^,;.“”\"]{{1,60}}?,?\s+that\b)"
    cue = re.compile(rf"\b(?P<according>[Aa]ccording to)\b|\b(?P<authored>{authored})"
                     rf"|\b(?P<participle>{alternatives(participles)}|{before_quote})\b"
                     rf"|\b(?P<verb>{alternatives(verbs)}|{put_it})\b")
    # "Colonel X", and with the state or office before the title: "Turkish President X", "Russian Foreign Minister X"
    # ... but a title that is also a word of family names only where the name opens with it (rules.yaml name_titles)
    # ("Lieutenant-Colonel X" as "Lieutenant Colonel X")
    titles = alternatives(data["titles"]).replace("\\ ", "[\\s-]")
    title = re.compile(rf"^(?:(?:[A-Z][a-z]+\s+){{0,2}}?(?:{titles})"
                       rf"|(?:{alternatives(data['name_titles'])}))\.?\s+(?=[A-Z])")
    voice_of = re.compile(rf"^(?:an?\s+|the\s+)?(?:{alternatives(data['voice_of'])})\s+", re.I)
    actor_types = tuple((entry["type"], re.compile(rf"\b(?:{alternatives(entry['words'], False)})", re.I))
                        for entry in data["actor_types"])
    triggers = tuple(Trigger(entry["type"], entry.get("mode"),
                             re.compile(rf"\b(?:{alternatives(entry['words'], False)})\b", re.I),
                             bool(entry.get("by_speaker")), bool(entry.get("fallback")),
                             bool(entry.get("said") or entry.get("fallback")),
                             bool(entry.get("alone") or entry.get("fallback")), bool(entry.get("beside")))
                     for entry in data["events"])
    status = tuple((entry["status"],
                    re.compile(alternatives(entry["words"], False), re.I) if entry.get("words") else None,
                    frozenset(entry.get("cue_words", [])), frozenset(entry.get("types", [])))
                   for entry in data["status"])
    states = tuple((name, re.compile(rf"\b(?:{alternatives([name, *words])})\b"))
                   for name, words in data["states"].items())
    place = re.compile(rf"^(?:al-)?(?:{alternatives(data['place_prefixes'])})\b"
                       rf"|\b(?:{alternatives(data['place_words'])})s?$", re.I)
    # "the accusation", "these claims": what a rejection must name to report words (rules.yaml, rejections)
    accusation = rf"\s+(?:the|these|those|such|all|its|their|his|her|any)\s+(?:[\w’'-]+\s+)?" \
                 rf"(?:{alternatives(data['rejections']['objects'])})\b"
    return Rules(
        cue=cue,
        statement_nouns=alternatives(data["statement_nouns"]),
        occasions=alternatives(data["occasions"]),
        title=title,
        collectives=frozenset(data["collectives"]),
        body_nouns=frozenset(data["body_nouns"]),
        voice_of=voice_of,
        actor_types=actor_types,
        triggers=triggers,
        status=status,
        states=states,
        place=place,
        place_words=alternatives(data["place_words"]),
        relations=data["relations"],
        subject_modifier=re.compile(rf"\s+(?:{alternatives(data['subject_modifiers'])})\s.*$", re.S),
        domain_actors=tuple((actor, re.compile(rf"\b(?:{alternatives(words, False)})\b", re.I))
                            for actor, words in data["domain_actors"].items()),
        inherit_actor1=frozenset(data["inherit_actor1"]),
        not_acts=re.compile(rf"\b(?:{alternatives(data['not_acts'], False)})\b", re.I),
        anaphora=re.compile(rf"\b(?:{alternatives(data['anaphora'])})\s+$", re.I),
        connective=re.compile(rf"\s*(?:{alternatives(data['connectives'])}),?\s+", re.I),
        negated=re.compile(rf"\b(?:{alternatives(data['negations'], False)})\s+(?:\w+\s+)?$", re.I),
        that_verbs=frozenset(data["that_verbs"]),
        quote_verbs=frozenset(data["quote_verbs"]),
        documents=alternatives(data["statement_nouns"] + data["documents"]),
        authored_verbs=alternatives(data["issued"]),
        authored_by=alternatives([f"{verb} by" for verb in data["issued"]]),
        object_verbs=frozenset(data["object_verbs"]),
        determiners=frozenset(data["determiners"]),
        not_state=re.compile(rf"\s+(?:{alternatives(data['not_state'])})\b", re.I),
        counted=frozenset(data["counted"]),
        count_before=re.compile(rf"(?:\b\d[\d,.]*|\b(?:{alternatives(data['numbers'])})(?:\s+of)?)\s+$", re.I),
        media_types=frozenset(data["media_types"]),
        generic_bodies=frozenset(data["generic_bodies"]),
        patronage=alternatives(data["patronage"]),
        apposition_tails=alternatives(data["apposition_tails"]),
        undergone=frozenset(data["undergone"]),
        group_modifiers=frozenset(data["group_modifiers"]),
        modified_groups=frozenset(data["modified_groups"]),
        reciprocal=frozenset(data["reciprocal"]),
        both_sides=re.compile(rf"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:{alternatives(data['pair_nouns'])})\b(?![’'-]\w|\s+of\b)"),
        verbal=frozenset(data["verbal"]),
        addressed=frozenset(data["addressed"]),
        unfulfilled=frozenset(data["unfulfilled"]),
        two_acts=tuple((re.compile(entry["noun"], re.I), frozenset(entry["types"])) for entry in data["two_acts"]),
        offices=frozenset(data["offices"]),
        state_forces=alternatives(data["state_forces"]),
        state_armies=tuple(data["state_armies"].items()),
        state_acts=alternatives(data["state_acts"]),
        own_forces=frozenset(data["own_forces"]),
        belonging=re.compile(rf"\s+(?:the|a)\s+(?:{alternatives(data['belongings'])})\s+of\s+"),
        belongings=alternatives(data["belongings"]),
        forces_nouns=alternatives(data["forces_nouns"]),
        forces_of=tuple(data["forces_of"].items()),
        adjective_groups=alternatives(data["adjective_groups"]),
        adjective_group=re.compile(rf"\b[Tt]he\s+(?P<name>{alternatives(data['adjective_groups'])})\b"
                                   rf"(?![’'-]\w|\s+(?!(?:{alternatives(data['function_words'])})\b)[a-z])"),
        held_post=re.compile(rf"{POST_LEAD}(?:[\w-]+\s+)?(?:{alternatives(data['held_posts'])})\s+"
                             rf"(?:of|belonging\s+to|run\s+by)\s+(?:the\s+)?"),
        post_owner_lead=re.compile(POST_LEAD),
        post_noun=re.compile(rf"(?:[’']s)?\s+(?:{alternatives(data['held_posts'])})\b"),  # ("the SNA’s checkpoint")
        harmed=re.compile(rf",\s+(?:{alternatives(data['harm_participles'])})\s+"),
        harmed_when=re.compile(rf"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
                               rf"(?:{alternatives(p[:-3] + 'ed' for p in data['harm_participles'])})\b[^.;]*?"
                               rf"\b(?:when|in)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}$"),
        undoes=tuple(((e["type"], e.get("mode")), (e["undoes"]["type"], e["undoes"].get("mode")))
                     for e in data["undoes"]),
        current=(re.compile(rf"(?:{alternatives(data['current'], False)})\b", re.I),
                 re.compile(rf"\b(?:{alternatives(data['not_current'])})\s+$", re.I)),
        accusations=tuple(data["accusation_verbs"].items()) + tuple(data["cause_verbs"].items()),
        accused_of=accused_of(data["accusation_verbs"]),
        act_cues=frozenset(data["act_cues"]),
        finite_verbs=frozenset(data["finite_verbs"]),
        finite=alternatives(data["finite_verbs"]),
        finite_not_be=alternatives(set(data["finite_verbs"]) - {"is", "are", "was", "were"}),
        persons=frozenset(data["persons"]),
        identifying=alternatives(data["identifying_verbs"]),
        referring=alternatives(data["referring_nouns"]),
        region_tails=tuple(data["region_tails"]),
        group_vehicles=frozenset(data["group_vehicles"]),
        meeting_verbs=alternatives(data["meeting_verbs"]),
        member_nouns=frozenset(data["member_nouns"]),
        members=alternatives(data["member_nouns"]),
        units=alternatives(data["unit_nouns"]),
        office=re.compile(rf"(?:the\s+)?(?:{alternatives(data['offices'])})\b", re.I),
        unit_of=re.compile(rf"(?:{alternatives(data['unit_nouns'])})\s+of\s+(?:the\s+)?", re.I),
        unit_after=re.compile(rf"\s+(?:{alternatives(data['unit_nouns'])})\b", re.I),
        personal_modes=frozenset(data["personal_modes"]),
        as_verbs=frozenset(data["as_verbs"]),
        naming_verbs=frozenset(data["naming_verbs"]),
        title_nouns=tuple((title.lower(), noun) for title, noun in data["title_nouns"].items()),
        person_noun=re.compile(rf"(?i)the\s+(?:{alternatives(data['person_nouns'], False)})"),
        approximately=re.compile(rf"^(?:{alternatives(data['approximately'])})\s+(?=\d|(?:{alternatives(data['numbers'])})\b)",
                                 re.I),
        gatherings=frozenset(data["gatherings"]),
        rejections=frozenset(data["rejections"]["verbs"]),
        rejected=re.compile(accusation, re.I),
        rejection=re.compile(rf"\b(?:{alternatives(data['rejections']['verbs'])}){accusation}", re.I),
        addressing=frozenset(data["addressing_cues"]),
        request_verbs=frozenset(data["request_verbs"]),
        request_carrier=re.compile(rf"\b(?:{alternatives(data['request_carriers'])})\s+", re.I),
        warned=re.compile(rf"\b(?:{alternatives(data['warning_verbs'])})\s+(?:the\s+)?$", re.I),
        described_name=re.compile(rf"\b[Tt]he\s+(?:[\w’'-]+\s+){{0,2}}?(?:{alternatives(data['name_descriptors'])})"
                                  rf"\s+(?=[A-Z])"),
        described_person=re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+)?(?:{alternatives(data['person_descriptors'])})"
                                    rf"\s+(?=[A-Z])"),
        warning_verbs=alternatives(data["warning_verbs"]),
        that_after=that_after(data),
        # the place's name (a few words, no comma), then the apposition that says whose it is
        place_of=re.compile(rf"(?:\s+[\w’'-]+){{0,6}}?,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,2}}?"
                            rf"(?:{alternatives(data['held_places'])})\s+of\s+(?:the\s+)?"),
        asked_for_of=re.compile(rf"\s+(?:for\s+)?(?:the|a|an)\s+(?:[\w-]+\s+)?(?:{alternatives(data['asked_for'])})"
                                rf"\s+of\s+(?:[\w-]+\s+of\s+)?(?:(?:the|their|his|her)\s+)?(?:[\w-]+\s+)?"),
        asked_for_owned=re.compile(rf"[’']s?\s+(?:{alternatives(data['asked_for'])})\b"),
        # "against the switch to the lira, which the government had imposed", "against the price set by the AANES"
        protested_set_by=re.compile(rf"\bagainst\s+[^,.;]{{1,60}}?(?:\s*,)?\s+(?:(?:that|which)|"
                                    rf"(?:{alternatives(data['imposing_verbs'])})\s+by)\s+(?:the\s+)?$"),
        setting_verb=re.compile(rf"\s+(?:(?:had|has|have)\s+)?(?:{alternatives(data['imposing_verbs'])})\b"),
        infinitive_cues=frozenset(data["infinitive_cues"]),
        source_cues=frozenset(data["source_cues"]),
        # whom it is asked of, then what: "to" and a verb (not "to be named"), or "for"
        request=re.compile(r"\s+(?:[^.;:“”\"]{0,80}?\s)??(?:to\s+(?!be\s+(?:named|identified|called)\b)[a-z]+|for)\b"),
        count_verbs=frozenset(data["count_verbs"]),
        # "the deaths of 17 civilians", "at least 40 people", "more than 500 arrests", "dozens of raids"
        count=re.compile(rf"\s+(?:the\s+[\w’'-]+\s+of\s+)?(?:(?:{alternatives(data['approximately'])})\s+)?"
                         rf"(?:\d|(?:{alternatives(data['numbers'])})\b)", re.I),
        doer_nouns=frozenset(data["doer_nouns"]),
        rulings=frozenset(data["rulings"]),
        deployed=re.compile(rf"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:{alternatives(data['deployed_participles'])})"
                            r"\b", re.I),
        mediated_by=re.compile(rf"(?:\s+[\w’'-]+){{0,2}}?\s+(?:{alternatives(data['mediator_participles'])})\s+by\b"),
        # ("the curfew the council has also imposed": auxiliaries and an adverb between the name and the verb; a verb
        # with an object of its own is no relative clause's: "After the attack the SDF launched a campaign")
        doing=re.compile(rf"\s+(?:(?:has|have|had|also|\w+ly)\s+){{0,2}}(?:{alternatives(data['doing_verbs'])})\b"
                         r"(?!\s+(?:a|an|the|its|their|his|her|our|this|these|those|\d+)\b)"),
        settlements=alternatives(data["settlements"]),
        owner_nouns=alternatives(data["owner_nouns"]),
        function_words=alternatives(data["function_words"]),
        count_words=alternatives(data["numbers"]),
        not_owned=alternatives(data["function_words"] + data["determiners"] + data["numbers"]),
        dependents=tuple(data["dependents"]),
        class_nouns=tuple((noun, frozenset(heads)) for noun, heads in sorted(data["class_nouns"].items())),
        formations=frozenset(data["formations"]),
        seated_bodies=frozenset(data["seated_bodies"]),
        body_kinds=alternatives(data["body_kinds"]),
        well_known=tuple((name, re.compile(rf"(?<![\w-])(?:{alternatives(words, False)})(?![\w-])"))
                         for name, words in data["well_known"].items()),
        opening_word=re.compile(rf"^(?:{alternatives(data['function_words'] + data['determiners'])})\s+"
                                rf"(?=(?:al-)?[A-Z])", re.I),
        not_trades=frozenset(data["not_trades"]),
        given_names=tuple((name, sex) for sex, names in data["given_names"].items() for name in names),
        seen_by=alternatives(data["seen_by"]),
        own_outlets=alternatives(data["own_outlets"]),
        threatened_acts=tuple((kind, tuple((modes or {}).items())) for kind, modes in data["threatened_acts"].items()),
        outlet_suffixes=frozenset(data["outlet_suffixes"]),
        kin_groups=alternatives(data["kin_groups"]),
        group_participles=alternatives(data["group_participles"]),
        group_places=alternatives(data["group_places"]),
        qualifier_stops=frozenset(data["qualifier_stops"]))


def is_state(text: str, table) -> bool:
    """Whether the text names a state (rules.yaml states: "Turkey", "Turkish", "Russia")."""
    return any(pattern.fullmatch(text) for _, pattern in table.states)


def well_known(text: str, table) -> str | None:
    """The well-known party (rules.yaml well_known) that the text names, if any: "ISIS" is the Islamic State."""
    return next((name for name, pattern in table.well_known if pattern.fullmatch(text)), None)


def seated(name: str, table) -> bool:
    """A civil body that serves a place (rules.yaml seated_bodies), by its head noun before what it is of or for:
    "the Directorate of Agriculture", "the Local Council"."""
    head = re.split(r"\s+(?:of|for)\s+", name)[0].split()
    return bool(head) and head[-1].lower() in table.seated_bodies
