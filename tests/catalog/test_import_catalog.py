"""manage.py import_catalog: CSV files of premises and organizations, checked whole, imported all or none."""

import csv
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Locale

from catalog import importing
from catalog.importing import ImportFailed, import_catalog
from catalog.models import Organization, Premises
from taxonomy.models import Region

pytestmark = pytest.mark.django_db

EXAMPLES = Path(importing.__file__).resolve().parent / "data" / "import-examples"

PREMISES_HEADER = [
    "title",
    "owner",
    "address",
    "okrug",
    "district",
    "kind",
    "area",
    "rent",
    "available_from",
    "features",
    "is_available",
    "title_en",
    "owner_en",
    "address_en",
]
OFFICE = [
    "Офис 12",
    "Технопарк «Тест»",
    "ул. Тестовая, 1",
    "SAO",
    "begovoy",
    "office",
    "54,5",
    "2100",
    "2025-09-01",
    "parking; furnished",
    "да",
    "Office 12",
    "Test Technopark",
    "1 Testovaya St",
]
WORKSHOP = [
    "Цех 3",
    "ООО «Тест»",
    "ул. Тестовая, 3",
    "cao",
    "arbat",
    "production",
    "420",
    "950",
    "",
    "",
    "0",
    "",
    "",
    "",
]

ORGANIZATIONS_HEADER = [
    "name",
    "inn",
    "ogrn",
    "legal_form",
    "region",
    "industries",
    "roles",
    "size",
    "name_en",
]
ROBOTICS = [
    "ООО «Тест Роботы»",
    "7702157365",
    "1177732364050",
    "llc",
    "77",
    "robotics;artificial-intelligence",
    "participant",
    "small",
    "Test Robots LLC",
]
INVESTOR = ["АО «Тест Инвест»", "7781930360", "", "jsc", "7", "", "investor;partner", "medium", ""]


def changed(header: list[str], row: list[str], **values: str) -> list[str]:
    """`row` with the cells of the named columns replaced."""
    return [values.get(name, cell) for name, cell in zip(header, row, strict=True)]


def write_csv(directory: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8") -> Path:
    path = directory / "import.csv"
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def failure(kind: str, path: Path) -> str:
    with translation.override("en"), pytest.raises(ImportFailed) as raised:
        import_catalog(kind, path)
    return "\n".join(raised.value.errors)


def slugs(related) -> set[str]:
    return set(related.values_list("slug", flat=True))


def test_a_premises_file_is_imported_with_its_facts_links_and_english_text(taxonomies, tmp_path):
    result = import_catalog("premises", write_csv(tmp_path, PREMISES_HEADER, [OFFICE, WORKSHOP]))

    assert (len(result.created), len(result.updated)) == (2, 0)
    office = Premises.objects.get(locale__language_code="ru", title="Офис 12")
    assert (office.owner, office.address, office.okrug.code, office.district.slug) == (
        "Технопарк «Тест»",
        "ул. Тестовая, 1",
        "SAO",
        "begovoy",
    )
    assert (office.kind, office.area, office.rent, str(office.available_from), office.is_available) == (
        "office",
        Decimal("54.5"),
        2100,
        "2025-09-01",
        True,
    )
    assert slugs(office.features) == {"parking", "furnished"}
    english = Premises.objects.get(locale__language_code="en")
    assert english.translation_key == office.translation_key
    assert (english.title, english.owner, english.address) == (
        "Office 12",
        "Test Technopark",
        "1 Testovaya St",
    )
    assert (english.district_id, english.area, english.rent) == (office.district_id, office.area, office.rent)
    assert slugs(english.features) == {"parking", "furnished"}
    assert office.in_language("en").text == english
    assert result.translations == [english.pk]

    workshop = Premises.objects.get(title="Цех 3")
    assert (workshop.okrug.code, workshop.available_from, workshop.is_available) == ("CAO", None, False)
    assert not workshop.features.exists()
    assert workshop.get_translation_or_none(english.locale) is None


def test_an_organizations_file_is_imported_with_its_facts_links_and_english_text(taxonomies, tmp_path):
    result = import_catalog("organizations", write_csv(tmp_path, ORGANIZATIONS_HEADER, [ROBOTICS, INVESTOR]))

    assert (len(result.created), len(result.updated)) == (2, 0)
    robots = Organization.objects.get(locale__language_code="ru", inn="7702157365")
    assert (robots.name, robots.ogrn, robots.legal_form, robots.region.code, robots.size) == (
        "ООО «Тест Роботы»",
        "1177732364050",
        "llc",
        "77",
        "small",
    )
    assert slugs(robots.industries) == {"robotics", "artificial-intelligence"}
    assert slugs(robots.roles) == {"participant"}
    english = robots.get_translation(Organization.objects.get(locale__language_code="en").locale)
    assert (english.name, english.inn, english.region_id) == (
        "Test Robots LLC",
        "7702157365",
        robots.region_id,
    )
    assert slugs(english.roles) == {"participant"}
    assert slugs(english.industries) == {"robotics", "artificial-intelligence"}

    investor = Organization.objects.get(inn="7781930360")
    assert slugs(investor.roles) == {"investor", "partner"}
    assert (investor.ogrn, investor.founded) == ("", None)
    assert investor.region.code == "07"  # a spreadsheet's 7 for the code 07
    assert Organization.objects.filter(locale__language_code="en").count() == 1


def test_the_example_files_import(taxonomies):
    premises = import_catalog("premises", EXAMPLES / "premises.csv")
    organizations = import_catalog("organizations", EXAMPLES / "organizations.csv")

    assert len(premises.created) == Premises.objects.filter(locale__language_code="ru").count() >= 3
    assert len(organizations.created) == Organization.objects.filter(locale__language_code="ru").count() >= 3


def test_importing_again_updates_instead_of_duplicating(taxonomies, tmp_path):
    import_catalog("premises", write_csv(tmp_path, PREMISES_HEADER, [OFFICE, WORKSHOP]))
    import_catalog("organizations", write_csv(tmp_path, ORGANIZATIONS_HEADER, [ROBOTICS, INVESTOR]))
    office = Premises.objects.get(locale__language_code="ru", title="Офис 12")

    cheaper = changed(PREMISES_HEADER, OFFICE, rent="1900")
    premises = import_catalog("premises", write_csv(tmp_path, PREMISES_HEADER, [cheaper, WORKSHOP]))
    renamed = changed(ORGANIZATIONS_HEADER, ROBOTICS, name_en="Test Robotics LLC")
    organizations = import_catalog("organizations", write_csv(tmp_path, ORGANIZATIONS_HEADER, [renamed]))

    assert (len(premises.created), sorted(premises.updated)) == (
        0,
        sorted(Premises.objects.filter(locale__language_code="ru").values_list("pk", flat=True)),
    )
    assert (Premises.objects.count(), Premises.objects.get(pk=office.pk).rent) == (3, 1900)
    assert Premises.objects.get(locale__language_code="en").rent == 1900
    assert (len(organizations.created), len(organizations.updated)) == (0, 1)
    assert Organization.objects.count() == 3
    assert Organization.objects.get(locale__language_code="en").name == "Test Robotics LLC"


def test_one_bad_row_among_good_ones_imports_nothing_and_names_each_line_and_column(taxonomies, tmp_path):
    unknown_district = changed(PREMISES_HEADER, OFFICE, title="Офис 13", district="nowhere")
    # Arbat is in CAO, not SAO.
    district_elsewhere = changed(PREMISES_HEADER, OFFICE, title="Офис 14", district="arbat")
    negative_area = changed(PREMISES_HEADER, WORKSHOP, title="Цех 4", area="-5")
    bad_date = changed(PREMISES_HEADER, WORKSHOP, title="Цех 5", available_from="01.09.2025")
    path = write_csv(
        tmp_path, PREMISES_HEADER, [OFFICE, unknown_district, district_elsewhere, negative_area, bad_date]
    )

    errors = failure("premises", path)

    assert "line 3, district: unknown district “nowhere”" in errors
    assert "line 4, district: This district is not in the chosen okrug." in errors
    assert "line 5, area: " in errors
    assert "line 6, available_from: Enter a date as YYYY-MM-DD" in errors
    assert "line 2" not in errors
    assert Premises.objects.count() == 0

    bad_checksum = changed(ORGANIZATIONS_HEADER, INVESTOR, inn="7781930361")
    errors = failure("organizations", write_csv(tmp_path, ORGANIZATIONS_HEADER, [ROBOTICS, bad_checksum]))

    assert errors == "line 3, inn: This INN's check digit is wrong: please check for a typo"
    assert Organization.objects.count() == 0


def test_errors_are_checked_against_the_model_rules_and_the_rest_of_the_file(taxonomies, tmp_path):
    sole_proprietor_with_a_company_inn = changed(ORGANIZATIONS_HEADER, ROBOTICS, legal_form="sole_proprietor")
    no_roles = changed(ORGANIZATIONS_HEADER, INVESTOR, roles=" ; ")
    same_inn = changed(ORGANIZATIONS_HEADER, INVESTOR, inn=ROBOTICS[1])
    unknown_industry = changed(ORGANIZATIONS_HEADER, INVESTOR, industries="robotics;time-travel")
    path = write_csv(
        tmp_path,
        ORGANIZATIONS_HEADER,
        [ROBOTICS, sole_proprietor_with_a_company_inn, no_roles, same_inn, unknown_industry],
    )

    errors = failure("organizations", path).splitlines()

    assert "line 3, inn: A sole proprietor's INN has 12 digits." in errors
    assert "line 3, inn: the same INN as line 2" in errors
    assert "line 4, roles: This field is required." in errors
    assert "line 5, inn: the same INN as line 2" in errors
    assert "line 6, industries: unknown industries: “time-travel”" in errors
    assert not [error for error in errors if error.startswith("line 2")]


def test_line_numbers_count_the_lines_of_cells_that_span_several(taxonomies, tmp_path):
    described = changed(
        PREMISES_HEADER, OFFICE, kind="palace", address_en="1 Testovaya St\nsecond line\nthird line"
    )
    bad_kind = changed(PREMISES_HEADER, WORKSHOP, kind="castle")

    errors = failure("premises", write_csv(tmp_path, PREMISES_HEADER, [described, bad_kind])).splitlines()

    assert errors == [
        "line 2, kind: Value 'palace' is not a valid choice.",
        "line 5, kind: Value 'castle' is not a valid choice.",
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ([name for name in PREMISES_HEADER if name != "rent"], "line 1, rent: required column is missing"),
        ([*PREMISES_HEADER, "colour"], "line 1, colour: unknown column"),
        (
            [name for name in PREMISES_HEADER if name != "owner_en"],
            "line 1, owner_en: required column is missing",
        ),
    ],
)
def test_a_bad_header_is_named_and_nothing_is_imported(taxonomies, tmp_path, header, expected):
    rows = [[value for name, value in zip(PREMISES_HEADER, OFFICE, strict=True) if name in header]]
    rows[0] += [""] * (len(header) - len(rows[0]))

    errors = failure("premises", write_csv(tmp_path, header, rows))

    assert expected in errors.splitlines()
    assert Premises.objects.count() == 0


def test_a_file_with_a_byte_order_mark_is_read(taxonomies, tmp_path):
    path = write_csv(tmp_path, ORGANIZATIONS_HEADER, [ROBOTICS], encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")

    import_catalog("organizations", path)

    assert Organization.objects.filter(locale__language_code="ru", name="ООО «Тест Роботы»").exists()


def test_a_file_that_is_not_utf8_is_an_error_not_a_traceback(taxonomies, tmp_path):
    path = write_csv(tmp_path, ORGANIZATIONS_HEADER, [ROBOTICS, INVESTOR], encoding="cp1251")

    assert failure("organizations", path) == "line 2: the file is not UTF-8 text"
    path.write_text("\n\n")
    assert failure("organizations", path) == "line 1: the file is empty; a header row is required"


def test_the_command_prints_the_summary_and_progress(taxonomies, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "PROGRESS_EVERY", 1)
    path = write_csv(tmp_path, PREMISES_HEADER, [OFFICE, WORKSHOP])
    out = StringIO()

    call_command("import_catalog", "premises", str(path), stdout=out)
    call_command("import_catalog", "premises", str(path), stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[-1] == "created 0, updated 2 (English rows saved: 1)"
    assert "created 2, updated 0 (English rows saved: 1)" in lines
    assert "checked 2 rows" in lines and "saved 2 rows" in lines


def test_the_command_lists_at_most_fifty_errors(taxonomies, tmp_path):
    bad = changed(ORGANIZATIONS_HEADER, INVESTOR, region="99")
    path = write_csv(tmp_path, ORGANIZATIONS_HEADER, [bad] * 60)

    with translation.override("en"), pytest.raises(CommandError) as raised:
        call_command("import_catalog", "organizations", str(path), stdout=StringIO())

    lines = str(raised.value).splitlines()
    assert lines[0] == "Nothing was imported: 119 error(s)."
    assert lines[1] == "line 2, region: unknown region “99”"
    assert len(lines) == 52 and lines[-1] == "... and 69 more"
    assert Organization.objects.count() == 0


def test_the_command_reports_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_catalog", "premises", str(tmp_path / "missing.csv"))


def test_the_english_row_is_checked_too(taxonomies, tmp_path):
    no_english_title = changed(PREMISES_HEADER, OFFICE, title_en="")
    errors = failure("premises", write_csv(tmp_path, PREMISES_HEADER, [no_english_title])).splitlines()

    assert errors == ["line 2, title_en: This field cannot be blank."]

    english = Locale.objects.get_or_create(language_code="en")[0]
    Organization.objects.create(
        locale=english,
        name="Test Robots (an English-only entry)",
        inn=ROBOTICS[1],
        legal_form="llc",
        region=Region.objects.get(code="77"),
        size="small",
    )
    errors = failure("organizations", write_csv(tmp_path, ORGANIZATIONS_HEADER, [ROBOTICS])).splitlines()

    assert errors == ["line 2: English row: Organization with this INN and Locale already exists."]
    assert Organization.objects.count() == 1


def test_imported_entries_are_found_by_text_search_in_both_languages(
    client, homes, taxonomies, django_capture_on_commit_callbacks
):
    from search.models import SearchDocument

    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_catalog", "premises", str(EXAMPLES / "premises.csv"), stdout=StringIO())
    imported = Premises.objects.filter(locale__language_code="ru")
    assert SearchDocument.objects.filter(segment="premises").count() == imported.count() > 0
    entry = imported.first()
    word = entry.title.split()[0]
    page = client.get("/ru/catalog/premises/", {"q": word}).content.decode()
    assert f"/catalog/premises/{entry.pk}-" in page
