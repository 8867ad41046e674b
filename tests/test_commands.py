"""Management commands that the run command relies on: they are safe to re-run."""

import re
from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from catalog.models import District, Industry, Okrug, Region, Technology
from home.models import HomePage

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Page, HomePage, Locale, Site, Industry, Technology, Region, Okrug, District)
    }


def test_seed_demo_twice_leaves_the_same_content():
    call_command("seed_demo", stdout=StringIO())
    first = counts()
    call_command("seed_demo", stdout=StringIO())
    assert counts() == first
    assert first["HomePage"] == 2
    assert first["Site"] == 1
    assert Site.objects.get().root_page.specific.locale.language_code == "ru"


def test_seed_demo_if_empty_leaves_an_edited_site_alone():
    call_command("seed_demo", stdout=StringIO())
    home = HomePage.objects.get(locale__language_code="ru")
    home.title = "Отредактировано"
    home.save_revision().publish()
    out = StringIO()
    call_command("seed_demo", "--if-empty", stdout=out)
    assert "already has content" in out.getvalue()
    assert HomePage.objects.get(pk=home.pk).title == "Отредактировано"


def test_create_admin_prints_a_working_password_once():
    out = StringIO()
    call_command("create_admin", stdout=out)
    password = re.search(r"admin / (\S+)", out.getvalue()).group(1)
    assert authenticate(username="admin", password=password).is_superuser

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
