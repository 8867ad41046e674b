"""Management commands that the run command relies on: they are safe to re-run."""

import re
import time
from io import StringIO

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.contrib.auth import authenticate
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from catalog.models import Manufacturer, Order, Organization, Premises, Project
from core.models import FooterLink
from home.models import (
    AccessibilityStatementPage,
    ClusterIndexPage,
    ClusterPage,
    HomeFeaturedMeasure,
    HomePage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
    SupportMeasureIndexPage,
    SupportMeasurePage,
)
from taxonomy.models import Audience, District, Industry, NewsTopic, Okrug, Region, Technology

pytestmark = pytest.mark.django_db


COUNTED = (
    Organization,
    Premises,
    Project,
    Manufacturer,
    Order,
    Page,
    HomePage,
    SupportMeasureIndexPage,
    SupportMeasurePage,
    ClusterIndexPage,
    ClusterPage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
    AccessibilityStatementPage,
    HomeFeaturedMeasure,
    FooterLink,
    Locale,
    Site,
    Industry,
    Technology,
    Audience,
    NewsTopic,
    Region,
    Okrug,
    District,
)


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED}


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_seed_demo_twice_leaves_the_same_content():
    """The whole demo, committed page by page as in a real run (wagtail-localize publishes on commit)."""
    out = StringIO()
    call_command("seed_demo", stdout=out)
    first = counts()
    call_command("seed_demo", stdout=StringIO())
    assert counts() == first
    assert "support measures: 200/200" in out.getvalue()
    # (pages, live pages) per language: one more measure is announced, scheduled to go live later.
    for model, expected in [
        (HomePage, (1, 1)),
        (SupportMeasurePage, (201, 200)),
        (ClusterPage, (12, 12)),
        (NewsPage, (60, 60)),
        (StandardPage, (3, 3)),
        (AccessibilityStatementPage, (1, 1)),
    ]:
        for language in ("ru", "en"):
            pages = model.objects.filter(locale__language_code=language)
            assert (pages.count(), pages.live().count()) == expected, (model, language)
    assert SupportMeasurePage.objects.filter(go_live_at__isnull=False, live=False).count() == 2
    for model, size in [
        (Organization, 35_000),
        (Premises, 1_900),
        (Project, 1_500),
        (Manufacturer, 550),
        (Order, 400),
    ]:
        for language in ("ru", "en"):
            assert model.objects.filter(locale__language_code=language).count() == size, (model, language)
    assert first["HomeFeaturedMeasure"] == 6
    assert first["Site"] == 1
    assert Site.objects.get().root_page.specific.locale.language_code == "ru"


def test_seed_demo_if_empty_leaves_an_edited_site_alone(homes):
    home = homes["ru"]
    home.title = "Отредактировано"
    home.save_revision().publish()
    before = counts()
    out = StringIO()
    call_command("seed_demo", "--if-empty", stdout=out)
    assert "already has content" in out.getvalue()
    assert HomePage.objects.get(pk=home.pk).title == "Отредактировано"
    assert counts() == before


def test_create_admin_prints_a_working_password_and_authenticator_key_once():
    out = StringIO()
    call_command("create_admin", stdout=out)
    password = re.search(r"admin@imoscow.local / (\S+)", out.getvalue()).group(1)
    assert authenticate(username="admin", password=password).is_superuser
    key = re.search(r"authenticator app\): ([A-Z2-7]+)", out.getvalue()).group(1)
    code = StringIO()
    call_command("admin_code", stdout=code)
    now = int(time.time()) // 30  # the period may turn between the command's reading and this one
    assert code.getvalue().strip() in {format_hotp_value(hotp_value(key, now - turn)) for turn in (0, 1)}

    again = StringIO()
    call_command("create_admin", stdout=again)
    assert "already exists" in again.getvalue()
    assert authenticate(username="admin", password=password) is not None


def test_taxonomies_are_loaded_by_the_migration_and_reloading_changes_nothing(taxonomies):
    before = counts()
    assert before["Region"] == 89
    assert before["District"] == 146
    assert Region.objects.get(code="77").name_en == "Moscow"
    assert District.objects.get(slug="arbat").okrug.code == "CAO"
    call_command("load_taxonomies", stdout=StringIO())
    assert counts() == before
