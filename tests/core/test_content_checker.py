"""Editors' accessibility checks: the stricter content checker, and alt text required on images."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.admin.userbar import AccessibilityItem, ContentCheckerItem, apply_userbar_hooks
from wagtail.images.forms import get_image_form
from wagtail.images.tests.utils import get_test_image_file

from core.content_checker import CONTENT_RULES, StrictContentChecker
from core.images import CustomImage
from tests.staff import sign_in_with_second_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", password="x")
    sign_in_with_second_factor(client, user)
    return user


@pytest.mark.parametrize("in_editor", [False, True])
def test_the_hook_swaps_wagtails_checker_for_the_strict_one(rf, in_editor):
    items = [AccessibilityItem(in_editor=in_editor)]
    apply_userbar_hooks(rf.get("/"), items, None)
    assert [type(item) for item in items] == [StrictContentChecker]
    assert items[0].in_editor is in_editor


def test_strict_rules_extend_wagtails_own():
    assert set(ContentCheckerItem.axe_run_only) < set(CONTENT_RULES)
    assert {"image-alt", "heading-order", "link-name", "empty-heading", "color-contrast"} <= set(
        CONTENT_RULES
    )


def test_userbar_on_the_site_runs_the_strict_rules(client, homes, editor):
    html = client.get(homes["ru"].url).content.decode()
    configuration = json.loads(re.search(r'id="[a-z-]*axe-configuration"[^>]*>(.*?)</script>', html).group(1))
    assert configuration["options"]["runOnly"] == CONTENT_RULES


def test_editors_checks_panel_runs_the_strict_rules(client, homes, editor):
    html = client.get(f"/admin/pages/{homes['ru'].pk}/edit/").content.decode()
    configuration = json.loads(re.search(r'id="[a-z-]*axe-configuration"[^>]*>(.*?)</script>', html).group(1))
    assert configuration["options"]["runOnly"] == CONTENT_RULES


def upload():
    return SimpleUploadedFile("technopark.png", get_test_image_file().file.getvalue(), "image/png")


def image_form(**data):
    return get_image_form(CustomImage)({"title": "Технопарк", **data}, {"file": upload()})


def test_image_without_alt_text_is_refused_unless_decorative(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    form = image_form()
    assert not form.is_valid()
    assert list(form.errors) == ["alt_text_ru"]
    assert not image_form(alt_text_ru="   ").is_valid()
    assert image_form(alt_text_ru="Здание технопарка").is_valid()
    assert image_form(is_decorative="on").is_valid()


def test_images_page_in_the_admin_shows_the_alt_text_error(client, editor, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    response = client.post("/admin/images/add/", {"title": "Технопарк", "file": upload()})
    assert response.status_code == 200
    assert "alt_text_ru" in response.context["form"].errors
    assert not CustomImage.objects.exists()
