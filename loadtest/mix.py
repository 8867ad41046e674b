"""What the load test's visitors ask for: addresses built from everyday Russian words and from facet values
the full demo has, and the links a visitor follows on the pages the site answers with.

loadtest/locustfile.py drives it; tests/loadtest/ asks the same addresses of Django's test client, so a
renamed address or parameter fails there, not in the middle of a load test. No locust here: importing it
patches the standard library for gevent, which a Django test process must not get.
"""

import html
import random
import re
from dataclasses import dataclass
from urllib.parse import urlencode

# As the proxy in front of production says it: without it the production settings redirect to HTTPS.
HEADERS = {"X-Forwarded-Proto": "https"}

HOME = "/ru/"
MEASURES = "/ru/support-measures/"
FINDER = "/ru/support-measures/finder/"
SEARCH = "/ru/search/"
SUGGEST = "/ru/search/suggest/"


def catalog_path(segment: str) -> str:
    return f"/ru/catalog/{segment}/"


@dataclass(frozen=True)
class Catalog:
    words: tuple[str, ...]
    facets: dict[str, tuple[str, ...]]
    sorts: tuple[str, ...]


# The facet values are among the most used in the full demo (35,000 organizations, 1,900 premises, 1,500
# projects, 550 manufacturers, 400 orders), so most combinations find entries to follow.
CATALOGS = {
    "organizations": Catalog(
        words=(
            "робототехника",
            "искусственный интеллект",
            "инвесторы",
            "финтех",
            "медицинские изделия",
            "биотехнологии",
            "программное обеспечение",
            "микроэлектроника",
            "технологии",
            "беспилотники",
        ),
        facets={
            "roles": ("participant", "partner", "investor", "industrial-partner"),
            "industries": (
                "information-technology",
                "artificial-intelligence",
                "robotics",
                "biotechnology",
                "fintech",
                "medical-devices",
            ),
            "region": ("moscow", "moscow-oblast"),
            "size": ("micro", "small", "medium"),
            "legal_form": ("llc", "jsc"),
        },
        sorts=("name", "newest"),
    ),
    "premises": Catalog(
        words=(
            "офис",
            "склад",
            "лаборатория",
            "производственное помещение",
            "коворкинг",
            "Зеленоград",
            "офис с парковкой",
            "технопарк",
        ),
        facets={
            "kind": ("office", "production", "laboratory", "warehouse", "coworking"),
            "available": ("True",),
            "okrug": ("zao", "vao", "svao", "zelao", "yuvao", "cao"),
            "features": ("parking", "fibre-internet", "step-free", "security", "freight-lift"),
        },
        sorts=("rent", "-area", "newest"),
    ),
    "projects": Catalog(
        words=(
            "нейросеть",
            "машинное обучение",
            "беспилотный",
            "платформа",
            "датчики",
            "цифровой двойник",
            "медицина",
            "робот",
        ),
        facets={
            "stage": ("mvp", "prototype", "pilot", "scaling"),
            "industry": ("information-technology", "fintech", "artificial-intelligence", "medical-devices"),
            "technologies": ("big-data", "machine-learning", "internet-of-things", "computer-vision"),
        },
        sorts=("name", "-investment", "newest"),
    ),
    "manufacturers": Catalog(
        words=(
            "лазерная резка",
            "литьё пластмасс",
            "печатные платы",
            "обработка на станках с ЧПУ",
            "3D-печать",
            "сварка",
            "алюминий",
        ),
        facets={
            "capabilities": (
                "cnc-machining",
                "laser-cutting",
                "3d-printing",
                "injection-moulding",
                "welding",
            ),
            "materials": ("aluminium", "steel", "copper"),
            "certifications": ("iso-9001", "iso-14001"),
        },
        sorts=("lead_time", "name", "newest"),
    ),
    # Mostly manufacturers looking for work: the open orders are the status they ask for.
    "orders": Catalog(
        words=(
            "корпуса",
            "кронштейны",
            "фрезерная обработка",
            "литьё под давлением",
            "монтаж плат",
            "3D-печать",
            "сварка",
            "алюминий",
        ),
        facets={
            "capabilities": (
                "cnc-machining",
                "laser-cutting",
                "sheet-metal",
                "injection-moulding",
                "3d-printing",
                "welding",
            ),
            "materials": ("aluminium", "steel", "stainless-steel"),
            "certifications": ("iso-9001", "iso-13485"),
            "status": ("open",),
        },
        sorts=("target_date", "-batch", "newest"),
    ),
}
# How often each catalog is opened, in percent: the orders (400 on the full demo, looked through mostly by
# manufacturers) least, the other four in their proportions from before the orders came (40:30:15:15).
CATALOG_SHARES = {"organizations": 36, "premises": 27, "projects": 14, "manufacturers": 14, "orders": 9}

MEASURE_WORDS = ("грант", "субсидия", "льготный заём", "экспорт", "акселератор", "компенсация затрат")
MEASURE_FILTERS = {
    "status": ("open", "upcoming"),
    "kind": ("grant", "subsidy", "loan", "consultation", "acceleration", "export_support", "premises"),
    "audience": ("startup", "small_business", "medium_business", "university"),
    "industry": ("information-technology", "artificial-intelligence", "robotics", "biotechnology"),
}
MEASURE_SORTS = ("deadline", "newest")

FINDER_ORGANISATIONS = (
    "startup",
    "small_business",
    "medium_business",
    "individual_entrepreneur",
    "university",
)
FINDER_NEEDS = ("money", "premises", "export", "consulting", "pilots")
FINDER_INDUSTRIES = ("information-technology", "robotics", "biotechnology", "medical-devices")

# What people type into the site's search box: inflected forms, several words, typos.
SEARCH_QUERIES = (
    "гранты для стартапов",
    "технологии",
    "лабаратория",
    "аренда офиса",
    "субсидия на оборудование",
    "робототехника",
    "склад в Зеленограде",
    "лазерная резка металла",
    "инвестиции в стартап",
    "искуственный интелект",
    "льготный займ",
    "экспорт в Китай",
    "3d печать",
    "акселератор",
    "помещение под производство",
    "как получить грант",
)
# Words a visitor types letter by letter in a search box, each the start of demo names (organizations,
# projects, measures).
TYPED = ("робот", "прима", "кварк", "грант", "технопарк", "лотос", "субсидия", "дельта")


ENTRY_LINKS = {segment: re.compile(rf'href="(/ru/catalog/{segment}/\d+-[\w-]+/)"') for segment in CATALOGS}
MEASURE_LINK = re.compile(r'href="(/ru/support-measures/(?!finder/)[\w-]+/)"')
APPLY_LINK = re.compile(r'href="(/ru/applications/\d+/apply/)"')
NEXT_LINK = re.compile(r'href="(\?[^"]*)" rel="next"')
ERROR_SUMMARY = 'class="error-summary"'


def _address(path: str, parameters: list[tuple[str, str]]) -> str:
    return f"{path}?{urlencode(parameters)}" if parameters else path


def _some(rng: random.Random, values: tuple[str, ...]) -> list[str]:
    """One or two of `values`."""
    return rng.sample(values, rng.randint(1, min(2, len(values))))


def catalog_segment(rng: random.Random) -> str:
    return rng.choices(list(CATALOG_SHARES), weights=list(CATALOG_SHARES.values()))[0]


def catalog_listing(rng: random.Random, segment: str) -> str:
    """A listing as visitors ask for it: now and then bare (from the menu), mostly with words, facets or
    both (one or two values of one or two facets), sometimes sorted."""
    if rng.random() < 0.1:
        return catalog_path(segment)
    catalog = CATALOGS[segment]
    parameters = []
    with_words = rng.random() < 0.6
    if with_words:
        parameters.append(("q", rng.choice(catalog.words)))
    for facet in rng.sample(list(catalog.facets), rng.randint(0 if with_words else 1, 2)):
        parameters += [(facet, value) for value in _some(rng, catalog.facets[facet])]
    if rng.random() < 0.15:
        parameters.append(("sort", rng.choice(catalog.sorts)))
    return _address(catalog_path(segment), parameters)


def measure_list(rng: random.Random) -> str:
    parameters = []
    if rng.random() < 0.3:
        parameters.append(("q", rng.choice(MEASURE_WORDS)))
    for facet in rng.sample(list(MEASURE_FILTERS), rng.randint(0, 2)):
        parameters += [(facet, value) for value in _some(rng, MEASURE_FILTERS[facet])]
    if rng.random() < 0.1:
        parameters.append(("amount", rng.choice(("1000000", "5000000"))))
    if rng.random() < 0.1:
        parameters.append(("sort", rng.choice(MEASURE_SORTS)))
    return _address(MEASURES, parameters)


def finder(rng: random.Random) -> str:
    """The finder's answers: who is applying and what they need (both required), an industry now and then."""
    parameters = [("organisation", value) for value in _some(rng, FINDER_ORGANISATIONS)]
    parameters += [("needs", value) for value in _some(rng, FINDER_NEEDS)]
    if rng.random() < 0.3:
        parameters.append(("industry", rng.choice(FINDER_INDUSTRIES)))
    return _address(FINDER, parameters)


def site_search(rng: random.Random) -> str:
    return _address(SEARCH, [("q", rng.choice(SEARCH_QUERIES))])


def typing(word: str) -> list[str]:
    """The suggestions a search box asks for while its visitor types `word`: the page asks once the typing
    pauses, so after a few letters, not after each."""
    lengths = sorted({3, 5, len(word)})
    return [_address(SUGGEST, [("q", word[:length])]) for length in lengths if length <= len(word)]


def entry_links(page: str, segment: str) -> list[str]:
    return list(dict.fromkeys(ENTRY_LINKS[segment].findall(page)))


def measure_links(page: str) -> list[str]:
    return list(dict.fromkeys(MEASURE_LINK.findall(page)))


def apply_link(page: str) -> str | None:
    found = APPLY_LINK.search(page)
    return found[1] if found else None


def next_page(page: str, path: str) -> str | None:
    """The listing's next page, as its «Next page» link gives it (relative to the listing's path)."""
    found = NEXT_LINK.search(page)
    return path.split("?")[0] + html.unescape(found[1]) if found else None
