"""The site's HTML pieces: the page frame, and tables that sort and filter (with site.js).

Pure functions from data to text; site.py decides what goes on which page.
"""
from html import escape


def attribute(value: str) -> str:
    return escape(value, quote=True)


def page(title: str, body: str, depth: int, current: str, nav: list[tuple[str, str]]) -> str:
    """A whole page: lang, viewport, the local stylesheet and script, a skip link and the navigation.

    depth is how many folders below the site's root the page sits (links are relative, so the
    site works from file:// and from any folder of a static host).
    """
    up = "../" * depth
    here = ' aria-current="page"'
    links = "".join(f'<li><a href="{up}{href}"{here if href == current else ""}>{escape(label)}</a></li>'
                    for label, href in nav)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<link rel="stylesheet" href="{up}assets/site.css">
<script src="{up}assets/site.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header><nav aria-label="Site"><ul>{links}</ul></nav></header>
<main id="main">
{body}
</main>
<footer><p>Generated from the dataset's package by <code>make site</code>;
nothing here is loaded from the network.</p></footer>
</body>
</html>
"""


def data_table(caption: str, fields: list[dict], rows: list[list[str]], row_ids: list[str], table_id: str,
               long_text: set[str] = frozenset()) -> str:
    """A table with a filter box and sortable columns; every header carries its field's description.

    rows hold ready HTML for each cell; fields give the header names, descriptions and types;
    the long_text columns get room to be read.
    """
    opening = ['<td class="long">' if field["name"] in long_text else "<td>" for field in fields]
    headers = "".join(
        f'<th scope="col" title="{attribute(field["description"])}" data-type="{attribute(field["type"])}">'
        f'<button type="button" class="sort" aria-describedby="{table_id}-d-{attribute(field["name"])}">'
        f'{escape(field["name"])}</button></th>'
        for field in fields)
    body = "\n".join(
        f'<tr id="{attribute(row_id)}">' + "".join(map("{}{}</td>".format, opening, cells)) + "</tr>"
        for row_id, cells in zip(row_ids, rows))
    descriptions = "".join(
        f'<dt><code>{escape(field["name"])}</code> <span class="type">{escape(field["type"])}</span></dt>'
        f'<dd id="{table_id}-d-{attribute(field["name"])}">{escape(field["description"])}</dd>'
        for field in fields)
    return f"""<details class="columns"><summary>What each column means</summary><dl>{descriptions}</dl></details>
<div class="filter"><label for="{table_id}-filter">Filter rows</label>
<input type="search" id="{table_id}-filter" data-filter="{table_id}" autocomplete="off">
<span class="count" aria-live="polite" id="{table_id}-count">{len(rows)} of {len(rows)} rows</span></div>
<div class="scroll" tabindex="0" role="region" aria-label="{attribute(caption)}">
<table class="data" id="{table_id}">
<caption>{escape(caption)}</caption>
<thead><tr>{headers}</tr></thead>
<tbody>
{body}
</tbody>
</table>
</div>"""
