"""The contact form of a catalog entry, the inbox of a person's organizations and a conversation's page.

Only the two sides' members see a conversation: to anyone else (a guessed id included) it is a 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from applications.storage import attachment_response
from cabinet.views import cabinet_crumbs
from catalog.entry import published
from catalog.registry import SPECS
from conversations import sending
from conversations.forms import EnquiryForm, ReplyForm, ReportForm
from conversations.inbox import conversations_of
from conversations.models import AbuseReport, Conversation, MessageFile
from conversations.recipients import recipient_of
from core.listing import form_errors
from core.navigation import Crumb


def _inbox_crumbs(request, *more: Crumb) -> list[Crumb]:
    return cabinet_crumbs(request, Crumb(_("Messages"), reverse("conversations:inbox")), *more)


@login_required
@require_http_methods(["GET", "POST"])
def contact(request, segment: str, pk: int):
    spec = SPECS.get(segment)
    if spec is None:
        raise Http404
    entry = get_object_or_404(published(spec.model), pk=pk)
    recipient = recipient_of(entry)
    memberships = request.user.memberships.select_related("organization")
    own = False
    if recipient is not None and recipient.organization is not None:
        own = memberships.filter(organization=recipient.organization).exists()
        memberships = memberships.exclude(organization=recipient.organization)
    posted = request.method == "POST"
    form = EnquiryForm(memberships, request.POST if posted else None, request.FILES if posted else None)
    localized = entry.in_language()
    context = {
        "entry": localized,
        # Marked with its language where the name is shown in the other one (no English name yet).
        "entry_name": format_html('<span lang="{}">{}</span>', localized.lang, localized)
        if localized.lang
        else str(localized),
        "recipient": recipient,
        "form": form,
        "has_organization": bool(form.memberships),
        "own": own,
        "crumbs": _inbox_crumbs(request, Crumb(_("Contact the organization"), request.path)),
    }
    if recipient is None or not form.memberships:
        return render(request, "conversations/contact.html", context)
    if posted and form.is_bot:
        return render(request, "conversations/not_sent.html", context, status=400)
    if posted and form.is_valid():
        answers = form.cleaned_data
        try:
            conversation = sending.start(
                entry, recipient, form.membership, answers["subject"], answers["body"], answers["files"]
            )
        except sending.TooMany:
            context["too_many"] = True
            return render(request, "conversations/contact.html", context, status=429)
        messages.success(request, _("Your message has been sent."))
        return redirect("conversations:conversation", pk=conversation.pk)
    context["errors"] = form_errors(form) if posted else []
    context["choose_again"] = [file.name for file in request.FILES.getlist("files")] if form.errors else []
    return render(request, "conversations/contact.html", context)


@login_required
def inbox(request):
    context = {
        "conversations": conversations_of(request.user),
        "has_organization": request.user.memberships.exists(),
        "crumbs": _inbox_crumbs(request),
    }
    return render(request, "conversations/inbox.html", context)


def _conversation_or_404(request, pk: int) -> tuple[Conversation, object]:
    """The conversation and the signed-in person's membership on its side."""
    conversation = get_object_or_404(Conversation.objects.select_related("sender", "recipient"), pk=pk)
    membership = (
        request.user.memberships.filter(organization__in=[conversation.sender_id, conversation.recipient_id])
        .select_related("organization", "user")
        .first()
    )
    if membership is None:
        raise Http404
    return conversation, membership


@login_required
@require_http_methods(["GET", "POST"])
def conversation(request, pk: int):
    conversation, membership = _conversation_or_404(request, pk)
    posted = request.method == "POST"
    form = ReplyForm(request.POST if posted else None, request.FILES if posted else None)
    status = 200
    if posted and form.is_bot:
        return render(request, "conversations/not_sent.html", {"conversation": conversation}, status=400)
    if posted and form.is_valid():
        try:
            sending.reply(conversation, membership, form.cleaned_data["body"], form.cleaned_data["files"])
        except sending.TooMany:
            status = 429
        else:
            messages.success(request, _("Your answer has been sent."))
            return redirect("conversations:conversation", pk=conversation.pk)
    sending.mark_read(conversation, request.user)
    ours = membership.organization_id
    context = {
        "conversation": conversation,
        "thread": conversation.messages.select_related("organization").prefetch_related("files"),
        "ours": ours,
        "theirs": conversation.recipient if ours == conversation.sender_id else conversation.sender,
        "entry": _entry(conversation),
        "form": form,
        "errors": form_errors(form) if posted else [],
        "too_many": status == 429,
        "choose_again": [file.name for file in request.FILES.getlist("files")] if form.errors else [],
        "report_form": ReportForm(),
        "crumbs": _inbox_crumbs(request, Crumb(_("Conversation"), request.path)),
    }
    return render(request, "conversations/conversation.html", context, status=status)


def _entry(conversation: Conversation):
    entry = conversation.entry
    return entry.in_language() if entry is not None else None


@login_required
@require_POST
def report(request, pk: int, message_pk: int):
    conversation, membership = _conversation_or_404(request, pk)
    message = get_object_or_404(
        conversation.messages.exclude(organization=membership.organization), pk=message_pk
    )
    form = ReportForm(request.POST)
    if form.is_valid():
        AbuseReport.objects.create(
            message=message, reported_by=request.user, reason=form.cleaned_data["reason"]
        )
        messages.success(request, _("Thank you: staff will look at this message."))
    else:
        messages.error(request, _("Say what is wrong with the message, so that staff know what to look for."))
    return redirect("conversations:conversation", pk=conversation.pk)


@login_required
def message_file(request, pk: int, file_pk: int):
    conversation, _membership = _conversation_or_404(request, pk)
    return attachment_response(get_object_or_404(MessageFile, pk=file_pk, message__conversation=conversation))
