"""The accessibility statement, which also takes reports of accessibility problems."""

from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.serving import LeanServing
from core.slugs import ReadableSlug


class AccessibilityStatementPage(ReadableSlug, LeanServing, Page):
    """The standard followed, how the site is tested, known limitations, and a form to report a problem."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")

    def serve(self, request, *args, **kwargs):
        from core.listing import form_errors
        from home.accessibility_report import ReportForm

        form = ReportForm(request.POST if request.method == "POST" else None)
        if form.is_bound and form.is_valid():
            if not form.is_from_a_bot():
                form.save(language=get_language())
            return redirect(f"{self.url}?sent=1#report")
        context = {
            **self.get_context(request, *args, **kwargs),
            "form": form,
            "errors": form_errors(form) if form.is_bound else [],
            "sent": "sent" in request.GET,
        }
        return TemplateResponse(request, self.get_template(request, *args, **kwargs), context)


class AccessibilityReport(models.Model):
    """A visitor's report, kept for the staff (and mailed to the site's admins)."""

    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    message = models.TextField(_("what went wrong"))
    page_address = models.CharField(_("address of the page"), max_length=500, blank=True)
    email = models.EmailField(_("email"), blank=True)
    language = models.CharField(_("language"), max_length=8)

    class Meta:
        verbose_name = _("accessibility report")
        verbose_name_plural = _("accessibility reports")
        ordering = ["-created_at"]

    def __str__(self):
        return self.message[:60]
