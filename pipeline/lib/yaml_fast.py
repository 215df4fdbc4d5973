"""Fast readers of the plain YAML most input files are: the build reads a coding per article.

Two shortcuts, tried in turn by read(); each gives up (NotPlain) on anything it does not take,
and inputs.load_yaml then reads the file with the full reader (PyYAML, libyaml), which accepts
it or reports the problem with its line. tests/test_fast_paths.py checks both against the full
reader on generated documents and on every YAML file of the repository, mutated.

- block_document: a line reader for block mappings and lists whose values are one-line scalars
  (plain, quoted without escapes) or one-line flow lists and mappings of such scalars: what the
  project's files are. Anything else gives up: multi-line scalars, anchors, tags, escapes, tabs,
  complex keys, document markers, a key given twice, an indentation it does not expect.
- event_document: one pass over libyaml's events for any document of plain collections and
  scalars (no anchors, aliases, tags or merge keys).

Both resolve plain scalars as the full reader does: YAML 1.1's implicit types, timestamps left
as text (the pipeline checks dates itself, with a clear message).
"""
import functools
import re

import yaml

from pipeline.lib import limits
from pipeline.lib.confine import unsafe_text


class NotPlain(Exception):
    """The document uses something the fast readers leave to the full one."""


# The implicit types of YAML 1.1 as PyYAML resolves them, by first character, without timestamps.
RESOLVERS = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_STR = "tag:yaml.org,2002:str"
_PLAIN_TAGS = {_STR, "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
               "tag:yaml.org,2002:float"}
_SCALARS = yaml.constructor.SafeConstructor()


def read(text: str):
    try:
        return block_document(text)
    except NotPlain:
        return event_document(text)


@functools.lru_cache(maxsize=4096)  # ids, types and statuses recur in every coding; the results are immutable
def resolved_scalar(value: str) -> object:
    """A scalar written without quotes, whose first character some resolver claims, as the full
    reader builds it: resolved as YAML 1.1 says (timestamps stay text)."""
    tag = next((tag for tag, pattern in RESOLVERS[value[:1]] if pattern.match(value)), _STR)
    if tag not in _PLAIN_TAGS:
        raise NotPlain
    return value if tag == _STR else _SCALARS.yaml_constructors[tag](_SCALARS, yaml.ScalarNode(tag, value))


# event_document ------------------------------------------------------------------------------

def event_document(text: str):
    """A document of plain mappings, lists and scalars, built from libyaml's events in one pass
    (about three times faster than composing and checking nodes: the build reads a coding per
    article). It gives up (NotPlain) on anything else -- an anchor or alias, a tag, a merge key,
    a key given twice, a limit reached, unsafe text, more than one document, an error -- and
    load_yaml then reads the file with the full reader, which accepts it or reports the problem
    with its line."""
    parser = yaml.cyaml.CParser(text) if hasattr(yaml, "cyaml") else None
    if parser is None:
        raise NotPlain  # no libyaml: the full reader
    text_checked = "\\" not in text and unsafe_text(text) is None  # only an escape makes what the text has not
    scalar_event, end_events = yaml.ScalarEvent, (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    open_events = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
    # Each open collection: [container, is_mapping, key waiting for its value or _NO_KEY]
    stack: list[list] = []
    values, document, documents = 0, None, 0
    try:
        while (event := parser.get_event()) is not None:
            kind = type(event)
            if kind is scalar_event:
                value = event.value
                if event.tag is not None or event.anchor is not None or (not text_checked and unsafe_text(value)):
                    raise NotPlain
                if event.implicit[0] and value[:1] in RESOLVERS:  # else text, as most values are
                    value = resolved_scalar(value)
                is_collection = False
            elif kind in open_events:
                if event.tag is not None or event.anchor is not None or len(stack) >= limits.MAX_YAML_DEPTH:
                    raise NotPlain
                value = {} if kind is yaml.MappingStartEvent else []
                is_collection = True
            elif kind in end_events:
                stack.pop()
                continue
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise NotPlain
                continue
            elif kind is yaml.AliasEvent:
                raise NotPlain
            else:
                continue
            values += 1
            if stack:
                top = stack[-1]
                container = top[0]
                if not top[1]:  # a list's next item
                    container.append(value)
                    if len(container) > limits.MAX_RECORDS:
                        raise NotPlain
                elif top[2] is _NO_KEY:  # a mapping's key: a scalar, each once
                    if is_collection or value in container:
                        raise NotPlain
                    top[2] = value
                else:  # the value of the waiting key
                    container[top[2]] = value
                    top[2] = _NO_KEY
                    if len(container) > limits.MAX_RECORDS:
                        raise NotPlain
            else:
                document = value
            if is_collection:
                stack.append([value, kind is yaml.MappingStartEvent, _NO_KEY])
    finally:
        parser.dispose()
    if documents != 1 or values > limits.MAX_YAML_VALUES:
        raise NotPlain
    return document


_NO_KEY = object()


# block_document ------------------------------------------------------------------------------

# A plain scalar may not start with an indicator; '-', '?' and ':' may when a non-space follows,
# which this reader leaves to the others.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_BLOCK_SCALARS = ("|", ">")
_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE  # what the full reader refuses (includes surrogates)
# What asks for more than this reader does: a tab, a carriage return, the other line breaks of
# YAML 1.1, a byte order mark, an escape, a document marker or directive after the first line.
_LEFT_TO_OTHERS = ("\t", "\r", "\x85", "\u2028", "\u2029", "\ufeff", "\\", "\n---", "\n...", "\n%")
# One scalar of a one-line flow collection: double-quoted without escapes, single-quoted, or plain.
_FLOW_SCALAR = r"""(?:"([^"\\]*)"|'((?:[^']|'')*)'|([^,\[\]{}#"' ][^,\[\]{}#]*?))"""
_FLOW_ITEM = re.compile(r" *" + _FLOW_SCALAR + r" *(?:,|$)")
_FLOW_PAIR = re.compile(r" *([A-Za-z_][A-Za-z0-9_]{0,127}): +" + _FLOW_SCALAR + r" *(?:,|$)")


def block_document(text: str):
    if text.startswith(("---", "...", "%")) or any(mark in text for mark in _LEFT_TO_OTHERS) \
            or _NON_PRINTABLE.search(text):
        raise NotPlain
    tokens = _tokens(text)
    if not tokens or tokens[0][0] != 0:
        raise NotPlain
    reader = _BlockReader(tokens)
    try:
        document, index = reader.node(0, 0, 0)
    except IndexError:  # a list entry with nothing after its dash, at the end
        raise NotPlain from None
    if index != len(tokens) or reader.values > limits.MAX_YAML_VALUES:
        raise NotPlain
    return document


def _tokens(text: str) -> list[tuple]:
    """Each line with content as (column, key or None, value text or None, is a list entry);
    "- key: value" is two tokens, the entry and the key at its own column."""
    tokens = []
    for line in text.split("\n"):
        content = line.lstrip(" ")
        if not content or content[0] == "#":
            continue
        column = len(line) - len(content)
        content = content.rstrip(" ")
        entry = content[0] == "-" and (len(content) == 1 or content[1] == " ")
        if entry:
            rest = content[1:].lstrip(" ")
            if not rest or rest[0] in "#-":
                raise NotPlain
            tokens.append((column, None, None, True))
            column += len(content) - len(rest)
            content = rest
        split = content.find(": ")
        if split < 0 and content[-1] == ":":
            split = len(content) - 1
        if split > 0 and content[0] not in "\"'[{":
            key = content[:split]
            if key[0] in _INDICATORS or key[-1] == " " or " #" in key or split > 512:  # PyYAML: keys < 1024
                raise NotPlain
            value = content[split + 1:].lstrip(" ")
            if value[:1] in _BLOCK_SCALARS:  # give up at once, not after reading the rest
                raise NotPlain
            tokens.append((column, key, value or None, False))
        elif entry:
            tokens.append((column, None, content, False))
        else:  # a line that continues a scalar, or a document that is one: for the other readers
            raise NotPlain
    return tokens


class _BlockReader:
    """Block collections from the tokens, by their columns; anything unexpected gives up."""

    def __init__(self, tokens: list[tuple]):
        self.tokens = tokens
        self.values = 0  # every key, value and collection, for the limit

    def scalar(self, text: str):
        value = _scalar(text)
        self.values += 1 + (2 * len(value) if type(value) is list or type(value) is dict else 0)
        return value

    def node(self, index: int, column: int, depth: int):
        if depth >= limits.MAX_YAML_DEPTH - 1:  # a flow value may nest one more
            raise NotPlain
        token = self.tokens[index]
        if token[3]:
            return self.sequence(index, column, depth)
        if token[1] is not None:
            return self.mapping(index, column, depth)
        raise NotPlain  # a lone scalar where a block belongs

    def sequence(self, index: int, column: int, depth: int):
        tokens, items = self.tokens, []
        while index < len(tokens) and tokens[index][0] == column and tokens[index][3]:
            content = tokens[index + 1]  # the entry's content, on the same line
            if content[1] is None:
                items.append(self.scalar(content[2]))
                index += 2
            else:
                item, index = self.mapping(index + 1, content[0], depth + 1)
                items.append(item)
            if len(items) > limits.MAX_RECORDS:
                raise NotPlain
        self.values += 1
        return items, index

    def mapping(self, index: int, column: int, depth: int):
        tokens, mapping = self.tokens, {}
        while index < len(tokens) and tokens[index][0] == column and tokens[index][1] is not None \
                and not tokens[index][3]:
            _, key, value, _ = tokens[index]
            if key in mapping or (key[0] in RESOLVERS and type(resolved_scalar(key)) is not str):
                raise NotPlain
            index += 1
            following = tokens[index] if index < len(tokens) else None
            if value is not None:
                mapping[key] = self.scalar(value)
                if following is not None and following[0] > column:
                    raise NotPlain  # a scalar continued on the next line, or an indentation error
            elif following is not None and following[0] > column:
                mapping[key], index = self.node(index, following[0], depth + 1)
            elif following is not None and following[0] == column and following[3]:
                mapping[key], index = self.sequence(index, column, depth + 1)  # a list under its key's column
            else:
                mapping[key] = None
            self.values += 2  # the key and (at least) its value
            if len(mapping) > limits.MAX_RECORDS:
                raise NotPlain
        self.values += 1
        return mapping, index


def _scalar(text: str):
    """A value written on one line: quoted, plain, or a one-line flow list or mapping of such."""
    first = text[0]
    if first == '"':
        if len(text) < 2 or text[-1] != '"' or '"' in text[1:-1]:
            raise NotPlain
        return text[1:-1]
    if first == "'":
        if len(text) < 2 or text[-1] != "'" or "'" in text[1:-1].replace("''", ""):
            raise NotPlain
        return text[1:-1].replace("''", "'")
    if first == "[":
        return _flow(text, _FLOW_ITEM, "]")
    if first == "{":
        return _flow(text, _FLOW_PAIR, "}")
    if first in _INDICATORS or ": " in text or text[-1] == ":" or " #" in text:
        raise NotPlain
    return resolved_scalar(text) if first in RESOLVERS else text


def _flow(text: str, item: re.Pattern, closing: str):
    """A one-line flow list or mapping of one-line scalars (a mapping's keys are names)."""
    inner = text[1:-1]
    if text[-1] != closing or inner.rstrip(" ").endswith(","):
        raise NotPlain
    found = [] if closing == "]" else {}
    position, end = 0, len(inner)
    if not inner.strip(" "):
        return found
    while position < end:
        match = item.match(inner, position)
        if match is None or match.end() == position:
            raise NotPlain
        if closing == "]":
            found.append(_flow_scalar(*match.groups()))
        else:
            key = match.group(1)
            if key in found or (key[0] in RESOLVERS and type(resolved_scalar(key)) is not str):
                raise NotPlain
            found[key] = _flow_scalar(*match.groups()[1:])
        position = match.end()
    if len(found) > limits.MAX_RECORDS:
        raise NotPlain
    return found


def _flow_scalar(double: str | None, single: str | None, plain: str | None):
    if double is not None:
        return double
    if single is not None:
        if "'" in single.replace("''", ""):
            raise NotPlain
        return single.replace("''", "'")
    plain = plain.rstrip(" ")
    if not plain or plain[0] in _INDICATORS or ":" in plain:
        raise NotPlain
    return resolved_scalar(plain) if plain[0] in RESOLVERS else plain
