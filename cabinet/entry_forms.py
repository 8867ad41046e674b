"""The forms an organization's members edit its catalog entries with: the Russian row's facts and text,
and beside each text field its English version (the entry's English row). What only the cluster decides
(roles, clusters) and who the organization is (its INN) are not in them."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField

from catalog.entry import CatalogEntry
from catalog.models import Manufacturer, Order, Organization, Premises, Project
from core.images import CustomImage
from core.numbers import GroupedDecimalField, GroupedIntegerField

ENGLISH_SUFFIX = "_en"


class DateInput(forms.DateInput):
    """The browser's date picker; the value travels as 2026-12-03 whatever the language."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class EntryForm(forms.ModelForm):
    def __init__(self, *args, english: CatalogEntry | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_english = english is not None
        fields = {}
        for name, field in self.fields.items():
            fields[name] = field
            if name in self._meta.model.text_fields:
                fields[name + ENGLISH_SUFFIX] = self._english_field(name, english)
        self.fields = fields
        for field in self.fields.values():
            if isinstance(field.widget, forms.SelectMultiple):
                field.widget = forms.CheckboxSelectMultiple(choices=field.choices)

    def _english_field(self, name: str, english: CatalogEntry | None) -> forms.Field:
        model_field = self._meta.model._meta.get_field(name)
        field = model_field.formfield(required=False)
        field.label = capfirst(_("%(field)s in English") % {"field": model_field.verbose_name})
        field.help_text = _("Without it, English readers see the Russian text.")
        field.initial = getattr(english, name, "") if english is not None else ""
        return field

    def clean(self):
        """An English version needs what the Russian one needs (a name): given with the rest of its text,
        or kept when it exists."""
        cleaned = super().clean()
        text = {name: cleaned.get(name + ENGLISH_SUFFIX, "") for name in self._meta.model.text_fields}
        if not self.has_english and not any(text.values()):
            return cleaned
        for name, value in text.items():
            if (
                name + ENGLISH_SUFFIX in self.fields
                and not value
                and not self._meta.model._meta.get_field(name).blank
            ):
                message = (
                    _("The English version stays: give this in English too.")
                    if self.has_english
                    else _("Give this in English too, or leave every field in English empty.")
                )
                self.add_error(name + ENGLISH_SUFFIX, forms.ValidationError(message, code="required"))
        return cleaned

    @property
    def english_changes(self) -> list[str]:
        """The English row's fields this form changes."""
        return [
            name.removesuffix(ENGLISH_SUFFIX) for name in self.changed_data if name.endswith(ENGLISH_SUFFIX)
        ]

    @property
    def russian_changes(self) -> list[str]:
        """The Russian row's fields this form changes (a new logo file changes the logo)."""
        names = [name for name in self.changed_data if not name.endswith(ENGLISH_SUFFIX)]
        return ["logo" if name == "logo_file" else name for name in names]

    def english_text(self) -> dict[str, str]:
        return {
            name: self.cleaned_data[name + ENGLISH_SUFFIX]
            for name in self._meta.model.text_fields
            if name + ENGLISH_SUFFIX in self.fields
        }

    def entry(self) -> CatalogEntry:
        """The entry with the form's values, lists included, not saved: the lists are parental fields, held
        on the row until it is saved (a draft revision records them without touching the live row's)."""
        entry = self.save(commit=False)
        for field in self._meta.model._meta.many_to_many:
            if field.name in self.cleaned_data:
                getattr(entry, field.name).set(self.cleaned_data[field.name])
        return entry


class OrganizationForm(EntryForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A new file is stored as a decorative image (it stands beside the name) when the change is sent;
        # the revision points to it, so visitors see it only once the change is approved. Made here, in
        # the reader's language: Wagtail's field writes its help and error texts when it is made.
        logo = WagtailImageField(label=_("Logo"), required=False)
        logo.help_text = (
            _("A logo is published; a new file replaces it.")
            if self.instance.logo_id
            else _("PNG, JPEG, GIF or WebP, up to 10 MB; shown beside the name on the organization's page.")
        )
        self.fields["logo_file"] = logo

    def entry(self) -> CatalogEntry:
        entry = super().entry()
        if file := self.cleaned_data.get("logo_file"):
            entry.logo = CustomImage.objects.create(title=str(entry), file=file, is_decorative=True)
        return entry

    class Meta:
        model = Organization
        fields = [
            "name",
            "description",
            "legal_form",
            "ogrn",
            "region",
            "size",
            "founded",
            "industries",
            "website",
        ]


class ProjectForm(EntryForm):
    class Meta:
        model = Project
        fields = [
            "name",
            "description",
            "industry",
            "technologies",
            "stage",
            "investment_sought",
            "year",
            "website",
        ]
        field_classes = {"investment_sought": GroupedIntegerField}


class PremisesForm(EntryForm):
    class Meta:
        model = Premises
        fields = [
            "title",
            "description",
            "owner",
            "address",
            "okrug",
            "district",
            "kind",
            "area",
            "rent",
            "is_available",
            "available_from",
            "floor",
            "features",
            "contact_name",
            "contact_phone",
            "contact_email",
        ]
        field_classes = {"area": GroupedDecimalField, "rent": GroupedIntegerField}
        widgets = {"available_from": DateInput}


class ManufacturerForm(EntryForm):
    class Meta:
        model = Manufacturer
        fields = [
            "description",
            "capabilities",
            "materials",
            "certifications",
            "batch_min",
            "batch_max",
            "lead_time_days",
        ]
        field_classes = {"batch_min": GroupedIntegerField, "batch_max": GroupedIntegerField}


class OrderForm(EntryForm):
    class Meta:
        model = Order
        fields = [
            "name",
            "description",
            "capabilities",
            "materials",
            "certifications",
            "batch_size",
            "target_date",
            "budget",
            "region",
        ]
        field_classes = {"batch_size": GroupedIntegerField, "budget": GroupedIntegerField}
        widgets = {"target_date": DateInput}
