"""The contact form of a catalog entry, the reply in a conversation and the report of abuse."""

from django import forms
from django.utils.translation import gettext_lazy as _

from applications.forms import AttachmentsField
from core.honeypot import HoneypotForm

FILES_HELP = _("PDF, DOCX, XLSX, JPEG or PNG, up to 20 MB each; only the other side and staff can open them.")


class ReplyForm(HoneypotForm):
    body = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6}))
    files = AttachmentsField(label=_("Files"), help_text=FILES_HELP)


class EnquiryForm(ReplyForm):
    sender = forms.TypedChoiceField(label=_("On behalf of"), coerce=int)
    subject = forms.CharField(label=_("Subject"), max_length=200)

    def __init__(self, memberships, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.memberships = {membership.organization_id: membership for membership in memberships}
        self.fields["sender"].choices = [(pk, str(m.organization)) for pk, m in self.memberships.items()]
        if len(self.memberships) <= 1:
            del self.fields["sender"]
        self.order_fields(["sender", "subject", "body", "files", "website"])

    @property
    def membership(self):
        """The membership the person writes in: the one chosen, or their only one."""
        if "sender" in self.fields:
            return self.memberships[self.cleaned_data["sender"]]
        return next(iter(self.memberships.values()))


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("What is wrong with this message?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
