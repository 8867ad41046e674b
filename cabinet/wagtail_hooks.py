"""Claims to organizations in the Wagtail admin: a queue to decide, and its count on the dashboard."""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from cabinet import admin_views
from cabinet.models import Claim, ClaimStatus
from core.dashboard import WorkLine, WorkPanel


class ClaimViewSet(ModelViewSet):
    model = Claim
    name = "claims"
    icon = "user"
    menu_label = _("Claims to organizations")
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    form_fields = ["status"]
    search_backend_name = None
    search_fields = ["organization__name", "organization__inn", "user__email"]
    list_filter = ["status"]
    list_display = ["organization", "user", "position", "status", "submitted_at"]

    @property
    def edit_view(self):
        return admin_views.ReviewView.as_view(index_url_name=self.get_url_name("index"))

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("letters/<int:pk>/", admin_views.letter, name="letter")]

    def get_permissions_to_register(self):
        return Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(Claim), codename__in=["view_claim", "change_claim"]
        )


@hooks.register("register_admin_viewset")
def register_claims():
    return ClaimViewSet()


@hooks.register("construct_homepage_panels")
def claims_waiting(request, panels):
    if not request.user.has_perm("cabinet.view_claim"):
        return
    waiting = Claim.objects.filter(status=ClaimStatus.PENDING).count()
    if waiting:
        line = WorkLine(str(ClaimStatus.PENDING.label), waiting, f"{reverse('claims:index')}?status=pending")
        panels.append(WorkPanel("claims-waiting", _("Claims to organizations"), [line], order=55))
