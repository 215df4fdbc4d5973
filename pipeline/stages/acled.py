"""Stage 2b: the staged events -> acled_events.csv, the events ACLED would record in ACLED's
columns and code lists, by the crosswalk in schemas/acled.yaml.

Reads the staged tables as a user reads the published ones (events, actors, places, documents),
column by column by name, so it follows changes to the coding; the rules are in the crosswalk,
which the codebook prints. Events ACLED would not record are left out and counted by reason.
"""
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from pipeline.lib import paths
from pipeline.lib.dates import precision_codes
from pipeline.lib.errors import InputError, run
from pipeline.lib.inputs import load_yaml
from pipeline.lib.tables import read_table, stream_table, write_table
from pipeline.stages.package import package_metadata

CROSSWALK_FILE = paths.SCHEMAS / "acled.yaml"
RECORDED = "recorded"


def crosswalk() -> dict:
    return load_yaml(CROSSWALK_FILE)


def time_precision(event: dict) -> int | None:
    """ACLED's 1 (day), 2 (week) or 3 (month) from the event's date interval, by the crosswalk
    every table shares (pipeline/lib/dates.py); None when coarser than ACLED records."""
    if not event["event_date"] or not event["event_date_end"]:
        return None
    return precision_codes(date.fromisoformat(event["event_date"]), date.fromisoformat(event["event_date_end"]))[0]


class Crosswalk:
    """One event -> an ACLED row, or the reason ACLED would not record it."""

    def __init__(self, rules: dict, actors: dict[str, dict], places: dict[str, dict], documents: dict[str, dict],
                 timestamp: int):
        self.rules, self.actors, self.places, self.documents = rules, actors, places, documents
        self.timestamp = timestamp

    def fail(self, record: str, problem: str):
        raise InputError(CROSSWALK_FILE, record, problem)

    def left_out(self, event: dict) -> str | None:
        """Why ACLED would not record the event (the first rule it fails), or None."""
        status = self.rules["statuses"].get(event["status"]) or self.fail(
            "statuses", f"no rule for status {event['status']!r} (event {event['event_id']})")
        if status != RECORDED:
            return f"status {event['status']}: {status}"
        plover = self.rules["plover_types"].get(event["event_type"]) or self.fail(
            "plover_types", f"no rule for PLOVER type {event['event_type']!r} (event {event['event_id']})")
        if "left_out" in plover:
            return f"PLOVER {event['event_type']}: {plover['left_out']}"
        requires = self.rules["requires"]
        if not self.sub_event_type(event):
            return requires["sub_event_type"]
        if time_precision(event) is None:
            return requires["date"]
        if not event["actor1_id"]:
            return requires["actor1"]
        if not event["place_id"]:
            return requires["place"]
        return None

    def sub_event_type(self, event: dict) -> str | None:
        # Where the events table has the column, the coders' choice is the answer (empty: none fits);
        # the PLOVER type's default serves only a table without it.
        if "acled_sub_event_type" in event:
            return event["acled_sub_event_type"] or None
        return self.rules["plover_types"][event["event_type"]].get("sub_event_type")

    def inter(self, actor_id: str, country: str) -> int:
        actor = self.actors[actor_id]
        rule = self.rules["actor_types"].get(actor["actor_type"])
        if rule is None:
            self.fail("actor_types", f"no inter code for actor_type {actor['actor_type']!r} (actor {actor_id})")
        if rule == "parent":
            if not actor["parent_actor_id"]:
                self.fail("actor_types", f"actor {actor_id} is a person without a parent body "
                                         "to take an inter code from")
            return self.inter(actor["parent_actor_id"], country)
        if isinstance(rule, dict):
            rule = rule.get(actor["side"], rule["default"])
        foreign = actor["country"] and actor["country"] != country
        return self.rules["foreign_state_forces"] if rule == 1 and foreign else rule

    def row(self, event: dict) -> dict:
        place = self.places[event["place_id"]]
        country = self.rules["countries"].get(place["country"]) or self.fail(
            "countries", f"no ACLED country for {place['country']!r} (place {place['place_id']})")
        publisher = self.documents[event["document_id"]]["publisher"]
        source_scale = self.rules["source_scales"].get(publisher) or self.fail(
            "source_scales", f"no source scale for the publisher {publisher!r}")
        sub_event = self.sub_event_type(event)
        category = self.rules["sub_event_types"].get(sub_event) or self.fail(
            "sub_event_types", f"{sub_event!r} is not an ACLED sub-event type (event {event['event_id']})")
        inter1 = self.inter(event["actor1_id"], place["country"])
        inter2 = self.inter(event["actor2_id"], place["country"]) if event["actor2_id"] else 0
        targets_civilians = inter2 == 7 and "Political violence" in category["disorder_type"]
        return {
            "event_id_cnty": event["event_id"],
            "event_date": event["event_date"],
            "year": int(event["event_date"][:4]),
            "time_precision": time_precision(event),
            "disorder_type": category["disorder_type"],
            "event_type": category["event_type"],
            "sub_event_type": sub_event,
            "actor1": self.actors[event["actor1_id"]]["name"],
            "assoc_actor_1": None,
            "inter1": inter1,
            "actor2": self.actors[event["actor2_id"]]["name"] if event["actor2_id"] else None,
            "assoc_actor_2": None,
            "inter2": inter2,
            # ACLED writes the smaller code first; a lone actor1 gives its code and 0 (10, 20 ...).
            "interaction": int("".join(sorted(str(code) for code in (inter1, inter2) if code)).ljust(2, "0")),
            "civilian_targeting": "Civilian targeting" if targets_civilians else None,
            "iso": country["iso"],
            "region": country["region"],
            "country": country["country"],
            "admin1": place["admin1"],
            "admin2": None,
            "admin3": None,
            "location": place["name"],
            "latitude": place["latitude"],
            "longitude": place["longitude"],
            "geo_precision": int(place["geo_precision"]),
            "source": publisher,
            "source_scale": source_scale,
            "notes": event["summary"],
            "fatalities": 0,
            "tags": None,
            "timestamp": self.timestamp,
        }


def release_timestamp() -> int:
    created = str(package_metadata()["created"]).replace("Z", "+00:00")  # with its offset: no local time involved
    return int(datetime.fromisoformat(created).timestamp())


def acled_rows(root: Path) -> tuple[list[dict], Counter]:
    by_key = {name: {row[key]: row for row in read_table(root, name)}
              for name, key in [("actors", "actor_id"), ("places", "place_id"), ("documents", "document_id")]}
    walk = Crosswalk(crosswalk(), by_key["actors"], by_key["places"], by_key["documents"], release_timestamp())
    rows, reasons = [], Counter()
    for event in stream_table(root, "events"):  # the largest input: one row at a time
        reason = walk.left_out(event)
        if reason:
            reasons[reason] += 1
        else:
            rows.append(walk.row(event))
    return rows, reasons


def main(out: Path = paths.STAGE) -> None:
    rows, reasons = acled_rows(out)
    write_table(out, "acled_events", rows)
    print(f"acled: {len(rows)} event(s) ACLED would record; {sum(reasons.values())} left out")
    for reason, count in sorted(reasons.items(), key=lambda item: (-item[1], item[0])):
        print(f"acled:   {count} {reason}")


if __name__ == "__main__":
    run(main)
