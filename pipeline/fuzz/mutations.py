"""What the fuzzer does to the real inputs, drawn by Hypothesis: byte flips and truncations of
the article, edits of YAML values, keys, types and structure, swapped ids and references,
dates and offset-like numbers, hostile paths, and Unicode oddities (BOM, NUL, combining marks,
right-to-left marks, lone surrogates in escapes).

Each mutation starts from the pristine inputs and returns the files it changed, as bytes.
"""
import copy
import hashlib
from dataclasses import dataclass, field

import yaml
from hypothesis import strategies as st

# Characters that have broken text pipelines elsewhere.
ODD_CHARACTERS = ["\ufeff", "\x00", "\u0301", "\u0651", "\u202e", "\u200f", "\u200d", "\u2028", "\u0085",
                  "\r", "\t", "\x1b", "\U0001f600", "ي", "“", "”", '"', "\\", "\x7f", "\ud800"]
ODD_TEXT = st.one_of(
    st.sampled_from(["", " ", "\t", "~", "null", "yes", "no", "2017", "1e5", "0x1F", ".inf", "-", "[", "{", "*a",
                     "&a", "!!binary", "%", "@", "`", "|", ">", "#", ": ", "- ", "---", "..."]),
    st.lists(st.sampled_from(ODD_CHARACTERS), min_size=1, max_size=4).map("".join),
    st.text(max_size=12),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=6),
)
DATES = st.sampled_from(["2018-02-30", "2018-13-01", "0000-01-01", "9999-12-31", "10000-01-01", "2018-2-3", "2018-02",
                         "31 February", "next year", "this year", "last Smarch", "0000", "the year 9999", "15 Februar",
                         "February 30, 2018", "2018-02-15T00:00:00", "15/02/2018", "١٥ February"])
NUMBERS = st.one_of(st.sampled_from([-1, 0, 1, 46, 5910, 5911, 2**31, 2**63, -2**63]), st.integers(),
                    st.floats(allow_nan=True, allow_infinity=True))
ODD_VALUES = st.one_of(ODD_TEXT, DATES, NUMBERS, st.booleans(), st.none(),
                       st.lists(st.one_of(ODD_TEXT, NUMBERS), max_size=3),
                       st.dictionaries(ODD_TEXT, ODD_TEXT, max_size=2))
# Paths a contributor might write in metadata.yaml's text_file.
HOSTILE_PATHS = st.one_of(st.sampled_from([
    "../../../../etc/passwd", "/etc/passwd", "../coding.yaml", "../../registry/actors.yaml", "./article.txt",
    "sub/../article.txt", "", ".", "..", "article.txt/", "~/article.txt", "C:\\article.txt", "article.txt\x00",
    "article.txt\n", "ARTICLE.TXT", "article.txt ", " article.txt", "metadata.yaml", "coding.yaml", "a" * 300,
    "/" * 5, "//etc/passwd", "%2e%2e/article.txt", "article.txt\u202e", "\ud800"]), ODD_TEXT)
# Lines pasted into a YAML file: the structures that break YAML readers.
YAML_SNIPPETS = st.sampled_from([
    "bomb: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n" for previous, name in zip("abcdefgh", "bcdefghi")),
    "deep: " + "[" * 40 + "]" * 40 + "\n", "deep: " + "{a: " * 30 + "b" + "}" * 30 + "\n",
    "self: &s [*s]\n", "big: 1" + "0" * 5000 + "\n", "when: !!timestamp 2018-02-30\n", "x: !!float abc\n",
    "x: !!binary AAAA\n", "x: !!python/object/apply:os.system [echo]\n", "? [a, b]\n: c\n", "? {a: b}\n: c\n",
    "x: \"\\ud800\"\n", "x: \"\\0\"\n", "x: \"\\x1b[31m\"\n", "x: \"\\u202e\"\n", "---\nother: document\n",
    "%YAML 1.1\n---\n", "\ufeff", "\t- tab\n", "<<: {x: 1}\n", "x: &anchor\n", "x: *nowhere\n",
    "1: numeric key\n", "null: x\n", "true: x\n", "x: [" + ", ".join(["1"] * 10_500) + "]\n",
])
DATE_KEYS = {"date", "date_end", "date_context", "date_note", "earliest", "latest", "precision"}
REFERENCE_KEYS = {"id", "actor1", "actor2", "place", "speaker", "recipient", "event", "date_note", "parent",
                  "document_id"}


@dataclass
class Mutation:
    kind: str
    description: str
    files: dict[str, bytes] = field(default_factory=dict)


def short(value, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} characters)"


class Mutator:
    """Draws one mutation of the pristine inputs (files by relative path; YAML also parsed)."""

    def __init__(self, pristine: dict[str, bytes], parsed: dict[str, object], article: str, metadata: str):
        self.pristine, self.parsed = pristine, parsed
        self.article, self.metadata = article, metadata
        self.yaml_files = sorted(parsed)
        self.ids = sorted({value for document in parsed.values() for value in _values_of(document, REFERENCE_KEYS)})

    KINDS = ["article: byte flips", "article: truncation", "article: odd characters", "article: lines",
             "yaml: value", "yaml: key", "yaml: structure", "yaml: ids and references", "yaml: dates", "yaml: snippet",
             "yaml: bytes", "metadata: text_file"]

    def draw(self, data) -> Mutation:
        kind = data.draw(st.sampled_from(self.KINDS), label="kind")
        method = getattr(self, "_" + kind.replace(":", "").replace(" ", "_"))
        return method(data, kind)

    # The article: its bytes change, and (usually) the checksum in metadata.yaml follows, so the
    # checks after the checksum are reached.
    def _with_article(self, data, kind: str, new: bytes, description: str) -> Mutation:
        mutation = Mutation(kind, description, {self.article: new})
        if data.draw(st.integers(0, 9), label="keep old checksum") > 0:
            text = self.pristine[self.metadata].decode("utf-8")
            old = hashlib.sha256(self.pristine[self.article]).hexdigest()
            mutation.files[self.metadata] = text.replace(old, hashlib.sha256(new).hexdigest()).encode("utf-8")
        else:
            mutation.description += " (checksum not updated)"
        return mutation

    def _article_byte_flips(self, data, kind: str) -> Mutation:
        raw = bytearray(self.pristine[self.article])
        flips = data.draw(st.lists(st.tuples(st.integers(0, len(raw) - 1), st.integers(1, 255)), min_size=1,
                                   max_size=8), label="flips")
        for position, mask in flips:
            raw[position] ^= mask
        return self._with_article(data, kind, bytes(raw), f"xor at {flips}")

    def _article_truncation(self, data, kind: str) -> Mutation:
        raw = self.pristine[self.article]
        end = data.draw(st.integers(0, len(raw)), label="cut at")
        return self._with_article(data, kind, raw[:end], f"cut at byte {end} of {len(raw)}")

    def _article_odd_characters(self, data, kind: str) -> Mutation:
        text = self.pristine[self.article].decode("utf-8")
        inserts = data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.sampled_from(ODD_CHARACTERS)),
                                     min_size=1, max_size=4), label="inserts")
        for position, character in sorted(inserts, reverse=True):
            text = text[:position] + character + text[position:]
        return self._with_article(data, kind, text.encode("utf-8", "surrogatepass"), f"insert {inserts}")

    def _article_lines(self, data, kind: str) -> Mutation:
        lines = self.pristine[self.article].split(b"\n")
        start = data.draw(st.integers(0, len(lines) - 1), label="line")
        end = data.draw(st.integers(start, len(lines)), label="to line")
        action = data.draw(st.sampled_from(["delete", "duplicate", "move to the top", "join"]), label="action")
        chunk = lines[start:end]
        if action == "delete":
            lines[start:end] = []
        elif action == "duplicate":
            lines[end:end] = chunk
        elif action == "move to the top":
            lines[start:end] = []
            lines[0:0] = chunk
        else:
            lines[start:end] = [b" ".join(chunk)]
        return self._with_article(data, kind, b"\n".join(lines), f"{action} lines {start}..{end}")

    # YAML files, as data: parsed, changed at a drawn place, written back.
    def _yaml_target(self, data) -> tuple[str, object]:
        name = data.draw(st.sampled_from(self.yaml_files), label="file")
        return name, copy.deepcopy(self.parsed[name])

    def _dump(self, data, kind: str, name: str, document, description: str) -> Mutation:
        text = yaml.safe_dump(document, allow_unicode=data.draw(st.booleans(), label="unicode"), sort_keys=False,
                              width=10_000)
        return Mutation(kind, f"{name}: {description}", {name: text.encode("utf-8", "surrogatepass")})

    def _yaml_value(self, data, kind: str) -> Mutation:
        name, document = self._yaml_target(data)
        parent, key = _draw_place(data, document)
        value = data.draw(ODD_VALUES, label="value")
        if parent is None:
            document = value
        else:
            parent[key] = value
        return self._dump(data, kind, name, document, f"{short(key)} = {short(value)}")

    def _yaml_key(self, data, kind: str) -> Mutation:
        name, document = self._yaml_target(data)
        mappings = list(_mappings(document))
        if not mappings:
            return self._dump(data, kind, name, document, "no mapping to change")
        mapping = data.draw(st.sampled_from(mappings), label="mapping")
        key = data.draw(st.sampled_from(sorted(mapping, key=str)), label="key") if mapping else None
        action = data.draw(st.sampled_from(["delete", "rename", "add"]), label="action")
        new_key = data.draw(st.one_of(st.sampled_from(sorted(REFERENCE_KEYS | {"text", "date", "type"})), ODD_TEXT,
                                      st.integers(), st.booleans(), st.none()), label="new key")
        if action == "delete" and key is not None:
            del mapping[key]
        elif action == "rename" and key is not None:
            mapping[new_key] = mapping.pop(key)
        else:
            mapping[new_key] = data.draw(ODD_VALUES, label="value")
        return self._dump(data, kind, name, document, f"{action} key {short(key)} -> {short(new_key)}")

    def _yaml_structure(self, data, kind: str) -> Mutation:
        name, document = self._yaml_target(data)
        parent, key = _draw_place(data, document)
        if parent is None:
            return self._dump(data, kind, name, [document], "the whole file wrapped in a list")
        value = parent[key]
        action = data.draw(st.sampled_from(["wrap in a list", "wrap in a mapping", "empty", "first item",
                                            "duplicate item", "delete item", "swap items", "to text"]), label="action")
        if action == "wrap in a list":
            parent[key] = [value]
        elif action == "wrap in a mapping":
            parent[key] = {"value": value}
        elif action == "empty":
            parent[key] = type(value)() if isinstance(value, list | dict | str) else None
        elif action == "to text":
            parent[key] = str(value)
        elif isinstance(value, list) and value:
            index = data.draw(st.integers(0, len(value) - 1), label="index")
            other = data.draw(st.integers(0, len(value) - 1), label="other index")
            if action == "first item":
                parent[key] = value[0]
            elif action == "duplicate item":
                value.insert(index, copy.deepcopy(value[index]))
            elif action == "delete item":
                del value[index]
            else:
                value[index], value[other] = value[other], value[index]
        return self._dump(data, kind, name, document, f"{action} at {short(key)}")

    def _yaml_ids_and_references(self, data, kind: str) -> Mutation:
        """Swapped ids, references to another record, to a record of another kind, to nothing."""
        name, document = self._yaml_target(data)
        holders = [mapping for mapping in _mappings(document) if REFERENCE_KEYS & mapping.keys()]
        if not holders:
            return self._dump(data, kind, name, document, "no reference to change")
        first, second = (data.draw(st.sampled_from(holders), label=label) for label in ["record", "other record"])
        key = data.draw(st.sampled_from(sorted(REFERENCE_KEYS & first.keys())), label="key")
        if key in second and data.draw(st.booleans(), label="swap"):
            first[key], second[key] = second[key], first[key]
            return self._dump(data, kind, name, document, f"swap {key}: {short(first[key])} <-> {short(second[key])}")
        first[key] = data.draw(st.one_of(st.sampled_from(self.ids), ODD_TEXT), label="reference")
        return self._dump(data, kind, name, document, f"{key} = {short(first[key])}")

    def _yaml_dates(self, data, kind: str) -> Mutation:
        """Impossible, ambiguous, reversed or out-of-calendar dates where the coding and metadata have dates."""
        name, document = self._yaml_target(data)
        holders = [mapping for mapping in _mappings(document) if DATE_KEYS & mapping.keys()]
        if not holders:
            return self._dump(data, kind, name, document, "no date to change")
        record = data.draw(st.sampled_from(holders), label="record")
        key = data.draw(st.sampled_from(sorted(DATE_KEYS & record.keys())), label="key")
        others = sorted(_values_of(document, DATE_KEYS))  # another record's date: swapped dates
        record[key] = data.draw(st.one_of(DATES, ODD_TEXT, NUMBERS, st.sampled_from(others or ["x"])), label="date")
        return self._dump(data, kind, name, document, f"{key} = {short(record[key])}")

    # YAML files, as text: what no YAML writer produces.
    def _yaml_snippet(self, data, kind: str) -> Mutation:
        name = data.draw(st.sampled_from(self.yaml_files), label="file")
        lines = self.pristine[name].decode("utf-8").splitlines(keepends=True)
        at = data.draw(st.integers(0, len(lines)), label="line")
        snippet = data.draw(st.one_of(YAML_SNIPPETS, ODD_TEXT.map(lambda text: f"x: {text}\n")), label="snippet")
        if data.draw(st.booleans(), label="indent") and at < len(lines):
            indent = lines[at][:len(lines[at]) - len(lines[at].lstrip())]
            snippet = "".join(indent + line for line in snippet.splitlines(keepends=True))
        lines[at:at] = [snippet]
        return Mutation(kind, f"{name}: line {at + 1}: insert {short(snippet)}",
                        {name: "".join(lines).encode("utf-8", "surrogatepass")})

    def _yaml_bytes(self, data, kind: str) -> Mutation:
        name = data.draw(st.sampled_from(self.yaml_files), label="file")
        raw = bytearray(self.pristine[name])
        if data.draw(st.booleans(), label="truncate"):
            end = data.draw(st.integers(0, len(raw)), label="cut at")
            return Mutation(kind, f"{name}: cut at byte {end} of {len(raw)}", {name: bytes(raw[:end])})
        flips = data.draw(st.lists(st.tuples(st.integers(0, len(raw) - 1), st.integers(1, 255)), min_size=1,
                                   max_size=8), label="flips")
        for position, mask in flips:
            raw[position] ^= mask
        return Mutation(kind, f"{name}: xor at {flips}", {name: bytes(raw)})

    def _metadata_text_file(self, data, kind: str) -> Mutation:
        document = copy.deepcopy(self.parsed[self.metadata])
        document["text_file"] = data.draw(HOSTILE_PATHS, label="path")
        return self._dump(data, kind, self.metadata, document, f"text_file = {short(document['text_file'])}")


def _values_of(node, keys: set[str]):
    """Every text value under one of `keys`, anywhere in a parsed YAML document."""
    for mapping in _mappings(node):
        for key in keys & mapping.keys():
            if isinstance(mapping[key], str):
                yield mapping[key]


def _mappings(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _mappings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _mappings(value)


def _draw_place(data, document) -> tuple[object, object]:
    """A (container, key) pair somewhere in the document, or (None, None) for the whole of it."""
    parent, key, node = None, None, document
    while isinstance(node, dict | list) and node and data.draw(st.integers(0, 4), label="deeper") > 0:
        keys = sorted(node, key=str) if isinstance(node, dict) else list(range(len(node)))
        parent, key = node, data.draw(st.sampled_from(keys), label="key")
        node = parent[key]
    return parent, key
