"""The demo's people, as `seed_demo` makes them: believable, consistent with the catalog, made once."""

import pytest

from cabinet.demo import BUYER, CLAIMANT, MAKERS, MEMBER, OWNER, seed_people
from cabinet.models import Claim, ClaimStatus, Membership, Role

pytestmark = pytest.mark.django_db

exchange_people = [BUYER[0]] + [person[0] for person in MAKERS]


def test_an_owner_of_two_organizations_a_colleague_with_a_change_waiting_and_a_claim_waiting(
    demo_site, private_folder
):
    lines = []
    seed_people(lines.append)
    owned = Membership.objects.filter(user__email=OWNER[0], role=Role.OWNER)
    assert owned.count() == 2
    member = Membership.objects.get(user__email=MEMBER[0])
    assert member.role == Role.MEMBER and member.organization in {item.organization for item in owned}
    claim = Claim.objects.get(user__email=CLAIMANT[0])
    assert claim.status == ClaimStatus.PENDING
    assert claim.organization not in {item.organization for item in owned}
    assert (private_folder / claim.letters.get().stored_name).read_bytes().startswith(b"%PDF")
    organization = member.organization
    organization.refresh_from_db()
    assert organization.workflow_in_progress
    assert organization.get_latest_revision_as_object().size != organization.size
    password = lines[-1].rsplit(" ", 1)[-1]

    again = []
    seed_people(again.append)
    assert "exist already" in again[0]
    assert Membership.objects.exclude(user__email__in=exchange_people).count() == 4
    assert Claim.objects.count() == 1
    assert lines[-1] == f"  their password: {password}"
