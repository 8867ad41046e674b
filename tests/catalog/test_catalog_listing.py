"""Catalog listings (database engine): facets, disjunctive counts, ranges and sorts checked against the
entries themselves, the same answers in both languages, and bad addresses answered without a 500."""

import re
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from catalog.models import Organization, Premises
from catalog.registry import SPECS
from search.forms import listing_form
from tests.html import checked_values, soup

pytestmark = pytest.mark.django_db

ORGANIZATIONS = "/{language}/catalog/organizations/"
ENTRY_ID = re.compile(r"/catalog/\w+/(\d+)-")


def listed_ids(client, url: str, query: dict) -> list[int]:
    """Entry ids over every page of results, following the listing's own next-page links."""
    ids, number = [], 1
    while True:
        response = client.get(url, {**query, "page": number})
        assert response.status_code == 200
        html = soup(response)
        ids += [int(ENTRY_ID.search(link["href"]).group(1)) for link in html.select(".card__title a")]
        if not html.select_one('a[rel="next"]'):
            return ids
        number += 1


def facet_counts(client, url: str, query: dict, facet: str) -> dict[str, int]:
    html = soup(client.get(url, query))
    counts = {}
    for box in html.select(f'input[name="{facet}"]'):
        label = html.select_one(f'label[for="{box["id"]}"] .count').get_text()
        counts[box["value"]] = int(re.sub(r"\D", "", label))  # grouped by language: (29 473), (29,473)
    return counts


def organizations():
    return list(
        Organization.objects.filter(locale__language_code="ru").prefetch_related(
            "roles", "industries", "region"
        )
    )


def matches(organization, chosen: dict, skip: str = "") -> bool:
    values = {
        "roles": {role.slug for role in organization.roles.all()},
        "industries": {industry.slug for industry in organization.industries.all()},
        "region": {organization.region.slug},
        "size": {organization.size},
        "legal_form": {organization.legal_form},
    }
    for name, wanted in chosen.items():
        if name == skip or name.startswith("founded") or name == "sort":
            continue
        if not values[name] & set(wanted):
            return False
    founded = organization.founded
    if "founded_min" in chosen and (founded is None or founded < int(chosen["founded_min"])):
        return False
    return not ("founded_max" in chosen and (founded is None or founded > int(chosen["founded_max"])))


CASES = [
    {"size": ["small", "micro"]},
    {"roles": ["investor", "partner"], "size": ["medium", "large", "small"]},
    {"region": ["moscow"], "industries": ["information-technology", "robotics"]},
    {"legal_form": ["llc"], "founded_min": "2010", "founded_max": "2020"},
]


@pytest.mark.parametrize("chosen", CASES, ids=lambda chosen: urlencode(chosen, doseq=True))
def test_filters_list_exactly_the_matching_organizations_by_name(client, demo_site, chosen):
    entries = [entry for entry in organizations() if matches(entry, chosen)]
    assert entries, "the small demo has matches for every case"
    entries.sort(key=lambda entry: (entry.name, entry.pk))
    assert listed_ids(client, ORGANIZATIONS.format(language="ru"), chosen) == [entry.pk for entry in entries]


@pytest.mark.parametrize("chosen", CASES, ids=lambda chosen: urlencode(chosen, doseq=True))
def test_facet_counts_are_disjunctive(client, demo_site, chosen):
    """A facet's counts apply every other selected filter, not its own: its other values stay reachable."""
    for facet in ("roles", "size", "legal_form"):
        expected = {}
        for entry in organizations():
            if matches(entry, chosen, skip=facet):
                values = (
                    [role.slug for role in entry.roles.all()] if facet == "roles" else [getattr(entry, facet)]
                )
                for value in values:
                    expected[value] = expected.get(value, 0) + 1
        shown = facet_counts(client, ORGANIZATIONS.format(language="ru"), chosen, facet)
        assert shown == expected, facet


def test_disjunctive_differs_from_conjunctive_somewhere(client, demo_site):
    chosen = {"size": ["small"]}
    shown = facet_counts(client, ORGANIZATIONS.format(language="ru"), chosen, "size")
    assert shown["small"] < sum(shown.values()), "other sizes keep their counts while small is selected"


def test_both_languages_list_the_same_entries_with_the_same_counts(client, demo_site):
    chosen = {"roles": ["participant"], "size": ["small"]}
    ru = listed_ids(client, ORGANIZATIONS.format(language="ru"), chosen)
    en = listed_ids(client, ORGANIZATIONS.format(language="en"), chosen)
    assert ru == en and ru
    for facet in ("roles", "region"):
        assert facet_counts(client, ORGANIZATIONS.format(language="ru"), chosen, facet) == facet_counts(
            client, ORGANIZATIONS.format(language="en"), chosen, facet
        )


NBSP = "\u00a0"


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize(
    "segment, typed, plain",
    [
        ("premises", {"area_min": "12,5", "rent_max": "2 500 ₽"}, {"area_min": "12.5", "rent_max": "2500"}),
        ("projects", {"investment_min": f"3{NBSP}500{NBSP}000{NBSP}₽"}, {"investment_min": "3500000"}),
        (
            "projects",
            {"investment_min": "3,500,000", "year_min": "2 015"},
            {"investment_min": "3500000", "year_min": "2015"},
        ),
    ],
)
def test_ranges_read_numbers_as_people_type_them_and_keep_them(
    client, demo_site, language, segment, typed, plain
):
    url = f"/{language}/catalog/{segment}/"
    everything = listed_ids(client, url, {})
    narrowed = listed_ids(client, url, plain)
    assert 0 < len(narrowed) < len(everything), "the demo makes the range narrow the list"
    assert listed_ids(client, url, typed) == narrowed
    html = soup(client.get(url, typed))
    assert not html.select_one(".error-summary")
    for name, value in typed.items():
        assert html.select_one(f"#id_{name}")["value"] == value


@pytest.mark.parametrize(
    "language, query, summary",
    [
        (
            "ru",
            {"investment_min": "три миллиона"},
            f"Требуемые инвестиции, руб., от: Введите целое число, например 3{NBSP}500{NBSP}000.",
        ),
        (
            "en",
            {"investment_min": "three million"},
            "Investment sought, roubles, from: Enter a whole number, such as 3,500,000.",
        ),
        (
            "ru",
            {"year_min": "2020", "year_max": "2010"},
            "Год начала, до: Верхняя граница не может быть меньше нижней.",
        ),
    ],
)
def test_a_range_error_names_its_range_in_full_and_keeps_what_was_typed(
    client, demo_site, language, query, summary
):
    response = client.get(f"/{language}/catalog/projects/", query)
    assert response.status_code == 200
    links = soup(response).select(".error-summary a")
    assert [link.get_text(strip=True) for link in links] == [summary]
    for name, value in query.items():
        assert soup(response).select_one(f"#id_{name}")["value"] == value


def test_premises_sort_by_rent_with_id_tie_break_and_area_range(client, demo_site):
    chosen = {"sort": "rent", "area_min": "50"}
    entries = Premises.objects.filter(locale__language_code="ru", area__gte=50).order_by("rent", "pk")
    assert listed_ids(client, "/ru/catalog/premises/", chosen) == [entry.pk for entry in entries]


def test_total_is_in_the_title(client, demo_site):
    expected = sum(1 for entry in organizations() if matches(entry, CASES[0]))
    html = soup(client.get(ORGANIZATIONS.format(language="ru"), CASES[0]))
    assert re.search(rf"\b{expected}\b", html.title.get_text())


@pytest.mark.parametrize(
    "query, field",
    [
        ({"founded_min": "abc"}, "id_founded_min"),
        ({"founded_min": "2020", "founded_max": "2010"}, "id_founded_max"),
        ({"size": "gigantic"}, "id_size"),
        ({"sort": "cheapest"}, "id_sort"),
    ],
)
def test_bad_values_are_explained_and_the_page_still_answers(client, demo_site, query, field):
    response = client.get(ORGANIZATIONS.format(language="ru"), query)
    assert response.status_code == 200
    assert f"#{field}" in [link["href"] for link in soup(response).select(".error-summary a")]


@pytest.mark.parametrize("page", ["-1", "0", "abc", "999999"])
def test_pages_out_of_range_are_explained_over_the_first_page_with_the_filters_kept(client, demo_site, page):
    response = client.get(ORGANIZATIONS.format(language="ru"), {"page": page, "size": "small"})
    assert response.status_code == 400
    html = soup(response)
    assert "нет страницы" in html.select_one(".error-summary").get_text()
    assert html.select(".card__title a")
    assert checked_values(response, "size") == {"small"}


def test_zero_results_offer_to_remove_each_filter(client, demo_site):
    response = client.get(ORGANIZATIONS.format(language="ru"), {"size": "large", "founded_min": "2030"})
    html = soup(response)
    assert html.select(".card") == []
    removals = [link["href"] for link in html.select(".results .chips a.chip")]
    assert "?founded_min=2030" in removals and "?size=large" in removals


def test_empty_parameters_are_dropped_by_a_redirect_that_keeps_everything_else(client, demo_site):
    url = ORGANIZATIONS.format(language="ru")
    response = client.get(f"{url}?q=&size=small&founded_min=&size=micro&founded_max=%20&sort=name")
    assert response.status_code == 302
    assert response["Location"] == f"{url}?size=small&size=micro&sort=name"
    assert client.get(f"{url}?q=&founded_min=")["Location"] == url


def test_chosen_filters_are_chips_that_each_remove_themselves(client, demo_site):
    from catalog.organizations import CompanySize

    url = ORGANIZATIONS.format(language="ru")
    chosen = {"q": "технологии", "size": ["micro", "small"], "founded_min": "2005", "sort": "name"}
    html = soup(client.get(url, chosen))
    chips = html.select(".results .chips a.chip")

    words = urlencode({"q": "технологии"})
    assert [chip["href"] for chip in chips] == [
        "?size=micro&size=small&founded_min=2005&sort=name",
        f"?{words}&size=small&founded_min=2005&sort=name",
        f"?{words}&size=micro&founded_min=2005&sort=name",
        f"?{words}&size=micro&size=small&sort=name",
    ]
    names = [" ".join(chip.get_text().replace("×", "").split()) for chip in chips]
    with translation.override("ru"):
        sizes = [str(CompanySize(value).label) for value in chosen["size"]]
    assert names == [
        "Убрать фильтр: Поиск: «технологии»",
        *[f"Убрать фильтр: {size}" for size in sizes],
        "Убрать фильтр: Год основания: от 2005",
    ]
    assert html.select_one(".chips__clear").get_text(strip=True) == "Сбросить все"
    assert html.select_one(".chips__clear")["href"] == f"{url}?sort=name"
    assert html.select_one(".filters__panel > summary").get_text(strip=True) == "Фильтры, выбрано: 4"


def test_range_chips_group_large_numbers_but_not_years(client, demo_site):
    html = soup(client.get("/ru/catalog/projects/", {"investment_min": "3500000", "year_min": "2018"}))
    names = [chip.get_text(" ", strip=True) for chip in html.select(".chips a.chip")]
    assert any("от 3\xa0500\xa0000" in name for name in names), names
    assert any(name.endswith("от 2018 ×") for name in names), names


def test_links_of_a_listing_carry_no_empty_parameter(client, demo_site):
    url = ORGANIZATIONS.format(language="ru")
    html = soup(client.get(url, {"size": ["small", "micro"], "sort": "name", "page": "2"}))
    links = [link["href"] for link in html.select("main a[href^='?']")]
    assert html.select(".pagination a") and html.select(".chips a")
    for link in links:
        assert all(value for _, value in parse_qsl(link[1:], keep_blank_values=True)), link


def test_pagination_links_only_to_pages_within_the_result_window(client, demo_site, monkeypatch):
    monkeypatch.setattr("search.query.RESULT_WINDOW", 50)  # two whole pages of 24
    url = ORGANIZATIONS.format(language="ru")
    html = soup(client.get(url))
    pages = {int(parse_qs(urlsplit(link["href"]).query)["page"][0]) for link in html.select(".pagination a")}
    assert pages == {1, 2}
    assert "только первые 48" in html.select_one(".results").get_text()
    assert not soup(client.get(url, {"page": "2"})).select_one('.pagination a[rel="next"]')
    past = client.get(url, {"page": "3"})
    assert past.status_code == 400
    assert "всего страниц: 2" in soup(past).select_one(".error-summary").get_text()


def _facet_values(fieldset) -> list[tuple[str, int]]:
    return [
        (box["value"], int(fieldset.select_one(f'label[for="{box["id"]}"] .count').get_text().strip("()")))
        for box in fieldset.select("input[type=checkbox]")
    ]


def test_a_long_facet_shows_the_most_frequent_values_and_keeps_the_rest_behind_show_all(client, demo_site):
    region = soup(client.get(ORGANIZATIONS.format(language="ru"))).select_one("#id_region")
    more = region.select_one("details.facet__more")
    shown = [
        (value, count) for value, count in _facet_values(region) if not more.select_one(f'[value="{value}"]')
    ]
    rest = _facet_values(more)
    assert len(shown) == 10 and rest
    assert shown[0][0] == "moscow"
    assert min(count for _, count in shown[1:]) >= max(count for _, count in rest)
    assert more.summary.get_text(" ", strip=True) == f"Показать все (ещё {len(rest)}) : Регион"
    assert len({box["id"] for box in region.select("input")}) == len(shown) + len(rest)


def test_a_value_chosen_from_behind_show_all_is_shown_and_checked_after_sending(client, demo_site):
    url = ORGANIZATIONS.format(language="ru")
    rarest = _facet_values(soup(client.get(url)).select_one("#id_region details.facet__more"))[-1][0]
    region = soup(client.get(url, {"region": rarest})).select_one("#id_region")
    assert region.select_one(f'input[value="{rarest}"]').has_attr("checked")
    assert not region.select_one(f'details.facet__more input[value="{rarest}"]')


def test_every_catalog_lists_in_both_languages(client, demo_site):
    for segment in SPECS:
        for language in ("ru", "en"):
            response = client.get(f"/{language}/catalog/{segment}/")
            assert response.status_code == 200
            assert soup(response).select(".card"), segment


@pytest.mark.parametrize("first", ["ru", "en"])
def test_filter_legends_are_in_the_readers_language_whichever_language_came_first(client, demo_site, first):
    # The listing form is built once per catalog and process, by whichever reader comes first.
    listing_form.cache_clear()
    client.get(f"/{first}/catalog/premises/")
    legends = {
        language: [
            legend.get_text(strip=True)
            for legend in soup(client.get(f"/{language}/catalog/premises/")).select("legend")
        ]
        for language in ("ru", "en")
    }
    assert "Type" in legends["en"] and "Тип" not in legends["en"]
    assert "Тип" in legends["ru"] and "Type" not in legends["ru"]


def _cards_and_queries(client, url: str, query: dict) -> tuple[list[str], int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, query)
    return [link.get_text(strip=True) for link in soup(response).select(".card__title a")], len(queries)


@pytest.mark.parametrize("language", ["ru", "en"])
def test_manufacturer_cards_are_named_after_their_organization_without_a_query_per_card(
    client, demo_site, language, settings
):
    from catalog.models import Manufacturer

    settings.PAGE_CACHE_SECONDS = 0  # what making the listing costs: a kept page would cost nothing

    profiles = list(Manufacturer.objects.filter(locale__language_code="ru").select_related("organization"))
    named = {str(profile.organization.in_language(language)) for profile in profiles}
    url = f"/{language}/catalog/manufacturers/"
    client.get(url)  # the menu and footer are cached from here on
    many, many_queries = _cards_and_queries(client, url, {})
    rarest = min(
        (capability for profile in profiles for capability in profile.capabilities.all()),
        key=lambda capability: capability.manufacturer_set.count(),
    )
    few, few_queries = _cards_and_queries(client, url, {"capabilities": rarest.slug})
    assert len(many) > len(few) > 0
    assert set(many) <= named
    assert many_queries == few_queries


@pytest.mark.parametrize("segment", list(SPECS))
def test_cards_show_the_facts_people_choose_by_without_a_query_per_card(client, demo_site, segment, settings):
    settings.PAGE_CACHE_SECONDS = 0  # what making the listing costs: a kept page would cost nothing
    spec = SPECS[segment]
    url = f"/ru/catalog/{segment}/"
    client.get(url)  # the menu and footer are cached from here on
    with CaptureQueriesContext(connection) as many_queries:
        html = soup(client.get(url))
    cards = html.select(".card")
    assert len(cards) > 1
    for card in cards:
        pk = int(ENTRY_ID.search(card.select_one(".card__title a")["href"]).group(1))
        labels = [label.get_text(strip=True) for label in card.select(".facts dt")]
        entry = spec.model.objects.get(pk=pk)
        expected = [
            str(fact.label) for fact in spec.card if fact.value(entry.in_language(), {}) not in (None, "")
        ]
        assert labels == expected and labels, (segment, pk)
    first = spec.model.objects.get(pk=int(ENTRY_ID.search(cards[0].select_one("a")["href"]).group(1)))
    shown = cards[0].select_one(".facts").get_text(" ", strip=True)
    if segment == "premises":
        assert f"{first.rent:,}".replace(",", "\xa0") in shown and first.district.name_ru in shown
    elif segment == "projects":
        assert first.get_stage_display() in shown and first.industry.name_ru in shown
    elif segment == "organizations":
        assert first.region.name_ru in shown
    elif segment == "orders":
        assert f"{first.batch_size:,}".replace(",", "\xa0") in shown and first.region.name_ru in shown
    else:
        assert str(first.lead_time_days) in shown and first.organization.region.name_ru in shown
    facet = spec.facets[0].name
    counts = facet_counts(client, url, {}, facet)
    rarest = min(counts, key=counts.get)
    with CaptureQueriesContext(connection) as few_queries:
        few = soup(client.get(url, {facet: rarest})).select(".card")
    assert 0 < len(few) < len(cards) and len(few_queries) == len(many_queries)


def test_the_free_now_facet_counts_what_the_home_page_figure_counts(client, demo_site):
    free = Premises.objects.filter(locale__language_code="ru", is_available=True).count()
    assert 0 < free < Premises.objects.filter(locale__language_code="ru").count()
    assert facet_counts(client, "/ru/catalog/premises/", {}, "available") == {"True": free}
    figures = {
        figure.dt.get_text(strip=True): figure.dd.get_text(strip=True)
        for figure in soup(client.get("/ru/")).select(".figures__item")
    }
    assert figures["Свободные помещения"] == str(free)
    listed = soup(client.get("/ru/catalog/premises/", {"available": "True"}))
    assert all("Свободно сейчас" in card.get_text() for card in listed.select(".card"))


@pytest.fixture
def laboratory(demo_site, django_capture_on_commit_callbacks):
    from taxonomy.models import District
    from tests.factories import make_entry

    district = District.objects.get(slug="arbat")
    with django_capture_on_commit_callbacks(execute=True):
        return make_entry(
            Premises,
            english={
                "title": "Molecular biology laboratory",
                "owner": "Arbat Technopark",
                "address": "1 Arbat St",
            },
            title="Лаборатория молекулярной биологии",
            owner="Технопарк «Арбат»",
            address="ул. Арбат, д. 1",
            okrug=district.okrug,
            district=district,
            kind="laboratory",
            area=120,
            rent=1800,
        )


@pytest.mark.parametrize(
    "text",
    ["лаборатории", "Лабораторий биологии", "laboratories", "molecular LABORATORY", "лаборатория, biology!"],
)
def test_text_search_finds_other_forms_of_the_word_in_either_language(client, laboratory, text):
    for language in ("ru", "en"):
        assert laboratory.pk in listed_ids(client, f"/{language}/catalog/premises/", {"q": text})


def test_text_search_needs_every_word(client, laboratory):
    assert laboratory.pk not in listed_ids(client, "/ru/catalog/premises/", {"q": "лаборатория склад"})


@pytest.mark.parametrize("text", ['"', "(", "*:*", "\\", "лаб\u043e\u0440 lab", "🚀 лаборатория", "a" * 150])
def test_query_syntax_mixed_scripts_and_emoji_answer_normally(client, laboratory, text):
    response = client.get("/ru/catalog/premises/", {"q": text})
    assert response.status_code == 200
    assert not soup(response).select_one(".error-summary")


def test_a_very_long_query_is_explained_and_kept(client, demo_site):
    text = "лаборатория " * 900
    response = client.get("/ru/catalog/premises/", {"q": text})
    assert response.status_code == 200
    assert soup(response).select_one(".error-summary a")["href"] == "#id_q"
    assert soup(response).select_one("#id_q")["value"] == text


def test_rebuild_command_writes_a_document_per_entry_and_reports(demo_site):
    from io import StringIO

    from django.core.management import call_command

    from search.models import SearchDocument

    out = StringIO()
    call_command("rebuild_search_index", stdout=out)
    for segment, spec in SPECS.items():
        entries = spec.model.objects.filter(locale__language_code="ru").count()
        assert SearchDocument.objects.filter(segment=segment).count() == entries
        assert f"{segment} {entries}" in out.getvalue()


def test_deleting_a_taxonomy_value_takes_it_out_of_the_search_documents(
    client, homes, django_capture_on_commit_callbacks
):
    from search.models import SearchDocument
    from taxonomy.models import District, PremisesFeature
    from tests.factories import make_entry

    feature = PremisesFeature.objects.create(
        slug="helipad", name_ru="Вертолётная площадка", name_en="Helipad"
    )
    district = District.objects.get(slug="arbat")
    with django_capture_on_commit_callbacks(execute=True):
        hangar = make_entry(
            Premises,
            relations={"features": [feature]},
            title="Ангар",
            owner="Технопарк",
            address="ул. Арбат, 1",
            okrug=district.okrug,
            district=district,
            kind="warehouse",
            area=500,
            rent=900,
        )
    url = "/ru/catalog/premises/"
    assert facet_counts(client, url, {}, "features")["helipad"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        feature.delete()
    assert "helipad" not in facet_counts(client, url, {}, "features")
    assert "features:helipad" not in SearchDocument.objects.get(segment="premises", entry_id=hangar.pk).facets
