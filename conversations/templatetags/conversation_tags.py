"""What other pages show of conversations: «Contact» on a catalog entry's page, where its organization can be
reached (conversations.recipients), and the number of conversations with news in the personal account."""

from django import template

from catalog.registry import SPECS
from conversations.inbox import conversations_of
from conversations.recipients import recipient_of

register = template.Library()


@register.inclusion_tag("conversations/components/contact_link.html")
def contact_link(entry):
    segment = next(segment for segment, spec in SPECS.items() if isinstance(entry, spec.model))
    return {"entry": entry, "segment": segment, "recipient": recipient_of(entry)}


@register.simple_tag
def unread_conversations(user) -> int:
    return sum(conversation.unread for conversation in conversations_of(user))
