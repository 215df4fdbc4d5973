"""The validator catches what it must: each check fails on a package corrupted for it."""
import shutil

import pytest

from pipeline.lib import paths
from pipeline.stages.validate import problems_in, validate_package
from tests.conftest import DOCUMENT


@pytest.fixture
def package(tmp_path):
    shutil.copytree(paths.PROCESSED, tmp_path / "data" / "processed")
    shutil.copy(paths.DATAPACKAGE, tmp_path / "datapackage.json")
    return tmp_path


def edit(package, table: str, old: str, new: str) -> None:
    path = package / "data" / "processed" / f"{table}.csv"
    text = path.read_bytes().decode("utf-8")
    assert old in text, f"test setup: {old!r} not in {table}.csv"
    path.write_bytes(text.replace(old, new, 1).encode("utf-8"))


CORRUPTIONS = {
    "file changed after packaging": (("actors", "Russia,", "Rusia,"), "SHA-256 differs"),
    "boolean that is not true/false": (("segments", ",false,", ",no,"), "is_duplicate is not true or false"),
    "unknown category": (("events", ",threatened,", ",rumoured,"), "isin"),
    "duplicate primary key": (("events", f"{DOCUMENT}-e03,", f"{DOCUMENT}-e01,"), "event_id is not unique"),
    "impossible date": (("events", "2017-10-04,2017-10-04", "2017-10-04,2017-02-30"), "event_date_end is not a real date"),
    "end before start": (("events", "2017-10-04,2017-10-04", "2017-10-04,2017-10-01"), "event_date_end is before event_date"),
    "unknown foreign key": (("statements", ",ayman-al-amouri,", ",ayman,"), "speaker_id is not in actors.actor_id"),
    "span that does not quote the text": (("events", "the thing which the Committee refused", "the thing which the Committee accepted"),
                                          "evidence_text is not raw[char_start:char_end]"),
    "offsets moved": (("source_notes", ",editorial,17,29", ",editorial,18,30"), "text is not raw[char_start:char_end]"),
    "id from another document": (("source_notes", f"{DOCUMENT}-n01", "other-doc-n01"), "does not start with its document id"),
    "missing required value": (("actors", ",armed_group,", ",,"), "not_nullable"),
    "month interval not whole": (("events", "2017-08-01,2017-08-31,month", "2017-08-01,2017-08-30,month"),
                                 "date_precision is 'month' but the interval is not whole months"),
    "day precision over two days": (("events", "2018-02-15,2018-02-15,day,15 February,,,,SANCTION",
                                     "2018-02-15,2018-02-16,day,15 February,,,,SANCTION"),
                                    "date_precision is 'day' but the interval is not whole days"),
    "cue span that does not quote the text": (("statements", ",said,1455,", ",said,1456,"),
                                              "cue is not raw[cue_start:cue_end]"),
    "speaker span without its text": (("statements", "nassar-al-nahar,Nahar,2282,2287,direct", "nassar-al-nahar,,2282,2287,direct"),
                                      "speaker_text is not raw[speaker_start:speaker_end]"),
}


@pytest.mark.parametrize("case", CORRUPTIONS)
def test_the_validator_catches(package, case):
    (table, old, new), expected = CORRUPTIONS[case]
    edit(package, table, old, new)
    problems = problems_in(package)
    assert any(expected in problem for problem in problems), problems


def test_a_clean_package_has_no_problems(package):
    assert problems_in(package) == []


def test_checking_a_few_rows_at_a_time_finds_what_spans_chunks(package):
    """Rows are checked in chunks: a key repeated in a later chunk, and references to rows of
    other chunks (a segment's parent), are judged against the whole table."""
    assert validate_package(package, chunk_rows=2)[0] == []
    edit(package, "events", f"{DOCUMENT}-e10,", f"{DOCUMENT}-e01,")
    problems = validate_package(package, chunk_rows=2)[0]
    assert any(f"({DOCUMENT}-e01): event_id is not unique" in problem for problem in problems), problems


def test_an_actor_hierarchy_loop_is_caught(package):
    edit(package, "actors", "russia,Russia,the Russians | the Russian side | the Russian delegation,government,,",
         "russia,Russia,the Russians | the Russian side | the Russian delegation,government,russian-mod,")
    assert any("parent chain loops" in problem for problem in problems_in(package))


def test_the_serialized_pandera_schemas_catch_the_same_problems(package):
    """The validate stage loads the pandera schemas the package stage serialized; they must say
    what the schemas derived on the spot say, and a stale one must not be used."""
    from pipeline.stages.package import PANDERA_DIR, pandera_yaml
    from pipeline.stages.validate import Package
    edit(package, "events", ",threatened,", ",rumoured,")
    edit(package, "statements", ",ayman-al-amouri,", ",ayman,")
    derived = problems_in(package)
    for name, resource in Package(package).resources.items():
        (package / PANDERA_DIR).mkdir(exist_ok=True)
        (package / PANDERA_DIR / f"{name}.yaml").write_bytes(pandera_yaml(name, resource["schema"]))
    assert problems_in(package) == derived and any("rumoured" in problem for problem in derived)
    stale = package / PANDERA_DIR / "events.yaml"
    stale.write_text(stale.read_text(encoding="utf-8").replace("rumoured", "x").replace("threatened", "rumoured"),
                     encoding="utf-8")
    stale.write_text("# derived from schemas/events.schema.json sha256:0000\n" + stale.read_text().split("\n", 1)[1])
    assert problems_in(package) == derived


def test_many_problems_still_make_one_error_line(package, capsys):
    """The error contract holds for the validate stage too: the first problem on the error line,
    the others indented after it."""
    from pipeline.stages import validate

    edit(package, "events", ",threatened,", ",rumoured,")
    edit(package, "statements", ",ayman-al-amouri,", ",ayman,")
    with pytest.raises(SystemExit):
        validate.main(package)
    stderr = capsys.readouterr().err
    assert len([line for line in stderr.splitlines() if line.startswith("error: ")]) == 1, stderr
    assert "  also: " in stderr and "speaker_id is not in actors.actor_id" in stderr
