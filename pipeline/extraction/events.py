"""Draft events: for each clause of the body that reports an act, an event of the PLOVER type its
trigger word gives (rules.yaml), with actors, date, status and the clause as evidence.

- actor1: the last actor named in the clause before the trigger, or the speaker of the statement
  that reports the act when its subject is "it" or "they"; actor2: the first actor named after it;
- date: a date expression in the clause, or else the next one in the sentence before any other act;
- status: from the modality of the clause and of the statement that holds it (rules.yaml):
  denied, threatened, announced, planned, or occurred.
"""
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.extraction.attribution import NAME, initial_capital, settlements_named, slug, without_patron
from pipeline.extraction.rules import alternatives, rules, well_known
from pipeline.lib.dates import MONTHS

# --- Names and places: what a party's or place's name looks like, and what stands around it.
# Capitalized words, "al-" allowed: a place's name, as a piece of the patterns below.
PLACE_NAME = r"(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*)*"
# A named body or place that holds the one before: "the Faculty of Civil Engineering at Aleppo University".
PART_OF = rf"(?:\s+(?:of|at)\s+(?:the\s+)?{PLACE_NAME})*"
# A name and the acronym the article gives it: "Autonomous Administration of North and East Syria (AANES)".
ACRONYM_DEFINITION = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|the|in)\s+)*[A-Z][\w’'-]*)*)"
                                r"(?P<tail>\s+\((?P<acronym>[A-Z]{2,6})\))")
# The place that makes a body one of its own: "the Military Security branch in Hama".
BODY_PLACE = re.compile(rf"\s+in\s+{PLACE_NAME}")
# an acronym's possessive before a name ("the SDF’s Military Police"), where "the People’s Protection Units" is a name
OWNER_BEFORE = re.compile(r"(?:[Tt]he\s+)?[A-Z]{2,6}[’']s\s+(?=[A-Z])")
# "for" and capitalized words after a body's name: what the body is for, part of its name.
NAME_FOR = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*")
# "in front of", "outside" before "the office of X": a building, so the body in it is no party.
SITE_BEFORE = re.compile(r"\b(?:in front of|outside|near)\s+$")
# A name and an apposition before a noun: "Nawal Khatib, a nurse whose sons ...".
# ... "Umm Khaled, a woman from the town of al-Hol whose son"
NAME_DESCRIBED = re.compile(rf"(?P<name>{NAME.pattern})\s*,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,8}}$")
# Two to four capitalized words and no body noun: a person's name ("Walid Haddad", "Abu Hussam").
PERSON_NAME = re.compile(r"(?:Abu|Umm|Um|[A-Z][a-z’'-]+)(?:\s+(?:al-)?[A-Z][a-z’'-]+){1,3}")
# An act's object and the person's name in apposition after it: " a member of the council, Khalil Hamdan".
APPOSED_OBJECT = re.compile(rf"\s+(?:a|an|the)\s+[^,;.“”]{{1,80}}?,\s+(?P<name>{PERSON_NAME.pattern})(?=\s*[,.;]|\s*$)")
# A person's name right after a noun ("the journalist Walid Haddad"): the noun names them.
# One or two lower-case words after "the", a person named by what they are ("the victim", "the dead man")
COMMON_OWNER = re.compile(r"the\s+[a-z]+(?:\s+[a-z]+)?(?=\s*[,.;]|\s+(?:in|at|on|during|after|when|was|were|and)\b)")
# A person's name, or a given name alone, right before ", whose" ("said Rima, whose brother was arrested")
GIVEN_NAME = r"(?<![\w’'-])(?P<name>(?:Abu|Umm|Um|[A-Z][a-z’'-]+)(?:\s+(?:al-)?[A-Z][a-z’'-]+){0,3})"
NAME_BEFORE_WHOSE = re.compile(GIVEN_NAME + r"\s*,\s*$")
# ... and before an apposition that describes them ("Amal, a teacher from Douma, said that her husband")
NAME_BEFORE_APPOSITION = re.compile(GIVEN_NAME + r"\s*,\s+(?:a|an|the)\s+$")
PERSON_NAME_AFTER = re.compile(r"\s+" + PERSON_NAME.pattern)
# ", a/the ..." before a noun: the noun is an apposition to what stands before.
APPOSITION_LEAD = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}$")
# A name right before an apposition ("X, a ..."): the noun in it names that actor otherwise.
NAME_BEFORE = re.compile(NAME.pattern + "$")
# "A Russian airstrike", "The Turkish authorities": a determiner that opens a sentence is no word of a name.
NAME_DETERMINER = re.compile(r"(?:A|An|The)\s+(?=\S)")
# Capitalized words, "al-", "of (the)" or "the" between them: a party's name ("the Islamic State", "Hayat Tahrir
# al-Sham"), as a piece of PROPER_NAME and SUBJECT_NAME.
PARTY_NAME = r"(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-|of\s+(?:the\s+)?|the\s+)?[A-Z][\w’'-]*)*"
# A body's name after a client's group, whose group it is: "the Iran-backed militias" "of the Fatemiyoun Brigade".
CLIENT_OF = re.compile(rf"\s+of\s+(?:the\s+)?{PARTY_NAME}")
# A proper name as a party: "Hezbollah", "the Islamic State", "Lebanon’s Hezbollah" (the state's
# name before it says whose it is).
PROPER_NAME = re.compile(rf"(?:[Tt]he\s+)?(?:[A-Z][\w-]*[’']s\s+)?(?P<name>{PARTY_NAME})")
# Capitalized words that name a time, not a party.
NOT_NAMES = {*MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# What a person is, before their name ("arrested the media activist Yamen Khalil"): skipped to reach the name.
DESCRIBED_BEFORE_NAME = re.compile(r"\s*(?:(?:the|a|an)\s+(?:[a-z-]+\s+){1,2}(?=[A-Z]))?")

# --- Clauses: where a clause starts and ends, and what opens it.
# Connectives that open a clause: the clause's evidence starts after them.
LEADING_CONNECTIVES = re.compile(r"(?:(?:that|since|and|after|when|while|but|as|because|which|who|where|"
                                 r"however|also|then)\s+)+", re.I)
# Where a clause ends: punctuation (a sentence's end inside a quotation too, but not "Dr." or "U.S."), or a
# conjunction that opens another clause.
CLAUSE_BOUNDARY = re.compile(r"[,;:]\s+|(?<![A-Z][a-z])(?<![A-Z])[.?!]\s+(?=[A-Z])"
                             r"|\s+(?:that|after|while|whereas|but|since|when|because|until|before)\s+"
                             r"|\s+and\s+(?=that\b)")
# A subordinator before the verb ("killed when the Furqan Division ... clashed"): the subject is the
# subordinate clause's, not the sentence's.
SUBORDINATOR = re.compile(r"\b(?:when|after|while|because|until|before|whereas|since)\s+")
# "that" right after a trigger: it opens the clause of what was demanded.
THAT_CLAUSE = re.compile(r"\s+that\s+")
# A date and the relative "when" that opens the act's clause: "in 2016, when the station was damaged".
WHEN_CLAUSE = re.compile(r",?\s+when\s+(?:(?:the|a|an)\s+)?")
# What may stand before a date that opens a sentence ("On 29 October, ..."): that date dates its first act.
LEADING_DATE = re.compile(r"\s*(?:(?:[Ii]n|[Oo]n|[Bb]y|[Ll]ast|[Ee]arly|[Ll]ate|[Tt]his)\s+)?(?:the\s+)?")

# --- Subjects: who does the act of a clause.
# An adverb, if any, between a subject and its verb: "The Asayish also confiscated", "and then released".
ADVERB_BEFORE_VERB = r"(?:(?:also|later|then|\w+ly)\s+)?"
# Auxiliaries and adverbs between a subject and its verb: "the municipality had agreed", "would also close".
AUXILIARY_BEFORE_VERB = r"(?:(?:had|has|have|would|will|also|later|then|\w+ly)\s+){0,2}"
# A proper name right before a verb of an act, an adverb between them: the act's subject.
SUBJECT_NAME = re.compile(r"(?:^|(?<=\s))(?P<the>(?:[Tt]he|An?)\s+)?"
                          rf"(?P<name>{PARTY_NAME})"
                          r"\s+" + ADVERB_BEFORE_VERB + "$")
# ", Dr. Walid Haddad," right before the verb: the subject named after its description.
APPOSED_NAME = re.compile(rf",\s+(?:[A-Z][a-z]{{0,3}}\.\s+)?(?P<name>{PERSON_NAME.pattern}),\s*$")
# "the (local) council" right before the verb: a body as the subject ({nouns}: body nouns).
SUBJECT_BODY = r"(?:^|(?<=\s))[Tt]he\s+(?P<name>(?:[a-z]+\s+)?(?:{nouns}))\s+" + \
    AUXILIARY_BEFORE_VERB.replace("{", "{{").replace("}", "}}") + "$"
# "The court ordered the release of": who orders it does the act the order names.
ORDERED_ACT = re.compile(r"\s(?:ordered|decreed)\s+the\s+$")
# "They killed a soldier." outside a statement: the doer of the act just before.
PRONOUN_SUBJECT = re.compile(r"\s*(?:[Ii]t|[Tt]hey)\s+(?:(?:also|later|then|\w+ly|had|have|has)\s+)*")
# The start of a clause before an actor: the actor is that clause's subject.
CLAUSE_SUBJECT = re.compile(r"(?:^|\bthat\s+|[,;]\s+)(?:the\s+)?$")
# "The US-led coalition, which has struck ...": the actor the relative clause follows is its subject.
RELATIVE_LEAD = re.compile(r"(?:\s*\([A-Z]{2,6}\))?\s*,\s*(?:which|who)\s+$")
# A possessive between two actors: the first only says whose the second is.
POSSESSIVE = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,2}")
# "and" right before a verb, past an adverb: "... and briefly detained", "..., and then released"
JOINED_VERB = re.compile(r"\band\s+" + ADVERB_BEFORE_VERB + "$")
# a passive verb, then "and" and a verb without a subject of its own
JOINED_PASSIVE = re.compile(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b[^,;.]*" + JOINED_VERB.pattern)

# --- Passives: the subject underwent the act; the doer, if named, follows "by".
# A passive auxiliary, the verb after it: "was", "had been".
PASSIVE_AUXILIARIES = r"(?:was|were|had been|has been|have been)"
# "by" after a passive act, a few words later at most: "were arrested on Monday by the police"; not a measure
# ("cut the quota by half", "by 30 percent").
PASSIVE_AGENT = re.compile(r"(?:\s+(?!by\b)[\w’'-]+){0,4}?\s+by\b"
                           r"(?!\s+(?:half|a\s+(?:third|quarter|fifth|tenth)|[\d.,]+\b|about|nearly|around|up\s+to))")
# A passive auxiliary right before the trigger: the subject underwent the act, it did not do it.
PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
# A clause opened by a passive verb ("Fadi al-Ashqar, a former fighter, was shot dead"): its subject,
# before the commas, underwent the act.
PASSIVE_LEAD = re.compile(rf"\s*(?:{PASSIVE_AUXILIARIES}\s+)?(?:\w+ly\s+)?")
# "X, a trader,", "X, who was filming,": what stands between a name and what is said of it
APPOSITION_BETWEEN = re.compile(r"(?:\s*,\s*(?:a|an|the|who|which|in\s+the)\s[^,]{1,80})?")  # ", in the east of X,"
# What may stand between a passive act's subject and the clause that reports the act.
PASSIVE_SUBJECT_END = re.compile(APPOSITION_BETWEEN.pattern + r"\s*,\s*")
# A person's name (two to four capitalized words) as the subject of a passive act, an apposition
# and "who" between them.
PASSIVE_SUBJECT = re.compile(r"(?<![\w’'-])(?P<name>(?:Abu|Umm|Um)\s+[A-Z][a-z’'-]+(?:\s+(?:al-)?[A-Z][\w’'-]+){0,2}"
                             r"|(?!The\b)[A-Z][a-z’'-]+(?:\s+(?:al-)?[A-Z][\w’'-]+){1,3})(?:\s*,\s*(?:a|an|the)\s[^,]{1,80}?)?\s*,?\s+"
                             rf"(?:who\s+)?{PASSIVE_AUXILIARIES}\s+(?:\w+ly\s+)?$")

# --- Objects and parties: who the act is done to, or who takes part in it.
# A preposition that makes the name after it an act's object, whose "in <place>" says where the act was (also
# of a building: "in front of the office of the Administration in al-Hasakah").
OBJECT_BEFORE = re.compile(r"\b(?:with|against|from|on|to|at|between|and|(?:in front|outside) of the \w+ of)"
                           r"\s+(?:the\s+)?$")
# A pronoun as the object of the act: it refers back to an actor named before.
OBJECT_PRONOUN = re.compile(r"\s+(?:him|her|them)\b")
# "asked him to ...": an addressed act's party is the person named last before.
THEM = re.compile(r"\s+them\b")
HIM_OR_HER = re.compile(r"\s+(?:him|her)\b")
# Commas and "and" between parties named as a list: each party takes part in the act.
# ("positions of the army and of Iranian-backed groups": "and of" joins the second owner)
PARTY_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|(?:,\s*)?and\s+(?:of\s+)?)(?:(?:the|a|an|his|her|their)\s+)?"
                             r"(?:[A-Z][\w-]*[’']s\s+)?")
# "of (the)" after a noun trigger: the doer follows ("the offensives of the regime").
NOUN_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# "dispersed the protest": a determiner after the trigger, then a noun of a gathering told before.
ACT_NAMED = re.compile(r"\s+(?:the|their|this|that|these|its)\s+")

# --- Not an act: a trigger word that describes or refers back rather than reports.
# A noun of an act that a relative clause right after it defines ("the air campaign that Turkey launched on 20
# November"): the clause tells which act, so the noun need not refer back to one told before.
DEFINED_AFTER = re.compile(r"\s+(?:that|which)\s+(?!(?:was|were|is|are|had|has|have)\b)"
                           # ... or a verb that makes it happen again ("the bombardment resumed on Tuesday"): a new act
                           r"|\s+(?:resumed|restarted|was\s+renewed)\b"
                           # ... or a count of those it was done to ("ended with the arrest of 125 people"), not a year
                           r"|\s+(?:of\s+)?(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+)?\d(?!\d{3}\b)")
# What follows a passive act up to "when" ("Three people were killed on Tuesday, when a drone struck a car"): the
# act of the when-clause is what killed them.
WHEN_AFTER = re.compile(r"[^.;]*?\bwhen\s+")
# "to" or "that" and a subject right before an act: its infinitive or subjunctive after a request ("called on HTS to
# release them", "demanded that the council restore the quota").
UNFULFILLED_LEAD = re.compile(r"\b(?:to|that(?:\s+(?!(?:will|would|had|has|have|was|were)\b)[\w’'-]+){1,5})\s+$")
# "since the X was ...": a reference back to an act reported before, not a new one.
SINCE_PASSIVE = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w’'-]+\s+){1,2}(?:was|were|had\s+been|has\s+been)\s+$")
# "people who had been ...": a trigger in a restrictive relative clause describes, not reports.
# Not after a conjunction or a verb, whose "that" opens what is reported ("and that checkpoints had been set up").
RESTRICTIVE_RELATIVE = re.compile(r"\b(?P<head>[\w’'-]+)\s+(?:who|that)\s+(?:(?:had|has|have|was|were|also|been)\s+)*$")
# A plural noun right before a participle: a reduced relative ("people detained in ...") ...
PLURAL_BEFORE = re.compile(r"\b(?:(?!(?:was|has|is)\b)[a-z]+s|people|men|women|children)\s+$")
# A preposition right before the trigger: the trigger is a noun or participle, not an act.
PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|with|about|from|among|against)\s+$")
# ... when what follows the participle ends the phrase or gives a place or time.
# a count of victims as the subject of a passive ("71 people were killed", "At least 194 civilians, 57 of them children,
# have been killed"): a toll, told of an attack the sentence or the article names
@lru_cache(maxsize=2)
def counted_passive(count_words: str) -> re.Pattern:
    return re.compile(rf"(?:\b\d[\d,]*|\b(?:{count_words})(?:\s+of)?)\s+"
                      r"(?:(?!(?:that|which|who|its|their|his|her)\b)[“\"]?[\w-]+[”\"]?\s+){0,4}?"
                      r"(?:[\w-]+\s*,\s*(?:[^,;.]{1,40},\s*)?)?"
                      r"(?:(?:have|has|had)\s+been|were|was)\s+(?:also\s+)?$", re.I)
# an act noun after a determiner as the subject of an act ("the strikes killed four people", "the attack also
# wounded"): what that act did, the same act
ACT_SUBJECT = re.compile(r"\b(?:the|these|those|this|its|their)\s+(?P<noun>(?:[\w-]+\s+)?[\w-]+)\s+"
                         r"(?:(?:also|have|has|had)\s+)*$", re.I)
CONDITION = re.compile(r"\bif\b", re.I)
REDUCED_RELATIVE_AFTER = re.compile(r"\s*(?:[,.;”]|$|\s(?:in|at|on|since|during|under|near|last|this)\b)")
# A noun right after a participle ("the released students"), not a preposition or a verb: the participle is an
# adjective.
ADJECTIVE_AFTER = re.compile(r"\s+(?!(?:by|to|from|in|on|at|for|with|and|or|of|was|were|is|are|had|has|have)\b)"
                             r"[a-z]+s?\b")

# --- Status: an act said to be planned.
# "would", "will" in an act the speaker will do itself: announced, not planned ...
OWN_PLAN = re.compile(r"\b(?:would|will)\b")
# ... unless it is scheduled or conditional ("planned", "if").
SCHEDULE = re.compile(r"\b(?:if|planned|plans?\s+to|scheduled)\b")


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


@dataclass(frozen=True)
class ActorPatterns:
    """What actor_spans matches that does not depend on the article: built once from the rules."""
    heads: str                     # an alternation of the body nouns ("council", "committee")
    agent_noun: re.Pattern
    client: re.Pattern
    unit: re.Pattern
    owners: re.Pattern
    collective_group: re.Pattern


@lru_cache(maxsize=1)
def actor_patterns() -> ActorPatterns:
    table = rules()
    heads = alternatives(table.body_nouns, False)
    collective = alternatives(table.collectives | table.modified_groups | table.persons, False)
    modifiers = alternatives(table.group_modifiers, False)
    agent_noun = re.compile(rf"\bby\s+the\s+(?!(?:same|other|latter|first|last|next)\b)"
                            rf"(?P<name>[a-z]+\s+(?:{heads}))\b(?![’'-]\w)")
    groups_of = alternatives(table.body_nouns | table.collectives, False)
    client = re.compile(  # "Iran-backed militias", "the US-led coalition", "militias backed by Iran"
        # ("the Turkish-backed factions of the Free Syrian Army": the body they are of is a word of their name)
        rf"(?<![\w’'-])[A-Z][\w’']*-(?:{table.patronage})\s+(?:[a-z]+\s+)?(?:{groups_of})s?\b"  # "groups" too
        rf"(?:\s+of\s+(?:the\s+)?{PARTY_NAME})?"
        rf"|\b(?i:{groups_of})\s+(?:{table.patronage})\s+by\s+(?:the\s+)?{PLACE_NAME}")
    offices = alternatives(table.body_nouns | table.offices, False)
    unit = re.compile(  # "the local council of Sarmin", "the governor of Daraa": a body (or office) of a place or body
        rf"\b[Tt]he\s+(?P<name>(?:(?!(?:{table.function_words})\b)[a-z]+\s+){{0,2}}(?:{offices})\s+(?:of|in)\s+(?:the\s+)?(?P<of>{PLACE_NAME})"
        # "the head of the Military Security branch in Daraa": the body's noun and place are words of its name
        rf"(?:\s+\([A-Z]{{2,6}}\)|\s+(?:{heads})\b(?:\s+in\s+{PLACE_NAME})?)?)")
    thing = rf"(?!(?i:{table.not_owned})\b)[A-Za-z]+"  # "shop", not "their" or "two"
    owners = re.compile(rf"\b(?:{thing}\s+(?:{table.owner_nouns})"  # "a station owner in Dummar": one of that place
                        rf"(?:\s+(?:in|from)\s+(?!(?i:{alternatives(NOT_NAMES)})\b){PLACE_NAME})?"
                        # "owners of three private bakeries in Qamishli"
                        rf"|(?i:{table.owner_nouns})\s+of\s+(?:the\s+)?(?:(?:\d+|{table.count_words})\s+)?(?:{thing}\s+)?[a-z]+s"
                        rf"(?:\s+(?:in|from)\s+{PLACE_NAME})?)"
                        rf"\b(?![’'-]\w)")
    parties = "|".join([pattern.pattern for _, pattern in table.states + table.well_known])  # no places
    # up to two modifiers: "former opposition fighters", "young displaced men"
    collective_group = re.compile(
        rf"\b(?:[Tt]he\s+)?(?:(?P<mod>(?i:{modifiers})(?:\s+(?i:{modifiers}))?)\s+)?"
        rf"(?P<noun>(?i:{collective}))\b(?![’'-]\w)"
        # "doctors and nurses", "shepherds and farmers from X": one group, named by both
        rf"(?P<also>\s+and\s+(?:(?i:{modifiers})\s+)?(?:{collective})\b(?![’'-]\w))?"
        # "residents of the town of Jasim": the kind of place before its name
        rf"(?:(?P<place>\s+(?:in|from|of)\s+(?:the\s+)?"
        # "opposition factions in June 2013": a month or a day is no place
        rf"(?:(?:{table.settlements})\s+of\s+(?:the\s+)?)?(?!(?i:{alternatives(NOT_NAMES)})\b){PLACE_NAME}{PART_OF}"
        # "residents of al-Hasakah and al-Qamishli": two places, one group (before a verb, a time, a place or a stop)
        rf"(?:\s+and\s+(?!(?:{parties})\b){PLACE_NAME}"
        rf"(?=\s+(?:[a-z]+ed|on|in|at|near|during|since|last|this|after|before|who|were|was)\b|[,.;]))?"
        # "the al-Rahma oil field", but not "X stopped crossing"; "elders of the Shaitat tribe"
        rf"(?:\s+(?:(?![a-z]+ed\b)[a-z]+\s+)?(?:{table.place_words})\b|\s+(?:{table.kin_groups})\b)?"
        # "young men from Mayadin and its countryside", "farmers from X and the nearby villages"
        rf"(?:\s+and\s+(?:its\s+|the\s+(?:[a-z]+\s+)?)(?:{table.place_words}|{table.settlements})s?\b)?"
        # "a man from the checkpoint"
        rf"|\s+from\s+the\s+(?:{table.place_words})\b(?!\s+of\b)"
        # "the elders of the tribe", "the elders of the city’s clans"
        rf"|\s+of\s+the\s+(?:(?:{table.settlements})[’']s\s+)?(?:{table.kin_groups})\b(?!\s+of\b)"
        rf"|\s+aged\s+\d+(?:\s+(?:and|or|to)\s+\d+)?)"  # "two boys aged 15 and 16": their age makes them one group
        # "families of detainees", "families of the dead workers", "families of the kidnapped", "fighters of
        # several factions", "relatives of absent owners"
        rf"|(?P<members>\s+of\s+(?:the\s+|(?:several|many|various|some|other|{table.count_words}|\d+)\s+)?"
        rf"(?:(?!(?:{table.not_owned})\b)[a-z]+\s+)?(?i:{collective}|{table.owner_nouns})\b(?![’'-]\w)"
        rf"|\s+of\s+the\s+(?:{table.adjective_groups})\b(?![’'-]\w|\s+(?!(?:{table.function_words})\b)[a-z])))?")
    return ActorPatterns(heads, agent_noun, client, unit, owners, collective_group)


def actor_spans(raw: str, sentences: list[tuple[int, int]], known: list[tuple[int, int, str]],
                refer=None, introduce=None, relative=None, person=None, sex=None) -> list[tuple]:
    """More actors events can have, beyond the speakers and the registry's names: states ("the
    Turkish authorities", but not "Turkish-backed"), acronyms ("the YPG"), bodies by name ("Fourth
    Division units", "the Fisheries Directorate"), collectives as subjects ("residents protested"),
    with the place that makes them one ("traders in Sarmada"), and "the <noun>" to the latest actor
    so named before. (start, end, actor id, name, type). introduce(actor, name, position) makes a
    body found here one that later references can point to; relative(relation, owner, owner's name)
    names the unnamed relative of a person ("his brother"), person(actor) says who is one, sex(actor) their sex if
    known."""
    table = rules()
    found = []
    patterns = actor_patterns()
    heads = patterns.heads
    groups: dict[str, tuple[str, str]] = {}  # a collective noun -> the latest group so named (id, name)
    places = settlements_named(raw, table)

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e, *_ in known + found)

    def add(start: int, end: int, actor: str, name: str, kind: str) -> None:
        if name in places:
            return  # "near Um Ashba" after "the village of Um Ashba": a place, not its people (coding guide)
        untitled = table.title.sub("", name)
        if untitled != name and PERSON_NAME.fullmatch(untitled) and \
                not {w.lower() for w in untitled.split()} & (table.body_nouns | table.collectives):
            # "Brigadier General Ali Mahmoud": Ali Mahmoud; but the "General Security Service" keeps its words
            actor, name, kind = slug(untitled), untitled, "person"
        found.append((start, end, actor, name, kind))
        if introduce is not None and kind != "government":
            introduce(actor, name, start)
    for sentence in sentences:
        office_actors(raw, sentence, patterns.unit, table, known, found, add)
        client_actors(raw, sentence, patterns.client, table, free, add)
        acronym_definitions(raw, sentence, table, known, found, add)
        names = capitalized_names(raw, sentence, table)
        state_actors(raw, sentence, names, table, free, add)
        acronym_actors(raw, sentence, table, free, add)
        named_bodies(raw, sentence, names, heads, table, found, free, add)
        bracketed_well_known(raw, sentence, table, found, add)
        well_known_actors(raw, sentence, table, free, add)
        # "regime forces": before "the regime" is resolved
        domain_actors(raw, sentence, table, known, found, first=True)
        if introduce is not None:
            described_as(raw, sentence, known + found, heads, introduce)
        if refer is not None:  # "the regime", "the committee": the latest actor so named before
            referred_actors(raw, sentence, heads, refer, free, found)
        # "the government" that the article names no other way
        domain_actors(raw, sentence, table, known, found, first=False)
        addressed_actors(raw, sentence, heads, table, free, add)
        agent_nouns(raw, sentence, patterns.agent_noun, table, free, add)
        owner_actors(raw, sentence, patterns.owners, free, add)
        collective_actors(raw, sentence, patterns.collective_group, table, known, found, groups, free, add)
        adjective_groups(raw, sentence, table, free, add)
        for start, end, name in named_parties(raw, sentence, known + found, table):
            if free(start, end):
                add(start, end, slug(name), name, "person" if PERSON_NAME.fullmatch(name) else type_of(name, table))
        if relative is not None:
            relatives_and_dependents(raw, sentence, table, known, found, relative, person, sex, free)
        owned_forces(raw, sentence, table, known, found)
        forces_of(raw, sentence, table, known, found)
    return found


def domain_actors(raw: str, sentence: tuple[int, int], table, known: list, found: list, first: bool) -> None:
    """The domain actors' phrases in a sentence (rules.yaml domain_actors), those of "the" and one word ("the
    regime") when first is False, the others when it is True, where wider allows."""
    for actor, pattern in table.domain_actors:
        for match in pattern.finditer(raw, *sentence):
            if bool(re.fullmatch(r"the\s+\S+", match.group(), re.I)) != first and \
                    wider(match.start(), match.end(), known, found):
                found.append((match.start(), match.end(), actor, actor, "government"))


def wider(start: int, end: int, known: list, found: list) -> bool:
    """Free, or holding a registry name as a word of a longer phrase ("Syrian regime" in "Syrian regime
    forces"), which the phrase replaces."""
    return not any(s < end and start < e for s, e, *_ in found) and \
        all(start <= s and e <= end and e - s < end - start for s, e, *_ in known if s < end and start < e)


def client_actors(raw: str, sentence: tuple[int, int], client: re.Pattern, table, free, add) -> None:
    """"Iran-backed militias", "the US-led coalition": a client's group, found by client, named without its patron
    and with the body it is of after it."""
    for match in client.finditer(raw, *sentence):
        # ... "the Iran-backed militias of the Fatemiyoun Brigade": the militias of that brigade, named with it
        of = CLIENT_OF.match(raw, match.end(), sentence[1])
        end = of.end() if of and free(match.start(), of.end()) else match.end()
        if free(match.start(), end):
            name = initial_capital(without_patron(raw[match.start():end]))
            add(match.start(), end, slug(name), name, type_of(name, table))


def acronym_definitions(raw: str, sentence: tuple[int, int], table, known: list, found: list, add) -> None:
    """"the Syrian Network for Human Rights (SNHR)": a name and the acronym the article gives it are one actor,
    unless another actor holds the whole name."""
    for match in ACRONYM_DEFINITION.finditer(raw, *sentence):  # "the Syrian Network for Human Rights (SNHR)"
        name, acronym = re.sub(r"^The\s+", "", match.group("name")), match.group("acronym")
        start = match.end() - len(name) - len(match.group("tail"))
        name_end = start + len(name)
        inside = [(s, e) for s, e, *_ in known + found if s < match.end() and start < e]
        if name[0] == acronym[0] and all(start <= s and e <= name_end and (s, e) != (start, name_end)
                                         for s, e in inside):
            known_as = well_known(name, table)  # "the Islamic State (IS)": the party's one id
            add(start, match.end(), slug(known_as or acronym), known_as or name, type_of(name, table))


def acronym_actors(raw: str, sentence: tuple[int, int], table, free, add) -> None:
    """Acronyms in capitals ("the YPG") as armed groups, and a broadcaster by its whole name before its suffix
    ("Nour FM"); not "US dollars", "the SDF-affiliated council" nor a well-known party's other name."""
    for match in re.finditer(r"\b[A-Z]{2,6}\b", raw[sentence[0]:sentence[1]]):
        start, end = sentence[0] + match.start(), sentence[0] + match.end()
        outlet = re.search(r"(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][a-z][\w’'-]*)*\s+$",
                           raw[sentence[0]:start]) if match.group() in table.outlet_suffixes else None
        if outlet:  # "fined Nour FM": the broadcaster by its whole name, not "FM"
            start = sentence[0] + outlet.start()
            if free(start, end):
                add(start, end, slug(raw[start:end]), raw[start:end], "media")
            continue
        if free(start, end) and not table.not_state.match(raw, end) and not well_known(match.group(), table) and \
                not re.match(r"-[a-z]", raw[end:end + 2]):
            # "US dollars", "the SDF-affiliated council" name no party; "ISIS" is the Islamic State (well_known)
            add(start, end, slug(match.group()), match.group(), "armed_group")


def named_bodies(raw: str, sentence: tuple[int, int], names: list[tuple[int, int]], heads: str, table, found: list,
                 free, add) -> None:
    """Capitalized names with a body noun ("the Fisheries Directorate"), the body's noun after them a word of the
    name (names: the sentence's capitalized names, extended here in place), and the place that makes the body one
    of its own."""
    for start, end in names:  # "the Military Intelligence branch": the name and its noun
        noun = re.match(rf"\s+(?:{heads})\b", raw[end:sentence[1]])
        if noun and not noun.group().endswith("s"):  # "Fourth Division units" are the division's
            names[names.index((start, end))] = (start, end + noun.end())
    for start, end in names:
        words = {w.lower() for w in re.findall(r"[\w’'-]+", raw[start:end])}
        if words & table.body_nouns and free(start, end) and not domain_phrase(raw[start:end], table):
            name = re.sub(r"^The\s+", "", raw[start:end])
            place = BODY_PLACE.match(raw, end, sentence[1])
            if place and slug(name) not in {actor for _, _, actor, *_ in found} and \
                    name.split()[-1].lower() not in table.formations and \
                    free(place.start(), place.end()) and not OBJECT_BEFORE.search(raw, sentence[0], start):
                # "the Military Security branch in Hama": the branch of that place, unless the
                # article has named the body without it before
                end, name = place.end(), name + place.group()
            add(start, end, slug(name), name, "armed_group")


def well_known_actors(raw: str, sentence: tuple[int, int], table, free, add) -> None:
    """Well-known parties (rules.yaml well_known) by any of their names, or the longer name of another party that
    ends with one ("the Iraqi Kataib Hezbollah")."""
    for name, pattern in table.well_known:  # "the Islamic State", "ISIS": one party, wherever it stands, unless a
        for match in pattern.finditer(raw, *sentence):  # body's name holds it ("the Security Service of HTS")
            longer = longer_name(raw, sentence, match.start(), table)
            if longer is not None and free(longer, match.end()):  # "the Iraqi Kataib Hezbollah": another party
                add(longer, match.end(), slug(raw[longer:match.end()]), raw[longer:match.end()],
                    type_of(name, table))
            elif longer is None and free(match.start(), match.end()):
                add(match.start(), match.end(), slug(name), name, type_of(name, table))


def referred_actors(raw: str, sentence: tuple[int, int], heads: str, refer, free, found: list) -> None:
    """"the regime", "the committee": the latest actor so named before (refer(the words, position))."""
    # ... "the same court": the court named before ("same" is no word of a name)
    for match in re.finditer(rf"\b[Tt]he\s+(?:same\s+)?(?P<noun>(?i:{heads}))\b", raw[sentence[0]:sentence[1]]):
        start, end = sentence[0] + match.start(), sentence[0] + match.end()
        actor = refer(f"{match.group()[:3]} {match.group('noun')}", start)
        if actor and free(start, end):
            found.append((start, end, actor, actor, "group"))


def addressed_actors(raw: str, sentence: tuple[int, int], heads: str, table, free, add) -> None:
    """The party an act in words addresses, named by its body noun after "the" (addressed_ends)."""
    asked = addressed_ends(raw, sentence, table)
    for match in re.finditer(rf"\b[Tt]he\s+(?P<noun>(?i:{heads}))\b(?![’'-]\w|\s+of\s+(?!\w+ing\b))",
                             raw[sentence[0]:sentence[1]]):
        # "had asked the governorate to compensate them", "accused the municipality of stealing": the party an
        # act in words addresses, named by its noun when the article names it no other way (coding guide)
        start, end = sentence[0] + match.start(), sentence[0] + match.end()
        if start in asked and free(start, end):
            name = match.group("noun").capitalize()
            add(start, end, slug(name), name, type_of(name, table))


def agent_nouns(raw: str, sentence: tuple[int, int], agent_noun: re.Pattern, table, free, add) -> None:
    """The agent of a passive named by its noun and what it is ("detained by the university police")."""
    for match in agent_noun.finditer(raw[sentence[0]:sentence[1]]):
        # "detained by the university police": the agent of a passive, named by its noun and what it is
        start, end = sentence[0] + match.start("name"), sentence[0] + match.end("name")
        if free(start, end):
            name = initial_capital(match.group("name"))
            add(start, end, slug(name), name, type_of(name, table))


def owner_actors(raw: str, sentence: tuple[int, int], owners: re.Pattern, free, add) -> None:
    """Owners of a thing found by owners: "a shop owner" is one person, "shop owners" a collective."""
    for match in owners.finditer(raw, *sentence):  # "shop owners", "owners of transport companies in Homs"
        if free(match.start(), match.end()):
            name = initial_capital(match.group())
            one = not re.search(r"\bowners\b", name, re.I)  # "a shop owner" is one person
            add(match.start(), match.end(), slug(name), name, "person" if one else "collective")


def adjective_groups(raw: str, sentence: tuple[int, int], table, free, add) -> None:
    """A group named by an adjective (rules.yaml adjective_group): "the wounded", "the kidnapped"."""
    for match in table.adjective_group.finditer(raw, *sentence):  # "pulled the wounded from the rubble"
        if free(match.start("name"), match.end()):  # (after "families of the kidnapped", a group of its own)
            name = match.group("name").capitalize()
            add(match.start("name"), match.end(), slug(name), name, "collective")


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


def owned_forces(raw: str, sentence: tuple[int, int], table, known: list, found: list) -> None:
    """"the SDF’s military police", "the Military Police of the SNA": a body apart from a party's army (rules.yaml
    own_forces) with its party's name is one actor, named in the article's words (coding guide), not the party
    nor the bare body."""
    # ("officers of the Russian military police" are theirs; "the forces of X", a party's men, are forces_of's)
    men = re.compile(rf"(?:\w+\s+)?(?:{table.forces_nouns})", re.I)
    body = alternatives({w for w in table.own_forces - table.member_nouns
                         if not men.fullmatch(w if w.endswith("s") else w + "s")})
    before = re.compile(rf"(?:[Tt]he\s+)?(?P<body>(?i:{body}))\s+of\s+(?:the\s+)?$")
    after = re.compile(rf"[’']s\s+(?P<body>(?i:{body}))\b(?![’'-]\w)")
    for span in [x for x in known + found if sentence[0] <= x[0] and x[1] <= sentence[1]]:
        start, end = span[:2]
        if any(start == s and end == e and kind == "government" for s, e, *_, kind in found):
            continue  # "Russia’s military police": the state's own forces (state_actors)
        lead = before.search(raw, sentence[0], start)
        tail = after.match(raw, end, sentence[1]) if lead is None else None
        if lead is None and tail is None:
            continue
        wider = (lead.start("body"), end) if lead else (start, tail.end())
        if any(s < wider[1] and wider[0] < e and not (wider[0] <= s and e <= wider[1]) for s, e, *_ in known + found):
            continue  # named as part of another actor already
        found[:] = [x for x in found if not (wider[0] <= x[0] and x[1] <= wider[1])]
        name = initial_capital(re.sub(r"^[Tt]he\s+", "", raw[wider[0]:wider[1]]))
        found.append((*wider, slug(name), name, "military"))


def longer_name(raw: str, sentence: tuple[int, int], position: int, table) -> int | None:
    """Where a longer name starts that a well-known party's name ends ("Kataib Hezbollah"): a capitalized word right
    before it that is no state's ("Lebanese Hezbollah" is Hezbollah), determiner or time, else None."""
    word = re.search(r"(?<![\w’'-])(?:al-)?[A-Z][\w’'-]*\s+$", raw[sentence[0]:position])
    if word is None or not word.group().strip().isalpha() and not word.group().startswith("al-"):
        return None
    text = word.group().strip()
    opens = not raw[sentence[0]:sentence[0] + word.start()].strip()  # a sentence's first word may be any word
    if text.lower() in table.determiners | NOT_NAMES or any(pattern.fullmatch(text) for _, pattern in table.states) \
            or table.connective.fullmatch(text.lower() + " ") or opens:
        return None
    return sentence[0] + word.start()


def forces_of(raw: str, sentence: tuple[int, int], table, known: list, found: list) -> None:
    """"the forces of the Syrian regime", "Turkey’s forces", "SDF fighters": a party's armed men are one actor with
    the party's name before or after them: the party's forces for a state or a government, else the party."""
    armies = {slug(state): army for state, army in table.state_armies}
    before = re.compile(rf"(?:[Tt]he\s+)?(?i:{table.forces_nouns})\s+of\s+(?:the\s+)?$")
    after = re.compile(rf"(?:[’']s)?\s+(?:{table.forces_nouns})\b(?![’'-]\w)")
    for span in [x for x in known + found if sentence[0] <= x[0] and x[1] <= sentence[1]]:
        start, end, actor = span[:3]
        lead = before.search(raw, sentence[0], start)
        tail = after.match(raw, end, sentence[1]) if lead is None else None
        if lead is None and tail is None:
            continue
        wider = (lead.start(), end) if lead is not None else (start, tail.end())
        inside = [x for x in found if wider[0] <= x[0] and x[1] <= wider[1]]  # "fighters" in "Hezbollah’s fighters"
        if any(s < wider[1] and wider[0] < e and not (wider[0] <= s and e <= wider[1]) for s, e, *_ in known + found):
            continue  # named as part of another actor already (a registry name inside gives way, as in extract)
        for x in inside:
            found.remove(x)
        army = armies.get(actor)
        forces = slug(army) if army else dict(table.forces_of).get(actor, actor)
        name = army or (span[3] if forces == actor and len(span) > 3 else forces)  # the party's own name
        found.append((*wider, forces, name, "military"))


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


def described_as(raw: str, sentence: tuple[int, int], spans: list, heads: str, introduce) -> None:
    """"the Hamza Division, a faction of the SNA, ...": the noun of an apposition is another name of the actor
    before it, so that "the faction" later refers to it."""
    for _, end, actor, *_ in [x for x in spans if sentence[0] <= x[0] and x[1] <= sentence[1]]:
        # (its head noun: not "the head of the union", a person)
        apposition = re.match(rf"(?:\s+\([A-Z]{{2,6}}\))?\s*,\s+(?:a|an|the)\s+"
                              rf"(?:(?!(?:of|for|in|at)\b)[\w’'-]+\s+){{0,3}}?"
                              rf"(?P<noun>(?i:{heads}))\b(?![’'-]\w)"  # ... which ends it ("a council member": no)
                              rf"(?=\s*[,;.)]|\s+(?:of|in|from|that|which|with|close|backed|based)\b)",
                              raw[end:sentence[1]])
        if apposition:
            introduce(actor, apposition.group("noun").lower(), end + apposition.start("noun"))


def bracketed_well_known(raw: str, sentence: tuple[int, int], table, found: list, add) -> None:
    """"the Internal Security Forces (Asayish)": a name with a well-known party's name in brackets after it (coding
    guide: the second name is an alias) is that party, the words before the brackets and all."""
    for name, pattern in table.well_known:
        for match in re.finditer(rf"\(({pattern.pattern})\)", raw[sentence[0]:sentence[1]]):
            start, end = sentence[0] + match.start(), sentence[0] + match.end()
            before = next((x for x in found if x[1] <= start and sentence[0] <= x[0]
                           and re.fullmatch(r"(?:\s+[a-z]+){0,2}\s*", raw[x[1]:start])), None)
            if before is not None and not any(other.search(raw, before[0], before[1]) for _, other in table.well_known):
                # (not "the General Security Service of Hayat Tahrir al-Sham (HTS)": the brackets name the owner)
                found.remove(before)
                add(before[0], end, slug(name), name, type_of(name, table))


def domain_phrase(name: str, table) -> bool:
    """Whether a name, with or without "the", is a phrase of a domain actor ("The Syrian army": assad-forces)."""
    bare = re.sub(r"^[Tt]he\s+", "", name)
    return any(pattern.fullmatch(bare) or pattern.fullmatch(f"the {bare}") for _, pattern in table.domain_actors)


def office_actors(raw: str, sentence: tuple[int, int], unit: re.Pattern, table, known: list, found: list, add) -> None:
    """"the local council of Sarmin", "the governor of Daraa": a body (or an office) of a place or of another
    body, found by unit, unless it is a domain actor's, a building's, an apposition's person's, or of a date."""
    for match in unit.finditer(raw, *sentence):
        start, end = match.start("name"), match.end("name")
        head = re.sub(r"\s+(?:of|in)(?:\s+the)?$", "", raw[match.start():match.start("of")].rstrip())
        if any(pattern.fullmatch(head) for _, pattern in table.domain_actors):
            continue  # "the regime forces in Saraqib" are the regime forces, wherever they are
        if re.fullmatch(rf"(?:[Tt]he\s+)?(?:{table.forces_nouns})", head):
            continue  # "the forces of the Fourth Division": the division's forces (forces_of)
        if SITE_BEFORE.search(raw, sentence[0], match.start()):
            continue  # "in front of the office of the Administration": a building, the body is named after it
        if re.match(r"\s*,\s+(?:[A-Z][\w’'-]*\s+)+[A-Z]", raw[end:sentence[1]]):
            continue  # "The governor of Sweida, Bassam Fares, ...": the person the apposition names
        word_after = re.match(r"\s+[a-z]+", raw[end:sentence[1]])
        if match.group("of").split()[0].lower() in NOT_NAMES or \
                word_after and table.place.search(word_after.group().strip()):
            continue  # "the regime in April", "the police in the al-Hal market": no body of a date or a site
        if all(match.start("of") <= s and e <= end for s, e, *_ in known + found if s < end and start < e):
            # "the military police of the National Army (SNA)": the acronym is the owner's, no word of the name
            name = re.sub(r"\s+\([A-Z]{2,6}\)$", "", match.group("name"))
            name = initial_capital(name)
            add(start, end, slug(name), name, type_of(name, table))


def state_actors(raw: str, sentence: tuple[int, int], names: list[tuple[int, int]], table, free, add) -> None:
    """States in a sentence (rules.yaml states): "the Turkish army", "Israeli aircraft" as the state's forces, and
    the state by its name or adjective, but not inside another name, "Turkish-backed" or "US dollars"."""
    for name, pattern in table.states:  # "the Turkish army", "Israeli aircraft": the state's forces
        for match in pattern.finditer(raw, *sentence):
            forces = re.compile(rf"\s+(?:{table.state_forces})\b(?![’'-]\w)").match(raw, match.end(), sentence[1])
            if forces and match.group() != name and free(match.start(), forces.end()):
                label = raw[match.start():forces.end()]
                if forces.group().strip().lower() not in table.own_forces:  # "Turkish artillery": the Turkish army
                    label = dict(table.state_armies).get(name, label)
                add(match.start(), forces.end(), slug(label), label, "military")
            act = re.compile(rf"\s+(?:{table.state_acts})\b(?![’'-]\w)").match(raw, match.end(), sentence[1])
            army = dict(table.state_armies).get(name)
            if act and army and match.group() != name and free(match.start(), match.end()):
                add(match.start(), match.end(), slug(army), army, "military")  # "Israeli strikes": the army's
    for name, pattern in table.states:
        for match in pattern.finditer(raw, *sentence):
            inside_name = any(s <= match.start() and match.end() <= e and raw[s:e] != match.group()
                              for s, e in names)
            backed = raw.startswith("-backed", match.end()) or \
                table.not_state.match(raw, match.end()) is not None  # "Turkish-backed", "US dollars": not the state
            if not inside_name and not backed and free(match.start(), match.end()):
                add(match.start(), match.end(), slug(name), name, "government")


def collective_actors(raw: str, sentence: tuple[int, int], collective_group: re.Pattern, table, known: list,
                      found: list, groups: dict[str, tuple[str, str]], free, add) -> None:
    """Collectives in a sentence ("residents protested", "traders in Sarmada", "families of detainees"), as
    actors of their own or as the group so named before (groups: a collective noun -> (id, name))."""
    for match in collective_group.finditer(raw[sentence[0]:sentence[1]]):
        start, end = sentence[0] + match.start(), sentence[0] + match.end()
        noun = match.group("noun").lower()
        if noun in table.counted and not match.group("mod") and \
                table.count_before.search(raw, max(sentence[0], start - 40), start):
            continue  # "27 people have been killed": a count of victims; "dozens of displaced people" are a group
        if named_otherwise(raw, sentence[0], start, match, table):
            continue
        if not match.group("mod") and noun in table.member_nouns and \
                any(re.fullmatch(r"\s+", raw[e:start]) for _, e, *_ in known + found):
            continue  # "Islamic State fighters", "SDF members": the body's own, as "its fighters" are
        owner = next((x for x in found if re.fullmatch(r"\s+", raw[x[1]:start])
                      and x[4] not in {"person", "government"}), None)
        if owner is not None and not match.group("mod") and not one_person(noun, table) and \
                noun not in table.modified_groups | table.formations:
            # "Islamic State detainees": a group the party's name says whose it is ("SNA factions" are the SNA's own)
            found.remove(owner)
            name = initial_capital(raw[owner[0]:end])
            add(owner[0], end, slug(name), name, "collective")
            continue
        place = match.group("place")
        if one_person(noun, table) and re.match(r"[Tt]he\s", match.group()) and noun not in groups:
            continue  # "the commander": one person named before, whom the article refers back to
        if noun in table.modified_groups and not match.group("mod"):
            continue  # "men", "factions" alone name no group; "young men", "opposition factions" do
        if match.group("mod"):
            noun = f"{match.group('mod').lower()} {noun}"  # "displaced families" are not all "families"
        plain = noun
        trade = trade_before(raw, sentence[0], start, table) if not match.group("mod") and \
            not re.match(r"[Tt]he\s", match.group()) else None
        if trade is not None and free(trade, start):
            start, noun = trade, f"{raw[trade:start].strip().lower()} {noun}"  # "taxi drivers", "bakery workers"
        owned = (match.group("members") or place and match.group("place").lstrip().startswith("of")
                 and noun not in table.member_nouns) and \
            not free(start, end) and free(start, sentence[0] + noun_end(match))
        if owned:  # "two engineers of the Syrian Petroleum Company": the body’s people, a group of their own
            found[:] = [f for f in found if not (f[0] < end and start < f[1])]  # (a known name in it is a word of it)
        if not owned and not free(start, end):  # named already ("Residents said"): that actor is the group
            holder = next((actor for s, e, actor, *_ in known + found if s < end and start < e), None)
            groups.setdefault(noun, (holder, holder))
            continue
        add_collective(raw, sentence, match, start, end, noun, plain, place, groups, table, add)


def add_collective(raw: str, sentence: tuple[int, int], match, start: int, end: int, noun: str, plain: str,
                   place: str | None, groups: dict[str, tuple[str, str]], table, add) -> None:
    """A collective found by collective_actors over start-end (noun: its noun with its modifier and trade, plain:
    without the trade), as a group of its own, the group of its place, or the group so named before (groups)."""
    if match.group("members"):  # "families of detainees": a group of its own, whatever "families" was
        name = re.sub(r"^[Tt]he\s+", "", raw[start:end])
        add(start, end, slug(name), initial_capital(name), "collective")
    elif place and not (noun in groups and place.islower()) and \
            (noun not in groups or groups[noun][0] not in {slug(noun), slug(noun + place)}):
        # ("the shepherds of the clan" after "shepherds of the X clan" are those shepherds)
        # "notables from Kafr Zita": that place's; "students from the Faculty of Arts" after "students of the
        # Faculty of Law" are other students ("the students" stay the first)
        name = initial_capital(re.sub(r"^[Tt]he\s+", "", raw[start:sentence[0] + noun_end(match)])) + place
        groups.setdefault(noun, (slug(name), name))
        add(start, end, slug(name), name, "person" if one_person(noun, table) else "collective")
    elif noun in groups:  # "the traders" after "traders in Sarmada": the group named first
        add(start, end, *groups[noun], "collective")
    else:
        name = re.sub(r"^[Tt]he\s+", "", raw[start:sentence[0] + noun_end(match)])
        groups[noun] = (slug(name), initial_capital(name))
        add(start, end, *groups[noun], "person" if one_person(noun, table) else "collective")
    if noun in groups and noun != plain:
        groups.setdefault(plain, groups[noun])  # "the drivers" after "taxi drivers" are those drivers


def noun_end(match) -> int:
    """Where a collective's nouns end: after the second of "doctors and nurses"."""
    return match.end("also") if match.group("also") else match.end("noun")


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


def addressed_ends(raw: str, sentence: tuple[int, int], table) -> set[int]:
    """Where the party of an act that addresses one (rules.yaml addressed: "asked", "accused") begins."""
    return {m.end() + len(raw[m.end():sentence[1]]) - len(raw[m.end():sentence[1]].lstrip())
            for trigger in table.triggers if trigger.type in table.addressed
            for m in trigger.pattern.finditer(raw, *sentence)}


def capitalized_names(raw: str, sentence: tuple[int, int], table) -> list[tuple[int, int]]:
    """The spans of the capitalized names in a sentence: past a determiner or an acronym's possessive that
    opens them, and joined as names_for says ("the National Front for Liberation")."""
    # "A Russian airstrike", "The Turkish authorities": the determiner that opens a sentence is no word of a name
    names = [(m.start() + len(lead.group()) if (lead := NAME_DETERMINER.match(m.group())) else m.start(), m.end())
             for m in NAME.finditer(raw, *sentence)]
    # "the SDF’s Military Police": the owner before the possessive says whose the body is, no word of its name
    names = [(owner.end(), e) if (owner := OWNER_BEFORE.match(raw, s, e)) and owner.end() < e else (s, e)
             for s, e in names]
    return names_for(raw, names, sentence, table)


def names_for(raw: str, names: list[tuple[int, int]], sentence: tuple[int, int], table) -> list[tuple[int, int]]:
    """"the National Front for Liberation", "the Committee for Missing Persons": a body's name, "for" and the
    capitalized words right after it are one name (what the body is for); not after a verb of asking, whose
    "for" is what is asked ("asked the Nahda Brigade for Omar Tello's release"). A body's name, "of the" and
    another name are one name too (the body of the other)."""
    asked = addressed_ends(raw, sentence, table)
    joined: list[tuple[int, int]] = []
    for start, end in names:
        if joined and start < joined[-1][1]:
            continue  # a word of the name joined before
        words = {w.lower() for w in raw[joined[-1][0]:joined[-1][1]].split()} if joined else set()
        gap = raw[joined[-1][1]:start] if joined else ""
        # ... "the Ministry of Water and Sanitation of the SIG": the head of the name after "and" is no body of its own
        other_body = set(re.split(r"\s+(?:of|in|for)\s+", raw[start:end])[0].lower().split()) & table.body_nouns
        if words & table.body_nouns and (re.fullmatch(r"\s+of\s+the\s+", gap) or
                                         re.fullmatch(r"\s+and\s+", gap) and "of" in words and not other_body or
                                         # "the Ministry of Water and Sanitation of the Interim Government"
                                         "of" in words and re.fullmatch(r"\s+and\s+[A-Z][a-z]+\s+of\s+the\s+", gap)):
            # "the Ministry of Health of the Syrian Salvation Government": a body of another, named with it; "the
            # Ministry of Internal Trade and Consumer Protection": what a body is of, two things joined by "and"
            joined[-1] = (joined[-1][0], end)
            continue
        after = NAME_FOR.match(raw, end)
        body = raw[start:end].split()[-1].lower() in table.body_nouns
        addressed = start in asked or raw.startswith("the ", start - 4) and start - 4 in asked
        joined.append((start, after.end() if after and body and not addressed else end))
    return joined


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
            owner = max((p for p in people if p[1] <= start and (sex is None or sex(p[2]) in {None, said})),
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


def named_otherwise(raw: str, start: int, position: int, match, table) -> bool:
    """A person or group noun that is an actor named otherwise: an apposition to a name or to "one
    of them" ("Ziad Haddad, a former commander", "one of them, a student"), or a body's members
    after its possessive ("its fighters" are the body's)."""
    if not match.group("place") and not match.group("members") and PERSON_NAME_AFTER.match(raw, start + match.end()):
        return True  # "the media activist Yamen Khalil": the person is named
    lead = APPOSITION_LEAD.search(raw, start, position)
    if lead and (re.search(r"\bof\s+(?:them|whom)$", raw[start:lead.start()]) or
                 NAME_BEFORE.search(raw, start, lead.start())):
        return True
    return not match.group("mod") and match.group("noun").lower() in table.member_nouns and \
        re.search(r"\b(?:its|their)\s+(?:own\s+)?$", raw[start:position]) is not None


def trade_before(raw: str, sentence_start: int, position: int, table) -> int | None:
    """Where the trade before a collective noun starts ("Taxi drivers in ...", "two bakery workers", "the bus
    drivers", "Kidnapping gangs"): one word after the sentence's start, a determiner or a count, that is no verb,
    function word or modifier of another kind (a word in -ing only after the start or a determiner)."""
    word = re.search(r"(?:^|(?<=\s))(?P<word>[A-Za-z][a-z]+)\s+$", raw[sentence_start:position])
    if word is None:
        return None
    lowered = word.group("word").lower()
    if lowered in table.not_trades | table.finite_verbs | table.determiners | table.collectives | table.persons | \
            table.group_modifiers | NOT_NAMES or re.fullmatch(rf"(?:{table.not_owned})|\w+(?:ed|ly)", lowered) or \
            table.connective.fullmatch(lowered + " "):
        return None
    opening = raw[sentence_start:sentence_start + word.start("word")]
    if opening.strip() and not re.search(rf"\b(?:{table.not_owned}|\d[\d,.]*)\s+$", opening, re.I) or \
            re.search(r"\b(?:to|and|or|as|than|from|by|with|for|in|at|on)\s+$", opening, re.I):
        return None  # a verb's object ("to pay teachers") or a word after a preposition is no trade
    if lowered.endswith("ing") and opening.strip() and \
            not re.search(rf"\b(?:{alternatives(table.determiners)})\s+$", opening, re.I):
        return None  # "Kidnapping gangs", "the returning families"; but "accused X of kidnapping teachers": an act
    return sentence_start + word.start("word")


def one_person(noun: str, table) -> bool:
    """A noun of one unnamed person ("a pharmacist", "a young man"), not of a group ("gunmen")."""
    return noun.split()[-1] in table.persons and not re.search(r"(?:s|men|children)$", noun)


def named_parties(raw: str, sentence: tuple[int, int], actors, table) -> list[tuple[int, int, str]]:
    """Proper names the structure of the sentence makes parties of an act: a name listed with an
    actor ("the regime forces, the IRGC and Lebanon’s Hezbollah"), and a name right after an act
    that ends in its preposition ("took the city from the Islamic State", "clashed with Hezbollah")
    or whose object is always a party (rules.yaml addressed: "accused Hayat Tahrir al-Sham of").
    Places are not parties."""
    found = []

    def name_at(position: int) -> None:
        match = PROPER_NAME.match(raw, position, sentence[1])
        if match is None:
            return
        name = re.sub(r"[’']s$", "", match.group("name"))  # "called for Omar Ali’s release": Omar Ali
        if name.split()[0].lower() in NOT_NAMES or table.place.search(name) or name.isupper() and len(name) < 2:
            return
        found.append((match.start("name"), match.start("name") + len(name), name))
    spans = [(s, e) for s, e, *_ in actors if sentence[0] <= s and e <= sentence[1]]
    kin_nouns = alternatives([noun for sex, nouns in table.relations.items() if sex != "groups" for noun in nouns],
                             False)
    for _, end in spans:  # "A and B", "A, B and C": the name after an actor of the list
        joined = re.compile(r"\s*,\s*(?=[^,]+\band\b)|\s*(?:,\s*)?and\s+").match(raw, end, sentence[1])
        if joined:
            name_at(joined.end())
    for trigger in table.triggers:
        for match in trigger.pattern.finditer(raw, *sentence):
            if re.search(r"\b(?:from|with|against)$", match.group()) or trigger.type in table.addressed:
                # "took the city from the Islamic State", "accused Hayat Tahrir al-Sham of ..."
                name_at(match.end() + len(raw[match.end():]) - len(raw[match.end():].lstrip()))
            owned = table.belonging.match(raw, match.end(), sentence[1])
            person = PERSON_NAME.match(raw, owned.end(), sentence[1]) if owned else None
            if person and not table.place.search(person.group()):  # "raided the house of Walid Haddad": its owner
                found.append((person.start(), person.end(), person.group()))
            if trigger.mode in table.personal_modes:  # "detained Walid Haddad and his son": a person is its object
                # past what the person is: "arrested the media activist Yamen Khalil"
                described = DESCRIBED_BEFORE_NAME.match(raw, match.end())
                titled = table.title.match(raw[described.end():described.end() + 60])  # "detained Dr. Khaled Nasser"
                person = PERSON_NAME.match(raw, described.end() + (titled.end() if titled else 0))
                kin = re.fullmatch(rf"\s*(?:the|a|an)\s+(?P<relation>{kin_nouns})\s+of\s+",
                                   raw[match.end():described.end()])
                if person and person.end() <= sentence[1] and not table.place.search(person.group()) and not kin:
                    found.append((person.start(), person.end(), person.group()))
                # "kidnapped a member of the council, Khalil Hamdan": the person the apposition names
                apposed = APPOSED_OBJECT.match(raw, match.end(), sentence[1])
                if apposed and not table.place.search(apposed.group("name")):
                    found.append((apposed.start("name"), apposed.end("name"), apposed.group("name")))
            subject = subject_before(raw, sentence[0], match.start(), table)
            if subject:  # "The Asayish confiscated ...", "the municipality imposed a fine": the act's subject
                found.append(subject)
            auxiliary = re.match(r"(?:was|were)\s+", match.group(), re.I)  # the trigger "was shot" holds its auxiliary
            undergoer = PASSIVE_SUBJECT.search(raw[sentence[0]:match.start() + (auxiliary.end() if auxiliary else 0)])
            if undergoer and not table.place.search(undergoer.group("name")):
                # "Her neighbour, Abu Hussam, was killed", "Khaled al-Zoubi, a carpenter, who was arrested"
                found.append((sentence[0] + undergoer.start("name"), sentence[0] + undergoer.end("name"),
                              undergoer.group("name")))
    return found


def subject_before(raw: str, start: int, position: int, table) -> tuple[int, int, str] | None:
    """The subject right before an act's verb that no list names: a proper name ("The Asayish
    confiscated"; a lone word opening the sentence only with "the" or in capitals, "Clashes" is
    none) or a body by its noun ("the municipality imposed"), named in the article's words."""
    if re.match(r"(?:was|were|is|are|been)\b", raw[position:position + 5], re.I):
        return None  # a passive's subject underwent the act
    text = raw[start:position]
    ordered = ORDERED_ACT.search(text)
    if ordered:  # "The court ordered the release of": who orders it does the act the order names
        text = text[:ordered.start() + 1]
    members = re.search(rf"\s(?:{'|'.join(table.member_nouns)})\s+$", text)
    if members and not re.search(r"\b(?:its|their)\s+\S+\s+$", text):
        text = text[:members.start() + 1]  # "Civil Defence teams put out the fire": the body's members are the body
    renamed = APPOSED_NAME.search(text)
    if renamed:  # "The president of the university, Dr. Walid Haddad, met ...": the person named in apposition
        return start + renamed.start("name"), start + renamed.end("name"), renamed.group("name")
    match = SUBJECT_NAME.search(text)
    if match:
        name = re.sub(r"[’']s$", "", match.group("name"))  # "Russia’s shelling": Russia
        lone = " " not in name and not match.group("the") and match.start("name") == len(text) - len(text.lstrip()) \
            and not name.isupper() and name.lower() not in table.body_nouns  # "Police arrested": a body's noun
        if lone or len(name) < 2 or name.split()[0].lower() in NOT_NAMES or table.place.search(name):
            return None
        return start + match.start("name"), start + match.start("name") + len(name), name
    nouns = alternatives(table.body_nouns, False)
    match = re.search(SUBJECT_BODY.format(nouns=nouns), text)
    if match:
        name = match.group("name")
        return start + match.start("name"), start + match.end("name"), initial_capital(name)
    return None


def type_of(name: str, table) -> str:
    """A proposed actor's type, from the words of its name (rules.yaml: actor_types)."""
    return next((kind for kind, pattern in table.actor_types if pattern.search(name)), "group")


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
            found += one_per_party(raw, sentence, start, objects_from, actors_at, event, table.reciprocal)
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


def act_actors(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int, trigger, holder,
               statements: list, found: list[Event], actors_at, person, table) -> tuple[tuple, int]:
    """The two actors of an act (the speaker and whom it charges, or actors_of's, then actors_in_context's and
    army_for_its_forces'), and where its object, and the list it may open, begins."""
    if trigger.by_speaker and holder is not None:
        actors = holder.speaker, spoken_of(raw, clause, start, end, actors_at, holder)
    else:
        previous = [e.actor1 for e in found if sentence[0] <= e.start and e.actor1]
        actors = actors_of(raw, sentence, clause, start, end, actors_at, holder,
                           previous[-1] if previous else None)
    actors = actors_in_context(raw, sentence, clause, start, end, trigger, actors, holder, statements, found,
                               actors_at, person, table)
    actors = army_for_its_forces(raw, clause, start, actors[0], actors_at, table), actors[1]
    objects_from = end  # where the act's object, and the list it may open, begins
    verb_end = start + len(raw[start:end].split()[0])
    inside = [a for s, e, a in actors_at if verb_end < s and e <= end and a != actors[0]]
    if actors[1] is None and inside:  # "held Russia and the regime responsible": the object in the trigger
        actors, objects_from = (actors[0], inside[0]), verb_end
    return actors, objects_from


def act_status(raw: str, clause: tuple[int, int], holder, trigger, actor1: str | None, table) -> str:
    """An act's status (status_of), but announced, not planned, for what its speaker says it will do itself."""
    status, event_text = status_of(raw, clause, holder, table, trigger.type), raw[clause[0]:clause[1]]
    if status == "planned" and holder is not None and trigger.type not in table.reciprocal and \
            OWN_PLAN.search(raw, clause[0], clause[1]) and not SCHEDULE.search(raw, clause[0], clause[1]) and \
            (actor1 == holder.speaker or actor1 is None and re.search(r"\bbe\s+\w+ed\b", event_text)):
        status = "announced"  # what a party says it will do (or have done) is announced; a schedule is planned
    return status


def threatened_as(kind: str, mode: str | None, status: str, text: str, table) -> tuple[str, str | None]:
    """"warned that it would arrest anyone who ...": an act done to someone, only threatened (to come: "warned that
    the regime was using barrel bombs" tells an act), is the threat (rules.yaml threatened_acts), in THREATEN's mode
    for the act."""
    to_come = re.search(r"\b(?:will|would|shall|threaten\w*)\b", text, re.I)
    modes = dict(table.threatened_acts).get(kind) if status == "threatened" and to_come else None
    if modes is None:
        return kind, mode
    return "THREATEN", dict(modes).get(mode, dict(modes).get("*"))


def retold(raw: str, clause: tuple[int, int], start: int, holder, trigger, found: list[Event], table) -> bool:
    """"“The first shell fell at the edge of the yard,” a teacher said": in someone's quoted words, a material act of a
    type the article has already reported describes that act again; not what the speaker's side did itself ("our
    forces seized", "we closed": before the verb; "they demolished our shops" still describes), nor what will be done
    (an announcement), nor an act in words (a statement of its own)."""
    return holder is not None and holder.mode == "direct" and trigger.type not in table.verbal and \
        not re.search(r"\b(?:will|would)\b", raw[clause[0]:clause[1]], re.I) and \
        not re.search(r"\b(?:we|our)\b", raw[clause[0]:start], re.I) and \
        any(event.type == trigger.type for event in found)


def harmed_by_act(raw: str, sentence: tuple[int, int], events: list[Event], actors_at, table) -> None:
    """"Regime forces shelled the village on Friday, killing two civilians": those the participle of harm names
    right after an attack are its actor2, where the attack's clause names none; so are those "killed when" it
    happened ("Two shepherds were killed when a landmine exploded")."""
    for index, event in enumerate(events):
        lead = table.harmed_when.search(raw, sentence[0], event.start) if event.type == "ASSAULT" else None
        if lead is not None and event.actor2 is None:
            event.actor2 = next((a for s, e, a in actors_at if sentence[0] <= s and e == lead.start()
                                 and a != event.actor1), None)
        # the participle ends the attack's sentence, past its time or place ("..., on 16 September, killing"),
        # before any other act of the sentence
        until = min([other.start for other in events[index + 1:] if other.start > event.end] + [sentence[1]])
        harm = table.harmed.search(raw, event.end, until) if event.type == "ASSAULT" else None
        if harm is not None and event.actor2 is None:
            victim = next(((s, a) for s, e, a in actors_at if harm.end() <= s and e <= sentence[1]), None)
            # the victims are the words right after it: "killing five civilians", not a party later in the sentence
            if victim is not None and \
                    re.fullmatch(rf"(?:(?!(?:{table.function_words}|according)\b)[\w’'-]+\s+){{0,4}}",
                                 raw[harm.end():victim[0]]) and \
                    victim[1] != event.actor1:
                event.actor2 = victim[1]


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


def spoken_of(raw: str, clause: tuple[int, int], start: int, end: int, actors_at, holder) -> str | None:
    """Whom the speaker's words charge, in the clause: the first actor after the trigger ("the attack had been
    carried out by the YPG"), else, for a trigger that opens with an auxiliary, its subject ("the occupation were
    responsible for", "ISIS cells had carried out the attack")."""
    opening = max(clause[0], holder.start)
    others = [(s, actor) for s, e, actor in actors_at if opening <= s and e <= clause[1] and actor != holder.speaker]
    after = [actor for s, actor in others if s >= end]
    before = [actor for s, actor in others if s < start]
    auxiliary = re.match(r"(?:was|were|is|are|had|has|have)\b", raw[start:end], re.I)
    return after[0] if after else before[-1] if before and auxiliary else None


def alleged_act(raw: str, sentence: tuple[int, int], start: int, end: int, trigger, found: list[Event], actors_at,
                times: list, acts: list[int], table) -> Event | None:
    """"accused the police of beating two protesters": the act alleged is an event of its own, by the accused
    (named between "accused" and "of"), known only from the accusation (claimed); the accused is also the
    accusation's actor2."""
    accusation = next((e for e in reversed(found) if e.type == "ACCUSE" and e.start <= start < e.end), None)
    accused = table.accused_of.search(raw, accusation.start, start) if accusation is not None else None
    if not (accused and trigger.type != "ACCUSE" and raw[start:end].split()[0].endswith("ing")):
        return None
    span = (start, accusation.end)
    doer = next((a for s, e, a in actors_at if accused.start("accused") <= s and e <= accused.end("accused")), None)
    accusation.actor2 = doer
    target = next((a for s, e, a in actors_at if end <= s and e <= span[1] and a != doer), None)
    return Event(*span, raw[span[0]:span[1]], trigger.type, trigger.mode, "claimed", doer, target,
                 date_of(span, sentence, start, times, acts, raw))


def actors_in_context(raw: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int, trigger,
                      actors: tuple, holder, statements: list, found: list[Event], actors_at, person, table) -> tuple:
    """The actors of an act (actors: what actors_of found in its clause), from the text around the clause where
    a pronoun or a verb without a subject of its own leaves one out: "she" of the person who spoke just before,
    a verb joined by "and" to the act before, "They killed ..." after an act, "asked him", "demanded that X"
    and "dispersed the protest"."""
    actors = he_or_she(raw, sentence, clause, start, actors, holder, statements, actors_at, person)
    last = found[-1] if found and found[-1].start >= sentence[0] else None
    actors = joined_to_last(raw, sentence, start, end, trigger, actors, last, table)
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
    if actors[1] is None and actors[0] is not None and trigger.type in table.addressed and \
            HIM_OR_HER.match(raw, end, sentence[1]):
        # "met the head of the branch ... and asked him to move the checkpoint": the person named last before
        paragraph = raw.rfind("\n", 0, start)
        named = [a for s, e, a in actors_at if paragraph < s and e <= start and a != actors[0] and person(a)]
        actors = actors[0], named[-1] if named else None
    if actors[1] is None and THEM.match(raw, end, sentence[1]):
        actors = actors[0], group_before(raw, (sentence[0], start), holder, found, actors_at, table, actors[0])
    if actors[1] is None and trigger.type in table.addressed:
        actors = actors[0], that_subject(raw, end, actors_at, actors[0])
    if actors[1] is None:
        actors = actors[0], doer_of_act_named(raw, end, sentence, found, trigger, table, actors[0])
    return actors


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
        if he is not None:
            actors = he, actors[1] if actors[1] != he else None
    return actors


def joined_to_last(raw: str, sentence: tuple[int, int], start: int, end: int, trigger, actors: tuple, last,
                   table) -> tuple:
    """The actors of a verb joined by "and" to the act before in the sentence (last): a passive's subject undergoes
    it too, by the passive's agent; an active verb without a subject of its own has the act before's subject."""
    reported = last is not None and re.search(r"\bthat\s+$", raw[sentence[0]:last.start])
    if actors[0] is not None and actors[1] is None and raw[start:end].endswith("ed") and \
            JOINED_PASSIVE.search(raw, sentence[0], start):
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
    return actors


def group_before(raw: str, before: tuple[int, int], holder, found: list[Event], actors_at, table,
                 actor1: str | None) -> str | None:
    """Whom "them" after an act stands for: the group that says it ("Residents said that gunmen robbed them"),
    else the party the act before in the paragraph was done to ("Three men were arrested. The police released
    them"), else the group the sentence opens with ("Boatmen stopped work after the SDF fined them")."""
    def group(actor: str) -> bool:
        return bool(set(actor.split("-")) & table.collectives) and actor != actor1
    start = before[1]
    if holder is not None and group(holder.speaker):
        return holder.speaker
    done_to = [e.actor2 for e in found if e.actor2 and e.end <= start and "\n" not in raw[e.end:start]]
    if done_to:
        return done_to[-1] if done_to[-1] != actor1 else None
    return next((a for s, e, a in actors_at if before[0] <= s and e <= start and group(a)), None)


def statement_at(statements: list, position: int):
    """The statement whose words hold the position, if any: an act in it is reported by its speaker."""
    return next((s for s in statements if s.start <= position < s.end), None)


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


def that_subject(raw: str, end: int, actors_at, actor1: str | None) -> str | None:
    """"demanded that the council reopen the bakery", "demanding that the UN pressure ...": the one asked is
    the subject of the clause the demand opens, the actor that starts it."""
    clause = THAT_CLAUSE.match(raw, end)
    if clause is None:
        return None
    opening = re.compile(r"(?:the\s+)?").match(raw, clause.end()).end()
    return next((actor for s, _, actor in actors_at if clause.end() <= s <= opening and actor != actor1), None)


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
            not table.cue.fullmatch(relative.group("head")) and \
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
    after = [actor for s, e, actor in actors_at if end <= s and e <= clause[1] and not new_subject(raw, end, s, e)]
    passive = PASSIVE_AGENT.match(raw, end, clause[1]) if agent else None
    if (agent and re.search(r"\bby\s*(?:(?:the|a|an)\s+)?$", raw[start:end])) or passive:
        return passive_actors(raw, sentence, clause, start, end, actors_at, holder, previous, before, passive)
    doer = NOUN_OF.match(raw, end) if raw[start:end].lower() in rules().doer_nouns else None
    of = [actor for s, e, actor in actors_at if doer and doer.start() < s <= doer.end()]
    if not before and of:  # "the offensives of the Nahda Brigade on Zarqin": the doer after "of", and no
        doers = party_list(raw, sentence, actors_at, of[0], doer.start(), False)  # one listed with it
        return of[0], next((actor for actor in after if actor not in doers), None)
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
    relative = RELATIVE_LEAD.search(raw, sentence[0], clause[0]) if actor1 is None else None
    if relative:  # "The US-led coalition, which has struck ...": the actor the relative clause follows
        actor1 = relative_head(raw, relative, actors_at)
        if actor1 is not None and PASSIVE_AUXILIARY.search(raw, clause[0], start):
            return None, actor1  # "..., who was arrested on 3 February": the one arrested
    if actor1 is None and len(after) > 1 and \
            re.search(r"\bbetween\s+(?:the\s+)?$", raw[end:first_after(actors_at, end)]):
        return after[0], after[1]  # "signed between Russia and Turkey": the two parties
    lead = raw[clause[0]:start]
    if actor1 is None and holder is not None and \
            re.match(r"\s*(?:it|they|we|its|their|our)\b", raw[holder.start:start], re.I):
        # "we" of a person who speaks for a body ("X, the head of the union"): the body
        we = holder.voice_for if re.match(r"\s*(?:we|our)\b", raw[holder.start:start], re.I) and holder.voice_for \
            else None
        return we or holder.speaker, next((actor for actor in after if actor not in {holder.speaker, we}), None)
    if actor1 is None and re.search(r"\b(?:it|they|we|its|their)\b", lead, re.I):
        # "it", "they": the latest actor before in the sentence, else the speaker who says so
        actor1 = pronoun_referent(raw, sentence, clause, actors_at, holder, previous)
    elif actor1 is None and clause[0] > sentence[0] and PASSIVE_LEAD.fullmatch(lead) and \
            (lead.strip() or re.match(r"(?:was|were)\s", raw[start:end], re.I)):
        # "Fadi al-Ashqar, a former fighter, was shot dead": the subject before the commas underwent the act
        subject = next((actor for s, e, actor in actors_at if sentence[0] <= s and e <= clause[0]
                        and PASSIVE_SUBJECT_END.fullmatch(raw, e, clause[0])), None)
        return post_holder(raw, clause, end, actors_at), subject
    elif actor1 is None and re.fullmatch(r"\s*(?:\w+ed\s+)?", lead) and clause[0] > sentence[0]:
        # the subject of the words reported, not who reports them: "Activists reported that a patrol of the
        # Air Force Intelligence arrived ..., dispersed the protesters"
        actor1 = reported_subject(raw, sentence, clause, actors_at, holder)
    actor2 = next((actor for actor in after if actor != actor1), None)
    apposed = APPOSED_OBJECT.match(raw, end, sentence[1])
    named = [a for s, e, a in actors_at if apposed and (s, e) == apposed.span("name")]
    return actor1, named[0] if named and named[0] != actor1 else actor2  # the object's name, not its body


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
    owner = next((actor for s, e, actor in actors_at
                  if lead and s == lead.end() and table.post_noun.match(raw, e)), None)
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
    if patient is None and re.fullmatch(r"\s*(?:(?:was|were|had|has|have|been)\s+)+(?:\w+ly\s+)?",
                                        raw[clause[0]:start]):  # "Abu Hussam, was killed": its subject
        patient = next((actor for s, e, actor in actors_at if PASSIVE_SUBJECT_END.fullmatch(raw, e, clause[0])),
                       None)
    if patient and (PASSIVE_AUXILIARY.search(raw[clause[0]:start]) or re.match(r"(?:was|were)\b", raw[start:end])):
        # "was killed by a sniper": by no actor named; "was shot dead by": the auxiliary is a word of the trigger
        return (agents[0] if agents else None), patient
    if patient is None and agents and not raw[clause[0]:start].strip() and re.search(r",\s*$", raw[:clause[0]]):
        # "The SDF, backed by the US-led coalition, ...": a participle after a comma describes the name before it
        named = [actor for s, e, actor in actors_at if sentence[0] <= s and e <= clause[0]
                 and PASSIVE_SUBJECT_END.fullmatch(raw, e, clause[0]) and actor not in agents]
        if named:
            return agents[0], named[-1]
    return (agents[0] if agents else None), (agents[1] if len(agents) > 1 else None)


def new_subject(raw: str, end: int, start: int, stop: int) -> bool:
    """"two car bombs exploded at the gate and dozens of fighters broke into it": an actor after "and" with a
    verb of its own after it is the subject of another clause, not the object of the act before."""
    return re.search(r"\s+and\s+(?:[\w’'-]+\s+){0,3}$", raw[end:start]) is not None and \
        re.match(rf"\s+{ADVERB_BEFORE_VERB}(?:[a-z]+ed|{'|'.join(rules().finite_verbs)})\b", raw[stop:]) \
        is not None


def first_after(actors_at, position: int) -> int:
    return min((s for s, _, _ in actors_at if s >= position), default=position)


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
