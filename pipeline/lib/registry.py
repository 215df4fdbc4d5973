"""The shared registries of actors and places (data/raw/registry/*.yaml) as table rows."""
import re
from functools import lru_cache
from pathlib import Path

from pipeline.lib import gazetteer, paths
from pipeline.lib.errors import InputError
from pipeline.lib.inputs import check_choice, check_list, check_record, load_yaml
from pipeline.lib.tables import enum

ACTORS_FILE = paths.ACTORS_FILE
PLACES_FILE = paths.PLACES_FILE

ACTOR_REQUIRED = {"id", "name", "type", "side", "description"}
ACTOR_OPTIONAL = {"aliases", "parent", "role", "country"}
PLACE_REQUIRED = {"id", "name", "type", "country", "point", "geonames_ids"}
PLACE_OPTIONAL = {"aliases", "description"}
NOT_TEXT = {"aliases", "geonames_ids"}
ALIAS_SEPARATOR = " | "
GENERIC_ALIASES = paths.LIBRARY / "generic_aliases.yaml"


@lru_cache(maxsize=1)
def _generic_words() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_yaml(GENERIC_ALIASES)
    return frozenset(rules["determiners"]), frozenset(rules["heads"])


def is_generic(alias: str) -> bool:
    """Whether an alias is a generic noun phrase ("the regime", "the Committee", "military factions")
    rather than a name: no word of it but a determiner or a generic head noun is capitalized."""
    words = re.findall(r"[A-Za-z][\w’'-]*", alias)
    if not words:
        return False  # Arabic script: names as written, no case to tell
    determiners, heads = _generic_words()
    return all(word.islower() or word.lower() in heads | determiners for word in words)


def _records(path: Path, kind: str, required: set[str], optional: set[str]) -> list[dict]:
    records = []
    for index, record in enumerate(check_list(path, kind, load_yaml(path)), start=1):
        name = f"{kind} {record.get('id', f'#{index}') if isinstance(record, dict) else f'#{index}'}"
        check_record(path, name, record, required, optional, text_fields=(required | optional) - NOT_TEXT)
        aliases = check_list(path, f"{name} aliases", record.get("aliases"))
        if not all(isinstance(alias, str) and alias.strip() for alias in aliases):
            raise InputError(path, name, "every alias must be non-empty text")
        records.append(record | {"aliases": aliases})
    seen: set[str] = set()
    for record in records:
        if record["id"] in seen:
            raise InputError(path, f"{kind} {record['id']}", "duplicate id: each id is used once")
        seen.add(record["id"])
    return records


def load_actors(path: Path = ACTORS_FILE) -> list[dict]:
    """Actor rows, checked: known categories, existing parents, no parent cycles, no alias used twice."""
    records = _records(path, "actor", ACTOR_REQUIRED, ACTOR_OPTIONAL)
    by_id = {record["id"]: record for record in records}
    owner: dict[str, str] = {}
    for record in records:
        name = f"actor {record['id']}"
        check_choice(path, name, "type", record["type"], enum("actors", "actor_type"))
        check_choice(path, name, "side", record["side"], enum("actors", "side"))
        if "parent" in record and record["parent"] not in by_id:
            raise InputError(path, name, f"parent {record['parent']!r} is not an actor in this file")
        for alias in record["aliases"]:
            if is_generic(alias):
                raise InputError(path, name, f"alias {alias!r} is a generic noun phrase that can name another actor "
                                 "in another article: declare it in that document's coding.yaml (aliases: "
                                 f"{{{alias}: {record['id']}}})")
        for alias in [record["name"], *record["aliases"]]:
            key = alias.casefold()
            if owner.get(key, record["id"]) != record["id"]:
                raise InputError(path, name, f"alias {alias!r} also belongs to actor {owner[key]!r}; "
                                 "an alias must name one actor only")
            owner[key] = record["id"]
        _check_no_cycle(path, record, by_id)
    return sorted(records, key=lambda record: record["id"])


def _check_no_cycle(path: Path, record: dict, by_id: dict) -> None:
    loop = parent_loop(record["id"], {actor_id: actor.get("parent") for actor_id, actor in by_id.items()})
    if loop:
        raise InputError(path, f"actor {record['id']}", f"parent chain loops: {' -> '.join(loop)}")


def parent_loop(actor_id: str, parents: dict) -> list[str] | None:
    """The chain actor -> parent -> ... when it comes back to an actor already in it, else None.
    The one cycle check: for the registry, and for a published actors table."""
    chain, current = [actor_id], parents.get(actor_id)
    while isinstance(current, str) and current in parents:
        if current in chain:
            return [*chain, current]
        chain.append(current)
        current = parents[current]
    return None


def place_records(path: Path = PLACES_FILE) -> list[dict]:
    """Place records, checked, without their gazetteer columns: enough to find mentions."""
    records = _records(path, "place", PLACE_REQUIRED, PLACE_OPTIONAL)
    for record in records:
        check_choice(path, f"place {record['id']}", "type", record["type"], enum("places", "place_type"))
    return sorted(records, key=lambda record: record["id"])


def load_places(path: Path = PLACES_FILE, records: list[dict] | None = None) -> list[dict]:
    """Place records (read from path, unless given), each with its gazetteer columns
    (coordinates, admin1, precision) looked up."""
    records = place_records(path) if records is None else records
    return [record | {"located": gazetteer.locate(path, record)} for record in records]


def actor_row(record: dict) -> dict:
    return {
        "actor_id": record["id"],
        "name": record["name"],
        "aliases": ALIAS_SEPARATOR.join(record["aliases"]) or None,
        "actor_type": record["type"],
        "parent_actor_id": record.get("parent"),
        "role": record.get("role"),
        "country": record.get("country"),
        "side": record["side"],
        "description": record["description"],
    }


def place_row(record: dict) -> dict:
    return {
        "place_id": record["id"],
        "name": record["name"],
        "aliases": ALIAS_SEPARATOR.join(record["aliases"]) or None,
        "place_type": record["type"],
        "country": record["country"],
        "description": record.get("description"),
    } | record["located"]
