"""Speaker attribution, one cue: its speaker (before it, after it, after the words), where its content
starts and ends, its recipient, "according to X", a quotation before it; and the statement it makes.
"""
import re

from pipeline.extraction.attribution_patterns import (
    AND_SUBJECT,
    APPOSITION_AT_END,
    CONTRAST,
    LEADING_ADVERBIAL,
    ORDER,
    PRONOUNS,
    RELATIVE_BEFORE,
    RELATIVE_OBJECT,
    RELATIVE_SUBJECT,
    SENTENCE_END_PUNCTUATION,
    TRAILING_ADVERBIALS,
    TRAILING_APPOSITION,
    TRAILING_CUE_END,
    TRAILING_SPEAKER,
    WORD,
    Entity,
    Statement,
    past_closing_mark,
    slug,
)
from pipeline.lib.spans import QUOTATION, enclosed_in_quotation_marks


class Cues:
    """One cue's speaker, content and recipient (attribute and its steps, content_end, according_to).
    A part of Attributor (attribution.py), which sets the state its methods read and write (the article,
    the discourse's entities, the actors proposed) and joins it to the other parts, whose methods it calls."""

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
            if next_cue is not None and next_cue.group("verb") and next_cue.start() < who[1]:
                return None  # "A statement issued by X said that": the verb after X reports, "issued by" names X
            speaker = self.noun_phrase(*who) or self.resolve(*who)
            content_start = cue.end() + agent.end()
            return speaker, content_start, self.content_end(content_start, end, next_cue), None, None
        if cue.group("participle"):  # "..., saying that": the sentence's subject, or the last speaker
            subject = self.names_in(start, cue.start())
            speaker = sentence_speaker or self.subordinate_subject(clause_start, cue.start()) or \
                self.clause_subject(clause_start, cue.start()) or \
                (self.resolve(*subject[0]) if subject else None) or self.last_speaker
            # "..., telling the al-Watan newspaper that": to al-Watan
            recipient, content_start = self.recipient_after(cue.end(), end) \
                if cue.group().lower() in self.rules.object_verbs else (None, cue.end())
            content_start = self.skip_to_content(content_start, end)
            return speaker, content_start, self.content_end(content_start, end, next_cue), recipient, None
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
            # ... past the speaker's apposition: '“...,” said X, a nurse in Y, “and ...”'
            rest = re.match(r"(?:\s+[^“”\",.;:]{1,40})?(?:,\s+(?:an?|the|one\s+of)\s+[^“”\",.;:]{1,80})?\s*,\s*"
                            r"(?=[“\"])", raw[content_start:end])
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
        joined = self.joined_speaker(cue, clause_start, end, sentence_speaker, next_cue)
        if joined is not None:  # "X condemned the arrests and accused": X
            return joined
        if re.match(r"\s+to\s+[a-z]+\b", raw[cue.end():end]) and not re.match(r"\s+to\s+(?:the|a|an)\b",
                                                                                 raw[cue.end():end]) \
                and cue.group().lower() not in self.rules.act_cues | self.rules.infinitive_cues:
            return None  # "promised to withdraw": an act announced, not a statement's content
        answered = self.words_answered(cue, clause_start, end)
        if answered is not None:  # "..., which the police denied in a statement": the police deny those words
            return answered
        # "..., the page added.", "..., the Sharqiya Monitor, a network of activists, reported."
        # ... "..., Eng. Fawaz Hamdan said", "..., a ferry owner from X, who asked not to be named, told",
        # '..., demanding “...,” SANA reported'
        trailing = re.search(rf",(?!\d)[”\"]?\s*((?:[Tt]he\s+|[Aa]n?\s+|[Ll]ocal\s+|[A-Z][a-z]{{1,3}}\.\s+)?"
                             rf"(?:{WORD}\s+){{0,5}}?{WORD}"
                             rf"(?:\s+\([^()]{{1,40}}\))?|[Hh]e|[Ss]he|[Tt]hey)"
                             rf"(?P<apposition>{TRAILING_APPOSITION})?(?:,\s+who(?:se)?\s+[^,“”\"]{{1,100}},)?"
                             rf"(?P<named>,\s+(?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*){{0,3}},)?\s+$", before)
        after = raw[cue.end():end]
        # "..., traders told Enab Baladi.", "..., activists reported on Tuesday.", "..., X said on its page on Monday."
        # ... not before a quotation ("When asked about it, X replied, “...”": the quotation is the words)
        at_end = re.match(rf"(?:\s+(?:to\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})?{TRAILING_ADVERBIALS}"
                          rf"\s*(?:[,.;](?!\d)(?!\s*[“\"])|$)", after)
        # "Since early March, residents said, the baskets have ...": the cue set between commas after a phrase with no
        # verb, the words after it
        aside = re.match(rf"{TRAILING_ADVERBIALS}\s*,\s+(?!(?:that|who|which|whose|and|but|as|while|after|when|"
                         rf"according)\b)(?![a-z]+ing\b)(?=[a-z])", after) \
            if trailing and not self.has_verb(raw[clause_start:clause_start + trailing.start()]) else None
        if trailing and (at_end or aside) and not RELATIVE_BEFORE.match(trailing.group(1) + " ") and \
                not QUOTATION.fullmatch(raw[clause_start:clause_start + trailing.start()].strip()) and \
                not self.adverbial_only(clause_start, clause_start + trailing.start(1)):
            # ("In the same statement, the council called on Russia, as ...": a time or place, then the subject)
            # content first: "..., activists reported on Tuesday, after ...", "..., the page added."
            speaker_after_words = self.trailing_speaker(cue, clause_start, end, trailing, aside)
            if speaker_after_words is not None:
                return speaker_after_words
        inverted = self.speaker_last(cue, clause_start, end)
        if inverted is not None:
            return inverted
        return self.attribute_subject_first(cue, clause_start, start, end, sentence_speaker, next_cue)

    def joined_speaker(self, cue, clause_start: int, end: int, sentence_speaker: str | None, next_cue):
        """"X condemned the arrests and accused ...": a cue joined by "and" to the clause before it is said by that
        clause's subject (the sentence's speaker, or the body before "which": "the UN agency, which does not run the
        convoys and says that"), to whom it tells ("..., and told Enab Baladi that"); the attribute() tuple, or
        None."""
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
        return None

    def trailing_speaker(self, cue, clause_start: int, end: int, trailing, aside):
        """'..., the page added.', '..., his brother, Ali Saleh, told': the speaker named after the words (trailing: the
        match of the name between them and the cue; aside: of the words after a cue set between commas, or None),
        and the words, before the name or after the cue; the attribute() tuple, or None."""
        raw = self.raw
        holder = (clause_start + trailing.start(1), clause_start + trailing.end(1))
        apposition = trailing.group("apposition") or ""
        if trailing.group("named"):  # "..., his brother, Ali Saleh, told": the person named after the role
            speaker = self.noun_phrase(holder[0], clause_start + trailing.end("named"))
        elif re.match(r",\s+(?:al-)?[A-Z]", apposition):  # "..., his brother, Khaled Omar, said.": the same
            speaker = self.noun_phrase(holder[0], clause_start + trailing.end("apposition") - 1)
        else:
            speaker = self.relative_speaker(*holder) or self.resolve(*holder, apposition)
        if speaker is not None:
            text_start, text_end = self.trim(cue.end() + aside.end(), end) if aside else \
                self.trim(clause_start, past_closing_mark(raw, clause_start + trailing.start()))
            return speaker, text_start, text_end, self.recipient_after(cue.end(), end)[0], None
        return None

    def adverbial_only(self, start: int, stop: int) -> bool:
        """raw[start:stop] is only a phrase of time or place and its comma ("In the same statement, "), no clause
        ("At least six men were arrested, ")."""
        words = set(re.findall(r"[a-z]+", self.raw[start:stop]))
        return LEADING_ADVERBIAL.fullmatch(self.raw, start, stop) is not None and \
            not words & self.rules.finite_verbs and not any(w.endswith("ed") for w in words)

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
        # "said in an interview with Enab Baladi that": to Enab Baladi
        recipient = recipient or self.interviewer(skipped, content_start)
        if cue.group().lower() in self.rules.that_verbs:  # "expressed concern that ...": after "that"
            that = re.match(r"(?:[\w’'-]+\s+){0,4}?that\b\s*", raw[content_start:end])
            content_start += that.end() if that else 0
        content_end = self.content_end(content_start, end, next_cue)
        # "denied that ..., in an interview with the radio station Sham FM on Sunday": to Sham FM
        occasion = re.match(r"\s*,\s+(?:in|during)\s+(?:an?|the)\s", raw[content_end:end])
        recipient = recipient or (self.interviewer(content_end, end) if occasion else None)
        # "X, in an interview with Enab Baladi on Sunday, said that": to Enab Baladi
        aside = re.search(r",\s+(?:in|during)\s+(?:an?|the)\s[^,]*,\s*$", before)
        recipient = recipient or (self.interviewer(clause_start + aside.start(), cue.start()) if aside else None)
        if re.search(r",\s+(?:which|who|whom)\s+(?:[\w’'-]+\s+){1,3}$", before):
            content_end = self.relative_clause_end(content_start, content_end)
        return speaker, content_start, content_end, recipient, None

    def has_verb(self, text: str) -> bool:
        """Whether text has a finite verb (rules.yaml finite_verbs, or a word in -ed): a clause, not a phrase of time
        or place ("Since early March", "In the camps")."""
        return any(w in self.rules.finite_verbs or re.fullmatch(r"[a-z]{3,}ed", w) for w in re.findall(WORD, text))

    def words_answered(self, cue, clause_start: int, end: int):
        """'Relatives said that officers asked for money, which the police command denied in a statement on Monday':
        a cue whose object is the words before it, a relative pronoun, with nothing after it but when or where it was
        said; its content is those words (the statement before it in the sentence). The attribute() tuple, or None."""
        raw = self.raw
        relative = re.search(r"[”\"]?,\s+which\s+(?P<subject>(?:the\s+)?[^,;“”\"]{1,60}?)\s+(?:also\s+)?$",
                             raw[clause_start:cue.start()])
        rest = raw[cue.end():end]
        if relative is None or relative.group("subject") in PRONOUNS or \
                not re.fullmatch(r"(?:\s+(?:in|on|during|at|last|this)\s+[^,;“”\"]*)?\s*[.;]?\s*", rest):
            return None
        speaker = self.noun_phrase(clause_start + relative.start("subject"), clause_start + relative.end("subject"))
        before = self.sentence_found[-1] if self.sentence_found else None
        if speaker is None or before is None or before.end > clause_start + relative.start() + 2:
            return None
        return speaker, before.start, before.end, None, None

    def interviewer(self, start: int, stop: int) -> str | None:
        """Whom words were said to in an interview or a call in raw[start:stop] ("in an interview with Enab Baladi",
        "in a phone call with the pro-government radio station Sham FM"): the name, past what it is."""
        who = re.search(rf"\b(?:{self.rules.occasions})\s+with\s+(?P<who>(?:the\s+)?(?:[a-z][\w’'-]*\s+){{0,4}}?"
                        rf"(?:al-)?[A-Z][^,;]{{0,59}}?)(?=\s*[,.;]|\s+(?:that|on|in|last|about)\b|\s*$)",
                        self.raw[start:stop])
        return self.resolve(start + who.start("who"), start + who.end("who")) if who else None

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
        joint = re.fullmatch(rf"\s*(?:[Bb]oth\s+)?(?P<a>{named})\s+and\s+(?P<b>{named})"  # "Both X and Y said"
                             rf"(?:,\s+(?:two|both|the|all)\s+[^,“”\"]*,)?\s*",
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
        given = re.fullmatch(r"\s*(?:(?:Abu|Umm|Um)\s+)?[A-Z][a-z’'-]+(?P<aside>\s*\([^()]*\))?\s*",
                             raw[position:phrase_end])
        if given:
            # "said Rima, whose brother ...", "said Samar, the sister of ...": a given name alone, typed by what
            # follows it; "said Fatima (not her real name)": the name is no less hers
            stop = position + given.start("aside") if given.group("aside") else phrase_end
            return self.resolve(position, stop, raw[stop:end])
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
        told = re.match(rf"\s+{to}(?P<who>the\s+(?:(?!al-)[a-z][\w’'-]*\s+){{1,4}}(?:al-)?[A-Z][\w’'-]*"
                        rf"(?:\s+(?:al-)?[A-Z][\w’'-]*){{0,3}}(?:\s+[a-z]+){{0,2}}?)"  # "the local radio station X FM"
                        rf"(?=\s+(?:that|from|in|on|at|over|via)\b|\s*[,.:]|\s*$)", raw[position:end]) or \
            re.match(rf"\s+{to}(?P<who>{WORD}(?:\s+{WORD}){{0,3}}?)"
                     rf"(?=\s+(?:that|from|in|on|at|over|via)\b|\s*[,.:]|\s*$)", raw[position:end])
        if not told:
            return None, position
        who = (position + told.start("who"), position + told.end("who"))
        described = re.match(r"the\s+(?:(?!al-)[a-z][\w’'-]*\s+){1,4}(?=(?:al-)?[A-Z])", told.group("who"))
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
                # "promised residents that", "warned shop owners that": whom, a group by its noun, then the content
                return self.group_addressed(*who), position + told.end()
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
        if who is None:  # "called on citizens to", "called on the families to": a group, or one named before
            who = re.match(rf"\s+((?:the\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)(?:\s+(?:on|last|this)\s+\w+)?"
                           rf"\s+{to}\s", self.raw[cue.end():end])
            return self.group_addressed(cue.end() + who.start(1), cue.end() + who.end(1)) if who else None
        if self.inside_quotation(cue.end() + who.start(1)):
            return None
        return self.noun_phrase(cue.end() + who.start(), cue.end() + who.end(1))

    def group_addressed(self, start: int, end: int) -> str | None:
        """Whom words are addressed to, named by a common noun (raw[start:end]): "the council" named before, or a
        group by its noun ("citizens", "shop owners"); none by another noun ("called on the authorities")."""
        phrase = self.raw[start:end]
        if self.inside_quotation(start) or phrase.split()[-1].lower() in self.rules.function_words:
            return None
        if phrase.lower().startswith("the "):
            earlier = self.refer_back(phrase, start)
            if earlier:
                self.resolved.append((start, end, earlier))
            return earlier
        plural = phrase.split()[-1].endswith("s")
        if not plural or not (self.is_collective(phrase) or re.search(rf"\b(?:{self.rules.owner_nouns})$", phrase)):
            return None
        kept = len(self.resolved)
        actor = self.resolve(start, end)
        if actor and not set(slug(phrase).split("-")) <= set(actor.split("-")):
            del self.resolved[kept:]  # ... the group so named before, not another the noun describes
            return None
        return actor

    def skip_to_content(self, position: int, end: int) -> int:
        """Past 'in a statement, published on its page on 9 December, that', 'on Tuesday that', 'that'."""
        nouns = self.rules.statement_nouns + "|" + self.rules.occasions
        pattern = re.compile(
            rf"(?:\s+(?:in|during|at)\s+(?:a|an|its|the|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})"
            rf"(?:\s+(?:on|in|with|to|of)\s+[^,;]{{1,60}}?(?=\s*,?\s*that\b))?)?"
            rf"(?:\s*,\s*according to\s+[^,;]{{1,40}},)?"  # "said, according to SANA, that"
            rf"(?:\s*,\s*(?:published|issued|posted|sent|released|carried|broadcast|aired)\b[^,;]{{0,80}},)?"
            rf"(?:\s+(?:published|issued|posted|sent|released|carried|broadcast|aired)\b[^,;]{{0,40}}?(?=\s+that\b))?"
            rf"(?:\s+from\s+[^,;]{{1,40}}?(?=\s+that\b))?"
            rf"(?:\s+(?:on|in|last|this|during|at|after|before)\s+[^,;]{{0,40}}?(?=\s+that\b))?"
            rf"\s*[,:]?\s*(?:that\b|of\b|as\b)?\s*")
        match = pattern.match(self.raw, position, end)
        position = match.end() if match else position
        colon = re.match(r"[^“”\".;:]{1,60}:\s*(?=[“\"])", self.raw[position:end])
        if colon and any(c.group("verb") for c in self.rules.cue.finditer(colon.group())):
            colon = None  # "said that an officer told him: “...”": the officer's words, inside the report
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
                             rf"(?:{self.rules.statement_nouns}|{self.rules.occasions})\b[^,;“”\"]{{0,80}}$",
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
            stop = past_closing_mark(raw, CONTRAST.search(raw, content_start, next_cue.start()).start()
                                     if CONTRAST.search(raw, content_start, next_cue.start()) else stop)
        elif next_cue is not None and not next_cue.group("participle") and not next_cue.group("authored") and \
                re.search(r"\S,[”\"]?\s+$", raw[content_start:next_cue.start()]):
            # "X, which warned last month that ..., said on Tuesday that": the main clause's verb ends the
            # relative clause's content
            stop = next_cue.start()
        elif next_cue is not None and next_cue.group("verb") and TRAILING_SPEAKER.search(
                raw, content_start, next_cue.start()) and TRAILING_CUE_END.match(raw, next_cue.end(), end):
            # "X complained that ..., the local page Y reported.": Y's report holds X's words, which end at the comma
            # ... or at the mark that closes its quotation
            stop = past_closing_mark(raw, TRAILING_SPEAKER.search(raw, content_start, next_cue.start()).start())
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
        between = re.sub(r"(?<=\w),\s+\d{1,3},", ",", between)  # '“...,” Reem Haddad, 31, a nurse, said': her age
        # (a quotation may end in a quotation inside it: '“He told me, ‘Go home,’” said X')
        if not re.search(r"[,.?!…—-][’']?\s*.$", quote.text) and not re.match(r"\s*,", between):
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
            if cue.lower() in self.rules.object_verbs:  # "X said in a meeting with Y ... X told Enab Baladi": the
                self.told[speaker] = recipient       # one told last goes on being told
        elif speaker in self.told and self.kind_of(speaker) == "person" and not re.search(
                rf"\b(?:{self.rules.documents})\b", self.raw[self.sentence_start:start], re.I):
            recipient = self.told[speaker]  # one who told Enab Baladi goes on telling it ("He added that ...")
        inside = [q for q in self.quotations if q.kind == "speech" and start <= q.start + 1 and q.end - 1 <= end]
        direct = enclosed_in_quotation_marks(self.raw, start, end)
        mode = "direct" if direct else "mixed" if inside else "indirect"
        return Statement(start, end, text, speaker, mode, cue, recipient, voice_for=self.affiliations.get(speaker))
