"""The admin's list of background tasks that failed their last try (core.background), for administrators:
what it was, when, the error, and a button that tries it once more now the cause is fixed."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.tasks import TaskResultStatus
from django.urls import path
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from django_tasks_db.models import DBTaskResult
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.background import ATTEMPT, ATTEMPTS, BACKEND

SHOWN = 200


def _for_administrators(request):
    if not request.user.is_superuser:
        raise PermissionDenied


def given_up():
    return DBTaskResult.objects.filter(
        backend_name=BACKEND, status=TaskResultStatus.FAILED, **{f"args_kwargs__kwargs__{ATTEMPT}": ATTEMPTS}
    ).order_by("-finished_at")


class FailedTasksView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "core/admin/failed_tasks.html"
    page_title = gettext_lazy("Background tasks")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        _for_administrators(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        tasks = DBTaskResult.objects.filter(backend_name=BACKEND)
        return super().get_context_data(
            failed=given_up()[:SHOWN],
            waiting=tasks.filter(status=TaskResultStatus.READY).count(),
            attempts=ATTEMPTS,
            **kwargs,
        )


@require_POST
def try_again(request, pk):
    """Enqueues the task afresh, with all its tries ahead of it; the failed row goes, so the list shows only
    what still needs someone."""
    _for_administrators(request)
    failed = given_up().filter(pk=pk).first()
    if failed is None:
        # Started again from another tab, or pruned: the list says what is left.
        messages.warning(request, _("This task is no longer waiting to be tried again."))
        return redirect("failed_tasks")
    arguments = failed.args_kwargs
    kwargs = {key: value for key, value in arguments["kwargs"].items() if key != ATTEMPT}
    # The task as declared: the failed row's own copy keeps the delay of its last try.
    import_string(failed.task_path).enqueue(*arguments["args"], **kwargs)
    failed.delete()
    messages.success(request, _("The task will run again in a moment."))
    return redirect("failed_tasks")


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


urls = [
    path("reports/background-tasks/", FailedTasksView.as_view(), name="failed_tasks"),
    path("reports/background-tasks/<uuid:pk>/try-again/", try_again, name="failed_task_try_again"),
]
