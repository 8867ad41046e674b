"""Catalog detail pages: one address per entry in both languages, its facts, its relations, and text that
falls back to Russian (marked lang="ru") where no English translation exists."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.models import Locale

from catalog.demo import legal_entity_inn
from catalog.models import Manufacturer, Order, Organization, Premises, Project
from home.models import ClusterIndexPage, ClusterPage
from taxonomy.models import (
    Capability,
    Certification,
    District,
    Industry,
    Material,
    OrganizationRole,
    PremisesFeature,
    Region,
)
from tests.factories import make_entry
from tests.html import soup

# Let until three months from now: the page says from when it is free.
FREE_FROM = timezone.localdate() + datetime.timedelta(days=90)
NEEDED_BY = timezone.localdate() + datetime.timedelta(days=60)

pytestmark = pytest.mark.django_db


def url(entry, language: str = "ru") -> str:
    with translation.override(language):
        return entry.get_absolute_url()


@pytest.fixture
def cluster(homes, taxonomies, django_capture_on_commit_callbacks):
    from home.translation import publish_translation

    index = homes["ru"].add_child(instance=ClusterIndexPage(title="Кластеры", slug="clusters"))
    page = index.add_child(
        instance=ClusterPage(
            title="Кластер робототехники",
            slug="robotics",
            industry=Industry.objects.get(slug="robotics"),
            summary="Роботы для города.",
            description="<p>Роботы.</p>",
            goals="<ul><li>Роботизация</li></ul>",
            coordinator="Иван Петров",
        )
    )
    # One commit per page, parent first, as in a real run (wagtail-localize publishes on commit).
    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(index, {"Кластеры": "Clusters", "clusters": "clusters"})
    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(
            page,
            {
                "Кластер робототехники": "Robotics cluster",
                "robotics": "robotics",
                "Роботы для города.": "Robots for the city.",
                "Роботы.": "Robots.",
                "Роботизация": "Robotisation",
                "Иван Петров": "Ivan Petrov",
            },
        )
    return page


@pytest.fixture
def entries(cluster):
    organization = make_entry(
        Organization,
        english={"name": "Neurosensor LLC", "description": "Sensors for robots."},
        relations={
            "roles": OrganizationRole.objects.filter(slug__in=["participant", "manufacturer"]),
            "industries": Industry.objects.filter(slug="robotics"),
            "clusters": [cluster],
        },
        name="ООО «Нейросенсор»",
        description="Датчики для роботов.",
        inn="7707083893",
        ogrn="1027700132195",
        legal_form="llc",
        region=Region.objects.get(code="77"),
        size="small",
        founded=2015,
    )
    project = make_entry(
        Project,
        name="Робот-курьер",
        description="Доставка по району.",
        organization=organization,
        industry=Industry.objects.get(slug="robotics"),
        stage="pilot",
        cluster=cluster,
        investment_sought=25_000_000,
        year=2022,
    )
    manufacturer = make_entry(
        Manufacturer,
        english={"description": "Small batches of sensor boards."},
        relations={
            "capabilities": Capability.objects.filter(slug="pcb-assembly"),
            "materials": Material.objects.filter(slug__in=["fr4", "copper"]),
        },
        organization=organization,
        batch_min=10,
        batch_max=5000,
        lead_time_days=21,
        description="Малые партии плат датчиков.",
    )
    district = District.objects.get(slug="arbat")
    premises = make_entry(
        Premises,
        title="Лаборатория в технопарке",
        owner="Технопарк «Арбат»",
        address="ул. Арбат, д. 1",
        okrug=district.okrug,
        district=district,
        kind="laboratory",
        area=Decimal("120.5"),
        rent=1800,
        is_available=False,
        available_from=FREE_FROM,
    )
    return {
        "organization": organization,
        "project": project,
        "manufacturer": manufacturer,
        "premises": premises,
    }


def test_same_id_in_both_languages_with_alternates(client, entries):
    organization = entries["organization"]
    ru = f"/ru/catalog/organizations/{organization.pk}-{organization.slug}/"
    response = client.get(ru)
    assert response.status_code == 200
    html = soup(response)
    assert html.h1.get_text() == "ООО «Нейросенсор»"
    alternates = {link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"][hreflang]')}
    assert (
        alternates["en"]
        == f"http://testserver/en/catalog/organizations/{organization.pk}-{organization.slug}/"
    )
    english = soup(client.get(alternates["en"].removeprefix("http://testserver")))
    assert english.h1.get_text() == "Neurosensor LLC"
    assert not english.h1.has_attr("lang")


def test_untranslated_text_falls_back_to_russian_marked_lang_ru(client, entries):
    project = entries["project"]
    html = soup(client.get(f"/en/catalog/projects/{project.pk}-{project.slug}/"))
    assert html.html["lang"] == "en"
    assert html.h1.get_text() == "Робот-курьер"
    assert html.h1["lang"] == "ru"
    assert html.select_one(".entry-text")["lang"] == "ru"
    assert "Pilot" in html.select_one(".facts").get_text()  # facts are in the page's language


def test_a_wrong_slug_redirects_to_the_canonical_address(client, entries):
    premises = entries["premises"]
    response = client.get(f"/ru/catalog/premises/{premises.pk}-old-name/")
    assert response.status_code == 301
    assert response["Location"] == url(premises)
    assert client.get("/ru/catalog/premises/999999-x/").status_code == 404


def test_english_row_id_is_not_an_address(client, entries):
    english = entries["organization"].get_translation(Locale.objects.get(language_code="en"))
    assert client.get(f"/en/catalog/organizations/{english.pk}-{english.slug}/").status_code == 404


def test_relations_link_both_ways(client, entries, cluster):
    organization, project = entries["organization"], entries["project"]
    org_page = soup(client.get(url(organization)))
    assert url(project) in [a["href"] for a in org_page.select("#projects-title ~ ul a")]
    assert url(entries["manufacturer"]) in [a["href"] for a in org_page.select("a")]
    assert cluster.url in [a["href"] for a in org_page.select(".facts a")]

    project_page = soup(client.get(url(project)))
    assert url(organization) in [a["href"] for a in project_page.select(".facts a")]

    english_cluster = cluster.get_translation(Locale.objects.get(language_code="en"))
    cluster_page = soup(client.get(english_cluster.url))
    members = [a.get_text() for a in cluster_page.select("#members-title ~ ul a")]
    assert members == ["Neurosensor LLC"]
    assert [a["lang"] for a in cluster_page.select("#projects-title ~ ul a")] == ["ru"]


def test_manufacturer_and_premises_pages_show_their_facts(client, entries):
    manufacturer = soup(client.get(url(entries["manufacturer"], "en")))
    assert manufacturer.h1.get_text() == "Neurosensor LLC"
    facts = manufacturer.select_one(".facts").get_text(" ", strip=True)
    assert "PCB assembly" in facts and "21 days" in facts and "5,000" in facts
    premises = soup(client.get(url(entries["premises"])))
    facts = premises.select_one(".facts").get_text(" ", strip=True)
    free_from = date_format(FREE_FROM, "j E Y")
    assert "120,5 м²" in facts and "Арбат" in facts and f"Свободно с {free_from}" in facts


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"inn": "7707083894"}, "inn"),
        ({"ogrn": "1027700132196"}, "ogrn"),
        ({"legal_form": "sole_proprietor"}, "inn"),
        ({"founded": 2999}, "founded"),
    ],
)
def test_organization_validation(entries, changes, field):
    organization = entries["organization"]
    for name, value in changes.items():
        setattr(organization, name, value)
    with pytest.raises(ValidationError) as error:
        organization.full_clean()
    assert field in error.value.message_dict


def test_inn_is_unique_per_locale(entries):
    duplicate = Organization(
        **{
            field.name: getattr(entries["organization"], field.name)
            for field in Organization._meta.concrete_fields
            if field.name not in ("id", "translation_key", "slug", "created", "updated")
        }
    )
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "__all__" in error.value.message_dict


@pytest.mark.parametrize(
    "model, changes, field",
    [
        (Premises, {"district": "strogino"}, "district"),
        (Premises, {"area": Decimal("0")}, "area"),
        (Premises, {"is_available": True}, "available_from"),  # free now, yet free from a date ahead
        (Manufacturer, {"batch_min": 6000}, "batch_max"),
        (Project, {"year": 2999}, "year"),
    ],
)
def test_range_and_consistency_rules(entries, model, changes, field):
    entry = entries[model._meta.model_name]
    for name, value in changes.items():
        setattr(entry, name, District.objects.get(slug=value) if name == "district" else value)
    with pytest.raises(ValidationError) as error:
        entry.full_clean()
    assert field in error.value.message_dict


def test_a_translation_copies_every_fact_and_follows_the_russian_rows_changes(entries):
    """wagtail-localize reads the entry's field list from the model: every field but the text is a fact."""
    from wagtail_localize.models import TranslationSource

    english = Locale.objects.get(language_code="en")
    premises = entries["premises"]
    premises.features.set(PremisesFeature.objects.order_by("pk")[:2])
    premises.save()
    source, _ = TranslationSource.get_or_create_from_instance(premises)
    copy, _ = source.create_or_update_translation(english, fallback=True)
    assert (copy.rent, copy.area, copy.district_id, copy.is_available) == (
        1800,
        Decimal("120.5"),
        premises.district_id,
        False,
    )
    assert list(copy.features.all()) == list(premises.features.all())
    assert copy.title == premises.title  # text waits for a translator

    premises.rent = 2100
    premises.save()
    source, _ = TranslationSource.update_or_create_from_instance(premises)
    source.create_or_update_translation(english, fallback=True)
    copy.refresh_from_db()
    assert copy.rent == 2100
    premises.features.set(PremisesFeature.objects.order_by("-pk")[:3])
    premises.save()
    copy = type(copy).objects.get(pk=copy.pk)
    assert set(copy.features.all()) == set(premises.features.all())


@pytest.fixture
def order(entries):
    """Sensor boards another participant needs: Neurosensor's profile makes such boards in such batches."""
    buyer = make_entry(
        Organization,
        relations={"roles": OrganizationRole.objects.filter(slug="participant")},
        name="ООО «Умный дом»",
        inn=legal_entity_inn("77", 12),
        legal_form="llc",
        region=Region.objects.get(code="77"),
        size="small",
    )
    return make_entry(
        Order,
        english={"name": "Sensor boards", "description": "Boards for room sensors."},
        relations={
            "capabilities": Capability.objects.filter(slug="pcb-assembly"),
            "materials": Material.objects.filter(slug="fr4"),
        },
        name="Платы датчиков",
        description="Платы для комнатных датчиков.",
        organization=buyer,
        batch_size=2000,
        target_date=NEEDED_BY,
        budget=1_500_000,
        region=Region.objects.get(code="50"),
        status="open",
    )


def test_an_order_page_shows_what_a_manufacturer_chooses_by_and_who_can_make_it(client, entries, order):
    english = soup(client.get(url(order, "en")))
    assert english.h1.get_text() == "Sensor boards"
    facts = english.select_one(".facts").get_text(" ", strip=True)
    for shown in (
        "Open",
        "PCB assembly",
        "FR-4 laminate",
        "2,000 pieces",
        "1,500,000 roubles",
        "Moscow Oblast",
    ):
        assert shown in facts, shown
    with translation.override("en"):
        assert date_format(NEEDED_BY, "j E Y") in facts
    assert url(order.organization, "en") in [a["href"] for a in english.select(".facts a")]
    makers = [a["href"] for a in english.select("#manufacturers-title ~ ul a")]
    assert makers == [url(entries["manufacturer"], "en")]

    russian = soup(client.get(url(order)))
    facts = russian.select_one(".facts").get_text(" ", strip=True)
    assert "2\xa0000 штук" in facts and "Открыт" in facts and date_format(NEEDED_BY, "j E Y") in facts


@pytest.mark.parametrize(
    "changes",
    [
        {"batch_size": 6000},  # more than Neurosensor makes at once
        {"buyer": "manufacturer"},  # nobody is offered its own order
        {"materials": ["titanium"]},  # none of the order's materials is Neurosensor's
        {"certifications": ["iso-13485"]},  # a certification Neurosensor lacks
    ],
)
def test_an_order_lists_only_manufacturers_that_can_take_it_and_are_not_its_buyer(
    client, entries, order, changes
):
    if changes.pop("buyer", None):
        order.organization = entries["organization"]
    if slugs := changes.pop("materials", None):
        order.materials.set(Material.objects.filter(slug__in=slugs))
    if slugs := changes.pop("certifications", None):
        order.certifications.set(Certification.objects.filter(slug__in=slugs))
    for name, value in changes.items():
        setattr(order, name, value)
    order.save()
    assert not soup(client.get(url(order))).select("#manufacturers-title")


def test_the_buyers_page_lists_its_orders(client, order):
    page = soup(client.get(url(order.organization)))
    assert [a["href"] for a in page.select("#orders-title ~ ul a")] == [url(order)]


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"batch_size": 0}, "batch_size"),
        ({"budget": 0}, "budget"),
        ({"target_date": datetime.date(timezone.localdate().year + 6, 1, 1)}, "target_date"),
    ],
)
def test_order_validation(order, changes, field):
    for name, value in changes.items():
        setattr(order, name, value)
    with pytest.raises(ValidationError) as error:
        order.full_clean()
    assert field in error.value.message_dict


def test_a_closed_order_keeps_its_past_target_date(order):
    order.status, order.target_date = "closed", timezone.localdate() - datetime.timedelta(days=200)
    order.full_clean()
