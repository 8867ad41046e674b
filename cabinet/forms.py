from django import forms
from django.utils.translation import gettext_lazy as _

from applications.forms import AttachmentsField
from cabinet.models import Claim, ClaimStatus, Role
from catalog.entry import SOURCE_LANGUAGE
from catalog.models import Organization
from catalog.validators import validate_inn


class ClaimForm(forms.Form):
    inn = forms.CharField(label=_("The organization's INN"), max_length=12, validators=[validate_inn])
    position = forms.CharField(label=_("Your position in the organization"), max_length=200)
    letters = AttachmentsField(
        label=_("Letter of authority"),
        required=True,
        help_text=_("Signed by the head of the organization: PDF, DOCX, JPEG or PNG, up to 20 MB each."),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.organization = None

    def clean_inn(self):
        inn = self.cleaned_data["inn"].strip()
        organization = (
            Organization.objects.filter(inn=inn, locale__language_code=SOURCE_LANGUAGE).order_by("pk").first()
        )
        if organization is None:
            raise forms.ValidationError(
                _("The catalog has no organization with this INN: please check it."), code="unknown"
            )
        if organization.memberships.filter(user=self.user).exists():
            raise forms.ValidationError(_("You already represent this organization."), code="member")
        pending = Claim.objects.filter(user=self.user, organization=organization, status=ClaimStatus.PENDING)
        if pending.exists():
            raise forms.ValidationError(
                _("Your claim to this organization is already waiting for review."), code="pending"
            )
        self.organization = organization
        return inn


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[(ClaimStatus.APPROVED, _("Approve")), (ClaimStatus.REJECTED, _("Reject"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The claimant reads it; required when rejecting."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == ClaimStatus.REJECTED and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Say why, so the claimant knows what to send instead."))
        return cleaned


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Colleague's email address"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.MEMBER)

    def __init__(self, organization, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.organization = organization

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if self.organization.memberships.filter(user__emailaddress__email__iexact=email).exists():
            raise forms.ValidationError(_("This person already represents the organization."), code="member")
        return email
