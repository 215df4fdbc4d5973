"""The annotated article: the raw text with every quoted record highlighted by table.

The text is cut at every record's char_start and char_end; each piece is one element that lists
the records covering it (data-ids), so overlapping records need no nesting. An empty anchor with
the record's id marks where each record starts: a link to article/<document>.html#<id> opens
the article at its span.
"""
import json
from html import escape

from pipeline.lib.tables import schema
from pipeline.outputs.site_html import attribute
from pipeline.stages.package import package_metadata

# The tables highlighted on the article: every table whose schema declares that its rows quote
# the text (x-spans), in the package's order, except the segments, which cut the whole text and
# are shown as its layout instead.
HIGHLIGHTED = [name for name in package_metadata()["resources"]
               if name != "segments" and schema(name).get("x-spans")]


def spans(tables: dict[str, list[dict]], keys: dict[str, str], document_id: str) -> list[tuple[int, int, str, str]]:
    """(start, end, table, id) of every highlighted record of one document, in text order."""
    found = []
    for name in HIGHLIGHTED:
        for row in tables[name]:
            if row["document_id"] == document_id:
                found.append((int(row["char_start"]), int(row["char_end"]), name, row[keys[name]]))
    return sorted(found)


def annotated_text(raw: str, records: list[tuple[int, int, str, str]], anchors: list[tuple[int, str]]) -> str:
    """The raw text as HTML: plain pieces, and highlighted pieces with their records' ids and tables.

    anchors are (offset, id) of rows that get an anchor but no highlight (the segments)."""
    cuts = sorted({0, len(raw)} | {start for start, _, _, _ in records} | {end for _, end, _, _ in records}
                  | {start for start, _ in anchors})
    starting: dict[int, list[str]] = {}
    for start, record_id in [*anchors, *[(start, record_id) for start, _, _, record_id in records]]:
        starting.setdefault(start, []).append(record_id)
    parts = []
    for left, right in zip(cuts, cuts[1:]):
        parts += [f'<a class="anchor" id="{attribute(record_id)}"></a>' for record_id in starting.get(left, [])]
        covering = [(table, record_id) for start, end, table, record_id in records if start <= left and right <= end]
        text = escape(raw[left:right])
        if not covering:
            parts.append(text)
            continue
        classes = " ".join(sorted({f"hl-{table}" for table, _ in covering}))
        ids = " ".join(record_id for _, record_id in covering)
        parts.append(f'<span class="hl {classes}" data-ids="{attribute(ids)}" tabindex="0">{text}</span>')
    return "".join(parts)


def legend(counts: dict[str, int], descriptions: dict[str, str]) -> str:
    items = "".join(
        f'<li><label><input type="checkbox" checked data-toggle="hl-{name}"> '
        f'<span class="key hl hl-{name}">{escape(name)}</span> ({counts.get(name, 0)})</label>'
        f' <span class="hint">{escape(descriptions[name].split(". ")[0])}.</span></li>'
        for name in HIGHLIGHTED)
    return f'<fieldset class="legend"><legend>Highlighted</legend><ul>{items}</ul></fieldset>'


def records_json(summaries: dict[str, dict]) -> str:
    """The rows a selection can list, for site.js: id -> table, summary, links. Escaped for a script tag."""
    text = json.dumps(summaries, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("</", "<\\/")


def article_body(document: dict, raw: str, records: list[tuple[int, int, str, str]], summaries: dict[str, dict],
                 descriptions: dict[str, str], anchors: list[tuple[int, str]]) -> str:
    counts: dict[str, int] = {}
    for _, _, table, _ in records:
        counts[table] = counts.get(table, 0) + 1
    source = (f'<a href="{attribute(document["url"])}">{escape(document["publisher"])}</a>'
              if document.get("url") else escape(document["publisher"]))
    return f"""<h1>{escape(document["title"])}</h1>
<p class="meta">{source}, published {escape(document["published_date"])}{
        ' to ' + escape(document['published_date_end']) if document.get('published_date_end') else ''}.
The text below is <code>{escape(document["raw_path"])}</code>, byte for byte; every highlight is a row of the
dataset, at its <code>char_start</code>–<code>char_end</code>. Select a highlight (click, or Tab to it and press
Enter) to list its rows.</p>
{legend(counts, descriptions)}
<div class="article-layout">
<div class="article-text" id="article-text">{annotated_text(raw, records, anchors)}</div>
<aside class="selection" aria-labelledby="selection-title">
<h2 id="selection-title">Selected rows</h2>
<div id="selection" aria-live="polite"><p>Nothing selected yet.</p></div>
</aside>
</div>
<script type="application/json" id="records">{records_json(summaries)}</script>"""
