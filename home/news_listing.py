"""The news listing: newest first, filterable by topic, paginated."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.listing import form_errors, paginate, valid_filters
from taxonomy.models import NewsTopic

PER_PAGE = 12


class NewsFilterForm(forms.Form):
    tag = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tag"].choices = [("", _("All topics"))] + [
            (t.slug, t.name) for t in NewsTopic.objects.all()
        ]


def listing_context(request, index_page) -> dict:
    form = NewsFilterForm(request.GET)
    filters = valid_filters(form)
    news = index_page.news()
    if filters.get("tag"):
        news = news.filter(topics__slug=filters["tag"])
    page = paginate(request, news.prefetch_related("topics").select_related("image"), PER_PAGE)
    topic = NewsTopic.objects.filter(slug=filters.get("tag")).first() if filters.get("tag") else None
    return {
        "filter_form": form,
        "errors": form_errors(form),
        "news": page,
        "total": page.paginator.count,
        "topic": topic,
    }
