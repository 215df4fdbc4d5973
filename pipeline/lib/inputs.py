"""Reading the reviewed input files (YAML) and checking their shape, with errors that name
the file, the record and the field."""
import hashlib
import re
from datetime import date
from pathlib import Path

import yaml

from pipeline.lib.errors import InputError

# libyaml's parser when PyYAML has it (about ten times faster), else the pure-Python one.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_BaseLoader):
    """A safe loader that refuses a key given twice (PyYAML silently keeps the last one) and
    leaves dates as text, for the pipeline to check with a clear message."""


_UniqueKeyLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _mapping_without_duplicates(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"the key {key!r} is given twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def load_yaml(path: Path):
    """A YAML file's content; a syntax error becomes an InputError with its line."""
    if not path.is_file():
        raise InputError(path, None, "the file is missing")
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except UnicodeDecodeError as error:
        raise InputError(path, None, f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise InputError(path, None, f"YAML syntax error at {where}{problem}") from None


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
    unknown = sorted(record.keys() - required - optional)
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
    if not path.is_file():
        raise InputError(path, None, "the raw text file is missing")
    data = path.read_bytes()
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
