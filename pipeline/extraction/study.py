"""What the draft gets wrong on the articles a tuning round may study (the seed and the dev split),
and the test split's totals with nothing per article, for scoring it (docs/blind-rounds.md). A view
of one article refuses a test article: looking at one is tuning on it.

    .venv/bin/python -m pipeline.extraction.study totals           # seed and dev, on the bar's measures
    .venv/bin/python -m pipeline.extraction.study speakers [ids]   # speech quotations drafted with another speaker
    .venv/bin/python -m pipeline.extraction.study actors [ids]     # coded actors the draft misses; drafted, not coded
    .venv/bin/python -m pipeline.extraction.study events [ids]     # coded events the draft misses; drafted, not coded
    .venv/bin/python -m pipeline.extraction.study test-totals      # the test split: totals and intervals only

Without ids, a view shows every dev article.
"""
import sys

from pipeline.extraction.corpus import CodedArticle, evaluation_articles, seed_articles
from pipeline.extraction.evaluate import (
    BAR,
    Canon,
    evaluate_all,
    evaluate_article,
    gold_statements,
    interval,
    overlap,
    totals,
)
from pipeline.extraction.extract import Draft, body_paragraphs, draft
from pipeline.lib.coding import speech_quotations
from pipeline.lib.errors import InputError, run
from pipeline.lib.paths import EVALUATION_SPLIT
from pipeline.lib.registry import load_actors
from pipeline.lib.spans import holds, locate

# Beyond the bar: where the events' figures come from.
MORE = [("events", "recall"), ("event actors", "recall"), ("actors, recall only: of events only", "recall")]


def studied(ids: list[str]) -> list[CodedArticle]:
    """The dev articles named (all of them if none): a test article, or an unknown one, is refused."""
    articles = {article.document_id: article for article in evaluation_articles()}
    for document_id in ids:
        if document_id not in articles:
            raise InputError(EVALUATION_SPLIT, document_id, "no evaluation article of that id")
        if articles[document_id].split != "dev":
            raise InputError(EVALUATION_SPLIT, document_id,
                             "a test article is only scored: move it to dev (and write a new one) before studying it")
    return [articles[i] for i in ids] if ids else [a for a in articles.values() if a.split == "dev"]


def canon_of(article: CodedArticle) -> Canon:
    """The names that count for this article's actors: its actors' and the aliases its coding declares."""
    declared = [{"id": actor, "name": alias} for alias, actor in article.coding.get("aliases", {}).items()]
    return Canon(article.actors + declared)


def speaker_misses(article: CodedArticle, proposed: Draft) -> list[str]:
    """Each speech quotation drafted with another speaker than the coded one, in its context."""
    raw, canon, statements = article.raw, canon_of(article), gold_statements(article.raw, article.coding)
    not_speech = {entry["text"] for entry in article.coding["non_speech_quotations"]}
    lines = []
    for quotation in speech_quotations(raw, list(body_paragraphs(raw)), not_speech):
        coded = next((s["speaker"] for s in statements if s["mode"] != "indirect"
                      and holds((s["start"], s["end"]), quotation)), None)
        drafted = next((canon(s.speaker) for s in proposed.statements if s.mode != "indirect"
                        and s.start <= quotation.start() + 1 and quotation.end() - 1 <= s.end), None)
        if drafted != coded:
            context = raw[max(0, quotation.start() - 150):quotation.end() + 120].replace("\n", " / ")
            lines.append(f"{article.document_id}: coded {coded}, drafted {drafted}\n    ...{context}...")
    return lines


def actor_misses(article: CodedArticle, proposed: Draft) -> list[str]:
    """The coded actors the draft misses (as speaker or recipient, or only in events), and the drafted
    actors no coding has."""
    coding, canon = article.coding, canon_of(article)
    statements = gold_statements(article.raw, coding)
    speakers = {s["speaker"] for s in statements} | {s["recipient"] for s in statements if "recipient" in s}
    coded = speakers | {e[k] for e in coding["events"] for k in ("actor1", "actor2") if e.get(k)}
    drafted = {a for a in [s.speaker for s in proposed.statements] + [s.recipient for s in proposed.statements]
               + [a for e in proposed.events for a in (e.actor1, e.actor2)] if a}
    found = {canon(a) for a in drafted}
    names = {actor["id"]: (actor["name"], actor.get("aliases", [])) for actor in article.actors}
    lines = [f"{article.document_id}: {len(coded & found)} of {len(coded)} coded actors drafted"]
    lines += [f"    missed ({'speaker' if a in speakers else 'in events only'}) {a}: {names.get(a, '(registry)')}"
              for a in sorted(coded - found)]
    lines += [f"    drafted, not coded: {', '.join(sorted(a for a in drafted if canon(a) not in coded)) or '-'}"]
    return lines


def event_misses(article: CodedArticle, proposed: Draft) -> list[str]:
    """The coded events no drafted event matches (type and overlapping evidence), with the types drafted
    there, and the drafted events no coded one matches."""
    coded = [(e["type"], locate(article.raw, e["evidence"]), e["evidence"]) for e in article.coding["events"]]
    drafted = [(e.type, (e.start, e.end)) for e in proposed.events]

    def matched(kind: str, span: tuple[int, int], others: list) -> bool:
        return any(kind == other[0] and overlap(span, other[1]) > 0 for other in others)
    lines = [f"{article.document_id}"]
    for kind, span, evidence in coded:
        if not matched(kind, span, drafted):
            there = [other for other, at in drafted if overlap(span, at) > 0]
            lines.append(f"    missed {kind:9} (drafted there: {', '.join(there) or '-'}) | {evidence[:110]}")
    lines += [f"    not coded {kind:9} | {article.raw[span[0]:span[1]][:110]}"
              for kind, span in drafted if not matched(kind, span, coded)]
    return lines


VIEWS = {"speakers": speaker_misses, "actors": actor_misses, "events": event_misses}


def study_totals() -> list[str]:
    """The seed's and the dev split's totals on the bar's measures; the test split is not drafted."""
    known = load_actors()
    rows = []
    for article in seed_articles() + studied([]):
        rows += evaluate_article(article, draft(article.raw, article.published, known))[0]
    lines = []
    for split in ("seed", "dev"):
        by_measure = {row["measure"]: row for row in totals(rows, split)}
        lines += [f"{split} {measure} {name}: {by_measure[measure][name]:.1%}"
                  for measure, name in [(m, f) for m, f, _ in BAR] + MORE]
    return lines


def test_totals() -> list[str]:
    """The test split's totals and 95% intervals on the bar's measures, nothing per article: how a
    round is scored, once before it and once after."""
    rows, _, _ = evaluate_all()
    by_measure = {row["measure"]: row for row in rows if row["split"] == "test" and row["document_id"] == "all"}
    lines = []
    for measure, name in [(m, f) for m, f, _ in BAR] + MORE:
        low, high = interval(rows, "test", measure, name)
        lines.append(f"test {measure} {name}: {by_measure[measure][name]:.1%} (95% interval {low:.0%}-{high:.0%}, "
                     f"coded {by_measure[measure]['gold']})")
    return lines


def main(arguments: list[str] | None = None) -> None:
    arguments = sys.argv[1:] if arguments is None else arguments

    if not arguments or arguments[0] not in {*VIEWS, "totals", "test-totals"}:
        sys.exit(f"usage: python -m pipeline.extraction.study {{totals|test-totals|{'|'.join(VIEWS)}}} [dev ids]")

    def study() -> None:
        view, ids = arguments[0], arguments[1:]
        if view in {"totals", "test-totals"}:
            print("\n".join(study_totals() if view == "totals" else test_totals()))
            return
        known = load_actors()
        for article in studied(ids):
            print("\n".join(VIEWS[view](article, draft(article.raw, article.published, known))))
    run(study)


if __name__ == "__main__":
    main()
