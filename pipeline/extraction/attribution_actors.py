"""Speaker attribution, the actors: the discourse's entities (who was introduced, with which nouns), what
a phrase refers back to (a pronoun, a surname, "the <noun>"), and resolving a phrase to an actor, known or
proposed (its name, id and type).
"""
import re
from functools import lru_cache

from pipeline.extraction.attribution_patterns import (
    AGE_OR_WHO,
    DETERMINERS,
    GOES_BY,
    NAME,
    OBJECT_PRONOUNS,
    PARTICLES,
    PRONOUNS,
    WHEN_ONLY,
    WORD,
    Entity,
    ends_with,
    initial_capital,
    slug,
    without_patron,
    without_time,
)
from pipeline.extraction.rules import alternatives, is_state, well_known


class Actors:
    """The actors of the discourse: remembering who was introduced, referring back to them, resolving a
    phrase to a known or a proposed actor.
    A part of Attributor (attribution.py), which sets the state its methods read and write (the article,
    the discourse's entities, the actors proposed) and joins it to the other parts, whose methods it calls."""

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
        return head_words(name) & (self.rules.body_nouns | self.rules.collectives)

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
        return is_state(name, self.rules)

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
            # ... or the one described so ("Um Ali, a mother of three, ... the mother of three said")
            holder = self.role_holder(phrase.split()[1:])
            if holder:
                return holder
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
            if self.introduced and (self.introduced[1] == sex or self.introduced[1] == "any" and
                                    self.sexes.get(self.introduced[0], sex) == sex):  # (a neighbour, by name a man)
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
        main = self.main_clause_subject()
        if main is not None:  # "The ministry sent a letter to X, in which it called on": the ministry
            return main
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

    def main_clause_subject(self) -> str | None:
        """A pronoun right after a relative pronoun ("X sent letters to Y, in which it called on ...", "X issued a
        statement, which they signed"): the body or group the main clause is about, its subject; not the last one
        named or the last that spoke."""
        relative = re.search(r",\s+(?:(?:in|through|under|with|by|to|for)\s+)?(?:which|whom)\s+$",
                             self.raw[self.sentence_start:self.position])
        if relative is None:
            return None
        kept, resolved = self.position, len(self.resolved)
        try:
            subject = self.clause_subject(self.sentence_start, self.sentence_start + relative.start())
        finally:
            self.position = kept
        if subject is None or self.kind_of(subject) != "group":
            del self.resolved[resolved:]
            return None
        return subject

    def noun_referent(self, bare: str) -> str | None:
        """refer_back for "the <noun>", "his <noun>" (bare: without the determiner): the entity so described
        before, the subject by their role, the outlet, or the body that spoke last."""
        if bare.lower() == "latter":
            return self.latter()
        for entity in reversed(self.entities):
            if described_by(entity, bare):  # "the camp administration" is not the Autonomous Administration
                return self.propose_group(entity)
        head = bare.split()[-1].lower()
        modifiers = bare.split()[:-1]
        if self.subject and head in self.roles.get(self.subject[0], ()) and not modifiers:
            return self.adopt_subject(self.position)  # "Hassan Khalil, a farmer, lost ... the farmer said"
        holder = self.role_holder([head]) if not modifiers else None
        if holder:  # "Um Ali, a widow, lives ... Her neighbour said ... the widow said": her, though another spoke
            return holder
        if not modifiers and self.trade_of_last_person(head):
            return self.last_person  # "X, who owns a pharmacy, said ... the pharmacist said": X, described anew
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
        classed = self.classed_by(bare)
        return self.propose_group(classed) if classed is not None else None

    def classed_by(self, bare: str) -> Entity | None:
        """"The faction" after "the Hamza Division" (bare: "faction"): where no body was named or described with the
        noun, the latest body whose name's head is of its class (rules.yaml class_nouns)."""
        heads = dict(self.rules.class_nouns).get(bare.lower(), frozenset())
        if not heads:
            return None
        return next((e for e in reversed(self.entities) if e.kind == "group" and head_words(e.name) & heads), None)

    def trade_of_last_person(self, head: str) -> bool:
        """Whether "the <head>", a person's trade (rules.yaml persons, singular) that nobody was described with, is
        the last person who spoke, in this sentence or the one before: a definite noun needs someone before it, and
        they were given no other trade."""
        last = self.last_person
        near = {s.speaker for s in self.previous_found + self.sentence_found}  # who spoke in this sentence or the last
        if last not in near or head not in self.rules.persons or re.search(r"(?:s|men|ren)$", head):
            return False
        nouns = set(self.roles.get(last, ())).union(*(e.nouns for e in self.entities if e.actor == last))
        return not nouns & self.rules.persons

    def give_roles(self, person: tuple[str, str], roles: set[str]) -> None:
        """What a person is ("a farmer", "Dr."): "the farmer" can call them later; the latest so described last."""
        self.roles[person[0]] = self.roles.pop(person[0], set()) | roles
        self.role_names[person[0]] = person[1]

    def role_holder(self, words: list[str]) -> str | None:
        """The latest person described with one of words as their role ("the mother of three" after "Um Ali, a mother
        of three, ..."), in the discourse from here; None if nobody was."""
        lowered = {w.lower() for w in words}
        holder = next((p for p in reversed(self.roles) if self.roles[p] & lowered), None)
        return self.propose_person(holder, self.role_names[holder], self.position) if holder else None

    def named_once(self, phrase: str) -> str | None:
        """"the council" where nothing before was so named: the one body the whole article names or describes with
        its words ("the local council of al-Bab", named later), if it names only one; two councils leave it to
        nobody."""
        bare = DETERMINERS.sub("", phrase)
        bodies = {e.actor: e for e in self.entities if e.kind == "group" and described_by(e, bare)}
        return self.propose_group(bodies.popitem()[1]) if len(bodies) == 1 else None

    def latter(self) -> str | None:
        """"The latter": the last person named in full in this sentence or the one before, outside quotations."""
        before = [s for s, e in self.sentences if s < self.sentence_start][-1:] or [self.sentence_start]
        person = self.person_in_sentence(self.position, before[0])
        return self.propose_person(*person, self.position) if person else None

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
        start, end = self.phrase_span(start, end)
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
        issued = self.issued_by_pronoun(phrase)
        if issued:  # "according to a circular it published": whoever "it" is
            return self.resolve(start + issued.start("who"), start + issued.end("who"), description)
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
        members = re.fullmatch(rf"(?i:{self.rules.forces_nouns})\s+of\s+(?P<body>the\s+[a-z][\w\s’'-]*)", phrase)
        # "Members of the militia said": the militia named before, as in events (forces_of)
        earlier = self.refer_back(members.group("body")) if members else None
        earlier = earlier or self.refer_back(phrase)
        if earlier:
            self.resolved.append((start, end, earlier))
            entity = next((e for e in reversed(self.entities) if e.actor == earlier), None)
            if entity is not None and phrase.lower() not in PRONOUNS:  # named again: the latest so named
                self.entities.append(Entity(entity.actor, entity.name, entity.kind, entity.nouns, start))
            return earlier
        if phrase.lower() in PRONOUNS:
            return None  # a pronoun that refers to nobody introduced: no made-up actor
        domain = next((actor for actor, pattern in self.rules.domain_actors if pattern.fullmatch(phrase)), None)
        if domain is not None:  # "the army", "the regime": the registry's actor, as in events (rules.yaml)
            self.note(start, end, domain, self.actor_names.get(domain, phrase), description)
            return domain
        return self.propose_named(start, end, phrase, description)

    def issued_by_pronoun(self, phrase: str) -> re.Match | None:
        """A document and the clause that says who issued it by a pronoun ("a circular it published", "the report
        they released"): the pronoun (group who), never the document's words as a name."""
        return re.fullmatch(rf"(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?(?:{self.rules.documents})\s+"
                            rf"(?:that\s+|which\s+)?(?P<who>it|they|he|she)\s+[a-z]+ed\b.*", phrase)

    def phrase_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the phrase to resolve: without the spaces, commas and quotation marks around it, nor a
        time at its end (not trim's, which is a content's)."""
        raw = self.raw
        while start < end and raw[start] in " ,“”\"‘’":
            start += 1
        while end > start and raw[end - 1] in " ,.“”\"‘’":
            end -= 1
        end = start + len(without_time(raw[start:end]))  # "Jordan on Thursday": Jordan
        # "the directorate in a statement (on Monday)": where it spoke is no word of its name
        said_in = occasion_at_end(self.rules.statement_nouns, self.rules.occasions).search(raw[start:end])
        end = start + len(without_time(raw[start:start + said_in.start()])) if said_in else end
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
                nouns.add(self.title_noun(name))
            name = untitled  # "Colonel X", "Journalist X"; but "Syrian Activist Network" keeps its words
        if name.isupper():  # "the SNA": the Syrian National Army, as in events (a name in words keeps its spelling)
            name = well_known(name, self.rules) or name
        return name, description, nouns, outlet

    def title_noun(self, name: str) -> str | None:
        """What the title before a name calls the person later: "Colonel X" the colonel, "Dr. X" the doctor."""
        untitled = self.rules.title.sub("", name)
        if untitled == name:
            return None
        title = name[:len(name) - len(untitled)].split()[-1].strip(".").lower()
        return dict(self.rules.title_nouns).get(title, title)

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
                or role not in self.rules.body_nouns | self.rules.media_types | {None}):
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
                self.names_people(name.split()[1:3]):
            # "Two residents", "Several activists", "Two young men", "Two bakery workers": the group
            # ... "two members of the delegation", "two shop owners"
            name = name.split(" ", 1)[1]
        elif counted and len(name.split()) > 2 and name.split()[1].lower() == "of" and \
                name.split()[2].lower() in self.rules.collectives | self.rules.group_modifiers:
            name = name.split(" ", 2)[2]  # "Hundreds of residents of al-Bab": the residents of al-Bab
        return name, description

    def names_people(self, words: list[str]) -> bool:
        """Words after a count that name a group of people: a group's noun, a body's members ("two members of the
        delegation"), owners of something ("two shop owners")."""
        return self.is_collective(" ".join(words)) or words[0].lower() in self.rules.member_nouns or \
            any(re.fullmatch(self.rules.owner_nouns, word, re.I) for word in words)

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
        if forces is None or self.is_state(forces.group("party")):
            return name
        return forces.group("party")

    def kin_sex(self, head: str) -> str | None:
        """The sex of a name's head that is one relative or one office-holder ("Father" of "Father of one of the
        detainees", "Mukhtar of Kafr Nasih"): female, male or any; None when the head is neither."""
        word = head.split()[-1].lower() if head.split() else ""
        if word in self.rules.offices:
            return "any"
        return next((sex for sex, nouns in self.rules.relations.items() if sex != "groups" and word in nouns), None)

    def spokesperson(self, start: int, voice, end: int, description: str) -> str | None:
        """'A spokesman for X', 'an official in X' (voice, matched at start): a person of their own, named in the
        article's words ("Spokesman for X"), whose body X is their parent (coding guide); 'officials of X' are a
        group of them."""
        clause = re.search(r"\s+(?:who|whose)\s", self.raw[start + voice.end():end])
        end = start + voice.end() + clause.start() if clause else end  # "who asked not to be named": no name
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
        elif role := self.role_of(description):  # "an official in the directorate, who ... the official said":
            # the directorate (the voice comes first in the description)
            nouns.add(role)  # "SNHR, a UK-based monitor ... the monitor said"
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


def described_by(entity: Entity, bare: str) -> bool:
    """Whether "the <words> <noun>" (bare: without "the") describes an entity: its noun is one the entity was named
    or described with, and its other words are words of the entity's name."""
    head, modifiers = bare.split()[-1].lower(), bare.split()[:-1]
    return head in entity.nouns and all(re.search(rf"\b{re.escape(m)}", entity.name, re.I) for m in modifiers)


@lru_cache(maxsize=2)
def occasion_at_end(statement_nouns: str, occasions: str) -> re.Pattern:
    """Where a subject spoke, ending a phrase ("the directorate in a statement"): no word of its name."""
    return re.compile(rf"\s+(?:in|at|during|through|via)\s+(?:a|an|its|the|their|his|her)\s+(?:[\w’'-]+\s+)?"
                      rf"(?:{statement_nouns}|{occasions})$")


def head_words(name: str) -> set[str]:
    """The words of a name's head, lower-cased, before its place or parent ("water department in the Deir Ezzor Civil
    Council": water, department)."""
    return {word.lower() for word in re.findall(WORD, re.split(r"\s+(?:in|of|for|from|at)\s+", name)[0])}
