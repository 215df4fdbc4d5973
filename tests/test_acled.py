"""The ACLED-shaped export: ACLED's columns, order, code lists and dtypes, and the crosswalk that
decides which events it holds. ACLED's lists are written out here, apart from schemas/acled.yaml,
so that a wrong crosswalk fails."""
import io

import pandas as pd
import pytest

from pipeline.lib import paths
from pipeline.lib.tables import enum, field_names, read_table
from pipeline.stages.acled import acled_rows, crosswalk, time_precision

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp"]
# ACLED's event categories (ACLED Codebook): event type -> sub-event types.
ACLED_EVENT_TYPES = {
    "Battles": {"Government regains territory", "Non-state actor overtakes territory", "Armed clash"},
    "Protests": {"Excessive force against protesters", "Protest with intervention", "Peaceful protest"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
ACLED_DISORDER_TYPES = {"Political violence", "Demonstrations", "Political violence; Demonstrations",
                        "Strategic developments"}
# The dtypes of an ACLED download read by pandas with these dtypes (text columns as str).
ACLED_DTYPES = {column: "str" for column in ACLED_COLUMNS} | {
    column: "int64" for column in ["year", "time_precision", "inter1", "inter2", "interaction", "iso",
                                   "geo_precision", "fatalities", "timestamp"]} | {
    "latitude": "float64", "longitude": "float64"}
# One row in ACLED's format (an invented event, with ACLED's conventions: inter2 0 and
# interaction 10 for a lone state actor, fatalities 0, empty optional cells).
ACLED_SAMPLE = (",".join(ACLED_COLUMNS) + "\n"
                "SYR99999,2018-02-20,2018,1,Political violence,Explosions/Remote violence,"
                "Shelling/artillery/missile attack,Military Forces of Syria (2000-),,1,,,0,10,,760,Middle East,"
                "Syria,Homs,Ar-Rastan,Talbiseh,Talbiseh,34.8407,36.7309,1,SOHR,Other,Shelling on Talbiseh.,0,,"
                "1700000000\n")


def read_acled_csv(source) -> pd.DataFrame:
    return pd.read_csv(source, dtype=ACLED_DTYPES, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def export() -> pd.DataFrame:
    return read_acled_csv(paths.PROCESSED / "acled_events.csv")


def test_columns_are_acleds_in_acleds_order(export):
    assert field_names("acled_events") == ACLED_COLUMNS
    assert list(export.columns) == ACLED_COLUMNS


def test_a_row_appends_to_an_acled_frame_with_the_same_dtypes(export):
    acled = read_acled_csv(io.StringIO(ACLED_SAMPLE))
    merged = pd.concat([acled, export], ignore_index=True)
    assert list(merged.columns) == ACLED_COLUMNS
    assert merged.dtypes.to_dict() == acled.dtypes.to_dict() == export.dtypes.to_dict()
    assert len(merged) == 1 + len(export) and len(export) > 0


def test_every_value_is_in_acleds_code_lists(export):
    for row in export.itertuples():
        assert row.sub_event_type in ACLED_EVENT_TYPES[row.event_type], row.event_id_cnty
        assert row.disorder_type in ACLED_DISORDER_TYPES
        assert row.time_precision in (1, 2, 3) and row.geo_precision in (1, 2, 3)
        assert 1 <= row.inter1 <= 8 and 0 <= row.inter2 <= 8
        low, high = sorted([row.inter1, row.inter2]) if row.inter2 else (row.inter1, 0)
        assert row.interaction == low * 10 + high
        assert pd.isna(row.civilian_targeting) or row.civilian_targeting == "Civilian targeting"
        assert (row.iso, row.country, row.region) == (760, "Syria", "Middle East")
        assert row.source_scale in {"Local", "Subnational", "National", "Regional", "International", "New media", "Other"}
        assert row.year == int(row.event_date[:4]) and row.fatalities == 0
        assert row.admin1 in {"Homs", "Hama"} and pd.isna(row.actor2) == (row.inter2 == 0)


def test_the_crosswalk_covers_every_category_of_both_sides():
    rules = crosswalk()
    assert set(rules["statuses"]) == set(enum("events", "status"))
    assert set(rules["plover_types"]) == set(enum("events", "event_type"))
    assert set(rules["actor_types"]) == set(enum("actors", "actor_type"))
    every_sub_event = set().union(*ACLED_EVENT_TYPES.values())
    assert set(rules["sub_event_types"]) == every_sub_event == set(enum("acled_events", "sub_event_type"))
    if "acled_sub_event_type" in field_names("events"):  # the coding's own ACLED column, where it has one
        assert set(enum("events", "acled_sub_event_type")) == every_sub_event
    for sub_event, category in rules["sub_event_types"].items():
        assert sub_event in ACLED_EVENT_TYPES[category["event_type"]]


def test_every_event_is_exported_or_left_out_with_a_reason():
    rows, reasons = acled_rows(paths.ROOT)
    events = read_table(paths.ROOT, "events")
    assert len(rows) + sum(reasons.values()) == len(events)
    exported = {row["event_id_cnty"] for row in rows}
    for event in events:
        if event["status"] in ("threatened", "claimed", "announced", "planned", "denied"):
            assert event["event_id"] not in exported
        if event["event_type"] in ("THREATEN", "REQUEST", "REJECT", "ACCUSE", "SUPPORT"):
            assert event["event_id"] not in exported


def test_the_agreements_of_the_article_are_exported_with_their_dates_and_places(export):
    rows = export.set_index("event_id_cnty")
    ceasefire = rows.loc["eb-2018-02-rural-homs-e11"]
    assert (ceasefire["event_date"], ceasefire["time_precision"], ceasefire["sub_event_type"]) == ("2017-10-04", 1, "Agreement")
    # Russia acts outside its own country: External/Other forces (8); the committee speaks for rebels (2).
    assert (ceasefire["inter1"], ceasefire["inter2"], ceasefire["interaction"]) == (2, 8, 28)
    assert (ceasefire["location"], ceasefire["geo_precision"]) == ("Northern Homs countryside", 3)
    # The August 2017 agreement names no party: ACLED records no event without an actor.
    assert "eb-2018-02-rural-homs-e01" not in rows.index


@pytest.mark.parametrize("start, end, precision, expected", [
    ("2017-10-04", "2017-10-04", "day", 1), ("2017-10-02", "2017-10-06", "day", 2),
    ("2017-08-01", "2017-08-31", "month", 3), ("2017-05-04", "2018-05-04", "day", None),
    ("", "", "unknown", None), ("2017-01-01", "2017-12-31", "year", None)])
def test_time_precision_follows_the_date_interval(start, end, precision, expected):
    assert time_precision({"event_date": start, "event_date_end": end, "date_precision": precision}) == expected
