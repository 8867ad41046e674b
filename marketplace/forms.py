"""A manufacturer's quote, the buyer's drawings, and how a manufacturer's members hear of new orders."""

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from applications.forms import AttachmentsField
from cabinet.entry_forms import DateInput
from conversations.forms import OnBehalfOf, sender_field
from core.numbers import GroupedIntegerField
from marketplace.models import Frequency, Quote

# A quote's terms rarely hold longer than this; a later date is most likely a mistyped year.
LONGEST_VALIDITY = timedelta(days=366)


class QuoteForm(OnBehalfOf, forms.ModelForm):
    sender = sender_field()
    files = AttachmentsField(
        label=_("Files"),
        help_text=_(
            "PDF, DOCX, XLSX, JPEG or PNG, up to 20 MB each; only the buyer and staff can open them."
        ),
    )

    class Meta:
        model = Quote
        fields = ["price", "lead_time_days", "valid_until", "comment"]
        field_classes = {"price": GroupedIntegerField}
        widgets = {"valid_until": DateInput, "comment": forms.Textarea(attrs={"rows": 5})}
        help_texts = {
            "price": _("For the whole batch, VAT included."),
            "lead_time_days": _("Calendar days from the order's acceptance to the batch's delivery."),
        }

    def __init__(self, memberships, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.offer(memberships)
        self.fields["comment"].max_length = 5000
        self.order_fields(["sender", "price", "lead_time_days", "valid_until", "comment", "files"])

    def clean_valid_until(self):
        value = self.cleaned_data["valid_until"]
        today = timezone.localdate()
        if value < today:
            raise forms.ValidationError(_("A quote must be valid at least until today."), code="past")
        if value > today + LONGEST_VALIDITY:
            raise forms.ValidationError(_("A quote can be valid for a year at most: check the year."))
        return value

    def answers(self) -> dict:
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class OrderFilesForm(forms.Form):
    files = AttachmentsField(
        label=_("Add drawings or specifications"),
        required=True,
        help_text=_(
            "PDF, DOCX, XLSX, JPEG or PNG, up to 20 MB each. Only your organization, staff and the "
            "manufacturers you have answered in a conversation about this order can open them."
        ),
    )


class AlertSettingForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("Tell me of new orders this organization can take"),
        choices=Frequency.choices,
        widget=forms.RadioSelect,
    )
