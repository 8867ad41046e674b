"""Shape of the reference data the catalog loads: counts, unique keys and required names."""

import csv
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "taxonomy" / "data"


def _rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_all_89_federal_subjects_by_kind():
    kinds = Counter(row["kind"] for row in _rows("regions.csv"))
    assert kinds == {
        "republic": 24,
        "krai": 9,
        "oblast": 48,
        "federal_city": 3,
        "autonomous_oblast": 1,
        "autonomous_okrug": 4,
    }


def test_region_codes_and_slugs_are_unique_and_well_formed():
    regions = _rows("regions.csv")
    codes = [row["code"] for row in regions]
    slugs = [row["slug"] for row in regions]
    assert len(set(codes)) == len(codes) == 89
    assert len(set(slugs)) == len(slugs) == 89
    assert all(len(code) == 2 and code.isascii() and code.isdigit() for code in codes)
    assert all(slug.isascii() and slug == slug.lower() and " " not in slug for slug in slugs)
    assert all(row["name_ru"] and row["name_en"] for row in regions)


def test_federal_cities_have_their_tax_codes():
    by_code = {row["code"]: row for row in _rows("regions.csv")}
    assert by_code["77"]["slug"] == "moscow"
    assert by_code["78"]["slug"] == "saint-petersburg"
    assert by_code["92"]["slug"] == "sevastopol"


def test_industries_and_technologies_have_unique_slugs_and_both_names():
    for name in ("industries.csv", "technologies.csv"):
        rows = _rows(name)
        slugs = [row["slug"] for row in rows]
        assert len(rows) >= 15, name
        assert len(set(slugs)) == len(slugs), name
        assert all(row["name_ru"].strip() and row["name_en"].strip() for row in rows), name


def test_moscow_districts():
    districts = _rows("moscow_districts.csv")
    slugs = [row["slug"] for row in districts]
    assert len(districts) == 146
    assert len({row["okrug_code"] for row in districts}) == 12
    assert len(set(slugs)) == len(slugs)
