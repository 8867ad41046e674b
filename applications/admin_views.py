"""The reviewer's page for one application (details, documents, history, decision) and its documents."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from applications import retention
from applications.models import Application, Attachment, Status
from applications.permissions import policy
from applications.storage import attachment_response
from applications.workflow import TransitionNotAllowed, allowed_statuses, change_status

# The name of the submit button that asks for erasure rather than a decision.
ERASE = "erase"


class DecisionForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("New status"))
    comment = forms.CharField(
        label=gettext_lazy("Comment for the applicant"),
        help_text=gettext_lazy("Emailed to the applicant and shown on their status page."),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, statuses, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [(status, Status(status).label) for status in statuses]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == Status.INFORMATION_REQUESTED and not cleaned.get("comment"):
            self.add_error("comment", _("Say which information or documents the applicant should send."))
        return cleaned


class ReviewView(WagtailAdminTemplateMixin, FormView):
    template_name = "applications/admin/review.html"
    header_icon = "form"
    index_url_name = "applications_admin:index"

    def dispatch(self, request, *args, **kwargs):
        if not policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        self.application = get_object_or_404(
            Application.objects.select_related("measure", "region"), pk=kwargs["pk"]
        )
        self.can_decide = policy.user_has_permission(request.user, "change")
        self.can_erase = policy.user_has_permission(request.user, "erase")
        if request.method == "POST" and ERASE in request.POST:
            return self.erase_personal_data()
        if request.method == "POST" and not self.can_decide:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def erase_personal_data(self):
        """An applicant's request to delete their data: the files and personal fields go, the record stays."""
        if not self.can_erase:
            raise PermissionDenied
        retention.erase(self.application)
        messages.success(self.request, _("The applicant's personal data and documents were erased."))
        return redirect(self.request.path)

    def get_page_title(self):
        return _("Application %(reference)s") % {"reference": self.application.reference}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Applications")},
            {"url": "", "label": self.application.reference},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "statuses": allowed_statuses(self.application)}

    def get_form_class(self):
        return DecisionForm

    def form_valid(self, form):
        try:
            change_status(
                self.application, form.cleaned_data["status"], self.request.user, form.cleaned_data["comment"]
            )
        except TransitionNotAllowed:
            messages.error(
                self.request, _("The application's status changed meanwhile: please decide again.")
            )
        else:
            messages.success(self.request, _("Status changed; the applicant has been emailed."))
        return redirect(self.request.path)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            application=self.application,
            attachments=self.application.attachments.all(),
            history=self.application.history.select_related("changed_by"),
            can_decide=self.can_decide and bool(allowed_statuses(self.application)),
            can_erase=self.can_erase and self.application.personal_data_erased_at is None,
            erase_field=ERASE,
            **kwargs,
        )


def attachment(request, pk: int):
    if not policy.user_has_permission(request.user, "view"):
        raise PermissionDenied
    return attachment_response(get_object_or_404(Attachment, pk=pk))
