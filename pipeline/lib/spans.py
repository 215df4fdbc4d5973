"""Finding verbatim quotes in the raw text: the link from every record to its evidence; and
the quotations (words in quotation marks) of a text."""
import re
from collections.abc import Iterable, Iterator

# A quotation: curly double quotes, or straight ones.
QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")


def quotations_in(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[re.Match]:
    """Every quotation inside the given (start, end) spans of text, in order."""
    for start, end in spans:
        yield from QUOTATION.finditer(text, start, end)


def enclosed_in_quotation_marks(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands right between an opening and a closing quotation mark
    (a direct quote: the words inside the marks). A span at either end of the text is not."""
    return start > 0 and end < len(text) and text[start - 1] in "“\"" and text[end] in "”\""


def holds(span: tuple[int, int], quotation: re.Match) -> bool:
    """Whether a span holds the words of a quotation (with or without its marks)."""
    return span[0] <= quotation.start() + 1 and quotation.end() - 1 <= span[1]


class SpanError(ValueError):
    """A quote that is absent from the text, or found more than once."""


def occurrences(text: str, quote: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every offset at which quote begins within text[start:end] (overlaps included)."""
    end = len(text) if end is None else end
    found, position = [], text.find(quote, start, end)
    while position != -1:
        found.append(position)
        position = text.find(quote, position + 1, end)
    return found


def locate(text: str, quote: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """The (char_start, char_end) of the one occurrence of quote in text[start:end].

    Raises SpanError when the quote is empty, absent or ambiguous: a coder must then quote
    more words (or fix a typo) so that the evidence points at exactly one place.
    """
    if not quote:
        raise SpanError("the quote is empty")
    found = occurrences(text, quote, start, end)
    if not found:
        raise SpanError(f"{quote!r} is not in the text{_where(start, end, text)}")
    if len(found) > 1:
        raise SpanError(
            f"{quote!r} occurs {len(found)} times{_where(start, end, text)} (at characters "
            f"{', '.join(map(str, found))}); quote more words so that it occurs once"
        )
    return found[0], found[0] + len(quote)


def _where(start: int, end: int | None, text: str) -> str:
    end = len(text) if end is None else end
    return "" if (start, end) == (0, len(text)) else f" between characters {start} and {end}"
