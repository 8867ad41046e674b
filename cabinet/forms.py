from django import forms
from django.utils.translation import gettext_lazy as _

from applications.forms import AttachmentsField
from cabinet.models import Claim, ClaimStatus, Role
from catalog.entry import SOURCE_LANGUAGE, source_locale
from catalog.models import Organization
from catalog.validators import validate_inn

# What a new organization needs besides its INN; its other facts and text its members add once approved.
NEW_ORGANIZATION = ("name", "legal_form", "size", "region", "ogrn")


class ClaimForm(forms.ModelForm):
    """A claim to the organization with this INN; one the catalog does not have yet is described here and
    added, unpublished, for staff to publish when they approve the claim."""

    inn = forms.CharField(label=_("The organization's INN"), max_length=12, validators=[validate_inn])
    position = forms.CharField(label=_("Your position in the organization"), max_length=200)
    letters = AttachmentsField(
        label=_("Letter of authority"),
        required=True,
        help_text=_("Signed by the head of the organization: PDF, DOCX, JPEG or PNG, up to 20 MB each."),
    )

    class Meta:
        model = Organization
        fields = NEW_ORGANIZATION

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.organization = None
        self.order_fields(["inn", "position", "letters", *NEW_ORGANIZATION])
        for name in NEW_ORGANIZATION:
            self.fields[name].required = False

    @property
    def new_organization(self) -> bool:
        return self.organization is None

    def _post_clean(self):
        """The model's checks (the INN's and OGRN's length for a legal form) for a new organization only."""
        if self.new_organization and "inn" in self.cleaned_data:
            self.instance.inn = self.cleaned_data["inn"]
            self.instance.locale = source_locale()
            super()._post_clean()

    def clean(self):
        cleaned = super().clean()
        if self.new_organization and "inn" in cleaned:
            for name in ("name", "legal_form", "size", "region"):
                if not cleaned.get(name):
                    self.add_error(
                        name,
                        forms.ValidationError(
                            _("The catalog has no organization with this INN: fill this in to add it."),
                            code="required",
                        ),
                    )
        return cleaned

    def clean_inn(self):
        inn = self.cleaned_data["inn"].strip()
        organization = (
            Organization.objects.filter(inn=inn, locale__language_code=SOURCE_LANGUAGE).order_by("pk").first()
        )
        if organization is None:
            return inn
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
