"""Speaker attribution, finding the speaker in the words before or after a cue: a noun phrase without its
appositions, the name in it, a relative or an office of someone named, the person or body a description
names.
"""
import re

from pipeline.extraction.attribution_patterns import (
    APPOSITION_AT_END,
    LEADING_ADVERBIAL,
    NAME,
    POSSESSOR,
    PRONOUNS,
    RELATIVE_BEFORE,
    SUBORDINATE_SUBJECT,
    WORD,
    ends_with,
    slug,
)
from pipeline.extraction.rules import alternatives


class Speakers:
    """The speaker a stretch of words names (noun_phrase and its steps, named_speaker, relative_speaker).
    A part of Attributor (attribution.py), which sets the state its methods read and write (the article,
    the discourse's entities, the actors proposed) and joins it to the other parts, whose methods it calls."""

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
            self.is_state(word)

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
        restrictive = re.match(r"\s*(?:[Aa]n?|[Oo]ne|[Tt]he)\s+[a-z][^,“”\"]*?(?=\s+who(?:se)?\s+[^,“”\"]+$"
                               r"|\s+[a-z]+ing\s+(?:in|at|on|with|for|near|from)\s+[^,“”\"]+$)", text)
        # "an activist who asked not to be named", "a woman living in a camp near X": the activist, the woman; the
        # clause says who, not a name
        if restrictive:
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
        named_one = self.relative_of_one_named(start, end, text)
        if named_one:  # "The family of one of the three, Yamen Hariri,": his family
            return named_one
        relation = self.relation_pattern().fullmatch(text.strip() + ("" if text.strip().endswith(",") else ","))
        if relation:  # "Her husband, Omar, said": Omar, with the family name of the person before
            return self.named_relative(start, relation)
        # ... "one of the farmers in the village of X": one of the group, wherever they are (but "dozens of farmers
        # from X" are a group of their own, named with its place)
        part = re.fullmatch(rf"\s*(?i:one|some|many|several|most|two|three|dozens|hundreds)\s+of\s+(?:(?P<the>the\s+|"
                            rf"these\s+|those\s+))?(?P<noun>{WORD})(?(the)(?:\s+(?:in|from|at)\s+[^,“”\"]+)?)\s*", text)
        if part and (part.group("noun").lower() == "them" or part.group("the") and
                     re.fullmatch(rf"(?i:{self.rules.count_words})", part.group("noun"))):
            # "one of them said", "one of the two said" (after "Two residents told ..."): the group "they" is
            self.position = start + part.start("noun")
            actor = self.refer_back("they")
            if actor is not None:
                self.resolved.append((start + part.start("noun"), start + part.end("noun"), actor))
            return actor
        if part and (part.group("noun").lower() in self.rules.collectives
                     or re.fullmatch(r"[a-z]+s", part.group("noun"))):
            # "one of the teachers", "one of the organizers": the group
            return self.resolve(start + part.start("noun"), start + part.end("noun"), description)
        crowd = self.crowd_member(start, text)
        if crowd is not None:  # "a protester in al-Karama Square": the crowd is the speaker
            return crowd
        return self.noun_phrase_named(start, end, text, description)

    def named_relative(self, start: int, relation) -> str:
        """The relative a phrase names by name (relation: the match of relation_pattern, "Her husband, Omar,"):
        Omar, with the family name of the person before, noted so that "his brother" can then refer to him."""
        actor, _ = self.relative(relation)  # ... whom "his brother" then refers to
        self.note(start + relation.start("name"), start + relation.end("name"), actor,
                  self.new_actors[actor]["name"], "", {relation.group("relation")})
        return actor

    def crowd_member(self, start: int, text: str) -> str | None:
        """The crowd one of whose members speaks ("a protester in al-Karama Square", "One trader said" after "Traders
        in the market", "a resident of Binnish"; not "a relative of Issa", one person): the group so named before, or
        a new collective, which then speaks for them; None for a phrase that names no member of a crowd."""
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
        return None

    def noun_phrase_named(self, start: int, end: int, text: str, description: str) -> str | None:
        """Noun_phrase's last step: a clause's subject ("in which it said"), a name after its role, a relative
        or an office of someone named, the speaker named, or a description after commas."""
        raw = self.raw
        object_relative = re.search(r"\b(?:which|that|whom|what)\s+(?P<who>he|she|they|it|we)\s*$", text)
        document = re.search(rf"\b(?:{self.rules.documents})s?\b[^,;“”\"]*,?\s+in\s+which\s+(?:it|they)\s*$", text)
        # ... ("sent two letters to X, in which it called on": letters too)
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

    def rest_of_name(self, tail: str) -> re.Match | None:
        """The words of a body's or a group's name in tail, right after its first capitalized words: "and" another
        place, its noun, its acronym, what it is for and where ("the Turkish Center" "for Migration Studies" "in
        Kilis", "of Sheikh Maqsoud and al-Ashrafiyah"); all of tail, or its start when a preposition follows that
        says where the body sits ("the Russian Centre for Reconciliation" "at the Hmeimim airbase")."""
        nouns = alternatives(self.rules.body_nouns | self.rules.collectives, False)
        words = r"(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*)*"
        pattern = (rf"(?P<and>\s+and\s+{words})?"
                   rf"(?P<head>(?:\s+[a-z][\w’'-]*){{0,2}}\s+(?i:{nouns})\b)?(?:\s*\([^()]*\))?"
                   rf"(?:\s+(?:in|of|for)\s+(?:the\s+)?{words}(?:\s+and\s+{words})?){{0,2}}(?:\s*\([A-Z]{{2,6}}\))?"
                   rf"(?:\s+(?:[a-z]+\s+)?(?:{self.rules.place_words}))?")
        return re.fullmatch(pattern + r"[\s,]*", tail) or \
            re.match(pattern + r"(?=\s+(?:at|on|near|in|from|with|to)\s)", tail)

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
        # "..., and agreed to start only after the council promised": the subject of the clause the cue is in
        subordinate = list(SUBORDINATE_SUBJECT.finditer(text, last_part))
        last_part = subordinate[-1].end() if subordinate else last_part
        # ... with a second name in brackets ("the Kurdish internal security forces (Asayish)")
        phrase = re.match(rf"\s*((?:[Tt]he\s+|[Aa]n?\s+)?(?:{WORD}\s+){{0,8}}{WORD}"
                          rf"(?:\s+\((?:al-)?[A-Z][^()]{{1,40}}\))?)\s*$", text[last_part:])
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

    def relative_of_one_named(self, start: int, end: int, text: str) -> str | None:
        """'The family of one of the three detainees, Samer Qassab' (text, at start): the relative of the one named
        after the comma, who is the one of them, not the speaker."""
        one = re.fullmatch(r"\s*(?:[Tt]he\s+|[Aa]n?\s+)?(?P<relation>[a-z]+)\s+of\s+one\s+of\s+[^,“”\"]+,\s+"
                           r"(?P<name>(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*)+)[\s,]*", text)
        if one is None:
            return None
        relations = {noun: sex for sex, nouns in self.rules.relations.items() for noun in nouns}
        relation = one.group("relation")
        if relation not in relations:
            return None
        name = one.group("name")
        owner = (slug(name), name)
        self.propose_person(*owner, start + one.start("name"))  # ... of whom "his mother" may speak next
        kind = "collective" if relations[relation] == "groups" else "person"
        actor = self.relative_of(relation, *owner, kind=kind)
        self.relatives[actor] = owner
        if relations[relation] in {"female", "male"}:
            self.sexes.setdefault(actor, relations[relation])
        self.note(start, end, actor, self.new_actors[actor]["name"], "", {relation})
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
        raw = self.raw
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
        rest = self.rest_of_name(raw[name_end:self.before_comma(name_end, end)])
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
