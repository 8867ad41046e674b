"""Reports of accessibility problems, sent from the accessibility statement to the site's staff."""

from django import forms
from django.core.mail import mail_admins
from django.utils.translation import gettext_lazy as _

from home.models import AccessibilityReport


class ReportForm(forms.Form):
    message = forms.CharField(
        label=_("What went wrong"),
        help_text=_("What you tried to do, and what stopped you."),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    page_address = forms.CharField(label=_("Address of the page"), max_length=500, required=False)
    email = forms.EmailField(label=_("Your email, if you want an answer"), required=False)
    # A field people never see (it is hidden) and bots fill in.
    website = forms.CharField(required=False)

    def is_from_a_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))

    def save(self, language: str) -> AccessibilityReport:
        report = AccessibilityReport.objects.create(
            message=self.cleaned_data["message"],
            page_address=self.cleaned_data["page_address"],
            email=self.cleaned_data["email"],
            language=language,
        )
        mail_admins(
            f"Accessibility problem reported ({language})",
            f"{report.message}\n\nPage: {report.page_address or '-'}\nReply to: {report.email or '-'}",
        )
        return report
