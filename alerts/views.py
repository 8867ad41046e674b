"""A person's saved searches and followed measures, saving and following from the listings and measure pages,
and the public links of alert emails: a visitor's subscription to new measures, its confirmation, and
unsubscribing, which works without signing in.

A saved search or a followed measure is its owner's only: anyone else (a guessed id included) gets a 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from alerts import digests, tokens
from alerts.forms import FrequencyForm, SaveForm, SubscribeForm
from alerts.models import FollowedMeasure, SavedSearch
from alerts.reminders import reminders_ahead
from alerts.searches import MEASURES, can_save, describe, listing_path, saved_query
from cabinet.views import cabinet_crumbs
from core.listing import form_errors
from core.navigation import Crumb
from core.rate_limit import FixedWindow, client_address
from home.models import SupportMeasurePage

# Enough for everything a person follows; a bound on what one account can make the worker do.
MAX_SAVED_SEARCHES = 50
SUBSCRIPTIONS = FixedWindow("alert-subscriptions", limit=5, seconds=3600)


def _crumbs(request, *more: Crumb) -> list[Crumb]:
    return cabinet_crumbs(request, Crumb(_("Saved searches and reminders"), reverse("alerts:index")), *more)


def _problem(request, title: str, text: str, status: int):
    return render(request, "alerts/problem.html", {"title": title, "text": text}, status=status)


@login_required
def index(request):
    saved = [
        (
            search,
            listing_path(search.scope, search.query, search.language),
            FrequencyForm(initial={"frequency": search.frequency}, auto_id=f"id_%s_{search.pk}"),
        )
        for search in request.user.saved_searches.all()
    ]
    followed = request.user.followed_measures.select_related("measure__locale")
    return render(
        request, "alerts/index.html", {"saved": saved, "followed": followed, "crumbs": _crumbs(request)}
    )


@login_required
@require_POST
def save(request):
    form = SaveForm(request.POST)
    if not form.is_valid():
        return _problem(request, _("Not saved"), _("This search cannot be saved: the form was changed."), 400)
    scope, query, language = (
        form.cleaned_data["scope"],
        saved_query(form.cleaned_data["query"]),
        get_language(),
    )
    if not can_save(scope, query):
        return _problem(request, _("Not saved"), _("This search cannot be saved: the form was changed."), 400)
    existing = request.user.saved_searches.filter(scope=scope, query=query, language=language).first()
    if existing:
        messages.info(request, _("This search is already saved: %(title)s.") % {"title": existing.title})
        return redirect("alerts:index")
    if request.user.saved_searches.count() >= MAX_SAVED_SEARCHES:
        messages.error(
            request,
            _("You have %(count)s saved searches, the most an account can have. Delete one to save another.")
            % {"count": MAX_SAVED_SEARCHES},
        )
        return redirect("alerts:index")
    now = timezone.now()
    search = SavedSearch.objects.create(
        user=request.user,
        scope=scope,
        query=query,
        language=language,
        title=describe(scope, query),
        checked_at=now,
        confirmed_at=now,
    )
    messages.success(
        request,
        _("Search saved: %(title)s. New results will come to %(email)s daily; you can change that below.")
        % {"title": search.title, "email": request.user.email},
    )
    return redirect("alerts:index")


def _own_search(request, pk: int) -> SavedSearch:
    return get_object_or_404(SavedSearch, pk=pk, user=request.user)


@login_required
@require_POST
def change(request, pk: int):
    search = _own_search(request, pk)
    form = FrequencyForm(request.POST)
    if not form.is_valid():
        return _problem(request, _("Not changed"), _("Choose how often to send new results."), 400)
    search.frequency = form.cleaned_data["frequency"]
    search.save(update_fields=["frequency"])
    messages.success(
        request,
        _("%(title)s: new results will come %(frequency)s.")
        % {"title": search.title, "frequency": search.get_frequency_display().lower()},
    )
    return redirect("alerts:index")


@login_required
@require_POST
def delete(request, pk: int):
    search = _own_search(request, pk)
    search.delete()
    messages.success(request, _("Search deleted: %(title)s.") % {"title": search.title})
    return redirect("alerts:index")


def _back(request, default: str) -> str:
    target = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
    return target if safe else default


@login_required
@require_POST
def follow(request, measure_pk: int):
    measure = get_object_or_404(SupportMeasurePage.objects.live().public(), pk=measure_pk)
    # Back on the measure's page, its button and hint say what changed: no message, which that page does not
    # show (it would wait for the next page that does).
    if reminders_ahead(measure):
        FollowedMeasure.objects.get_or_create(user=request.user, measure=measure)
    return redirect(_back(request, measure.url))


@login_required
@require_POST
def unfollow(request, measure_pk: int):
    follow = get_object_or_404(FollowedMeasure, user=request.user, measure_id=measure_pk)
    follow.delete()
    if not request.POST.get("next"):
        messages.success(request, _("Reminders stopped: %(title)s.") % {"title": follow.measure.title})
    return redirect(_back(request, reverse("alerts:index")))


@require_http_methods(["GET", "POST"])
def subscribe(request):
    posted = request.method == "POST"
    query = saved_query(request.POST.get("query", "") if posted else request.GET.urlencode())
    form = SubscribeForm(request.POST if posted else None, initial={"query": query})
    context = {
        "form": form,
        "title": describe(MEASURES, query),
        "errors": form_errors(form) if posted else [],
    }
    if posted and form.is_bot:
        return _problem(
            request, _("Not sent"), _("The form came back with a field people leave empty filled in."), 400
        )
    if posted and form.is_valid():
        address = client_address(request)
        if SUBSCRIPTIONS.is_limited(address):
            context["too_many"] = True
            return render(request, "alerts/subscribe.html", context, status=429)
        SUBSCRIPTIONS.count(address)
        answers = form.cleaned_data
        with transaction.atomic():
            search, _created = SavedSearch.objects.get_or_create(
                user=None,
                email=answers["email"].lower(),
                scope=MEASURES,
                query=query,
                language=get_language(),
                defaults={"title": context["title"], "checked_at": timezone.now()},
            )
            if search.confirmed_at is None:
                search.frequency = answers["frequency"]
                search.save(update_fields=["frequency"])
                digests.send_confirmation.enqueue(search.pk)
        # The same answer whether the address was subscribed already: the page tells nobody who is.
        return render(request, "alerts/subscribed.html", {"email": answers["email"]})
    return render(request, "alerts/subscribe.html", context, status=400 if posted else 200)


def _search_from(request, purpose: str, token: str):
    pk = tokens.read(purpose, token)
    if pk is None:
        return None, _problem(
            request,
            _("This link does not work"),
            _("The link was changed or cut short. Open it from the email again, or copy the whole address."),
            400,
        )
    return SavedSearch.objects.filter(pk=pk).first(), None


# What these two pages say changes with the subscription, which no cache generation follows.
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    search, problem = _search_from(request, tokens.CONFIRM, token)
    if problem:
        return problem
    if search is None:
        return _problem(
            request, _("No such subscription"), _("It was stopped. Subscribe again if you like."), 404
        )
    if request.method == "POST" and search.confirmed_at is None:
        now = timezone.now()
        search.confirmed_at = search.checked_at = now
        search.save(update_fields=["confirmed_at", "checked_at"])
    return render(request, "alerts/confirm.html", {"search": search})


# Mail clients unsubscribe with one POST and no cookies (RFC 8058): the signed link is the proof.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    search, problem = _search_from(request, tokens.UNSUBSCRIBE, token)
    if problem:
        return problem
    stopped = request.method == "POST" or search is None
    if request.method == "POST" and search is not None:
        search.delete()
    return render(request, "alerts/unsubscribe.html", {"search": search, "stopped": stopped, "token": token})
