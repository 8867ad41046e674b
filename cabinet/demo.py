"""The demo's people: an owner who represents two organizations, a colleague of hers who has sent a change
of its profile for review, a director whose claim to a third organization waits for staff, and the owner of
a fourth, who writes to the first (conversations.demo); and for the manufacturing exchange (marketplace.demo),
the buyer of an open order and the owners of two manufacturers that can take it. Safe to re-run: nobody is
made twice, and the people of a run share one password, printed that one time."""

import secrets
from collections.abc import Callable

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from applications import file_types
from applications.storage import private_storage
from cabinet.changes import draft, send_for_review
from cabinet.models import Claim, ClaimLetter, Membership, Role
from catalog.entry import SOURCE_LANGUAGE, published
from catalog.models import Order, Organization
from catalog.orders import OrderStatus
from catalog.organizations import CompanySize
from catalog.relations import matching_manufacturers

OWNER = ("irina.sokolova@demo.imoscow.local", "Ирина", "Соколова")
MEMBER = ("pavel.orlov@demo.imoscow.local", "Павел", "Орлов")
CLAIMANT = ("elena.belova@demo.imoscow.local", "Елена", "Белова")
PARTNER = ("andrey.kim@demo.imoscow.local", "Андрей", "Ким")
BUYER = ("olga.nikitina@demo.imoscow.local", "Ольга", "Никитина")
MAKERS = (
    ("maxim.volkov@demo.imoscow.local", "Максим", "Волков"),
    ("svetlana.lebedeva@demo.imoscow.local", "Светлана", "Лебедева"),
)
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
    password = secrets.token_urlsafe(9)
    made = _seed_organizations_people(write, password) + _seed_exchange_people(write, password)
    if made:
        write(f"  their password: {password}")


def _seed_organizations_people(write: Callable[[str], None], password: str) -> int:
    if get_user_model().objects.filter(email=OWNER[0]).exists():
        write("  demo people exist already (a new password: manage.py changepassword <email>)")
        return 0
    organizations = list(
        Organization.objects.filter(locale__language_code=SOURCE_LANGUAGE).order_by("pk")[:4]
    )
    if len(organizations) < 4:
        write("  no organizations in the catalog: demo people not made")
        return 0
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
    return 4


def exchange_order() -> tuple[Order, list] | None:
    """The first open order (by its date) that at least two manufacturers can take, with those
    manufacturers' profiles; none of their organizations is represented yet."""
    represented = Membership.objects.values("organization")
    orders = (
        published(Order)
        .filter(status=OrderStatus.OPEN)
        .exclude(organization__in=represented)
        .order_by("target_date", "pk")
    )
    for order in orders[:200]:
        makers = list(
            matching_manufacturers(order)
            .exclude(organization__in=represented)
            .select_related("organization")
            .order_by("organization__name")[: len(MAKERS)]
        )
        if len(makers) == len(MAKERS):
            return order, makers
    return None


def _seed_exchange_people(write: Callable[[str], None], password: str) -> int:
    if get_user_model().objects.filter(email=BUYER[0]).exists():
        return 0
    found = exchange_order()
    if found is None:
        write("  no open order that two manufacturers can take: the exchange's people not made")
        return 0
    order, makers = found
    buyer = _person(*BUYER, password)
    Membership.objects.create(user=buyer, organization=order.organization, role=Role.OWNER)
    write(f"  {BUYER[0]}: owner of «{order.organization.name}», which ordered «{order.name}»")
    for person, maker in zip(MAKERS, makers, strict=True):
        user = _person(*person, password)
        Membership.objects.create(user=user, organization=maker.organization, role=Role.OWNER)
        write(f"  {person[0]}: owner of «{maker.organization.name}», which can take it")
    return 1 + len(MAKERS)
