"""What `make serve` opens in Datasette: the package's SQLite under a plain name, and its metadata.

    python -m pipeline.outputs.datasette OUT_DIR

writes OUT_DIR/<name>.sqlite (the release's database, named without the version, whose dots
would show in every URL as ~2E) and OUT_DIR/metadata.json: the title, description, licence and
source of datapackage.json, and every table's and column's description from the schemas.
"""
import json
import sys
from pathlib import Path

from pipeline.lib import paths
from pipeline.lib.tables import write_atomic
from pipeline.outputs.sqlite_export import export

METADATA_FILE = "metadata.json"


def metadata(package: dict) -> dict:
    licence, source = package["licenses"][0], package["sources"][0]
    tables = {}
    for resource in package["resources"]:
        fields = resource["schema"]["fields"]
        tables[resource["name"]] = {
            "description": resource["description"],
            "columns": {field["name"]: f"{field['description']} ({field['type']})" for field in fields},
        }
    return {"title": package["title"], "description": f"{package['description']} Version {package['version']}.",
            "license": licence["name"], "license_url": licence["path"],
            "source": source["title"], "source_url": source["path"],
            "databases": {package["name"]: {"tables": tables}}}


def main(arguments: list[str], root: Path = paths.ROOT) -> None:
    if len(arguments) != 1:
        raise SystemExit("usage: python -m pipeline.outputs.datasette OUT_DIR")
    out = Path(arguments[0])
    package = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    export(root, out / f"{package['name']}.sqlite")
    text = json.dumps(metadata(package), ensure_ascii=False, indent=2) + "\n"
    write_atomic(out / METADATA_FILE, text.encode("utf-8"))
    print(f"datasette: {out}/{package['name']}.sqlite and {METADATA_FILE}")


if __name__ == "__main__":
    main(sys.argv[1:])
