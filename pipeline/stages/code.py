"""Stage 2: every article's reviewed coding -> events, statements, source notes, actors, places
(located in the gazetteer), actor mentions and place mentions (the rules are in pipeline/lib/coding.py).

An article whose coding, text, segments, registries and coding code did not change is taken from
build/cache/code/, so changing one coding recodes that article only.
"""
import hashlib
import json
from pathlib import Path

from pipeline.lib import limits, paths
from pipeline.lib.coding import (
    Article,
    article_from_rows,
    code_document,
    conflict_parties,
    document_aliases,
    load_coding,
    mention_rows,
)
from pipeline.lib.confine import check_tree, read_bytes
from pipeline.lib.errors import run
from pipeline.lib.mentions import alias_patterns
from pipeline.lib.progress import progress
from pipeline.lib.registry import actor_row, load_actors, load_places, place_row
from pipeline.lib.tables import plover_modes, read_table, render, schema, write_atomic, write_table

# What a document's coded rows depend on besides its own files: the code that codes them
# (this stage and the whole shared library, as the Makefile's prerequisites say).
CODE_FILES = [Path(__file__), *sorted(paths.LIBRARY.glob("*.py")), *sorted(paths.LIBRARY.glob("*.yaml"))]
CACHE = paths.CODE_CACHE


def code_version() -> str:
    digest = hashlib.sha256()
    for path in CODE_FILES:
        digest.update(path.read_bytes())
    for name in ["events", "statements", "source_notes", "actor_mentions", "place_mentions"]:
        digest.update(json.dumps(schema(name), sort_keys=True).encode("utf-8"))
    digest.update(json.dumps(plover_modes(), sort_keys=True).encode("utf-8"))
    return digest.hexdigest()


def document_key(article: Article, document: dict, segments: list[dict], shared: str) -> str:
    """Everything a document's rows are computed from: if it is unchanged, so are they."""
    digest = hashlib.sha256(shared.encode("utf-8"))
    digest.update(json.dumps([document, segments], sort_keys=True).encode("utf-8"))
    digest.update(read_bytes(article.coding_path, limits.MAX_YAML_BYTES) if article.coding_path.is_file()
                  else b"no coding")
    return digest.hexdigest()


def coded_rows(article: Article, patterns, place_patterns, actor_ids: set[str],
               place_ids: set[str], parties: set[str]) -> dict[str, list[dict]]:
    """A document's events, statements, source notes, actor mentions and place mentions."""
    rows = {"place_mentions": mention_rows(article, place_patterns, key="place_id", prefix="p")}
    if not article.coding_path.is_file():
        return rows | {"actor_mentions": mention_rows(article, patterns)}
    coding = load_coding(article.coding_path, article.document_id)
    # Generic aliases ("the Committee") name an actor only in the document that declares them.
    own = alias_patterns(document_aliases(article.coding_path, coding, actor_ids))
    return rows | {"actor_mentions": mention_rows(article, patterns + own)} | \
        code_document(article, coding, actor_ids, place_ids, parties)


def cached_rows(key: str, document_id: str) -> dict[str, list[dict]] | None:
    """A document's rows from build/cache/code/, if they were computed from the same inputs."""
    path = CACHE / f"{document_id}.json"
    if path.is_file():
        entry = json.loads(path.read_text(encoding="utf-8"))
        if entry["key"] == key:
            return entry["rows"]
    return None


def keep_rows(key: str, document_id: str, rows: dict[str, list[dict]]) -> None:
    entry = {"key": key, "rows": rows}
    write_atomic(CACHE / f"{document_id}.json", json.dumps(entry, default=render, ensure_ascii=False).encode("utf-8"))


def main(out: Path = paths.STAGE) -> None:
    check_tree()  # the codings and registries may have changed since normalize ran
    actors, places = load_actors(), load_places()
    actor_ids, place_ids = {actor["id"] for actor in actors}, {place["id"] for place in places}
    patterns, place_patterns = alias_patterns(actors), alias_patterns(places)
    shared = code_version() + hashlib.sha256(json.dumps([actors, places], sort_keys=True).encode()).hexdigest()
    tables: dict[str, list[dict]] = {"events": [], "statements": [], "source_notes": [], "actor_mentions": [],
                                     "place_mentions": []}
    segments_by_document: dict[str, list[dict]] = {}
    for row in read_table(out, "segments"):
        segments_by_document.setdefault(row["document_id"], []).append(row)
    documents = read_table(out, "documents")
    uncoded, reused = [], 0
    for document in progress(documents, len(documents), "code: articles"):
        segments = segments_by_document.get(document["document_id"], [])
        article = article_from_rows(document, segments)
        if not article.coding_path.is_file():
            uncoded.append(article.document_id)
        # Changing one coding recomputes that article only; the others come from the cache.
        key = document_key(article, document, segments, shared)
        rows = cached_rows(key, article.document_id)
        if rows is None:
            rows = coded_rows(article, patterns, place_patterns, actor_ids, place_ids, conflict_parties(actors))
            keep_rows(key, article.document_id, rows)
        else:
            reused += 1
        for name, table_rows in rows.items():
            tables[name] += table_rows
    tables["actors"] = [actor_row(actor) for actor in actors]
    tables["places"] = [place_row(place) for place in places]
    for name, rows in tables.items():
        write_table(out, name, rows)
    print(f"code: {len(documents) - len(uncoded)} coded article(s) ({len(documents) - reused} coded now, "
          f"{reused} unchanged): {len(tables['events'])} events, {len(tables['statements'])} statements, "
          f"{len(tables['source_notes'])} source notes, {len(tables['actor_mentions'])} actor mentions, "
          f"{len(tables['place_mentions'])} place mentions")
    for document_id in uncoded:
        print(f"code: {document_id}: no {paths.CODING_FILE} yet; only its segments and mentions are published")


if __name__ == "__main__":
    run(main)
