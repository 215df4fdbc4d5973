"""CITATION.cff, generated from schemas/package.yaml and the documents table.

Citation File Format 1.2.0, type dataset; the source articles are its references. Validated
by cffconvert in the tests; the README's "How to cite" is rendered from it.
"""
from pathlib import Path

import yaml

from pipeline.lib import paths
from pipeline.lib.errors import run
from pipeline.lib.tables import read_table, write_atomic
from pipeline.stages.package import package_metadata

CITATION = paths.CITATION
LANGUAGES = {"ar": "Arabic", "en": "English", "fr": "French", "tr": "Turkish"}


def reference(document: dict) -> dict:
    """A source article as a CFF reference."""
    return {
        "type": "article",
        "title": document["title"],
        "authors": [{"name": document["publisher"]}],
        "publisher": {"name": document["publisher"]},
        "url": document["url"],
        "year": int(document["published_date"][:4]),
        "month": int(document["published_date"][5:7]),
        "languages": [document["language"]],
        "notes": f"Translation of the {LANGUAGES.get(document['original_language'], document['original_language'])} "
                 f"original, {document['original_url']}" if document["original_url"] else None,
    }


def citation(metadata: dict, documents: list[dict]) -> dict:
    cff = {
        "cff-version": "1.2.0",
        "message": "If you use this dataset, please cite the version you used as below.",
        "type": "dataset",
        "title": metadata["title"],
        "abstract": metadata["description"],
        "authors": metadata["authors"],
        "version": metadata["version"],
        "date-released": metadata["created"][:10],
        "license": metadata["licenses"][0]["name"],
        "repository-code": metadata["repository"],
        "keywords": metadata["keywords"],
        "identifiers": [{"type": "other", "value": metadata["id"], "description": "Dataset identifier"}],
        "references": [{key: value for key, value in reference(document).items() if value is not None}
                       for document in documents],
    }
    return {key: value for key, value in cff.items() if value is not None}


def to_yaml(cff: dict) -> bytes:
    header = ("# Generated from schemas/package.yaml by `python -m pipeline.outputs.citation` (run by make); "
              "do not edit.\n")
    # Quoted date: a bare YAML date would be read as a date object, not the string CFF wants.
    body = yaml.safe_dump(cff, sort_keys=False, allow_unicode=True, width=100, default_style=None)
    return (header + body.replace(f"date-released: '{cff['date-released']}'",
                                  f'date-released: "{cff["date-released"]}"')).encode("utf-8")


def main(target: Path = CITATION) -> None:
    write_atomic(target, to_yaml(citation(package_metadata(), read_table(paths.ROOT, "documents"))))
    print(f"citation: {paths.relative(target)}")


if __name__ == "__main__":
    run(main)
