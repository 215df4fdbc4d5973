"""Hostile input (issue 14): no byte of a file outside data/raw can reach a published file; the
path rule, the YAML limits and the documented limits; and a few fixed fuzzing examples."""
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest

from pipeline.fuzz.harness import Result, verdict
from pipeline.lib import limits, paths
from pipeline.lib.confine import check_tree, inside, read_bytes
from pipeline.lib.errors import InputError
from pipeline.lib.inputs import load_yaml
from tests.conftest import DOCUMENT, make, published
from tests.test_bad_input import ALIAS_BOMB, ARTICLE, FOLDER, METADATA, replace

MARKER = "OUTSIDE-MARKER-3e0c9a61"
SECRET_PARAGRAPH = f"The sentence {MARKER} comes from a file outside the repository."


def secret_article(project: Path) -> bytes:
    """The article with one more body paragraph that carries the marker: a text the coding
    still fits, so a build that read it would publish the marker in segments.csv."""
    raw = (project / ARTICLE).read_bytes().decode("utf-8")
    before = "النسخة العربية"
    assert raw.count(before) == 1
    return raw.replace(before, f"{SECRET_PARAGRAPH}\n\n{before}").encode("utf-8")


def record_checksum(project: Path, data: bytes) -> None:
    text = (project / METADATA).read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("sha256:"))
    (project / METADATA).write_text(text.replace(old, f"sha256: {hashlib.sha256(data).hexdigest()}"), encoding="utf-8")


def files_with_marker(project: Path) -> list[str]:
    """Every product of the build that holds the marker: published files, staging area, caches."""
    products = [project / "datapackage.json", *(project / "data" / "processed").rglob("*"),
                *(project / "build").rglob("*")]
    return sorted(str(path.relative_to(project)) for path in products
                  if path.is_file() and not path.is_symlink() and MARKER.encode() in path.read_bytes())


def traversal(project: Path, secret: Path) -> None:
    relative = os.path.relpath(secret, project / FOLDER)
    replace(project, METADATA, "text_file: article.txt", f"text_file: {relative}")


def symlinked_article(project: Path, secret: Path) -> None:
    (project / ARTICLE).unlink()
    (project / ARTICLE).symlink_to(secret)


def symlinked_folder(project: Path, secret: Path) -> None:
    """A whole article folder that is a link to a folder outside, with its own consistent files."""
    outside = secret.parent / "outside-folder"
    shutil.copytree(project / FOLDER, outside)
    shutil.copy2(secret, outside / paths.TEXT_FILE)
    for name in [paths.METADATA_FILE, paths.CODING_FILE]:
        text = (outside / name).read_text(encoding="utf-8")
        (outside / name).write_text(text.replace(f"document_id: {DOCUMENT}", "document_id: linked"), encoding="utf-8")
    (project / FOLDER.parent / "linked").symlink_to(outside)


ATTACKS = {"text_file path traversal": traversal, "article.txt linked outside": symlinked_article,
           "article folder linked outside": symlinked_folder}


@pytest.mark.parametrize("attack", ATTACKS)
def test_no_byte_of_an_outside_file_reaches_a_published_file(attack, built, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(built, project, symlinks=True)
    data = secret_article(project)
    secret = tmp_path / "secret.txt"
    secret.write_bytes(data)
    record_checksum(project, data)  # the attacker records the checksum of the outside file
    before = published(project)
    ATTACKS[attack](project, secret)
    result = make(project, "all")
    assert result.returncode != 0, f"{attack}: the build read the outside file\n{result.stdout}"
    assert "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "data/raw/documents/" in errors[0], result.stderr
    assert files_with_marker(project) == []
    assert published(project) == before


def test_the_marker_would_be_published_if_the_build_read_the_file(built, tmp_path):
    """The control: the same bytes as a real article of the folder are built and published, so
    the attacks above fail because of the confinement, not because the text does not build."""
    project = tmp_path / "project"
    shutil.copytree(built, project, symlinks=True)
    data = secret_article(project)
    record_checksum(project, data)
    (project / ARTICLE).write_bytes(data)
    result = make(project, "all")
    assert result.returncode == 0, result.stderr
    assert "data/processed/segments.csv" in files_with_marker(project)


@pytest.mark.parametrize("name, problem", [
    ("../article.txt", "goes up a folder"), ("sub/../../x", "goes up a folder"), ("/etc/passwd", "absolute path"),
    ("article.txt\x00", "non-printing character"), ("a\nb", "non-printing character"), ("\ud800", "non-printing"),
    ("0\u2028", "non-printing character"), ("a\u202e.txt", "non-printing character"),
    ("dir\\article.txt", "backslash"), (".", "the folder itself"), ("", "must name a file"), (None, "must name a file"),
    (["article.txt"], "must name a file"), ("a" * 300, "File name too long"),
])
def test_a_path_that_an_input_names_is_refused_unless_plain_and_inside(tmp_path, name, problem):
    with pytest.raises(InputError, match=re.escape(problem)) as error:
        inside(tmp_path, name, tmp_path / "metadata.yaml", "text_file")
    assert "metadata.yaml: text_file: " in str(error.value)


def test_the_documented_raw_path_is_relative_to_the_repository(tables):
    documents = tables["documents"]
    for document_id, raw_path in zip(documents["document_id"], documents["raw_path"]):
        path = PurePosixPath(raw_path)
        assert not path.is_absolute() and ".." not in path.parts and "\\" not in raw_path
        assert raw_path.startswith(f"data/raw/documents/{document_id}/") and (paths.ROOT / path).is_file()


def test_a_plain_path_inside_the_folder_is_accepted(tmp_path):
    (tmp_path / "sub").mkdir()
    assert inside(tmp_path, "./sub/article.txt", tmp_path / "m.yaml", "text_file") == tmp_path / "sub" / "article.txt"


def test_a_path_through_a_linked_folder_is_refused(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "doc").mkdir()
    (tmp_path / "doc" / "sub").symlink_to(tmp_path / "real")
    with pytest.raises(InputError, match="passes through the symbolic link"):
        inside(tmp_path / "doc", "sub/article.txt", tmp_path / "doc" / "m.yaml", "text_file")


def test_the_raw_tree_holds_only_folders_and_regular_files(tmp_path):
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "a.txt").write_text("x")
    check_tree(tmp_path)
    os.mkfifo(tmp_path / "documents" / "pipe")
    with pytest.raises(InputError, match="not a regular file"):
        check_tree(tmp_path)
    (tmp_path / "documents" / "pipe").unlink()
    (tmp_path / "documents" / "bad\x1bname").write_text("x")
    with pytest.raises(InputError, match="non-printing character"):
        check_tree(tmp_path)


def test_the_release_refuses_a_link_in_the_raw_data(tmp_path):
    """The archive carries data/raw: a link added after the last build must not put its target in it."""
    from pipeline.outputs import release

    (tmp_path / "data" / "raw" / "documents").mkdir(parents=True)
    (tmp_path / "data" / "raw" / "documents" / "notes.txt").symlink_to("/etc/hostname")
    with pytest.raises(InputError, match="is a symbolic link"):
        release.main(tmp_path)


def test_a_file_above_its_limit_is_refused_without_reading_it_whole(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    assert read_bytes(path, 101) == b"x" * 101
    with pytest.raises(InputError, match="larger than the limit of 100 bytes"):
        read_bytes(path, 100)


@pytest.mark.parametrize("text, problem", [
    ("a: " + "[" * 17 + "]" * 17 + "\n", "nested more than 16 deep"),
    (ALIAS_BOMB, "more than 50 aliases"),
    # Within the alias limit, but 3**15 values once expanded: refused before it is built.
    ("l0: &l0 [x, x, x]\n" + "".join(f"l{n}: &l{n} [*l{n - 1}, *l{n - 1}, *l{n - 1}]\n" for n in range(1, 16)),
     "more than 1,000,000 values"),
    ("a: &a [x, *a]\n", "an alias refers to a collection that contains it"),
    ("a: [" + ", ".join(["1"] * 10_001) + "]\n", "more than 10,000 items"),
    ("a: 1" + "0" * 5000 + "\n", "cannot read this value"),
    ("a: !!timestamp 2018-02-30\n", "cannot read this value"),
    ("? [a, b]\n: c\n", "a key must be text"),
    ('label: "\\0"\n', "label: the value contains the control character"),
])
def test_yaml_over_a_limit_is_refused_with_its_line(tmp_path, text, problem):
    path = tmp_path / "coding.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(problem)) as error:
        load_yaml(path)
    assert re.search(r"coding\.yaml: line \d+, column \d+: ", str(error.value))


def test_an_error_line_stays_one_line_whatever_it_quotes():
    error = InputError(paths.DOCUMENTS / "x\u2028y" / "metadata.yaml", "events e01\n", "text 'a\x85b\u2029c'")
    assert len(f"error: {error}".splitlines()) == 1
    assert "x\\u2028y" in str(error) and "e01\\n" in str(error)


def test_every_limit_is_stated_in_the_coding_guide():
    guide = (paths.ROOT / "docs" / "coding-guide.md").read_text(encoding="utf-8")
    section = guide.split("## Files the build reads, and limits on inputs", 1)[1].split("\n## ", 1)[0]
    for name in [name for name in vars(limits) if name.startswith("MAX_")]:
        value = getattr(limits, name)
        assert f"`{name}`" in section and f"{value:,}" in section, f"{name} = {value:,} is not in the guide"


@pytest.mark.parametrize("result, broken", [
    (Result("code", 2, "error: data/raw/documents/x/coding.yaml: events e01: bad\n"), None),
    (Result(None, 0, ""), None),
    (Result("code", 1, "", traceback="Traceback ...\nValueError: year 0 is out of range\n"), "raised ValueError"),
    (Result("code", 2, "error: data/raw/x.yaml: one\nerror: data/raw/x.yaml: two\n"), "2 error lines"),
    (Result("code", 2, "error: something went wrong\n"), "names no file"),
    (Result("normalize", 2, "error: data/raw/documents/x/:: the raw text file is missing\n"), None),
    (Result("code", 2, "error: data/raw/x.yaml: bad\n", published_changed=True), "published file changed"),
])
def test_the_fuzzer_judges_the_contract(result, broken):
    problem = verdict(result)[1]
    assert (problem is None) if broken is None else (broken in problem), problem


def test_a_few_fuzzing_examples_keep_the_contract(tmp_path):
    """`make fuzz` runs thousands; here a fixed handful, so that a broken harness shows in `make test`."""
    report = tmp_path / "fuzz.md"
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run([sys.executable, "-m", "pipeline.fuzz.run", "--examples", "40", "--seed", "1",
                             "--workdir", str(tmp_path / "work"), "--report", str(report)],
                            cwd=paths.ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    text = report.read_text(encoding="utf-8")
    assert "- examples run: 40 " in text and "None: every example kept the contract." in text
