import datetime

import pytest
from django.core.cache import cache

from cabinet.models import Membership, Role
from catalog.models import Manufacturer, Organization
from taxonomy.models import Capability, Certification, Material, Region
from tests.cabinet.conftest import organizations, people, person, private_folder  # noqa: F401 (fixtures)
from tests.factories import make_entry


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """Rate-limit counts live in the cache, which outlives a test: each test starts with none."""
    cache.clear()


@pytest.fixture
def makers(organizations, people, django_capture_on_commit_callbacks):  # noqa: F811 (the fixtures above)
    """Two published manufacturers with members: «Робототехника Плюс» (its owner is people["stranger"]),
    which can take the order of the tests, and «Литпласт», which lacks its certification."""
    region = Region.objects.get(slug="moscow")
    litplast = make_entry(
        Organization, name="Литпласт", inn="7701234567", legal_form="llc", size="small", region=region
    )
    caster = person("owner@litplast.example")
    Membership.objects.create(user=caster, organization=litplast, role=Role.OWNER)
    with django_capture_on_commit_callbacks(execute=True):
        for organization, certifications in [
            (organizations["robots"], ["iso-9001"]),
            (litplast, []),
        ]:
            make_entry(
                Manufacturer,
                relations={
                    "capabilities": Capability.objects.filter(slug="cnc-machining"),
                    "materials": Material.objects.filter(slug__in=["aluminium", "steel"]),
                    "certifications": Certification.objects.filter(slug__in=certifications),
                },
                organization=organization,
                batch_min=10,
                batch_max=5000,
                lead_time_days=30,
                live=True,
            )
    return {"robots": organizations["robots"], "litplast": litplast, "caster": caster}


def order_answers(**changes) -> dict:
    answers = {
        "name": "Корпуса датчиков давления",
        "description": "Фрезерованные корпуса из алюминия АМг6, анодирование",
        "name_en": "",
        "description_en": "",
        "capabilities": list(Capability.objects.filter(slug="cnc-machining").values_list("pk", flat=True)),
        "materials": list(Material.objects.filter(slug="aluminium").values_list("pk", flat=True)),
        "certifications": list(Certification.objects.filter(slug="iso-9001").values_list("pk", flat=True)),
        "batch_size": "1 500",
        "target_date": (datetime.date.today() + datetime.timedelta(days=90)).isoformat(),
        "budget": "2 400 000",
        "region": Region.objects.get(slug="moscow").pk,
    }
    return {**answers, **changes}
