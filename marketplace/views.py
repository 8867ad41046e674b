"""The exchange's pages: a manufacturer's quote for an order; the buyer's quotes side by side, its choice, its
questions to a manufacturer and its drawings; and how a manufacturer's members hear of new orders.

An order that is not published, or a page of it the person may not see, is a 404: guessing ids tells
nothing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.forms.models import model_to_dict
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from applications.storage import attachment_response, delete_files, kept_only_on_success, save_attachment
from cabinet.views import cabinet_crumbs
from catalog.entry import published
from catalog.models import Order
from catalog.orders import OrderStatus
from conversations import sending
from conversations.forms import ReplyForm
from conversations.models import Conversation
from conversations.recipients import Recipient
from core.listing import form_errors
from core.navigation import Crumb
from marketplace import closing, quoting
from marketplace.access import buyer_membership, is_moderator, manufacturer_memberships, may_see_files
from marketplace.forms import AlertSettingForm, OrderFilesForm, QuoteForm
from marketplace.models import Frequency, OrderAlertSetting, OrderFile, Quote, QuoteFile

SORTS = {
    "price": ("price", "lead_time_days", "pk"),
    "lead_time": ("lead_time_days", "price", "pk"),
}


def _order_or_404(pk: int) -> Order:
    return get_object_or_404(published(Order).select_related("organization", "region"), pk=pk)


def _buyer_or_404(request, order: Order):
    membership = buyer_membership(request.user, order)
    if membership is None:
        raise Http404
    return membership


def _crumbs(request, order: Order, *more: Crumb) -> list[Crumb]:
    return cabinet_crumbs(request, Crumb(str(order.in_language()), order.get_absolute_url()), *more)


def _form_page(request, template: str, context: dict, form, status: int):
    """A form's page as it was sent, or back with its errors (400) and the files to choose again: the
    browser does not keep chosen files."""
    posted = request.method == "POST"
    if posted and form.errors:
        status = 400
    context.update(
        errors=form_errors(form) if posted else [],
        choose_again=[file.name for file in request.FILES.getlist("files")] if form.errors else [],
        too_many=status == 429,
    )
    return render(request, template, context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def quote(request, pk: int):
    order = _order_or_404(pk)
    memberships = list(manufacturer_memberships(request.user, order))
    posted = request.method == "POST"
    sent = {
        item.organization_id: item
        for item in Quote.objects.filter(
            order=order, organization__in=[m.organization_id for m in memberships]
        )
    }
    # A revision starts from the terms sent, for a person who quotes on behalf of one organization.
    revised = next(iter(sent.values())) if len(memberships) == 1 and sent else None
    form = QuoteForm(
        memberships,
        request.POST if posted else None,
        request.FILES if posted else None,
        initial=model_to_dict(revised, QuoteForm._meta.fields) if revised else None,
    )
    context = {
        "order": order,
        "localized": order.in_language(),
        "is_open": order.status == OrderStatus.OPEN,
        "is_buyer": buyer_membership(request.user, order) is not None,
        "has_manufacturer": bool(form.memberships),
        "sent": list(sent.values()),
        "form": form,
        "crumbs": _crumbs(request, order, Crumb(_("Send a quote"), request.path)),
    }
    if not form.memberships:
        # Nothing to send a quote on behalf of: the page says why, and a post changes nothing.
        return render(request, "marketplace/quote.html", context, status=403 if posted else 200)
    status = 200
    if posted and form.is_valid():
        try:
            quoting.send(order, form.membership, form.answers(), form.cleaned_data["files"])
        except quoting.TooMany:
            status = 429
        except quoting.OrderClosed:
            context["is_open"] = False
            status = 409
        else:
            revised = form.membership.organization_id in sent
            messages.success(
                request, _("Your revised quote has been sent.") if revised else _("Your quote has been sent.")
            )
            return redirect("marketplace:quote", pk=order.pk)
    return _form_page(request, "marketplace/quote.html", context, form, status)


@login_required
def quotes(request, pk: int):
    order = _order_or_404(pk)
    membership = _buyer_or_404(request, order)
    sort = request.GET.get("sort") if request.GET.get("sort") in SORTS else "price"
    rows = (
        Quote.objects.filter(order=order)
        .select_related("organization")
        .prefetch_related("files")
        .order_by(*SORTS[sort])
    )
    context = {
        "order": order,
        "localized": order.in_language(),
        "organization": membership.organization,
        "quotes": rows,
        "sort": sort,
        "sorts": [(key, _label(key)) for key in SORTS],
        "is_open": order.status == OrderStatus.OPEN,
        "today": timezone.localdate(),
        "files": order.files.all(),
        "files_form": OrderFilesForm(),
        "crumbs": _crumbs(request, order, Crumb(_("Quotes"), request.path)),
    }
    return render(request, "marketplace/quotes.html", context)


def _label(sort: str) -> str:
    return {"price": _("price"), "lead_time": _("lead time")}[sort]


def _buyers_quote(request, pk: int, quote_pk: int) -> tuple[Order, object, Quote]:
    order = _order_or_404(pk)
    membership = _buyer_or_404(request, order)
    return (
        order,
        membership,
        get_object_or_404(Quote.objects.select_related("organization"), order=order, pk=quote_pk),
    )


@login_required
@require_http_methods(["GET", "POST"])
def accept(request, pk: int, quote_pk: int):
    order, _membership, chosen = _buyers_quote(request, pk, quote_pk)
    context = {
        "order": order,
        "localized": order.in_language(),
        "quote": chosen,
        "others": Quote.objects.filter(order=order).exclude(pk=chosen.pk).count(),
        "is_open": order.status == OrderStatus.OPEN,
        "crumbs": _crumbs(
            request,
            order,
            Crumb(_("Quotes"), reverse("marketplace:quotes", args=[order.pk])),
            Crumb(_("Accept a quote"), request.path),
        ),
    }
    if request.method == "POST":
        try:
            quoting.accept(chosen, timezone.localdate())
        except quoting.OrderClosed:
            messages.error(request, _("The order is already closed: nothing was changed."))
        except quoting.QuoteExpired:
            messages.error(
                request,
                _("This quote was valid until %(date)s. Ask the manufacturer to renew it, then accept it.")
                % {"date": chosen.valid_until.strftime("%d.%m.%Y")},
            )
        else:
            messages.success(
                request,
                _(
                    "You accepted the quote of %(name)s. The order is closed, and every manufacturer that "
                    "quoted is told."
                )
                % {"name": chosen.organization},
            )
        return redirect("marketplace:quotes", pk=order.pk)
    return render(request, "marketplace/accept.html", context)


def _conversation_about(order: Order, other_pk: int) -> Conversation | None:
    """The conversation between the buyer and another organization about the order, if there is one."""
    buyer = order.organization_id
    return Conversation.objects.filter(
        Q(sender=buyer, recipient=other_pk) | Q(sender=other_pk, recipient=buyer),
        entry_type=ContentType.objects.get_for_model(Order),
        entry_id=order.pk,
    ).first()


@login_required
@require_http_methods(["GET", "POST"])
def ask(request, pk: int, quote_pk: int):
    order, membership, chosen = _buyers_quote(request, pk, quote_pk)
    if (existing := _conversation_about(order, chosen.organization_id)) is not None:
        return redirect("conversations:conversation", pk=existing.pk)
    posted = request.method == "POST"
    form = ReplyForm(request.POST if posted else None, request.FILES if posted else None)
    context = {
        "order": order,
        "localized": order.in_language(),
        "quote": chosen,
        "form": form,
        "crumbs": _crumbs(
            request,
            order,
            Crumb(_("Quotes"), reverse("marketplace:quotes", args=[order.pk])),
            Crumb(_("A question to the manufacturer"), request.path),
        ),
    }
    status = 200
    if posted and form.is_bot:
        return render(request, "conversations/not_sent.html", {}, status=400)
    if posted and form.is_valid():
        subject = _("Order “%(order)s”") % {"order": order}
        try:
            conversation = sending.start(
                order,
                Recipient(chosen.organization),
                membership,
                subject[:200],
                form.cleaned_data["body"],
                form.cleaned_data["files"],
            )
        except sending.TooMany:
            status = 429
        else:
            messages.success(request, _("Your message has been sent."))
            return redirect("conversations:conversation", pk=conversation.pk)
    return _form_page(request, "marketplace/ask.html", context, form, status)


@login_required
@require_POST
def close(request, pk: int):
    """The buyer withdraws its order without choosing a quote: the manufacturers that quoted are told."""
    order = _order_or_404(pk)
    _buyer_or_404(request, order)
    if closing.close_without_choice(order):
        messages.success(request, _("The order is closed. Manufacturers no longer see it as open."))
    else:
        messages.error(request, _("The order is already closed: nothing was changed."))
    return redirect("marketplace:quotes", pk=order.pk)


@login_required
@require_POST
def add_files(request, pk: int):
    order = _order_or_404(pk)
    _buyer_or_404(request, order)
    form = OrderFilesForm(request.POST, request.FILES)
    if form.is_valid():
        with kept_only_on_success() as stored:
            for file, kind in form.cleaned_data["files"]:
                OrderFile.objects.create(
                    order=order,
                    uploaded_by=request.user,
                    **save_attachment(f"orders/{order.pk}", file, kind, stored),
                )
        messages.success(request, _("The files have been added."))
    else:
        messages.error(request, " ".join(form.errors["files"]))
    return redirect(reverse("marketplace:quotes", args=[order.pk]) + "#files-title")


@login_required
@require_POST
def delete_file(request, pk: int, file_pk: int):
    order = _order_or_404(pk)
    _buyer_or_404(request, order)
    item = get_object_or_404(OrderFile, order=order, pk=file_pk)
    item.delete()
    delete_files([item.stored_name])
    messages.success(request, _("“%(name)s” has been deleted.") % {"name": item.original_name})
    return redirect(reverse("marketplace:quotes", args=[order.pk]) + "#files-title")


@login_required
def order_file(request, pk: int, file_pk: int):
    order = _order_or_404(pk)
    if not may_see_files(request.user, order):
        raise Http404
    return attachment_response(get_object_or_404(OrderFile, order=order, pk=file_pk))


@login_required
def quote_file(request, pk: int, quote_pk: int, file_pk: int):
    order = _order_or_404(pk)
    item = get_object_or_404(QuoteFile, quote__order=order, quote_id=quote_pk, pk=file_pk)
    allowed = (
        is_moderator(request.user)
        or buyer_membership(request.user, order) is not None
        or request.user.memberships.filter(organization_id=item.quote.organization_id).exists()
    )
    if not allowed:
        raise Http404
    return attachment_response(item)


@login_required
@require_http_methods(["GET", "POST"])
def alert_settings(request):
    memberships = list(
        request.user.memberships.filter(organization__manufacturer_profiles__live=True)
        .select_related("organization")
        .distinct()
    )
    chosen = {
        setting.organization_id: setting.frequency
        for setting in OrderAlertSetting.objects.filter(user=request.user)
    }
    if request.method == "POST":
        organization_pk = request.POST.get("organization", "")
        membership = next(
            (item for item in memberships if str(item.organization_id) == organization_pk), None
        )
        form = AlertSettingForm(request.POST)
        if membership is None or not form.is_valid():
            messages.error(request, _("Choose how you want to hear of new orders."))
        else:
            OrderAlertSetting.objects.update_or_create(
                user=request.user,
                organization=membership.organization,
                defaults={"frequency": form.cleaned_data["frequency"]},
            )
            messages.success(request, _("Saved."))
        return redirect("marketplace:alert-settings")
    forms = [
        (
            membership,
            AlertSettingForm(
                initial={"frequency": chosen.get(membership.organization_id, Frequency.DAILY)},
            ),
        )
        for membership in memberships
    ]
    context = {
        "forms": forms,
        "crumbs": cabinet_crumbs(request, Crumb(_("New orders by email"), request.path)),
    }
    return render(request, "marketplace/alert_settings.html", context)
