"""Finding every mention of every actor (or place) in a text from their names and aliases."""
import re


def alias_patterns(actors: list[dict]) -> list[tuple[re.Pattern, str]]:
    """One whole-word, case-insensitive pattern per name or alias, with its record's id (an actor or a place)."""
    patterns = []
    for actor in actors:
        for alias in dict.fromkeys([actor["name"], *actor["aliases"]]):
            patterns.append((re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)", re.IGNORECASE), actor["id"]))
    return patterns


def find_mentions(text: str, patterns: list[tuple[re.Pattern, str]]) -> list[tuple[int, int, str]]:
    """(start, end, actor_id) of each mention, in text order.

    Where matches overlap the longest wins ("Negotiations Committee" over "the Committee"),
    then the earliest; so a name inside a longer name is not counted twice.
    """
    candidates = [(match.start(), match.end(), actor_id)
                  for pattern, actor_id in patterns for match in pattern.finditer(text)]
    candidates.sort(key=lambda found: (found[0] - found[1], found[0], found[2]))
    taken: list[tuple[int, int, str]] = []
    for start, end, actor_id in candidates:
        if all(end <= other_start or start >= other_end for other_start, other_end, _ in taken):
            taken.append((start, end, actor_id))
    return sorted(taken)
