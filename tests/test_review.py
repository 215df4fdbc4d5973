"""The coding rules kept as data, the date crosswalk, and the inter-coder agreement report."""
from datetime import date

import pytest

from pipeline.lib import paths
from pipeline.lib.dates import precision_codes
from pipeline.lib.tables import enum, plover_modes
from pipeline.review.agreement import Unit, alpha, match
from tests.conftest import DOCUMENT


def test_the_schema_allows_exactly_the_plover_modes_of_some_event_type():
    modes = plover_modes()
    assert list(modes) == enum("events", "event_type"), "one mode list per event type, in the schema's order"
    union = {mode for values in modes.values() for mode in values}
    assert set(enum("events", "plover_mode")) == union


@pytest.mark.parametrize("start, end, acled, ged", [
    (date(2018, 2, 15), date(2018, 2, 15), 1, 1),
    (date(2018, 2, 15), date(2018, 2, 20), 2, 2),
    (date(2018, 2, 15), date(2018, 2, 21), 2, 3),
    (date(2018, 2, 1), date(2018, 2, 28), 3, 4),
    (date(2018, 1, 1), date(2018, 1, 31), 3, 4),
    (date(2017, 8, 1), date(2018, 2, 28), None, 5),
])
def test_date_precision_crosswalk(start, end, acled, ged):
    assert precision_codes(start, end) == (acled, ged)


def unit(local_id: str, start: int, end: int, **values) -> Unit:
    return Unit(local_id, (start, end), values, "")


def test_units_are_paired_one_to_one_by_the_largest_overlap():
    first = [unit("e01", 0, 10), unit("e02", 20, 40)]
    second = [unit("e01", 5, 25), unit("e02", 22, 30), unit("e03", 50, 60)]
    pairs = [(a.local_id, b.local_id) for a, b in match(first, second)]
    assert pairs == [("e01", "e01"), ("e02", "e02")]


def test_alpha_is_one_for_full_agreement_lower_for_disagreement_and_undefined_without_variation():
    assert alpha(["a", "b", "a", "c"], ["a", "b", "a", "c"]) == pytest.approx(1.0)
    assert alpha(["a", "b", "a", "c"], ["a", "b", "c", "c"]) < 1.0
    assert alpha(["a", "a"], ["a", "a"]) is None


def test_the_agreement_report_covers_both_tables_and_every_field():
    report = paths.AGREEMENT_REPORT.read_text(encoding="utf-8")
    assert f"## {DOCUMENT}" in report
    for table, fields in [("events", ["type", "mode", "actor1", "actor2", "dates", "status"]),
                          ("statements", ["speaker", "mode", "cue", "recipient"])]:
        assert f"**{table}**" in report
        for field in fields:
            assert f"| {field} |" in report, (table, field)


def test_the_review_log_answers_every_point_with_a_decision():
    log = (paths.DOCUMENTS / DOCUMENT / paths.REVIEW_LOG_FILE).read_text(encoding="utf-8")
    points = [line for line in log.splitlines() if line.startswith("| R")]
    assert points and all("**changed**" in line or "**kept**" in line for line in points)


def test_the_draft_extractor_proposes_only_modes_its_event_types_allow():
    import yaml
    rules = yaml.safe_load((paths.ROOT / "pipeline" / "extraction" / "rules.yaml").read_text(encoding="utf-8"))
    for trigger in rules["events"]:
        assert trigger.get("mode") is None or trigger["mode"] in plover_modes()[trigger["type"]], trigger
