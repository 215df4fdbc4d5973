"""`make site`: the dataset's home page, as a folder of static files.

    python -m pipeline.outputs.site OUT_DIR

Everything comes from the package: datapackage.json and its CSVs, the schemas' descriptions,
the raw articles, the figures, the citation in README.md, the codebook and coding guide, the
release files in dist/. Pages: the front page (what, version, how to cite, downloads with sizes
and SHA-256, figures), one browsable page per table, the annotated article, a page per actor,
the codebook and coding guide. Links are relative and nothing is loaded from the network, so it
works from file:// and from any static host; the bytes depend on the inputs only.
"""
import hashlib
import json
import re
import shutil
import sys
from html import escape
from pathlib import Path

from markdown_it import MarkdownIt

from pipeline.lib import paths
from pipeline.lib.tables import read_table
from pipeline.outputs.readme import README, agreement_summary, citation_block
from pipeline.outputs.site_article import HIGHLIGHTED, article_body, spans
from pipeline.outputs.site_html import attribute, data_table, page

ASSETS = Path(__file__).with_name("site_assets")
# The alt text of each figure is the README's, written to describe what the chart shows.
README_FIGURE = re.compile(r"!\[([^\]]+)\]\(figures/([\w-]+)\.png\)")
LONG = 60  # characters: a column with longer values is given room to be read
QUALITY_REPORT = Path("reports") / "agreement.md"  # the agreement figures, where a study has made them


class Site:
    """The package read once, and the links between its pages."""

    def __init__(self, root: Path):
        self.root = root
        self.package = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
        self.resources = {resource["name"]: resource for resource in self.package["resources"]}
        self.tables = {name: read_table(root, name) for name in self.resources}
        self.keys = {name: resource["schema"]["primaryKey"][0] for name, resource in self.resources.items()}
        self.actors = {row["actor_id"]: row for row in self.tables["actors"]}
        documents = self.tables["documents"]
        first_article = f"article/{documents[0]['document_id']}.html" if len(documents) == 1 else "index.html#articles"
        self.nav = [("Home", "index.html"), ("Article" if len(documents) == 1 else "Articles", first_article),
                    ("Tables", "index.html#tables"), ("Actors", "tables/actors.html"),
                    ("Codebook", "codebook.html"), ("Coding guide", "coding-guide.html")]
        self.files: dict[str, bytes] = {}

    def add_page(self, path: str, title: str, body: str) -> None:
        html = page(f"{title} · {self.package['title'].split(':')[0]}", body, path.count("/"), path, self.nav)
        self.files[path] = html.encode("utf-8")

    # Links from a page one folder down (tables/, article/, actors/).
    def row_link(self, table: str, row: dict) -> str:
        """Where a row is best seen: quoted rows at their span in the article, actors on their page."""
        if table == "actors":
            return f"../actors/{row['actor_id']}.html"
        if table == "documents":
            return f"../article/{row['document_id']}.html"
        if table in HIGHLIGHTED or table == "segments":
            return f"../article/{row['document_id']}.html#{row[self.keys[table]]}"
        return f"../tables/{table}.html#{row[self.keys[table]]}"

    def reference_link(self, target: str, value: str) -> str:
        if target == "actors":
            name = self.actors[value]["name"]
            return f'<a href="../actors/{attribute(value)}.html" title="{attribute(name)}">{escape(value)}</a>'
        if target == "documents":
            return f'<a href="../article/{attribute(value)}.html">{escape(value)}</a>'
        return f'<a href="../tables/{target}.html#{attribute(value)}">{escape(value)}</a>'

    def cell(self, table: str, field: dict, row: dict, references: dict[str, str]) -> str:
        value = row.get(field["name"], "")
        if value == "":
            return ""
        if field["name"] == self.keys[table]:
            return f'<a href="{attribute(self.row_link(table, row))}">{escape(value)}</a>'
        if field["name"] in references:
            return self.reference_link(references[field["name"]], value)
        if field.get("format") == "uri":
            return f'<a href="{attribute(value)}">{escape(value)}</a>'
        return escape(value)

    def references(self, table: str) -> dict[str, str]:
        keys = self.resources[table]["schema"].get("foreignKeys", [])
        # An empty resource name is a reference to the table itself.
        return {key["fields"][0]: key["reference"]["resource"] or table for key in keys}


def column(rows: list[dict], field: dict) -> list[str]:
    return [row.get(field["name"], "") for row in rows]


def table_page(site: Site, name: str) -> None:
    resource, rows = site.resources[name], site.tables[name]
    fields = resource["schema"]["fields"]
    references = site.references(name)
    cells = [[site.cell(name, field, row, references) for field in fields] for row in rows]
    body = (f"<h1>{escape(name)}</h1><p>{escape(resource['description'])}</p>"
            f'<p>{len(rows)} rows. Download: <a href="../downloads/{attribute(resource["path"])}">'
            f"{escape(Path(resource['path']).name)}</a>. The first column links to where the row is seen best: "
            "quoted rows open the article at their words. Sort with the column buttons; hover or open "
            "<em>What each column means</em> for the definitions.</p>"
            + data_table(f"{name}: {len(rows)} rows", fields, cells, [row[site.keys[name]] for row in rows], name,
                         {field["name"] for field in fields if max(map(len, column(rows, field)), default=0) > LONG}))
    site.add_page(f"tables/{name}.html", name, body)


def summaries(site: Site) -> dict[str, dict]:
    """What a selected highlight lists: each quoted row's table, a one-line summary and its links."""
    def name(actor_id: str) -> str:
        return site.actors[actor_id]["name"] if actor_id else "not stated"

    describe = {
        "events": lambda row: (f"{row['label']} ({row['event_type']}, {row['status']}, "
                               f"{row['event_date'] or 'undated'})"),
        "statements": lambda row: (f"{name(row['speaker_id'])}, {row['mode']} ({row['cue']}) → "
                                   f"{name(row['recipient_id'])}"),
        "source_notes": lambda row: f"{row['note_type']}: read “{row['corrected_reading']}” ({row['source']})",
        "actor_mentions": lambda row: f"{name(row['actor_id'])}",
        "place_mentions": lambda row: f"place: {row['place_id']}",
    }
    found = {}
    for table in HIGHLIGHTED:
        for row in site.tables[table]:
            record_id = row[site.keys[table]]
            summary = describe[table](row) if table in describe else row.get("text", record_id)
            entry = {"table": table, "summary": summary, "row": f"../tables/{table}.html#{record_id}"}
            if table == "actor_mentions":
                entry["actor"] = f"../actors/{row['actor_id']}.html"
            found[record_id] = entry
    return found


def article_pages(site: Site) -> None:
    descriptions = {name: site.resources[name]["description"] for name in HIGHLIGHTED}
    listed = summaries(site)
    for document in site.tables["documents"]:
        raw = (site.root / document["raw_path"]).read_bytes().decode("utf-8")
        records = spans(site.tables, site.keys, document["document_id"])
        anchors = [(int(row["char_start"]), row["segment_id"]) for row in site.tables["segments"]
                   if row["document_id"] == document["document_id"]]
        mine = {record_id: listed[record_id] for _, _, _, record_id in records}
        body = article_body(document, raw, records, mine, descriptions, anchors)
        site.add_page(f"article/{document['document_id']}.html", document["title"], body)


def quote_link(site: Site, table: str, row: dict, text_field: str) -> str:
    return (f'<a href="{attribute(site.row_link(table, row))}">{escape(row[text_field])}</a>')


def actor_page(site: Site, actor: dict) -> None:
    actor_id = actor["actor_id"]
    said = [row for row in site.tables["statements"] if row["speaker_id"] == actor_id]
    heard = [row for row in site.tables["statements"] if row["recipient_id"] == actor_id]
    acted = [row for row in site.tables["events"] if actor_id in (row["actor1_id"], row["actor2_id"])]
    mentions = [row for row in site.tables["actor_mentions"] if row["actor_id"] == actor_id]
    members = sorted(row["actor_id"] for row in site.tables["actors"] if row["parent_actor_id"] == actor_id)

    def actor_link(other: str) -> str:
        return f'<a href="{attribute(other)}.html">{escape(site.actors[other]["name"])}</a>' if other else "not stated"

    def statement_item(row: dict, other: str) -> str:
        return (f"<li>{quote_link(site, 'statements', row, 'text')} <span class='meta'>({escape(row['mode'])}, "
                f"{escape(row['cue'])}; {other})</span></li>")

    def section(title: str, items: list[str]) -> str:
        return f"<h2>{escape(title)} ({len(items)})</h2>" + (f"<ul>{''.join(items)}</ul>" if items else "<p>None.</p>")

    facts = [("type", escape(actor["actor_type"])), ("side", escape(actor["side"])),
             ("part of", actor_link(actor["parent_actor_id"]) if actor["parent_actor_id"] else "—"),
             ("members", ", ".join(map(actor_link, members)) or "—"),
             ("aliases", escape(actor["aliases"]) or "—")]
    body = (f"<h1>{escape(actor['name'])}</h1><p>{escape(actor['description'])}</p><dl class='facts'>"
            + "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in facts) + "</dl>"
            + section("Statements made",
                      [statement_item(row, "to " + actor_link(row["recipient_id"])) for row in said])
            + section("Statements addressed to this actor",
                      [statement_item(row, "by " + actor_link(row["speaker_id"])) for row in heard])
            + section("Events", [f"<li>{escape(row['label'])}: {quote_link(site, 'events', row, 'evidence_text')} "
                                 f"<span class='meta'>({escape(row['event_type'])}, {escape(row['status'])}; "
                                 f"{actor_link(row['actor1_id'])} → {actor_link(row['actor2_id'])})</span></li>"
                                 for row in acted])
            + section("Mentions in the text", [f"<li>{quote_link(site, 'actor_mentions', row, 'text')} "
                                               f"<span class='meta'>(characters {row['char_start']}–{row['char_end']}, "
                                               f"{escape(row['segment_type'])})</span></li>" for row in mentions]))
    site.add_page(f"actors/{actor_id}.html", actor["name"], body)


def markdown_page(site: Site, source: Path, path: str, title: str) -> None:
    renderer = MarkdownIt("commonmark", {"html": False}).enable("table")
    html = renderer.render(source.read_text(encoding="utf-8"))
    # Links between the two documents point at their pages here; headings get GitHub's anchors.
    html = re.sub(r'href="(codebook|coding-guide)\.md', r'href="\1.html', html)
    html = re.sub(r"<h([1-3])>(.*?)</h\1>",
                  lambda match: f'<h{match[1]} id="{slug(match[2])}">{match[2]}</h{match[1]}>', html)
    # Wide tables scroll in their own box, so that the page itself fits a phone's width.
    html = html.replace("<table>", f'<div class="scroll" tabindex="0" role="region" aria-label="{title} table">'
                                   "<table>").replace("</table>", "</table></div>")
    site.add_page(path, title, f'<div class="prose">{html}</div>')


def slug(heading_html: str) -> str:
    text = re.sub(r"<[^>]+>", "", heading_html).strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def downloads(site: Site) -> list[tuple[str, str, bytes]]:
    """(name in the site, what it is, bytes) of every file offered: the release and the package's files."""
    version = f"{site.package['name']}-{site.package['version']}"
    dist = site.root / "dist"
    offered = [(f"downloads/{version}.zip", "Everything: the package, schemas, codebook, raw texts, figures, "
                                            "CSV copies for spreadsheets, checksums", dist / f"{version}.zip"),
               (f"downloads/{version}.xlsx", "Workbook: a sheet per table, typed, with the data dictionary",
                dist / f"{version}.xlsx"),
               (f"downloads/{version}.sqlite", "SQLite database with types, keys and checks",
                dist / f"{version}.sqlite"),
               ("downloads/datapackage.json", "The package descriptor (Frictionless Data Package)",
                site.root / "datapackage.json")]
    offered += [(f"downloads/{resource['path']}", f"{resource['name']} (CSV)", site.root / resource["path"])
                for resource in site.package["resources"]]
    missing = [str(source) for _, _, source in offered if not source.exists()]
    if missing:
        raise SystemExit(f"error: site: missing {', '.join(missing)} (run make release first)")
    return [(name, what, source.read_bytes()) for name, what, source in offered]


def size_text(count: int) -> str:
    return f"{count / 1024:.1f} KB" if count < 1024 * 1024 else f"{count / 1024 / 1024:.2f} MB"


def front_page(site: Site, offered: list[tuple[str, str, bytes]]) -> None:
    package = site.package
    reference, bibtex = citation_block((site.root / README.name).read_text(encoding="utf-8"))
    cff = (site.root / "CITATION.cff").read_text(encoding="utf-8")
    alts = dict((name, " ".join(alt.split())) for alt, name in README_FIGURE.findall(
        (site.root / README.name).read_text(encoding="utf-8")))
    rows = "".join(
        f'<tr><td><a href="{attribute(name)}">{escape(Path(name).name)}</a></td><td>{escape(what)}</td>'
        f'<td class="number">{size_text(len(data))}</td>'
        f'<td><code class="hash">{hashlib.sha256(data).hexdigest()}</code></td></tr>'
        for name, what, data in offered)
    tables = "".join(
        f'<li><a href="tables/{name}.html">{escape(name)}</a> ({len(site.tables[name])} rows): '
        f"{escape(resource['description'])}</li>" for name, resource in site.resources.items())
    articles = "".join(f'<li><a href="article/{attribute(row["document_id"])}.html">{escape(row["title"])}</a> '
                       f'({escape(row["publisher"])}, {escape(row["published_date"][:7])})</li>'
                       for row in site.tables["documents"])
    figures = "".join(
        f'<figure><img src="figures/{name}.png" alt="{attribute(alts[name])}" loading="lazy">'
        f"<figcaption>{escape(alts[name])}</figcaption></figure>" for name in sorted(alts))
    quality = ""
    if (site.root / QUALITY_REPORT).exists():  # the README's summary here; the whole report on its page
        quality = ("<h2 id='quality'>Quality: inter-coder agreement</h2>"
                   + MarkdownIt("commonmark").render(agreement_summary(site.root))
                   + '<p><a href="agreement.html">The agreement report, field by field</a></p>')
    licence = package["licenses"][0]
    body = f"""<h1>{escape(package["title"])}</h1>
<p class="lead">{escape(package["description"])}</p>
<dl class="facts"><dt>Version</dt><dd>{escape(package["version"])} (released {escape(package["created"][:10])})</dd>
<dt>Licence</dt><dd><a href="{attribute(licence["path"])}">{escape(licence["name"])}</a>.
{escape(package["rights"])}</dd>
<dt>Source</dt><dd>{"; ".join(f'<a href="{attribute(source["path"])}">{escape(source["title"])}</a>'
                               for source in package["sources"])}</dd></dl>
<h2 id="articles">Read the article, with every row on its words</h2><ul>{articles}</ul>
<h2 id="cite">How to cite</h2>
<p id="cite-text">{escape(reference)}</p>
<p><button type="button" class="copy" data-copy="cite-text">Copy the reference</button></p>
<details><summary>BibTeX</summary><pre id="cite-bibtex">{escape(bibtex)}</pre>
<button type="button" class="copy" data-copy="cite-bibtex">Copy BibTeX</button></details>
<details><summary>CITATION.cff</summary><pre id="cite-cff">{escape(cff)}</pre>
<button type="button" class="copy" data-copy="cite-cff">Copy CITATION.cff</button></details>
<h2 id="downloads">Downloads</h2>
<div class="scroll" tabindex="0" role="region" aria-label="Downloads">
<table class="downloads"><thead><tr><th scope="col">file</th><th scope="col">what</th><th scope="col">size</th>
<th scope="col">SHA-256</th></tr></thead><tbody>{rows}</tbody></table></div>
<h2 id="tables">Tables</h2><ul>{tables}</ul>
<p>Every field, type and allowed value: <a href="codebook.html">the codebook</a>; how the article was coded and
why: <a href="coding-guide.html">the coding guide</a>.</p>
<h2 id="figures">Figures</h2>{figures}{quality}"""
    site.add_page("index.html", "Home", body)


def build(root: Path = paths.ROOT) -> dict[str, bytes]:
    """Every file of the site: {path inside the site: bytes}."""
    site = Site(root)
    offered = downloads(site)
    front_page(site, offered)
    for name in site.resources:
        table_page(site, name)
    article_pages(site)
    for actor in site.tables["actors"]:
        actor_page(site, actor)
    markdown_page(site, root / "docs" / "codebook.md", "codebook.html", "Codebook")
    markdown_page(site, root / "docs" / "coding-guide.md", "coding-guide.html", "Coding guide")
    if (root / QUALITY_REPORT).exists():
        markdown_page(site, root / QUALITY_REPORT, "agreement.html", "Inter-coder agreement")
    site.files |= {name: data for name, _, data in offered}
    site.files |= {f"figures/{path.name}": path.read_bytes() for path in sorted((root / "figures").glob("*.png"))}
    site.files |= {f"assets/{path.name}": path.read_bytes() for path in sorted(ASSETS.iterdir())}
    return site.files


def main(arguments: list[str]) -> None:
    if len(arguments) != 1:
        raise SystemExit("usage: python -m pipeline.outputs.site OUT_DIR")
    out = Path(arguments[0])
    files = build()
    building = out.with_name(f".{out.name}.building")
    shutil.rmtree(building, ignore_errors=True)
    for name, data in sorted(files.items()):
        target = building / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    shutil.rmtree(out, ignore_errors=True)  # the whole folder at once: no page of an older build stays
    building.rename(out)
    pages = sum(name.endswith(".html") for name in files)
    print(f"site: {paths.relative(out)}: {pages} pages, {len(files)} files, "
          f"{sum(map(len, files.values())) // 1024} KB")


if __name__ == "__main__":
    main(sys.argv[1:])
