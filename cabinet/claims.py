"""Claims to an organization: filed with their evidence in the private storage, decided by staff."""

import uuid

from django.db import transaction
from django.utils import timezone

from applications.storage import delete_files, private_storage
from cabinet.changes import publish_new
from cabinet.models import Claim, ClaimLetter, ClaimStatus, Membership, Role


def file_claim(user, organization, position: str, letters) -> Claim:
    """Stores the claim and its letters together: if anything fails, no row and no file stays behind."""
    storage, stored = private_storage(), []
    try:
        with transaction.atomic():
            claim = Claim.objects.create(user=user, organization=organization, position=position)
            for file, kind in letters:
                name = storage.save(f"claims/{claim.pk}/{uuid.uuid4().hex}{kind.extensions[0]}", file)
                stored.append(name)
                ClaimLetter.objects.create(
                    claim=claim,
                    stored_name=name,
                    original_name=file.name[:255],
                    content_type=kind.content_type,
                    size=file.size,
                )
            return claim
    except Exception:
        delete_files(stored)
        raise


def decide(claim: Claim, decision: str, reason: str, by) -> None:
    """Approving makes the claimant an owner of the organization (a claim speaks for the whole of it), and
    publishes an organization the claim added to the catalog."""
    with transaction.atomic():
        claim.status, claim.reason = decision, reason.strip()
        claim.decided_at, claim.decided_by = timezone.now(), by
        claim.save()
        if decision == ClaimStatus.APPROVED:
            publish_new(claim.organization, by)
            Membership.objects.update_or_create(
                user=claim.user, organization=claim.organization, defaults={"role": Role.OWNER}
            )
