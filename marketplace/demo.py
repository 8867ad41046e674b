"""The demo's exchange: the buyer of an open order (cabinet.demo) has attached a drawing; the two
manufacturers that can take it were told of it and sent quotes, one cheaper and one sooner; the buyer asked
the cheaper one about tolerances and it answered, so it can open the drawing. One of them hears of new
orders at once. Rows only, dated the days before seeding: no email is sent for them. Safe to re-run: made
once."""

from collections.abc import Callable
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone

from applications import file_types
from applications.storage import private_storage
from cabinet.demo import BUYER, LETTER, MAKERS
from catalog.models import Order
from conversations.models import Conversation, Message
from marketplace.models import Frequency, OrderAlertSetting, OrderFile, OrderNotice, Quote

# The two quotes' prices against the order's budget (or a price per piece), and their lead times against the
# days left until the order's date: the first cheaper, the second sooner.
TERMS = ((0.86, 0.9), (0.97, 0.55))
PRICE_PER_PIECE = 1_800
COMMENTS = (
    "Цена с НДС и упаковкой. Доставка до вашего склада в Москве — за наш счёт.",
    "Можем начать через неделю после подписания договора; предоплата 30 %.",
)


def _membership(email: str):
    user = get_user_model().objects.filter(email=email).first()
    return user.memberships.select_related("organization").first() if user else None


def _rounded(value: float) -> int:
    return max(1_000, round(value / 1_000) * 1_000)


def seed_exchange(write: Callable[[str], None]) -> None:
    if Quote.objects.exists():
        write("  demo quotes exist already")
        return
    buyer = _membership(BUYER[0])
    makers = [_membership(person[0]) for person in MAKERS]
    if buyer is None or None in makers:
        write("  the exchange's demo people are missing: demo quotes not made")
        return
    order = (
        Order.objects.filter(organization=buyer.organization, locale__language_code="ru", live=True)
        .order_by("target_date", "pk")
        .first()
    )
    if order is None:
        write("  the demo buyer has no published order: demo quotes not made")
        return
    now = timezone.now()
    name = private_storage().save(f"orders/{order.pk}/drawing.pdf", ContentFile(LETTER))
    OrderFile.objects.create(
        order=order,
        uploaded_by=buyer.user,
        stored_name=name,
        original_name="Чертёж общего вида.pdf",
        content_type=file_types.PDF.content_type,
        size=len(LETTER),
    )
    budget = order.budget or order.batch_size * PRICE_PER_PIECE
    days_left = max(10, (order.target_date - now.date()).days)
    for maker, (share, time_share), comment in zip(makers, TERMS, COMMENTS, strict=True):
        OrderNotice.objects.create(user=maker.user, order=order)
        quote = Quote.objects.create(
            order=order,
            organization=maker.organization,
            price=_rounded(budget * share),
            lead_time_days=max(5, round(days_left * time_share)),
            valid_until=now.date() + timedelta(days=30),
            comment=comment,
            sent_by=maker.user,
        )
        Quote.objects.filter(pk=quote.pk).update(sent_at=now - timedelta(days=2, hours=len(comment) % 7))
    OrderAlertSetting.objects.create(
        user=makers[1].user, organization=makers[1].organization, frequency=Frequency.IMMEDIATE
    )
    _asked(order, buyer, makers[0], now)
    write(
        f"  «{order.name}»: a drawing, and quotes from «{makers[0].organization.name}» and "
        f"«{makers[1].organization.name}»"
    )


def _asked(order: Order, buyer, maker, now) -> None:
    """The buyer's question to the cheaper manufacturer and its answer, the day before seeding."""
    conversation = Conversation.objects.create(
        subject=f"Заказ «{order.name}»"[:200],
        entry_type=ContentType.objects.get_for_model(Order),
        entry_id=order.pk,
        sender=buyer.organization,
        recipient=maker.organization,
        started_by=buyer.user,
    )
    lines = [
        (
            buyer,
            "Добрый день! Выдерживаете допуски по чертежу (±0,05 мм на посадочных местах)? "
            "И сможете ли отгрузить первые 20 % партии раньше срока?\n\nОльга Никитина",
            timedelta(days=1, hours=6),
        ),
        (
            maker,
            "Здравствуйте, Ольга! Да, допуски выдерживаем, протокол измерений прикладываем к каждой партии. "
            "Первые 20 % можем отгрузить на две недели раньше.\n\nМаксим Волков",
            timedelta(hours=20),
        ),
    ]
    for membership, body, ago in lines:
        message = Message.objects.create(
            conversation=conversation, author=membership.user, organization=membership.organization, body=body
        )
        Message.objects.filter(pk=message.pk).update(sent_at=now - ago)
    Conversation.objects.filter(pk=conversation.pk).update(
        started_at=now - lines[0][2], last_message_at=now - lines[-1][2]
    )
