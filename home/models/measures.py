"""Support measures: grants, subsidies, loans, consultations, ... Their status comes from their dates."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES
from core.serving import LeanServing
from core.slugs import ReadableSlug


class MeasureKind(models.TextChoices):
    GRANT = "grant", _("Grant")
    SUBSIDY = "subsidy", _("Subsidy")
    LOAN = "loan", _("Preferential loan")
    GUARANTEE = "guarantee", _("Guarantee")
    TAX_BENEFIT = "tax_benefit", _("Tax benefit")
    CONSULTATION = "consultation", _("Consultation")
    PREMISES = "premises", _("Premises")
    EXPORT_SUPPORT = "export_support", _("Export support")
    ACCELERATION = "acceleration", _("Acceleration")
    PILOT_TESTING = "pilot_testing", _("Pilot testing")


class MeasureStatus(models.TextChoices):
    OPEN = "open", _("Accepting applications")
    UPCOMING = "upcoming", _("Opens soon")
    CLOSED = "closed", _("Closed")


class Currency(models.TextChoices):
    RUB = "RUB", _("roubles")
    USD = "USD", _("US dollars")
    EUR = "EUR", _("euros")


def status_on(opens: datetime.date | None, deadline: datetime.date | None, today: datetime.date) -> str:
    """Applications are accepted from the opening day to the deadline day, both included."""
    if opens and today < opens:
        return MeasureStatus.UPCOMING
    if deadline and today > deadline:
        return MeasureStatus.CLOSED
    return MeasureStatus.OPEN


def status_q(status: str, today: datetime.date) -> Q:
    """The database form of status_on, so listings filter by status without storing it."""
    if status == MeasureStatus.UPCOMING:
        return Q(opens__gt=today)
    if status == MeasureStatus.CLOSED:
        return Q(deadline__lt=today) & (Q(opens__isnull=True) | Q(opens__lte=today))
    return (Q(opens__isnull=True) | Q(opens__lte=today)) & (Q(deadline__isnull=True) | Q(deadline__gte=today))


class SupportMeasureIndexPage(ReadableSlug, RoutablePageMixin, LeanServing, Page):
    """Lists the measures below it with filters and sorting, and hosts the measure finder."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.SupportMeasurePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("support measure index")

    def get_context(self, request, *args, **kwargs):
        from home.measure_listing import listing_context

        return {**super().get_context(request, *args, **kwargs), **listing_context(request, self)}

    @path("finder/", name="finder")
    def finder(self, request):
        from home.measure_finder import finder_context

        return self.render(
            request,
            context_overrides=finder_context(request, self),
            template="home/measure_finder.html",
        )


class SupportMeasurePage(ReadableSlug, LeanServing, Page):
    kind = models.CharField(_("kind"), max_length=20, choices=MeasureKind.choices)
    audiences = ParentalManyToManyField("taxonomy.Audience", verbose_name=_("audiences"), blank=False)
    industries = ParentalManyToManyField(
        "taxonomy.Industry",
        verbose_name=_("industries"),
        blank=True,
        help_text=_("Leave empty for a measure open to every industry."),
    )
    amount_min = models.PositiveBigIntegerField(_("minimum amount"), null=True, blank=True)
    amount_max = models.PositiveBigIntegerField(_("maximum amount"), null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.RUB)
    opens = models.DateField(_("applications open"), null=True, blank=True)
    deadline = models.DateField(_("application deadline"), null=True, blank=True)
    summary = models.TextField(_("summary"))
    eligibility = RichTextField(_("eligibility criteria"), features=RICH_TEXT_FEATURES)
    documents = RichTextField(_("required documents"), features=RICH_TEXT_FEATURES)
    how_to_apply = RichTextField(_("how to apply"), features=RICH_TEXT_FEATURES)
    operator = models.CharField(_("operator"), max_length=255)
    legal_basis = models.CharField(_("legal basis"), max_length=255, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("audiences"), FieldPanel("industries")],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("amount_min"), FieldPanel("amount_max"), FieldPanel("currency")]),
                FieldRowPanel([FieldPanel("opens"), FieldPanel("deadline")]),
            ],
            heading=_("Amount and dates"),
        ),
        FieldPanel("eligibility"),
        FieldPanel("documents"),
        FieldPanel("how_to_apply"),
        MultiFieldPanel(
            [
                FieldPanel("operator"),
                FieldPanel("legal_basis"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Operator and contacts"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("eligibility"),
        index.SearchField("operator"),
        index.SearchField("facts_as_words"),
        index.FilterField("kind"),
        index.FilterField("opens"),
        index.FilterField("deadline"),
    ]
    parent_page_types = ["home.SupportMeasureIndexPage"]
    subpage_types = []

    def facts_as_words(self) -> str:
        """The kind, audiences and industries in the page's language, for the site search: «гранты для
        стартапов» finds the grants whose audience is startups, as a catalog's facet labels are words."""
        with translation.override(self.locale.language_code):
            facts = [self.get_kind_display(), *self.audiences.all(), *self.industries.all()]
            return " ".join(str(fact) for fact in facts)

    # Facts, not text: every language shows the Russian page's values (home.translation.sync_facts).
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "kind",
            "audiences",
            "industries",
            "amount_min",
            "amount_max",
            "currency",
            "opens",
            "deadline",
            "contact_email",
            "contact_phone",
        )
    ]

    class Meta:
        verbose_name = _("support measure")

    def clean(self):
        super().clean()
        errors = {}
        if self.amount_min and self.amount_max and self.amount_min > self.amount_max:
            errors["amount_max"] = _("The maximum amount must not be less than the minimum.")
        if self.opens and self.deadline and self.opens > self.deadline:
            errors["deadline"] = _("The deadline must not come before the opening date.")
        if errors:
            raise ValidationError(errors)

    @property
    def status(self) -> str:
        return status_on(self.opens, self.deadline, timezone.localdate())

    def get_status_display(self) -> str:
        return MeasureStatus(self.status).label
