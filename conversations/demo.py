"""The demo's conversations: the fourth organization's owner asks the first about working together, and its
member answers (the owner has not read it yet); the member asks about premises listed with a public contact
address, which went by email. Rows only, dated the days before seeding: no email is sent for them. Safe to
re-run: made once."""

from collections.abc import Callable
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from cabinet.demo import MEMBER, PARTNER
from catalog.entry import published
from catalog.models import Premises
from conversations.models import Conversation, Message, ReadMark


def _message(conversation, membership, body: str, sent_at) -> Message:
    message = Message.objects.create(
        conversation=conversation, author=membership.user, organization=membership.organization, body=body
    )
    # Dated in the past, as if written then (auto_now_add set them to now).
    Message.objects.filter(pk=message.pk).update(sent_at=sent_at)
    Conversation.objects.filter(pk=conversation.pk).update(
        started_at=conversation.started_at, last_message_at=sent_at
    )
    ReadMark.objects.update_or_create(
        user=membership.user, conversation=conversation, defaults={"read_at": sent_at}
    )
    return message


def seed_conversations(write: Callable[[str], None]) -> None:
    if Conversation.objects.exists():
        write("  demo conversations exist already")
        return
    people = get_user_model().objects.filter(email__in=[MEMBER[0], PARTNER[0]])
    memberships = {
        person.email: person.memberships.select_related("organization").first() for person in people
    }
    partner, member = memberships.get(PARTNER[0]), memberships.get(MEMBER[0])
    if partner is None or member is None:
        write("  the demo people are missing: demo conversations not made")
        return
    now = timezone.now()
    asked = now - timedelta(days=2, hours=3)
    conversation = Conversation.objects.create(
        subject="Совместный пилотный проект",
        entry=member.organization,
        sender=partner.organization,
        recipient=member.organization,
        started_by=partner.user,
    )
    Conversation.objects.filter(pk=conversation.pk).update(started_at=asked)
    _message(
        conversation,
        partner,
        f"Добрый день! Мы — {partner.organization.name}. Нашли вас в каталоге imoscow и хотели бы обсудить "
        "совместный пилот для одного из заказчиков в Москве. Удобно созвониться на этой неделе?\n\n"
        "Андрей Ким",
        asked,
    )
    _message(
        conversation,
        member,
        "Здравствуйте, Андрей! Да, давайте. Удобно в четверг после 14:00; пришлите, пожалуйста, коротко, "
        "что за задача, чтобы мы позвали нужных коллег.\n\nПавел Орлов",
        now - timedelta(days=1, hours=5),
    )
    write(f"  «{partner.organization.name}» and «{member.organization.name}»: a question and its answer")

    premises = published(Premises).filter(organization=None).exclude(contact_email="").order_by("pk").first()
    if premises is None:
        return
    asked = now - timedelta(days=4)
    enquiry = Conversation.objects.create(
        subject="Просмотр помещения",
        entry=premises,
        sender=member.organization,
        recipient_email=premises.contact_email,
        started_by=member.user,
    )
    Conversation.objects.filter(pk=enquiry.pk).update(started_at=asked)
    _message(
        enquiry,
        member,
        f"Здравствуйте! Нас интересует «{premises.title}» ({premises.address}). Можно посмотреть помещение "
        "на следующей неделе? Команда — 8 человек, въезд нужен с февраля.\n\nПавел Орлов",
        asked,
    )
    write(f"  «{member.organization.name}» asked about «{premises.title}» by email")
