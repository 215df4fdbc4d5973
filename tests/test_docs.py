"""Documentation is tested like code: generated parts match their sources."""
from pipeline.lib import paths
from pipeline.lib.tables import schema
from pipeline.outputs import codebook, readme


def test_codebook_is_generated_from_the_schemas():
    assert codebook.CODEBOOK.read_text(encoding="utf-8") == codebook.render(), "run make to regenerate docs/codebook.md"


def test_codebook_documents_every_field_and_category():
    text = codebook.CODEBOOK.read_text(encoding="utf-8")
    for name in codebook.package_metadata()["resources"]:
        for field in schema(name)["fields"]:
            assert f"| `{field['name']}` |" in text
            for value in field.get("constraints", {}).get("enum", []):
                assert f"`{value}`" in text


def test_readme_previews_show_the_published_tables():
    text = readme.README.read_text(encoding="utf-8")
    assert text == readme.generated(text, paths.ROOT), "run make to refresh the README"


def test_readme_first_screen_gives_the_two_commands():
    first_screen = "\n".join(readme.README.read_text(encoding="utf-8").splitlines()[:20])
    assert "make all" in first_screen and "make test" in first_screen


def test_every_documented_file_exists():
    text = readme.README.read_text(encoding="utf-8")
    for relative in ["docs/codebook.md", "docs/coding-guide.md", "datapackage.json", "requirements.lock",
                     "requirements-cff.lock", "data/processed/", "CHANGELOG.md", "LICENSE-DATA.md"]:
        assert relative in text and (paths.ROOT / relative).exists(), relative
