"""The conversation pages for the accessibility registry, rendered through Django's test client as a member
of the demo's first organization writing to the third, whose one member answers."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from cabinet.models import Membership, Role
from catalog.models import Organization
from conversations import sending
from conversations.models import Conversation, MessageFile
from conversations.recipients import Recipient
from tests.browser.accounts_pages import PASSWORD, _owner, _page

COLLEAGUE = "director@third.example"


def _recipient():
    organization = Organization.objects.filter(locale__language_code="ru").order_by("pk")[2]
    user = get_user_model().objects.filter(email=COLLEAGUE).first()
    if user is None:
        user = get_user_model().objects.create_user("third-director", COLLEAGUE, PASSWORD)
        EmailAddress.objects.create(user=user, email=COLLEAGUE, verified=True, primary=True)
    membership, _created = Membership.objects.get_or_create(
        user=user, organization=organization, defaults={"role": Role.OWNER}
    )
    return membership


def _conversation() -> Conversation:
    """A question with a drawing, and its answer. The drawing is a row only: the browser tests run with the
    default private storage on disk, where they write no file."""
    owner, organization = _owner()
    recipient = _recipient()
    existing = Conversation.objects.filter(sender=organization, recipient=recipient.organization).first()
    if existing is not None:
        return existing
    asking = Membership.objects.get(user=owner, organization=organization)
    conversation = sending.start(
        recipient.organization,
        Recipient(recipient.organization),
        asking,
        "Корпуса для датчиков",
        "Нужна партия из 300 корпусов из алюминия к марту. Чертёж во вложении.",
        [],
    )
    MessageFile.objects.create(
        message=conversation.messages.get(),
        stored_name=f"messages/{conversation.pk}/drawing.pdf",
        original_name="Чертёж корпуса.pdf",
        content_type="application/pdf",
        size=48_213,
    )
    sending.reply(conversation, recipient, "Возьмёмся. Пришлите, пожалуйста, чертёж в DWG.", [])
    return conversation


def contact_form(language: str) -> str:
    owner, _organization = _owner()
    recipient = _recipient()
    return _page(
        language, "conversations:contact", user=owner, args=["organizations", recipient.organization_id]
    )


def contact_form_with_errors(language: str) -> str:
    owner, _organization = _owner()
    recipient = _recipient()
    return _page(
        language,
        "conversations:contact",
        user=owner,
        post={"subject": "", "body": ""},
        args=["organizations", recipient.organization_id],
    )


def inbox_with_an_unread_answer(language: str) -> str:
    owner, _organization = _owner()
    _conversation()
    return _page(language, "conversations:inbox", user=owner)


def conversation(language: str) -> str:
    recipient = _recipient()
    return _page(language, "conversations:conversation", user=recipient.user, args=[_conversation().pk])
