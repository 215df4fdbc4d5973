"""The regular expressions of the event rules (events.py and its parts), built once: what names and places,
clauses, subjects, passives, objects and parties, acts that are none, and plans look like in the text. Those built
from the rules' word lists are in actor_patterns (event_actor_finders.py) and rules.py.
"""
import re
from functools import lru_cache

from pipeline.extraction.attribution import NAME
from pipeline.extraction.attribution_patterns import PLACE_NAME, WEEKDAYS
from pipeline.lib.dates import MONTHS

# --- Names and places: what a party's or place's name looks like, and what stands around it.
# A named body or place that holds the one before: "the Faculty of Civil Engineering at Aleppo University".
PART_OF = rf"(?:\s+(?:of|at)\s+(?:the\s+)?{PLACE_NAME})*"
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
FIRST_NAME_WORD, NEXT_NAME_WORD = r"(?:Abu|Umm|Um|[A-Z][a-z’'-]+)", r"\s+(?:al-)?[A-Z][a-z’'-]+"
PERSON_NAME = re.compile(rf"{FIRST_NAME_WORD}(?:{NEXT_NAME_WORD}){{1,3}}")
# An act's object and the person's name in apposition after it: " a member of the council, Khalil Hamdan".
APPOSED_OBJECT = re.compile(rf"\s+(?:a|an|the)\s+[^,;.“”]{{1,80}}?,\s+(?P<name>{PERSON_NAME.pattern})(?=\s*[,.;]|\s*$)")
# A person's name right after a noun ("the journalist Walid Haddad"): the noun names them.
# One or two lower-case words after "the", a person named by what they are ("the victim", "the dead man")
COMMON_OWNER = re.compile(r"the\s+[a-z]+(?:\s+[a-z]+)?(?=\s*[,.;]|\s+(?:in|at|on|during|after|when|was|were|and)\b)")
# A person's name, or a given name alone, right before ", whose" ("said Rima, whose brother was arrested")
GIVEN_NAME = rf"(?<![\w’'-])(?P<name>{FIRST_NAME_WORD}(?:{NEXT_NAME_WORD}){{0,3}})"
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
NOT_NAMES = {*MONTHS, *WEEKDAYS}
# What a person is, before their name ("arrested the media activist Yamen Khalil"): skipped to reach the name.
DESCRIBED_BEFORE_NAME = re.compile(r"\s*(?:(?:the|a|an)\s+(?:[a-z-]+\s+){1,2}(?=[A-Z]))?")

# --- Clauses: where a clause starts and ends, and what opens it.
# Connectives that open a clause: the clause's evidence starts after them.
LEADING_CONNECTIVES = re.compile(r"(?:(?:that|since|and|after|when|while|but|as|because|which|who|where|"
                                 r"however|also|then)\s+)+", re.I)
# Where a clause ends: punctuation (a sentence's end inside a quotation too, but not "Dr." or "U.S."; a comma inside
# a closing quotation mark before "and" or an auxiliary: "“close to paralysis,” had asked"), or a conjunction that
# opens another clause.
CLAUSE_BOUNDARY = re.compile(r"[,;:]\s+|,[”\"]\s+(?=(?:and|had|has|have|would|will)\b)"
                             r"|(?<![A-Z][a-z])(?<![A-Z])[.?!]\s+(?=[A-Z])"
                             r"|\s+(?:that|after|while|whereas|but|since|when|because|until|before)\s+"
                             r"|\s+and\s+(?=that\b)")
# A subordinator before the verb ("killed when the Furqan Division ... clashed"): the subject is the
# subordinate clause's, not the sentence's.
SUBORDINATOR = re.compile(r"\b(?:when|after|while|because|until|before|whereas|since)\s+")
# "with the support of X" as an act: X supports the one who acts in the clause, not the other way round.
SUPPORT_OF = re.compile(r"with\s+the\s+(?:support|backing|help|assistance)\s+of\b", re.I)
# Aid told by who got it ("the council received 2,000 food baskets from the Red Crescent"): the one after "from"
# gives it (actor1), the subject gets it (actor2).
RECEIVED_FROM = re.compile(r"(?:received|receives|receiving)\b.*\bfrom\s*$", re.I | re.S)
# ... and an act named by its noun after "received" ("the council received a request from 40 families", "received
# a warning from the police"): the one after "from" does it, the subject undergoes it.
RECEIVED_BEFORE = re.compile(r"\b(?:received|receives|receiving)\s+(?:(?:a|an|the|two|three|several|many|new|\d+)\s+)?"
                             r"(?:[\w-]+\s+)?$", re.I)
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
# A relative clause's own subject pronoun before its verb: "the YPG, which it accused of", "whom they detained".
RELATIVE_OWN_SUBJECT = re.compile(r"\s*(?:it|they|he|she|we)\s+(?:(?:had|has|have|also|later|\w+ly)\s+)*")
# ... with what opens the relative clause: ", which it", "in which it", ", whom they" (before the verb).
RELATIVE_PRONOUN_SUBJECT = re.compile(r"(?:,\s*|\b(?:in|with|by|under|to)\s+)(?:which|whom|who)\s+"
                                      r"(?:it|they|he|she|we)\s+(?:(?:had|has|have|also|later|\w+ly)\s+)*$")
# After an act's noun (one or two words, no preposition), what opens a relative clause whose subject is a name: "the
# siege, which the Fourth Division imposed", "the campaign that Turkey launched", "the curfew the council imposed"
NOUN_WORD = r"(?!(?:of|against|for|to|in|from|by|with|and|or|at|on|as|under|over|despite|during)\b)[\w’'-]+"
# (a comma only before "which" or "that": "After the attack, the SDF launched" is no relative clause)
RELATIVE_OBJECT_AFTER_NOUN = re.compile(rf"(?:{NOUN_WORD}\s+)?{NOUN_WORD}"
                                        r"(?:\s*,\s*(?:which|that)|\s+(?:which|that))?\s+(?:the\s+)?")
# A possessive between two actors: the first only says whose the second is.
POSSESSIVE = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,2}")
# "and" right before a verb, past an adverb: "... and briefly detained", "..., and then released"
JOINED_VERB = re.compile(r"\band\s+" + ADVERB_BEFORE_VERB + "$")
# a passive verb, then "and" and a verb without a subject of its own
JOINED_PASSIVE = re.compile(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b[^,;.]*" + JOINED_VERB.pattern)

# An auxiliary (and adverbs) that opens a clause before its verb, whose subject stands before the clause: "has asked",
# "has been negotiating", "had also seized".
AUXILIARY_LEAD = re.compile(r"\s*(?:has|have|had|would|will)\s+(?:(?:been|also|then|later|\w+ly)\s+){0,2}")
# What may stand before a subject at the start of a sentence or of the words reported: "On Monday, the", "that
# fighters of the", "a patrol of the"
SUBJECT_OPENING = re.compile(r"\s*(?:[^,;]{1,40},\s*)?(?:(?:that|and|but)\s+)?(?:(?:the|a|an)\s+)?"
                             r"(?:[\w’'-]+\s+of\s+(?:the\s+)?)?", re.I)
# What parts a subject from its verb: appositions and relative clauses between commas ("X (SNA), a faction of the
# SNA,", "X, which warned in May that ...,", "X, commanded by Y, the brother of Z,")
SUBJECT_PARTED = re.compile(r"(?:\s*\([A-Z]{2,6}\))?"
                            r"(?:\s*,\s*(?:a|an|the|who|which|whose|[a-z]+ed\s+by)\s[^,;]{1,120}){1,2}\s*,[”\"]?\s*")

# --- Passives: the subject underwent the act; the doer, if named, follows "by".
# A passive auxiliary, the verb after it: "was", "had been".
PASSIVE_AUXILIARIES = r"(?:was|were|had been|has been|have been)"
# "by" after a passive act, a few words later at most: "were arrested on Monday by the police"; not a measure
# ("cut the quota by half", "by 30 percent").
# (five or six words where none opens another clause or is another participle: "signed in Aleppo on 12 March by
# X", not "arrested on Monday under an agreement brokered by X"; nor "one by one")
PASSIVE_AGENT = re.compile(r"(?:(?:\s+(?!by\b)[\w’'-]+){0,4}?"
                           r"|(?:\s+(?!(?:by|and|or|but|after|before|when|while|which|that|who|under|because)\b)"
                           r"(?![a-z]+ed\b)[\w’'-]+){5,6}?)\s+by\b"
                           r"(?!\s+(?:half|a\s+(?:third|quarter|fifth|tenth)|[\d.,]+\b|about|nearly|around|up\s+to"
                           r"|one\b))")
# A passive auxiliary right before the trigger: the subject underwent the act, it did not do it.
PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|be|been|being|is|are)\s+(?:\w+ly\s+)?$")
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
# ... and a part of them ("arrested four of them", "at least two of them"): the same group
THEM = re.compile(r"\s+(?:(?:at\s+least\s+|some\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|"
                  r"some|several|many|most|all|each|both)\s+of\s+)?them\b")
HIM_OR_HER = re.compile(r"\s+(?:him|her)\b")
# Commas and "and" between parties named as a list: each party takes part in the act.
# ("positions of the army and of Iranian-backed groups": "and of" joins the second owner)
PARTY_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|(?:,\s*)?and\s+(?:of\s+)?)(?:(?:the|a|an|his|her|their)\s+)?"
                             r"(?:[A-Z][\w-]*[’']s\s+)?")
# A protest's demand of a party, or what it answers: "(went on strike), demanding higher wages from (the) ",
# "(protested) after (the) " (with a verb of setting after the party: rules.yaml imposing_verbs).
DEMANDED_FROM = re.compile(r"\bdemanding\s+[^,.;“”\"]{0,60}?\bfrom\s+(?:the\s+)?$")
PROTESTED_AFTER = re.compile(r"[^,;.]{0,80}?\b(?:after|because|when)\s+(?:the\s+)?")
# Who holds those a request is for: "(young men) who have been detained by (the) ".
HELD_BY = re.compile(r"\b(?:detained|held|arrested|kidnapped|abducted|imprisoned|jailed)\s+(?:[\w-]+\s+){0,3}?by\s+"
                     r"(?:the\s+)?")
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
PENALTIES = frozenset({"COERCE", "SANCTION"})  # acts of force or penalty on a party's goods and rights
