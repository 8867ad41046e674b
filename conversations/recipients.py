"""Who a message about a catalog entry reaches: the members of the entry's organization, in their cabinet
inbox; else the entry's public contact address (premises list one) by email; else nobody yet."""

from dataclasses import dataclass

from catalog.organizations import Organization


@dataclass(frozen=True)
class Recipient:
    organization: Organization | None
    email: str = ""


def recipient_of(entry) -> Recipient | None:
    entry = entry.source
    organization = entry if isinstance(entry, Organization) else entry.organization
    if organization is not None and organization.memberships.exists():
        return Recipient(organization)
    email = getattr(entry, "contact_email", "")
    if email:
        return Recipient(None, email)
    return None
