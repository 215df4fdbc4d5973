"""Stage 3: the staged tables + schemas/ -> datapackage.json (Data Package v2).

The descriptor is derived, never edited by hand: package-level metadata from
schemas/package.yaml, each table's schema embedded from schemas/<table>.schema.json, the
sources from documents.csv, and each file's size and SHA-256 from the staged bytes.
"""
import hashlib
import json
import re
import sys
from pathlib import Path

from pipeline.lib import paths
from pipeline.lib.errors import InputError, run
from pipeline.lib.inputs import check_record, load_yaml
from pipeline.lib.tables import read_table, schema, schema_path, table_path, write_atomic

PACKAGE_FILE = paths.PACKAGE_FILE
PACKAGE_REQUIRED = {"name", "title", "id", "version", "created", "description", "keywords", "licenses",
                    "contributors", "rights", "resources", "authors", "repository"}
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"


def package_metadata(path: Path = PACKAGE_FILE) -> dict:
    metadata = check_record(path, "package", load_yaml(path), PACKAGE_REQUIRED, {"sources"}, text_fields=set())
    if not re.fullmatch(r"\d+\.\d+\.\d+", str(metadata["version"])):
        raise InputError(path, "version", f"{metadata['version']!r} is not a semantic version (MAJOR.MINOR.PATCH)")
    declared = set(metadata["resources"])
    on_disk = {file.name.removesuffix(".schema.json") for file in paths.SCHEMAS.glob("*.schema.json")}
    if declared != on_disk:
        raise InputError(path, "resources", f"lists {sorted(declared)}, but schemas/ has {sorted(on_disk)}")
    return metadata


def skip_iri_syntax() -> None:
    """jsonschema imports rfc3987_syntax when it is installed (jupyter brings it), which builds 38
    grammars at import: a second per build, for the 'iri' format checker alone. frictionless checks
    descriptors without any format checker, so the check never runs: without the module,
    jsonschema leaves that one checker out and every result is the same (tested)."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)  # None: `import rfc3987_syntax` raises ImportError


def checked_schema(name: str) -> dict:
    """A table's schema, refused with its file and field if it is not a valid Table Schema."""
    from frictionless import Schema  # slow to import: only this stage needs it

    table_schema = schema(name)
    errors = Schema.validate_descriptor(table_schema).errors if isinstance(table_schema, dict) else []
    if not isinstance(table_schema, dict) or errors:
        problem = errors[0].note if errors else "expected a JSON object"
        raise InputError(schema_path(name), None, f"not a valid Table Schema: {problem}")
    return table_schema


def resource(root: Path, name: str) -> dict:
    with table_path(root, name).open("rb") as handle:
        digest = hashlib.file_digest(handle, "sha256")  # in blocks: a table is never held whole
    table_schema = checked_schema(name)
    return {
        "name": name,
        "type": "table",
        "path": table_path(Path("."), name).as_posix(),
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": table_path(root, name).stat().st_size,
        "hash": f"sha256:{digest.hexdigest()}",
        "description": table_schema["description"],
        "schema": table_schema,
    }


def sources(documents: list[dict]) -> list[dict]:
    """One source per article, and its original when it is a translation."""
    found = []
    for document in documents:
        found.append({"title": f"{document['publisher']}: {document['title']}", "path": document["url"]})
        if document["original_url"]:
            found.append({"title": f"{document['publisher']} (original, {document['original_language']}): "
                                   f"{document['title']}", "path": document["original_url"]})
    return found


def descriptor(root: Path) -> dict:
    metadata = package_metadata()
    return {
        "$schema": PROFILE,
        "name": metadata["name"],
        "id": metadata["id"],
        "title": metadata["title"],
        "description": metadata["description"],
        "version": metadata["version"],
        "created": metadata["created"],
        "keywords": metadata["keywords"],
        "licenses": metadata["licenses"],
        "rights": metadata["rights"],
        "contributors": metadata["contributors"],
        "sources": sources(read_table(root, "documents")) + metadata.get("sources", []),
        "resources": [resource(root, name) for name in metadata["resources"]],
    }


PANDERA_DIR = "pandera"


def schema_digest(table_schema: dict) -> str:
    return hashlib.sha256(json.dumps(table_schema, sort_keys=True).encode("utf-8")).hexdigest()


def pandera_yaml(name: str, table_schema: dict) -> bytes:
    """The pandera schema derived from a Table Schema, serialized so that the validate stage can
    load it without importing frictionless (seconds saved on every build); its first line names
    the Table Schema it was derived from, so a stale one is never used."""
    header = f"# derived from schemas/{name}.schema.json sha256:{schema_digest(table_schema)}\n"
    return (header + derived_pandera_schema(table_schema).to_yaml()).encode("utf-8")


def derived_pandera_schema(table_schema: dict):
    """pandera's reading of a Table Schema, with optional integers (an offset that only some rows
    have) as pandas' nullable Int64: numpy's int64 has no missing value; and without its unique
    checks, since the validator checks rows a chunk at a time and uniqueness over the whole table."""
    from pandera.io.pandas_io import from_frictionless_schema  # imports frictionless: only when needed

    derived = from_frictionless_schema(table_schema)
    for field in table_schema["fields"]:
        if field["type"] == "integer" and not field.get("constraints", {}).get("required"):
            derived = derived.update_column(field["name"], dtype="Int64", nullable=True)
        if field.get("constraints", {}).get("unique"):  # checked on the whole table (validate: check_unique)
            derived = derived.update_column(field["name"], unique=False)
    return derived


def to_json(value: dict) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def main(out: Path = paths.STAGE) -> None:
    skip_iri_syntax()  # in this stage's own process only
    package = descriptor(out)
    for resource in package["resources"]:
        write_atomic(out / PANDERA_DIR / f"{resource['name']}.yaml", pandera_yaml(resource["name"], resource["schema"]))
    write_atomic(out / paths.DATAPACKAGE.name, to_json(package))
    print(f"package: {package['name']} {package['version']}: {len(package['resources'])} resources")


if __name__ == "__main__":
    run(main)
