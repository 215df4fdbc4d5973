"""Speaker attribution, the statements of a sentence: the sentence's subject and the people (and relatives)
it introduces, the cues that report words, the statements of each cue in turn, words resumed after a
quotation or continued in the next sentence, accusations, and what the statements found leave to the
discourse (the documents they were said in, the last speaker).
"""
import re

from pipeline.extraction.attribution_patterns import (
    ACRONYM_DEFINITION,
    AND_SUBJECT,
    BODY_PLACE,
    CONTRAST,
    GIVEN_NAME_AND_AGE,
    LEADING_ADVERBIAL,
    MONTH_NAMES,
    NAME,
    POSSESSOR,
    QUESTION,
    QUESTION_WORD,
    RELATIVE_OBJECT,
    RELATIVE_SUBJECT,
    WHEN_ONLY,
    WORD,
    WORDS_BEFORE,
    WORDS_OF,
    Entity,
    Statement,
    names_with_quotation,
    slug,
)
from pipeline.extraction.rules import alternatives, seated


class Statements:
    """The statements of a sentence (statements_in, find_statements) and the people it introduces.
    A part of Attributor (attribution.py), which sets the state its methods read and write (the article,
    the discourse's entities, the actors proposed) and joins it to the other parts, whose methods it calls."""

    # --- statements ---------------------------------------------------------------------------

    def statements_in(self, start: int, end: int) -> list[Statement]:
        """The statements of one sentence; then the bodies it names join the discourse."""
        self.sentence_start, self.sentence_end = start, end
        self.voiced = set()
        described = self.words_described(start, end)
        found = self.find_statements(start, end) if described is None else described
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
        self.introduce_relatives(start, end, found)
        return found

    def words_described(self, start: int, end: int) -> list[Statement] | None:
        """'“We live day by day.” This is how X, a displaced man, described his life.': the quotation that ends right
        before the sentence (or opens it, before a dash) is the words of the sentence's subject; its statement, if new
        (one drafted already gets this speaker), or None when the sentence is not such."""
        quotation = next((q for q in reversed(self.quotations) if q.kind == "speech" and q.start < end and (
            not self.raw[q.end:start].strip() and self.alone_before(q, start) or
            q.start >= start and not self.raw[start:q.start].strip())), None)
        opening = quotation and WORDS_BEFORE.match(self.raw, quotation.end - 1 if quotation.end > start else start, end)
        speaker = opening and self.clause_subject(opening.end(), end)
        if not speaker:
            return None
        drafted = next((s for s in [self.last_direct, *self.previous_found] if s is not None and s.mode == "direct"
                        and s.start <= quotation.start + 1 and quotation.end - 1 <= s.end), None)
        statement = drafted or self.statement(quotation.start + 1, quotation.end - 1, speaker, "said", None)
        statement.speaker = speaker
        self.after([statement])
        return [] if drafted else [statement]

    def alone_before(self, quotation, start: int) -> bool:
        """A quotation that is the whole sentence before start."""
        before = [s for s, e in self.sentences if s < start and e <= start + 1]
        return bool(before) and not self.raw[before[-1]:quotation.start].strip()

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
        position, title = self.abbreviated_title(position, end)  # "Dr. Hiba Tarraf works at ...": the doctor
        if title is None:
            position, title = self.trade_before_name(position, end)  # "The doctor Hiba Tarraf works ...": the same
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
            person = self.in_role(first, end) if opens_paragraph or introduced else None
            if person and title:
                self.give_roles(person, {title})
            return person
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
        # ("Enab Baladi met X, the director of ...": X too)
        return next((self.in_role(m, end) for m in NAME.finditer(self.raw, start, end)
                     if (re.match(r",\s+(?:\d+|an?\s|the\s|who\s)", self.raw[m.end():end])
                         or self.met_by_body(position, m)) and self.person_named(m)), None)

    def met_by_body(self, subject_start: int, name) -> bool:
        """A person named right after a verb of meeting (rules.yaml meeting_verbs) whose subject is a body ("Enab Baladi
        met Ziad Malla in his shop"): "he said" next is the person met, as a body is no "he"."""
        verb = re.search(rf"\b(?:{self.rules.meeting_verbs})\s+$", self.raw[subject_start:name.start()])
        subject = self.known_at(subject_start, subject_start + verb.start()) if verb else None
        opening = re.match(r"(?:[Tt]he\s+)?", self.raw[subject_start:]).end()  # the subject: the first words
        return subject is not None and subject not in self.person_ids and \
            any(m[0] == subject_start + opening and m[2] == subject for m in self.mentions)

    def abbreviated_title(self, position: int, end: int) -> tuple[int, str | None]:
        """Past an abbreviated title at position ("Dr. ", "Eng. "; rules.yaml title_nouns), which no name includes,
        and the noun it stands for; else position and None."""
        title = re.match(r"([A-Z][a-z]{1,3})\.\s+(?=[A-Z])", self.raw[position:end])
        noun = dict(self.rules.title_nouns).get(title.group(1).lower()) if title else None
        return (position + title.end(), noun) if noun else (position, None)

    def trade_before_name(self, position: int, end: int) -> tuple[int, str | None]:
        """Past "the <trade>" right before a name at position ("The engineer Samer Aswad", rules.yaml persons), which
        is no word of the name, and the trade; else position and None."""
        trade = re.match(r"[Tt]he\s+(?P<noun>[a-z]+)\s+(?=(?:al-)?[A-Z])", self.raw[position:end])
        if trade and trade.group("noun") in self.rules.persons:
            return position + trade.end(), trade.group("noun")
        return position, None

    def in_role(self, name, end: int) -> tuple[str, str] | None:
        """The person a name names, whose apposition's role ("Hassan Khalil, a farmer,") is what "the farmer"
        calls them later."""
        person = self.person_named(name)  # ... and a title ("Colonel X": the colonel)
        roles = {self.role_of(self.raw[name.end():end]), self.title_noun(name.group())} - {None}
        if person and roles:
            self.give_roles(person, roles)
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

    def introduce_relatives(self, start: int, end: int, found: list[Statement]) -> None:
        """'His wife, Rima, ...': a person introduced through a relation to the latest person, with
        that person's family name when only a given name is written; one named inside what someone said ("X said
        that his son, Omar, was arrested") is not who "he said" next is."""
        for match in self.relation_pattern().finditer(self.raw, start, end):
            actor, sex = self.relative(match)
            # ... "his brother" later is that person again
            self.entities.append(Entity(actor, self.new_actors[actor]["name"], "person",
                                        frozenset({match.group("relation")}), match.start("name")))
            if not any(s.start <= match.start() < s.end for s in found):
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
                          rf"[A-Z][\w’'-]*)*)[’']s)\s+(?P<relation>{alternatives(relations)}),\s+"
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
        self.sex_by_name(actor, name)  # "Her neighbour, Tarek," is a man: "she" next is not him
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
        spans += [(s, e + self.seat_after(s, e)) for s, e in names]
        defined = self.acronyms_defined(start, end)
        spans = [span for span in spans if not any(s <= span[0] and span[1] <= e for s, e in defined)] + list(defined)
        for span_start, span_end in sorted(spans):
            if self.inside_quotation(span_start) or self.persons_apposition(span_start) or \
                    any(s <= span_start and span_end <= e for s, e, _ in self.resolved):
                continue
            name = re.sub(r"^(?:The|the)\s+", "", self.raw[span_start:span_end])
            name = name[self.after_owner(name):]  # "the Administration’s Economy Authority": no word of its owner
            words = {w.lower() for w in re.findall(WORD, name)}
            if not words & self.rules.body_nouns:
                continue
            # "the Ministry of Local Administration of the Salvation Government": a ministry of that government
            parent = [m for m in self.mentions if span_start < m[0] and m[1] <= span_end
                      and re.search(r"\s(?:of|in|for)\s+(?:the\s+)?$", self.raw[span_start:m[0]])]
            actor = defined.get((span_start, span_end)) or \
                (slug(name) if parent else self.known_at(span_start, span_end) or slug(name))
            self.entities.append(Entity(actor, name, "group", frozenset(self.head_nouns(name) & self.rules.body_nouns),
                                        span_start))

    def seat_after(self, start: int, end: int) -> int:
        """The length of "in" and the place after a civil body's name at start-end (rules.yaml seated_bodies), a word of
        its name as in events ("the Directorate of Education" "in Hama"); 0 if none."""
        name = re.sub(r"^(?:The|the)\s+", "", self.raw[start:end])
        seat = BODY_PLACE.match(self.raw, end) if seated(name, self.rules) else None
        return seat.end() - end if seat and not self.known_at(end, seat.end()) else 0

    def acronyms_defined(self, start: int, end: int) -> dict[tuple[int, int], str]:
        """The names in raw[start:end] that the acronym after them stands for, and the id it gives ("the UN Relief and
        Works Agency for Palestine Refugees (UNRWA)": one body, unrwa, as in events; not "Works Agency for ...")."""
        defined = {}
        for match in ACRONYM_DEFINITION.finditer(self.raw, start, end):
            name = re.sub(r"^The\s+", "", match.group("name"))
            if name[0] == match.group("acronym")[0]:
                defined[(match.end("name") - len(name), match.end("name"))] = slug(match.group("acronym"))
        return defined

    def persons_apposition(self, position: int) -> bool:
        """A phrase right after a person's name and a comma ("X, the spokesman of the SNA,"): what the person is, no
        body of its own that "the spokesman" could be later."""
        comma = re.search(r",\s+(?:the\s+)?$", self.raw[max(0, position - 8):position])
        at = position - len(comma.group()) if comma else -1
        return comma is not None and any(e == at and self.kind_of(actor) == "person" for _, e, actor in self.resolved)

    def introduce_described(self, start: int, end: int) -> None:
        """'Nour al-Amal, an aid organization that ...': a body the article describes by a body's noun, which
        its name alone does not say; "the organization" and its name are that body after it."""
        nouns = alternatives(self.rules.body_nouns | self.rules.media_types, False)
        described = re.compile(rf"(?P<name>(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*)*),\s+(?:an?|the)\s+"
                               rf"(?:(?!(?:of|in|for|from|at|with)\b)[\w’'-]+\s+){{0,3}}?(?P<noun>{nouns})\b"
                               # ... an apposition, not a clause ("Later, the police arrested")
                               rf"(?=\s*[,.;)]|\s+(?:that|which|who|whose|based|close|affiliated|in|of|for|from|at|"
                               rf"with|near|run|led|working|active|and|{self.rules.apposition_tails})\b)")
        for match in described.finditer(self.raw, start, end):
            name = self.rules.opening_word.sub("", match.group("name"))  # "The Sahel Aid Team, a group"
            if re.fullmatch(rf"(?i:{MONTH_NAMES}|\w+day)", name):
                continue  # "In early May, the governorate and ...": a time, not a body so described
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
                 or self.after_quotation(c.start(), start)
                 or self.quotation_after(c.end(), end))  # "wrote on Facebook: “...”"
            and (c.group().lower() not in self.rules.quote_verbs or c.group("participle")  # ("read “...”")
                 or self.after_quotation(c.start(), start) or self.quotation_after(c.end(), end)
                 or QUESTION.match(raw, c.end(), end)  # ... or before a reported question
                 or c.group().lower() in self.rules.request_verbs)
            # "asked the council to repair", "asking for a meeting": a request; "asked about it": none
            and (c.group().lower() not in self.rules.request_verbs or self.after_quotation(c.start(), start)
                 or QUESTION.match(raw, c.end(), end) or self.rules.request.match(raw, c.end(), end)
                 or self.quotation_after(c.end(), end))
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
            if cue.group("according") and cue.start() > clause_start + 2 and \
                    (not earlier_cue or self.witnesses_after(cue, end)):
                found += self.content_first_according(start, cue, end)
                earlier_cue = True
                # "..., according to the crossing’s administration, while rescue teams say that": their clause
                holder_end = re.search(r"[,.;]", raw[cue.end():end])
                floor = self.contrast_after(cue.end() + holder_end.start(), end) or floor if holder_end else floor
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
        found = self.inner_quotation_first(self.without_parts(found, named))
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

    @staticmethod
    def inner_quotation_first(found: list[Statement]) -> list[Statement]:
        """A quotation of another speaker inside a report ("X said that an officer told him: “...”") is the officer's
        statement (coding guide): his direct statement comes before the report that holds it."""
        def holder(inner: Statement) -> int | None:
            return next((i for i, outer in enumerate(found) if outer is not inner and outer.mode != "indirect"
                         and outer.speaker != inner.speaker and outer.start <= inner.start and inner.end <= outer.end),
                        None)
        for inner in [f for f in found if f.mode == "direct"]:
            index = holder(inner)
            at = next(i for i, f in enumerate(found) if f is inner)
            if index is not None and at > index:
                found.insert(index, found.pop(at))
        return found

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

    def quotation_after(self, position: int, end: int) -> bool:
        """A speech quotation right after a cue and a colon or a comma, past where or to whom it was said ('replied,
        “...”', 'wrote on its page on Monday: “...”'), or after "of" ('complained of “...”'): words, whatever the
        verb reports elsewhere."""
        opening = re.match(r"(?:(?:\s+[^,.;:“”\"]{1,50}?)?\s*[:,]|\s+(?:of|about))\s*(?=[“\"])", self.raw[position:end])
        return opening is not None and any(q.kind == "speech" and q.start == position + opening.end()
                                           for q in self.quotations)

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
            speaker = view and self.noun_phrase(start + view.start("who"), start + view.end("who")) or \
                self.words_of(start, quotation.start) or self.colon_speaker(start, quotation.start)
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

    def words_of(self, start: int, stop: int) -> str | None:
        """'In his words, “...”': the person "his" refers to; 'In the words of X, “...”': X."""
        words = WORDS_OF.match(self.raw, start, stop)
        if words is None:
            return None
        if words.group("who"):
            return self.noun_phrase(*words.span("who"))
        self.position = words.start("owner")
        return self.refer_back({"his": "he", "her": "she", "their": "they"}[words.group("owner").lower()])

    def colon_speaker(self, start: int, stop: int) -> str | None:
        """'Rima Haddad, a nurse, is worried about the winter: “...”': the subject of a clause without a cue that a
        colon ends right before a quotation says it (or None)."""
        colon = re.search(r":\s*$", self.raw[start:stop])
        if colon is None or re.search(r"[“”\"]", self.raw[start:stop]):
            return None
        proposed, resolved, entities = dict(self.new_actors), len(self.resolved), len(self.entities)
        subject = self.clause_subject(start, start + colon.start())
        person = None if subject else self.person_subject(start, start + colon.start())  # ("X fears the winter:")
        subject = self.propose_person(*person, start) if person else subject
        name = self.new_actors.get(subject, {}).get("name", "") if subject else ""
        if subject and (subject in self.actor_names or self.kind_of(subject) == "person" or self.is_collective(name)
                        or self.new_actors[subject]["type"] != "collective"):
            return subject
        # ("The situation is simple: “...”", "The banner read: ...": no one who speaks; nothing proposed)
        self.new_actors.clear()
        self.new_actors.update(proposed)
        del self.resolved[resolved:], self.entities[entities:]
        return None

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
        told = told or self.who_spoke_to(cue.end(), speaker_end)  # "..., according to two traders who spoke to X"
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

    def who_spoke_to(self, start: int, stop: int) -> tuple[str | None, str | None] | None:
        """'two traders who spoke to Enab Baladi' after "according to": the traders speak, to Enab Baladi (whom they
        spoke to is no word of who they are)."""
        clause = re.search(r"\s+who\s+(?:spoke|talked|told|were\s+speaking|was\s+speaking)\s+(?:to\s+|with\s+)?"
                           r"(?P<who>(?:the\s+)?(?:al-)?[A-Z][^,;]*?)(?=\s+(?:on|in|by|via|from)\b|\s*$)",
                           self.raw[start:stop])
        if clause is None:
            return None
        speaker = self.noun_phrase(start, start + clause.start()) or self.resolve(start, start + clause.start())
        return speaker, self.resolve(start + clause.start("who"), start + clause.end("who"))

    def witnesses_after(self, cue, end: int) -> bool:
        """'He told them that ..., according to two members of the delegation': after words another cue reports,
        people who were there (named by a common noun: a group, a relative, members) report them too, a statement
        of their own; an outlet or a body ("..., according to SANA") only carries the words it reports."""
        holder = re.match(rf"\s*(?:(?:an?|one|his|her|their|\d+|{self.rules.count_words})\s+(?:of\s+(?:the\s+)?)?)?"
                          rf"(?P<noun>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)", self.raw[cue.end():end])
        relations = {noun for nouns in self.rules.relations.values() for noun in nouns}
        nouns = set(holder.group("noun").split()) if holder else set()  # "two shop owners": a trade, then the group
        return holder is not None and (self.is_collective(holder.group("noun")) or any(
            noun in relations | self.rules.member_nouns or noun.rstrip("s") in relations
            or re.fullmatch(self.rules.owner_nouns, noun) for noun in nouns))

    def seen_copy(self, cue, end: int) -> bool:
        """'according to a copy seen by Enab Baladi', 'according to the letter, obtained by X': a document that X saw
        (rules.yaml seen_by), which speaks for its authors, not for X."""
        return re.match(rf"\s+(?:an?|the)\s+[^.;“”\"]{{0,40}}?\b(?:{self.rules.seen_by})\b", self.raw[cue.end():end]) \
            is not None
