"""Conversations between organizations, started from a catalog entry's page («Связаться») and kept in the
cabinet inbox of both sides; or, for an entry whose organization has no members yet, sent by email to the
entry's public contact, with the sender's address to answer to."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Conversation(models.Model):
    subject = models.CharField(_("subject"), max_length=200)
    # The catalog entry the conversation is about (its row in the default language).
    entry_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    entry_id = models.PositiveBigIntegerField()
    entry = GenericForeignKey("entry_type", "entry_id")
    sender = models.ForeignKey(
        "catalog.Organization", on_delete=models.CASCADE, related_name="sent_conversations"
    )
    # The entry's organization when it has members; else None and the messages go to `recipient_email`.
    recipient = models.ForeignKey(
        "catalog.Organization",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="received_conversations",
    )
    recipient_email = models.EmailField(blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    started_at = models.DateTimeField(auto_now_add=True)
    last_message_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-last_message_at", "-pk"]
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")

    def __str__(self) -> str:
        return self.subject


class Message(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # The side it was written for: the sender's or the recipient's organization.
    organization = models.ForeignKey("catalog.Organization", on_delete=models.CASCADE, related_name="+")
    body = models.TextField(_("message"))
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["sent_at", "pk"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self) -> str:
        return self.body[:80]


class MessageFile(models.Model):
    """A file attached to a message, in the private storage, shown only to both sides and staff."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="files")
    stored_name = models.CharField(max_length=255, unique=True)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(_("size"))

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.original_name


class ReadMark(models.Model):
    """Up to when a person has read a conversation: later messages from the other side are unread."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="read_marks")
    read_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "conversation"], name="one_read_mark")]

    def __str__(self) -> str:
        return f"{self.user_id} read {self.conversation_id} at {self.read_at:%Y-%m-%d %H:%M}"


class AbuseReport(models.Model):
    message = models.ForeignKey(
        Message, on_delete=models.CASCADE, related_name="reports", verbose_name=_("message")
    )
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("reported by"),
    )
    reason = models.TextField(_("reason"))
    reported_at = models.DateTimeField(_("reported"), auto_now_add=True)

    class Meta:
        ordering = ["-reported_at", "-pk"]
        verbose_name = _("report of abuse")
        verbose_name_plural = _("reports of abuse")

    def __str__(self) -> str:
        return f"{self.message.conversation}: {self.reason[:60]}"
