"""The demo's conversations, as `seed_demo` makes them: a question and its answer between two organizations
of the demo people, and an enquiry that went by email; what each person sees as new; made once."""

import pytest
from django.contrib.auth import get_user_model

from cabinet.demo import MEMBER, OWNER, PARTNER, seed_people
from conversations.demo import seed_conversations
from conversations.inbox import conversations_of
from conversations.models import Conversation

pytestmark = pytest.mark.django_db


def inbox(email: str) -> list[tuple[str, bool]]:
    person = get_user_model().objects.get(email=email)
    return [(conversation.subject, conversation.unread) for conversation in conversations_of(person)]


def test_a_question_answered_and_an_enquiry_by_email_each_new_to_whom_it_should_be(demo_site, private_folder):
    seed_people(lambda line: None)
    lines = []
    seed_conversations(lines.append)
    assert inbox(MEMBER[0]) == [("Совместный пилотный проект", False), ("Просмотр помещения", False)]
    assert inbox(OWNER[0]) == [("Совместный пилотный проект", True), ("Просмотр помещения", False)]
    assert inbox(PARTNER[0]) == [("Совместный пилотный проект", True)]
    enquiry = Conversation.objects.get(subject="Просмотр помещения")
    assert enquiry.recipient is None and enquiry.recipient_email == enquiry.entry.contact_email
    assert enquiry.entry.title in enquiry.messages.get().body

    again = []
    seed_conversations(again.append)
    assert "exist already" in again[0] and Conversation.objects.count() == 2
