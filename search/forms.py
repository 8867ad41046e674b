"""The listing's GET form, built from a catalog's spec: one checkbox group per facet, two bounds per range."""

from functools import cache

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from catalog.registry import CatalogSpec
from core.listing import MultipleChoiceFilter
from core.numbers import GroupedDecimalField, GroupedIntegerField
from search.query import Query

MAX_QUERY_LENGTH = 200


class ListingForm(forms.Form):
    spec: CatalogSpec

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Choice labels follow the reader's language, so they are read per request.
        for facet in self.spec.facets:
            self.fields[facet.name].choices = facet.choices(self.spec.model)

    def clean(self):
        cleaned = super().clean()
        for bounds in self.spec.ranges:
            low, high = cleaned.get(f"{bounds.name}_min"), cleaned.get(f"{bounds.name}_max")
            if low is not None and high is not None and low > high:
                self.add_error(f"{bounds.name}_max", _("The upper bound must not be below the lower bound."))
        return cleaned

    def query(self, filters: dict, page: int, per_page: int) -> Query:
        """The engine query from the valid fields (`core.listing.valid_filters`)."""
        return Query(
            text=filters.get("q") or "",
            facets={facet.name: tuple(filters.get(facet.name) or ()) for facet in self.spec.facets},
            ranges={
                bounds.name: (filters.get(f"{bounds.name}_min"), filters.get(f"{bounds.name}_max"))
                for bounds in self.spec.ranges
            },
            sort=filters.get("sort") or "",
            page=page,
            per_page=per_page,
        )


def _bound(bounds, label):
    if bounds.decimal:
        field = GroupedDecimalField(label=label, required=False, min_value=0, max_digits=12, decimal_places=1)
    else:
        field = GroupedIntegerField(label=label, required=False, min_value=0, max_value=10**15)
    field.full_label = format_lazy("{range}, {bound}", range=bounds.label, bound=label)
    return field


@cache
def listing_form(spec: CatalogSpec) -> type[ListingForm]:
    fields = {
        "q": forms.CharField(label=_("Search"), required=False, max_length=MAX_QUERY_LENGTH, strip=True)
    }
    for facet in spec.facets:
        fields[facet.name] = MultipleChoiceFilter(label=facet.label(spec.model))
    for bounds in spec.ranges:
        fields[f"{bounds.name}_min"] = _bound(bounds, _("from"))
        fields[f"{bounds.name}_max"] = _bound(bounds, _("to"))
    fields["sort"] = forms.ChoiceField(label=_("Sort by"), required=False, choices=spec.sort_choices)
    return type(f"{spec.model.__name__}ListingForm", (ListingForm,), {"spec": spec, **fields})
