"""The demo's people: an owner who represents two organizations, a colleague of hers who has sent a change
of its profile for review, a director whose claim to a third organization waits for staff, and the owner of
a fourth, who writes to the first (conversations.demo). Safe to re-run: nobody is made twice."""

import secrets
from collections.abc import Callable

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from applications import file_types
from applications.storage import private_storage
from cabinet.changes import draft, send_for_review
from cabinet.models import Claim, ClaimLetter, Membership, Role
from catalog.entry import SOURCE_LANGUAGE
from catalog.models import Organization
from catalog.organizations import CompanySize

OWNER = ("irina.sokolova@demo.imoscow.local", "Ирина", "Соколова")
MEMBER = ("pavel.orlov@demo.imoscow.local", "Павел", "Орлов")
CLAIMANT = ("elena.belova@demo.imoscow.local", "Елена", "Белова")
PARTNER = ("andrey.kim@demo.imoscow.local", "Андрей", "Ким")
# A letter of authority as a claimant would scan it: a one-page PDF.
LETTER = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def _person(email: str, first_name: str, last_name: str, password: str):
    user = get_user_model().objects.create_user(
        email, email, password, first_name=first_name, last_name=last_name
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def _grown(organization: Organization, member) -> None:
    """The member reports that the company has grown: a change for the moderators' queue."""
    sizes = list(CompanySize.values)
    changed = draft(organization)
    changed.size = sizes[min(sizes.index(organization.size) + 1, len(sizes) - 1)]
    if changed.size == organization.size:
        changed.size = sizes[-2]
    send_for_review(changed, member, ["size"])


def seed_people(write: Callable[[str], None]) -> None:
    """Makes the demo's people once and prints their password (the same for the four) that one time."""
    if get_user_model().objects.filter(email=OWNER[0]).exists():
        write("  demo people exist already (a new password: manage.py changepassword <email>)")
        return
    organizations = list(
        Organization.objects.filter(locale__language_code=SOURCE_LANGUAGE).order_by("pk")[:4]
    )
    if len(organizations) < 4:
        write("  no organizations in the catalog: demo people not made")
        return
    password = secrets.token_urlsafe(9)
    owner, member, claimant, partner = (
        _person(*person, password) for person in (OWNER, MEMBER, CLAIMANT, PARTNER)
    )
    first, second, third, fourth = organizations
    Membership.objects.create(user=owner, organization=first, role=Role.OWNER)
    Membership.objects.create(user=owner, organization=second, role=Role.OWNER)
    Membership.objects.create(user=member, organization=first, role=Role.MEMBER)
    Membership.objects.create(user=partner, organization=fourth, role=Role.OWNER)
    claim = Claim.objects.create(user=claimant, organization=third, position="Генеральный директор")
    name = private_storage().save(f"claims/{claim.pk}/letter.pdf", ContentFile(LETTER))
    ClaimLetter.objects.create(
        claim=claim,
        stored_name=name,
        original_name="Доверенность.pdf",
        content_type=file_types.PDF.content_type,
        size=len(LETTER),
    )
    _grown(first, member)
    write(f"  {OWNER[0]}: owner of «{first.name}» and «{second.name}»")
    write(f"  {MEMBER[0]}: member of «{first.name}», whose change of its size waits for the moderators")
    write(f"  {CLAIMANT[0]}: claim to «{third.name}» waiting for staff")
    write(f"  {PARTNER[0]}: owner of «{fourth.name}»")
    write(f"  their password: {password}")
