"""Every public page type, in each state worth auditing, once. Later features add their entries here.

An entry turns the test data into a path (read before the browser opens), or into HTML for pages that
cannot be reached on purpose, such as the 500 page; its `prepare` step then brings the loaded page to the
state (tests/browser/page_states.py).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from catalog.registry import SPECS
from home.models import (
    AccessibilityStatementPage,
    ClusterIndexPage,
    ClusterPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
    SupportMeasureIndexPage,
    SupportMeasurePage,
)
from tests.browser import (
    accessibility_statement_pages,
    accounts_pages,
    alerts_pages,
    applications_pages,
    conversations_pages,
    marketplace_pages,
    page_states,
)

LANGUAGES = ("ru", "en")
NBSP = "\u00a0"
CATALOGS = tuple(spec.model for spec in SPECS.values())
ORGANIZATIONS = SPECS["organizations"].model


@dataclass(frozen=True)
class PageType:
    name: str
    path: Callable[[dict, str], str] | None = None
    html: Callable[[str], str] | None = None
    status: int = 200
    model: type[Page] | None = None
    prepare: Callable = page_states.as_loaded


@dataclass(frozen=True)
class Target:
    name: str
    language: str
    path: str
    status: int
    html: str | None
    prepare: Callable = page_states.as_loaded


def _server_error_html(language: str) -> str:
    with translation.override(language):
        return render_to_string("500.html")


def url_of(model: type[Page], query: str = "", route: str = "") -> Callable[[dict, str], str]:
    """The first live page of `model` in the language, with a sub-route and query string."""
    return lambda data, language: data["pages"][model][language].url + route + (f"?{query}" if query else "")


# Per catalog: words, facets chosen (several values, several facets) and a range; a range no entry reaches.
FILTERED = {
    "premises": ("помещение", "kind=office&kind=laboratory&features=parking&area_min=20&sort=rent"),
    "projects": ("разработка", "stage=pilot&stage=mvp&industry=robotics&year_min=2018"),
    "organizations": ("технологии", "roles=participant&size=small&size=micro&region=moscow&founded_min=2005"),
    "manufacturers": ("производство", "capabilities=cnc-machining&capabilities=3d-printing&lead_time_max=90"),
    "orders": ("партия", "status=open&status=closed&batch_min=10&sort=target_date"),
}
NOTHING = {
    "premises": "rent_min=9999999",
    "projects": "year_min=3000",
    "organizations": "founded_min=3000",
    "manufacturers": "lead_time_min=30000",
    "orders": "batch_min=99999999",
}

# A number people type wrongly, and bounds the wrong way round.
RANGE_ERROR = {
    "premises": f"area_min={quote('12,5,0')}&rent_min=2000&rent_max=1000",
    "projects": f"investment_min={quote('три миллиона')}&year_min=2020&year_max=2010",
    "organizations": f"founded_min={quote('двухтысячный')}",
    "manufacturers": f"lead_time_min={quote('1 0')}&batch_min=100&batch_max=10",
    "orders": f"batch_min={quote('сто')}&target_year_min=2028&target_year_max=2026",
}
# Keywords, an amount typed with non-breaking spaces and several facets: counts next to every option.
MEASURES_FILTERED = {
    language: f"q={words}&amount={quote(NBSP.join(['1', '000', '000 ₽']))}&status=open&status=upcoming"
    "&kind=loan&kind=guarantee"
    for language, words in (("ru", quote("льготный")), ("en", "preferential"))
}
# Several organisation types and needs at once: more than ten matches, the rest behind a disclosure.
FINDER_SEVERAL_TYPES = (
    "organisation=startup&organisation=small_business&organisation=university"
    "&needs=money&needs=consulting&needs=premises&needs=pilots"
)


def _filtered(segment: str) -> str:
    words, filters = FILTERED[segment]
    return f"q={quote(words)}&{filters}"  # percent-encoded, as browsers send it


def catalog_url(model, detail: bool = True, query: str = "") -> Callable[[dict, str], str]:
    """A catalog's list (with a query string), or its first entry's detail page, in the language."""

    def path(data: dict, language: str) -> str:
        with translation.override(language):
            if detail:
                return data["entries"][model].get_absolute_url()
            return reverse(f"catalog:{model.segment}-list") + (f"?{query}" if query else "")

    return path


def search_url(query: dict[str, str] | None = None) -> Callable[[dict, str], str]:
    """The site search in the language, asked the query given for that language (none: the empty form)."""

    def path(data: dict, language: str) -> str:
        with translation.override(language):
            address = reverse("search:results")
        return f"{address}?{urlencode({'q': query[language]})}" if query else address

    return path


def paths_data(homes: dict) -> dict:
    """What the path functions read, from the database, before the browser opens (see harness)."""
    models = {entry.model for entry in REGISTRY if entry.model}
    live = {model: model.objects.live() for model in models}
    pages = {
        model: {language: pages.filter(locale__language_code=language).first() for language in LANGUAGES}
        for model, pages in live.items()
    }
    entries = {model: model.objects.filter(locale__language_code="ru").first() for model in CATALOGS}
    return {"homes": homes, "pages": pages, "entries": entries}


REGISTRY = [
    PageType("home page", path=url_of(HomePage), model=HomePage),
    PageType("home page, visual panel open", path=url_of(HomePage), prepare=page_states.visual_panel_open),
    PageType(
        "premises list, visual panel after a choice",
        path=catalog_url(SPECS["premises"].model, False),
        prepare=page_states.visual_panel_after_a_choice,
    ),
    PageType("support measures", path=url_of(SupportMeasureIndexPage), model=SupportMeasureIndexPage),
    PageType("support measures, filtered", path=url_of(SupportMeasureIndexPage, "kind=grant&status=open")),
    PageType("support measures, bad filter", path=url_of(SupportMeasureIndexPage, "kind=nonsense&page=1")),
    PageType("support measures, page 2", path=url_of(SupportMeasureIndexPage, "page=2")),
    PageType(
        "support measures, filtered with counts",
        path=lambda data, language: url_of(SupportMeasureIndexPage, MEASURES_FILTERED[language])(
            data, language
        ),
    ),
    PageType(
        "support measures, amount error",
        path=url_of(SupportMeasureIndexPage, f"amount={quote('много')}&status=open"),
    ),
    PageType("measure finder", path=url_of(SupportMeasureIndexPage, route="finder/")),
    PageType(
        "measure finder, answers",
        path=url_of(SupportMeasureIndexPage, "organisation=startup&needs=money", "finder/"),
    ),
    PageType(
        "measure finder, several types",
        path=url_of(SupportMeasureIndexPage, FINDER_SEVERAL_TYPES, "finder/"),
    ),
    PageType(
        "measure finder, missing answer",
        path=url_of(SupportMeasureIndexPage, "organisation=startup", "finder/"),
    ),
    PageType("support measure", path=url_of(SupportMeasurePage), model=SupportMeasurePage),
    PageType("clusters", path=url_of(ClusterIndexPage), model=ClusterIndexPage),
    PageType("cluster", path=url_of(ClusterPage), model=ClusterPage),
    PageType("news", path=url_of(NewsIndexPage), model=NewsIndexPage),
    PageType("news on a topic", path=url_of(NewsIndexPage, "tag=grants&page=1")),
    PageType("news, page 2", path=url_of(NewsIndexPage, "page=2")),
    PageType("news item", path=url_of(NewsPage), model=NewsPage),
    PageType("standard page", path=url_of(StandardPage), model=StandardPage),
    *[PageType(f"{model.segment} list", path=catalog_url(model, detail=False)) for model in CATALOGS],
    *[
        PageType(f"{model.segment} list, filtered", path=catalog_url(model, False, _filtered(model.segment)))
        for model in CATALOGS
    ],
    *[
        PageType(
            f"{model.segment} list, nothing found", path=catalog_url(model, False, NOTHING[model.segment])
        )
        for model in CATALOGS
    ],
    *[
        PageType(
            f"{model.segment} list, range error", path=catalog_url(model, False, RANGE_ERROR[model.segment])
        )
        for model in CATALOGS
    ],
    *[PageType(f"{model.segment} entry", path=catalog_url(model)) for model in CATALOGS],
    PageType(
        "premises list, correction offered", path=catalog_url(CATALOGS[0], False, f"q={quote('лабаратория')}")
    ),
    # The filtered lists above show their chosen filters as chips; these are the filters' own states.
    PageType(
        "organizations list, filters open",
        path=catalog_url(ORGANIZATIONS, False, "size=small&founded_min=2005"),
        prepare=page_states.filters_open,
    ),
    PageType(
        "organizations list, long facet expanded",
        path=catalog_url(ORGANIZATIONS, False),
        prepare=page_states.long_facet_expanded,
    ),
    PageType(
        "organizations list, long facet narrowed",
        path=catalog_url(ORGANIZATIONS, False),
        prepare=page_states.long_facet_narrowed,
    ),
    PageType("site search", path=search_url()),
    PageType("site search, results", path=search_url({"ru": "лаборатория", "en": "laboratory"})),
    # Nothing found: the measure finder and the catalogs are offered; with a typo, the correction too.
    PageType("site search, no results with suggestions", path=search_url({"ru": "щзщзщ", "en": "zqxzq"})),
    PageType("site search, correction offered", path=search_url({"ru": "лабаратория", "en": "labaratory"})),
    PageType(
        "site search, query too long", path=search_url({"ru": "лаборатория " * 20, "en": "laboratory " * 20})
    ),
    PageType(
        "accessibility statement", path=url_of(AccessibilityStatementPage), model=AccessibilityStatementPage
    ),
    PageType("accessibility statement, report sent", path=url_of(AccessibilityStatementPage, "sent=1")),
    PageType("accessibility statement, report errors", html=accessibility_statement_pages.report_with_errors),
    PageType("page not found", path=lambda data, language: f"/{language}/no-such-page/", status=404),
    PageType("server error", html=_server_error_html, status=500),
    PageType("application form", path=applications_pages.apply_form()),
    PageType("application form, errors", html=applications_pages.form_with_errors),
    PageType(
        "application form, several organizations",
        html=applications_pages.form_for_a_person_of_two_organizations,
    ),
    PageType("application form, measure closed", path=applications_pages.apply_form("closed"), status=403),
    PageType("application form, too many", html=applications_pages.rate_limited, status=429),
    PageType("application status", path=applications_pages.status_page),
    PageType("sign-in", path=accounts_pages.path("account_login")),
    PageType("sign-in, errors", html=accounts_pages.sign_in_with_errors),
    PageType("sign-up", path=accounts_pages.path("account_signup")),
    PageType("sign-up, errors", html=accounts_pages.sign_up_with_errors),
    PageType("password reset", path=accounts_pages.path("account_reset_password")),
    PageType("password reset, sent", path=accounts_pages.path("account_reset_password_done")),
    PageType("personal account", html=accounts_pages.personal_account),
    PageType("delete account, errors", html=accounts_pages.delete_account_with_errors),
    PageType("authenticator code", html=accounts_pages.authenticator_code),
    PageType("claim an organization", html=accounts_pages.claim_form),
    PageType("claim an organization, errors", html=accounts_pages.claim_form_with_errors),
    PageType("organization's members, for its owner", html=accounts_pages.organization_for_its_owner),
    PageType("invitation to an organization", html=accounts_pages.invitation_for_its_addressee),
    PageType("organization's profile form", html=accounts_pages.profile_form),
    PageType("organization's profile form, errors", html=accounts_pages.profile_form_with_errors),
    PageType("organization's profile, change sent back", html=accounts_pages.profile_form_sent_back),
    PageType("new project form", html=accounts_pages.new_project_form),
    PageType("manufacturing profile form", html=accounts_pages.manufacturing_profile_form),
    PageType("new premises form", html=accounts_pages.new_premises_form),
    PageType(
        "claim an organization new to the catalog, errors",
        html=accounts_pages.claim_form_for_a_new_organization_with_errors,
    ),
    PageType("contact form", html=conversations_pages.contact_form),
    PageType("contact form, errors", html=conversations_pages.contact_form_with_errors),
    PageType("messages, an answer unread", html=conversations_pages.inbox_with_an_unread_answer),
    PageType("conversation", html=conversations_pages.conversation),
    PageType("new manufacturing order form", html=marketplace_pages.new_order_form),
    PageType("new manufacturing order form, errors", html=marketplace_pages.new_order_form_with_errors),
    PageType("quote form", html=marketplace_pages.quote_form),
    PageType("quote form, errors", html=marketplace_pages.quote_form_with_errors),
    PageType("quotes of an order, for its buyer", html=marketplace_pages.quotes_for_the_buyer),
    PageType("accept a quote", html=marketplace_pages.accept_a_quote),
    PageType("a question to a manufacturer", html=marketplace_pages.ask_the_manufacturer),
    PageType("new orders by email", html=marketplace_pages.new_orders_by_email),
    PageType("saved searches and reminders", html=alerts_pages.saved_searches_and_reminders),
    PageType(
        "new measures by email",
        path=lambda data, language: f"/{language}/alerts/measures/?kind=grant&status=open",
    ),
    PageType("new measures by email, errors", html=alerts_pages.subscription_with_errors, status=400),
    PageType("new measures by email, sent", html=alerts_pages.subscription_sent),
    PageType("confirm a subscription", html=alerts_pages.confirm_subscription),
    PageType("unsubscribe", html=alerts_pages.unsubscribe),
]


def targets(data: dict, entries: Iterable[PageType] = ()) -> list[Target]:
    """Registry entries (by default every one) in every language, resolved to a path (and HTML where it is
    rendered here)."""
    resolved = []
    for entry in entries or REGISTRY:
        for language in LANGUAGES:
            if entry.html:
                path, html = f"/{language}/__rendered__/{entry.name.replace(' ', '-')}/", entry.html(language)
            else:
                path, html = entry.path(data, language), None
            resolved.append(Target(entry.name, language, path, entry.status, html, entry.prepare))
    return resolved
