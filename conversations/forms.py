"""The contact form of a catalog entry, the reply in a conversation and the report of abuse."""

from django import forms
from django.utils.translation import gettext_lazy as _

from applications.forms import AttachmentsField
from core.honeypot import HoneypotForm

FILES_HELP = _("PDF, DOCX, XLSX, JPEG or PNG, up to 20 MB each; only the other side and staff can open them.")


class ReplyForm(HoneypotForm):
    body = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6}))
    files = AttachmentsField(label=_("Files"), help_text=FILES_HELP)


class OnBehalfOf:
    """A form sent on behalf of one of the person's organizations: «On behalf of» is asked only of someone
    who represents several (the form declares the `sender` field)."""

    def offer(self, memberships) -> None:
        self.memberships = {membership.organization_id: membership for membership in memberships}
        self.fields["sender"].choices = [(pk, str(m.organization)) for pk, m in self.memberships.items()]
        if len(self.memberships) <= 1:
            del self.fields["sender"]

    @property
    def membership(self):
        """The membership the person writes in: the one chosen, or their only one."""
        if "sender" in self.fields:
            return self.memberships[self.cleaned_data["sender"]]
        return next(iter(self.memberships.values()))


def sender_field() -> forms.Field:
    return forms.TypedChoiceField(label=_("On behalf of"), coerce=int)


class EnquiryForm(OnBehalfOf, ReplyForm):
    sender = sender_field()
    subject = forms.CharField(label=_("Subject"), max_length=200)

    def __init__(self, memberships, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.offer(memberships)
        self.order_fields(["sender", "subject", "body", "files", "website"])


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("What is wrong with this message?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
