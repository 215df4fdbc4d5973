"""Stage 2: every article's reviewed coding -> events, statements, source notes, actors, places
(located in the gazetteer), actor mentions and place mentions (the rules are in pipeline/lib/coding.py).

A map over documents, on every core (pipeline/lib/parallel.py): each article's rows are computed
from its own files and the registries, and streamed to the tables in document order, so memory
does not grow with the corpus. An article whose coding, text, segments, registries and coding
code did not change since the last run is copied from the last run's tables (build/cache/code.json
says where its rows lie), so changing one coding recodes that article only.
"""
import csv
import hashlib
import json
import os
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
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
from pipeline.lib.errors import InputError, run
from pipeline.lib.mentions import alias_patterns
from pipeline.lib.parallel import ordered_map
from pipeline.lib.progress import progress
from pipeline.lib.registry import actor_row, load_actors, load_places, place_records, place_row
from pipeline.lib.tables import (
    TableWriters,
    plover_modes,
    read_table,
    schema,
    table_lines,
    table_path,
    write_atomic,
    write_table,
)

# What a document's coded rows depend on besides its own files: the code that codes them
# (this stage and the whole shared library, as the Makefile's prerequisites say).
CODE_FILES = [Path(__file__), *sorted(paths.LIBRARY.glob("*.py")), *sorted(paths.LIBRARY.glob("*.yaml"))]
INDEX = paths.CODE_INDEX
DOCUMENT_TABLES = ["events", "statements", "source_notes", "actor_mentions", "place_mentions"]


def code_version() -> str:
    digest = hashlib.sha256()
    for path in CODE_FILES:
        digest.update(path.read_bytes())
    for name in DOCUMENT_TABLES:
        digest.update(json.dumps(schema(name), sort_keys=True).encode("utf-8"))
    digest.update(json.dumps(plover_modes(), sort_keys=True).encode("utf-8"))
    return digest.hexdigest()


def document_key(article: Article, document: dict, blocks: list[dict], shared: str, has_coding: bool) -> str:
    """Everything a document's rows are computed from: if it is unchanged, so are they."""
    digest = hashlib.sha256(shared.encode("utf-8"))
    placed = [(row["segment_id"], row["segment_type"], row["char_start"], row["char_end"]) for row in blocks]
    digest.update(json.dumps([document, placed], sort_keys=True).encode("utf-8"))
    digest.update(read_bytes(article.coding_path, limits.MAX_YAML_BYTES) if has_coding else b"no coding")
    return digest.hexdigest()


@dataclass
class Registries:
    """What coding any article needs besides its own files; built once in each worker."""
    patterns: list
    place_patterns: list
    actor_ids: set[str]
    place_ids: set[str]
    parties: set[str]
    shared: str  # the digest of the code and the registries, part of every document's key
    previous: dict[str, str]  # document id -> its key in the last run, whose rows can be copied


def registries(actors: list[dict], places: list[dict], previous: dict[str, str]) -> Registries:
    shared = code_version() + hashlib.sha256(json.dumps([actors, places], sort_keys=True).encode()).hexdigest()
    return Registries(alias_patterns(actors), alias_patterns(places), {actor["id"] for actor in actors},
                      {place["id"] for place in places}, conflict_parties(actors), shared, previous)


def coded_rows(article: Article, context: Registries, has_coding: bool) -> dict[str, list[dict]]:
    """A document's events, statements, source notes, actor mentions and place mentions."""
    rows = {"place_mentions": mention_rows(article, context.place_patterns, key="place_id", prefix="p")}
    if not has_coding:
        return rows | {"actor_mentions": mention_rows(article, context.patterns)}
    coding = load_coding(article.coding_path, article.document_id)
    # Generic aliases ("the Committee") name an actor only in the document that declares them.
    own = alias_patterns(document_aliases(article.coding_path, coding, context.actor_ids))
    return rows | {"actor_mentions": mention_rows(article, context.patterns + own)} | \
        code_document(article, coding, context.actor_ids, context.place_ids, context.parties)


@dataclass
class Coded:
    """One article's piece of each table (CSV lines), or None when its inputs are those of the
    last run, whose rows are then copied from the last run's tables."""
    document_id: str
    has_coding: bool
    key: str
    lines: dict[str, str] | None
    counts: dict[str, int] | None


def code_article(context: Registries, item: tuple[dict, list[dict]]) -> Coded:
    """Run in a worker: one document's piece of each table, unless its inputs are unchanged."""
    document, blocks = item
    article = article_from_rows(document, blocks)
    has_coding = article.coding_path.is_file()  # asked once: the key and the rows follow from it
    key = document_key(article, document, blocks, context.shared, has_coding)
    if context.previous.get(article.document_id) == key:
        return Coded(article.document_id, has_coding, key, None, None)
    rows = coded_rows(article, context, has_coding)
    return Coded(article.document_id, has_coding, key,
                 {name: table_lines(name, rows.get(name, [])) for name in DOCUMENT_TABLES},
                 {name: len(rows.get(name, [])) for name in DOCUMENT_TABLES})


def identity(status: os.stat_result) -> list[int]:
    """What tells one written file from another: a rewritten table has another inode or time."""
    return [status.st_ino, status.st_size, status.st_mtime_ns]


class LastRun:
    """The tables the last run wrote and, for each document, the key of its inputs and where its
    rows lie in each table (byte offset, length, rows). Used only if the tables are exactly those
    the index describes; anything else (no index, an unreadable one, tables rewritten since or
    cut short by an interrupted run) means every document is coded again."""

    def __init__(self, out: Path):
        self.handles, self.documents = {}, {}
        try:
            index = json.loads(INDEX.read_text(encoding="utf-8"))
            for name in DOCUMENT_TABLES:
                self.handles[name] = table_path(out, name).open("rb")
                if identity(os.fstat(self.handles[name].fileno())) != index["tables"][name]:
                    raise ValueError(name)
            self.documents = {document_id: entry for document_id, entry in index["documents"].items()
                              if well_formed(entry)}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.close()

    def keys(self) -> dict[str, str]:
        return {document_id: entry["key"] for document_id, entry in self.documents.items()}

    def copy(self, document_id: str, name: str) -> tuple[bytes, int]:
        offset, length, rows = self.documents[document_id]["pieces"][name]
        handle = self.handles[name]
        handle.seek(offset)
        return handle.read(length), rows

    def close(self) -> None:
        for handle in self.handles.values():
            handle.close()
        self.handles, self.documents = {}, {}


def well_formed(entry) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("key"), str) and isinstance(entry.get("pieces"), dict)
            and all(isinstance(entry["pieces"].get(name), list) and len(entry["pieces"][name]) == 3
                    and all(type(number) is int and number >= 0 for number in entry["pieces"][name])
                    for name in DOCUMENT_TABLES))


# The columns of segments.csv that coding reads: where each block lies, never its text.
BLOCK_COLUMNS = ["segment_id", "segment_type", "char_start", "char_end"]


def documents_with_segments(out: Path, documents: list[dict]):
    """Each document row with its own blocks (segment rows but sentences, with BLOCK_COLUMNS
    only: what a worker is sent), reading segments.csv as a stream (normalize writes it in
    document order)."""
    with table_path(out, "segments").open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        document_at, type_at = header.index("document_id"), header.index("segment_type")
        wanted = [(column, header.index(column)) for column in BLOCK_COLUMNS]
        blocks = ((row[document_at], {column: row[at] for column, at in wanted})
                  for row in rows if row[type_at] != "sentence")
        groups = groupby(blocks, key=itemgetter(0))
        current = next(groups, None)
        for document in documents:
            own = []
            if current is not None and current[0] == document["document_id"]:
                own = [block for _, block in current[1]]
                current = next(groups, None)
            yield document, own
        if current is not None:
            raise InputError(table_path(out, "segments"), current[0],
                             "segments out of document order, or of a document not in documents.csv: run make again")


def main(out: Path = paths.STAGE) -> None:
    check_tree()  # the codings and registries may have changed since normalize ran
    actors, places = load_actors(), place_records()
    documents = read_table(out, "documents")
    uncoded, reused, index = [], 0, {}
    last = LastRun(out)
    coded = ordered_map(code_article, documents_with_segments(out, documents), len(documents),
                        registries, (actors, places, last.keys()))
    try:
        with TableWriters(out, DOCUMENT_TABLES) as tables:
            for piece in progress(coded, len(documents), "code: articles"):
                uncoded += [] if piece.has_coding else [piece.document_id]
                reused += piece.lines is None
                pieces = {}
                for name in DOCUMENT_TABLES:
                    lines, rows = (last.copy(piece.document_id, name) if piece.lines is None
                                   else (piece.lines[name], piece.counts[name]))
                    pieces[name] = [*tables.write(name, lines, rows), rows]
                index[piece.document_id] = {"key": piece.key, "pieces": pieces}
            write_table(out, "actors", [actor_row(actor) for actor in actors])
            write_table(out, "places", [place_row(place) for place in load_places(records=places)])
    finally:
        last.close()
    written = {name: identity(table_path(out, name).stat()) for name in DOCUMENT_TABLES}
    write_atomic(INDEX, json.dumps({"tables": written, "documents": index}, sort_keys=True).encode("utf-8"))
    counts = tables.counts
    print(f"code: {len(documents) - len(uncoded)} coded article(s) ({len(documents) - reused} coded now, "
          f"{reused} unchanged): {counts['events']} events, {counts['statements']} statements, "
          f"{counts['source_notes']} source notes, {counts['actor_mentions']} actor mentions, "
          f"{counts['place_mentions']} place mentions")
    for document_id in uncoded:
        print(f"code: {document_id}: no {paths.CODING_FILE} yet; only its segments and mentions are published")


if __name__ == "__main__":
    run(main)
