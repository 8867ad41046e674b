"""What an entry's card and page say about it: labelled facts, declared per catalog in catalog.registry.

A `Fact` reads a `LocalizedEntry` (the Russian row's facts, the text in the reader's language) and the
entry's relations (catalog.relations; a card has none) and gives its value as text, as HTML made with
`format_html`, or None to leave the fact out. `reads` names the relations a value follows, so that a listing
fetches them with its entries instead of once per card.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.humanize.templatetags.humanize import intcomma
from django.db import models
from django.template.defaultfilters import date as format_date
from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from catalog.entry import CatalogEntry, LocalizedEntry

Value = Callable[[LocalizedEntry, dict], object]


@dataclass(frozen=True)
class Fact:
    label: str
    value: Value
    reads: tuple[str, ...] = ()


def shown(declared: tuple[Fact, ...], item: LocalizedEntry, related: dict) -> list[tuple[str, object]]:
    """(label, value) of the declared facts that the entry has."""
    return [
        (fact.label, value)
        for fact in declared
        if (value := fact.value(item, related)) is not None and value != ""
    ]


def related_fetch(model: type[CatalogEntry], facts: tuple[Fact, ...]) -> tuple[list[str], list]:
    """(select_related, prefetch_related) for the relations the facts read. A many-to-many list is kept as a
    plain list (`_listed`): a listing's cards read it without building a related manager for each entry."""
    joined, prefetched = [], []
    for path in dict.fromkeys(path for fact in facts for path in fact.reads):
        field = model._meta.get_field(path.split("__")[0])
        if not field.is_relation:
            continue
        if field.many_to_many:
            prefetched.append(models.Prefetch(path, to_attr=_listed(path)))
        elif field.one_to_many:
            prefetched.append(path)
        else:
            joined.append(path)
    return joined, prefetched


def _listed(name: str) -> str:
    return f"listed_{name}"


def _display(entry: models.Model, name: str) -> object:
    """A field's value as a reader sees it: a choice's label, a related entry's name, a list of names."""
    field = entry._meta.get_field(name)
    if field.many_to_many:
        items = getattr(entry, _listed(name), None)
        if items is None:
            items = getattr(entry, name).all()
        return ", ".join(str(item) for item in items) or None
    if field.choices:
        return getattr(entry, f"get_{name}_display")()
    value = getattr(entry, name)
    return None if value in (None, "") else value


def field(label: str, name: str) -> Fact:
    """A fact field of the Russian row, shown as it reads (choices, taxonomies and lists by name)."""
    return Fact(label, lambda item, related: _display(item.facts, name), (name,))


def text(label: str, name: str) -> Fact:
    """A translated text field, marked with its language when it is the Russian fallback."""

    def value(item: LocalizedEntry, related: dict):
        content = getattr(item.text, name)
        if not content:
            return None
        return format_html('<span lang="{}">{}</span>', item.lang, content) if item.lang else content

    return Fact(label, value)


def link(label: str, key: str) -> Fact:
    """A related entry (a `LocalizedEntry` among the relations) as a link to its page."""

    def value(item: LocalizedEntry, related: dict):
        entry = related.get(key)
        if entry is None:
            return None
        attributes = format_html(' lang="{}"', entry.lang) if entry.lang else ""
        return format_html('<a href="{}"{}>{}</a>', entry.facts.get_absolute_url(), attributes, entry.text)

    return Fact(label, value)


def pages(label: str, key: str) -> Fact:
    """Related pages (one or a list, e.g. clusters) as links."""

    def value(item: LocalizedEntry, related: dict):
        found = related.get(key)
        found = [found] if found is not None and not isinstance(found, list) else found or []
        return (
            format_html_join(", ", '<a href="{}">{}</a>', ((page.url, page.title) for page in found)) or None
        )

    return Fact(label, value)


def website(item: LocalizedEntry, related: dict):
    address = item.facts.website
    return format_html('<a href="{}">{}</a>', address, address) if address else None


def area(item: LocalizedEntry, related: dict) -> str:
    return _("%(area)s m²") % {"area": floatformat(item.facts.area, "-1g")}


def rent(item: LocalizedEntry, related: dict) -> str:
    return _("%(rent)s roubles per m² per month") % {"rent": intcomma(item.facts.rent)}


def location(item: LocalizedEntry, related: dict) -> str:
    return f"{item.facts.okrug}, {item.facts.district}"


def availability(item: LocalizedEntry, related: dict) -> str:
    premises = item.facts
    if premises.is_available:
        return _("Available now")
    if premises.available_from and premises.available_from > timezone.localdate():
        return _("Available from %(date)s") % {"date": format_date(premises.available_from, "j E Y")}
    return _("Let")


def contact(item: LocalizedEntry, related: dict):
    premises, parts = item.facts, []
    if item.text.contact_name:
        attributes = format_html(' lang="{}"', item.lang) if item.lang else ""
        parts.append(format_html("<span{}>{}</span>", attributes, item.text.contact_name))
    if premises.contact_phone:
        number_ = premises.contact_phone.replace(" ", "")
        parts.append(format_html('<a href="tel:{}">{}</a>', number_, premises.contact_phone))
    if premises.contact_email:
        parts.append(
            format_html('<a href="mailto:{}">{}</a>', premises.contact_email, premises.contact_email)
        )
    return format_html_join(" · ", "{}", ((part,) for part in parts)) or None


def coordinates(item: LocalizedEntry, related: dict):
    premises = item.facts
    return None if premises.latitude is None else f"{premises.latitude}, {premises.longitude}"


def investment(item: LocalizedEntry, related: dict):
    amount = item.facts.investment_sought
    return _("%(amount)s roubles") % {"amount": intcomma(amount)} if amount else None


def registration_number(sole_proprietor: bool) -> Value:
    """The OGRN of a company, or the OGRNIP of a sole proprietor: the same field under its proper name."""

    def value(item: LocalizedEntry, related: dict):
        organization = item.facts
        if (organization.legal_form == "sole_proprietor") != sole_proprietor:
            return None
        return organization.ogrn or None

    return value


def batch(item: LocalizedEntry, related: dict) -> str:
    manufacturer = item.facts
    return _("from %(low)s to %(high)s pieces") % {
        "low": intcomma(manufacturer.batch_min),
        "high": intcomma(manufacturer.batch_max),
    }


def lead_time(item: LocalizedEntry, related: dict) -> str:
    days = item.facts.lead_time_days
    return ngettext("%(days)s day", "%(days)s days", days) % {"days": days}


def organization_region(item: LocalizedEntry, related: dict):
    organization = item.facts.organization
    return organization.region if organization else None


def batch_size(item: LocalizedEntry, related: dict) -> str:
    pieces = item.facts.batch_size
    return ngettext("%(count)s piece", "%(count)s pieces", pieces) % {"count": intcomma(pieces)}


def target_date(item: LocalizedEntry, related: dict) -> str:
    return format_date(item.facts.target_date, "j E Y")


def budget(item: LocalizedEntry, related: dict):
    amount = item.facts.budget
    return _("%(amount)s roubles") % {"amount": intcomma(amount)} if amount else None
