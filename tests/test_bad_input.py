"""Bad input: the build stops with one clear line naming the file, the record and the problem,
and nothing already published changes. Each case corrupts a copy of a built project."""
import hashlib
import shutil
from pathlib import Path

import pytest

from pipeline.lib import paths
from tests.conftest import DOCUMENT, make, published

FOLDER = Path("data/raw/documents") / DOCUMENT
ARTICLE, METADATA, CODING = FOLDER / paths.TEXT_FILE, FOLDER / paths.METADATA_FILE, FOLDER / paths.CODING_FILE
ACTORS = Path("data/raw/registry/actors.yaml")
PLACES = Path("data/raw/registry/places.yaml")


def replace(project: Path, relative: Path, old: str, new: str) -> None:
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"test setup: {old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def write_article(project: Path, data: bytes) -> None:
    """Replace the raw text and record its new checksum, so the later checks are reached."""
    (project / ARTICLE).write_bytes(data)
    old = hashlib.sha256((project / ARTICLE).read_bytes()).hexdigest()
    text = (project / METADATA).read_text(encoding="utf-8")
    sha = next(line for line in text.splitlines() if line.startswith("sha256:"))
    (project / METADATA).write_text(text.replace(sha, f"sha256: {old}"), encoding="utf-8")


def article(project: Path) -> bytes:
    return (project / ARTICLE).read_bytes()


def outside_file(project: Path, data: bytes) -> Path:
    """A file beside the project, not in it: what an attacker wants the build to read."""
    path = project.parent / "outside.txt"
    path.write_bytes(data)
    return path


def link_article_outside(project: Path) -> None:
    """article.txt becomes a link to an outside file with the same bytes, so its checksum still matches."""
    target = outside_file(project, article(project))
    (project / ARTICLE).unlink()
    (project / ARTICLE).symlink_to(target)


# A "billion laughs": nine aliases of nine aliases ... a few lines that stand for 9**9 values.
ALIAS_BOMB = "lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"lol{level}: &lol{level} [{', '.join([f'*lol{level - 1}'] * 9)}]\n" for level in range(1, 10))


CASES = {
    "evidence not in the text": (lambda p: replace(p, CODING, "which was signed in August 2017", "which was signed in July 2017"),
                                 [str(CODING), "events e01", "is not in the text"]),
    "evidence found twice": (lambda p: replace(p, CODING, "evidence: the thing which the Committee refused", "evidence: the Committee"),
                             [str(CODING), "events e16", "occurs 3 times"]),
    "evidence in boilerplate": (lambda p: replace(p, CODING, "evidence: the thing which the Committee refused", "evidence: Click here to support"),
                                [str(CODING), "events e16", "not inside one body paragraph"]),
    "unknown actor": (lambda p: replace(p, CODING, "actor1: united-nations", "actor1: unesco"),
                      [str(CODING), "events e19", "actor1 'unesco' is not a known actor"]),
    "unknown place": (lambda p: replace(p, CODING, "place: northern-homs-countryside", "place: ankara"),
                      [str(CODING), "events e01", "place 'ankara' is not a known place"]),
    "unknown speaker": (lambda p: replace(p, CODING, "speaker: ayman-al-amouri", "speaker: ayman"),
                        [str(CODING), "statements s14", "speaker 'ayman' is not a known actor"]),
    "unknown event of a statement": (lambda p: replace(p, CODING, "event: e20", "event: e99"),
                                     [str(CODING), "statements s17", "event 'e99' is not a known event"]),
    "unknown event type": (lambda p: replace(p, CODING, "type: SUPPORT", "type: PRAISE"),
                           [str(CODING), "events e19", "type 'PRAISE' is not one of"]),
    "unknown statement mode": (lambda p: replace(p, CODING, "mode: mixed", "mode: paraphrase"),
                               [str(CODING), "statements s03", "mode 'paraphrase' is not one of"]),
    "unknown status": (lambda p: replace(p, CODING, "status: claimed", "status: rumoured"),
                       [str(CODING), "events e07", "status 'rumoured' is not one of"]),
    "duplicate id": (lambda p: replace(p, CODING, "id: e03", "id: e01"),
                     [str(CODING), "events e01", "duplicate id"]),
    "badly formed id": (lambda p: replace(p, CODING, "id: s05", "id: statement5"),
                        [str(CODING), "statements statement5", "two or more digits"]),
    "YAML syntax error": (lambda p: replace(p, CODING, "  - id: e03\n", "  - id: e03\n   type: [AGREE\n"),
                          [str(CODING), "YAML syntax error at line"]),
    "key given twice": (lambda p: replace(p, CODING, "  - id: e03\n", "  - id: e03\n    id: e04\n"),
                        [str(CODING), "the key 'id' is given twice"]),
    "missing required field": (lambda p: replace(p, CODING, "    summary: Ultimatum", "    note: Ultimatum"),
                               [str(CODING), "events e04", "missing required field(s): summary"]),
    "unknown field": (lambda p: replace(p, CODING, "  - id: e05\n", "  - id: e05\n    colour: red\n"),
                      [str(CODING), "events e05", "unknown field(s): colour"]),
    "number where text is needed": (lambda p: replace(p, CODING, 'summary: The United Nations endorses ("preserves") the Ankara '
                                                      "Agreement, as the Committee's statement recalls.", "summary: 2016"),
                                    [str(CODING), "events e19", "field 'summary' must be non-empty text"]),
    "date end before its start": (lambda p: replace(p, CODING, "    not_before: last August\n    not_after: 4 October 2017",
                                                    "    not_before: 4 October 2017\n    not_after: last August"),
                                  [str(CODING), "events e12", "is before the start"]),
    "date expression not in the paragraph": (lambda p: replace(p, CODING, "date: 4 October 2017", "date: 5 October 2017"),
                                             [str(CODING), "events e11", "'5 October 2017' is not in the text"]),
    "direct statement outside quotation marks": (lambda p: replace(p, CODING, "    mode: indirect\n    cue: confirmed",
                                                                   "    mode: direct\n    cue: confirmed"),
                                                 [str(CODING), "statements s06", "not enclosed in quotation marks"]),
    "speech quotation not coded": (lambda p: replace(p, CODING, "  - {text: Harakat Tahrir al-Watan, kind: name}\n", ""),
                                   [str(CODING), "quotation at character", "not inside any statement"]),
    "cue not in the paragraph": (lambda p: replace(p, CODING, "cue: believes", "cue: insisted"),
                                 [str(CODING), "statements s14", "cue: 'insisted' is not in the text"]),
    # The coding rules of version 0.2.0 (docs/coding-guide.md), each refused with one line.
    "mode not allowed for its event type": (lambda p: replace(p, CODING, "    mode: withdraw", "    mode: ceasefire"),
                                            [str(CODING), "events e03", "'ceasefire' is not a PLOVER mode of SANCTION"]),
    "occurred after publication": (lambda p: replace(p, CODING, "    status: occurred\n    date: 15 February\n    summary: In its",
                                                     "    status: occurred\n    date: next May\n    summary: In its"),
                                   [str(CODING), "events e14", "after the article's publication", "status must be one of"]),
    "another party's account coded as fact": (lambda p: replace(p, CODING, "    status: claimed\n    date_basis: Known from a "
                                                                "Committee member's account, which does not say when.\n",
                                                                "    status: occurred\n    date_basis: Known from a "
                                                                "Committee member's account, which does not say when.\n"),
                                              [str(CODING), "events e16", "only in mohammad-kanj-ayoup's statement"]),
    "old event not marked background": (lambda p: replace(p, CODING, "    background: true\n", ""),
                                        [str(CODING), "events e01", "background must be true"]),
    "recent event marked background": (lambda p: replace(p, CODING, "    date: 15 February\n    summary: By email",
                                                         "    date: 15 February\n    background: true\n    summary: By email"),
                                       [str(CODING), "events e03", "background must be false"]),
    "bounded date without its basis": (lambda p: replace(p, CODING, "    date_basis: '\"Them\" are the provisions agreed on 4 "
                                                         "October 2017, so not before that day; still going on when the "
                                                         "article was written.'\n", ""),
                                       [str(CODING), "events e13", "say in date_basis"]),
    "ongoing event without an end": (lambda p: replace(p, CODING, "    not_before: 4 October 2017\n    not_after: publication\n",
                                                       "    not_before: 4 October 2017\n"),
                                     [str(CODING), "events e13", "an ongoing event needs an end"]),
    "cue found twice in its paragraph": (lambda p: replace(p, CODING, "    cue: told\n    recipient: enab-baladi\n    event: e15",
                                                           "    cue: the Committee\n    recipient: enab-baladi\n    event: e15"),
                                         [str(CODING), "statements s12", "occurs 2 times"]),
    "speaker name not in the paragraph": (lambda p: replace(p, CODING, "speaker_text: Mohammad Kanj Ayoup",
                                                            "speaker_text: Mohammad Ayoub"),
                                          [str(CODING), "statements s11", "speaker_text: 'Mohammad Ayoub' is not in the text"]),
    "parent cycle": (lambda p: replace(p, ACTORS, "  type: government\n  country: RUS\n  side: pro_government\n  aliases: [the Russians",
                                       "  type: government\n  parent: russian-mod\n  country: RUS\n  side: pro_government\n  aliases: [the Russians"),
                     [str(ACTORS), "actor russia", "parent chain loops"]),
    "alias of two actors": (lambda p: replace(p, ACTORS, "aliases: [Assad’s forces]", "aliases: [Assad’s forces, Syrian regime]"),
                            [str(ACTORS), "actor assad-forces", "alias 'Syrian regime' also belongs to"]),
    "generic alias in the registry": (lambda p: replace(p, ACTORS, "aliases: [Syrian regime]", "aliases: [Syrian regime, the regime]"),
                                      [str(ACTORS), "actor syrian-government", "alias 'the regime' is a generic noun phrase"]),
    "document alias of an unknown actor": (lambda p: replace(p, CODING, "the regime: syrian-government", "the regime: assad-regime"),
                                           [str(CODING), "aliases 'the regime'", "actor 'assad-regime' is not a known actor"]),
    "checksum mismatch": (lambda p: (p / ARTICLE).write_bytes(article(p) + b"\n"),
                          [str(ARTICLE), "sha256 is", "raw files are never edited"]),
    "bytes that are not UTF-8": (lambda p: write_article(p, article(p).replace("“".encode(), b"\x93", 1)),
                                 [str(ARTICLE), "not UTF-8"]),
    "byte-order mark": (lambda p: write_article(p, b"\xef\xbb\xbf" + article(p)), [str(ARTICLE), "byte-order mark"]),
    "CRLF line ends": (lambda p: write_article(p, article(p).replace(b"\n", b"\r\n")), [str(ARTICLE), "CR"]),
    "empty article": (lambda p: write_article(p, b"\n\n"), [str(ARTICLE), "empty"]),
    "impossible publication date": (lambda p: replace(p, METADATA, "earliest: 2018-02-15", "earliest: 2018-02-30"),
                                    [str(METADATA), "published", "'2018-02-30' is not a valid ISO date"]),
    "document id differs from its folder": (lambda p: replace(p, METADATA, f"document_id: {DOCUMENT}", "document_id: other"),
                                            [str(METADATA), "document_id", "differs from the folder name"]),
    "schema edited into an invalid one": (lambda p: replace(p, Path("schemas/events.schema.json"),
                                                            '"name": "summary", "type": "string"', '"name": "summary", "type": "txt"'),
                                          ["schemas/events.schema.json", "not a valid Table Schema"]),
    "schema that is not JSON": (lambda p: replace(p, Path("schemas/places.schema.json"), '"fields": [', '"fields": [,'),
                                ["schemas/places.schema.json", "not valid JSON"]),
    "place id the gazetteer does not know": (lambda p: replace(p, PLACES, "geonames_ids: [172946]", "geonames_ids: [99999999]"),
                                             [str(PLACES), "place al-rastan", "GeoNames id 99999999 is not in the gazetteer"]),
    "place whose names the gazetteer feature lacks": (lambda p: replace(p, PLACES, "geonames_ids: [172946]", "geonames_ids: [168668]"),
                                                      [str(PLACES), "place al-rastan", "'Kafr Lāhā', whose names include none of"]),
    "region whose towns lie in two governorates": (lambda p: replace(p, PLACES, "[163779, 172946, 168668]", "[163779, 169886]"),
                                                   [str(PLACES), "place northern-homs-countryside", "different governorates"]),
    "resource without a schema": (lambda p: replace(p, Path("schemas/package.yaml"), "acled_events]", "acled_events, sources]"),
                                  ["schemas/package.yaml", "resources"]),
    # Hostile input (issue 14): paths that lead outside, links, sizes and YAML that would take
    # the build's memory or time. The build must never read what lies outside data/raw.
    "text_file path traversal": (lambda p: replace(p, METADATA, "text_file: article.txt", "text_file: ../../../../../etc/hostname"),
                                 [str(METADATA), "text_file", "goes up a folder"]),
    "text_file absolute path": (lambda p: replace(p, METADATA, "text_file: article.txt", "text_file: /etc/hostname"),
                                [str(METADATA), "text_file", "is an absolute path"]),
    "text_file with a control character": (lambda p: replace(p, METADATA, "text_file: article.txt", 'text_file: "article.txt\\x1b"'),
                                           [str(METADATA), "line 4", "text_file: the value contains the control character"]),
    "article that is a symbolic link": (link_article_outside, [str(ARTICLE), "is a symbolic link"]),
    "document folder that is a symbolic link": (lambda p: (p / FOLDER.parent / "linked").symlink_to(p.parent),
                                                [str(FOLDER.parent / "linked"), "is a symbolic link"]),
    "oversized article": (lambda p: write_article(p, article(p) + b"x" * 2_000_000), [str(ARTICLE), "larger than the limit"]),
    "oversized YAML file": (lambda p: replace(p, CODING, "coders: [Project editors]", "coders: [" + "x, " * 1_400_000 + "x]"),
                            [str(CODING), "larger than the limit"]),
    "deeply nested YAML": (lambda p: replace(p, CODING, "coders: [Project editors]", "coders: " + "[" * 200 + "]" * 200),
                           [str(CODING), "nested more than 16 deep"]),
    "alias bomb": (lambda p: replace(p, CODING, "coders: [Project editors]\n", "coders: [Project editors]\n" + ALIAS_BOMB),
                   [str(CODING), "more than 50 aliases"]),
    # Found by the fuzzer (make fuzz, pipeline/fuzz/) or while writing it: each once stopped the
    # build with a traceback, or named a file outside the project.
    "article whose first line reads as boilerplate": (lambda p: write_article(p, "النسخة العربية\n\n".encode() + article(p)),
                                                      [str(ARTICLE), "has no title"]),
    "integer of 5,000 digits in YAML": (lambda p: replace(p, CODING, "status: reviewed", "status: 1" + "0" * 5000),
                                        [str(CODING), "line 6", "cannot read this value"]),
    "impossible !!timestamp in YAML": (lambda p: replace(p, METADATA, "earliest: 2018-02-15", "earliest: !!timestamp 2018-02-30"),
                                       [str(METADATA), "cannot read this value: day is out of range"]),
    "list as a mapping key": (lambda p: replace(p, CODING, "  - id: e03\n", "  - id: e03\n    ? [a, b]\n    : c\n"),
                              [str(CODING), "a key must be text, found a list"]),
    "number as a field name": (lambda p: replace(p, CODING, "  - id: e05\n", "  - id: e05\n    2017: x\n    colour: red\n"),
                               [str(CODING), "events e05", "unknown field(s): 2017, colour"]),
    "text_file with a Unicode line separator": (lambda p: replace(p, METADATA, "text_file: article.txt", 'text_file: "0\\u2028"'),
                                                [str(METADATA), "line 4", "text_file: the value contains the control character"]),
    "text_file name too long for the file system": (lambda p: replace(p, METADATA, "text_file: article.txt", "text_file: " + "a" * 300),
                                                    [str(METADATA), "text_file", "File name too long"]),
    # Read in the year 9999, "last August" comes after "4 October 2017": one clear line, no
    # traceback (a date past 9999 itself is refused: tests/test_units.py).
    "publication in the year 9999": (lambda p: replace(p, METADATA, "latest: 2018-02-28", "latest: 9999-12-31"),
                                     [str(CODING), "events e12", "is before the start"]),
    "NUL escape in a YAML value": (lambda p: replace(p, CODING, "status: reviewed", 'status: "reviewed\\0"'),
                                   [str(CODING), "line 6", "status: the value contains the control character"]),
    "too many records": (lambda p: replace(p, ACTORS, "aliases: [the Russians, the Russian side, the Russian delegation]", "aliases: [" + ", ".join(f"m{i}" for i in range(10_001)) + "]"),
                         [str(ACTORS), "more than 10,000 items"]),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_input_stops_the_build_with_one_clear_error(case, built, tmp_path):
    corrupt, expected = CASES[case]
    project = tmp_path / "project"
    shutil.copytree(built, project, symlinks=True)
    before = published(project)
    corrupt(project)
    result = make(project, "all")
    assert result.returncode != 0, f"{case}: the build did not fail\n{result.stdout}"
    assert "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.stderr
    for words in expected:
        assert words in errors[0], errors[0]
    assert published(project) == before, "published files changed"


