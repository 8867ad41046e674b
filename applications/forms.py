"""The application form and the form for files an applicant adds when information is requested."""

import re

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from applications import file_types
from catalog.validators import validate_inn, validate_ogrn
from core.honeypot import HoneypotForm
from core.numbers import GroupedIntegerField, grouped
from taxonomy.models import Region

MAX_FILES = 5
MAX_FILE_SIZE = 20 * 1024 * 1024
# ASCII digits only: \d and str.isdigit() would also take other scripts' digits and superscripts.
_PHONE_CHARACTERS = re.compile(r"^\+?[0-9 ()\-]+$")
_PHONE_DIGITS = (10, 15)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Up to MAX_FILES files, each an accepted kind by its content and at most MAX_FILE_SIZE.

    Cleans to a list of (uploaded file, file_types.FileKind).
    """

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.rejected_names: list[str] = []

    def clean(self, data, initial=None):
        files = [file for file in (data or []) if file]
        if self.required and not files:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        if len(files) > MAX_FILES:
            raise forms.ValidationError(
                _("Attach at most %(max)s files; you chose %(count)s.")
                % {"max": MAX_FILES, "count": len(files)},
                code="too_many",
            )
        errors, accepted = [], []
        for file in files:
            try:
                accepted.append((file, _checked_kind(file)))
            except forms.ValidationError as error:
                errors.append(error)
                self.rejected_names.append(file.name)
        if errors:
            raise forms.ValidationError(errors)
        return accepted


def _checked_kind(file) -> file_types.FileKind:
    if file.size > MAX_FILE_SIZE:
        raise forms.ValidationError(
            _("“%(name)s” is larger than 20 MB.") % {"name": file.name}, code="too_large"
        )
    kind = file_types.detect(file)
    extension = "." + file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
    if kind is None or extension not in kind.extensions:
        raise forms.ValidationError(
            _("“%(name)s” is not a PDF, DOCX, XLSX, JPEG or PNG file: its content was checked, not its name.")
            % {"name": file.name},
            code="file_type",
        )
    return kind


def validate_phone(value: str) -> None:
    digits = sum(character in "0123456789" for character in value)
    if not _PHONE_CHARACTERS.match(value) or not _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1]:
        raise forms.ValidationError(
            _("Enter a phone number of 10 to 15 digits, such as +7 495 123-45-67."), code="invalid_phone"
        )


def _region_choices():
    regions = sorted(Region.objects.all(), key=lambda region: region.name)
    return [("", pgettext_lazy("region", "Choose…")), *((region.code, region.name) for region in regions)]


class FilesMixin:
    """What a form with attachments tells the applicant after an error: browsers never keep chosen files."""

    # Set when the form was valid but saving it failed: the files were not kept either.
    submission_failed = False

    def files_to_choose_again(self) -> list[str]:
        if not self.is_bound or not (self.errors or self.submission_failed):
            return []
        rejected = set(self.fields["attachments"].rejected_names)
        return [file.name for file in self.files.getlist("attachments") if file and file.name not in rejected]


class ApplicationForm(FilesMixin, HoneypotForm):
    organization_name = forms.CharField(label=_("Organization name"), max_length=255)
    inn = forms.CharField(
        label=_("INN"),
        help_text=_("10 digits for an organization, 12 for a sole proprietor."),
        max_length=12,
        validators=[validate_inn],
    )
    ogrn = forms.CharField(
        label=_("OGRN or OGRNIP"),
        help_text=_("13 digits for an organization, 15 for a sole proprietor."),
        max_length=15,
        validators=[validate_ogrn],
    )
    region = forms.ChoiceField(label=_("Region of registration"), choices=_region_choices)
    contact_name = forms.CharField(label=_("Contact person"), max_length=255)
    email = forms.EmailField(
        label=_("Email"), help_text=_("We send the reference number and the status link here.")
    )
    phone = forms.CharField(label=_("Phone"), max_length=40, validators=[validate_phone])
    project_summary = forms.CharField(
        label=_("Project summary"),
        help_text=_("What the project does and what the support is for, in up to 3,000 characters."),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    requested_amount = GroupedIntegerField(label=_("Requested amount"), min_value=1, max_value=10**15)
    attachments = AttachmentsField(
        label=_("Documents"),
        help_text=_("Up to 5 files of PDF, DOCX, XLSX, JPEG or PNG, each at most 20 MB."),
    )
    consent = forms.BooleanField(
        label=_("I agree to the processing of my personal data under the privacy policy"),
        error_messages={"required": _("Agree to the processing of personal data to send the application.")},
    )

    def __init__(self, *args, measure, **kwargs):
        super().__init__(*args, **kwargs)
        amount = self.fields["requested_amount"]
        currency = measure.get_currency_display()
        amount.label = _("Requested amount, %(currency)s") % {"currency": currency}
        limits = {"currency": currency}
        if measure.amount_min:
            message = _("Enter at least %(amount)s %(currency)s.") % {
                **limits,
                "amount": grouped(measure.amount_min),
            }
            amount.validators.append(MinValueValidator(measure.amount_min, message=message))
        if measure.amount_max:
            message = _("Enter at most %(amount)s %(currency)s.") % {
                **limits,
                "amount": grouped(measure.amount_max),
            }
            amount.validators.append(MaxValueValidator(measure.amount_max, message=message))
        amount.help_text = _amount_hint(measure.amount_min, measure.amount_max, currency)

    def clean_inn(self):
        return self.cleaned_data["inn"].strip()

    def clean_ogrn(self):
        return self.cleaned_data["ogrn"].strip()

    def clean_region(self):
        return Region.objects.get(code=self.cleaned_data["region"])

    @property
    def privacy_policy_version(self) -> str:
        return settings.PRIVACY_POLICY_VERSION


def _amount_hint(low, high, currency) -> str:
    if low and high:
        return _("From %(low)s to %(high)s %(currency)s") % {
            "low": grouped(low),
            "high": grouped(high),
            "currency": currency,
        }
    if high:
        return _("Up to %(high)s %(currency)s") % {"high": grouped(high), "currency": currency}
    if low:
        return _("From %(low)s %(currency)s") % {"low": grouped(low), "currency": currency}
    return gettext("Any amount, in %(currency)s") % {"currency": currency}


class AdditionalFilesForm(FilesMixin, forms.Form):
    attachments = AttachmentsField(
        label=_("Documents"),
        required=True,
        help_text=_("Up to 5 files of PDF, DOCX, XLSX, JPEG or PNG, each at most 20 MB."),
    )
