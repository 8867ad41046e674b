"""Editors manage the catalogs in the Wagtail admin: list, filter, search, export; rights are per catalog."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from catalog.models import Manufacturer, Order, Organization, Premises, Project
from core.admin_columns import NumberColumn, column_class_for
from taxonomy.models import Capability, District, OrganizationRole, Region
from tests.factories import make_entry
from tests.html import soup
from tests.staff import sign_in_with_second_factor

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/catalog/organization/"


@pytest.fixture
def organizations(homes, taxonomies):
    participant = OrganizationRole.objects.filter(slug="participant")
    moscow, tatarstan = Region.objects.get(code="77"), Region.objects.get(code="16")
    return [
        make_entry(
            Organization,
            relations={"roles": participant},
            name="ООО «Нейросенсор»",
            inn="7707083893",
            legal_form="llc",
            region=moscow,
            size="small",
        ),
        make_entry(
            Organization,
            relations={"roles": participant},
            name="ИП Иванов Сергей Петрович",
            inn="500100732259",
            legal_form="sole_proprietor",
            region=tatarstan,
            size="micro",
        ),
    ]


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", password="x")


def user_with(*codenames):
    group = Group.objects.create(name="Catalog editors")
    group.permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    user = get_user_model().objects.create_user("catalogue", password="x")
    user.groups.add(group)
    return user


def test_listing_filters_and_searches(client, editor, organizations):
    sign_in_with_second_factor(client, editor)
    assert client.get(LIST).status_code == 200
    filtered = client.get(LIST, {"legal_form": "sole_proprietor"}).content.decode()
    assert "ИП Иванов" in filtered and "Нейросенсор" not in filtered
    found = client.get(LIST, {"q": "7707083893"}).content.decode()
    assert "Нейросенсор" in found and "ИП Иванов" not in found


def test_csv_export_has_every_listed_organization(client, editor, organizations):
    sign_in_with_second_factor(client, editor)
    response = client.get(LIST, {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:2] == ["Name", "INN"] or rows[0][:2] == ["Название", "ИНН"]
    assert sorted(row[1] for row in rows[1:]) == ["500100732259", "7707083893"]


def test_xlsx_export_respects_the_filter(client, editor, organizations):
    sign_in_with_second_factor(client, editor)
    response = client.get(LIST, {"export": "xlsx", "legal_form": "llc"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [row for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert [row[1] for row in values] == ["7707083893"]


def test_an_editor_without_catalog_rights_cannot_see_the_catalog(client, organizations):
    sign_in_with_second_factor(client, user_with())
    response = client.get(LIST)
    assert response.status_code in (302, 403)
    assert "Нейросенсор" not in response.content.decode()


def test_rights_are_per_catalog(client, organizations):
    sign_in_with_second_factor(client, user_with("view_organization", "change_organization"))
    assert client.get(LIST).status_code == 200
    assert client.get("/admin/snippets/catalog/premises/").status_code in (302, 403)
    assert client.get(f"{LIST}add/").status_code in (302, 403)


def test_orders_are_listed_by_status_and_can_be_added(client, editor, organizations):
    for name, status in [("Корпуса датчиков", "open"), ("Платы контроллеров", "closed")]:
        make_entry(
            Order,
            relations={"capabilities": Capability.objects.filter(slug="cnc-machining")},
            name=name,
            organization=organizations[0],
            batch_size=500,
            target_date=datetime.date(2027, 3, 1),
            region=Region.objects.get(code="77"),
            status=status,
        )
    sign_in_with_second_factor(client, editor)
    closed = client.get("/admin/snippets/catalog/order/", {"status": "closed"}).content.decode()
    assert "Платы контроллеров" in closed and "Корпуса датчиков" not in closed
    form = soup(client.get("/admin/snippets/catalog/order/add/"))
    assert len(form.select('input[type="checkbox"][name="capabilities"]')) == Capability.objects.count()
    assert form.select_one('select[name="status"] option[selected]')["value"] == "open"


def test_many_to_many_choices_are_checkbox_lists_on_snippet_and_page_forms(client, editor, organizations):
    sign_in_with_second_factor(client, editor)
    form = soup(client.get(f"{LIST}edit/{organizations[0].pk}/"))
    for name in ("industries", "roles"):
        assert form.select(f'input[type="checkbox"][name="{name}"]'), name
        assert not form.select(f'select[name="{name}"]'), name
    industries = form.select('input[type="checkbox"][name="industries"]')
    assert len(industries) > 15  # long enough for the filter box the admin script adds
    assert 'src="/static/js/admin-choice-filter.js"' in str(form)


def in_language(user, language: str):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.mark.parametrize(
    ("language", "area", "rent"),
    [("ru", "12\xa0500,5", "3\xa0500\xa0000"), ("en", "12,500.5", "3,500,000")],
)
def test_amounts_are_grouped_as_the_admin_language_writes_them(client, editor, homes, language, area, rent):
    """Wagtail alone lists 3500000; an editor reads «3 500 000» in Russian and "3,500,000" in English."""
    district = District.objects.get(slug="arbat")
    make_entry(
        Premises,
        title="Цех",
        owner="Технопарк «Арбат»",
        address="ул. Арбат, д. 1",
        okrug=district.okrug,
        district=district,
        kind="production",
        area=Decimal("12500.5"),
        rent=3_500_000,
    )
    sign_in_with_second_factor(client, in_language(editor, language))
    premises = [
        cell.get_text(strip=True)
        for cell in soup(client.get("/admin/snippets/catalog/premises/")).select("td")
    ]
    assert area in premises and rent in premises
    assert "3500000" not in premises


def test_years_are_not_grouped_like_amounts():
    assert column_class_for(Project, "year") is not NumberColumn  # 2024, never «2 024»
    assert column_class_for(Manufacturer, "batch_max") is NumberColumn


def form_as_the_browser_sends_it(page) -> dict:
    """The edit form's fields with the values the page shows, as a browser would send them."""
    form = page.find("input", {"name": "inn"}).find_parent("form")
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "textarea":
            data[name] = field.get_text().removeprefix("\n")
        elif field.name == "select":
            data[name] = [option["value"] for option in field.select("option[selected]")]
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.get("type") not in ("submit", "button", "file"):
            data[name] = field.get("value", "")
    return data


def test_an_editor_publishes_at_once_and_a_saved_draft_leaves_the_published_entry(
    client, editor, organizations
):
    sign_in_with_second_factor(client, editor)
    neurosensor = organizations[0]
    url = f"/admin/snippets/catalog/organization/edit/{neurosensor.pk}/"
    data = form_as_the_browser_sends_it(soup(client.get(url)))
    investor = OrganizationRole.objects.get(slug="investor")
    data["roles"] = [str(investor.pk)]
    data["description"] = "Нейроинтерфейсы для реабилитации"
    assert client.post(url, data).status_code == 302  # saved as a draft
    neurosensor.refresh_from_db()
    assert neurosensor.description == "" and list(neurosensor.roles.all()) != [investor]
    assert neurosensor.has_unpublished_changes

    assert client.post(url, {**data, "action-publish": "action-publish"}).status_code == 302
    neurosensor = Organization.objects.get(pk=neurosensor.pk)
    assert neurosensor.description == "Нейроинтерфейсы для реабилитации"
    assert list(neurosensor.roles.all()) == [investor]
    assert "Нейроинтерфейсы для реабилитации" in client.get(neurosensor.get_absolute_url()).content.decode()
