"""The build's fast paths give exactly what the plain way gives.

The code stage is a map over documents run on every core; its hot loops (reading YAML,
finding mentions) take shortcuts. Each shortcut is checked here against the straightforward
implementation it replaces, on generated input, so a shortcut that drifts fails a test.
"""
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.lib import inputs, parallel, paths, yaml_fast
from pipeline.lib.errors import InputError
from pipeline.lib.mentions import alias_patterns, find_mentions


def reference_mentions(text: str, actors: list[dict]) -> list[tuple[int, int, str]]:
    """The plain way: every whole-word, case-insensitive match of every alias, then the longest
    (then the earliest) of overlapping ones."""
    found = [(match.start(), match.end(), actor["id"])
             for actor in actors for alias in dict.fromkeys([actor["name"], *actor["aliases"]])
             for match in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", text, re.IGNORECASE)]
    found.sort(key=lambda mention: (mention[0] - mention[1], mention[0], mention[2]))
    taken = []
    for start, end, actor_id in found:
        if all(end <= other_start or start >= other_end for other_start, other_end, _ in taken):
            taken.append((start, end, actor_id))
    return sorted(taken)


# Letters whose case-insensitive matching differs from comparing lower case (dotless i, long s,
# Kelvin sign, dotted capital I, Greek sigmas), beside ordinary ones, spaces and word joiners.
TRICKY = "abiIsSkK ıſKİΣσςé-_'’.1"
names = st.text(alphabet=TRICKY, min_size=1, max_size=5).filter(str.strip)


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=TRICKY, max_size=40), aliases=st.lists(names, min_size=1, max_size=4))
def test_mentions_are_found_as_the_plain_regex_finds_them(text, aliases):
    actors = [{"id": f"actor-{index}", "name": alias, "aliases": []} for index, alias in enumerate(aliases)]
    assert find_mentions(text, alias_patterns(actors)) == reference_mentions(text, actors)


@pytest.mark.parametrize("text, alias", [("the ſyria office", "Syria"), ("in İDLIB today", "idlib"),
                                         ("ΣΥΡΙΑ", "συρια"), ("the Kurdish council", "kurdish")])
def test_mentions_with_letters_of_several_case_forms(text, alias):
    actors = [{"id": "someone", "name": alias, "aliases": []}]
    assert find_mentions(text, alias_patterns(actors)) == reference_mentions(text, actors)


def full_reader(text: str):
    """The plain way: compose nodes, check the limits on them, construct."""
    loader = inputs._Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        inputs._check_nodes(node)
        return loader.construct_document(node)
    finally:
        loader.dispose()


scalars = st.one_of(st.text(max_size=12), st.integers(), st.booleans(), st.none(),
                    st.floats(allow_nan=False), st.sampled_from(["yes", "No", "~", "2018-02-30", "0x1F", "1_000",
                                                                 ".inf", "0o17", "1e3", "null", "", "<<", "="]))
documents = st.recursive(scalars, lambda children: st.one_of(
    st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children, max_size=4)), max_leaves=20)


READERS = [yaml_fast.block_document, yaml_fast.event_document]


@pytest.mark.parametrize("reader", READERS)
@settings(max_examples=300, deadline=None)
@given(document=documents, style=st.sampled_from([None, False, True]), width=st.sampled_from([80, 10 ** 6]))
def test_the_fast_yaml_readers_build_what_the_full_reader_builds(reader, document, style, width):
    text = yaml.safe_dump(document, default_flow_style=style, allow_unicode=True, width=width)
    try:
        fast = reader(text)
    except yaml_fast.NotPlain:
        return  # left to the full reader, which then decides
    assert repr(fast) == repr(full_reader(text))


def repository_yaml() -> dict[Path, str]:
    files = [*sorted(paths.ROOT.glob("data/raw/**/*.yaml")), *sorted(paths.ROOT.glob("tests/fixtures/**/*.yaml")),
             *sorted(paths.SCHEMAS.glob("*.yaml"))]
    return {path: path.read_text(encoding="utf-8") for path in files}


PIECES = [" ", "  ", ":", ": ", "-", "- ", "\n", "\n  ", "\n- ", '"', "'", "#", " #", ",", "[", "]", "{", "}",
          "yes", "1", "~", "a: b", "&x ", "*x", "!!str ", "|", "\\", "\t", "?", "<<: "]


def mutated(random, text: str) -> str:
    """A few lines of a real file, with a few random edits: text that is almost right."""
    lines = text.split("\n")
    start = random.randrange(len(lines))
    text = "\n".join(lines[start:start + random.randint(1, 40)])
    for _ in range(random.randint(1, 3)):
        at = random.randrange(len(text) + 1)
        edit = random.random()
        if edit < 0.3:
            text = text[:at] + text[at + random.randint(1, 4):]
        elif edit < 0.8:
            text = text[:at] + random.choice(PIECES) + text[at:]
        else:
            text = text[:at] + text[at:].replace("\n  ", "\n ", 1)
    return text


@pytest.mark.parametrize("reader", READERS)
def test_the_fast_yaml_readers_agree_with_the_full_reader_on_the_repositorys_files_mutated(reader):
    """Every YAML file of the project is read the same; and on thousands of nearly-right
    variants, a fast reader either gives up or builds exactly what the full reader builds
    (never accepts what the full reader refuses)."""
    import random as random_module

    random = random_module.Random(12)
    originals = repository_yaml()
    for path, text in originals.items():
        try:
            fast = reader(text)
        except yaml_fast.NotPlain:
            assert path.name != paths.CODING_FILE, f"{path}: a coding (read per article) must take the fast path"
            continue
        assert repr(fast) == repr(full_reader(text))
    for _ in range(3000):
        text = mutated(random, random.choice(list(originals.values())))
        try:
            fast = reader(text)
        except Exception:  # noqa: BLE001 -- giving up in any way leaves the text to the full reader
            continue
        try:
            expected = full_reader(text)
        except yaml.YAMLError as error:
            raise AssertionError(f"the fast reader accepted what the full reader refuses: {text!r}") from error
        assert repr(fast) == repr(expected), text


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("text", [
    "a: &x [1]\nb: *x\n",            # an alias
    "a: 1\na: 2\n",                  # a key given twice
    "a: !!binary aGk=\n",            # a tag
    "<<: {a: 1}\nb: 2\n",            # a merge key
    "a: \"\\x01\"\n",                # an escape that makes a control character
    "--- 1\n--- 2\n",                # two documents
    "[" * 20 + "]" * 20 + "\n",      # nested deeper than the limit
])
def test_what_the_fast_readers_do_not_take_is_left_to_the_full_reader(reader, text):
    with pytest.raises(yaml_fast.NotPlain):
        reader(text)


@pytest.mark.parametrize("text", [
    "a: b\n  c\n",                   # a plain scalar on two lines
    "a: 'b\n  c'\n",                 # a quoted one
    "a: b # a comment\n",             # a comment after a value
    "a: |\n  b\n",                   # a block scalar
    "? a\n: b\n",                    # a complex key
    "a:\n\tb: 1\n",                  # a tab
    "a : b\n",                       # a space before the colon
    "- - a\n",                       # a list in a list entry
    "a: [b, [c]]\n",                 # nested flow collections
    "yes: 1\n",                      # a key that is not text
    "a: b: c\n",                     # two colons (an error)
    "a: 1\n b: 2\n",                 # a wrong indentation (an error)
])
def test_what_the_block_reader_leaves_to_the_others(text):
    with pytest.raises(yaml_fast.NotPlain):
        yaml_fast.block_document(text)


def square(offset, number):
    if number == 7:
        raise InputError("data/raw/x.yaml", f"record {number}", "seven is refused")
    return number * number + offset


@pytest.mark.parametrize("workers", ["1", "2"])
def test_the_map_keeps_the_order_of_its_inputs_and_raises_the_first_error(monkeypatch, workers):
    monkeypatch.setenv("PIPELINE_WORKERS", workers)
    numbers = list(range(200))
    with_offset = parallel.ordered_map(square, iter(n for n in numbers if n != 7), 199, int, ("10",), chunk=3)
    assert list(with_offset) == [n * n + 10 for n in numbers if n != 7]
    with pytest.raises(InputError, match="record 7: seven is refused"):
        list(parallel.ordered_map(square, iter(numbers), len(numbers), int, ("0",), chunk=3))


SCHEMA_CHECK = """
import json, sys
from pipeline.stages import package
if sys.argv[1] == "skip":
    package.skip_iri_syntax()
from frictionless import Schema
from pipeline.lib.tables import schema
names = json.loads(sys.argv[2])
broken = [{"fields": [{"name": "a", "type": "nonsense"}]}, {"fields": "a"},
          {"fields": [{"name": "a", "type": "string", "rdfType": "not an iri"}]},
          {"fields": [{"name": "a", "type": "string"}], "primaryKey": ["b"], "$schema": "::"}]
notes = [[error.note for error in Schema.validate_descriptor(descriptor).errors]
         for descriptor in [schema(name) for name in names] + broken]
print(json.dumps({"notes": notes, "lark": "lark" in sys.modules}))
"""


def test_the_package_stage_checks_schemas_the_same_without_the_iri_grammar():
    """The package stage keeps jsonschema from importing rfc3987_syntax (a second of grammar
    building per build): every schema, good or broken, gets the same verdict as with it."""
    import json
    import subprocess
    import sys

    from pipeline.lib import paths
    from pipeline.stages.package import package_metadata

    tables = package_metadata()["resources"]
    def notes(mode: str) -> dict:
        result = subprocess.run([sys.executable, "-c", SCHEMA_CHECK, mode, json.dumps(tables)], cwd=paths.ROOT,
                                capture_output=True, text=True, check=True)
        return json.loads(result.stdout)

    skipped, plain = notes("skip"), notes("plain")
    assert skipped["notes"] == plain["notes"]
    assert any(plain["notes"][len(tables):]), "the broken schemas must be refused"
    assert not skipped["lark"] and plain["lark"]


@given(rows=st.lists(st.lists(st.text(alphabet=',"\r\n\t a\u00e9\\', max_size=6), max_size=4), max_size=5))
def test_csv_lines_are_what_csv_writer_writes(rows):
    """Rows that need no quoting are joined directly (the build's inner loop); the bytes must be
    csv.writer's, quoting included."""
    import csv
    import io

    from pipeline.lib.tables import csv_lines

    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    assert csv_lines(rows) == buffer.getvalue()
