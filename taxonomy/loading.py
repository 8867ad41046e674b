"""Loads the taxonomies from the CSV files in taxonomy/data/. Safe to re-run: rows are matched by slug."""

import csv
from pathlib import Path

from django.apps import apps as global_apps

DATA_DIR = Path(__file__).resolve().parent / "data"
NAMES = ("name_ru", "name_en")


def read_rows(filename: str) -> list[dict[str, str]]:
    with open(DATA_DIR / filename, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _upsert(model, rows: list[dict], fields: tuple[str, ...]) -> dict[str, object]:
    existing = {obj.slug: obj for obj in model.objects.all()}
    for row in rows:
        values = {field: row[field] for field in fields}
        obj = existing.get(row["slug"])
        if obj is None:
            existing[row["slug"]] = model.objects.create(slug=row["slug"], **values)
        elif any(getattr(obj, field) != value for field, value in values.items()):
            for field, value in values.items():
                setattr(obj, field, value)
            obj.save()
    return existing


def _load_moscow_divisions(okrug_model, district_model) -> None:
    districts = read_rows("moscow_districts.csv")
    okrug_rows = {
        row["okrug_code"]: {
            "slug": row["okrug_code"].lower(),
            "code": row["okrug_code"],
            "name_ru": row["okrug_ru"],
            "name_en": row["okrug_en"],
        }
        for row in districts
    }
    okrugs = _upsert(okrug_model, list(okrug_rows.values()), ("code", *NAMES))
    district_rows = [{**row, "okrug": okrugs[row["okrug_code"].lower()]} for row in districts]
    _upsert(district_model, district_rows, ("okrug", "kind", *NAMES))


# Model name -> how to load it. Migrations name the models that exist at their point in history.
LOADERS = {
    "Industry": lambda get: _upsert(get("Industry"), read_rows("industries.csv"), NAMES),
    "Technology": lambda get: _upsert(get("Technology"), read_rows("technologies.csv"), NAMES),
    "Region": lambda get: _upsert(get("Region"), read_rows("regions.csv"), ("code", "kind", *NAMES)),
    "District": lambda get: _load_moscow_divisions(get("Okrug"), get("District")),
    "Audience": lambda get: _upsert(get("Audience"), read_rows("audiences.csv"), NAMES),
    "NewsTopic": lambda get: _upsert(get("NewsTopic"), read_rows("news_topics.csv"), NAMES),
    "PremisesFeature": lambda get: _upsert(get("PremisesFeature"), read_rows("premises_features.csv"), NAMES),
    "OrganizationRole": lambda get: _upsert(
        get("OrganizationRole"), read_rows("organization_roles.csv"), NAMES
    ),
    "Capability": lambda get: _upsert(get("Capability"), read_rows("capabilities.csv"), NAMES),
    "Material": lambda get: _upsert(get("Material"), read_rows("materials.csv"), NAMES),
    "Certification": lambda get: _upsert(get("Certification"), read_rows("certifications.csv"), NAMES),
}


def load_taxonomies(
    apps=global_apps, app_label: str = "taxonomy", only: tuple[str, ...] = tuple(LOADERS)
) -> dict[str, int]:
    """Creates or updates taxonomy rows; `apps` is the migration state when called from a migration, and
    `app_label` the app the taxonomies belonged to at that point (the catalog's, before taxonomy 0001)."""

    def get(name):
        return apps.get_model(app_label, name)

    for name in only:
        LOADERS[name](get)
    counted = [*only, "Okrug"] if "District" in only else list(only)
    return {name: get(name).objects.count() for name in counted}
