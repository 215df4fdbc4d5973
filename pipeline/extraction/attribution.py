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
"""
import re

from pipeline.extraction.attribution_patterns import (
    AGE_OR_WHO,
    AND_SUBJECT,
    APPOSITION_AT_END,
    CONTRAST,
    DETERMINERS,
    GIVEN_NAME_AND_AGE,
    GOES_BY,
    LEADING_ADVERBIAL,
    NAME,
    OBJECT_PRONOUNS,
    ORDER,
    PARTICLES,
    POSSESSOR,
    PRONOUNS,
    QUESTION,
    QUESTION_WORD,
    RELATIVE_BEFORE,
    RELATIVE_OBJECT,
    RELATIVE_SUBJECT,
    SENTENCE_END_PUNCTUATION,
    TRAILING_ADVERBIALS,
    TRAILING_APPOSITION,
    TRAILING_CUE_END,
    TRAILING_SPEAKER,
    WHEN_ONLY,
    WORD,
    Entity,
    Statement,
    ends_with,
    initial_capital,
    names_with_quotation,
    settlements_named,
    slug,
    without_patron,
    without_time,
)
from pipeline.extraction.rules import alternatives, rules, well_known
from pipeline.lib.spans import QUOTATION, enclosed_in_quotation_marks

# The names other modules import from here (extract.py, events.py, evaluate.py).
__all__ = ["Attributor", "Entity", "NAME", "Statement", "initial_capital", "names_with_quotation", "settlements_named",
           "slug", "without_patron"]


class Attributor:
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
        self.places = settlements_named(raw, self.rules)  # "the village of Um Ashba": Um Ashba is a place

    # --- actors -------------------------------------------------------------------------------

    def kind_of(self, actor: str) -> str:
        if actor in self.person_ids or self.new_actors.get(actor, {}).get("type") == "person":
            return "person"
        return "group"

    def remember(self, actor: str, name: str, nouns: set[str] = frozenset()) -> None:
        if self.kind_of(actor) == "person":
            self.sex_by_name(actor, name)
        heads = self.head_nouns(name)
        self.entities.append(Entity(actor, name, self.kind_of(actor), frozenset(heads | set(nouns)), self.position))

    def head_nouns(self, name: str) -> set[str]:
        """The body and group nouns of a name's head, before its place or parent: "water department
        in the Deir Ezzor Civil Council" is a department, not a council."""
        head = re.split(r"\s+(?:in|of|for|from|at)\s+", name)[0]
        return {word.lower() for word in re.findall(WORD, head)} & (self.rules.body_nouns | self.rules.collectives)

    def introduce_actor(self, actor: str, name: str, position: int) -> None:
        """A body or group found outside the statements (the subject of an act): "the <noun>" after
        it can refer to it. Entities stay in the order the article names them."""
        heads = self.head_nouns(name)
        index = next((i for i, e in enumerate(self.entities) if e.position > position), len(self.entities))
        self.entities.insert(index, Entity(actor, name, "group", frozenset(heads), position))

    def known_at(self, start: int, end: int) -> str | None:
        inside = [m for m in self.mentions if start <= m[0] and m[1] <= end]
        return max(inside, key=lambda m: m[1] - m[0])[2] if inside else None

    def part_of_longer_name(self, start: int, end: int) -> bool:
        """The longest known mention in raw[start:end] is followed by more capitalized words of the
        same name ("United Nations Office for ..."), or is a state that owns what follows ("Russia’s deputy prime
        minister", not Russia): it names a part of the phrase, not its actor."""
        inside = [m for m in self.mentions if start <= m[0] and m[1] <= end]
        mention = max(inside, key=lambda m: m[1] - m[0])
        owned = self.owned_after(self.raw[mention[0]:mention[1]], self.raw[mention[1]:end])
        return re.match(r"\s+[A-Z][a-z]", self.raw[mention[1]:end]) is not None or owned > 0

    def is_state(self, name: str) -> bool:
        return any(state.fullmatch(name) for _, state in self.rules.states)

    def owned_after(self, owner: str, rest: str) -> int:
        """The length of what follows an owner's name to the end of a phrase (rest, right after the owner) and names
        another party: after a state's possessive, its body or official ("Russia’s deputy prime minister"); after
        any body's name, possessive or not, its officer ("the United Nations’ special envoy for Syria", "the UN
        resident coordinator in Syria", rules.yaml offices); 0 if none ("Enab Baladi’s correspondent" is the
        outlet)."""
        mark = re.search(r"[’']s?$", owner)  # a name may end with its possessive ("The United Nations’")
        if mark:
            return max(0, self.owned_after(owner[:mark.start()], owner[mark.start():] + rest) - len(mark.group()))
        word = r"\s+(?!(?:for|in|to|of|on|from|at)\b)[a-z][\w-]*"  # the office's words end at its preposition
        owned = re.match(rf"(?P<mark>[’'](?:s\b)?)?(?:{word}){{0,3}}(?P<head>{word})"
                         r"(?:\s+(?:for|in|to|of|on|from|at)\s+[^,]*?)?"
                         r"(?=[\s,]*$)", rest)
        office = owned and owned.group("head").strip() in self.rules.offices
        if owned and (office or owned.group("mark") and self.is_state(owner)):
            return owned.end()
        return 0

    def refer_back(self, phrase: str, position: int | None = None) -> str | None:
        """A pronoun, a surname or "the <noun>" resolved to an entity introduced before (position)."""
        lowered = phrase.lower()
        if position is not None:
            kept, self.entities = self.entities, [e for e in self.entities if e.position < position]
            try:
                return self.refer_back(phrase)
            finally:
                self.entities = kept
        if lowered in PRONOUNS:
            return self.pronoun_referent(lowered)
        if self.rules.person_noun.fullmatch(phrase):  # "the 34-year-old said": the person the discourse is about
            return self.introduced[0] if self.introduced else \
                self.adopt_subject(self.position) if self.subject else self.last_person
        words = phrase.split()
        bare = DETERMINERS.sub("", phrase)
        generic = bare.islower() or (bare[:-len(bare.split()[-1])].islower() or len(bare.split()) == 1) and \
            bare.split()[-1].lower() in self.rules.body_nouns | self.rules.collectives | self.rules.generic_bodies
        if re.match(r"(?i)(?:the|his|her|their)\s", phrase) and generic and len(bare.split()) <= 3:  # "his uncle"
            return self.noun_referent(bare)
        described = next((e for e in reversed(self.entities) if e.kind == "group" and e.name == phrase
                          and e.actor not in self.actor_names), None)
        if described:  # "Nour al-Amal" after "Nour al-Amal, an aid organization": that body
            return self.propose_group(described)
        if len(words) <= 3 and all(re.match(r"(?:al-)?[A-Z]", word) for word in words):
            # "Darwish", "al-Faraj", "Haj Ahmad" (of "Nizar Haj Ahmad"), "Abu Yazan" (known as): the person so named
            person = next((e.actor for e in reversed(self.entities) if e.kind == "person"
                           and ends_with(e.name, phrase)), None) or self.person_named_before(phrase)
            if person:
                return person
        if len(words) == 1 and lowered in self.rules.collectives and lowered.endswith("s"):
            # "residents" after "Residents of al-Mayadin": the group named first
            return next((e.actor for e in reversed(self.entities) if e.kind == "group" and lowered in e.nouns
                         and e.actor != slug(phrase)), None)
        if bare[:1].isupper() and len(bare.split()) >= 2:
            # "the Central Committee" after "the Central Committee of Daraa": the body named in full before
            return next((e.actor for e in reversed(self.entities) if e.kind == "group"
                         and (re.match(rf"{re.escape(bare)}\s+(?:of|in|for)\s", e.name, re.I)
                              or re.search(rf"\s{re.escape(bare)}$", e.name))), None)  # ... or the Civil Defense
        return None

    def pronoun_referent(self, lowered: str) -> str | None:
        """refer_back for a pronoun (lowered: "he", "she", "they" or "it"): a person by sex and discourse, a
        group named in the sentence, or the group or body that spoke or was named last."""
        if PRONOUNS[lowered] == "person":
            sex = "female" if lowered == "she" else "male"
            spoken = [s.speaker for s in self.sentence_found if self.kind_of(s.speaker) == "person"
                      and self.sexes.get(s.speaker, sex) == sex]
            if spoken:  # "X called on Y to ..., which he warned could ...": the person who spoke in the sentence
                self.sexes.setdefault(spoken[0], sex)
                return spoken[0]
            subject = self.subject if self.subject and self.sexes.get(self.subject[0], sex) == sex else None
            if self.introduced and self.introduced[1] in {sex, "any"}:
                person = self.introduced[0]
            elif subject and not re.match(r"\w+\s+add", self.raw[self.position:self.position + 20]):
                # "Abu Hussein lost his son. “...,” he said": the person the last sentence was about
                person = self.adopt_subject(self.position)
            elif self.last_person is None or self.sexes.get(self.last_person, sex) == sex:
                person = self.last_person
            else:  # "Her husband, Omar, said ... She added": not the man who spoke last, the person before
                people = [e.actor for e in reversed(self.entities) if e.kind == "person"]
                person = next((p for p in people if self.sexes.get(p) == sex),
                              next((p for p in people if p not in self.sexes), self.last_person))
            if person is not None:
                self.sexes.setdefault(person, sex)
            return person
        if lowered == "they" and self.is_collective(self.raw[self.sentence_start:self.position]):
            kept = self.position  # "Hundreds of teachers ... protest the salaries of X, which they say": the teachers
            try:
                subject = self.clause_subject(self.sentence_start, self.sentence_end)  # (its verb may come after)
            finally:
                self.position = kept
            if subject and self.kind_of(subject) == "group":
                return subject
        spoken = [s.speaker for s in self.sentence_found if self.kind_of(s.speaker) == "group"]
        if lowered == "it" and spoken:  # "X demanded that Y cancel the fee, which it described as": the body
            return spoken[0]            # that spoke in the sentence, not the last one named
        in_sentence = sorted(m for m in self.mentions + self.resolved if self.sentence_start <= m[0]
                             and m[1] <= self.position and self.kind_of(m[2]) == "group")
        if in_sentence:
            return in_sentence[-1][2]
        last = self.last_speaker
        if lowered == "they" and last and self.is_collective(
                self.new_actors.get(last, {}).get("name", self.actor_names.get(last, ""))):
            return last  # "..., activists reported. ..., they said": the group that spoke last
        if lowered == "it" and self.previous_found and last and self.kind_of(last) == "group":
            return last  # "X told Enab Baladi that ... It denied that": the body that spoke, not whom it told
        groups = [e.actor for e in self.entities if e.kind == "group"]
        before = [(s, e) for s, e in self.sentences if e <= self.sentence_start]
        if lowered == "it" and not self.previous_found and before and \
                not self.raw[self.sentence_start:self.position].strip():
            # "The Ministry of Health of the SSG closed two clinics. It said": the body the sentence was about,
            # named first in it, not the last body it names
            groups = [e.actor for e in self.entities if e.kind == "group" and
                      before[-1][0] <= e.position < before[-1][1]][:1] or groups
        return groups[-1] if groups else self.last_speaker

    def noun_referent(self, bare: str) -> str | None:
        """refer_back for "the <noun>", "his <noun>" (bare: without the determiner): the entity so described
        before, the subject by their role, the outlet, or the body that spoke last."""
        head = bare.split()[-1].lower()
        modifiers = [w.lower() for w in bare.split()[:-1]]
        for entity in reversed(self.entities):
            if head in entity.nouns and all(re.search(rf"\b{re.escape(m)}", entity.name, re.I) for m in modifiers):
                # "the camp administration" is not the Autonomous Administration
                return self.propose_group(entity)
        if self.subject and head in self.roles.get(self.subject[0], ()) and not modifiers:
            return self.adopt_subject(self.position)  # "Hassan Khalil, a farmer, lost ... the farmer said"
        if head in self.rules.media_types and not modifiers:  # "the network" after "Idlib Now, a news page"
            outlet = next((e.actor for e in reversed(self.entities) if e.nouns & self.rules.media_types), None)
            if outlet:
                return outlet
        last = self.last_speaker
        name = self.new_actors.get(last, {}).get("name", self.actor_names.get(last, "")) if last else ""
        if head in self.rules.generic_bodies and last and self.kind_of(last) == "group" and \
                (not self.is_collective(name) or name.split()[-1].lower() in self.rules.body_nouns):
            # "According to the Response Coordinators, ... The group called on": the body that spoke;
            # "the Teachers Union" is a body, though teachers are a collective
            return last
        return None

    def propose_group(self, entity: Entity) -> str:
        """A body introduced outside the statements that is now referred to, typed by its name or, when the
        name says nothing ("Nour al-Amal"), by the noun that described it ("an aid organization")."""
        if entity.actor not in self.actor_names and entity.actor not in self.new_actors:
            kind = self.actor_type(entity.name)
            if kind == "person" and entity.nouns:
                kind = self.actor_type(sorted(entity.nouns)[0])
            name = initial_capital(entity.name)
            self.new_actors[entity.actor] = {"id": entity.actor, "name": name, "type": kind}
        return entity.actor

    def adopt_subject(self, position: int) -> str:
        """The person the last sentence was about, who now speaks."""
        return self.propose_person(*self.subject, position)

    def sex_by_name(self, actor: str, name: str) -> None:
        """A person's sex from their given name (rules.yaml given_names: "Rima", "Umm Ali"), unless known already."""
        first = self.rules.title.sub("", name).split()[:1]
        sex = dict(self.rules.given_names).get(first[0]) if first else None
        if sex:
            self.sexes.setdefault(actor, sex)

    def propose_person(self, actor: str, name: str, position: int) -> str:
        """A person named in the text who now speaks: proposed, and in the discourse from position."""
        self.new_actors.setdefault(actor, {"id": actor, "name": name, "type": "person"})
        self.sex_by_name(actor, name)
        self.entities.append(Entity(actor, name, "person", frozenset(), position))
        return actor

    def person_named_before(self, short: str) -> str | None:
        """A surname alone whose person the article named in full before without making them speak or
        introducing them ("Layla Mansour’s brother was detained ... Mansour said", "Omar Darwish and his
        brother run a bakery ... Darwish said"): that person, the latest so named."""
        person = self.named_in_full_before(short)
        return self.propose_person(*person, self.position) if person else None

    def named_in_full_before(self, short: str) -> tuple[str, str] | None:
        """The latest person named in full before self.position whose name ends with short."""
        names = [m for start, end in self.sentences if start < self.position
                 for m in NAME.finditer(self.raw, start, min(end, self.position))]
        return next((p for p in map(self.person_named, reversed(names)) if p and ends_with(p[1], short)), None)

    def resolve(self, start: int, end: int, description: str = "") -> str | None:
        """The actor named by raw[start:end]: a known one, one named before, or a proposed new one."""
        raw = self.raw
        start, end = self.trimmed(start, end)
        phrase = raw[start:end]
        if not phrase or WHEN_ONLY.fullmatch(phrase) or re.fullmatch(rf"(?i:{self.rules.function_words})", phrase) \
                or self.rules.connective.fullmatch(phrase + " "):
            return None  # "On Sunday, dozens of ...": a time is nobody; "..., and has reported": "and" is nobody
        phrase = OBJECT_PRONOUNS.get(phrase.lower(), phrase)  # "quoted him as saying": he
        self.position = start
        voice = self.rules.voice_of.match(phrase)
        if voice:  # "A spokesman for the Russian Reconciliation Center"
            return self.spokesperson(start, voice, end, description)
        authored = re.match(rf"(?:[\w’'-]+\s+){{1,3}}?(?:{self.rules.authored_by})\s+", phrase, re.I)
        if authored:  # "figures published by the Education Committee": the committee
            # ... "by the council on its Facebook page": where it was published names nobody
            where = re.search(r"\s+(?:on|in|via|through)\s+(?:its|their|his|her)\s+.*$", phrase[authored.end():])
            return self.resolve(start + authored.end(), start + authored.end() + where.start() if where else end,
                                description)
        document = re.fullmatch(rf"(?:[Tt]he|[Tt]his|[Tt]hese|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?"
                                rf"(?P<noun>{self.rules.documents})|(?:[A-Za-z]+\s+)?(?:reports|statements)",
                                phrase)  # "the list", "the price list", "local reports"
        if document:  # "according to the list": whoever issued the list, if the article says; a list never speaks
            return self.author_of(document.group("noun"), start) or self.owner_of_document(phrase) \
                if document.group("noun") else None
        issuer = re.match(rf"(?:the\s+|an?\s+)?(?:[a-z]+\s+)?(?:{self.rules.documents}|{self.rules.own_outlets})\s+"
                          rf"(?:of|by|from)\s+(?=\S)", phrase, re.I)
        if issuer:  # "figures of the camp administration", "the Telegram channel of the office": the administration
            return self.resolve(start + issuer.end(), end, description)
        known = self.known_at(start, end)
        if known and self.part_of_longer_name(start, end):
            known = None  # "the United Nations Office for ...": an office of the UN, not the UN
        if known:
            self.note(start, end, known, self.actor_names.get(known, phrase), description)
            return known
        referring = OBJECT_PRONOUNS.get(phrase.lower(), phrase)
        earlier = self.refer_back(referring)
        if earlier:
            self.resolved.append((start, end, earlier))
            entity = next((e for e in reversed(self.entities) if e.actor == earlier), None)
            if entity is not None and referring.lower() not in PRONOUNS:  # named again: the latest so named
                self.entities.append(Entity(entity.actor, entity.name, entity.kind, entity.nouns, start))
            return earlier
        if referring.lower() in PRONOUNS:
            return None  # a pronoun that refers to nobody introduced: no made-up actor
        domain = next((actor for actor, pattern in self.rules.domain_actors if pattern.fullmatch(phrase)), None)
        if domain is not None:  # "the army", "the regime": the registry's actor, as in events (rules.yaml)
            self.note(start, end, domain, self.actor_names.get(domain, phrase), description)
            return domain
        return self.propose_named(start, end, phrase, description)

    def trimmed(self, start: int, end: int) -> tuple[int, int]:
        """The span without the spaces, commas and quotation marks around it, nor a time at its end."""
        raw = self.raw
        while start < end and raw[start] in " ,“”\"‘’":
            start += 1
        while end > start and raw[end - 1] in " ,.“”\"‘’":
            end -= 1
        end = start + len(without_time(raw[start:end]))  # "Jordan on Thursday": Jordan
        return start, end

    def propose_named(self, start: int, end: int, phrase: str, description: str) -> str | None:
        """Resolve's last step: the actor a phrase that names nobody known or named before proposes (its name,
        id and type), or None for a place."""
        name, description, nouns, outlet = self.proposed_name(phrase, description, start)
        actor = slug(name)
        acronym = re.search(r"\(([A-Z]{2,6})\)\s*$", phrase)
        if acronym and name[:1].upper() == acronym.group(1)[0]:
            actor = slug(acronym.group(1))  # "The UN refugee agency (UNHCR)": the id its acronym gives, as in events
        words = {word.lower() for word in re.findall(WORD, name)}
        actor_words = self.rules.body_nouns | self.rules.collectives
        described = {w.lower() for w in re.findall(WORD, description)} & self.rules.body_nouns
        # "doctor at the hospital", "lawyer in Daraa city" are no place
        head = re.split(r"\s+(?:in|of|from|at)\s+" + ("" if name[:1].islower() else "(?=[a-z])"), name)[0]
        place_like = (self.rules.place.search(name) or name in self.places) and not words & actor_words and \
            (head == name or self.rules.place.search(head) or head in self.places)
        if not actor or (place_like and not described):
            return None  # a place ("Kafr Zita", "al-Karama Square") is not a speaker, unless described
            # as a body ("Atmeh Today, a local news page")
        if actor not in self.new_actors:
            kind = self.new_actor_type(name, description, place_like, outlet)
            head = re.split(r"\s+(?:in|of|from|at|for|with|near|on)\s+", name)[0]
            goes_by = GOES_BY.search(description)
            kin = self.kin_sex(head)
            if kin is not None and kind != "person":  # "the father of one of the detainees": one person, unnamed
                kind = "person"
                if kin != "any":
                    self.sexes.setdefault(actor, kin)
            if (re.match(r"(?:[Aa]n?|[Oo]ne)\s+", phrase) or goes_by) and head.split()[-1].islower() and \
                    not outlet and not {w.lower() for w in re.findall(WORD, head)} & actor_words:
                # "a teacher in Idlib", "a member of the union": one person the article does not name, named in
                # its words (coding guide), or by the name they gave ("The young man, who asked to be identified
                # as Mohammad"); "the teacher" is that person again
                kind = "person"
                nouns.add(head.split()[-1].lower())
                if goes_by and goes_by.group("name") not in self.actor_names.values():
                    name = goes_by.group("name")
                    actor = slug(name)
                    if actor in self.new_actors:
                        self.note(start, end, actor, name, description, nouns)
                        return actor
            if not re.match(r"(?:al|el)-", name):  # a name as a coder writes it: "Residents of al-Bab"
                name = initial_capital(name)
            self.new_actors[actor] = {"id": actor, "name": name, "type": kind}
        self.note(start, end, actor, self.new_actors[actor]["name"], description, nouns)
        return actor

    def proposed_name(self, phrase: str, description: str, start: int) -> tuple[str, str, set, bool]:
        """The name a phrase proposes for an actor (without "the", a title, a patron, an outlet's type), its
        description, the nouns it is called by (a title's, an outlet's type) and whether it is an outlet."""
        name, description = self.bare_name(phrase, description)
        name = self.party_of_forces(self.without_them(name, start))
        typed = re.fullmatch(r"(?P<name>.*(?:^|\s)(?:al-)?[A-Z][\w’'-]*)\s+(?P<type>[a-z]+)", name)
        outlet = typed is not None and typed.group("type") in self.rules.media_types
        if outlet:
            name = typed.group("name")  # "al-Watan newspaper": al-Watan, a newspaper
        name = without_patron(name)  # "the SDF-affiliated Hawar News Agency": the agency, not its patron
        untitled, nouns = self.rules.title.sub("", name), {typed.group("type")} if outlet else set()  # "the radio"
        if not {w.lower() for w in re.findall(WORD, untitled)} & (self.rules.body_nouns | self.rules.collectives):
            if untitled != name:  # "the colonel" is then the person introduced as "Colonel X"
                title = name[:len(name) - len(untitled)].split()[-1].strip(".").lower()
                nouns.add(dict(self.rules.title_nouns).get(title, title))  # "Dr." is "the doctor"
            name = untitled  # "Colonel X", "Journalist X"; but "Syrian Activist Network" keeps its words
        if name.isupper():  # "the SNA": the Syrian National Army, as in events (a name in words keeps its spelling)
            name = well_known(name, self.rules) or name
        return name, description, nouns, outlet

    def new_actor_type(self, name: str, description: str, place_like, outlet: bool) -> str:
        """The type of a proposed actor, by its name, or by its description (a place's, an outlet's, a given
        name's)."""
        kind = self.actor_type(name)
        if place_like:  # "Atmeh Today, a local news page": a page, not a person
            kind = self.actor_type(description)
        if outlet:
            kind = "media"
        role = self.role_of(description)
        if role in self.rules.media_types and kind in {"person", "collective"} or \
                role in self.rules.body_nouns and kind == "collective":
            kind = self.actor_type(role)  # "Binnish Today, a local news page": a page, whatever its name
        if kind == "collective" and re.fullmatch(r"(?:(?:Abu|Umm|Um)\s+)?[A-Z][\w’'-]+", name) and (
                re.match(rf"\s*{AGE_OR_WHO}", description) or name in dict(self.rules.given_names)
                or self.role_of(description) not in self.rules.body_nouns | self.rules.media_types | {None}):
            kind = "person"  # "Amina, a mother of three", "Ahmad, 35,", "Hassan, who ...", "Rima": a given name
        return kind

    def bare_name(self, phrase: str, description: str) -> tuple[str, str]:
        """The name a new actor is proposed under, from the phrase that names it: without a determiner, a
        parenthesis, what it is doing, a description before the name (added to description, which is
        returned too) or a count ("Two residents")."""
        name = re.sub(r"\s*\([^()]*\)", "", DETERMINERS.sub("", phrase)).strip()
        name = re.sub(r"^[Oo]ne\s+(?!of\b)(?=[a-z])", "", name)  # "one farmer from Sarmin": a farmer
        # "a driver working on the Aleppo road": the driver; a participle says what they do, not who they are
        name = re.sub(r"^([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)\s+[a-z]{3,}ing\s+(?:with|for|in|at|on|near)\s.*$", r"\1",
                      name)
        # "the official newspaper Tishreen", "the local Horan Free League network": the name, not its description
        described_before = re.match(r"^(?:(?!(?:of|in|for|from|at)\b|al-[A-Z])[a-z][\w’'-]*\s+){1,3}(?=(?:al-)?[A-Z])",
                                    name)
        # ... and "the official Iraqi news agency INA", "the Jordanian agency Petra": what an outlet is, then its name
        described_before = described_before or re.match(
            rf"^(?:(?!(?:of|in|for|from|at)\b)[\w’'-]+\s+){{0,3}}?(?:{alternatives(self.rules.media_types)})\s+"
            rf"(?=(?:al-)?[A-Z])", name)
        if described_before:  # ... which describes it as an apposition would: "the page" is then Idlib Now
            description = f", the {described_before.group().strip()},{description}"
            name = name[described_before.end():]
        name = self.rules.approximately.sub("", name)  # "about 60 relatives": the relatives
        counted = self.rules.count_before.search(name.split(" ", 1)[0] + " ") or \
            re.match(r"(?i)(?:some|several|many|most|few|other)\s", name)
        if counted and len(name.split()) > 1 and name.split()[1].lower() != "of" and \
                self.is_collective(" ".join(name.split()[1:3])):
            # "Two residents", "Several activists", "Two young men", "Two bakery workers": the group
            name = name.split(" ", 1)[1]
        elif counted and len(name.split()) > 2 and name.split()[1].lower() == "of" and \
                name.split()[2].lower() in self.rules.collectives | self.rules.group_modifiers:
            name = name.split(" ", 2)[2]  # "Hundreds of residents of al-Bab": the residents of al-Bab
        return name, description

    def without_them(self, name: str, position: int) -> str:
        """"the father of one of them": of one of the group named before ("Father of one of the young men from
        Kafr Tal"), as a relative is named after whose relative they are (coding guide)."""
        them = re.search(r"\bof\s+(?:one|two|some|each|all|both)\s+of\s+(?P<them>them|the\s+two|the\s+three)$", name)
        group = self.people_before(position) if them else None
        return f"{name[:them.start('them')]}the {group[1]}" if group else name

    def party_of_forces(self, name: str) -> str:
        """"SNA factions", "Asayish members": a party's armed men are the party (as in events: rules.yaml
        forces_nouns); a state's ("Turkish soldiers") stay the article's words."""
        forces = re.fullmatch(rf"(?P<party>(?:al-)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?(?:al-)?[A-Z][\w’'-]*)*)"
                              rf"\s+(?:{self.rules.forces_nouns})", name)
        if forces is None or any(pattern.fullmatch(forces.group("party")) for _, pattern in self.rules.states):
            return name
        return forces.group("party")

    def kin_sex(self, head: str) -> str | None:
        """The sex of a name's head that is one relative or one office-holder ("Father" of "Father of one of the
        detainees", "Mukhtar of Kafr Nasih"): female, male or any; None when the head is neither."""
        word = head.split()[-1].lower() if head.split() else ""
        if word in self.rules.offices:
            return "any"
        return next((sex for sex, nouns in self.rules.relations.items() if sex != "groups" and word in nouns), None)

    def named_place_before(self, place: str) -> bool:
        """'the camp' after 'the Ahl al-Khair camp', 'the town' after 'the town of Sarmada': a place the article
        named, not a vague one ("the area")."""
        noun = re.fullmatch(r"the\s+([a-z]+)", place)
        return noun is not None and re.search(rf"(?:al-)?[A-Z][\w’'-]*\s+{noun.group(1)}\b|\b{noun.group(1)}\s+of\s+"
                                              rf"(?:al-)?[A-Z]", self.raw[:self.position]) is not None

    def spokesperson(self, start: int, voice, end: int, description: str) -> str | None:
        """'A spokesman for X', 'an official in X' (voice, matched at start): a person of their own, named in the
        article's words ("Spokesman for X"), whose body X is their parent (coding guide); 'officials of X' are a
        group of them."""
        body = self.resolve(start + voice.end(), end, " " + voice.group() + description)
        if body is None:
            return None
        self.voiced.add(body)
        name = re.sub(r"\s*\([^()]*\)", "", DETERMINERS.sub("", self.raw[start:end].strip(" ,"))).strip()
        name = initial_capital(name)
        role = re.sub(r"^(?:an?|the)\s+", "", voice.group().strip(), flags=re.I).split()[0].lower()
        actor = slug(name)
        self.new_actors.setdefault(actor, {"id": actor, "name": name,
                                           "type": "collective" if role.endswith("s") else "person"})
        self.affiliations.setdefault(actor, body)
        self.note(start, end, actor, name, "", {role})
        return actor

    def author_of(self, noun: str, position: int) -> str | None:
        """Who issued the document last named by noun before position: "the price list that the
        Ministry of Economy issued", "a report published by X", "X released a statement"."""
        raw, verbs = self.raw[:position], self.rules.authored_verbs
        bodies = alternatives(self.rules.body_nouns, False)
        patterns = [
            rf"\b{noun}\s+(?:that|which)\s+(?P<x>(?:the\s+)?[A-Z][^,.;“”]*?|the\s+(?:[a-z]+\s+)?(?:{bodies}))"
            rf"\s+(?:had\s+|has\s+)?(?:{verbs})\b",  # ... "the ruling, which the court issued"
            rf"\b{noun}\s+(?:{verbs})\s+by\s+(?P<x>[^,.;“”]+?)(?=\s*[,.;]|\s+(?:on|in|last)\b)",
            rf"(?P<x>(?:[Tt]he +)?[A-Z][\w’'-]*(?: +[\w’'-]+){{0,6}}?)\s+(?:{verbs})\s+(?:(?:a|an|its|the|their)\s+)?"
            rf"(?:[\w’'-]+\s+){{0,2}}?{noun}\b",
        ]
        found = [m for pattern in patterns for m in re.finditer(pattern, raw)]
        said_in = self.documents.get(noun.lower())  # "X said in a statement ..."
        if said_in and (not found or said_in[0] > max(m.start() for m in found)):
            return said_in[1]
        if not found:
            return None
        latest = max(found, key=lambda m: m.start())
        kept = self.position
        try:
            return self.noun_phrase(latest.start("x"), latest.end("x"))
        finally:
            self.position = kept

    def owner_of_document(self, phrase: str) -> str | None:
        """A document no sentence says who issued: "Its report" is the body "it" is ("The X Monitor recorded 37
        strikes. Its report warned"); "the statement" right after a body spoke is that body's."""
        owner = re.match(r"(?P<owner>[Ii]ts|[Tt]heir)\s", phrase)
        if owner:
            return self.pronoun_referent("it" if owner.group("owner").lower() == "its" else "they")
        last = self.last_speaker
        if re.match(r"[Tt]he\s", phrase) and self.previous_found and last and self.kind_of(last) == "group":
            return last
        return None

    def note(self, start: int, end: int, actor: str, name: str, description: str,
             named: set[str] = frozenset()) -> None:
        """A resolved span; named: nouns the name itself gives ("colonel", "teacher") to refer back with."""
        self.resolved.append((start, end, actor))
        nouns = {w.lower() for w in re.findall(WORD, description)} & (self.rules.body_nouns | self.rules.collectives)
        if self.kind_of(actor) == "person":  # "X, the head of the association": X is not the association
            # ... but "the head" ("Samer Khalil, an activist from the town ... the activist added")
            role = self.role_of(description)
            nouns = ({role} if role else set()) | set(named)
            if role and self.kin_sex(role) in {"female", "male"}:  # "X, the wife of Y,": a woman
                self.sexes.setdefault(actor, self.kin_sex(role))
            if actor not in self.affiliations and {w.lower() for w in re.findall(WORD, description)} \
                    & self.rules.body_nouns:  # ... but speaks for it
                self.affiliations[actor] = self.body_in(description, start)
        elif self.role_of(description):  # "an official in the directorate, who ... the official said": the
            # directorate (the voice comes first in the description)
            nouns.add(self.role_of(description))  # "SNHR, a UK-based monitor ... the monitor said"
        else:
            nouns |= set(named)  # "an activist in Tafas" (the activists): "the activist" is that voice again
        self.remember(actor, name, nouns)
        goes_by = GOES_BY.search(description)
        if goes_by and self.kind_of(actor) == "person":  # "..., known as Abu Yazan,": "Abu Yazan said" is them
            self.remember(actor, goes_by.group("name"), nouns)

    @staticmethod
    def role_of(description: str) -> str | None:
        """The head noun of an apposition: ", an activist from the town," -> activist; ", a local news
        page," -> page; ", the head of the union," -> head."""
        role = re.match(r"\s*,?[”\"]?\s*(?:\d{1,3},\s*)?"  # past an age (", 35, a nurse") or a quoted name's end
                        r"(?:[Aa]n?|[Tt]he|[Oo]ne of the)\s+(?:[\w’'-]+\s+){0,2}?(?P<role>[a-z][\w’'-]*)"
                        r"(?=\s+(?:of|in|from|at|for|with|who|whose|which|and|to|that|followed|based|run|led|"
                        r"close|affiliated|working)\b|\s*,|\s*$)", description)  # "a page followed by ..."
        return role.group("role").lower() if role else None

    def body_in(self, description: str, near: int) -> str | None:
        """The body a person's description names: "the director of the water department in the Deir
        Ezzor Civil Council" (the last name), "the head of the union" (the union named before)."""
        text = description.strip(" ,")
        start = self.raw.find(text, max(0, near - 400)) if text else -1
        if start == -1:
            return None
        end, kept = start + len(text), self.position
        try:
            names = self.names_in(start, end)
            if names:
                return self.resolve(*names[-1])
            nouns = alternatives(self.rules.body_nouns, False)
            phrase = re.search(rf"\b(?:the|its)\s+(?:[a-z]+\s+)?(?:{nouns})\b", text)
            return self.refer_back(phrase.group(), near) if phrase else None
        finally:
            self.position = kept

    def is_collective(self, phrase: str) -> bool:
        """A group's noun in the first words of phrase: "residents", or a noun that names a group only so modified
        ("young men", "opposition factions")."""
        words = [w.lower() for w in re.findall(WORD, phrase)][:3]
        return any(word in self.rules.collectives for word in words) or \
            any(a in self.rules.group_modifiers and b in self.rules.modified_groups for a, b in zip(words, words[1:]))

    def actor_type(self, name: str) -> str:
        for kind, pattern in self.rules.actor_types:
            if pattern.search(name):
                return kind
        if self.is_collective(name):
            return "collective"
        words = name.split()
        if {w.lower() for w in re.findall(WORD, name)} & self.rules.body_nouns:
            return "committee"  # a body the types do not name further is no person ("Free Lawyers Union")
        proper = all(w[:1].isupper() for w in words if w.lower() not in PARTICLES and not w.startswith("al-"))
        return "person" if proper and 2 <= len(words) <= 4 else "collective"

    # --- finding speakers ---------------------------------------------------------------------

    def inside_quotation(self, position: int) -> bool:
        return any(q.start < position < q.end for q in self.quotations)

    def names_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans that can name a speaker in raw[start:end]: known mentions, names, quoted names."""
        spans = [(s, e) for s, e, _ in self.mentions if start <= s and e <= end]
        spans += [(m.start() + self.after_owner(m.group()), m.end()) for m in NAME.finditer(self.raw, start, end)
                  if (not self.inside_quotation(m.start()) or self.quoted_name_at(m.start()))
                  and not re.fullmatch(r"An?\s+\S+", m.group())  # "A Turkish official": no name takes "a"
                  and not re.search(rf"-(?:{self.rules.patronage})$", m.group())]  # "the Turkish-led operation room"
        spans += [(q.start, q.end) for q in self.quotations if q.kind == "name" and start <= q.start and q.end <= end]
        # "the Jordanian agency Petra", "the official news agency INA": the outlet's name after what it is
        spans += [m.span("name") for m in self.outlet_named().finditer(self.raw, start, end)]
        spans = [span for span in set(spans)
                 if not any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in spans)]
        return sorted(spans)

    def outlet_named(self) -> re.Pattern:
        """What an outlet is ("agency", "newspaper") and its proper name right after it."""
        return re.compile(rf"\b(?:{alternatives(self.rules.media_types)})\s+"
                          rf"(?P<name>(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*)*)")

    def after_owner(self, name: str) -> int:
        """Where a name starts past its owner's possessive: "The Islamic State’s Amaq" is Amaq, of the Islamic
        State (a parent is no part of a name, coding guide); but a group's noun ("the Fishermen’s Association") and
        a state ("Iran’s Foreign Ministry") are words of the name, as coders print it."""
        owner = [m for m in re.finditer(r"(?P<owner>[\w-]+)[’']s\s+(?=(?:al-)?[A-Z])", name)
                 if not self.owner_in_name(m.group("owner"))]
        return owner[-1].end() if owner else 0

    def owner_in_name(self, word: str) -> bool:
        """A possessive's word that belongs to the name after it: a group's noun or a state's name."""
        lowered = word.lower()
        return lowered in self.rules.collectives or lowered.endswith("men") or lowered == "people" or \
            any(pattern.fullmatch(word) for _, pattern in self.rules.states)

    def quoted_name_at(self, position: int) -> bool:
        return any(q.kind == "name" and q.start < position < q.end for q in self.quotations)

    def noun_phrase(self, start: int, end: int) -> str | None:
        """The speaker named by a stretch of words (a subject, or the words between a quotation and
        its cue), without appositions."""
        raw = self.raw
        connective = self.rules.connective.match(raw, start, end)
        if connective:  # "But he warned": he
            start = connective.end()
        lead = LEADING_ADVERBIAL.match(raw, start, end)
        if lead and raw[lead.end():end].strip():  # "On Sunday, the Asayish said": the Asayish
            start = lead.end()
        text = raw[start:end]
        description = ""
        # Appositions and parentheticals without a name ("The council, for its part, said") come off, stacked too
        # ("Ahmad, 35, a nurse at the hospital, said", "X, a nurse at Y Hospital, which ..., said"): the comma
        # before the one taken off closes the one before it
        probe = text
        while apposition := APPOSITION_AT_END.search(probe) or re.search(r",\s+[^,A-Z“”\"]{1,30},\s*$", probe):
            description = probe[apposition.start():].rstrip(" ,") + ", " + description.lstrip(", ")
            end = start + apposition.start()
            text = raw[start:end]
            probe = text + ","
        owner = re.fullmatch(rf"\s*(?P<owner>\S.*?)[’']s?\s+(?:[a-z]+\s+)?(?:{self.rules.statement_nouns}|"
                             rf"{self.rules.documents})\s*", text)
        if owner:  # "The council’s statement said", "The council’s statement, published on Monday, said": the council
            return self.noun_phrase(start + owner.start("owner"), start + owner.end("owner"))
        outlet_of = re.match(rf"\s*(?:[Tt]he\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:{self.rules.own_outlets})\s+of\s+"
                             rf"(?=(?:the\s+)?(?:al-)?[A-Z])", text)
        if outlet_of:  # "The official Facebook page of the directorate said": the directorate
            return self.noun_phrase(start + outlet_of.end(), end)
        modifier = self.rules.subject_modifier.search(text)
        if modifier:  # "Economists interviewed by Enab Baladi": the economists
            end = start + modifier.start()
            text = raw[start:end]
        leading_space = len(text) - len(text.lstrip())
        voice = self.rules.voice_of.match(text.lstrip())
        if voice and re.search(r",\s+(?:al-)?[A-Z]", text[leading_space + voice.end():]):
            voice = None  # "a commander of the SNA, Abu Hatem al-Shami": the person named speaks
        if voice:  # "an official in the governorate of al-Hasakah"
            return self.spokesperson(start + leading_space, voice, end, description)
        relative = RELATIVE_BEFORE.search(text)
        if relative:  # "X, which warned": X; "issued a statement which warned": the statement's author
            return self.subject_before_relative(start, text, relative)
        return self.noun_phrase_rest(start, end, text, description)

    def noun_phrase_rest(self, start: int, end: int, text: str, description: str) -> str | None:
        """Noun_phrase's second step (text is raw[start:end], its appositions off): a restrictive clause,
        a pronoun, a relative by name, "one of them", a member of a crowd."""
        raw = self.raw
        restrictive = re.match(r"\s*(?:[Aa]n?|[Oo]ne|[Tt]he)\s+[a-z][^,“”\"]*?(?=\s+who(?:se)?\s+[^,“”\"]+$)", text)
        if restrictive:  # "an activist who asked not to be named": the activist; the clause says who, not a name
            description = text[restrictive.end():].strip() + description
            end = start + restrictive.end()
            text = raw[start:end]
        adverbs = re.search(r"(?:\s+(?:also|has|have|had|further|later|then|previously|repeatedly|again))+\s*$", text)
        if adverbs:
            end = start + adverbs.start()
            text = raw[start:end]
        stripped = text.strip(" ,")
        if not stripped:
            return None
        word = stripped.split()[-1]
        if len(stripped.split()) == 1 and word.lower() in PRONOUNS:
            offset = start + text.rfind(word)
            return self.resolve(offset, offset + len(word))
        relation = self.relation_pattern().fullmatch(text.strip() + ("" if text.strip().endswith(",") else ","))
        if relation:  # "Her husband, Omar, said": Omar, with the family name of the person before
            actor, _ = self.relative(relation)  # ... whom "his brother" then refers to
            self.note(start + relation.start("name"), start + relation.end("name"), actor,
                      self.new_actors[actor]["name"], "", {relation.group("relation")})
            return actor
        part = re.fullmatch(rf"\s*(?i:one|some|many|several|most|two|three|dozens|hundreds)\s+of\s+(?:the\s+|these\s+|"
                            rf"those\s+)?(?P<noun>{WORD})\s*", text)
        if part and part.group("noun").lower() == "them":  # "one of them said": the group "they" is
            self.position = start + part.start("noun")
            actor = self.refer_back("they")
            if actor is not None:
                self.resolved.append((start + part.start("noun"), start + part.end("noun"), actor))
            return actor
        if part and (part.group("noun").lower() in self.rules.collectives
                     or re.fullmatch(r"[a-z]+s", part.group("noun"))):
            # "one of the teachers", "one of the organizers": the group
            return self.resolve(start + part.start("noun"), start + part.end("noun"), description)
        member = re.match(rf"\s*(?:[Aa]n?|[Oo]ne)\s+(?P<noun>{WORD})"
                          rf"(?:\s+(?P<prep>in|from|at|of)\s+(?P<place>[^,]*)|\s*$)", text)
        of_group = member and any(e.kind == "group" and member.group("noun").lower() + "s" in e.nouns
                                  for e in self.entities)  # "One trader said" after "Traders in the market"
        if member and (member.group("noun").lower() in self.rules.collectives or of_group) and \
                (member.group("prep") in {None, "in", "from", "at"}
                 or self.rules.place.search(member.group("place").strip())
                 or (re.match(r"(?:al-)?[A-Z]", member.group("place")) and member.group("noun").lower()
                     not in {noun for nouns in self.rules.relations.values() for noun in nouns})):
            # ... "a resident of Binnish" too, but "a relative of Issa" is one person
            # "a protester in al-Karama Square": one voice of a crowd; the crowd is the speaker
            noun = member.group("noun").lower()
            plural = noun if noun.endswith("s") else noun + "s"
            collective = next((e.actor for e in reversed(self.entities) if plural in e.nouns), None)
            actor = collective or slug(plural)
            self.new_actors.setdefault(actor, {"id": actor, "name": plural.capitalize(), "type": "collective"})
            self.note(start + member.start("noun"), start + member.end("noun"), actor, plural.capitalize(), "",
                      {noun})
            self.voiced.add(actor)  # "A resident said ... He added": the resident, who speaks for them, is "he"
            return actor
        return self.noun_phrase_named(start, end, text, description)

    def noun_phrase_named(self, start: int, end: int, text: str, description: str) -> str | None:
        """Noun_phrase's last step: a clause's subject ("in which it said"), a name after its role, a relative
        or an office of someone named, the speaker named, or a description after commas."""
        raw = self.raw
        object_relative = re.search(r"\b(?:which|that|whom|what)\s+(?P<who>he|she|they|it|we)\s*$", text)
        document = re.search(rf"\b(?:{self.rules.documents})\b[^,;“”\"]*,?\s+in\s+which\s+(?:it|they)\s*$", text)
        if document:  # "X issued a statement on Monday, in which it said": X, the subject of the clause
            issuer = self.clause_subject(start, start + document.start())
            if issuer:
                return issuer
        if object_relative:  # "the salaries of X, which they say ...": they
            return self.resolve(start + object_relative.start("who"), start + object_relative.end("who"))
        after_role = re.fullmatch(r"\s*(?P<role>(?:[Tt]he|[Aa]n?)\s+[a-z][^,“”\"]{1,80}),\s+"
                                  r"(?P<name>(?:al-)?[A-Z][\w’'-]*),?\s*", text)
        if after_role:  # "The official news agency, SANA, said": a one-word name after the role, which describes it
            return self.resolve(start + after_role.start("name"), start + after_role.end("name"),
                                f", {after_role.group('role')},{description}")
        inserted = [(m.start(), m.end()) for m in re.finditer(
            r",\s+(?:a|an|the|which|who|whose|one of|known as|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|in|for|at))"
            r"\s+[^,]*,[”\"]?", raw[start:end])]  # ... 'under the name “Back to School,”': the quoted name too
        names = [n for n in self.names_in(start, end)
                 if not any(start + s <= n[0] and n[1] <= start + e for s, e in inserted)]
        offset = len(text) - len(text.lstrip())
        relative = self.relative_speaker(start + offset, start + len(text.rstrip(" ,"))) if names else None
        if relative:  # "Nour Hammoud’s brother", "the family of Hassan Jumaa": not the person named
            return relative
        office = re.fullmatch(rf"\s*(?:{POSSESSOR}|[Tt]he)\s+(?:{WORD}\s+){{0,3}}?(?P<noun>[a-z]+)"
                              rf"(?:\s+(?:in|of|for|at|to|on)\s+[^,“”\"]*)?\s*", text)
        if names and office and office.group("noun") in self.rules.offices:
            # "The UN resident coordinator in Syria", "Turkey’s interior minister": one person, not the body named
            return self.resolve(start, end, description)
        if names:
            return self.named_speaker(start, end, names, description)
        return self.phrase_after_commas(start, text, description)

    def subject_before_relative(self, start: int, text: str, relative) -> str | None:
        """The speaker before a relative clause (text at start, relative its "which"/"who" in text): "X, which
        warned": X; "issued a statement which warned": the statement's author."""
        before = text[:relative.start()].rstrip(" ,")
        owner = re.search(rf"[’']s\s+(?:{self.rules.statement_nouns})$", before)
        if owner:  # "The party’s statement, which warned": the party
            return self.noun_phrase(start, start + owner.start())
        source = re.search(r"\baccording to\s+(?P<x>[^,]+)(?P<apposition>,\s+(?:a|an|the)\s+[^,]+)?$", before)
        if source:  # "..., according to Tafas al-Aan, a local news page, which said": the source
            holder = (start + source.start("x"), start + source.end("x"))
            return self.resolve(*holder, source.group("apposition") or "")
        issuer = self.issuer_of_document_before(start, before) if relative.group().startswith("which") else None
        if issuer:  # "X attributed the cuts to ..., in a statement on its page, which said": X
            return issuer
        nouns = alternatives(self.rules.body_nouns | self.rules.media_types, False)
        last = re.search(rf"\s(?:its|their|his|her|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?i:{nouns})"
                         rf"(?:\s+\([A-Z]{{2,6}}\))?$", before)  # ... "the UN refugee agency (UNHCR), which"
        if last and relative.group().startswith("which"):
            # "X claimed the attack through its Amaq agency, which said": the body right before "which"
            return self.resolve(start + last.start() + 1, start + last.end())
        if re.search(rf"\b(?:{self.rules.statement_nouns})(?:\s+(?:on|in|at)\s+[^,]*)?$", before):
            verb = re.search(r"\b(?:issued|published|released|sent)\b", before)
            end = start + (verb.start() if verb else len(before))  # "The statement, which": the statement
        else:
            end = start + len(before)  # without the comma: "X, which": X is the whole phrase
        return self.typed_name_at_end(start, end) or self.noun_phrase(start, end) or self.name_at_end(start, end)

    def issuer_of_document_before(self, start: int, before: str) -> str | None:
        """The subject of a clause (before, at start) that ends in the document it was said in, after a comma: "The
        directorate attributed the cuts to ..., in a statement on its Facebook page on 2 May" (then ", which said")."""
        held = re.search(rf",\s+(?:in|through|via)\s+(?:a|an|its|their)\s+(?:[\w’'-]+\s+){{0,2}}?"
                         rf"(?:{self.rules.documents})\b[^,]*$", before)
        return self.clause_subject(start, start + held.start()) if held else None

    def typed_name_at_end(self, start: int, end: int) -> str | None:
        """A name and the noun of what it is, owned, at the end of raw[start:end]: "through its Amaq agency"."""
        typed = re.search(r"\b(?:its|their|his|her|the)\s+((?:al-)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
                          r"\s+(?P<noun>[a-z]+))\s*$", self.raw[start:end])
        if typed and typed.group("noun") in self.rules.media_types | self.rules.body_nouns:
            return self.resolve(start + typed.start(1), end)
        return None

    def name_at_end(self, start: int, end: int) -> str | None:
        """The name that ends raw[start:end], when the words before it make no speaker: "Lebanon hosts refugees
        registered with the UN refugee agency (UNHCR), which says": the agency, the antecedent of "which"."""
        acronym = re.search(r"\b[Tt]he\s+[^,;()]{1,60}\([A-Z]{2,6}\)\s*$", self.raw[start:end])
        if acronym:  # "the UN refugee agency (UNHCR)": the body its acronym names
            return self.resolve(start + acronym.start(), end)
        names = [n for n in self.names_in(start, end) if not self.raw[n[1]:end].strip(" ,")]
        return self.named_speaker(names[-1][0], end, names[-1:], "") if names else None

    def named_speaker(self, start: int, end: int, names: list[tuple[int, int]], description: str) -> str | None:
        """The speaker named by the last name of raw[start:end] (names: the names in it, past insertions),
        joined to the names before it that it belongs to, with a title or a role before it."""
        raw = self.raw
        name_start, name_end = names[-1]
        nouns = alternatives(self.rules.body_nouns, False)
        owner = names[-2] if len(names) > 1 else None
        possessive = re.search(r"[’']s?$", raw[owner[0]:owner[1]]) if owner else None
        if possessive and re.fullmatch(rf"\s+(?:[a-z]+\s+)?(?:{nouns})\s+(?:at|in|of)\s+(?:the\s+)?",
                                       raw[owner[1]:name_start]):
            # "The Union of Students’ branch at al-Baath University said": the union speaks (through its branch)
            return self.resolve(owner[0], owner[0] + possessive.start(), description)
        # "The Ministry of Economy in the Salvation Government": the head, with its place
        # "the Internal Security Forces (Asayish) of the Autonomous Administration": the same, past an acronym
        for previous in reversed(names[:-1]):
            # ... and "the Military Police of the Turkish-backed Syrian National Army", past its patron
            joined = re.fullmatch(rf"(?:\s*\([^()]*\))?\s+(?:in|of|for|at|from)\s+(?:the\s+)?"
                                  rf"(?:[\w’'-]+-(?:{self.rules.patronage})\s+)?", raw[previous[1]:name_start])
            joined = joined or self.goes_on_past_and(raw[previous[0]:previous[1]], raw[previous[1]:name_start])
            person = NAME.fullmatch(raw, *previous) if joined else None
            if person and self.person_named(person):
                # "Colonel Hassan Abboud of the Fourth Division": the person, of that body
                return self.resolve(*previous, ", " + raw[previous[1]:end].strip() + description)
            if joined:
                name_start = previous[0]
            else:
                break
        name_start, name_end = self.whole_name(start, name_start, name_end, end)
        media = re.match(rf"\s+({alternatives(self.rules.media_types, False)})\b", raw[name_end:end])
        if media:  # "the Sham FM radio": Sham FM, which "the radio" is later
            description = f", the {media.group(1)},{description}"
        name_end += self.owned_after(raw[name_start:name_end], raw[name_end:end])  # "Russia’s deputy prime minister"
        abbreviated = re.search(r"[A-Z][a-z]{0,3}\.\s+$", raw[start:name_start])
        if abbreviated and self.rules.title.match(raw[start + abbreviated.start():name_end]):
            name_start = start + abbreviated.start()  # "Dr. Salim Namour": the title's full stop ends no name
        leading = raw[start:name_start].strip() + " "
        if self.rules.voice_of.match(leading):
            description += " " + leading
        elif re.fullmatch(r"(?:[Tt]he|[Aa]n?)\s+[^,]{1,80},\s+", leading):
            description = ", " + leading + description  # "The governor of Daraa, Adnan Haddad": his role
        elif re.fullmatch(r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){1,3}", leading) and not media and \
                not re.search(r"\b(?:of|in|for|from|at)\s+$", leading):
            name_start = start + raw[start:name_start].index(leading.split()[0])  # "the local page Idlib Now"
        elif self.outlet_named().search(leading + raw[name_start:name_end]):
            description = ", " + leading + description  # "the Jordanian agency Petra": Petra, an agency
        return self.resolve(name_start, name_end, description)

    def before_comma(self, position: int, end: int) -> int:
        """Where a name's words after position end at the latest: at a comma ("the Bab al-Nour border crossing,
        north of Harem, stopped ... it": a name has no comma), else at end."""
        comma = self.raw.find(",", position, end)
        return comma + 1 if comma >= 0 else end

    def goes_on_past_and(self, name: str, gap: str) -> bool:
        """"The Ministry of Oil and Mineral Resources", "the Directorate of Roads and Bridges of Hama": a
        body's name goes on past "and" (gap) after its "of" or "for"."""
        return bool(re.fullmatch(r"\s+and\s+", gap) and re.search(r"\s(?:of|for)\s", name)
                    and self.head_nouns(name) & self.rules.body_nouns)

    def count_length(self, text: str) -> int:
        """The length of the count that opens text ("Dozens of ", "27 ", "Hundreds of "), 0 if none."""
        count = re.match(r"\s*\S+\s+(?:of\s+)?", text)
        found = self.rules.count_before.search(count.group()) if count else None
        return count.end() if found and not count.group()[:found.start()].strip() else 0

    def phrase_after_commas(self, start: int, text: str, description: str) -> str | None:
        """A speaker with no name, in text (at start): the phrase after its last comma ("In parallel with
        ..., pro-regime sources"), past a relative or a connective, if it can name a speaker."""
        last_part = max((m.end() for m in re.finditer(r",\s", text) if not self.inside_quotation(start + m.start())),
                        default=0)  # "In parallel with ..., pro-regime sources": the subject after the comma
        # "..., which residents say they cannot afford": the residents
        # "in what the page described as": the page; "..., when it issued a circular which warned": it
        last_part += len(re.match(r"\s*(?:(?:(?:in\s+)?(?:which|that|whom|what)|according to"
                                  r"|when|where|after|because|since|until)\s+(?=\w))?", text[last_part:]).group())
        connective = self.rules.connective.match(text, last_part)  # "..., but residents said"
        last_part = connective.end() if connective else last_part
        phrase = re.match(rf"\s*((?:[Tt]he\s+|[Aa]n?\s+)?(?:{WORD}\s+){{0,8}}{WORD})\s*$", text[last_part:])
        if phrase:
            words = phrase.group(1).split()
            actor = self.relative_speaker(start + last_part + phrase.start(1), start + last_part + phrase.end(1))
            if actor:
                return actor
            uncounted = phrase.group(1)[self.count_length(phrase.group(1)):]  # "Hundreds of displaced people"
            if len(words) == 1 or self.is_collective(uncounted) or words[0].lower() in {"the", "a", "an", "one"} \
                    or self.head_nouns(phrase.group(1)) \
                    or (words[0][:1].isupper() and len(words) <= 4):
                return self.resolve(start + last_part + phrase.start(1), start + last_part + phrase.end(1),
                                    description)
        return None

    def relative_speaker(self, start: int, end: int) -> str | None:
        """'his neighbour' in raw[start:end]: an unnamed relative of the person before, named by the relation;
        'two of his colleagues', 'his relatives': the group of them ("Colleagues of X")."""
        phrase = re.fullmatch(r"(?i:(?:one|two|three|some|several|many|most|all)\s+of\s+)?([Hh]is|[Hh]er|[Tt]heir|"
                              r"(?:al-)?[A-Z][\w-]*(?:\s+(?:al-)?[A-Z][\w-]*)*[’']s)\s+([a-z]+)",
                              self.raw[start:end].strip())  # ... or "Mahmoud’s father"
        of_them = re.fullmatch(r"(?:[Tt]he|[Aa])\s+([a-z]+)\s+of\s+one\s+of\s+them", self.raw[start:end].strip())
        if of_them:  # "the father of one of them": of one of the group named last ("Father of one of the young men")
            return self.relative_of_one(of_them.group(1), start, end)
        # "the family of Hassan Jumaa": the same relation, its owner after "of"
        of = re.fullmatch(r"[Tt]he\s+([a-z]+)\s+of\s+((?:al-)?[A-Z][\w-]*(?:\s+(?:al-)?[A-Z][\w-]*)*)",
                          self.raw[start:end].strip())
        if of:
            phrase = re.fullmatch(r"(.+)\s+(\S+)", f"{of.group(2)}’s {of.group(1)}")
        relations = {noun: sex for sex, nouns in self.rules.relations.items() for noun in nouns}
        relation = phrase.group(2) if phrase else ""
        singular = re.sub(r"ies$", "y", relation) if relation.endswith("ies") else relation[:-1]  # "families"
        plural = relation.endswith("s") and singular in relations
        if (singular if plural else relation) not in relations:
            return None
        introduced = next((e.actor for e in reversed(self.entities) if relation in e.nouns), None)
        if introduced is not None:  # someone introduced in that role ("his brother, Yasser Haddad, ... his brother")
            self.resolved.append((start, end, introduced))
            return introduced
        sex = {"his": "male", "her": "female"}.get(phrase.group(1).lower())
        people = [(e.actor, e.name) for e in reversed(self.entities) if e.kind == "person"]
        possessor = re.sub(r"[’']s$", "", phrase.group(1)) if phrase.group(1)[:1].isupper() and \
            phrase.group(1).lower() not in {"his", "her", "their"} else None
        # "X was arrested at the checkpoint, his sister said": the person named before in the sentence;
        # "Omar Ali, a baker, was arrested. His wife said": the person the sentence was about
        people = [self.person_in_sentence(start), self.subject, *people, self.person_in_sentence(start, 0)]
        # "his mother" after "his brother said": the mother of the person the family is about
        people = [self.relatives.get(p[0], p) if p else None for p in people]
        # "his" is not the wife who spoke last
        owner = next((p for p in people if p and self.sexes.get(p[0], sex) == sex), None)
        if possessor:  # "Mahmoud’s father": of the Mahmoud named before (by a given name or a surname), else of him
            owner = next((p for p in people if p and self.names_same(p[1], possessor)), (slug(possessor), possessor))
        # "Two young men ... were wounded, their uncle said": the young men's uncle (the group named last)
        owners = self.people_before(start) if phrase.group(1).lower() == "their" else None
        owner = owners or owner
        if owner is None:
            return None
        group = plural or relations[relation] == "groups"
        actor = self.relative_of(relation, *owner, kind="collective" if group else "person", common=bool(owners))
        self.relatives[actor] = owner
        if not group and relations[relation] != "any":
            self.sexes.setdefault(actor, relations[relation])
        self.note(start, end, actor, self.new_actors[actor]["name"], "")
        return actor

    def relative_of_one(self, relation: str, start: int, end: int) -> str | None:
        """'the father of one of them': one person, named by the relation to one of the group "them" is."""
        sex = next((sex for sex, nouns in self.rules.relations.items() if relation in nouns), None)
        group = self.people_before(start)
        if sex in {None, "groups"} or group is None:
            return None
        name = f"{relation.capitalize()} of one of the {group[1]}"
        actor = slug(name)
        self.new_actors.setdefault(actor, {"id": actor, "name": name, "type": "person"})
        if sex != "any":
            self.sexes.setdefault(actor, sex)
        self.note(start, end, actor, name, "", {relation})
        return actor

    def people_before(self, position: int) -> tuple[str, str] | None:
        """The last group of people ("two young men from Tafas", "the detained students") named in the sentence
        before position or the one before it, outside quotations, as the article calls them: "young men from
        Tafas", the owner that "their" refers to."""
        def plural(noun: str) -> str:
            return noun if noun.endswith(("s", "men")) or noun == "children" else \
                "children" if noun == "child" else re.sub(r"man$", "men", noun) if noun.endswith("man") else noun + "s"
        nouns = alternatives({plural(n) for n in self.rules.persons | self.rules.collectives}, False)
        before = [s for s, e in self.sentences if s < self.sentence_start][-1:] or [self.sentence_start]
        found = [m for m in re.finditer(
            rf"\b(?i:the|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)\s+(?P<np>(?:[a-z][\w’'-]*\s+){{0,2}}?"
            rf"(?:{nouns})(?:\s+(?:from|of|in)\s+(?:the\s+(?:{self.rules.settlements})\s+of\s+)?(?:al-)?[A-Z][\w’'-]*"
            rf"(?:\s+(?:al-)?[A-Z][\w’'-]*)*)?)\b",
            self.raw[:position]) if m.start() >= before[0] and not self.inside_quotation(m.start())]
        # "young men from the village of X": from X, as the group is named
        np = re.sub(rf"\s+the\s+(?:{self.rules.settlements})\s+of\s+", " ", found[-1].group("np")) if found else ""
        return (slug(np), np) if found else None

    @staticmethod

    def names_same(name: str, short: str) -> bool:
        """'Mahmoud' or 'Ibrahim' is a shorter name of Mahmoud Ibrahim: his first or last words."""
        words, part = name.lower().split(), short.lower().split()
        return ends_with(name, short) or words[:len(part)] == part

    def person_in_sentence(self, position: int, start: int | None = None) -> tuple[str, str] | None:
        """The last person named in full in the sentence (or from start) before position, outside quotations."""
        start = self.sentence_start if start is None else start
        people = [self.person_named(m) for m in NAME.finditer(self.raw, start, position)
                  if not self.names_no_person(m)]
        return next((p for p in reversed(people) if p), None)

    def names_no_person(self, name) -> bool:
        """A name (a match of NAME) in brackets, before an acronym ("Hayat Tahrir al-Sham (HTS)") or before a
        place's or a group's noun ("the Ahl al-Khair camp", "Civil Defence teams") names no person."""
        following = re.match(rf"\s+(\(|{WORD})", self.raw[name.end():])
        after = following.group(1) if following else ""
        return self.raw[name.start() - 1:name.start()] == "(" or after == "(" or \
            bool(self.rules.place.search(f"{name.group()} {after}")) or \
            after.lower() in self.rules.body_nouns | self.rules.collectives

    def whole_name(self, start: int, name_start: int, name_end: int, end: int) -> tuple[int, int]:
        """A name within a subject (raw[start:end]) grown to the body or group it is part of: "The UN"
        to "The UN refugee agency (UNHCR)", "The Electricity Directorate" to "... in Daraa", "Residents
        of Idlib" to "... city", "Tal Hajar" to "Parents in the neighbourhood of Tal Hajar"."""
        raw, actor_words = self.raw, self.rules.body_nouns | self.rules.collectives
        # its head, before any preposition, has a body's or a group's noun ("Two young men from Inkhil" too)
        def names_a_group(text: str) -> bool:
            return bool(self.head_nouns(text)) or self.is_collective(re.split(r"\s+(?:in|of|for|from|at)\s+", text)[0])
        start += self.count_length(raw[start:name_start])  # ... past a count: "Dozens of residents of Kafr Zita"
        # ... "journalists and relatives of X": two nouns of one group
        before = re.fullmatch(r"\s*(?:[Tt]he\s+)?(?P<head>(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?:\s+and\s+[a-z][\w’'-]*)?)"
                              r"\s+(?:(?:in|of|for|from|at|near|inside|within|close to|loyal to)\s+(?:the\s+)?"
                              # ... "Residents of the Tishreen neighbourhood in" "Deir Ezzor": a named place's kind
                              r"(?:(?:al-)?[A-Z][\w’'-]*\s+(?=[a-z]))?(?:[a-z][\w’'-]*\s+){0,2}?)+",
                              raw[start:name_start])
        own_start = name_start  # where the name itself starts: "the Directorate of Agriculture" "in Idlib" is its
        one_at = False  # "a farmer from Kafr Nabl", "a nurse at the Bab al-Hawa hospital": one at a place
        if before and names_a_group(before.group("head")):
            name_start = start + before.start("head")
        elif before and re.match(r"(?:[Aa]n?|[Oo]ne)\s+[a-z]", before.group("head")):
            name_start, one_at = start + before.start("head"), True
        elif before and self.kin_sex(before.group("head")) and before.group("head").islower():
            name_start = start + before.start("head")  # "the mukhtar of Kafr Nasih", "the father of Omar Ali"
        nouns = alternatives(actor_words, False)
        rest = re.fullmatch(rf"(?P<and>\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"
                            rf"(?P<head>(?:\s+[a-z][\w’'-]*){{0,2}}\s+(?i:{nouns})\b)?(?:\s*\([^()]*\))?"
                            # "the Turkish Center" "for Migration Studies" "in Kilis": what it is for, and where
                            rf"(?:\s+(?:in|of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*){{0,2}}"
                            rf"(?:\s+(?:[a-z]+\s+)?(?:{self.rules.place_words}))?[\s,]*",
                            raw[name_end:self.before_comma(name_end, end)])
        if rest and rest.group("and") and not re.search(r"\s(?:of|for)\s", raw[name_start:name_end]):
            rest = None  # "Ministry of Economy and Resources" is one name; "Turkey and Russia" are two
        if rest and rest.group("head") and rest.group("head").strip().lower() in self.rules.media_types:
            rest = None  # "the al-Watan newspaper": al-Watan; the newspaper is what it is, not its name
        if rest and rest.group().strip(" ,") and (names_a_group(raw[name_start:name_end + max(rest.end("head"), 0)])
                                                  or one_at and self.head_nouns(raw[own_start:name_end])
                                                  or re.fullmatch(r"\s*\([A-Z]{2,6}\)[\s,]*", rest.group())
                                                  or one_at and re.fullmatch(rf"\s+(?:{self.rules.place_words})[\s,]*",
                                                                             rest.group())):
            name_end += len(rest.group().rstrip(" ,"))  # ... and "Human Rights Watch (HRW)", whatever its name
        return name_start, name_end

    # --- statements ---------------------------------------------------------------------------

    def statements_in(self, start: int, end: int) -> list[Statement]:
        """The statements of one sentence; then the bodies it names join the discourse."""
        self.sentence_start, self.sentence_end = start, end
        self.voiced = set()
        found = self.find_statements(start, end)
        if found:
            self.introduced = None
        kept = self.subject
        self.subject = None if found else self.person_subject(start, end)
        if self.subject:
            self.sex_by_name(*self.subject)
        if not found and self.names_someone(start, end):
            self.speaking = None  # a quotation alone after this sentence is nobody's we know
        elif not found and self.subject is None:
            self.subject = kept  # "Umm Rami sells bread. Her son was killed in 2015. “...,” she said": still hers
        interview = self.interview(start, end) if self.subject else None
        if interview:  # what they say next, they say in that interview
            self.told.setdefault(self.subject[0], self.resolve(*interview.span("who")))
        self.previous_found = found
        if not found and not self.subject:
            self.group_subject(start, end)
        self.introduce(start, end)
        self.introduce_relatives(start, end)
        return found

    def person_subject(self, start: int, end: int) -> tuple[str, str] | None:
        """The person a sentence without statements is about, named at its start ("Abu Hussein lost
        his son in the bombing."), or, when no person is its subject, introduced in it ("Enab Baladi spoke to
        Samira Youssef, a teacher ...", "Among the detainees is Hassan Mahfoud, a 24-year-old farmer"):
        "he said" in the next sentence may be theirs."""
        connective = self.rules.connective.match(self.raw, start, end)
        position = connective.end() if connective else start
        lead = LEADING_ADVERBIAL.match(self.raw, position, end)  # "In an interview with Enab Baladi, X described"
        position = lead.end() if lead else position
        # "The president of the university, Dr. Ali Omar, met ...": the person named after their role
        role = re.match(r"(?:The|An?)\s+[a-z][^,“”\"]{1,80},\s+(?:[A-Z][a-z]{1,3}\.\s+)?(?=[A-Z])",
                        self.raw[position:end])
        position += role.end() if role else 0
        # "For Umm Khalil, a widow, the bundle is ...": the person after the preposition, which is no part of the name
        preposition = re.match(r"(?:For|To|With|Like|Unlike|Among)\s+(?=(?:al-)?[A-Z])", self.raw[position:end])
        position += preposition.end() if preposition else 0
        first = NAME.match(self.raw, position, end) or \
            GIVEN_NAME_AND_AGE.match(self.raw, position, end)  # "Mariam, 19, was married"
        opens_paragraph = self.raw[max(0, start - 1):start] in {"", "\n"}
        surname = re.match(r"(?:Al-)?[A-Z][\w’'-]*(?=[\s,])", self.raw[position:end])
        if surname and not first:  # "Al-Saleh buried his children", "Haddad rejected it": the person named in full
            self.position = start
            named = self.named_in_full_before(surname.group())
            if named:
                return named
        if first and self.person_named(first):
            introduced = re.match(r",\s+(?:\d+|an?\s|the\s|who\s)", self.raw[first.end():end])
            # a person in the middle of someone else's account is not who speaks next
            return self.in_role(first, end) if opens_paragraph or introduced else None
        # ... "Turkey’s interior minister visited", "The UN envoy for Syria met", "The UN’s humanitarian coordinator
        # visited the camp": one office-holder too, named by the office after a body's or state's name
        one = re.match(rf"(?:{POSSESSOR}\s+|(?:The|An?)\s+)(?:{WORD}\s+){{0,3}}?(?P<noun>[a-z]+)"
                       rf"(?:\s+(?:of|for|in|on)\s|\s+[a-z]+ed\b)", self.raw[position:end]) or \
            re.match(rf"{POSSESSOR}(?:\s+[a-z][\w-]*){{0,3}}?\s+(?P<noun>{alternatives(self.rules.offices, False)})\b",
                     self.raw[position:end])
        if one and self.kin_sex(one.group("noun")):  # "The father of the two children ... spoke to Enab Baladi"
            kept = len(self.resolved)
            actor = self.clause_subject(position, end)
            del self.resolved[kept:]  # (the events find their own actors)
            if actor and self.kind_of(actor) == "person":
                return actor, self.new_actors.get(actor, {}).get("name", actor)
        if not opens_paragraph and self.previous_found:
            return None  # ... nor one introduced right after someone spoke
        return next((self.in_role(m, end) for m in NAME.finditer(self.raw, start, end)
                     if re.match(r",\s+(?:\d+|an?\s|who\s)", self.raw[m.end():end]) and self.person_named(m)), None)

    def in_role(self, name, end: int) -> tuple[str, str] | None:
        """The person a name names, whose apposition's role ("Hassan Khalil, a farmer,") is what "the farmer"
        calls them later."""
        person = self.person_named(name)
        role = self.role_of(self.raw[name.end():end])
        if person and role:
            self.roles.setdefault(person[0], set()).add(role)
        return person

    def names_someone(self, start: int, end: int) -> bool:
        """A sentence that names a person or a body: after it, the person the discourse was about may have changed."""
        return NAME.search(self.raw, start, end) is not None or any(start <= m[0] < end for m in self.mentions)

    def group_subject(self, start: int, end: int) -> None:
        """A group a sentence without statements is about ("The families of the detainees gathered ..."):
        "they" in the next sentence can be that group."""
        if self.is_collective(self.raw[start:end]):  # a group's noun in its first words
            kept = len(self.resolved)
            self.clause_subject(start, end)  # ... which joins the discourse as an entity
            del self.resolved[kept:]  # (the events find their own actors)

    def person_named(self, name) -> tuple[str, str] | None:
        """The person a name (a match of NAME) names, as an id and a name, if a person's name."""
        if self.known_at(*name.span()) or self.inside_quotation(name.start()):
            return None
        text = self.rules.opening_word.sub("", name.group())  # "For Umm Ali, a widow, ...": Umm Ali
        text = self.rules.title.sub("", re.sub(r"[’']s$", "", text))  # "Abu Jamil’s shop": Abu Jamil
        words = {w.lower() for w in re.findall(WORD, text)}
        given = GIVEN_NAME_AND_AGE.match(self.raw, name.start())
        if self.actor_type(text) != "person" and not (given and given.end() == name.end()) or \
                self.rules.place.search(text) or text in self.places or \
                words & (self.rules.body_nouns | self.rules.collectives):
            return None
        return slug(text), text

    def introduce_relatives(self, start: int, end: int) -> None:
        """'His wife, Rima, ...': a person introduced through a relation to the latest person, with
        that person's family name when only a given name is written."""
        for match in self.relation_pattern().finditer(self.raw, start, end):
            actor, sex = self.relative(match)
            # ... "his brother" later is that person again
            self.entities.append(Entity(actor, self.new_actors[actor]["name"], "person",
                                        frozenset({match.group("relation")}), match.start("name")))
            self.introduced = (actor, sex, match.start("name"))

    def relative_of(self, relation: str, owner: str, owner_name: str | None = None, kind: str = "person",
                    common: bool = False) -> str:
        """An unnamed relative of a person ("his brother"), proposed under the relation's name:
        "Brother of Hassan Mamo" (coding guide); kind "collective" for relatives ("his colleagues"); of a group
        named by a common noun (common), with its article: "Uncle of the young men from Inkhil"."""
        of = self.new_actors.get(owner, {}).get("name") or self.actor_names.get(owner) or owner_name or owner
        of = f"the {of[:1].lower()}{of[1:]}" if common else of
        relative = f"{relation.capitalize()} of {of}"
        actor = slug(relative)
        self.new_actors.setdefault(actor, {"id": actor, "name": relative, "type": kind})
        return actor

    def relation_pattern(self) -> re.Pattern:
        relations = {noun for nouns in self.rules.relations.values() for noun in nouns}
        return re.compile(rf"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|(?P<owner>(?<![\w’'-])(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?"
                          rf"[A-Z][\w’'-]*)*)[’']s)\s+(?P<relation>{'|'.join(relations)}),\s+"
                          rf"(?P<name>[A-Z][\w’'-]+(?:\s+(?:al-)?[A-Z][\w’'-]+)*),")  # "Ahmad Saleh’s brother, Mahmoud"

    def relative(self, match) -> tuple[str, str]:
        """The person a relation names ("Her husband, Omar,"), proposed, and their sex."""
        relations = {noun: sex for sex, nouns in self.rules.relations.items() for noun in nouns}
        name = match.group("name")
        family = {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow"}
        if " " not in name and match.group("relation") in family and match.group("owner"):
            name = f"{name} {match.group('owner').split()[-1]}"
        elif " " not in name and match.group("relation") in family and (self.subject or self.last_person):
            # "X was detained. His sister, Rasha, said": X's family name, the person the last sentence was about
            owner_id = self.subject[0] if self.subject else self.last_person
            owner = self.subject[1] if self.subject else \
                self.new_actors.get(owner_id, {}).get("name") or self.actor_names.get(owner_id, "")
            same = owner.split()[:1] == [name] and any(e.actor == owner_id and match.group("relation") in e.nouns
                                                        for e in self.entities)
            # (a known person has no proposed name); the relative so named, named again, is that person
            name = owner if same else f"{name} {owner.split()[-1] if owner else ''}".strip()
        actor, sex = slug(name), relations[match.group("relation")]
        self.new_actors.setdefault(actor, {"id": actor, "name": name, "type": "person"})
        if sex != "any":
            self.sexes.setdefault(actor, sex)
        return actor, sex

    def introduce(self, start: int, end: int) -> None:
        """Bodies named in a sentence ("the local council of Maarat Misrin"), for later references
        such as "the council"; they become proposed actors only when referred to."""
        nouns = alternatives(self.rules.body_nouns, False)
        # ... and "the Binnish local council": a place's name before its lowercase noun
        # ... "the administration of the Bab al-Nour border crossing": with the kind of place it is of
        pattern = re.compile(rf"\b[Tt]he\s+(?P<name>(?:[a-z’'-]+\s+)?(?:{nouns})\s+(?:of|in|for)\s+(?:the\s+)?"
                             rf"[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*)*(?:\s+(?:[a-z]+\s+)?(?:{self.rules.place_words})\b)?"
                             rf"|(?:al-)?[A-Z][\w’'-]*\s+(?:[a-z’'-]+\s+)?(?:{nouns})\b)")
        for mention_start, mention_end, actor in self.mentions:
            if start <= mention_start and mention_end <= end and actor not in self.person_ids:
                text = self.raw[mention_start:mention_end] + " " + self.actor_names.get(actor, "")
                words = {w.lower() for w in re.findall(WORD, text)} & (self.rules.body_nouns | self.rules.collectives)
                self.entities.append(Entity(actor, self.actor_names.get(actor, actor), "group", frozenset(words),
                                            mention_start))
        self.introduce_described(start, end)
        spans = [(m.start("name"), m.end("name")) for m in pattern.finditer(self.raw, start, end)
                 if not any(state.match(m.group("name")) for _, state in self.rules.states)]  # "the Turkish company"
        names: list[tuple[int, int]] = []
        for match in NAME.finditer(self.raw, start, end):  # "the Ministry of Health" "of the" "Salvation Government"
            joined = re.fullmatch(r"\s+(?:(?:of|in)\s+the|for(?:\s+the)?)\s+", self.raw[names[-1][1]:match.start()]) \
                if names else None  # ... "the Syrian Network" "for" "Human Rights"
            if joined and self.head_nouns(self.raw[names[-1][0]:names[-1][1]]) & self.rules.body_nouns or \
                    names and self.goes_on_past_and(self.raw[slice(*names[-1])], self.raw[names[-1][1]:match.start()]):
                names[-1] = (names[-1][0], match.end())
            else:
                names.append(match.span())
        spans += names
        for span_start, span_end in sorted(spans):
            if self.inside_quotation(span_start) or any(s <= span_start and span_end <= e for s, e, _ in self.resolved):
                continue
            name = re.sub(r"^(?:The|the)\s+", "", self.raw[span_start:span_end])
            name = name[self.after_owner(name):]  # "the Administration’s Economy Authority": no word of its owner
            words = {w.lower() for w in re.findall(WORD, name)}
            if not words & self.rules.body_nouns:
                continue
            # "the Ministry of Local Administration of the Salvation Government": a ministry of that government
            parent = [m for m in self.mentions if span_start < m[0] and m[1] <= span_end
                      and re.search(r"\s(?:of|in|for)\s+(?:the\s+)?$", self.raw[span_start:m[0]])]
            actor = slug(name) if parent else self.known_at(span_start, span_end) or slug(name)
            self.entities.append(Entity(actor, name, "group", frozenset(self.head_nouns(name) & self.rules.body_nouns),
                                        span_start))

    def introduce_described(self, start: int, end: int) -> None:
        """'Nour al-Amal, an aid organization that ...': a body the article describes by a body's noun, which
        its name alone does not say; "the organization" and its name are that body after it."""
        nouns = alternatives(self.rules.body_nouns | self.rules.media_types, False)
        described = re.compile(rf"(?P<name>(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*)*),\s+(?:an?|the)\s+"
                               rf"(?:(?!(?:of|in|for|from|at|with)\b)[\w’'-]+\s+){{0,3}}?(?P<noun>{nouns})\b"
                               # ... an apposition, not a clause ("Later, the police arrested")
                               rf"(?=\s*[,.;)]|\s+(?:that|which|who|whose|based|close|affiliated|in|of|for|from|at|"
                               rf"with|near|run|led|working|active|and)\b)")
        for match in described.finditer(self.raw, start, end):
            name = self.rules.opening_word.sub("", match.group("name"))  # "The Sahel Aid Team, a group"
            # ... a whole name: not the end of a longer one ("Hour" of "Al-Bab Hour by Hour", "Syria" of "X of Syria")
            if re.search(r"(?:[A-Z][\w’'-]*|\b(?:of|by|for|and|in|at))\s+$", self.raw[start:match.start()]) or \
                    self.known_at(*match.span("name")) or self.inside_quotation(match.start()) or \
                    {w.lower() for w in re.findall(WORD, name)} & self.rules.body_nouns:
                continue
            self.entities.append(Entity(slug(name), name, "group", frozenset({match.group("noun")}),
                                        match.end("name") - len(name)))

    def reports_words(self, c, start: int, end: int) -> bool:
        """Whether a cue word in the sentence (start, end) reports someone's words, and is not a noun, a formula,
        a negated verb or a verb used otherwise."""
        raw = self.raw
        return (not self.inside_quotation(c.start())
            and not self.rules.negated.search(raw, max(start, c.start() - 30), c.start())  # "did not say"
            and (c.group().lower() not in self.rules.that_verbs  # "guaranteed that", not "guaranteed the return"
                 or c.group().lower() in self.rules.act_cues  # ... but "demanded the release of X" is a demand
                 or re.match(r"\s+(?:[\w’'-]+\s+){0,4}?that\b", raw[c.end():end])
                 # ... "demanded in a communiqué published on its page on 2 May that"
                 or re.search(r"\bthat\s*$", raw[c.end():self.skip_to_content(c.end(), end)])
                 or self.after_quotation(c.start(), start))
            and (c.group().lower() not in self.rules.quote_verbs or c.group("participle")  # ("read “...”")
                 or self.after_quotation(c.start(), start)
                 or QUESTION.match(raw, c.end(), end)  # ... or before a reported question
                 or c.group().lower() in self.rules.request_verbs)
            # "asked the council to repair", "asking for a meeting": a request; "asked about it": none
            and (c.group().lower() not in self.rules.request_verbs or self.after_quotation(c.start(), start)
                 or QUESTION.match(raw, c.end(), end) or self.rules.request.match(raw, c.end(), end))
            and self.accuses_someone(c, end)  # "accused the council of", not "anyone accused of"
            # "learned from two fishermen that": their words; "the family learned that he had died": news, no words
            and (c.group().lower() not in self.rules.source_cues or re.match(r"\s+from\b", raw[c.end():end]))
            # "documented 34 killings", not "recorded a video"
            and (c.group().lower() not in self.rules.count_verbs or self.rules.count.match(raw, c.end(), end))
            # "rejected the accusation", not "rejected the offer"
            and (c.group().lower() not in self.rules.rejections or self.rules.rejected.match(raw, c.end(), end))
            and (c.group().lower() not in self.rules.as_verbs or self.after_quotation(c.start(), start)
                 or re.match(r"[^.;:“”\"]{0,80}?(?:\bas\b|:\s*[“\"])", raw[c.end():end]))  # "described ... as"
            and names_with_quotation(c, raw, end)  # "called them “lies”", not "what it calls “...”"
            # "who asked that her name be withheld", "asked not to be named": a formula, no statement
            # (a question asked is no act, but words; nor is a monitor's count, whose words are the count)
            and (QUESTION.match(raw, c.end(), end) or c.group().lower() in self.rules.count_verbs
                 or not any(m.start() <= c.start() < m.end()
                            for m in self.rules.not_acts.finditer(raw, start, end)))
            and not (c.group("verb") and self.not_a_verb(c, start, end))
            and not (c.group("participle") and self.after_determiner(c, start))  # "the warning “...”"
            and not (c.group("participle") and self.after_verb(c, start)))  # "fire warning shots"

    def find_statements(self, start: int, end: int) -> list[Statement]:
        """The statements of the sentence raw[start:end]: those of each cue in turn, or, without a cue, the
        words that continue a statement before."""
        raw = self.raw
        cues = self.cues_in(start, end)
        if not cues:
            return self.continuation(start, end)
        found: list[Statement] = []
        self.sentence_found = found  # (quote_before skips their quotations)
        named: dict[int, list] = {}  # a statement -> the spans its attribution resolved
        sentence_speaker = None
        earlier_cue = False
        floor = start  # after ", while <another speaker>": that speaker's clause starts there
        for index, cue in enumerate(cues):
            next_cue = self.next_cue_after(cues, index, cue)
            clause_start, inside = self.clause_start_of(cue, start, floor, found)
            if cue.group("according") and found and self.seen_copy(cue, end):
                continue  # "..., asking for ..., according to a copy seen by X": where X read the words found
            if cue.group("according") and cue.start() > clause_start + 2 and not earlier_cue:
                found += self.content_first_according(start, cue, end)
                earlier_cue = True
                continue
            if cue.group("according") and earlier_cue:
                continue  # "..., according to the newspaper": the source of the report, not a speaker
            if cue.group().lower() in self.rules.as_verbs and re.search(
                    r"[”\"]\s*,?\s*(?:but|while|whereas|although)\s+(?:[\w’'-]+\s+){0,6}$", raw[start:cue.start()]) \
                    and not re.match(r"[^.;:“”\"]{0,80}?\bas\b", raw[cue.end():end]):
                continue  # '“...,” but residents describe daily raids': no words of theirs, only the end of the first
            mark = len(self.resolved)
            self.second_speaker = None
            # inside another's words, the clause has its own subject, not the sentence's speaker
            result = self.attribute(cue, clause_start, start, end, None if inside else sentence_speaker, next_cue)
            # "Teachers stopped work, demanding ..., according to the union": a demand is part of the union's report,
            # and so are an accusation and an appeal ("arrested them, accusing them of ..., according to X")
            earlier_cue = earlier_cue or cue.group().lower() not in \
                self.rules.act_cues | self.rules.addressing | dict(self.rules.accusations).keys()
            if result is None:
                continue
            speaker, content_start, content_end, recipient, direct_before = result
            floor = self.contrast_after(content_end, end) or floor  # whether or not its speaker was found
            if speaker is None:
                continue
            kept = len(found)
            self.add_statements(found, named, mark, cue, result, end, next_cue)
            # "X asked Y to ..., its head, Z, said, adding ...": the words first, then who reports them all
            encloses = content_end is not None and any(content_start <= f.start < content_end for f in found[:kept])
            sentence_speaker = speaker if encloses else sentence_speaker or speaker
        found = self.without_parts(found, named)
        # "Speaking to Enab Baladi, X said", "In an interview with Enab Baladi, X said": to Enab Baladi
        self.interviewed(found, start, end)
        self.after(found)
        return found

    def cues_in(self, start: int, end: int) -> list:
        """The cues of raw[start:end] that report words, "quoted X as saying" one cue."""
        raw = self.raw
        cues = [c for c in self.rules.cue.finditer(raw, start, end) if self.reports_words(c, start, end)]
        # "quoted X as saying": one cue, not two
        cues = [c for c in cues if not (c.group() == "saying" and raw[c.start() - 3:c.start()] == "as "
                                        and any(o.group() == "quoted" and o.start() < c.start() for o in cues))]
        return cues

    def next_cue_after(self, cues: list, index: int, cue):
        """The cue after cues[index] that can end its words, or None."""
        raw = self.raw
        # the next cue that can end this one's words: not a demand or a request inside them ("said that the
        # council had asked the governor to ...", "collected signatures demanding ...")
        next_cue = next((c for c in cues[index + 1:] if c.group().lower() not in self.rules.act_cues
                         or re.search(r"(?:[,;:—][”\"]?|\sand)\s*(?:also\s+)?$", raw[cue.end():c.start()])), None)
        return next_cue

    def clause_start_of(self, cue, start: int, floor: int, found: list[Statement]) -> tuple:
        """Where the clause of a cue starts (not before floor, nor before the reported words it is inside),
        and the statement found before whose reported words hold it (or None)."""
        raw = self.raw
        clause_start = max(self.clause_start(start, cue.start()), floor)
        if found and floor > start and RELATIVE_SUBJECT.fullmatch(raw, floor, cue.start()):
            # "..., through its Amaq agency, which said": the antecedent ends the words before, not a new clause;
            # "announced it in a communiqué on 8 April, which said": the communiqué of the sentence's speaker
            clause_start = self.clause_start(start, cue.start()) if re.search(
                rf"\b(?:{self.rules.statement_nouns})\b[^,]*$", raw[found[-1].start:floor]) else \
                max(self.clause_start(start, cue.start()), found[-1].start)
        inside = next((f for f in reversed(found) if f.start < cue.start() < f.end and f.mode != "direct"
                       and f.cue.lower() not in self.rules.act_cues), None)
        if inside is not None:  # "said that the committee had warned the company that ...": the committee
            clause_start = max(clause_start, inside.start)
        return clause_start, inside

    def add_statements(self, found: list[Statement], named: dict, mark: int, cue, result: tuple, end: int,
                       next_cue) -> None:
        """Append to found the statements of one cue's attribution (result, its speaker found): the quotation
        before the cue, the content and the words resumed after it, and a second speaker's copies; named
        keeps the spans its attribution resolved (from mark on)."""
        raw = self.raw
        speaker, content_start, content_end, recipient, direct_before = result
        kept = len(found)
        if direct_before is not None:
            found.append(self.statement(direct_before.start + 1, direct_before.end - 1, speaker, cue.group(),
                                        recipient))
        if content_end is not None:
            text_start, text_end = self.trim(content_start, content_end)
            if text_end - text_start >= 3 and not WHEN_ONLY.fullmatch(raw, text_start, text_end) and \
                    not QUESTION_WORD.fullmatch(raw, text_start, text_end):  # ("without saying when")
                found.append(self.statement(text_start, text_end, speaker, cue.group(), recipient))
                named[id(found[-1])] = self.resolved[mark:]
                found += self.words_resumed(content_end, cue, end, next_cue, speaker, recipient)
            for statement in found[kept:] if self.second_speaker else []:  # "X and Y said": Y says it too
                found.append(self.statement(statement.start, statement.end, self.second_speaker, cue.group(),
                                            statement.recipient))

    def without_parts(self, found: list[Statement], named: dict) -> list[Statement]:
        """found without the acts that another statement of the sentence reports (and what they resolved)."""
        # a demand or a promise that another statement of the sentence reports is part of that one's content
        # ... but not one that quotes words inside a report that holds the whole clause ("X sent letters ..., demanding
        # that it condemn the “aggression,” SANA reported"): the quoted words are X's, a statement of its own
        parts = [f for f in found if f.cue.lower() in self.rules.act_cues
                 and any(o is not f and o.cue.lower() not in self.rules.act_cues and o.start <= f.start < o.end
                         and not self.reports_another(o, f) for o in found)]
        for part in parts:  # ... and who it named as its speaker is not named by a statement
            self.resolved = [r for r in self.resolved if not any(r is n for n in named.get(id(part), []))]
        return [f for f in found if not any(f is p for p in parts)]

    def interviewed(self, found: list[Statement], start: int, end: int) -> None:
        """"In an interview with X, Y said": X is the recipient of the sentence's statements (not of X's own)."""
        interview = self.interview(start, end)
        if interview and found:
            recipient = self.resolve(*interview.span("who"))
            for statement in found:  # ("In an interview with the official in X, Y said": Y is interviewed)
                if recipient != statement.speaker:
                    statement.recipient = statement.recipient or recipient

    def reports_another(self, report: Statement, part: Statement) -> bool:
        """A report whose cue comes after its words ("..., the agency reported", "..., according to X") and whose
        words hold another speaker's statement that quotes words, speech or a term (coding guide: a statement of its
        own speaker)."""
        quotes = any(part.start <= q.start + 1 and q.end - 1 <= part.end for q in self.quotations)
        return part.speaker != report.speaker and quotes and \
            report.cue.lower() in self.raw[report.end:self.sentence_end].lower()

    def contrast_after(self, content_end: int | None, end: int) -> int | None:
        """Where a clause of another speaker starts after a statement's words (", while the SDF accused", ", which
        the police denied"): content_end, or None. Not ", but received no answer, he said": a second verb of the same
        subject. Words that end in a quotation end after its comma and mark ("... its tools,” while ...")."""
        if content_end is None:
            return None
        raw = self.raw
        after = content_end - 2 if raw[content_end - 2:content_end] in {",”", ',"'} else content_end
        if CONTRAST.match(raw, after) or re.match(r",[”\"]?\s+(?:but|while|whereas|although|which)\s+"
                                                  r"(?!(?:also\s+)?[a-z]+ed\b)", raw[after:end]):
            return content_end
        cue = self.rules.cue.search(raw, after, end)
        joined = AND_SUBJECT.fullmatch(raw, after, cue.start()) if cue else None
        if joined:  # ", and some of them threatened": the subject starts after "and"
            return after + re.match(r",[”\"]?\s+and\s+", joined.group()).end()
        return None

    def words_resumed(self, content_end: int, cue, end: int, next_cue, speaker: str, recipient) -> list[Statement]:
        """'A, he added, but B.': words that go on after a cue set inside them (content first) are the speaker's too."""
        if content_end > cue.start() or next_cue is not None:
            return []
        rest = re.match(r"[^,.;:“”\"]{0,40}?,\s+(?:but|and)\s+(?=[a-z])", self.raw[cue.end():end])
        verb = re.match(r"(?:also\s+)?([a-z]+)\b", self.raw[cue.end() + rest.end():end]) if rest else None
        if rest is None or verb and (verb.group(1).endswith("ed") or verb.group(1) in self.rules.finite_verbs):
            return []  # "..., she said, and left": an act of hers, not her words
        text_start, text_end = self.trim(cue.end() + rest.end(), end)
        return [self.statement(text_start, text_end, speaker, cue.group(), recipient)] if text_end > text_start else []

    def interview(self, start: int, end: int):
        """'Speaking to Enab Baladi, ...', 'In an interview with Enab Baladi, ...' at a sentence's start: who
        interviewed (the group "who")."""
        return re.compile(rf"\s*(?:(?:Speaking|Talking)\s+(?:exclusively\s+)?to|In\s+(?:an?|a\s+phone)\s+"
                          rf"(?:exclusive\s+)?(?:{self.rules.occasions})\s+with)\s+(?P<who>[A-Z][^,]{{1,60}}),"
                          ).match(self.raw, start, end)

    def after(self, found: list[Statement]) -> None:
        if not found:
            return
        for statement in found:  # "X said in a statement that ...": "the statement" is X's from now on
            for noun in re.finditer(rf"\b(?:{self.rules.documents})\b", self.raw[self.sentence_start:statement.start],
                                    re.I):
                self.documents[noun.group().lower()] = (self.sentence_start + noun.start(), statement.speaker)
            # ... and after the content: "..., the committee said in a statement."
            after = re.match(rf"[”\"]?,\s+[^,.;“”\"]{{1,60}}?\s+(?:in|by)\s+(?:a|an|its|their)\s+(?:[\w’'-]+\s+)?"
                             rf"(?P<noun>{self.rules.documents})\b", self.raw[statement.end:self.sentence_end], re.I)
            if after:
                self.documents[after.group("noun").lower()] = (statement.end + after.start("noun"), statement.speaker)
        self.last_speaker = found[-1].speaker
        # "A commander of X said ... He added": the person who spoke for X is "he", and X speaks
        people = [s.speaker for s in found if self.kind_of(s.speaker) == "person" or s.speaker in self.voiced]
        if people:
            self.last_person = people[-1]
        spoken = [s for s in found if self.kind_of(s.speaker) == "person"]
        self.speaking = spoken[-1] if spoken else None
        quoted = [s for s in found if s.mode != "indirect"]
        self.last_direct = quoted[-1] if quoted else None

    def accuses_someone(self, cue, end: int) -> bool:
        """An accusing verb reports words only with its object and preposition: "accused the council of
        selling flour", "blamed the militias for"; not "anyone accused of theft". In a relative clause the object is
        the relative pronoun: "the YPG, which it accused of firing rockets"."""
        preposition = dict(self.rules.accusations).get(cue.group().lower())
        if preposition is not None and re.match(rf"\s+{preposition}\b", self.raw[cue.end():end]) and \
                RELATIVE_OBJECT.search(self.raw, max(0, cue.start() - 40), cue.start()):
            return True
        return preposition is None or re.match(rf"\s+(?!(?:of|for|{preposition})\b)[^.;]{{0,150}}?\b{preposition}\b",
                                               self.raw[cue.end():end]) is not None

    def after_quotation(self, position: int, start: int) -> bool:
        """A cue right after a quotation and its speaker: '“...?” she asked', '“...,” said X'."""
        before = self.raw[max(start, position - 80):position]
        return re.search(r"[”\"]\s*,?\s*(?:[\w’'.-]+\s+){0,7}$", before) is not None  # "..., a statement by X read"

    def told_by(self, cue, end: int):
        """'(were) told by X that ...': X, the agent of a passive cue that takes its recipient as object."""
        if cue.group().lower() not in self.rules.object_verbs:
            return None
        return re.match(r"\s+by\s+(?P<agent>the\s+[^,;“”\"]+?|(?:al-)?[A-Z][^,;“”\"]*?)\s+that\b\s*",
                        self.raw[cue.end():end])

    def after_verb(self, cue, start: int) -> bool:
        """A participle that opens no clause of its own: not after a comma, a conjunction or a noun of a statement
        ("..., warning that", "and warning", "a statement warning"), but inside a phrase ("fire warning shots")."""
        if re.match(r"\s*[“\"]", self.raw[cue.end():cue.end() + 3]) or cue.group().lower().startswith("to "):
            return False  # "banners reading “...”"; "gathered ... to demand that": a purpose opens its clause
        before = self.raw[max(start, cue.start() - 40):cue.start()]
        return not re.search(rf"(?:[,;:—–(][”\"]?|\b(?:and|while|before|after|by|without|also|then|"
                             rf"{self.rules.statement_nouns}))\s*$", before) and before.strip() != ""

    def after_determiner(self, cue, start: int) -> bool:
        """A cue word right after a determiner ("the warning", "this saying") is a noun."""
        before = self.raw[max(start, cue.start() - 12):cue.start()].split()
        return bool(before) and before[-1].lower() in self.rules.determiners

    def not_a_verb(self, cue, start: int, end: int) -> bool:
        """A cue word used as a noun ("The claims could not be verified", "Media reports said") or in
        the passive ("was reported missing"): no one is reported as saying anything by it."""
        before = self.raw[max(start, cue.start() - 12):cue.start()].split()
        previous = before[-1].lower() if before else ""
        if re.search(r"\baccording to\s+(?:[\w’'-]+\s+){0,2}$", self.raw[max(start, cue.start() - 40):cue.start()]):
            return True  # "according to local reports"
        if self.rules.cue.fullmatch(previous) or previous in {"when", "if", "once", "unless"}:
            return True  # "denied reports that": the object of a cue, a noun; "when asked whether": a passive
        if previous in self.rules.determiners or previous in {"was", "were", "is", "are", "be", "been", "being"}:
            # ... but "were told by the council that" reports the council, and "was quoted as saying" the subject
            return not self.told_by(cue, end) and not (previous not in self.rules.determiners and
                                                       self.quoted_saying(cue, end))
        if re.match(rf",?\s+(?:{self.rules.authored_by})\b", self.raw[cue.end():end]):
            return True  # "denied reports, circulated by ...": the noun
        return cue.group().endswith("s") and re.match(
            r"\s+(?:said|say|says|could|can|would|will|may|might|have|has|had|were|was|are|is|indicated?|"
            r"suggest(?:ed)?|show(?:ed)?)\b", self.raw[cue.end():end]) is not None

    def continuation(self, start: int, end: int) -> list[Statement]:
        """A sentence that is only a quotation: the last quoted speaker goes on."""
        raw = self.raw
        quotation = next((q for q in self.quotations if q.kind == "speech" and q.start >= start and q.end <= end), None)
        previous = self.last_direct
        self.last_direct = None
        if quotation is not None and not raw[quotation.end:end].strip(" .,"):
            view = re.match(r"\s*For\s+(?P<who>(?:the\s+)?(?:al-)?[A-Z][^,:“”\"]*)(?:,[^:“”\"]*)?:\s*$",
                            raw[start:quotation.start])
            speaker = view and self.noun_phrase(start + view.start("who"), start + view.end("who"))
            if speaker:  # "For Rima Haddad, a nurse, the problem is simple: “...”": her words
                previous = Statement(start, start, "", speaker, "direct", "said")
                return self.continuation_of(previous, quotation)
        if quotation is None or raw[start:quotation.start].strip() or raw[quotation.end:end].strip(" .,"):
            return []
        if previous is None and self.speaking:
            # "Samir Haddad said that the wells were dry. [The station has not worked since June.] “We buy water.”"
            previous = self.speaking
        elif previous is None and self.subject:  # "Abu Hussein lost his son in the bombing. “We found him ...”"
            previous = Statement(start, start, "", self.adopt_subject(start), "direct", "said")
        if previous is None:
            return []
        return self.continuation_of(previous, quotation)

    def continuation_of(self, previous: Statement, quotation) -> list[Statement]:
        """The quotation, spoken by the speaker of previous."""
        statement = self.statement(quotation.start + 1, quotation.end - 1, previous.speaker, previous.cue,
                                   previous.recipient)
        self.last_direct = statement
        self.last_person = previous.speaker if self.kind_of(previous.speaker) == "person" else self.last_person
        return [statement]

    def clause_start(self, sentence_start: int, cue_start: int) -> int:
        """After the last semicolon before the cue that is not inside a quotation."""
        for position in range(cue_start - 1, sentence_start - 1, -1):
            if self.raw[position] == ";" and not self.inside_quotation(position):
                return position + 1
        return sentence_start

    def content_first_according(self, sentence_start: int, cue, end: int) -> list[Statement]:
        """'..., according to X, a local humanitarian group.'"""
        raw = self.raw
        holder_end = re.search(r"[,.;]", raw[cue.end():end])
        speaker_end = cue.end() + holder_end.start() if holder_end else end
        apposition = re.match(r",[”\"]?\s+(?:a|an|the)\s+[^,.;]*", raw[speaker_end:end])  # ", a page", ",” a page"
        told = self.what_was_told(cue.end(), speaker_end)  # "..., according to what residents told Enab Baladi."
        named = re.match(r",\s+(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*)+\s*(?=[.;]|$)", raw[speaker_end:end])
        if named and not told and re.match(r"\s*(?:his|her|its|their|the|an?)\s+[a-z]", raw[cue.end():speaker_end]):
            # "..., according to his brother, Bilal al-Dabbagh.": the person named
            told = self.noun_phrase(cue.end(), speaker_end + named.end()), None
            speaker_end += named.end()
        if self.seen_copy(cue, end):  # "The council closed X, according to a copy of its decision seen by Y": its
            told = self.clause_subject(sentence_start, cue.start()), None
        speaker, recipient = told or (self.relative_speaker(cue.end(), speaker_end)
                                      or self.resolve(cue.end(), speaker_end, apposition.group() if apposition else ""),
                                      None)
        if speaker is None:
            return []
        text_start, text_end = self.trim(sentence_start, cue.start())
        rest = raw[speaker_end + (apposition.end() if apposition else 0):end]
        if re.match(r",\s*(?!which\b|who\b|whose\b|where\b|when\b|while\b|and\b|but\b|as\b)[a-z]+\b(?!ing\b)",
                    rest) and not re.match(r",\s*\w+ing\b", rest) and not self.inside_quotation(cue.start()):
            # "The two men, according to their families, were arrested": the whole sentence is the report
            text_start, text_end = self.trim(sentence_start, end)
        statement = self.statement(text_start, text_end, speaker, cue.group(), recipient)
        self.after([statement])
        return [statement]

    def seen_copy(self, cue, end: int) -> bool:
        """'according to a copy seen by Enab Baladi', 'according to the letter, obtained by X': a document that X saw
        (rules.yaml seen_by), which speaks for its authors, not for X."""
        return re.match(rf"\s+(?:an?|the)\s+[^.;“”\"]{{0,40}}?\b(?:{self.rules.seen_by})\b", self.raw[cue.end():end]) \
            is not None

    def attribute(self, cue, clause_start: int, start: int, end: int, sentence_speaker: str | None, next_cue):
        """(speaker, content start, content end or None, recipient, quotation before the cue)."""
        raw = self.raw
        before = raw[clause_start:cue.start()]
        if cue.group("according"):
            speaker, content_start, recipient = self.according_to(cue, end)
            return speaker, content_start, self.content_end(content_start, end, next_cue, reported=True), recipient, \
                None
        if cue.group("authored"):  # "reports, circulated by opposition pages, that ...": the pages
            agent = re.match(r"\s+by\s+(?P<agent>[^,;.“”\"]+?)(?:\s+on\s+[^,;.“”\"]+?)?,?\s+that\b\s*",
                             raw[cue.end():end])  # (where they circulated, "on social media", is not who)
            who = (cue.end() + agent.start("agent"), cue.end() + agent.end("agent"))
            speaker = self.noun_phrase(*who) or self.resolve(*who)
            content_start = cue.end() + agent.end()
            return speaker, content_start, self.content_end(content_start, end, next_cue), None, None
        if cue.group("participle"):  # "..., saying that": the sentence's subject, or the last speaker
            subject = self.names_in(start, cue.start())
            speaker = sentence_speaker or self.subordinate_subject(clause_start, cue.start()) or \
                self.clause_subject(clause_start, cue.start()) or \
                (self.resolve(*subject[0]) if subject else None) or self.last_speaker
            content_start = self.skip_to_content(cue.end(), end)
            return speaker, content_start, self.content_end(content_start, end, next_cue), None, None
        if cue.group() == "quoted":  # "X quoted Y as saying that ...": Y speaks
            saying = self.quoted_saying(cue, end)
            if not saying:
                return None
            passive = re.search(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+$", before)
            # ... "Y was quoted by X as saying that ...": Y speaks too
            speaker = self.noun_phrase(clause_start, clause_start + passive.start()) if passive else \
                self.noun_phrase(cue.end(), cue.end() + saying.start())
            content_start = self.skip_to_content(cue.end() + saying.end(), end)
            return speaker, content_start, self.content_end(content_start, end, next_cue), None, None
        return self.attribute_source_or_quotation(cue, clause_start, start, end, sentence_speaker, next_cue)

    def attribute_source_or_quotation(self, cue, clause_start: int, start: int, end: int, sentence_speaker: str | None,
                                         next_cue):
        """Attribute's second step: "learned from X that", "were told by X that", or a quotation before the
        cue ('“...,” he said') (with attribute's arguments and result)."""
        raw = self.raw
        before = raw[clause_start:cue.start()]
        source = re.match(r"\s+from\s+(?P<agent>[^,;“”\"]+?)(?:\s+(?:on|in|last|this)\s+[^,;“”\"]+?)?\s+that\b\s*",
                          raw[cue.end():end]) if cue.group().lower() in self.rules.source_cues else None
        if source:  # "Enab Baladi learned from two fishermen that ...": the fishermen's words, to Enab Baladi
            speaker = self.noun_phrase(cue.end() + source.start("agent"), cue.end() + source.end("agent"))
            content_start = cue.end() + source.end()
            return speaker, content_start, self.content_end(content_start, end, next_cue), \
                self.noun_phrase(clause_start, cue.start()), None
        agent = self.told_by(cue, end) if re.search(r"\b(?:was|were|been|being)\s+$", before) else None
        if agent:  # "Residents were told by the council that ...": the council's words, to the residents
            speaker = self.noun_phrase(cue.end() + agent.start("agent"), cue.end() + agent.end("agent"))
            auxiliary = re.search(r"\s+(?:(?:had|have|has)\s+)?(?:was|were|been|being)\s+$", before)
            recipient = self.noun_phrase(clause_start, clause_start + auxiliary.start()) \
                if before[:auxiliary.start()].strip() else None
            content_start = cue.end() + agent.end()
            return speaker, content_start, self.content_end(content_start, end, next_cue), recipient, None
        quote = self.quote_before(clause_start, cue.start())
        if quote is None and cue.group().lower() in self.rules.as_verbs and \
                not re.match(r"[^.;:“”\"]{0,80}?(?:\bas\b|:\s*[“\"])", raw[cue.end():end]):
            return None  # '“...,” but residents describe daily raids': a quotation of another clause reports nothing
        if quote is not None and not raw[quote.end:cue.start()].strip(" ,") and \
                re.search(r"\bthat\s*$", raw[cue.end():self.skip_to_content(cue.end(), end)]):
            quote = None  # "X, which described it as “a farce,” said on Monday that": no speaker after the cue
        if quote is not None:  # '“...,” he said', '“...,” X told Enab Baladi', '“...,” said X, a ...'
            between = raw[quote.end:cue.start()]
            if between.strip(" ,"):
                speaker = self.noun_phrase(quote.end, cue.start())
            else:
                speaker = self.speaker_after(cue.end(), end)
            recipient, content_start = self.recipient_after(cue.end(), end)
            has_content = re.match(r"\s*that\b", raw[content_start:end])
            content_end = self.content_end(content_start, end, next_cue) if has_content else None
            rest = re.match(r"(?:\s+[^“”\",.;:]{1,40})?\s*,\s*(?=[“\"])", raw[content_start:end])
            resumed = next((q for q in self.quotations if rest and q.kind == "speech"
                            and q.start == content_start + rest.end()), None)
            if resumed is not None:  # '“The water came at night,” he said, “and we could not save anything.”'
                return speaker, resumed.start, resumed.end, recipient, quote
            return speaker, self.skip_to_content(content_start, end), content_end, recipient, quote
        return self.attribute_joined_or_trailing(cue, clause_start, start, end, sentence_speaker, next_cue)

    def attribute_joined_or_trailing(self, cue, clause_start: int, start: int, end: int, sentence_speaker: str | None,
                                        next_cue):
        """Attribute's third step: "..., and accused", an act announced ("promised to withdraw"), or the
        speaker after the words ("..., the page added.") (with attribute's arguments and result)."""
        raw = self.raw
        before = raw[clause_start:cue.start()]
        if re.search(r",?\s+and\s+(?:also\s+)?$", before):  # "X condemned the arrests and accused": X
            relative = re.search(r",\s+which\s+(?=[^,;“”\"]*?\s+and\s+(?:also\s+)?$)", before)
            # "... the UN agency, which does not run the convoys and says that": the body before "which"
            speaker = sentence_speaker or (self.noun_phrase(clause_start, clause_start + relative.end())
                                           if relative else self.clause_subject(clause_start, cue.start()))
            if speaker is not None:  # "..., and told Enab Baladi that": to Enab Baladi
                recipient, content_start = self.recipient_after(cue.end(), end)
                recipient = recipient or self.addressed(cue, end)
                content_start = self.skip_to_content(self.past_recipient_clause(cue, content_start, end), end)
                if cue.group().lower() in self.rules.that_verbs:
                    that = re.match(r"(?:[\w’'-]+\s+){0,4}?that\b\s*", raw[content_start:end])
                    content_start += that.end() if that else 0
                return speaker, content_start, self.content_end(content_start, end, next_cue), recipient, None
        if re.match(r"\s+to\s+[a-z]+\b", raw[cue.end():end]) and not re.match(r"\s+to\s+(?:the|a|an)\b",
                                                                                 raw[cue.end():end]) \
                and cue.group().lower() not in self.rules.act_cues | self.rules.infinitive_cues:
            return None  # "promised to withdraw": an act announced, not a statement's content
        # "..., the page added.", "..., the Sharqiya Monitor, a network of activists, reported."
        # ... "..., Eng. Fawaz Hamdan said", "..., a ferry owner from X, who asked not to be named, told",
        # '..., demanding “...,” SANA reported'
        trailing = re.search(rf",(?!\d)[”\"]?\s*((?:[Tt]he\s+|[Ll]ocal\s+|[A-Z][a-z]{{1,3}}\.\s+)?"
                             rf"(?:{WORD}\s+){{0,5}}?{WORD}"
                             rf"(?:\s+\([^()]{{1,40}}\))?|[Hh]e|[Ss]he|[Tt]hey)"
                             rf"(?P<apposition>{TRAILING_APPOSITION})?(?:,\s+who(?:se)?\s+[^,“”\"]{{1,100}},)?"
                             rf"(?P<named>,\s+(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*){{0,3}},)?\s+$", before)
        after = raw[cue.end():end]
        # "..., traders told Enab Baladi.", "..., activists reported on Tuesday.", "..., X said on its page on Monday."
        at_end = re.match(rf"(?:\s+(?:to\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})?{TRAILING_ADVERBIALS}"
                          rf"\s*(?:[,.;](?!\d)|$)", after)
        if trailing and at_end and not RELATIVE_BEFORE.match(trailing.group(1) + " ") and \
                not QUOTATION.fullmatch(raw[clause_start:clause_start + trailing.start()].strip()):
            # content first: "..., activists reported on Tuesday, after ...", "..., the page added."
            holder = (clause_start + trailing.start(1), clause_start + trailing.end(1))
            apposition = trailing.group("apposition") or ""
            if trailing.group("named"):  # "..., his brother, Ali Saleh, told": the person named after the role
                speaker = self.noun_phrase(holder[0], clause_start + trailing.end("named"))
            elif re.match(r",\s+(?:al-)?[A-Z]", apposition):  # "..., his brother, Khaled Omar, said.": the same
                speaker = self.noun_phrase(holder[0], clause_start + trailing.end("apposition") - 1)
            else:
                speaker = self.relative_speaker(*holder) or self.resolve(*holder, apposition)
            if speaker is not None:
                words_end = clause_start + trailing.start()
                words_end += 2 if raw[words_end + 1] in "”\"" else 0  # '..., demanding “...,” SANA reported'
                text_start, text_end = self.trim(clause_start, words_end)
                return speaker, text_start, text_end, self.recipient_after(cue.end(), end)[0], None
        inverted = self.speaker_last(cue, clause_start, end)
        if inverted is not None:
            return inverted
        return self.attribute_subject_first(cue, clause_start, start, end, sentence_speaker, next_cue)

    def attribute_subject_first(self, cue, clause_start: int, start: int, end: int, sentence_speaker: str | None,
                                   next_cue):
        """Attribute's last step: "X, which the army accused of", or the subject before the cue ("X said
        that ...") (with attribute's arguments and result)."""
        raw = self.raw
        before = raw[clause_start:cue.start()]
        relative = RELATIVE_OBJECT.search(raw, clause_start, cue.start())
        if relative and cue.group().lower() in dict(self.rules.accusations):  # "X, which the army accused of": the army
            subject = (relative.start("subject"), relative.end("subject"))
            # ... a pronoun: the subject of the main clause ("The council detained X, whom it accused of")
            speaker = sentence_speaker or self.clause_subject(clause_start, relative.start()) \
                if relative.group("subject") in PRONOUNS else self.noun_phrase(*subject)
            preposition = re.match(rf"\s+{dict(self.rules.accusations)[cue.group().lower()]}\s+", raw[cue.end():end])
            content_start = cue.end() + preposition.end()  # (accuses_someone found it)
            content_end = self.relative_clause_end(content_start, self.content_end(content_start, end, next_cue))
            return speaker, content_start, content_end, None, None
        joint = self.joint_speakers(clause_start, cue.start())
        speaker = joint[0] if joint else self.noun_phrase(clause_start, cue.start())
        self.second_speaker = joint[1] if joint else None
        recipient, content_start = self.recipient_after(cue.end(), end)
        recipient = recipient or self.addressed(cue, end)
        content_start = self.past_recipient_clause(cue, content_start, end)
        skipped, content_start = content_start, self.skip_to_content(content_start, end)
        interviewer = re.search(rf"\b(?:{self.rules.occasions})\s+with\s+(?P<who>(?:the\s+)?[A-Z][^,;]{{0,59}}?)"
                                rf"(?=\s*,|\s+(?:that|on|in|last|about)\b)", raw[skipped:content_start])
        if recipient is None and interviewer:  # "said in an interview with Enab Baladi that": to Enab Baladi
            recipient = self.resolve(skipped + interviewer.start("who"), skipped + interviewer.end("who"))
        if cue.group().lower() in self.rules.that_verbs:  # "expressed concern that ...": after "that"
            that = re.match(r"(?:[\w’'-]+\s+){0,4}?that\b\s*", raw[content_start:end])
            content_start += that.end() if that else 0
        content_end = self.content_end(content_start, end, next_cue)
        if re.search(r",\s+(?:which|who|whom)\s+(?:[\w’'-]+\s+){1,3}$", before):
            content_end = self.relative_clause_end(content_start, content_end)
        return speaker, content_start, content_end, recipient, None

    def relative_clause_end(self, content_start: int, content_end: int) -> int:
        """"X, which they say has no clinic, gathered ...": the relative clause's content ends at its comma."""
        comma = next((m.start() for m in re.finditer(r",\s", self.raw[content_start:content_end])
                      if not self.inside_quotation(content_start + m.start())), None)
        return content_start + comma if comma is not None else content_end

    def quoted_saying(self, cue, end: int):
        """'quoted (Y / by X) as saying': the match of "as saying" after a cue "quoted", or None."""
        return re.search(r"\bas saying\b", self.raw[cue.end():end]) if cue.group() == "quoted" else None

    def past_recipient_clause(self, cue, content_start: int, end: int) -> int:
        """'told her brother, who runs the shop, to pay': past the relative clause that says what the recipient is."""
        described = re.match(r",\s+(?:who|which)\s+[^,;“”\"]{1,60},(?=\s+to\s)", self.raw[content_start:end])
        return content_start + described.end() if described and content_start > cue.end() else content_start

    def speaker_last(self, cue, clause_start: int, end: int):
        """'..., said lawyer Omar Ali, a member of the delegation.': words first, then the cue and its speaker to the
        end of the sentence; the attribute() tuple, or None."""
        raw = self.raw
        word = cue.group().lower()
        if not cue.group("verb") or word in self.rules.act_cues | self.rules.that_verbs | self.rules.addressing | \
                self.rules.object_verbs or not re.search(r"[^\s,],\s+$", raw[clause_start:cue.start()]) or \
                APPOSITION_AT_END.search(raw, clause_start, cue.start()) or \
                re.search(r",\s+(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*)*,\s+$",
                          raw[clause_start:cue.start()]):
            return None  # (not "X, a local page, said ...", "The governor, Omar Ali, said ...": the subject's)
        who = re.match(rf"\s+(?!(?:that|to|in|on|at|by)\b)((?:{WORD}\s+){{0,5}}?{WORD})(?:,\s+[^,.;“”\"]{{1,80}}?)?"
                       rf"\s*[.;]?\s*$", raw[cue.end():end])
        if not who or any(w.lower() in self.rules.finite_verbs | {"to", "that"} for w in who.group(1).split()):
            return None  # ("said the wells were dry.": the words, not who said them)
        speaker = self.speaker_after(cue.end(), end)
        if speaker is None:
            return None
        text_start, text_end = self.trim(clause_start, raw.rindex(",", clause_start, cue.start()))
        return speaker, text_start, text_end, None, None

    def subordinate_subject(self, start: int, stop: int) -> str | None:
        """'Bread is scarce since the council cut the quota, saying ...': the subject of the subordinate clause
        right before a participle (raw[start:stop]), who does what the participle says, when the main clause
        before it is passive or says what something is (no one in it acts)."""
        opening = r",?\s+(?:after|since|when|because|as|while|before)\s+(?=(?:the\s+)?[A-Za-z])"
        clauses = [m for m in re.finditer(opening, self.raw[start:stop])
                   if not self.inside_quotation(start + m.start())]
        if not clauses or not re.search(r",\s*$", self.raw[start + clauses[-1].end():stop]) or not re.search(
                r"\b(?:is|are|was|were|been|remains?|remained)\b", self.raw[start:start + clauses[-1].start()]):
            return None
        return self.clause_subject(start + clauses[-1].end(), stop)

    def joint_speakers(self, start: int, stop: int) -> tuple[str, str] | None:
        """'X and Y, two farmers from Z, said', 'Russia and Turkey said': two named speakers of one statement, each
        of whom says it (a body's name with "and" in it, "the Ministry of Oil and Mineral Resources", is one)."""
        raw = self.raw
        lead = LEADING_ADVERBIAL.match(raw, start, stop)
        start = lead.end() if lead else start
        named = r"(?:[Tt]he\s+)?(?:al-)?[A-Z][^,“”\"]*?"
        joint = re.fullmatch(rf"\s*(?P<a>{named})\s+and\s+(?P<b>{named})(?:,\s+(?:two|both|the|all)\s+[^,“”\"]*,)?\s*",
                             raw[start:stop])
        across = joint and any(m[0] < start + joint.end("a") and start + joint.start("b") < m[1] for m in self.mentions)
        if joint is None or across or re.search(r"\s(?:of|for)\s", joint.group("a")) and \
                self.head_nouns(joint.group("a")) & self.rules.body_nouns \
                or not re.match(r"[Tt]he\s", joint.group("b")) and self.head_nouns(joint.group("b")) and \
                not self.head_nouns(joint.group("a")):  # "the Economy and Agriculture Authority"
            return None
        first = self.noun_phrase(start + joint.start("a"), start + joint.end("a"))
        second = self.noun_phrase(start + joint.start("b"), start + joint.end("b"))
        return (first, second) if first and second and first != second else None

    def clause_subject(self, start: int, stop: int) -> str | None:
        """The subject of the clause raw[start:stop], the words before its first finite verb, past a
        connective, a phrase of time ("On Monday, ...") and appositions between commas: "Activists from
        the coast launched a campaign ..., demanding": the activists."""
        raw = self.raw
        connective = self.rules.connective.match(raw, start, stop)
        position = connective.end() if connective else start
        lead = LEADING_ADVERBIAL.match(raw, position, stop)
        position = lead.end() if lead else position
        previous, first_comma, relative = "", None, False
        for word in re.finditer(r"[\w’'-]+|,|[“”\"]", raw[position:stop]):
            token = word.group()
            if token in "“”\"" or self.inside_quotation(position + word.start()):
                return None  # a quotation before the verb: no plain subject
            relative = (relative or previous == "," and token in {"which", "who", "whose"}) and token != ","
            if relative:
                continue  # "Mothers in the camp, which they say lacks a school, gathered": past the relative clause
            if token == ",":
                if not previous:
                    return None
                # an apposition ("Dozens of residents, in the countryside of Homs, gathered")
                first_comma = position + word.start() if first_comma is None else first_comma
                previous = token
                continue
            verb = token.islower() and (token in self.rules.finite_verbs or re.fullmatch(r"[a-z]{3,}ed", token)) \
                and previous.lower() not in self.rules.determiners | {"of", "in", "from", "for", "with", "by", "at"} \
                and token not in self.rules.group_modifiers  # "Hundreds of displaced people staged"
            if verb:
                if not previous or first_comma is not None and previous != ",":
                    return None  # "..., the page said" or no subject at all
                return self.noun_phrase(position, first_comma if first_comma is not None else position + word.start())
            previous = token
        return None

    def speaker_after(self, position: int, end: int) -> str | None:
        """'said Abu Ali al-Hariri, a spokesman for ...' or 'said he'."""
        raw = self.raw
        stop = next((m for m in re.finditer(r"[,.;]|\s+(?:who|whose|which)\b", raw[position:end])
                     if not self.title_dot(position + m.start())), None)  # "said Dr. Lama Hourani"
        phrase_end = position + stop.start() if stop else end
        named = re.match(r",\s+(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*)+\s*(?=[,.;]|$)", raw[phrase_end:end])
        if named and re.match(r"\s+(?:the|an?)\s+[a-z]", raw[position:phrase_end]):
            # "said the head of the committee, Omar Ali": the person named
            return self.noun_phrase(position, phrase_end + named.end())
        if re.fullmatch(r"\s*(?:(?:Abu|Umm|Um)\s+)?[A-Z][a-z’'-]+\s*", raw[position:phrase_end]):
            # "said Rima, whose brother ...", "said Samar, the sister of ...": a given name alone, typed by what
            # follows it
            return self.resolve(position, phrase_end, raw[phrase_end:end])
        return self.noun_phrase(position, phrase_end)

    def title_dot(self, position: int) -> bool:
        """The full stop at position ends an abbreviated title before a name ("Dr. Lama Hourani"), not a phrase."""
        word = re.search(r"(?<![\w’'.-])[A-Z][a-z]{0,4}$", self.raw[max(0, position - 6):position])
        return self.raw[position:position + 1] == "." and word is not None and \
            self.rules.title.match(self.raw[position - len(word.group()):position + 60]) is not None

    def recipient_after(self, position: int, end: int) -> tuple[str | None, int]:
        """'told Enab Baladi that' / 'declared to Enab Baladi that': the recipient, and where the rest starts."""
        raw = self.raw
        words_before = raw[max(0, position - 30):position].split()
        verb = words_before[-1].lower() if words_before else ""
        to = "(?:to\\s+)?" if verb in self.rules.object_verbs else "to\\s+"  # "told X", "promised X", "said to X"
        # "told Enab Baladi that", "told Enab Baladi from a tent near ...", "told Enab Baladi."
        told = re.match(rf"\s+{to}(?P<who>{WORD}(?:\s+{WORD}){{0,3}}?)"
                        rf"(?=\s+(?:that|from|in|on|at|over|via)\b|\s*[,.:]|\s*$)", raw[position:end])
        if not told:
            return None, position
        who = (position + told.start("who"), position + told.end("who"))
        described = re.match(r"the\s+(?:[a-z][\w’'-]*\s+){1,3}(?=(?:al-)?[A-Z])", told.group("who"))
        if described:  # "told the official newspaper Tishreen that": Tishreen, a newspaper
            description = ", the " + described.group()[4:].strip() + ","
            return self.resolve(who[0] + described.end(), who[1], description), position + told.end()
        if not (raw[who[0]].isupper() or self.known_at(*who) or re.match(r"the\s+[A-Z]", told.group("who"))):
            earlier = self.refer_back(told.group("who"), who[0]) if re.match(r"the\s", told.group("who")) else None
            if earlier:  # "told the committee that": the committee named before
                self.resolved.append((*who, earlier))
                return earlier, position + told.end()
            # ... "told them that": whom is not read, but the content starts after it
            if told.group("who").split()[0].lower() in {"reporters", "journalists", "the", "press", "them", "him",
                                                        "her", "us"}:
                return None, position + told.end()
            if verb in self.rules.object_verbs and re.match(r"\s+that\b", raw[position + told.end():end]):
                return None, position + told.end()  # "promised residents that": whom, unnamed, then the content
            return None, position
        if re.match(r"(?:that|in|on|at)\b", told.group("who")):
            return None, position
        return self.resolve(*who), position + told.end()

    def addressed(self, cue, end: int) -> str | None:
        """'called on the United Nations to ...': the body named right after the cue, to whom it is addressed."""
        if cue.group().lower() not in self.rules.addressing:
            return None
        # "asked the Nahda Brigade for X to be released": what is asked for is no part of whom it is asked of
        to = r"(?:to|for)" if cue.group().lower() in self.rules.request_verbs else "to"
        who = re.match(rf"\s+(?:the\s+)?(?=(?:al-)?[A-Z])([^,;“”\"]{{1,60}}?)"
                       rf"(?:\s+(?:on|last|this)\s+\w+)?\s+{to}\s",  # "called on Turkey on Wednesday to": Turkey
                       self.raw[cue.end():end])
        if who is None or self.inside_quotation(cue.end() + who.start(1)):
            return None
        return self.noun_phrase(cue.end() + who.start(), cue.end() + who.end(1))

    def skip_to_content(self, position: int, end: int) -> int:
        """Past 'in a statement, published on its page on 9 December, that', 'on Tuesday that', 'that'."""
        nouns = self.rules.statement_nouns + "|" + self.rules.occasions
        pattern = re.compile(
            rf"(?:\s+(?:in|during|at)\s+(?:a|an|its|the|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})"
            rf"(?:\s+(?:on|in|with|to|of)\s+[^,;]{{1,25}}?(?=\s*,?\s*that\b))?)?"
            rf"(?:\s*,\s*according to\s+[^,;]{{1,40}},)?"  # "said, according to SANA, that"
            rf"(?:\s*,\s*(?:published|issued|posted|sent|released|carried|broadcast|aired)\b[^,;]{{0,80}},)?"
            rf"(?:\s+(?:published|issued|posted|sent|released|carried|broadcast|aired)\b[^,;]{{0,40}}?(?=\s+that\b))?"
            rf"(?:\s+from\s+[^,;]{{1,40}}?(?=\s+that\b))?"
            rf"(?:\s+(?:on|in|last|this|during|at|after|before)\s+[^,;]{{0,40}}?(?=\s+that\b))?"
            rf"\s*[,:]?\s*(?:that\b|of\b|as\b)?\s*")
        match = pattern.match(self.raw, position, end)
        position = match.end() if match else position
        colon = re.match(r"[^“”\".;:]{1,60}:\s*(?=[“\"])", self.raw[position:end])
        return position + colon.end() if colon else position  # 'described the situation: “...”': the quotation

    def reported_clause(self, content_start: int) -> bool:
        """Content right after a reporting verb, with or without "that" ("said that the ...", "said she had"); not
        the object of an accusation or a demand ("accused the council of ...")."""
        raw = self.raw
        objects = self.rules.act_cues | self.rules.as_verbs | self.rules.rejections | \
            dict(self.rules.accusations).keys()
        return re.search(r"\bthat\s*$", raw[max(0, content_start - 8):content_start]) is not None or any(
            c.group("verb") and c.group().lower() not in objects and not raw[c.end():content_start].strip()
            for c in self.rules.cue.finditer(raw, max(0, content_start - 40), content_start))

    def content_end(self, content_start: int, end: int, next_cue, reported: bool = False) -> int:
        """The content runs to the end of the sentence, or to a cue that continues it ('..., pointing
        to', '..., and said that'), or to a coordinated act ('..., and accused ...'), or to the
        source of the report ('..., according to ...')."""
        raw = self.raw
        if next_cue is not None and next_cue.start() < content_start:
            next_cue = None  # "said, according to SANA, that ...": a source skipped before the content
        stop = self.stop_at_next_cue(content_start, end, next_cue, reported)
        occasion = re.search(rf",\s+(?:in|during|at)\s+(?:a|an|its|the|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?"
                             rf"(?:{self.rules.statement_nouns}|{self.rules.occasions})\b[^,;“”\"]{{0,40}}$",
                             raw[content_start:stop])
        if occasion:  # "said that none had been hurt, in a statement on Monday": where it was said, not what
            stop = content_start + occasion.start()
        coordinated = re.compile(r",\s+(?:and|but)\s+(?!that\b)(?:also\s+)?[a-z]+ed\b(?!\s+that)")
        for match in coordinated.finditer(raw, content_start, stop):
            if re.match(r"\s*(?:it|they|he|she|we)\s+had\s+[a-z]+ed\b", raw[content_start:match.start()]):
                break  # "that it had formed a committee ..., and ordered ...": "had" governs both, all reported
            if not self.inside_quotation(match.start()):
                stop = match.start()
                break
        according = re.compile(r",\s+according to\b")
        match = according.search(raw, content_start, stop)
        if match:
            stop = match.start()
        return stop

    def stop_at_next_cue(self, content_start: int, end: int, next_cue, reported: bool) -> int:
        """Where the next cue ends the content (content_end's first step): at the cue itself, at the relative
        clause, contrast or trailing speaker before it, or at the sentence's end."""
        raw = self.raw
        stop = end
        participle, joined = self.joins_to_next_cue(content_start, end, next_cue, reported)
        if next_cue is not None and (participle or next_cue.group("according") or joined):
            stop = next_cue.start()
        elif next_cue is not None and RELATIVE_SUBJECT.search(raw, content_start, next_cue.start()):
            # "claimed the attack through its agency, which said that ...": the agency's words are its own
            stop = RELATIVE_SUBJECT.search(raw, content_start, next_cue.start()).start()
        elif next_cue is not None and (CONTRAST.search(raw, content_start, next_cue.start()) or
                                       AND_SUBJECT.fullmatch(raw, raw.rfind(",", content_start, next_cue.start()),
                                                             next_cue.start())):
            # "the regime says that ..., but residents describe ...", "X demanded ..., and some of them threatened":
            # another speaker's clause
            stop = raw.rfind(",", content_start, next_cue.start())
            stop = CONTRAST.search(raw, content_start, next_cue.start()).start() \
                if CONTRAST.search(raw, content_start, next_cue.start()) else stop
            stop += 2 if raw[stop + 1] in "”\"" else 0
        elif next_cue is not None and not next_cue.group("participle") and not next_cue.group("authored") and \
                re.search(r"\S,[”\"]?\s+$", raw[content_start:next_cue.start()]):
            # "X, which warned last month that ..., said on Tuesday that": the main clause's verb ends the
            # relative clause's content
            stop = next_cue.start()
        elif next_cue is not None and next_cue.group("verb") and TRAILING_SPEAKER.search(
                raw, content_start, next_cue.start()) and TRAILING_CUE_END.match(raw, next_cue.end(), end):
            # "X complained that ..., the local page Y reported.": Y's report holds X's words, which end at the comma
            stop = TRAILING_SPEAKER.search(raw, content_start, next_cue.start()).start()
            stop += 2 if raw[stop + 1] in "”\"" else 0  # ... or at the mark that closes its quotation
        return stop

    def joins_to_next_cue(self, content_start: int, end: int, next_cue, reported: bool) -> tuple:
        """Whether the next cue is a participle after a comma, or joined by "and" (a match, or a false value),
        within a reported clause only when it is the speaker's own act again."""
        raw = self.raw
        # ... a participle after a comma: "signatures demanding a fixed price" is a noun's, within the content
        participle = next_cue is not None and next_cue.group("participle") and \
            re.search(r"[,;:—]\s*$", raw[content_start:next_cue.start()])
        joined = next_cue is not None and re.search(r",?[”\"]?\s+and\s+(?:also\s+)?$",
                                                    raw[content_start:next_cue.start()])
        if reported or self.reported_clause(content_start):  # (reported: "According to X, ...")
            # reported "that ...": a demand in it ("that the families sent an appeal, asking him to ...") and a demand
            # or threat joined without a comma ("that two men came and threatened to close it", "... and demanded
            # that") are its subject's, within it; "... and denied that ..." is the speaker's again
            if participle and next_cue.group().lower() in self.rules.act_cues:
                participle = None
            acts = self.rules.act_cues | self.rules.infinitive_cues
            # ... and so is an order ("that gunmen came and told her brother, who runs the shop, to pay")
            order = next_cue is not None and next_cue.group().lower() in self.rules.object_verbs and \
                ORDER.match(raw, next_cue.end(), end)
            if joined and not joined.group().startswith(",") and (next_cue.group().lower() in acts or order):
                joined = None  # (but "said the wells had dried up and called on X to": the speaker's again)
        return participle, joined

    def according_to(self, cue, end: int) -> tuple[str | None, int, str | None]:
        """'According to X, ...' or 'According to the email, sent by X to Y, ...'."""
        raw = self.raw
        comma = raw.find(",", cue.end(), end)
        if comma == -1:
            return None, cue.end(), None
        holder = (cue.end(), comma)
        by = re.match(r"\s*(?:sent|issued|published|released)\s+by\s+", raw[comma + 1:end])
        content_start, recipient = comma + 1, None
        if by:
            next_comma = raw.find(",", comma + 1 + by.end(), end)
            holder = (comma + 1 + by.end(), next_comma if next_comma != -1 else end)
            content_start = (next_comma if next_comma != -1 else end) + 1
            to = re.search(r"\s+to\s+", raw[holder[0]:holder[1]])
            if to:
                addressee = self.names_in(holder[0] + to.end(), holder[1])
                recipient = self.resolve(*addressee[0]) if addressee else None
                holder = (holder[0], holder[0] + to.start())
        elif issued := re.match(rf"\s*(?:which|that)\s+(?:(?!(?:was|were|is|are|has|have|had)\b)(?P<issuer>[^,;“”\"]"
                                rf"{{1,40}}?)\s+)?(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?"
                                rf"(?:{self.rules.authored_verbs})\b[^,;“”\"]{{0,40}},", raw[comma + 1:end]):
            # "According to the verdict, which the court published on Monday, ...": the court's words
            if issued.group("issuer"):
                holder = (comma + 1 + issued.start("issuer"), comma + 1 + issued.end("issuer"))
            content_start = comma + 1 + issued.end()
        else:
            # "According to Idlib Now, a local news page, ...": the apposition describes the source
            apposition = re.match(r"\s*(?:a|an|the)\s+[^,]{1,60},", raw[comma + 1:end])
            relative = re.match(r"\s*(?:which|who)\s+[^,;“”\"]{1,60},", raw[comma + 1:end])
            if relative and not self.rules.cue.search(relative.group()):
                # "According to the union, which was founded in 2012, ...": what the source is
                content_start = comma + 1 + relative.end()
            elif apposition and (re.match(r"\s*an?\s", apposition.group()) or len(apposition.group().split()) <= 4
                               or {w.lower() for w in re.findall(WORD, apposition.group())}
                               & (self.rules.body_nouns | self.rules.collectives)):
                # "a trader in the market," "the official agency," but not "the province receives 120 megawatts,"
                content_start = comma + 1 + apposition.end()
        start, stop = holder
        possessive = re.search(r"’s?\s+(?:statement|email|letter|report|account)$", raw[start:stop])
        if possessive:
            stop = start + possessive.start()
        description = raw[comma + 1:content_start]
        told = self.what_was_told(start, stop)
        if told:  # "According to what Ahmad Saleh told Enab Baladi, ..."
            return told[0], content_start, told[1] or recipient
        speaker = self.noun_phrase(start, stop) if raw[start:stop].strip() else None
        if speaker is None and len(raw[start:stop].split()) <= 5 and \
                not re.fullmatch(rf"\s*the\s+(?:{self.rules.statement_nouns})\s*", raw[start:stop]):
            speaker = self.resolve(start, stop, description)
        elif speaker is not None and description:
            proposed = self.new_actors.get(speaker)
            if proposed and proposed["type"] in {"person", "collective"} and \
                    self.role_of(description) in self.rules.media_types:
                proposed["type"] = "media"  # "According to Binnish Today, a local news page": a page
            self.entities[-1:] = [Entity(e.actor, e.name, e.kind, e.nouns | {
                w.lower() for w in re.findall(WORD, description)} & self.rules.body_nouns, e.position)
                for e in self.entities[-1:]]
        return speaker, content_start, recipient

    def what_was_told(self, start: int, stop: int) -> tuple[str | None, str | None] | None:
        """'what X told Y' after "according to": X speaks to Y."""
        what = re.match(r"\s*what\s+", self.raw[start:stop])
        verb = self.rules.cue.search(self.raw, start + what.end(), stop) if what else None
        if verb is None or not verb.group("verb"):
            return None
        speaker = self.noun_phrase(start + what.end(), verb.start())
        return speaker, self.recipient_after(verb.end(), stop)[0]

    def quote_before(self, clause_start: int, cue_start: int):
        """The speech quotation that ends just before a cue, with only a speaker between them."""
        # ... not one that a statement of the sentence holds ("which accused X of “...,” called on"): its own
        candidates = [q for q in self.quotations if q.kind == "speech" and clause_start <= q.start and
                      q.end <= cue_start and not any(f.start <= q.start + 1 and q.end - 1 <= f.end
                                                     for f in self.sentence_found)]
        if not candidates:
            return None
        quote = candidates[-1]
        between = self.raw[quote.end:cue_start]
        # '“...,” a shepherd from X, who asked not to be named, told': the relative clause says who, not what
        between = re.sub(r",\s+who(?:se)?\s+[^,;:“”\"]{1,100},\s*$", " ", between)
        if not re.search(r"[,.?!…—-]\s*.$", quote.text) and not re.match(r"\s*,", between):
            return None  # '“do not cover the needs” of the countryside, said': the sentence goes on, unattributed
        if len(between.split()) > 16 or any(not self.title_dot(quote.end + m.start())
                                            for m in re.finditer(r"[.;:]", between)):  # "Eng. X" goes on
            return None
        if re.match(r"\s*,?\s*(?:and|but|or|while|as|which|that|these|this|those|it|there)\b", between, re.I) and \
                not re.fullmatch(r"\s*,?\s*it\s+", between):  # '“...,” it said': the body that spoke
            return None  # the sentence goes on after the quotation: not its attribution
        if between.count(",") > 2 or re.search(r"\baccording to\b", between):
            return None
        if not re.match(r"\s*,?\s*", between) or (between.strip() and not between.strip()[0].isalpha()
                                                   and between.strip()[0] not in ","):
            return None
        return quote

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """Without surrounding space, a leading comma or a final full stop outside quotation marks."""
        text = self.raw[start:end]
        left = len(text) - len(text.lstrip(" ,"))
        text = re.sub(r"(?:,?\s+and(?:\s+also)?)?[\s,]*$", "", text.lstrip(" ,"))  # (", and also warned")
        while text and text[-1] in SENTENCE_END_PUNCTUATION:
            text = text[:-1]
        if QUOTATION.fullmatch(text):  # a quotation alone: the words inside the marks
            return start + left + 1, start + left + len(text) - 1
        return start + left, start + left + len(text)

    def statement(self, start: int, end: int, speaker: str, cue: str, recipient: str | None) -> Statement:
        text = self.raw[start:end]
        if recipient is not None and cue.lower() not in self.rules.addressing:  # whom one calls on is no interviewer
            self.told.setdefault(speaker, recipient)
        elif speaker in self.told and self.kind_of(speaker) == "person" and not re.search(
                rf"\b(?:{self.rules.documents})\b", self.raw[self.sentence_start:start], re.I):
            recipient = self.told[speaker]  # one who told Enab Baladi goes on telling it ("He added that ...")
        inside = [q for q in self.quotations if q.kind == "speech" and start <= q.start + 1 and q.end - 1 <= end]
        direct = enclosed_in_quotation_marks(self.raw, start, end)
        mode = "direct" if direct else "mixed" if inside else "indirect"
        return Statement(start, end, text, speaker, mode, cue, recipient, voice_for=self.affiliations.get(speaker))
