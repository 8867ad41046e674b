"""Who may open each address that shows an organization's or a person's private data: anonymous visitors,
someone signed in with no organization, another organization's owner, a member, the owner and staff. Ids are
the real ones, so a guessed id gets the same answer as a forbidden one."""

from datetime import timedelta

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone

from alerts import tokens
from alerts.models import FollowedMeasure, SavedSearch
from cabinet.models import Claim, ClaimLetter, Invitation, Membership
from catalog.models import Manufacturer, Order, Organization, Premises, Project
from conversations.models import Conversation, Message, MessageFile
from marketplace.models import OrderFile, Quote, QuoteFile
from taxonomy.models import Capability, District, Industry, Region
from tests.factories import make_entry, make_measure, measure_index
from tests.staff import sign_in_with_second_factor

pytestmark = pytest.mark.django_db
WHO = ("anonymous", "outsider", "stranger", "member", "owner", "staff")
SIGN_IN = "sign in"
DENIED = "denied"  # the admin refuses (a redirect to its sign-in or 403): nothing of the page is shown

# Per address: the answer for each of WHO.
MATRIX = {
    "cabinet": ("GET", "/ru/cabinet/", (SIGN_IN, 200, 200, 200, 200, 200)),
    "claim form": ("GET", "/ru/cabinet/claim/", (SIGN_IN, 200, 200, 200, 200, 200)),
    "delete account": ("GET", "/ru/accounts/delete/", (SIGN_IN, 200, 200, 200, 200, 200)),
    "email addresses": ("GET", "/ru/accounts/email/", (SIGN_IN, 200, 200, 200, 200, 200)),
    "password change": ("GET", "/ru/accounts/password/change/", (SIGN_IN, 200, 200, 200, 200, 200)),
    "two-factor authentication": ("GET", "/ru/accounts/2fa/", (SIGN_IN, 200, 200, 200, 200, 200)),
    "organization": ("GET", "/ru/cabinet/organizations/{quartz}/", (SIGN_IN, 404, 404, 200, 200, 404)),
    "organization, guessed id": (
        "GET",
        "/ru/cabinet/organizations/{missing}/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "remove a member": (
        "POST",
        "/ru/cabinet/organizations/{quartz}/members/{membership}/remove/",
        (SIGN_IN, 404, 404, 404, 302, 404),
    ),
    "remove a member of another organization": (
        "POST",
        "/ru/cabinet/organizations/{quartz}/members/{other_membership}/remove/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "invite a colleague": (
        "POST",
        "/ru/cabinet/organizations/{quartz}/invite/",
        (SIGN_IN, 404, 404, 404, 200, 404),
    ),
    "an invitation to someone else": (
        "GET",
        "/ru/cabinet/invitations/{token}/",
        (SIGN_IN, 403, 403, 403, 403, 403),
    ),
    "an invitation, guessed token": (
        "GET",
        "/ru/cabinet/invitations/guessed/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "organization's profile form": (
        "GET",
        "/ru/cabinet/organizations/{quartz}/profile/",
        (SIGN_IN, 404, 404, 200, 200, 404),
    ),
    "send a profile change": (
        "POST",
        "/ru/cabinet/organizations/{quartz}/profile/",
        (SIGN_IN, 404, 404, 400, 400, 404),
    ),
    "new project form": (
        "GET",
        "/ru/cabinet/organizations/{quartz}/projects/new/",
        (SIGN_IN, 404, 404, 200, 200, 404),
    ),
    "the organization's project": (
        "GET",
        "/ru/cabinet/organizations/{quartz}/projects/{project}/",
        (SIGN_IN, 404, 404, 200, 200, 404),
    ),
    "another organization's project through this one": (
        "GET",
        "/ru/cabinet/organizations/{quartz}/projects/{other_project}/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "send a change to another organization's project": (
        "POST",
        "/ru/cabinet/organizations/{quartz}/projects/{other_project}/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "new premises form": (
        "GET",
        "/ru/cabinet/organizations/{quartz}/premises/new/",
        (SIGN_IN, 404, 404, 200, 200, 404),
    ),
    "the organization's premises": (
        "GET",
        "/ru/cabinet/organizations/{quartz}/premises/{premises}/",
        (SIGN_IN, 404, 404, 200, 200, 404),
    ),
    "another organization's premises through this one": (
        "GET",
        "/ru/cabinet/organizations/{quartz}/premises/{other_premises}/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "manufacturing profile form": (
        "GET",
        "/ru/cabinet/organizations/{quartz}/manufacturing/",
        (SIGN_IN, 404, 404, 200, 200, 404),
    ),
    "new order form": (
        "GET",
        "/ru/cabinet/organizations/{quartz}/orders/new/",
        (SIGN_IN, 404, 404, 200, 200, 404),
    ),
    "the organization's order": (
        "GET",
        "/ru/cabinet/organizations/{quartz}/orders/{order}/",
        (SIGN_IN, 404, 404, 200, 200, 404),
    ),
    "another organization's order through this one": (
        "GET",
        "/ru/cabinet/organizations/{quartz}/orders/{other_order}/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "quote form of an order": (
        "GET",
        "/ru/cabinet/exchange/orders/{order}/quote/",
        (SIGN_IN, 200, 200, 200, 200, 200),
    ),
    "send a quote": (
        "POST",
        "/ru/cabinet/exchange/orders/{order}/quote/",
        (SIGN_IN, 403, 400, 403, 403, 403),
    ),
    "quote form, guessed order id": (
        "GET",
        "/ru/cabinet/exchange/orders/{missing_order}/quote/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "quotes of the organization's order": (
        "GET",
        "/ru/cabinet/exchange/orders/{order}/quotes/",
        (SIGN_IN, 404, 404, 200, 200, 404),
    ),
    "quotes of another organization's order": (
        "GET",
        "/ru/cabinet/exchange/orders/{other_order}/quotes/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "accept a quote": (
        "GET",
        "/ru/cabinet/exchange/orders/{order}/quotes/{quote}/accept/",
        (SIGN_IN, 404, 404, 200, 200, 404),
    ),
    "accept a quote for another order through this one": (
        "POST",
        "/ru/cabinet/exchange/orders/{order}/quotes/{other_quote}/accept/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "ask the manufacturer of a quote": (
        "GET",
        "/ru/cabinet/exchange/orders/{order}/quotes/{quote}/ask/",
        (SIGN_IN, 404, 404, 200, 200, 404),
    ),
    "a file of a quote": (
        "GET",
        "/ru/cabinet/exchange/orders/{order}/quotes/{quote}/files/{quote_file}/",
        (SIGN_IN, 404, 200, 200, 200, 200),
    ),
    "a file of another order's quote through this one": (
        "GET",
        "/ru/cabinet/exchange/orders/{order}/quotes/{quote}/files/{other_quote_file}/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "a drawing of an order (the buyer has not answered the manufacturer)": (
        "GET",
        "/ru/cabinet/exchange/orders/{order}/files/{order_file}/",
        (SIGN_IN, 404, 404, 200, 200, 200),
    ),
    "a drawing of another order through this one": (
        "GET",
        "/ru/cabinet/exchange/orders/{order}/files/{other_order_file}/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "add drawings to an order": (
        "POST",
        "/ru/cabinet/exchange/orders/{order}/files/",
        (SIGN_IN, 404, 404, 302, 302, 404),
    ),
    "close an order without choosing": (
        "POST",
        "/ru/cabinet/exchange/orders/{order}/close/",
        (SIGN_IN, 404, 404, 302, 302, 404),
    ),
    "close another organization's order": (
        "POST",
        "/ru/cabinet/exchange/orders/{other_order}/close/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "delete a drawing of an order": (
        "POST",
        "/ru/cabinet/exchange/orders/{order}/files/{order_file}/delete/",
        (SIGN_IN, 404, 404, 302, 302, 404),
    ),
    "new orders by email": ("GET", "/ru/cabinet/exchange/new-orders/", (SIGN_IN, 200, 200, 200, 200, 200)),
    "messages": ("GET", "/ru/cabinet/messages/", (SIGN_IN, 200, 200, 200, 200, 200)),
    "contact form of an organization": (
        "GET",
        "/ru/cabinet/messages/new/organizations/{quartz}/",
        (SIGN_IN, 200, 200, 200, 200, 200),
    ),
    "a conversation": (
        "GET",
        "/ru/cabinet/messages/{conversation}/",
        (SIGN_IN, 404, 200, 200, 200, 404),
    ),
    "answer in a conversation": (
        "POST",
        "/ru/cabinet/messages/{conversation}/",
        (SIGN_IN, 404, 200, 200, 200, 404),
    ),
    "a conversation between two other organizations": (
        "GET",
        "/ru/cabinet/messages/{other_conversation}/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "a conversation, guessed id": (
        "GET",
        "/ru/cabinet/messages/{missing_conversation}/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "a file in a conversation": (
        "GET",
        "/ru/cabinet/messages/{conversation}/files/{message_file}/",
        (SIGN_IN, 404, 200, 200, 200, 404),
    ),
    "a file of another conversation through this one": (
        "GET",
        "/ru/cabinet/messages/{conversation}/files/{other_message_file}/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "report a message of the other side": (
        "POST",
        "/ru/cabinet/messages/{conversation}/messages/{message}/report/",
        (SIGN_IN, 404, 404, 302, 302, 404),
    ),
    "saved searches and reminders": ("GET", "/ru/cabinet/alerts/", (SIGN_IN, 200, 200, 200, 200, 200)),
    "change the member's saved search": (
        "POST",
        "/ru/cabinet/alerts/{saved_search}/",
        (SIGN_IN, 404, 404, 400, 404, 404),
    ),
    "delete the member's saved search": (
        "POST",
        "/ru/cabinet/alerts/{saved_search}/delete/",
        (SIGN_IN, 404, 404, 302, 404, 404),
    ),
    "delete a saved search, guessed id": (
        "POST",
        "/ru/cabinet/alerts/{missing_saved_search}/delete/",
        (SIGN_IN, 404, 404, 404, 404, 404),
    ),
    "stop the member's deadline reminders": (
        "POST",
        "/ru/cabinet/alerts/unfollow/{followed_measure}/",
        (SIGN_IN, 404, 404, 302, 404, 404),
    ),
    "stop a saved search's emails, forged link": (
        "GET",
        "/ru/alerts/unsubscribe/{forged_token}/",
        (400, 400, 400, 400, 400, 400),
    ),
    "background tasks that failed (administrators)": (
        "GET",
        "/admin/reports/background-tasks/",
        (SIGN_IN, DENIED, DENIED, DENIED, DENIED, 200),
    ),
    "try a failed task again, guessed id": (
        "POST",
        "/admin/reports/background-tasks/00000000-0000-0000-0000-000000000000/try-again/",
        (SIGN_IN, DENIED, DENIED, DENIED, DENIED, 302),
    ),
    "quotes for manufacturing orders (moderators)": (
        "GET",
        "/admin/reports/quotes/",
        (SIGN_IN, DENIED, DENIED, DENIED, DENIED, 200),
    ),
    "claims queue": ("GET", "/admin/claims/", (SIGN_IN, DENIED, DENIED, DENIED, DENIED, 200)),
    "claim review": ("GET", "/admin/claims/edit/{claim}/", (SIGN_IN, DENIED, DENIED, DENIED, DENIED, 200)),
    "letter of authority": (
        "GET",
        "/admin/claims/letters/{letter}/",
        (SIGN_IN, DENIED, DENIED, DENIED, DENIED, 200),
    ),
}


def premises(organization, title: str) -> Premises:
    district = District.objects.order_by("pk").first()
    return make_entry(
        Premises,
        title=title,
        owner="Технополис «Москва»",
        address="Волгоградский проспект, 42",
        okrug=district.okrug,
        district=district,
        kind="office",
        area=40,
        rent=1500,
        organization=organization,
    )


@pytest.fixture
def ids(people, organizations, admin_user, homes):
    claim = Claim.objects.create(
        user=people["outsider"], organization=organizations["quartz"], position="CEO"
    )
    letter = ClaimLetter.objects.create(
        claim=claim,
        stored_name="claims/test/letter.pdf",
        original_name="letter.pdf",
        content_type="x",
        size=1,
    )
    invitation = Invitation.objects.create(
        organization=organizations["quartz"], email="engineer@quartz.example", invited_by=people["owner"]
    )
    project = {"industry": Industry.objects.order_by("pk").first(), "stage": "idea", "year": 2024}
    return {
        "project": make_entry(
            Project, name="Кварцевые резонаторы", organization=organizations["quartz"], **project
        ).pk,
        "other_project": make_entry(
            Project, name="Сварочный робот", organization=organizations["robots"], **project
        ).pk,
        "premises": premises(organizations["quartz"], "Офис в Технополисе").pk,
        "other_premises": premises(organizations["robots"], "Цех в Зеленограде").pk,
        "token": invitation.token,
        "quartz": organizations["quartz"].pk,
        "missing": organizations["robots"].pk + 1000,
        "membership": Membership.objects.get(user=people["member"]).pk,
        "other_membership": Membership.objects.get(user=people["stranger"]).pk,
        "claim": claim.pk,
        "letter": letter.pk,
        **conversations(organizations),
        **alerts(people["member"], homes["ru"]),
        **exchange(organizations),
    }


def alerts(member, home) -> dict:
    """The member's saved search and the measure whose deadline they follow."""
    now = timezone.now()
    search = SavedSearch.objects.create(
        user=member,
        scope="organizations",
        query="q=робот",
        language="ru",
        title="Организации: «робот»",
        checked_at=now,
        confirmed_at=now,
    )
    measure = make_measure(measure_index(home), "Грант «Старт»", deadline=timezone.localdate())
    FollowedMeasure.objects.create(user=member, measure=measure)
    # Signed for a saved search that exists, with another key: what a forger can make.
    forged = signing.dumps(search.pk, salt=tokens.UNSUBSCRIBE, key="not the site's key")
    return {
        "saved_search": search.pk,
        "missing_saved_search": search.pk + 1000,
        "followed_measure": measure.pk,
        "forged_token": forged,
    }


def conversations(organizations) -> dict:
    """«Робототехника Плюс» (the stranger's) writes to «Кварцлайн», with a file; two organizations none of the
    visitors represents write to each other."""
    fields = {"legal_form": "llc", "size": "small", "region": Region.objects.get(slug="moscow")}
    first, second = (
        make_entry(Organization, name=name, inn=inn, **fields)
        for name, inn in (("Альфа-Сенсор", "7701234567"), ("Бета-Литьё", "7702345678"))
    )
    quartz, robots = organizations["quartz"], organizations["robots"]
    conversation = Conversation.objects.create(
        subject="Корпуса", entry=quartz, sender=robots, recipient=quartz
    )
    message = Message.objects.create(conversation=conversation, organization=robots, body="Нужны корпуса")
    other = Conversation.objects.create(subject="Отливки", entry=second, sender=first, recipient=second)
    other_message = Message.objects.create(conversation=other, organization=first, body="Нужны отливки")
    files = {}
    for name, owner in (("message_file", message), ("other_message_file", other_message)):
        files[name] = MessageFile.objects.create(
            message=owner,
            stored_name=f"messages/test/{name}.pdf",
            original_name="drawing.pdf",
            content_type="application/pdf",
            size=1,
        ).pk
    return {
        "conversation": conversation.pk,
        "other_conversation": other.pk,
        "missing_conversation": other.pk + 1000,
        "message": message.pk,
        **files,
    }


def _order(buyer, name: str) -> Order:
    return make_entry(
        Order,
        relations={"capabilities": Capability.objects.filter(slug="cnc-machining")},
        name=name,
        organization=buyer,
        batch_size=500,
        target_date=timezone.localdate() + timedelta(days=60),
        region=Region.objects.get(slug="moscow"),
        live=True,
    )


def _manufacturer(organization) -> None:
    make_entry(
        Manufacturer,
        relations={"capabilities": Capability.objects.filter(slug="cnc-machining")},
        organization=organization,
        batch_min=1,
        batch_max=1000,
        lead_time_days=30,
        live=True,
    )


def exchange(organizations) -> dict:
    """«Кварцлайн» orders housings with a drawing, and «Робототехника Плюс» (the stranger's, a manufacturer)
    quotes with a file; between two organizations none of the visitors represents, another order and quote."""
    quartz, robots = organizations["quartz"], organizations["robots"]
    other_buyer, other_maker = Organization.objects.filter(name__in=["Альфа-Сенсор", "Бета-Литьё"]).order_by(
        "name"
    )
    for maker in (robots, other_maker):
        _manufacturer(maker)
    order, other_order = _order(quartz, "Корпуса датчиков"), _order(other_buyer, "Отливки корпусов")
    terms = {"price": 100_000, "lead_time_days": 30, "valid_until": timezone.localdate() + timedelta(days=30)}
    quote = Quote.objects.create(order=order, organization=robots, **terms)
    other_quote = Quote.objects.create(order=other_order, organization=other_maker, **terms)
    files = {"content_type": "application/pdf", "size": 1, "original_name": "drawing.pdf"}
    return {
        "order": order.pk,
        "other_order": other_order.pk,
        "missing_order": other_order.pk + 1000,
        "quote": quote.pk,
        "other_quote": other_quote.pk,
        "order_file": OrderFile.objects.create(order=order, stored_name="orders/test/a.pdf", **files).pk,
        "other_order_file": OrderFile.objects.create(
            order=other_order, stored_name="orders/test/b.pdf", **files
        ).pk,
        "quote_file": QuoteFile.objects.create(quote=quote, stored_name="quotes/test/a.pdf", **files).pk,
        "other_quote_file": QuoteFile.objects.create(
            quote=other_quote, stored_name="quotes/test/b.pdf", **files
        ).pk,
    }


def _client(who: str, people, admin_user) -> Client:
    client = Client()
    if who == "staff":
        sign_in_with_second_factor(client, admin_user)
    elif who != "anonymous":
        client.force_login(people[who])
    return client


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("address", MATRIX)
def test_permissions_matrix(address, who, ids, people, admin_user, private_letter):
    method, path, answers = MATRIX[address]
    expected = answers[WHO.index(who)]
    client = _client(who, people, admin_user)
    url = path.format(**ids)
    response = client.post(url) if method == "POST" else client.get(url)
    if expected == SIGN_IN:
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
    elif expected == DENIED:
        assert response.status_code in (302, 403)
        assert "/accounts/login/" in response.get("Location", "/accounts/login/")
    else:
        assert response.status_code == expected


@pytest.fixture
def private_letter(private_folder):
    """The letter's file, so that staff's download has a file to send."""
    (private_folder / "claims" / "test").mkdir(parents=True)
    (private_folder / "claims" / "test" / "letter.pdf").write_bytes(b"%PDF-1.4 letter")
    for folder in ("orders", "quotes"):
        (private_folder / folder / "test").mkdir(parents=True)
        for name in ("a", "b"):
            (private_folder / folder / "test" / f"{name}.pdf").write_bytes(b"%PDF-1.4 drawing")
    (private_folder / "messages" / "test").mkdir(parents=True)
    for name in ("message_file", "other_message_file"):
        (private_folder / "messages" / "test" / f"{name}.pdf").write_bytes(b"%PDF-1.4 drawing")
