"""Finding every mention of every actor (or place) in a text from their names and aliases.

A mention is the name or alias in any case, as a whole word: no word character right before it
(checked here, since a pattern that starts with a look-behind cannot use the regex engine's fast
literal search) and none right after it. The regex decides every match; a plain search of the
lower-cased text only proposes where to try it (this stage's hot loop), and only where the two
agree: Python's case-insensitive matching equals comparing str.lower() character by character,
except for the characters with extra case forms (re._casefix: dotless i, long s, Greek and
Cyrillic variants) and those whose lower case is longer (İ). A text or an alias with one of those
is searched with the regex alone.
"""
import functools
import re
from typing import NamedTuple

try:
    from re._casefix import _EXTRA_CASES  # CPython 3.11+: the characters with extra case forms
except ImportError:  # another Python: every search goes through the regex alone
    _EXTRA_CASES = None

WORD_CHARACTER = re.compile(r"\w")
EXTRA_CASE_FORMS = frozenset(chr(code) for key, values in (_EXTRA_CASES or {}).items() for code in (key, *values)
                             if code > 127)


class AliasPattern(NamedTuple):
    regex: re.Pattern       # the alias, any case, not followed by a word character
    record_id: str          # the actor's or the place's id
    lowered: str | None     # the alias in lower case, where that finds it (see lower_case_agrees)


def alias_patterns(actors: list[dict]) -> list[AliasPattern]:
    """One pattern per name or alias, with its record's id (an actor or a place)."""
    patterns = []
    for actor in actors:
        for alias in dict.fromkeys([actor["name"], *actor["aliases"]]):
            patterns.append(AliasPattern(re.compile(rf"{re.escape(alias)}(?!\w)", re.IGNORECASE), actor["id"],
                                         lower_case_agrees(alias)))
    return patterns


@functools.lru_cache(maxsize=8)  # an article's text is searched twice: for actors, then for places
def lower_case_agrees(text: str) -> str | None:
    """text.lower(), if comparing it character by character is case-insensitive matching."""
    lowered = text.lower()
    if _EXTRA_CASES is None or len(lowered) != len(text) or not EXTRA_CASE_FORMS.isdisjoint(lowered):
        return None
    return lowered


def whole_word_matches(text: str, pattern: AliasPattern, lowered: str | None):
    """The matches of one pattern not preceded by a word character, as re.finditer would give
    them for the pattern with (?<!\\w) in front: left to right, not overlapping. lowered: the
    text's lower case (see lower_case_agrees), to look for the alias with a plain search first."""
    plain = lowered is not None and pattern.lowered is not None
    position = 0
    while True:
        if plain:
            start = lowered.find(pattern.lowered, position)
            if start < 0:
                return
            match = pattern.regex.match(text, start)
            if match is None:
                position = start + 1
                continue
        else:
            match = pattern.regex.search(text, position)
            if match is None:
                return
            start = match.start()
        if start and WORD_CHARACTER.match(text, start - 1):
            position = start + 1
            continue
        yield match
        position = max(match.end(), start + 1)


def find_mentions(text: str, patterns: list[AliasPattern]) -> list[tuple[int, int, str]]:
    """(start, end, actor_id) of each mention, in text order.

    Where matches overlap the longest wins ("Negotiations Committee" over "the Committee"),
    then the earliest; so a name inside a longer name is not counted twice.
    """
    lowered = lower_case_agrees(text)
    candidates = [(match.start(), match.end(), pattern.record_id)
                  for pattern in patterns for match in whole_word_matches(text, pattern, lowered)]
    candidates.sort(key=lambda found: (found[0] - found[1], found[0], found[2]))
    taken: list[tuple[int, int, str]] = []
    covered = bytearray(len(text))  # 1 where a taken mention lies: overlap is a search, not a loop
    for start, end, actor_id in candidates:
        if covered.find(1, start, end) < 0:
            taken.append((start, end, actor_id))
            covered[start:end] = b"\x01" * (end - start)
    return sorted(taken)
