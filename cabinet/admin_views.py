"""Staff's page for one claim to an organization: who claims it, their evidence, and the decision."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from applications.storage import attachment_response
from cabinet.claims import decide
from cabinet.forms import DecisionForm
from cabinet.models import Claim, ClaimLetter, ClaimStatus


def _can(user, action: str) -> bool:
    return user.has_perm(f"cabinet.{action}_claim")


class ReviewView(WagtailAdminTemplateMixin, FormView):
    template_name = "cabinet/admin/review.html"
    header_icon = "user"
    form_class = DecisionForm
    index_url_name = "claims:index"

    def dispatch(self, request, *args, **kwargs):
        if not _can(request.user, "view"):
            raise PermissionDenied
        self.claim = get_object_or_404(Claim.objects.select_related("user", "organization"), pk=kwargs["pk"])
        self.can_decide = _can(request.user, "change") and self.claim.status == ClaimStatus.PENDING
        if request.method == "POST" and not self.can_decide:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Claim to “%(name)s”") % {"name": self.claim.organization.name}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Claims to organizations")},
            {"url": "", "label": self.claim.organization.name},
        ]

    def form_valid(self, form):
        decide(self.claim, form.cleaned_data["decision"], form.cleaned_data["reason"], self.request.user)
        messages.success(self.request, _("Decision saved: the claimant sees it in their personal account."))
        return redirect(self.request.path)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            claim=self.claim, letters=self.claim.letters.all(), can_decide=self.can_decide, **kwargs
        )


def letter(request, pk: int):
    if not _can(request.user, "view"):
        raise PermissionDenied
    return attachment_response(get_object_or_404(ClaimLetter, pk=pk))
