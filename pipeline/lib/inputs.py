"""Reading the reviewed input files (YAML) and checking their shape, with errors that name
the file, the record and the field."""
import hashlib
import re
from collections.abc import Hashable
from datetime import date
from pathlib import Path

import yaml

from pipeline.lib import limits, yaml_fast
from pipeline.lib.confine import read_bytes, unsafe_text
from pipeline.lib.errors import InputError

# libyaml's parser when PyYAML has it (about ten times faster), else the pure-Python one.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_BaseLoader):
    """A safe loader that refuses a key given twice (PyYAML silently keeps the last one) and
    leaves dates as text, for the pipeline to check with a clear message."""


_UniqueKeyLoader.yaml_implicit_resolvers = yaml_fast.RESOLVERS


def _mapping_without_duplicates(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if not isinstance(key, Hashable):
            raise yaml.constructor.ConstructorError(
                None, None, f"a key must be text, found a {type(key).__name__}", key_node.start_mark)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"the key {key!r} is given twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def _check_nodes(root: yaml.Node) -> None:
    """The limits of pipeline/lib/limits.py on a parsed (not yet built) YAML document: nesting,
    aliases, values with aliases expanded, items per collection; and text that can be published.
    Aliases are nodes reached twice: each is counted, never walked again, so this is linear."""
    sizes: dict[int, int] = {}   # id(node) -> values below it with aliases expanded
    depths: dict[int, int] = {}  # id(node) -> nesting below it with aliases expanded
    visiting: set[int] = set()  # the collections on the path from the root to the current node
    aliases = 0
    stack: list[tuple[yaml.Node, bool, str]] = [(root, False, "")]
    while stack:  # depth first, without recursion: children first, then their parent
        node, children_done, field = stack.pop()
        if id(node) in visiting and not children_done:
            _refuse(node, "an alias refers to a collection that contains it")
        if id(node) in sizes:
            aliases += 1
            if aliases > limits.MAX_YAML_ALIASES:
                _refuse(node, f"more than {limits.MAX_YAML_ALIASES} aliases (the limit)")
            continue
        if isinstance(node, yaml.ScalarNode):
            problem = unsafe_text(node.value)
            if problem:
                _refuse(node, f"{field}: the value {problem}" if field else f"the value {problem}")
            sizes[id(node)], depths[id(node)] = 1, 0
            continue
        mapping = isinstance(node, yaml.MappingNode)
        if not children_done:
            if len(node.value) > limits.MAX_RECORDS:
                _refuse(node, f"more than {limits.MAX_RECORDS:,} items in one list or mapping (the limit)")
            visiting.add(id(node))
            stack.append((node, True, field))
            if mapping:  # a value is reported under its key's name
                for key, value in reversed(node.value):
                    stack.append((value, False, key.value if isinstance(key, yaml.ScalarNode) else ""))
                    stack.append((key, False, ""))
            else:
                stack.extend((child, False, "") for child in reversed(node.value))
            continue
        visiting.discard(id(node))
        children = [part for pair in node.value for part in pair] if mapping else node.value
        sizes[id(node)] = 1 + sum(sizes.get(id(child), 0) for child in children)
        depths[id(node)] = 1 + max((depths.get(id(child), 0) for child in children), default=0)
        if depths[id(node)] > limits.MAX_YAML_DEPTH:
            _refuse(node, f"lists and mappings are nested more than {limits.MAX_YAML_DEPTH} deep (the limit)")
        if sizes[id(node)] > limits.MAX_YAML_VALUES:
            _refuse(node, f"with its aliases expanded, the file holds more than {limits.MAX_YAML_VALUES:,} values "
                          "(the limit; an alias bomb?)")


def _refuse(node: yaml.Node, problem: str):
    raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark)


class _Loader(_UniqueKeyLoader):
    def construct_object(self, node, deep=False):
        """A value that YAML accepts but Python cannot build (an integer of 5,000 digits,
        !!timestamp 2018-02-30, !!float abc) is an error of the file, at its line."""
        try:
            return super().construct_object(node, deep)
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, OverflowError) as error:
            _refuse(node, f"cannot read this value: {error}")


def load_yaml(path: Path):
    """A YAML file's content, within the limits; a syntax error or a value over a limit becomes an
    InputError with its line."""
    data = read_bytes(path, limits.MAX_YAML_BYTES)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(path, None, f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    try:
        return yaml_fast.read(text)
    except Exception:  # noqa: BLE001 -- whatever it is, the full reader decides and explains
        pass
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_nodes(node)
        return loader.construct_document(node)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        kind = "" if isinstance(error, yaml.constructor.ConstructorError) else "YAML syntax error at "
        raise InputError(path, None, f"{kind}{where}{problem}") from None
    finally:
        loader.dispose()


def check_record(path: Path, record_name: str, record, required: set[str], optional: set[str],
                 text_fields: set[str] | None = None) -> dict:
    """Check one mapping's keys: every required key present, no key nobody knows.

    text_fields must be strings (a YAML 2017 or yes would otherwise arrive as a number or bool).
    """
    if not isinstance(record, dict):
        raise InputError(path, record_name, f"expected a mapping of fields, found {type(record).__name__}")
    missing = sorted(required - record.keys())
    if missing:
        raise InputError(path, record_name, f"missing required field(s): {', '.join(missing)}")
    unknown = sorted(record.keys() - required - optional, key=str)
    if unknown:
        raise InputError(path, record_name, f"unknown field(s): {', '.join(map(str, unknown))} "
                         f"(allowed: {', '.join(sorted(required | optional))})")
    for name in sorted((text_fields if text_fields is not None else required | optional) & record.keys()):
        value = record[name]
        if not isinstance(value, str) or not value.strip():
            raise InputError(path, record_name, f"field {name!r} must be non-empty text, found {value!r}")
    return record


def check_list(path: Path, name: str, value) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(path, name, f"expected a list, found {type(value).__name__}")
    return value


def check_local_ids(path: Path, section: str, records: list[dict], prefix: str) -> None:
    """Record ids like e01, e02: the right letter, digits, each used once."""
    seen = set()
    for record in records:
        local_id = record["id"]
        if not re.fullmatch(rf"{prefix}\d{{2,}}", local_id):
            raise InputError(path, f"{section} {local_id}",
                             f"id must be {prefix!r} and two or more digits, like {prefix}01")
        if local_id in seen:
            raise InputError(path, f"{section} {local_id}", "duplicate id: each id is used once")
        seen.add(local_id)


def check_choice(path: Path, record_name: str, field: str, value, allowed: list[str]) -> None:
    if value is not None and value not in allowed:
        raise InputError(path, record_name, f"{field} {value!r} is not one of: {', '.join(allowed)}")


def check_date(path: Path, record_name: str, field: str, value) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(path, record_name, f"{field} {value!r} is not a valid ISO date (YYYY-MM-DD)") from None


def read_text(path: Path, expected_sha256: str | None = None) -> tuple[str, bytes]:
    """The text of a raw article, checked: matching checksum, UTF-8, no BOM, LF line ends."""
    data = read_bytes(path, limits.MAX_ARTICLE_BYTES, "the raw text file is missing")
    digest = hashlib.sha256(data).hexdigest()
    if expected_sha256 is not None and digest != expected_sha256:
        raise InputError(path, None, f"sha256 is {digest}, but metadata.yaml records {expected_sha256}: "
                         "raw files are never edited; if this is a new source, record its checksum")
    if data.startswith(b"\xef\xbb\xbf"):
        raise InputError(path, None, "starts with a byte-order mark (BOM); save it as UTF-8 without BOM")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(path, None, f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    if "\r" in text:
        raise InputError(path, None, "has CR (Windows or old Mac) line ends; offsets assume LF line ends")
    if not text.strip():
        raise InputError(path, None, "the article is empty")
    return text, data
