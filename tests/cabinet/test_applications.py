"""The organization's applications in its space, and the application form filled in from its profile."""

from urllib.parse import urlsplit

import pytest

from cabinet.models import Membership, Role
from home.models import SupportMeasurePage
from tests.applications.support import VALID
from tests.factories import make_measure, measure_index
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def measure(homes) -> SupportMeasurePage:
    return make_measure(measure_index(homes["ru"]), "Грант на пилотные испытания", amount_max=5_000_000)


def apply(client, measure, **changes):
    return client.post(f"/ru/applications/{measure.pk}/apply/", {**VALID, **changes})


def test_applications_from_a_members_address_with_the_inn_are_the_organizations(
    client, people, organizations, measure
):
    quartz = organizations["quartz"]
    sent_before = apply(client, measure, inn=quartz.inn, email="MEMBER@quartz.example")
    assert sent_before.status_code == 302
    apply(client, measure, inn=quartz.inn, email="someone@else.example")  # not a member's address
    apply(client, measure, inn="7736207543", email="member@quartz.example")  # another organization's INN

    client.force_login(people["owner"])
    page = soup(client.get(f"/ru/cabinet/organizations/{quartz.pk}/"))
    rows = page.select("#applications-title + table tbody tr")
    assert len(rows) == 1
    assert "Грант на пилотные испытания" in rows[0].get_text()
    status_link = rows[0].a["href"]
    assert client.get(urlsplit(status_link).path).status_code == 200


def test_the_form_is_filled_in_from_the_members_organization(client, people, organizations, measure):
    people["member"].first_name, people["member"].last_name = "Павел", "Орлов"
    people["member"].save()
    client.force_login(people["member"])
    page = soup(client.get(f"/ru/applications/{measure.pk}/apply/"))
    assert page.select_one("#id_organization_name")["value"] == "Кварцлайн"
    assert page.select_one("#id_inn")["value"] == organizations["quartz"].inn
    assert page.select_one("#id_email")["value"] == "member@quartz.example"
    assert page.select_one("#id_contact_name")["value"] == "Павел Орлов"
    assert page.select_one("#id_region option[selected]")["value"] == "77"
    assert Membership.objects.filter(user=people["member"]).count() == 1


def test_a_person_of_two_organizations_chooses_which_one_applies(client, people, organizations, measure):
    robots = organizations["robots"]
    Membership.objects.create(user=people["member"], organization=robots, role=Role.MEMBER)
    client.force_login(people["member"])
    page = soup(client.get(f"/ru/applications/{measure.pk}/apply/"))
    assert page.select_one("#id_organization_name")["value"] == "Кварцлайн"
    choices = [option.get_text() for option in page.select("#applying-organization option")]
    assert choices == ["Кварцлайн", "Робототехника Плюс"]
    chosen = soup(client.get(f"/ru/applications/{measure.pk}/apply/", {"organization": robots.pk}))
    assert chosen.select_one("#id_organization_name")["value"] == "Робототехника Плюс"
    assert chosen.select_one("#id_inn")["value"] == robots.inn
    assert chosen.select_one("#applying-organization option[selected]")["value"] == str(robots.pk)
    # Someone else's organization cannot be chosen: the form keeps the person's own.
    stranger = soup(client.get(f"/ru/applications/{measure.pk}/apply/", {"organization": "999999"}))
    assert stranger.select_one("#id_organization_name")["value"] == "Кварцлайн"


def test_an_anonymous_visitors_form_is_empty(client, organizations, measure):
    page = soup(client.get(f"/ru/applications/{measure.pk}/apply/"))
    assert page.select_one("#id_inn").get("value", "") == ""
