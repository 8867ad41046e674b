import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from cabinet.models import Membership, Role
from catalog.models import Organization
from taxonomy.models import Region
from tests.factories import make_entry

PASSWORD = "Кабинет-организации-2026"


def person(email: str):
    user = get_user_model().objects.create_user(email, email, PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


@pytest.fixture
def organizations(homes, taxonomies, moderation, django_capture_on_commit_callbacks):
    fields = {"legal_form": "llc", "size": "small", "region": Region.objects.get(slug="moscow")}
    # Indexed, as after their editor's save: the catalog's search then finds them.
    with django_capture_on_commit_callbacks(execute=True):
        return {
            "quartz": make_entry(
                Organization, {"name": "Quartzline LLC"}, name="Кварцлайн", inn="7707083893", **fields
            ),
            "robots": make_entry(Organization, name="Робототехника Плюс", inn="7736207543", **fields),
        }


@pytest.fixture
def people(organizations):
    """An owner and a member of «Кварцлайн», the owner of another organization, and someone of none."""
    owner, member, stranger, outsider = (
        person(email)
        for email in (
            "owner@quartz.example",
            "member@quartz.example",
            "owner@robots.example",
            "new@mail.example",
        )
    )
    Membership.objects.create(user=owner, organization=organizations["quartz"], role=Role.OWNER)
    Membership.objects.create(user=member, organization=organizations["quartz"], role=Role.MEMBER)
    Membership.objects.create(user=stranger, organization=organizations["robots"], role=Role.OWNER)
    return {"owner": owner, "member": member, "stranger": stranger, "outsider": outsider}


@pytest.fixture
def private_folder(settings, tmp_path):
    """The private storage in a folder of this test's own: claims' letters are written there."""
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        },
    }
    return tmp_path
