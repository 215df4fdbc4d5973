"""Digests of the draft of every evaluation article: per article for seed and dev, one digest for
the whole test split (its articles are not to be looked at). A refactor must leave all unchanged.

    .venv/bin/python -m pipeline.extraction.digest > /tmp/digests-before.txt

Used to check that a clean-up of the extractor changes no draft (diff the output before and after).
"""
import hashlib
from dataclasses import asdict

from pipeline.extraction.corpus import evaluation_articles, seed_articles
from pipeline.extraction.extract import draft
from pipeline.lib.registry import load_actors


def main() -> None:
    """Print one line per seed and dev article (split, id, digest), then the test split's digest."""
    known = load_actors()
    test = hashlib.sha256()
    for article in sorted(seed_articles() + evaluation_articles(), key=lambda a: (a.split, a.document_id)):
        proposed = draft(article.raw, article.published, known)
        text = repr(([asdict(x) for x in proposed.quotations], [asdict(x) for x in proposed.statements],
                     [asdict(x) for x in proposed.events], [asdict(x) for x in proposed.time_expressions],
                     sorted(proposed.new_actors.items()), proposed.mentions))
        digest = hashlib.sha256(text.encode()).hexdigest()[:16]
        if article.split == "test":
            test.update(digest.encode())
        else:
            print(article.split, article.document_id, digest)
    print("test (all articles together)", test.hexdigest()[:16])


if __name__ == "__main__":
    main()
