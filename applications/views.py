"""The applicant's side: the form for an open measure, and the private status page behind the emailed link."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from applications import rate_limit
from applications.forms import AdditionalFilesForm, ApplicationForm
from applications.models import Application
from applications.storage import attachment_response
from applications.submission import SubmissionFailed, add_files, submit
from core import applicant_details
from core.listing import form_errors
from core.navigation import Crumb
from home.models import SupportMeasurePage
from home.models.measures import MeasureStatus

SUBMITTED_SESSION_KEY = "applications:submitted"


def _measure(measure_id: int) -> SupportMeasurePage:
    """The measure in the visitor's language when translated: the switcher keeps the id in the address."""
    return get_object_or_404(SupportMeasurePage.objects.live(), pk=measure_id).localized


def _crumbs(request, measure) -> list[Crumb]:
    return [Crumb(measure.title, measure.url), Crumb(_("Application"), request.path)]


def _form_page(request, measure, form, failure: str = "", status: int = 200, applicant=None):
    return render(
        request,
        "applications/apply.html",
        {
            "measure": measure,
            "form": form,
            "applicant": applicant,
            "errors": form_errors(form),
            "failure": failure,
            "crumbs": _crumbs(request, measure),
            "retention_years": max(1, round(settings.APPLICATION_RETENTION_DAYS / 365)),
        },
        status=status,
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def apply(request, measure_id: int):
    measure = _measure(measure_id)
    # Checked on every request: the deadline can pass while the form is open in the browser.
    if measure.status != MeasureStatus.OPEN:
        context = {"measure": measure, "crumbs": _crumbs(request, measure)}
        return render(request, "applications/not_open.html", context, status=403)
    if request.method != "POST":
        details = applicant_details.details_for(request.user, request.GET.get("organization", ""))
        form = ApplicationForm(measure=measure, initial=details.fields)
        return _form_page(request, measure, form, applicant=details)
    if rate_limit.is_limited(request):
        return render(request, "applications/too_many.html", {"measure": measure}, status=429)
    form = ApplicationForm(request.POST, request.FILES, measure=measure)
    if form.is_bot:
        rate_limit.count(request)
        return render(request, "applications/not_accepted.html", {"measure": measure}, status=400)
    if not form.is_valid():
        return _form_page(request, measure, form)
    try:
        application = submit(form, measure)
    except SubmissionFailed:
        form.submission_failed = True
        failure = _("We could not save your application because of a fault on our side. Nothing was sent.")
        return _form_page(request, measure, form, failure=failure, status=503)
    rate_limit.count(request)
    request.session[SUBMITTED_SESSION_KEY] = application.reference
    return redirect("applications:status", reference=application.reference, token=application.status_token())


def _application(reference: str, token: str) -> Application:
    """The application the link opens; a wrong token is a 404 like a wrong reference, so neither leaks."""
    application = Application.objects.filter(reference=reference, personal_data_erased_at=None).first()
    if application is None or not application.token_matches(token):
        raise Http404
    return application


def _private(response):
    # The token is in the address: no Referer may carry it to another site, and no shared cache may keep it.
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def status(request, reference: str, token: str):
    application = _application(reference, token)
    form, failure, code = AdditionalFilesForm(), "", 200
    if request.method == "POST" and not application.accepts_files:
        # A page left open since information was requested: the reviewers have moved on.
        failure, code = _("This application is not waiting for documents any more; nothing was added."), 409
    elif request.method == "POST":
        form = AdditionalFilesForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                add_files(application, form.cleaned_data["attachments"])
            except SubmissionFailed:
                form.submission_failed = True
                failure, code = _("We could not save your files because of a fault on our side."), 503
            else:
                return redirect(request.path)
    context = _status_context(request, application, form, failure)
    context["just_submitted"] = request.session.pop(SUBMITTED_SESSION_KEY, None) == application.reference
    return _private(render(request, "applications/status.html", context, status=code))


def _status_context(request, application, form, failure: str = "") -> dict:
    return {
        "application": application,
        "measure": application.measure.localized,
        "history": application.history.all(),
        "attachments": application.attachments.all(),
        "form": form,
        "errors": form_errors(form),
        "failure": failure,
        "token": application.status_token(),
        "crumbs": [
            Crumb(_("Application %(reference)s") % {"reference": application.reference}, request.path)
        ],
    }


@require_http_methods(["GET", "HEAD"])
def attachment(request, reference: str, token: str, pk: int):
    application = _application(reference, token)
    return _private(attachment_response(get_object_or_404(application.attachments, pk=pk)))
