"""Telling the other side of a conversation about a new message, by email from the background worker.

Members get a link to the conversation in their cabinet, never the message itself (an inbox may be read by
others, and mail travels in the clear); an organization without members gets the message at the entry's public
contact address, with the sender's address to answer to, as the contact form told the sender."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from cabinet.models import Membership
from conversations.models import Message
from core.background import background_task


def enqueue(message: Message) -> None:
    conversation = message.conversation
    other = (
        conversation.recipient if message.organization_id == conversation.sender_id else conversation.sender
    )
    if other is None:
        email_contact.enqueue(message.pk)
        return
    for user_pk in other.memberships.values_list("user_id", flat=True):
        email_member.enqueue(message.pk, user_pk)


def _message(pk: int) -> Message:
    return Message.objects.select_related("conversation", "author", "organization").get(pk=pk)


@background_task
def email_member(message_pk: int, user_pk: int) -> None:
    message = _message(message_pk)
    conversation = message.conversation
    # Someone who left the organization while the email waited is not told.
    membership = (
        Membership.objects.filter(
            user_id=user_pk, organization__in=[conversation.sender_id, conversation.recipient_id]
        )
        .exclude(organization_id=message.organization_id)
        .select_related("user")
        .first()
    )
    if membership is None:
        return
    with translation.override(settings.LANGUAGE_CODE):
        link = settings.SITE_URL + reverse("conversations:conversation", args=[conversation.pk])
        context = {"message": message, "conversation": conversation, "link": link}
        subject = render_to_string("conversations/email/new_message_subject.txt", context).strip()
        body = render_to_string("conversations/email/new_message.txt", context)
    EmailMessage(subject, body, to=[membership.user.email]).send()


@background_task
def email_contact(message_pk: int) -> None:
    message = _message(message_pk)
    with translation.override(settings.LANGUAGE_CODE):
        context = {"message": message, "conversation": message.conversation, "site": settings.SITE_URL}
        subject = render_to_string("conversations/email/to_contact_subject.txt", context).strip()
        body = render_to_string("conversations/email/to_contact.txt", context)
    reply_to = [message.author.email] if message.author else []
    EmailMessage(subject, body, to=[message.conversation.recipient_email], reply_to=reply_to).send()
