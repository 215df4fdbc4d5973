"""The code and the notebooks pass ruff (rules in pyproject.toml)."""
import subprocess

from tests.conftest import ROOT


def test_ruff_finds_nothing():
    result = subprocess.run([str(ROOT / ".venv" / "bin" / "ruff"), "check", "pipeline", "tests", "notebooks"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
