"""Stage 1: every article under data/raw/documents/ -> documents.csv and segments.csv.

Reads each article's metadata.yaml and raw text (checked against its checksum), splits the
text into its parts, and writes both tables into the staging area: a map over the article
folders on every core, its segments streamed to the table in folder order.
"""
from pathlib import Path

from pipeline.lib import limits, paths
from pipeline.lib.confine import check_tree, inside
from pipeline.lib.errors import InputError, run
from pipeline.lib.inputs import check_choice, check_date, check_record, load_yaml, read_text
from pipeline.lib.parallel import ordered_map
from pipeline.lib.progress import progress
from pipeline.lib.segment import segment
from pipeline.lib.tables import TableWriters, enum, table_lines, write_table

METADATA_REQUIRED = {"document_id", "text_file", "sha256", "language", "publisher", "published"}
METADATA_OPTIONAL = {"edition", "url", "original", "received_as", "provenance", "rights", "encoding"}
PUBLISHED_FIELDS = {"earliest", "latest", "precision", "basis"}
ORIGINAL_FIELDS = {"language", "url", "relation"}


def document_folders(root: Path = paths.DOCUMENTS) -> list[Path]:
    """Every article folder, in a fixed order (by name, so adding one never renumbers others)."""
    if not root.is_dir():
        raise InputError(root, None, "the folder of raw documents is missing")
    folders = sorted(path for path in root.iterdir() if path.is_dir() and not path.name.startswith("."))
    if not folders:
        raise InputError(root, None, "no article folders found")
    if len(folders) > limits.MAX_DOCUMENTS:
        raise InputError(root, None, f"{len(folders):,} article folders, over the limit of {limits.MAX_DOCUMENTS:,}")
    return folders


def load_metadata(folder: Path) -> dict:
    path = folder / paths.METADATA_FILE
    metadata = check_record(path, "metadata", load_yaml(path), METADATA_REQUIRED, METADATA_OPTIONAL,
                            text_fields={"document_id", "text_file", "sha256", "language", "publisher", "url"})
    if metadata["document_id"] != folder.name:
        raise InputError(path, "document_id",
                         f"{metadata['document_id']!r} differs from the folder name {folder.name!r}")
    published = check_record(path, "published", metadata["published"], PUBLISHED_FIELDS, set(), {"precision", "basis"})
    check_choice(path, "published", "precision", published["precision"], enum("documents", "date_precision"))
    earliest = check_date(path, "published", "earliest", published["earliest"])
    latest = check_date(path, "published", "latest", published["latest"])
    if latest < earliest:
        raise InputError(path, "published", f"latest ({latest}) is before earliest ({earliest})")
    if "original" in metadata:
        check_record(path, "original", metadata["original"], ORIGINAL_FIELDS, set())
    return metadata | {"published": published | {"earliest": earliest, "latest": latest}}


def document_row(metadata: dict, raw: str, data: bytes, text_path: Path, title: str) -> dict:
    original = metadata.get("original", {})
    published = metadata["published"]
    return {
        "document_id": metadata["document_id"],
        "title": title,
        "publisher": metadata["publisher"],
        "edition": metadata.get("edition"),
        "language": metadata["language"],
        "url": metadata.get("url"),
        "published_date": published["earliest"],
        "published_date_end": published["latest"],
        "date_precision": published["precision"],
        "date_basis": published["basis"],
        "original_language": original.get("language"),
        "original_url": original.get("url"),
        "raw_path": text_path.relative_to(paths.ROOT).as_posix(),
        "sha256": metadata["sha256"],
        "bytes": len(data),
        "characters": len(raw),
        "metadata_source": metadata.get("provenance"),
    }


def segment_rows(document_id: str, raw: str) -> list[dict]:
    return [{"document_id": document_id, **vars(part)} for part in segment(raw, document_id)]


def normalize_article(_, folder: Path) -> tuple[dict, str, int, int]:
    """Run in a worker: one article's documents row, its segments as CSV lines, their number
    and the number of its body paragraphs."""
    metadata = load_metadata(folder)
    text_path = inside(folder, metadata["text_file"], folder / paths.METADATA_FILE, "text_file")
    raw, data = read_text(text_path, metadata["sha256"])
    parts = segment_rows(metadata["document_id"], raw)
    titles = [part["text"] for part in parts if part["segment_type"] == "title"]
    if not titles:
        raise InputError(text_path, None, "has no title: its first line reads as page boilerplate "
                                          "(Arabic script, 'Related Articles', 'Read more'); the title comes first")
    paragraphs = sum(part["segment_type"] == "paragraph" for part in parts)
    row = document_row(metadata, raw, data, text_path, titles[0])
    return row, table_lines("segments", parts), len(parts), paragraphs


def main(out: Path = paths.STAGE) -> None:
    check_tree()
    folders = document_folders()
    documents, paragraphs = [], 0
    normalized = ordered_map(normalize_article, folders, len(folders))
    with TableWriters(out, ["segments"]) as tables:
        for document, lines, count, body in progress(normalized, len(folders), "normalize: articles"):
            documents.append(document)
            tables.write("segments", lines, count)
            paragraphs += body
        write_table(out, "documents", documents)
    print(f"normalize: {len(documents)} article(s), {sum(row['characters'] for row in documents)} characters, "
          f"{paragraphs} body paragraphs, {tables.counts['segments']} segments")


if __name__ == "__main__":
    run(main)
