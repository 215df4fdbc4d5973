"""The patterns and name helpers of speaker attribution (attribution.py), at module level: a proper
name (NAME, which the event modules find their names with too), pronouns, appositions, relative clauses, the
speaker after the words; a statement (Statement) and an entity of the discourse (Entity); and the
helpers on names (slug, initial_capital, without_patron, without_time, settlements_named).
"""
import re
from dataclasses import dataclass

from pipeline.extraction.rules import alternatives, rules
from pipeline.lib.dates import FULL_MONTHS, MONTHS

# Capitalized words, "al-" allowed: a place's name; a month or a weekday is a time ("the council in March"), never a
# place.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIMES = "|".join(sorted(name.capitalize() for name in [*FULL_MONTHS, *WEEKDAYS]))
PLACE_NAME = rf"(?!(?:{_TIMES})\b)(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*)*"
# The place that makes a body one of its own: "the Military Security branch in Hama".
BODY_PLACE = re.compile(rf"\s+in\s+{PLACE_NAME}")

# A proper name: two or more capitalized words, "bin", "of" or "the" between them, "al-" before any (also after
# "of" or "the": "the Local Council of al-Bab"). The event modules find their names with it too.
# A word of patronage ("Turkish-backed", "SDF-affiliated", rules.yaml patronage) is none: "the Turkish-backed Syrian
# National Army" is the Syrian National Army.
_CLIENT_OF = rf"(?![\w’'-]*-(?:{rules().patronage})(?![\w’'-]))"
# "The Youth and Sports Office", "the Water and Energy Authority": capitalized words, "and", and a
# body's short name are one name (two fields of one body), unless a state's ("Turkey and Russia"); past its owner's
# possessive ("the Council’s Water and Energy Authority").
_STATES = "|".join(pattern.pattern for _, pattern in rules().states)
_FIELDS_AND = rf"(?:(?:The\s+)?(?:[A-Z][\w-]*[’']s\s+)?(?!{_STATES})[A-Z][a-z’'-]+\s+" \
              rf"(?:(?!{_STATES})[A-Z][a-z’'-]+\s+)?and\s+(?=(?:[A-Z][\w’'-]*\s+){{1,2}}" \
              rf"(?i:{alternatives(rules().body_nouns)})\b))?"
# "the Military Council of Manbij and its Countryside": the region it serves, capitalized, is a word of its name
_REGION_TAIL = rf"(?:\s+and\s+[Ii]ts\s+(?:{alternatives((w.capitalize() for w in rules().region_tails), False)})\b)?"
# "the 25th Division", "the 8th Armoured Brigade": a formation's number is a word of its name
_NUMBERED = rf"\d{{1,3}}(?:st|nd|rd|th)\s+(?:(?!(?:{_TIMES})\b)[A-Z][\w’'-]*\s+){{0,2}}" \
            rf"(?:{alternatives((w.capitalize() for w in rules().formations), False)})\b(?![’'-]\w)"
NAME = re.compile(rf"(?<![\w’'-])(?:{_NUMBERED}|{_FIELDS_AND}{_CLIENT_OF}(?:al-)?[A-Z][\w’'-]*(?:\s+(?:bin\s+|of\s+"
                  rf"|the\s+)?{_CLIENT_OF}(?:al-)?[A-Z][\w’'-]*)+{_REGION_TAIL})")
# A name and the acronym the article gives it: "Autonomous Administration of North and East Syria (AANES)".
ACRONYM_DEFINITION = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|the|in)\s+)*[A-Z][\w’'-]*)*)"
                                r"(?P<tail>\s+\((?P<acronym>[A-Z]{2,6})\))")
# One word, with its apostrophes and hyphens ("Da’el", "pro-regime").
WORD = r"[\w’'-]+"
# A subject pronoun and what kind of actor it refers back to.
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "group"}
# An object pronoun ("quoted him as saying") refers back as its subject form does; it is never a new actor.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# A determiner that opens a phrase: no word of the name an actor is proposed under.
DETERMINERS = re.compile(r"^(?:the|a|an|its|his|her|their)\s+", re.I)
# An apposition that ends a subject ("X, a nurse at the hospital,"): what the speaker is, taken off its name; its
# comma may close a quotation ("The statement, which accused X of “...,”").
APPOSITION_AT_END = re.compile(r",\s+(?:a|an|the|which|who|whose|one of|known as|its|his|her|including|such as"
                               r"|from|originally from"  # where a person is from: "X, 52, from Binnish, said"
                               r"|(?:in|through|via)\s+(?:a|an|its|their|his|her)"  # "X, in a statement on Monday,"
                               r"|[a-z]+ed\s+(?:by|with|to)|run by"  # ..., led by X, said
                               r"|published|issued|posted|released|sent|dated|signed"  # "Its report, published ...,"
                               r"|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|in|for|at)"  # ", head of X,"
                               # ... its last words may be a quotation; a list of names in it has commas too ("a
                               # member of the council of Hazano, Kafr Nabl and Armanaz,")
                               r")\s+(?:[^,]|,(?=\d)|,\s+(?=(?:al-)?[A-Z][^,]*\s+and\s+(?:al-)?[A-Z]))*,[”\"]?\s*$")
# "X, which warned": a relative pronoun before the cue, whose speaker is the phrase before it.
RELATIVE_BEFORE = re.compile(r"\b(?:which|who)\s+(?:also\s+|has\s+|have\s+|had\s+)?$"
                             # ... or after a first verb of the relative clause: "X, which runs the camp and says"
                             r"|\b(?:which|who)\s+[^,;:“”\"]{1,80}?\s+and\s+(?:also\s+)?$")
# An order after its cue: whom, then "to" and a verb ("told her brother, who runs the shop, to pay"), no "that" between
ORDER = re.compile(r"\s+(?:(?!\bthat\b)[^.;:“”\"]){1,80}?\s+to\s+(?!be\b)[a-z]+")
# ", which it accused of": a relative pronoun that is the object of the cue, and the cue's subject (a pronoun or a
# name; not "which were accused of": a passive)
RELATIVE_OBJECT = re.compile(r",\s+(?:which|whom|who)\s+(?P<subject>it|they|he|she|the\s+[a-z][\w’'-]*"
                             r"|(?:the\s+)?(?:(?:al-)?[A-Z][\w’'-]*\s+){0,3}(?:al-)?[A-Z][\w’'-]*)"
                             r"(?:\s+(?:also|had|has|have))?\s+$")
# ", which said": a relative pronoun right before a cue, the subject of its clause (its antecedent is before it).
RELATIVE_SUBJECT = re.compile(r"[”\"]?,\s+(?:which|who)\s+(?:also\s+)?$")
# "..., the local news page Hamidiya Now reported.": a speaker after the words it reports, and what may follow its cue
# ... its apposition (", its coordinator, Omar Ali,", ", an official, who asked not to be named,"), and what may
# follow its cue before the sentence ends: whom it was told, where and when ("told Enab Baladi by phone on Monday")
TRAILING_APPOSITION = r",\s+(?:(?:a|an|the|who|which|whose|one\s+of|its|his|her|their)\s+[^,“”\"]{1,60}" \
    r"|(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*){0,3}),"
TRAILING_ADVERBIALS = r"(?:\s*,?\s*(?:on|in|last|this|by|via|at)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+){0,3}"
TRAILING_SPEAKER = re.compile(rf",[”\"]?\s+(?:(?:[Tt]he|[Ll]ocal)\s+)?(?:{WORD}\s+){{0,6}}"
                              rf"(?:{WORD}{TRAILING_APPOSITION}\s+)?$")
TRAILING_CUE_END = re.compile(rf"(?:\s+(?:to\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})?{TRAILING_ADVERBIALS}"
                              rf"\s*(?:[.;]?\s*$|,\s+[a-z]+ing\b)")  # (", adding that ...": the speaker's again)
# Punctuation taken off the end of a statement's content.
SENTENCE_END_PUNCTUATION = ".;:"
# Small words of a name that need no capital: two to four capitalized words and these are a person's name.
PARTICLES = {"al", "of", "the", "and", "de", "bin", "for", "in", "abu", "um", "umm"}
# The names of the months, longest first ("sept" and other short forms left out, "may" kept): one alternation
# for this module and the time expressions of extract.py.
MONTH_NAMES = alternatives((name for name in MONTHS if len(name) > 3 or name == "may"), False)
# What a cue is followed by when it has no content: only when it was said ("which the police denied in a
# statement on 8 February")
WHEN_ONLY = re.compile(rf"(?i)(?:on|in|at|during|last|this|since|by|early|late)\s+(?:\w+\s+){{0,2}}?"
                       rf"(?:\d+|\w*day|week|month|year|morning|evening|night|{MONTH_NAMES})(?:\s+\d{{4}})?"
                       # "a lawyer two days later": a time counted from another, no word of a name
                       # (its "later" may be taken off before, as an adverb)
                       rf"|(?-i:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several)\s+"
                       rf"(?:hours?|days?|weeks?|months?|years?))(?:\s+(?:later|earlier|ago|afterwards))?")
# ", but residents describe", ", which the police denied": a clause of another speaker, up to the cue
# ", and some of them threatened": a clause of its own subject joined to the words before (a determiner, a pronoun or a
# name opens the subject; not ", and also warned", ", and on Monday said": the same subject's verb)
AND_SUBJECT = re.compile(r",[”\"]?\s+and\s+(?:some|many|most|all|one|two|several|few|both|each|the|their|its|his|her"
                         r"|they|he|she|we|(?:al-)?[A-Z][\w’'-]*)\b(?:\s+[\w’'-]+){0,3}\s+")
CONTRAST = re.compile(r",[”\"]?\s+(?:but|while|whereas|although|which)\s+(?!that\b)(?:[\w’'-]+\s+){1,4}$")
# Words before a clause's subject that say when or where ("On Monday, the council ...", "Last month, it ...")
LEADING_ADVERBIAL = re.compile(r"(?:On|In|At|During|Since|After|Before|Last|Earlier|Later|Early|Late|This|Hours|Days)"
                               r"\b[^,“”\"]{0,60},\s+")
# "“...” This is how X described it.", "“...” — that is what X kept saying": a sentence that says whose the quotation
# before it is; its subject follows the opening words
WORDS_BEFORE = re.compile(r"\s*(?:[”\"][.,]?\s*[—–-]+\s*)?(?:[Tt]his|[Tt]hat|[Tt]hese|[Ss]uch)\s+(?:is|was|are|were)\s+"
                          r"(?:how|what|the\s+words\s+(?:of|with\s+which))\s+(?=\S)")
# "In his words, “...”", "In the words of X: “...”": whose words the quotation after it is (the owner or X)
WORDS_OF = re.compile(r"\s*(?:[Ii]n|[Tt]o\s+use)\s+(?:(?P<owner>his|her|their)\s+(?:own\s+)?words"
                      r"|the\s+words\s+of\s+(?P<who>[^:“”\"]{2,120}?))\s*[,:]\s*$")
# A conjunction that opens a subordinate clause, whose subject, a noun phrase, is the cue's ("they returned after the
# council promised"; not a pronoun: "after they argued with ..." may report nothing). Not event_patterns.SUBORDINATOR,
# which ends any clause at its conjunction, subject or not.
SUBORDINATE_SUBJECT = re.compile(r"\b(?:after|before|until|since|because|when|once|unless|as\s+soon\s+as)\s+"
                          r"(?=(?:the|a|an|its|their|his|her)\s|(?:al-)?[A-Z])")
# A reported question after "asked", "wondered": "asked where the fire engines had been"
QUESTION_WORD = re.compile(r"(?:whether|how|what|why|when|where|who)")
QUESTION = re.compile(r"\s+(?:(?:him|her|them|us)\s+)?(?:whether|how|what|why|when|where)\b(?=\s+[\w“\"])")
# The name a person goes by, in their apposition ("Mohammad al-Ahmad, known as Abu Yazan,", "a woman, who gave
# her name as Umm Ali,"): later references use it
GOES_BY = re.compile(r"\b(?:known|identified(?:\s+only)?|(?:gave|giving)\s+(?:his|her)\s+name|asked\s+to\s+be\s+"
                     r"(?:called|identified(?:\s+only)?))\s+(?:as\s+)?(?P<name>(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?"
                     r"[A-Z][\w’'-]*)*)")
# A given name alone, followed by an age or "who": a person ("Mariam, 19, was married at 15")
AGE_OR_WHO = r",\s+(?:\d{1,3},|who(?:se)?\s)"
GIVEN_NAME_AND_AGE = re.compile(rf"[A-Z][a-z’'-]+(?={AGE_OR_WHO})")
# A name that owns what follows it: "Turkey’s", "The United Nations’"
POSSESSOR = r"(?:[Tt]he\s+)?(?:(?:al-)?[A-Z][\w-]*\s+){0,3}?(?:al-)?[A-Z][\w-]*(?:[’']s|(?<=s)[’'])"


def names_with_quotation(cue, raw: str, end: int) -> bool:
    """A naming verb ("called", "dubbed") reports words only with a short object and a quotation after it
    ("called them “lies”"); not "what the government calls “price manipulation”" (a term), nor "a village called"."""
    return cue.group().lower() not in rules().naming_verbs or \
        re.match(r"\s+(?:[\w’'-]+\s+){1,3}[“\"]", raw[cue.end():end]) is not None


@dataclass
class Statement:
    start: int
    end: int
    text: str
    speaker: str          # an actor id (known or proposed)
    mode: str
    cue: str
    recipient: str | None = None
    date_text: str | None = None
    voice_for: str | None = None  # the body a person speaks for ("X, the head of the union"): their "we"


@dataclass
class Entity:
    """Someone or some body the article has introduced: what later references can point to."""
    actor: str
    name: str
    kind: str             # person | group
    nouns: frozenset      # head nouns it was named or described with ("page", "council")
    position: int = 0     # where the article names it


def past_closing_mark(raw: str, comma: int) -> int:
    """Where words that end at a comma end when a quotation mark follows it ('..., demanding “...,” SANA
    reported'): past the comma and the mark, else at the comma."""
    return comma + 2 if raw[comma + 1] in "”\"" else comma


def ends_with(name: str, short: str) -> bool:
    """A later, shorter name of the same person: its last words, with or without "al-" ("al-Faraj", "Faraj")."""
    def words(text: str) -> list[str]:
        return [re.sub(r"^al-", "", word.lower()) for word in text.split()]
    return len(words(short)) <= len(words(name)) and words(name)[-len(words(short)):] == words(short)


def without_time(phrase: str) -> str:
    """A phrase without the time written after it ("Jordan on Thursday", "the factions in March 2014"): no
    words of a name."""
    for space in re.finditer(r"\s+", phrase):
        if WHEN_ONLY.fullmatch(phrase, space.end()):
            return phrase[:space.start()]
    return phrase


def without_patron(name: str) -> str:
    """A name without the word of patronage before it: "the SDF-affiliated Hawar News Agency" is the agency, "the
    Turkish-backed local council of Marea" the council of that place (coding guide: the name as printed, nothing
    about whose it is); but "the US-led international coalition", "Iran-backed groups" and "the Iran-backed militias
    of the X Forces" (armed formations) have no other name."""
    table = rules()
    named = rf"(?:al-)?[A-Z]|(?:[a-z]+\s+){{0,2}}(?:{alternatives(table.body_nouns - table.formations, False)})" \
            rf"\s+(?:of|in)\s+(?:the\s+)?(?:al-)?[A-Z]"
    return re.sub(rf"(?:^|(?<=\s))[\w’'-]+-(?:{table.patronage})\s+(?=(?:{named}))", "", name)


def settlements_named(raw: str, table) -> set[str]:
    """The names the article gives settlements ("the village of Um Ashba", "the towns of Saraqib, Afes and
    Sarmin"): places wherever they stand alone."""
    name = r"(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*)*"
    # ... a list ends in "and": "the village of Kafr Halab, Ahmad Habbous," is one village and a person after it
    lists = re.finditer(rf"\b(?:{table.settlements})\s+of\s+(?P<names>{name}(?:(?:\s*,\s*{name})*,?\s+and\s+{name})?)",
                        raw)
    return {place for match in lists for place in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group("names"))}


def initial_capital(text: str) -> str:
    """"the local council" -> "The local council": a name that opens with a capital, the rest as written."""
    return text[:1].upper() + text[1:]


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("’", "").replace("'", "")).strip("-")
