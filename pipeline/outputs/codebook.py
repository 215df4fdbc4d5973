"""docs/codebook.md, generated from schemas/: every table, field, type, constraint and category.

Never edit docs/codebook.md by hand; edit the schemas and run `make`. How to code an article
(the decisions behind the categories) is in docs/coding-guide.md, written by hand.
"""
from pathlib import Path

from pipeline.lib import gazetteer, paths
from pipeline.lib.dates import PRECISION_CROSSWALK
from pipeline.lib.tables import plover_modes, plover_specification, schema, write_atomic
from pipeline.stages import acled
from pipeline.stages.package import package_metadata

CODEBOOK = paths.CODEBOOK

HEADER = """# Codebook

Generated from `schemas/` by `python -m pipeline.outputs.codebook` (run by `make`); do not edit by hand.
Version {version} of `{name}`. How the categories are applied is in
[the coding guide](coding-guide.md).

Conventions for every table:
- Files are CSV (RFC 4180): UTF-8 without BOM, comma-separated, CRLF line ends, header row. An
  empty cell is a missing value.
- Dates are ISO 8601 (`YYYY-MM-DD`). A date known only to the month or year is an interval
  (first and last day) with its precision in `date_precision`: never read it as an exact day.
- `char_start` and `char_end` are offsets into the raw text of the row's document
  (`documents.raw_path`, decoded as UTF-8): 0-based Python string indices (Unicode code
  points, not bytes), end exclusive, so that `raw[char_start:char_end]` is the quoted text.
- Ids are stable: a row keeps its id in every later version, and ids are never reused.

Tables: {tables}.
"""


def constraints_text(field: dict) -> str:
    constraints = field.get("constraints", {})
    parts = []
    if constraints.get("unique"):
        parts.append("unique")
    if "pattern" in constraints:
        parts.append(f"pattern `{constraints['pattern']}`")
    if "maxLength" in constraints:
        parts.append(f"at most {constraints['maxLength']} characters")
    if "minimum" in constraints:
        parts.append(f"≥ {constraints['minimum']}")
    if "enum" in constraints:
        parts.append("one of " + ", ".join(f"`{value}`" for value in constraints["enum"]))
    if "format" in field:
        parts.append(f"format {field['format']}")
    return "; ".join(parts)


def table_section(name: str) -> str:
    table = schema(name)
    lines = [f"## {name}", "", table["description"], "",
             f"File `data/processed/{name}.csv`. Primary key: `{', '.join(table['primaryKey'])}`.", ""]
    for key in table.get("foreignKeys", []):
        target = key["reference"]
        lines.append(f"- `{key['fields'][0]}` refers to `{target['resource']}.{target['fields'][0]}`")
    lines += ["", "| field | type | required | constraints | description |", "|---|---|---|---|---|"]
    for field in table["fields"]:
        required = "yes" if field.get("constraints", {}).get("required") else ""
        description = field["description"].replace("|", "\\|")
        cells = [f"`{field['name']}`", field["type"], required, constraints_text(field), description]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def crosswalk_section() -> str:
    lines = ["## Date precision: crosswalk to ACLED and UCDP GED", "",
             "An event's interval (`event_date` to `event_date_end`) maps to ACLED's `time_precision` and "
             "UCDP GED's `date_prec` by its length, whatever produced it (a day, a month, a bounded range). "
             "ACLED records nothing coarser than a month: such rows have no ACLED precision.", "",
             "| interval length | ACLED `time_precision` | UCDP GED `date_prec` |", "|---|---|---|"]
    for _, acled_code, ged_code, meaning in PRECISION_CROSSWALK:
        lines.append(f"| {meaning} | {acled_code if acled_code is not None else '(none)'} | {ged_code} |")
    return "\n".join(lines) + "\n"


def modes_section() -> str:
    lines = ["## PLOVER modes by event type", "",
             "`events.plover_mode` must be one of its event type's modes (`schemas/plover_modes.yaml`, after "
             f"the {plover_specification()}); types without modes take none.", "",
             "| event type | modes |", "|---|---|"]
    for event_type, modes in plover_modes().items():
        lines.append(f"| `{event_type}` | {', '.join(f'`{mode}`' for mode in modes) or '(none)'} |")
    return "\n".join(lines) + "\n"


def markdown_table(header: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(str(cell).replace("|", "\\|") for cell in row) + " |" for row in rows]


def geography_section() -> str:
    """The point rules of schemas/gazetteer.yaml: how places get coordinates, and how exact they are."""
    settings = gazetteer.settings()
    source = settings["gazetteer"]
    rows = [[f"`{name}`", rule["meaning"], rule["acled_geo_precision"], rule["ged_where_prec"], rule["why"]]
            for name, rule in settings["point_rules"].items()]
    lines = ["## Coordinates and their precision", "",
             f"From `schemas/gazetteer.yaml`. Every coordinate comes from {source['name']} ({source['url']}, "
             f"{source['license']}) through the `{source['package']}` package: nothing is typed. The registry "
             "(`data/raw/registry/places.yaml`) gives each place a rule and GeoNames ids; `places.geo_precision` "
             "is ACLED's `geo_precision`, `places.ged_where_prec` UCDP GED's `where_prec`.", "",
             *markdown_table(["point_rule", "the point", "ACLED geo_precision", "GED where_prec", "why"], rows), "",
             "Governorates: " + ", ".join(f"`{code}` {name}" for code, name in settings["admin1_names"].items())
             + " (GeoNames admin1 codes and names).", ""]
    return "\n".join(lines) + "\n"


def acled_section() -> str:
    """The ACLED crosswalk of schemas/acled.yaml, as the acled stage applies it."""
    rules = acled.crosswalk()
    statuses = [[f"`{status}`", rule] for status, rule in rules["statuses"].items()]
    types = [[f"`{name}`", rule.get("left_out") and f"left out: {rule['left_out']}"
              or f"recorded as {rule['sub_event_type'] or 'the sub-event type its coding gives'}"]
             for name, rule in rules["plover_types"].items()]
    categories = [[sub_event, rule["event_type"], rule["disorder_type"]]
                  for sub_event, rule in rules["sub_event_types"].items()]
    actor_types = [[f"`{name}`", rule if not isinstance(rule, dict)
                    else ", ".join(f"{side}: {code}" for side, code in rule.items())]
                   for name, rule in rules["actor_types"].items()]
    lines = ["## The ACLED crosswalk", "",
             f"From `schemas/acled.yaml`; ACLED's definitions are its codebook ({rules['codebook']}). "
             "`acled_events` holds the events ACLED would record. An event is left out at the first rule "
             "it fails, in this order: its status, its PLOVER type, then what an ACLED row needs: "
             + "; ".join(rules["requires"].values()) + ".", "",
             *markdown_table(["status", "in ACLED"], statuses), "",
             *markdown_table(["PLOVER type", "in ACLED"], types), "",
             "ACLED's categories of each sub-event type:", "",
             *markdown_table(["sub_event_type", "event_type", "disorder_type"], categories), "",
             "Inter codes: " + "; ".join(f"{code} {name}" for code, name in rules["inter_codes"].items()) + ". "
             "From `actors.actor_type` (`parent`: the inter code of the body the person belongs to); state forces "
             f"outside their own country get {rules['foreign_state_forces']}:", "",
             *markdown_table(["actor_type", "inter code"], actor_types), "",
             "`time_precision` follows the event's date interval by the crosswalk of the section above; an event "
             "coarser than ACLED records is left out. `fatalities` is 0 (the article reports none, and ACLED writes 0 "
             "when none are reported); `admin2`, `admin3`, `assoc_actor_1`, `assoc_actor_2` and `tags` are empty.", ""]
    return "\n".join(lines) + "\n"


def render() -> str:
    metadata = package_metadata()
    tables = metadata["resources"]
    header = HEADER.format(version=metadata["version"], name=metadata["name"],
                           tables=", ".join(f"[{name}](#{name})" for name in tables))
    return "\n".join([header, *map(table_section, tables), modes_section(), crosswalk_section(),
                      geography_section(), acled_section()])


def main(target: Path = CODEBOOK) -> None:
    write_atomic(target, render().encode("utf-8"))
    print(f"codebook: {paths.relative(target)}")


if __name__ == "__main__":
    from pipeline.lib.errors import run
    run(main)
