"""A person's conversations: those of every organization they represent, newest first, each with the two
sides from the person's point of view and whether the other side wrote since the person last read it."""

from django.db.models import Max, Q

from conversations.models import Conversation, ReadMark

INBOX_SIZE = 100


def conversations_of(user) -> list[Conversation]:
    organizations = list(user.memberships.values_list("organization_id", flat=True))
    conversations = list(
        Conversation.objects.filter(Q(sender__in=organizations) | Q(recipient__in=organizations))
        .select_related("sender", "recipient")
        .annotate(last_incoming=Max("messages__sent_at", filter=~Q(messages__organization__in=organizations)))
        # Said again: Django leaves a model's default ordering out of a query that groups (this one does).
        .order_by("-last_message_at", "-pk")[:INBOX_SIZE]
    )
    read = dict(
        ReadMark.objects.filter(user=user, conversation__in=conversations).values_list(
            "conversation_id", "read_at"
        )
    )
    for conversation in conversations:
        ours_is_sender = conversation.sender_id in organizations
        conversation.ours = conversation.sender if ours_is_sender else conversation.recipient
        conversation.theirs = conversation.recipient if ours_is_sender else conversation.sender
        mark = read.get(conversation.pk)
        last = conversation.last_incoming
        conversation.unread = last is not None and (mark is None or last > mark)
    return conversations
