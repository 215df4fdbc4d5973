"""make serve: Datasette on the package's SQLite, with descriptions from the schemas, under a plain name."""
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from pipeline.outputs import datasette
from pipeline.stages.package import package_metadata
from tests.conftest import ROOT

NAME = package_metadata()["name"]
STARTUP_LIMIT = 60  # seconds: a bound on waiting, not a measurement


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read().decode("utf-8"))


@pytest.fixture(scope="module")
def server():
    """`make serve` on a free port of 127.0.0.1, in its own process group; stopped afterwards."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("MAKE")}
    process = subprocess.Popen(["make", "--no-print-directory", "serve", f"PORT={port}"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_LIMIT
    try:
        while True:
            try:
                fetch_json(f"{base}/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                assert process.poll() is None, process.stderr.read().decode()
                assert time.monotonic() < deadline, "datasette did not start"
                time.sleep(0.2)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # make and the datasette it started
        process.wait(timeout=30)


def test_metadata_has_every_table_and_column_description():
    package = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    tables = datasette.metadata(package)["databases"][NAME]["tables"]
    for resource in package["resources"]:
        assert tables[resource["name"]]["description"] == resource["description"]
        for field in resource["schema"]["fields"]:
            assert tables[resource["name"]]["columns"][field["name"]].startswith(field["description"])


def test_the_database_name_is_plain(server):
    databases = fetch_json(f"{server}/-/databases.json")
    assert [database["name"] for database in databases] == [NAME]
    assert databases[0]["is_mutable"] is False  # opened immutable: read-only
    assert "." not in NAME and "~" not in NAME


def test_datasette_serves_the_rows(server):
    rows = fetch_json(f"{server}/{NAME}/events.json?_shape=array&_size=max")
    csv_ids = [line.split(",", 1)[0] for line in
               (ROOT / "data" / "processed" / "events.csv").read_text(encoding="utf-8").splitlines()[1:]]
    assert sorted(row["event_id"] for row in rows) == sorted(csv_ids)
    assert {row["date_text"] for row in rows} >= {"August 2017"}


def test_datasette_shows_the_descriptions(server):
    served = fetch_json(f"{server}/-/metadata.json")
    assert served["title"] == package_metadata()["title"] and served["license"] == "CC-BY-4.0"
    events = served["databases"][NAME]["tables"]["events"]
    assert "PLOVER" in events["description"] and "event_date" in events["columns"]
    with urllib.request.urlopen(f"{server}/{NAME}/events", timeout=10) as response:
        page = response.read().decode("utf-8")
    assert 'data-column-description="' in page and "column-descriptions" in page
