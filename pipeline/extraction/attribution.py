"""Who said what: statements found sentence by sentence from the structure of the sentence and
of the discourse, not from an article's phrasings.

The patterns (the words they use are data, in rules.yaml):
- cue first: "X said that ...", "X, a teacher, told Enab Baladi that ...", "X said in a statement,
  published on 9 December, that ...", "..., and said that ...", "..., pointing out that ...";
- quotation first: '“...,” he said.', '“...,” said X, a teacher.', '“...,” X told Enab Baladi.';
- content first: "..., activists reported.", "..., according to X, a local news page.";
- "According to X, ..."; "X quoted Y as saying that ...";
- continuation: a sentence that is only a quotation continues the last quoted speaker;
- accusations ("X accused Y of ...", "blamed Y for ..."), reported questions ("asked where ..."), and
  demands and promises ("demanded that", "called for", "promised to", "..., demanding ...") in the
  article's own voice (inside another's statement they are that statement's content); a participle's
  or a second verb's speaker is the subject of its clause ("Activists launched a campaign, demanding").
Speakers are resolved in the discourse: he/she to the latest person who spoke, a surname to the
latest person of that name, "the council" or "the page" to the latest body so named or so described,
"a spokesman for X" to X; collectives ("residents", "local activists") and bodies are proposed as
actors when the registry does not know them.

Attributor (here, with the state it keeps) inherits its methods from four parts, one concern each:
attribution_statements (a sentence's statements, cue by cue), attribution_cues (one cue's speaker,
content and recipient), attribution_speakers (the speaker a stretch of words names) and
attribution_actors (the discourse's entities, references back, known and proposed actors); the
module-level patterns and name helpers are in attribution_patterns, and imported from here as before.
"""

from pipeline.extraction.attribution_actors import Actors
from pipeline.extraction.attribution_cues import Cues
from pipeline.extraction.attribution_patterns import (
    NAME,
    Entity,
    Statement,
    initial_capital,
    names_with_quotation,
    settlements_named,
    slug,
    without_patron,
)
from pipeline.extraction.attribution_speakers import Speakers
from pipeline.extraction.attribution_statements import Statements
from pipeline.extraction.rules import rules

# The names other modules import from here (extract.py, events.py, evaluate.py).
__all__ = ["Attributor", "Entity", "NAME", "Statement", "initial_capital", "names_with_quotation", "settlements_named",
           "slug", "without_patron"]


class Attributor(Statements, Cues, Speakers, Actors):
    """Finds the statements of an article, sentence by sentence, remembering who has spoken."""

    def __init__(self, raw: str, sentences: list[tuple[int, int]], mentions: list[tuple[int, int, str]],
                 quotations: list, person_ids: set[str], actor_names: dict[str, str]):
        self.raw, self.sentences, self.mentions = raw, sentences, mentions
        self.quotations = quotations
        self.person_ids = person_ids
        self.actor_names = actor_names       # known actor id -> name
        self.rules = rules()
        self.new_actors: dict[str, dict] = {}
        self.entities: list[Entity] = []     # in order of introduction, latest last
        self.resolved: list[tuple[int, int, str]] = []   # every span resolved to an actor
        self.last_speaker: str | None = None
        self.last_person: str | None = None
        self.last_direct: Statement | None = None
        self.sentence_start = self.sentence_end = 0
        self.position = 0                    # where the phrase being resolved starts
        self.introduced: tuple | None = None  # a person introduced since the last statement, and their sex
        self.voiced: set[str] = set()        # bodies that spoke through a person in this sentence
        self.affiliations: dict[str, str | None] = {}  # a person -> the body their description names
        self.sexes: dict[str, str] = {}      # a person -> female | male, when a relation or a pronoun says
        self.documents: dict[str, tuple[int, str]] = {}  # "statement" -> where and who spoke in one last
        self.subject: tuple[str, str] | None = None  # the person the last sentence, without statements, was about
        self.previous_found: list[Statement] = []  # the statements of the sentence before
        self.told: dict[str, str] = {}       # a speaker -> whom they spoke to first (the interviewer)
        self.sentence_found: list[Statement] = []  # the statements found so far in the sentence
        self.second_speaker: str | None = None  # "X and Y said": Y, who says what X says
        self.speaking: Statement | None = None  # the last person who spoke, while no one else has been named
        self.relatives: dict[str, tuple[str, str]] = {}  # an unnamed relative who spoke -> whose relative
        self.roles: dict[str, set[str]] = {}  # a person a sentence was about -> the roles it gave them ("farmer")
        self.role_names: dict[str, str] = {}  # ... and their name
        self.places = settlements_named(raw, self.rules)  # "the village of Um Ashba": Um Ashba is a place
