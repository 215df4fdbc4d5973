"""Adding an article is adding files: it is published, and the first article's rows keep their ids."""
import hashlib
import shutil
from pathlib import Path

from pipeline.lib.tables import enum
from pipeline.stages.validate import load_tables
from tests.conftest import DOCUMENT, make

FIXTURES = Path(__file__).parent / "fixtures"
SECOND = "test-2016-01-madaya"

METADATA = """document_id: {id}
text_file: article.txt
sha256: {sha}
language: en
publisher: Test fixture
url: https://example.org/madaya
published:
  earliest: 2016-01-15
  latest: 2016-01-15
  precision: day
  basis: A hand-made test article.
provenance: Written for the tests.
"""

CODING = """document_id: {id}
status: reviewed
events:
  - id: e01
    type: AID
    label: Aid convoy reaches Madaya
    actor1: united-nations
    status: occurred
    date_basis: The article does not say when the convoy arrived.
    summary: A UN convoy reaches the besieged town.
    evidence: a convoy had reached the besieged town of Madaya
statements:
  - id: s01
    speaker: united-nations
    mode: indirect
    cue: said
    event: e01
    text: a convoy had reached the besieged town of Madaya
  - id: s02
    speaker: jan-egeland
    mode: mixed
    cue: said
    text: the aid was "too little, too late."
  - id: s03
    speaker: mohammad-yusuf
    mode: direct
    cue: stressed
    text: People are dying of hunger,
"""

ACTORS = """
- id: jan-egeland
  name: Jan Egeland
  type: person
  side: third_party
  description: Senior adviser to the UN envoy (test fixture).

- id: mohammad-yusuf
  name: Mohammad Yusuf
  type: person
  side: civilian
  description: A doctor in Madaya (test fixture).
"""


def rows_of(tables, document_id: str) -> dict[str, list[dict]]:
    return {name: frame[frame["document_id"] == document_id].to_dict("records")
            for name, frame in tables.items() if "document_id" in frame}


def test_a_second_article_is_published_and_the_first_keeps_its_rows(project):
    before = rows_of(load_tables(project), DOCUMENT)
    folder = project / "data" / "raw" / "documents" / SECOND
    folder.mkdir()
    shutil.copy(FIXTURES / "madaya.txt", folder / "article.txt")
    sha = hashlib.sha256((folder / "article.txt").read_bytes()).hexdigest()
    (folder / "metadata.yaml").write_text(METADATA.format(id=SECOND, sha=sha), encoding="utf-8")
    (folder / "coding.yaml").write_text(CODING.format(id=SECOND), encoding="utf-8")
    with (project / "data" / "raw" / "registry" / "actors.yaml").open("a", encoding="utf-8") as registry:
        registry.write(ACTORS)
    result = make(project, "datapackage.json")
    assert result.returncode == 0, result.stderr
    tables = load_tables(project)
    assert rows_of(tables, DOCUMENT) == before, "the first article's rows changed"
    second = rows_of(tables, SECOND)
    assert [row["statement_id"] for row in second["statements"]] == [f"{SECOND}-s01", f"{SECOND}-s02", f"{SECOND}-s03"]
    assert len(second["events"]) == 1 and len(second["documents"]) == 1

    # Changing the second coding recodes the second article only; the first comes from the cache.
    coding = folder / "coding.yaml"
    coding.write_text(coding.read_text(encoding="utf-8").replace("A UN convoy reaches", "A UN aid convoy reaches"),
                      encoding="utf-8")
    result = make(project, "datapackage.json")
    assert result.returncode == 0, result.stderr
    assert "(1 coded now, 1 unchanged)" in result.stdout
    tables = load_tables(project)
    assert rows_of(tables, DOCUMENT) == before
    assert rows_of(tables, SECOND)["events"][0]["summary"] == "A UN aid convoy reaches the besieged town."


def every_event_type_coding(document_id: str) -> str:
    """A coding with one event of each PLOVER type the schema allows, on the same words."""
    events = "".join(f"""  - id: e{number:02d}
    type: {event_type}
    label: Test event {number}
    actor1: united-nations
    status: claimed
    date_basis: A test event; the fixture gives no date.
    summary: An event of type {event_type}, to draw every colour.
    evidence: a convoy had reached the besieged town of Madaya
""" for number, event_type in enumerate(enum("events", "event_type"), start=1))
    statements = CODING.format(id=document_id).split("statements:\n", 1)[1]
    return f"document_id: {document_id}\nstatus: reviewed\nevents:\n{events}statements:\n{statements}"


def test_an_article_with_every_event_type_builds_through_the_notebooks(project):
    folder = project / "data" / "raw" / "documents" / SECOND
    folder.mkdir()
    shutil.copy(FIXTURES / "madaya.txt", folder / "article.txt")
    sha = hashlib.sha256((folder / "article.txt").read_bytes()).hexdigest()
    (folder / "metadata.yaml").write_text(METADATA.format(id=SECOND, sha=sha), encoding="utf-8")
    (folder / "coding.yaml").write_text(every_event_type_coding(SECOND), encoding="utf-8")
    with (project / "data" / "raw" / "registry" / "actors.yaml").open("a", encoding="utf-8") as registry:
        registry.write(ACTORS)
    result = make(project, "all")
    assert result.returncode == 0, result.stderr
    events = load_tables(project)["events"]
    assert set(events.loc[events["document_id"] == SECOND, "event_type"]) == set(enum("events", "event_type"))
    for notebook in (project / "notebooks").glob("*.ipynb"):
        assert f"notebooks: {notebook.stem}:" in result.stdout, f"{notebook.stem} did not run"
