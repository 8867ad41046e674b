"""Starting a conversation and answering in it. The rows, the files and the notifications' tasks are stored
together or not at all, and mail goes from the background worker: nothing is lost when the mail server fails,
and nothing is sent for a message that was not stored."""

from django.db import transaction
from django.utils import timezone

from applications.storage import kept_only_on_success, save_attachment
from conversations import notifications
from conversations.models import Conversation, Message, MessageFile, ReadMark
from conversations.recipients import Recipient
from core.rate_limit import FixedWindow

# New conversations a person may start in an hour, and one organization may start with another in a day;
# messages a person may write in an hour.
STARTED_BY_PERSON = FixedWindow("conversations:person", 10, 60 * 60)
STARTED_BETWEEN = FixedWindow("conversations:pair", 3, 24 * 60 * 60)
WRITTEN_BY_PERSON = FixedWindow("messages:person", 60, 60 * 60)


class TooMany(Exception):
    """The sender reached a rate limit; nothing was stored."""


def start(entry, recipient: Recipient, membership, subject: str, body: str, files) -> Conversation:
    user, sender = membership.user, membership.organization
    pair = f"{sender.pk}:{recipient.organization.pk if recipient.organization else recipient.email}"
    if STARTED_BY_PERSON.is_limited(str(user.pk)) or STARTED_BETWEEN.is_limited(pair):
        raise TooMany
    with kept_only_on_success() as stored, transaction.atomic():
        conversation = Conversation.objects.create(
            subject=subject,
            entry=entry.source,
            sender=sender,
            recipient=recipient.organization,
            recipient_email=recipient.email,
            started_by=user,
        )
        message = _add(conversation, membership, body, files, stored)
    STARTED_BY_PERSON.count(str(user.pk))
    STARTED_BETWEEN.count(pair)
    return message.conversation


def reply(conversation: Conversation, membership, body: str, files) -> Message:
    if WRITTEN_BY_PERSON.is_limited(str(membership.user_id)):
        raise TooMany
    with kept_only_on_success() as stored, transaction.atomic():
        message = _add(conversation, membership, body, files, stored)
    WRITTEN_BY_PERSON.count(str(membership.user_id))
    return message


def _add(conversation, membership, body, files, stored) -> Message:
    message = Message.objects.create(
        conversation=conversation, author=membership.user, organization=membership.organization, body=body
    )
    for file, kind in files:
        MessageFile.objects.create(
            message=message, **save_attachment(f"messages/{conversation.pk}", file, kind, stored)
        )
    Conversation.objects.filter(pk=conversation.pk).update(last_message_at=message.sent_at)
    mark_read(conversation, membership.user, message.sent_at)
    notifications.enqueue(message)
    return message


def mark_read(conversation: Conversation, user, at=None) -> None:
    ReadMark.objects.update_or_create(
        user=user, conversation=conversation, defaults={"read_at": at or timezone.now()}
    )
