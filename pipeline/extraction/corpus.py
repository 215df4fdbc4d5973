"""The articles the draft extractor is measured on: the published documents (split `seed`)
and the hand-made evaluation articles of tests/fixtures/articles (split `dev` or `test`, fixed
in split.yaml before the extractor was tuned).

Each evaluation article is checked as the build checks a coding (every quote found once,
dates readable, actors known), so a wrong gold coding fails loudly instead of skewing a score.
"""
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pipeline.lib import paths
from pipeline.lib.coding import Article, code_document, conflict_parties, load_coding
from pipeline.lib.errors import InputError
from pipeline.lib.inputs import check_choice, check_list, check_record, load_yaml, read_text
from pipeline.lib.registry import load_actors, place_records
from pipeline.lib.segment import segment
from pipeline.stages.normalize import document_folders, load_metadata

SPLITS = ["dev", "test"]
# parent: the body an unnamed spokesperson or official speaks for (coding guide, "Who the parties are").
FIXTURE_ACTOR_FIELDS = ({"id", "name", "type"}, {"aliases", "parent"})
# Each article's coding and its own actors; an independent second coder's, where there is one,
# measures how far two humans agree on the measures the draft is scored on.
FIRST = (paths.CODING_FILE, "actors.yaml")
SECOND = ("second-coding.yaml", "second-actors.yaml")


@dataclass
class CodedArticle:
    document_id: str
    split: str            # seed | dev | test
    raw: str
    published: date
    coding: dict
    actors: list[dict]    # the actors the coding may use: the registry's and the article's own


def seed_articles() -> list[CodedArticle]:
    actors = load_actors()
    found = []
    for folder in document_folders():
        coding_path = folder / paths.CODING_FILE
        if not coding_path.is_file():
            continue
        metadata = load_metadata(folder)
        raw, _ = read_text(folder / metadata["text_file"], metadata["sha256"])
        found.append(CodedArticle(folder.name, "seed", raw, metadata["published"]["latest"],
                                  load_coding(coding_path, folder.name), actors))
    return found


def fixture_actors(path: Path) -> list[dict]:
    records = check_list(path, "actors", load_yaml(path)) if path.is_file() else []
    for index, record in enumerate(records, start=1):
        check_record(path, f"actor #{index}", record, *FIXTURE_ACTOR_FIELDS,
                     text_fields={"id", "name", "type"} | ({"parent"} & record.keys()))
    return [record | {"aliases": list(record.get("aliases") or [])} for record in records]


def evaluation_articles(root: Path = paths.EVALUATION_ARTICLES) -> list[CodedArticle]:
    return [article for article, _ in coded_articles(root, second=False)]


def second_codings(root: Path = paths.EVALUATION_ARTICLES) -> list[tuple[CodedArticle, CodedArticle]]:
    """The articles a second coder coded independently, each as (first coding, second coding)."""
    return [(first, second) for first, second in coded_articles(root, second=True) if second is not None]


def coded_articles(root: Path, second: bool) -> list[tuple[CodedArticle, CodedArticle | None]]:
    """Every evaluation article with its coding, and with the second coder's where there is one and
    `second` asks for it (only the agreement measure reads them)."""
    split_path = root / paths.EVALUATION_SPLIT.name
    entries = load_yaml(split_path)["articles"]
    registry = load_actors()
    places = {place["id"] for place in place_records()}
    found = []
    for document_id, entry in sorted(entries.items()):
        check_choice(split_path, document_id, "split", entry.get("split"), SPLITS)
        folder = root / document_id
        raw, _ = read_text(folder / paths.TEXT_FILE)
        try:
            published = date.fromisoformat(str(entry.get("published")))
        except ValueError:
            raise InputError(split_path, document_id,
                             f"published {entry.get('published')!r} is not a YYYY-MM-DD date") from None
        article = CodedArticle(document_id, entry["split"], raw, published, {}, [])
        first = coded(article, folder / FIRST[0], folder / FIRST[1], registry, places)
        found.append((first, coded(article, folder / SECOND[0], folder / SECOND[1], registry, places)
                      if second and (folder / SECOND[0]).is_file() else None))
    return found


def coded(article: CodedArticle, coding_path: Path, actors_path: Path, registry: list[dict],
          places: set[str]) -> CodedArticle:
    """The article with one coding, checked as the build checks a coding."""
    own = fixture_actors(actors_path)
    actors = registry + [a for a in own if a["id"] not in {r["id"] for r in registry}]
    check_parents(actors_path, own, {a["id"] for a in actors})
    coding = load_coding(coding_path, article.document_id)
    check_coding(article.document_id, article.raw, article.published, coding, {a["id"] for a in actors}, places,
                 coding_path, conflict_parties(actors))
    return replace(article, coding=coding, actors=actors)


def check_parents(path: Path, own: list[dict], known: set[str]) -> None:
    for record in own:
        if "parent" in record and record["parent"] not in known:
            raise InputError(path, record["id"], f"parent {record['parent']!r} is neither in the registry "
                             "nor in this file")


def check_coding(document_id: str, raw: str, published: date, coding: dict, actor_ids: set[str],
                 place_ids: set[str], coding_path: Path, parties: set[str] | None = None) -> None:
    parts = segment(raw, document_id)
    blocks = [{"segment_id": p.segment_id, "segment_type": p.segment_type, "start": p.char_start, "end": p.char_end}
              for p in parts if p.segment_type != "sentence"]
    paragraphs = [(p.char_start, p.char_end) for p in parts if p.segment_type == "paragraph"]
    article = Article(document_id, raw, published, paragraphs, blocks, coding_path)
    code_document(article, coding, actor_ids, place_ids, parties)
