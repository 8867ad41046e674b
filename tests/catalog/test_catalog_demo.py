"""The demo catalogs (catalog.demo): both languages, valid facts, deterministic, re-runnable.

Most tests share one small catalog (1% of the full size) built once per module with three cluster pages;
the full-size checks run the generators alone, without the database.
"""

import datetime
import re
from collections import Counter
from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from catalog import demo, demo_names, demo_places
from catalog.models import LegalForm, Manufacturer, Order, Organization, Premises, Project
from catalog.validators import inn_is_valid, ogrn_is_valid
from core.slugs import latin_slug
from home.models import ClusterIndexPage, ClusterPage
from home.site_setup import ensure_site
from taxonomy.loading import load_taxonomies, read_rows
from tests.conftest import publishing_at_once

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("taxonomies")]

SCALE = 0.01
MODELS = {
    "organizations": Organization,
    "premises": Premises,
    "projects": Project,
    "manufacturers": Manufacturer,
    "orders": Order,
}
GENERATORS = {
    "organizations": demo.organization,
    "premises": demo.premises,
    "projects": demo.project,
    "manufacturers": demo.manufacturer,
    "orders": demo.order,
}
CYRILLIC = re.compile("[\u0400-\u04ff]")
CLUSTER_INDUSTRIES = ("information-technology", "robotics", "fintech")
# Fields that differ between a Russian row and its English translation by design.
PER_ROW = {"id", "locale", "created", "updated"}


def _cluster_pages(home) -> list[ClusterPage]:
    from taxonomy.models import Industry

    index = home.add_child(instance=ClusterIndexPage(title="Кластеры", slug="clusters"))
    return [
        index.add_child(
            instance=ClusterPage(
                title=f"Кластер {number}",
                slug=f"cluster-{number}",
                industry=Industry.objects.get(slug=industry),
                summary="Кратко.",
                description="<p>Описание.</p>",
                goals="<ul><li>Цель</li></ul>",
                coordinator="Координатор",
            )
        )
        for number, industry in enumerate(CLUSTER_INDUSTRIES, start=1)
    ]


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """A 1% catalog with three cluster pages, built once in a transaction rolled back after the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_taxonomies()
        with publishing_at_once():
            homes = ensure_site(hostname="testserver", port=80)
        clusters = _cluster_pages(homes["ru"])
        lines = []
        plan = demo.seed_catalogs(write=lines.append, scale=SCALE)
        yield SimpleNamespace(plan=plan, lines=lines, clusters=clusters)
        transaction.set_rollback(True)


def _rows(model, language: str):
    return model.objects.filter(locale__language_code=language)


def _pairs(model):
    """(Russian row, English row) of every entry, matched by translation key."""
    english = {row.translation_key: row for row in _rows(model, "en")}
    return [(row, english[row.translation_key]) for row in _rows(model, "ru").order_by("pk")]


def _facts(row) -> dict:
    skipped = PER_ROW | set(row.text_fields)
    values = {f.attname: getattr(row, f.attname) for f in row._meta.concrete_fields if f.name not in skipped}
    for m2m in row._meta.many_to_many:
        values[m2m.name] = sorted(getattr(row, m2m.name).values_list("pk", flat=True))
    return values


def _sample(rows, count: int = 12) -> list:
    rows = list(rows)
    return rows[:: max(1, len(rows) // count)]


# --- Without cluster pages, and the command -----------------------------------------------------------


def test_without_cluster_pages_nobody_is_in_a_cluster_and_the_rest_is_the_same():
    # This test comes before the ones using `seeded`, whose transaction spans the rest of the module; were
    # the order changed, it would start by deleting that catalog (which takes several seconds).
    for model in MODELS.values():
        model.objects.all().delete()
    ClusterPage.objects.all().delete()
    lines = []
    plan = demo.seed_catalogs(write=lines.append, scale=0.002)
    assert plan.clusters == ()
    assert not Organization.clusters.through.objects.exists()
    assert not Project.objects.exclude(cluster=None).exists()
    assert _rows(Organization, "en").count() == plan.organizations == 70
    assert _rows(Manufacturer, "ru").count() == plan.manufacturers == demo.MINIMUM_SIZE
    with_clusters = demo.Plan.at_scale(0.002, plan.today, CLUSTER_INDUSTRIES)
    for index in range(plan.organizations):
        without, with_ = demo.organization(index, plan), demo.organization(index, with_clusters)
        assert (without.ru, without.en, without.facts) == (with_.ru, with_.en, with_.facts)


def test_seed_demo_seeds_pages_catalogs_people_then_search_documents_and_checks(monkeypatch):
    calls = []
    monkeypatch.setattr("marketplace.management.commands.seed_demo.seed", lambda write: calls.append("pages"))
    monkeypatch.setattr(
        "marketplace.management.commands.seed_demo.seed_catalogs",
        lambda write, scale: calls.append(f"catalogs ×{scale:g}"),
    )
    monkeypatch.setattr(
        "marketplace.management.commands.seed_demo.rebuild_all",
        lambda write: calls.append("search documents"),
    )
    monkeypatch.setattr(
        "marketplace.management.commands.seed_demo.rebuild_wagtail_index",
        lambda write: calls.append("wagtail index"),
    )
    monkeypatch.setattr(
        "marketplace.management.commands.seed_demo.check_all", lambda write: calls.append("content checks")
    )
    monkeypatch.setattr(
        "marketplace.management.commands.seed_demo.seed_people", lambda write: calls.append("people")
    )
    monkeypatch.setattr(
        "marketplace.management.commands.seed_demo.seed_conversations",
        lambda write: calls.append("conversations"),
    )
    monkeypatch.setattr(
        "marketplace.management.commands.seed_demo.seed_alerts", lambda write: calls.append("alerts")
    )
    monkeypatch.setattr(
        "marketplace.management.commands.seed_demo.seed_exchange", lambda write: calls.append("exchange")
    )
    out = StringIO()
    call_command("seed_demo", stdout=out)
    assert calls == [
        "pages",
        "catalogs ×1",
        "people",
        "conversations",
        "alerts",
        "exchange",
        "search documents",
        "wagtail index",
        "content checks",
    ]
    assert "[3/9] catalogs…" in out.getvalue()
    calls.clear()
    call_command("seed_demo", "--scale", "10", stdout=out)
    assert "catalogs ×10" in calls
    for wrong in ("0", "-1", "21"):
        with pytest.raises(CommandError, match="--scale"):
            call_command("seed_demo", "--scale", wrong, stdout=out)


@pytest.mark.slow
def test_ten_times_the_organizations_still_have_names_of_their_own():
    """Past i.Moscow's size an industry's names run out: then a region sets a company's name apart."""
    identities = demo.Plan.at_scale(10, timezone.localdate()).identities
    assert len(identities) == 350_000
    for language in ("ru", "en"):
        names = [getattr(identity, f"name_{language}") for identity in identities]
        assert len(set(names)) == len(names)
    assert any(identity.name_en.endswith(" Ural LLC") for identity in identities)


# --- The seeded catalog ---------------------------------------------------------------------------------


def test_every_catalog_has_its_planned_size_in_both_languages(seeded):
    plan = seeded.plan
    for label, model in MODELS.items():
        size = getattr(plan, label)
        assert _rows(model, "ru").count() == _rows(model, "en").count() == size, label
        keys = {
            language: set(_rows(model, language).values_list("translation_key", flat=True))
            for language in ("ru", "en")
        }
        assert keys["ru"] == keys["en"], label
        assert f"  {label}: {size}/{size}" in seeded.lines
    assert (plan.organizations, plan.premises, plan.projects, plan.manufacturers, plan.orders) == (
        350,
        19,
        15,
        6,
        5,
    )


def test_english_rows_have_english_text_and_russian_rows_russian_names(seeded):
    for model in MODELS.values():
        for russian, english in _pairs(model):
            for name in model.text_fields:
                text = getattr(english, name)
                assert not CYRILLIC.search(text), (model.__name__, name, text)
                assert bool(text) == bool(getattr(russian, name)), (model.__name__, name)
            if model is Manufacturer:  # named after its organization
                name, english_name = russian.organization.name, None
            else:
                name, english_name = getattr(russian, model.name_field), getattr(english, model.name_field)
            assert CYRILLIC.search(name), name
            assert english.slug == russian.slug == latin_slug(name)
            assert english_name != name


def test_translations_share_every_fact_and_link_to_russian_rows(seeded):
    for model in MODELS.values():
        for russian, english in _pairs(model):
            assert _facts(english) == _facts(russian), (model.__name__, russian.pk)
    ru = Locale.objects.get(language_code="ru")
    linked = [*Project.objects.exclude(organization=None), *Manufacturer.objects.all(), *Order.objects.all()]
    assert linked and all(row.organization.locale_id == ru.pk for row in linked)
    cluster_ids = {page.pk for page in seeded.clusters}
    members = Organization.clusters.through.objects.values_list("clusterpage_id", flat=True)
    assert members and set(members) <= cluster_ids
    assert set(Project.objects.exclude(cluster=None).values_list("cluster_id", flat=True)) <= cluster_ids


def test_a_sample_of_rows_in_both_languages_passes_full_clean(seeded):
    for model in MODELS.values():
        for language in ("ru", "en"):
            sample = _sample(_rows(model, language).order_by("pk"))
            assert sample
            for row in sample:
                row.full_clean()


def test_identifiers_are_valid_and_unique_per_locale(seeded):
    for language in ("ru", "en"):
        rows = list(_rows(Organization, language).values_list("inn", "ogrn", "legal_form", "region__code"))
        assert len({inn for inn, *_ in rows}) == len(rows)
        for inn, ogrn, legal_form, region in rows:
            sole = legal_form == LegalForm.SOLE_PROPRIETOR
            assert inn_is_valid(inn) and len(inn) == (12 if sole else 10)
            assert ogrn_is_valid(ogrn) and len(ogrn) == (15 if sole else 13)
            assert inn.startswith(region)


def test_roles_clusters_and_links_follow_the_rules(seeded):
    organizations = _rows(Organization, "ru")
    roles = Counter(organizations.values_list("roles__slug", flat=True))
    assert roles["participant"] > organizations.count() * 0.7
    for row in _rows(Manufacturer, "ru"):
        assert row.organization.roles.filter(slug="manufacturer").exists()
    for row in _rows(Project, "ru").exclude(organization=None):
        assert row.organization.roles.filter(slug="participant").exists()
    for row in _rows(Order, "ru"):
        buyer_roles = set(row.organization.roles.values_list("slug", flat=True))
        assert "participant" in buyer_roles and "manufacturer" not in buyer_roles
    in_clusters = organizations.exclude(clusters=None).distinct().count()
    assert 0.2 < in_clusters / organizations.count() < 0.4
    assert all(1 <= row.clusters.count() <= 2 for row in organizations.exclude(clusters=None).distinct())


def test_the_database_holds_what_the_generators_make(seeded):
    """So two fresh runs, which run the same (deterministic) generators, write the same data."""
    plan = seeded.plan
    for label, generate in GENERATORS.items():
        model = MODELS[label]
        for index in range(0, getattr(plan, label), 3):
            entry = generate(index, plan)
            for language in ("ru", "en"):
                row = model.objects.get(translation_key=entry.key, locale__language_code=language)
                assert {name: getattr(row, name) for name in model.text_fields} == getattr(entry, language)
                assert {name: getattr(row, name) for name in entry.facts} == entry.facts


def test_seeding_again_changes_nothing(seeded):
    before = {label: model.objects.count() for label, model in MODELS.items()}
    lines = []
    demo.seed_catalogs(write=lines.append, scale=SCALE)
    assert {label: model.objects.count() for label, model in MODELS.items()} == before
    assert lines == [f"  {label}: already there ({count // 2})" for label, count in before.items()]


# --- The generators alone -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def full_plan():
    return demo.Plan(today=timezone.localdate(), clusters=CLUSTER_INDUSTRIES)


@pytest.fixture(scope="module")
def full_organizations(full_plan):
    return [demo.organization(index, full_plan) for index in range(full_plan.organizations)]


def test_full_scale_organizations_come_from_81_regions_mostly_moscow(full_organizations):
    regions = Counter(entry.refs["region"] for entry in full_organizations)
    assert len(full_organizations) == 35_000
    assert len(regions) == len(demo.demo_regions()) == 81
    (first, moscow), (_, second) = regions.most_common(2)
    assert first == "77" and moscow > 5 * second


def test_full_scale_identifiers_are_valid_and_unique(full_organizations):
    inns = [entry.facts["inn"] for entry in full_organizations]
    assert len(set(inns)) == len(inns)
    for entry in full_organizations:
        inn, ogrn = entry.facts["inn"], entry.facts["ogrn"]
        sole = entry.facts["legal_form"] == LegalForm.SOLE_PROPRIETOR
        assert inn_is_valid(inn) and len(inn) == (12 if sole else 10) and inn.startswith(entry.refs["region"])
        assert ogrn_is_valid(ogrn) and len(ogrn) == (15 if sole else 13)


def test_full_scale_roles_and_memberships_have_the_planned_shares(full_plan, full_organizations):
    count = len(full_organizations)
    roles = Counter(role for entry in full_organizations for role in entry.many["roles"])
    assert roles["manufacturer"] == full_plan.manufacturers == 550
    for role, share in [("investor", 0.03), ("industrial-partner", 0.05), ("partner", 0.08)]:
        assert abs(roles[role] / count - share) < 0.01, role
    assert roles["participant"] > 0.8 * count
    in_clusters = sum(1 for entry in full_organizations if entry.many["clusters"])
    assert abs(in_clusters / count - 0.3) < 0.02
    for index in full_plan.manufacturer_organizations:
        assert "manufacturer" in full_organizations[index].many["roles"]
    for index in range(full_plan.projects):
        owner = demo.project(index, full_plan).refs["organization"]
        assert full_organizations[owner].many["roles"][0] == "participant"


@pytest.fixture(scope="module")
def full_projects(full_plan):
    return [demo.project(index, full_plan) for index in range(full_plan.projects)]


def test_full_scale_organization_names_are_unique_and_say_what_the_organization_does(full_organizations):
    for language in ("ru", "en"):
        names = [getattr(entry, language)["name"] for entry in full_organizations]
        assert len(set(names)) == len(names) == 35_000, Counter(names).most_common(3)
    institutions = {
        name[0]: name[3]
        for form in ("state_institution", "non_profit")
        for name in demo._institution_names(form)
    }
    for entry in full_organizations:
        name, (main, *others) = entry.ru["name"], entry.many["industries"]
        assert set(others) <= set(demo._RELATED_INDUSTRIES[main]), (name, main, others)
        assert not CYRILLIC.search(entry.en["name"]), entry.en["name"]
        form = entry.facts["legal_form"]
        if form in (LegalForm.LLC, LegalForm.JSC, LegalForm.PJSC):
            # «Меридиан Фарма» / "Meridian Pharma LLC": one name in two languages, from the main industry.
            inner = name.split("«", 1)[1].removesuffix("»")
            assert (inner, entry.en["name"].rsplit(" ", 1)[0]) in demo._company_names(main), (name, main)
        elif form == LegalForm.SOLE_PROPRIETOR:
            assert name.startswith("ИП ") and entry.en["name"].startswith("Sole proprietor ")
        else:
            assert institutions[name] == main, (name, main)
        industry_ru = demo._names("industries.csv")[main][0]
        assert industry_ru.lower() in entry.ru["description"].lower(), (name, main)


def test_full_scale_projects_fit_their_organization_industry_and_technologies(
    full_plan, full_organizations, full_projects
):
    technology_names = demo._names("technologies.csv")
    for entry in full_projects:
        owner = full_organizations[entry.refs["organization"]]
        industry = entry.refs["industry"]
        assert entry.facts["year"] >= owner.facts["founded"], (entry.ru["name"], owner.ru["name"])
        assert industry in owner.many["industries"]
        assert entry.many["technologies"] and set(entry.many["technologies"]) <= set(
            demo._TECHNOLOGIES[industry]
        )
        for slug in entry.many["technologies"]:
            ru, en = technology_names[slug]
            assert (
                demo._lower_first(ru) in entry.ru["description"]
                and demo._lower_first(en) in entry.en["description"]
            )
        products = demo._PRODUCTS[industry]
        assert any(entry.ru["name"].endswith(ru) and entry.en["name"].endswith(en) for ru, en in products)
        if entry.refs["cluster"] is not None:
            assert full_plan.clusters[entry.refs["cluster"]] == industry


def test_full_scale_premises_at_one_address_share_a_point_inside_their_okrug(full_plan):
    okrug_of = {row["slug"]: row["okrug_code"] for row in read_rows("moscow_districts.csv")}
    buildings = {}
    for index in range(full_plan.premises):
        entry = demo.premises(index, full_plan)
        okrug, point = entry.refs["okrug"], (entry.facts["latitude"], entry.facts["longitude"])
        assert okrug_of[entry.refs["district"]] == okrug
        south, north, west, east = demo_places.OKRUG_BOXES[okrug]
        assert south <= point[0] <= north and west <= point[1] <= east, (entry.ru["address"], okrug, point)
        buildings.setdefault(entry.ru["address"], set()).add((point, entry.ru["owner"], entry.en["address"]))
    assert all(len(found) == 1 for found in buildings.values()), [
        a for a, f in buildings.items() if len(f) > 1
    ]
    assert len(buildings) < full_plan.premises / 2, "premises share buildings, as in real technoparks"


def test_full_scale_facts_stay_in_their_ranges(full_plan):
    today = full_plan.today
    for index in range(full_plan.premises):
        facts = demo.premises(index, full_plan).facts
        assert 10 <= facts["area"] <= 5000 and 500 <= facts["rent"] <= 4000
        assert facts["available_from"] is None or abs((facts["available_from"] - today).days) <= 90
    for index in range(full_plan.projects):
        entry = demo.project(index, full_plan)
        assert 2015 <= entry.facts["year"] <= today.year and len(entry.many["technologies"]) <= 4
    for index in range(full_plan.manufacturers):
        entry = demo.manufacturer(index, full_plan)
        assert 1 <= entry.facts["batch_min"] <= entry.facts["batch_max"]
        assert 5 <= entry.facts["lead_time_days"] <= 120
        assert 1 <= len(entry.many["capabilities"]) <= 4
        assert len(entry.many["materials"]) <= 4 and len(entry.many["certifications"]) <= 3


@pytest.fixture(scope="module")
def full_orders(full_plan):
    return [demo.order(index, full_plan) for index in range(full_plan.orders)]


def test_full_scale_orders_have_titles_of_their_own_and_ask_for_what_makes_them(full_orders):
    assert len(full_orders) == 400
    for language in ("ru", "en"):
        names = [getattr(entry, language)["name"] for entry in full_orders]
        assert len(set(names)) == len(names), Counter(names).most_common(3)
    capability_names, material_names = demo._names("capabilities.csv"), demo._names("materials.csv")
    for entry in full_orders:
        product = next(p for p in demo._ORDER_PRODUCTS if entry.ru["name"].startswith(p.ru + " "))
        assert entry.en["name"].startswith(product.en + " ")
        assert entry.many["capabilities"] == product.capabilities
        assert set(entry.many["materials"]) <= set(product.materials)
        assert bool(entry.many["materials"]) == bool(product.materials)
        for slug in entry.many["capabilities"]:
            ru, en = capability_names[slug]
            assert demo._lower_first(ru) in entry.ru["description"]
            assert demo._lower_first(en) in entry.en["description"]
        for slug in entry.many["materials"]:
            # «…из алюминия» / "… in aluminium" in the title, and the material named in the text.
            assert f" из {demo._MATERIALS_GENITIVE[slug]}," in entry.ru["name"]
            assert f" in {demo._lower_first(material_names[slug][1])}," in entry.en["name"]
            assert demo._lower_first(material_names[slug][0]) in entry.ru["description"]
        assert set(entry.many["certifications"]) <= {*product.certifications, "iso-9001"}
        assert entry.facts["batch_size"] in product.batches
        if entry.facts["budget"] is not None:
            per_piece = entry.facts["budget"] / entry.facts["batch_size"]
            low, high = product.price
            assert low / 2 <= per_piece <= high * 2, (entry.ru["name"], entry.facts)


def test_full_scale_orders_come_from_participants_and_are_open_until_their_date(full_plan, full_orders):
    today = full_plan.today
    manufacturers = full_plan.manufacturer_set
    for entry in full_orders:
        buyer = entry.refs["organization"]
        assert buyer not in manufacturers and demo._main_role(buyer) == "participant"
        target = entry.facts["target_date"]
        if entry.facts["status"] == "open":
            assert today < target <= today + datetime.timedelta(days=270)
            assert "нужна к" in entry.ru["description"]
        else:
            assert today - datetime.timedelta(days=365) <= target < today
            assert entry.ru["description"].count("Заказ закрыт") == 1
    opened = sum(entry.facts["status"] == "open" for entry in full_orders) / len(full_orders)
    assert 0.6 < opened < 0.72
    budgets = sum(entry.facts["budget"] is not None for entry in full_orders) / len(full_orders)
    assert 0.5 < budgets < 0.7
    regions = Counter(entry.refs["region"] for entry in full_orders)
    assert regions.most_common(1)[0][0] == "77" and len(regions) > 5


def test_generation_is_deterministic():
    today = datetime.date(2026, 3, 2)

    def generate():
        plan = demo.Plan.at_scale(0.02, today, CLUSTER_INDUSTRIES)
        return [
            make(index, plan) for label, make in GENERATORS.items() for index in range(getattr(plan, label))
        ]

    first, second = generate(), generate()
    assert first == second
    assert len({entry.key for entry in first}) == len(first)
    assert len({entry.ru.get("description") for entry in first}) > len(first) / 2


def test_the_vocabulary_uses_only_known_taxonomy_slugs():
    def slugs(filename):
        return {row["slug"] for row in read_rows(filename)}

    industries = slugs("industries.csv")
    assert set(demo._PRODUCTS) == set(demo._INDUSTRY_WEIGHTS) == industries
    assert set(demo._CAPABILITIES) == set(demo._MANUFACTURING_INDUSTRY_WEIGHTS) <= industries
    assert {slug for pool in demo._CAPABILITIES.values() for slug in pool} <= slugs("capabilities.csv")
    assert set(demo._MATERIALS) == slugs("capabilities.csv")
    assert {slug for pool in demo._MATERIALS.values() for slug in pool} <= slugs("materials.csv")
    certifications = {slug for pool in demo._CERTIFICATIONS.values() for slug in pool}
    assert certifications | set(demo._COMMON_CERTIFICATIONS) <= slugs("certifications.csv")
    features = slugs("premises_features.csv")
    assert all(set(spec[-1]) <= features for spec in demo._PREMISES_KINDS.values())
    districts = slugs("moscow_districts.csv")
    assert {park[2] for park in demo_places.TECHNOPARKS} <= districts
    assert {street[2] for street in demo_places.STREETS} <= districts
    assert {field[2] for field in demo_names.RESEARCH_FIELDS} <= industries
    assert set(demo_names.DESCRIPTORS) == set(demo_names.HEADS) == industries
    assert (
        set(demo._RELATED_INDUSTRIES)
        == set(demo._TECHNOLOGIES)
        == set(demo._CUSTOMERS_BY_INDUSTRY)
        == industries
    )
    assert {slug for related in demo._RELATED_INDUSTRIES.values() for slug in related} <= industries
    assert {slug for pool in demo._TECHNOLOGIES.values() for slug in pool} <= slugs("technologies.csv")
    assert {key for keys in demo._CUSTOMERS_BY_INDUSTRY.values() for key in keys} <= set(demo._CUSTOMERS)
    okrugs = {row["okrug_code"] for row in read_rows("moscow_districts.csv")}
    assert set(demo_places.OKRUG_BOXES) == okrugs
    assert set(demo._WORK) == slugs("capabilities.csv")
    assert set(demo._MATERIALS_GENITIVE) == slugs("materials.csv")
    for product in demo._ORDER_PRODUCTS:
        assert set(product.industries) <= industries
        # A product is made of what its capabilities work with.
        workable = {
            material for capability in product.capabilities for material in demo._MATERIALS[capability]
        }
        assert set(product.materials) <= workable, product.en
        assert set(product.certifications) <= slugs("certifications.csv")
        assert product.price[0] < product.price[1] and product.batches
