"""Splitting an article's text into its parts, with offsets into the raw text.

A block is a non-empty line. The first block is the title; photo captions follow it; short
lines without closing punctuation are headings; the rest are body paragraphs, split into
sentences. From the first boilerplate marker (a line wholly in Arabic script, the link to the
original, or a "Related Articles" list) to the end, everything is the web page's boilerplate.
"""
import re
from dataclasses import dataclass

# A line that starts the trailing boilerplate of a news page.
BOILERPLATE_MARKERS = [
    re.compile(r"related (articles|posts|stories)|read more|arabic version|read in arabic", re.I),
    re.compile(r"[\u0600-\u06FF][\u0600-\u06FF\s\W\d]*"),  # a line wholly in Arabic script
]
# "A sign on the Talbiseh highway in Northern Homs – 1 August 2017 (Enab Baladi)"
CAPTION = re.compile(r".+ [–—-] .*\d{4}\s*\([^()]+\)")
HEADING_MAX_WORDS = 10
SENTENCE_END = re.compile(r"[.!?][”’\"']?(?=\s+[“‘\"'(]?[A-Z0-9])")
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "eng", "prof", "capt", "gen", "col", "lt", "maj", "st", "no", "vs", "u.s",
                 "u.n", "jan", "feb", "aug", "sept", "oct", "nov", "dec"}


@dataclass(frozen=True)
class Segment:
    segment_id: str
    segment_type: str
    parent_segment_id: str | None
    position: int
    is_duplicate: bool
    char_start: int
    char_end: int
    text: str


def blocks(raw: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line, without the white space around it."""
    spans, offset = [], 0
    for line in raw.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            spans.append((start, start + len(stripped)))
        offset += len(line) + 1
    return spans


def classify(texts: list[str]) -> list[str]:
    """The type of each block (title, caption, heading, paragraph, boilerplate), in order."""
    types: list[str] = []
    in_boilerplate = False
    for index, text in enumerate(texts):
        in_boilerplate = in_boilerplate or any(marker.fullmatch(text) for marker in BOILERPLATE_MARKERS)
        if in_boilerplate:
            types.append("boilerplate")
        elif index == 0:
            types.append("title")
        elif text in texts[:index]:
            types.append(types[texts.index(text)])
        elif CAPTION.fullmatch(text) and "paragraph" not in types:
            types.append("caption")
        elif _looks_like_heading(text):
            types.append("heading")
        else:
            types.append("paragraph")
    return types


def _looks_like_heading(text: str) -> bool:
    bare = text.strip("“”‘’\"' ")
    return len(bare.split()) <= HEADING_MAX_WORDS and not re.search(r"[.!?:;,]$", bare)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, relative to the paragraph."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        word = re.search(r"([\w.]+)\.[”’\"']?$", text[start:match.end()])
        if word and word.group(1).lower() in ABBREVIATIONS:
            continue
        spans.append((start, match.end()))
        start = match.end() + len(text[match.end():]) - len(text[match.end():].lstrip())
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def segment(raw: str, document_id: str) -> list[Segment]:
    """All segments of a text: its blocks, and the sentences of its paragraphs after each one."""
    spans = blocks(raw)
    texts = [raw[start:end] for start, end in spans]
    result: list[Segment] = []
    for position, ((start, end), kind) in enumerate(zip(spans, classify(texts)), start=1):
        block_id = f"{document_id}-b{position:02d}"
        duplicate = texts[position - 1] in texts[: position - 1]
        result.append(Segment(block_id, kind, None, position, duplicate, start, end, raw[start:end]))
        if kind == "paragraph":
            for number, (s_start, s_end) in enumerate(sentences(raw[start:end]), start=1):
                result.append(Segment(f"{block_id}-s{number}", "sentence", block_id, number, False,
                                      start + s_start, start + s_end, raw[start + s_start:start + s_end]))
    return result
