"""The support measure listing: a GET form of filters, sort and pagination over the index page's measures."""

from django import forms
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.listing import MultipleChoiceFilter, form_errors, paginate, valid_filters
from home.models.measures import MeasureKind, MeasureStatus, SupportMeasurePage, status_q
from taxonomy.models import Audience, Industry

PER_PAGE = 20
SORTS = {
    "deadline": (F("deadline").asc(nulls_last=True), "pk"),
    "newest": (F("first_published_at").desc(nulls_last=True), "-pk"),
}


def taxonomy_choices(model) -> list[tuple[str, str]]:
    return [(item.slug, item.name) for item in model.objects.all()]


class MeasureFilterForm(forms.Form):
    status = MultipleChoiceFilter(label=_("Status"), choices=MeasureStatus.choices)
    kind = MultipleChoiceFilter(label=_("Kind of support"), choices=MeasureKind.choices)
    audience = MultipleChoiceFilter(label=_("Who it is for"))
    industry = MultipleChoiceFilter(
        label=_("Industry"), help_text=_("Measures open to every industry are always included.")
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=[("deadline", _("Deadline, soonest first")), ("newest", _("Newest first"))],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["audience"].choices = taxonomy_choices(Audience)
        self.fields["industry"].choices = taxonomy_choices(Industry)


def filter_measures(queryset, filters: dict, today):
    if filters.get("kind"):
        queryset = queryset.filter(kind__in=filters["kind"])
    if filters.get("audience"):
        queryset = queryset.filter(audiences__slug__in=filters["audience"])
    if filters.get("industry"):
        queryset = queryset.filter(Q(industries__slug__in=filters["industry"]) | Q(industries__isnull=True))
    if filters.get("status"):
        any_status = Q()
        for status in filters["status"]:
            any_status |= status_q(status, today)
        queryset = queryset.filter(any_status)
    return queryset.distinct().order_by(*SORTS[filters.get("sort") or "deadline"])


def listing_context(request, index_page) -> dict:
    form = MeasureFilterForm(request.GET)
    filters = valid_filters(form)
    measures = SupportMeasurePage.objects.child_of(index_page).live().public()
    results = filter_measures(measures, filters, timezone.localdate())
    page = paginate(request, results.prefetch_related("audiences", "industries"), PER_PAGE)
    return {
        "filter_form": form,
        "errors": form_errors(form),
        "measures": page,
        "total": page.paginator.count,
        "filtered": any(filters.get(name) for name in ("kind", "audience", "industry", "status")),
    }
