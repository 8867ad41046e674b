"""Editors' redirects (wagtail.contrib.redirects) answer before a 404."""

import pytest
from wagtail.contrib.redirects.models import Redirect

pytestmark = pytest.mark.django_db


def test_a_redirect_created_by_an_editor_leads_to_its_page(client, homes):
    Redirect.objects.create(old_path="/ru/old-home", redirect_page=homes["ru"], is_permanent=True)
    response = client.get("/ru/old-home/")
    assert response.status_code == 301
    assert response["Location"].endswith("/ru/")
