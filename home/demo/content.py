"""Bilingual demo content for ``seed_demo``, read from the TOML files in ``home/demo/data``.

The texts (support measures, clusters, news, standard pages and the listing pages) are data; this module
only gives them their shapes and works out what depends on the day: application windows and news dates
are offsets from ``today`` drawn from a fixed-seed ``random.Random``. Slugs never depend on ``today``, so
re-seeding on another day finds the same pages.

Only the standard library is imported, so the content can be checked without Django or a database.
City decree numbers, people, companies and phone numbers are illustrative; federal laws are cited as
enacted. E-mail addresses use the reserved ``.example`` top-level domain so that the demo can never send
mail to a real organisation.
"""

import dataclasses
import datetime
import random
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# --- Shapes ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    ru: str
    en: str


@dataclass(frozen=True)
class IndexData:
    slug: str
    title: Text
    intro: Text


@dataclass(frozen=True)
class MeasureData:
    slug: str
    title: Text
    summary: Text
    kind: str
    audiences: tuple[str, ...]
    industries: tuple[str, ...]
    amount_min: int | None
    amount_max: int | None
    currency: str
    opens: datetime.date | None
    deadline: datetime.date | None
    eligibility: tuple[Text, ...]
    documents: tuple[Text, ...]
    how_to_apply: tuple[Text, ...]
    operator: Text
    legal_basis: Text
    contact_email: str
    contact_phone: str


@dataclass(frozen=True)
class ClusterData:
    slug: str
    title: Text
    industry: str
    summary: Text
    description: tuple[Text, ...]
    goals: tuple[Text, ...]
    coordinator: Text
    contact_email: str
    contact_phone: str


@dataclass(frozen=True)
class Section:
    kind: str  # "heading" or "paragraph"
    text: Text


@dataclass(frozen=True)
class NewsData:
    slug: str
    title: Text
    date: datetime.date
    lead: Text
    topics: tuple[str, ...]
    body: tuple[Section, ...]


@dataclass(frozen=True)
class StandardPageData:
    slug: str
    title: Text
    intro: Text
    body: tuple[Section, ...]


# --- Reading the files -------------------------------------------------------------------------------

_NO_TEXT = Text("", "")


@cache
def _load(name: str) -> dict:
    with (DATA / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


def _text(value: dict | str | None, shared: dict | None = None) -> Text:
    """A {ru, en} table, or the key of one in `shared` (wording several entries use); None: no text."""
    if value is None:
        return _NO_TEXT
    if isinstance(value, str):
        value = shared[value]
    return Text(value["ru"], value["en"])


def _texts(values: list, shared: dict | None = None) -> tuple[Text, ...]:
    return tuple(_text(value, shared) for value in values)


def _format(template: Text, **slots: Text) -> Text:
    return Text(
        template.ru.format(**{name: value.ru for name, value in slots.items()}),
        template.en.format(**{name: value.en for name, value in slots.items()}),
    )


def _sections(values: list[dict]) -> tuple[Section, ...]:
    return tuple(Section(value["kind"], _text(value)) for value in values)


def _index(name: str) -> IndexData:
    data = _load("indexes")[name]
    return IndexData(data["slug"], _text(data["title"]), _text(data["intro"]))


# --- Vocabularies: the slugs of the catalog's taxonomies and of SupportMeasurePage.kind --------------

_VOCABULARIES = _load("vocabularies")
KINDS: tuple[str, ...] = tuple(_VOCABULARIES["kinds"])
AUDIENCES: tuple[str, ...] = tuple(_VOCABULARIES["audiences"])
INDUSTRIES: tuple[str, ...] = tuple(_VOCABULARIES["industries"])
NEWS_TOPICS: tuple[str, ...] = tuple(_VOCABULARIES["news_topics"])
# Industry names as they read inside a title or a sentence (lower case), unlike the catalog's headings.
INDUSTRY_NAMES = {slug: _text(value) for slug, value in _VOCABULARIES["industry_names"].items()}

# --- Listing pages and standard pages ----------------------------------------------------------------

MEASURES_INDEX = _index("measures")
CLUSTERS_INDEX = _index("clusters")
NEWS_INDEX = _index("news")
STANDARD_PAGES = tuple(
    StandardPageData(page["slug"], _text(page["title"]), _text(page["intro"]), _sections(page["body"]))
    for page in _load("pages")["page"]
)

# --- Support measures --------------------------------------------------------------------------------
# A family is one real-world programme; its variants (industry tracks, stages, sites, countries) make
# the individual measures. A variant's key completes the slug, its label completes the family's title;
# a variant may set its own note, industries, audiences, amount, currency and extra conditions.


def _track(variant: dict, templates: dict) -> dict:
    """An industry-track variant written out: the industry names it and adds the matching condition."""
    slug = variant["industry_track"]
    name = INDUSTRY_NAMES[slug]
    return {
        "key": slug,
        "label": {"ru": name.ru, "en": name.en},
        "note": dataclasses.asdict(_format(_text(templates["note"]), name=name)),
        "industries": [slug],
        "eligibility": [dataclasses.asdict(_format(_text(templates["eligibility"]), name=name))],
        **variant,
    }


def _amount(value: dict) -> tuple[int | None, int | None]:
    return value.get("min"), value.get("max")


def _variant_measure(family: dict, number: int, variant: dict, shared: dict) -> dict:
    """Everything about one measure except its dates."""
    label = _text(variant["label"])
    note = None
    if "note" in variant:
        note = _text(variant["note"])
    elif "note" in family:
        note = _format(_text(family["note"]), label=label)
    summary = _text(family["summary"])
    if note is not None:
        summary = Text(f"{summary.ru} {note.ru}", f"{summary.en} {note.en}")
    amounts = family["amounts"]
    amount = variant.get("amount", amounts[number % len(amounts)])
    return {
        "slug": f"{family['key']}-{variant['key']}",
        "title": _format(_text(family["title"]), label=label),
        "summary": summary,
        "kind": family["kind"],
        "audiences": tuple(variant.get("audiences", family["audiences"])),
        "industries": tuple(variant.get("industries", ())),
        "amount": _amount(amount),
        "currency": variant.get("currency", family.get("currency", "RUB")),
        "eligibility": _texts(family["eligibility"] + variant.get("eligibility", []), shared),
        "documents": _texts(family["documents"], shared),
        "how_to_apply": _texts(family["how_to_apply"], shared),
        "operator": _text(family["operator"], shared),
        "legal_basis": _text(family.get("legal_basis"), shared),
        "contact_email": family["email"],
        "contact_phone": family["phone"],
        "rolling": family.get("rolling", False),
    }


@cache
def _measure_rows() -> tuple[dict, ...]:
    data = _load("measures")
    shared = data["texts"]
    rows = []
    for family in data["family"]:
        for number, variant in enumerate(family["variant"]):
            if "industry_track" in variant:
                variant = _track(variant, data["industry_track"])
            rows.append(_variant_measure(family, number, variant, shared))
    return tuple(rows)


# Offsets in days from `today` are drawn once with a fixed seed, so the same day always gives the same
# dates and another day gives the same measures shifted in time. About 45% of the measures accept
# applications, 25% open later and 30% are closed, as on a real catalogue.
_MEASURE_SEED = 20_261_125
_OPEN_COUNT, _UPCOMING_COUNT, _CLOSED_COUNT = 90, 50, 60
# The first measures of each status sit on the edges of its window, where off-by-one errors show.
_EDGE_OFFSETS = {
    "open": [(-30, 0), (0, 45)],  # deadline today; opens today
    "closed": [(-40, -1)],  # deadline yesterday
    "upcoming": [(1, 40)],  # opens tomorrow
}


def _date_offsets(rolling: list[bool]) -> list[tuple[int | None, int | None]]:
    """(opens, deadline) offsets in days for each measure; None means no date."""
    rng = random.Random(_MEASURE_SEED)
    statuses = (
        ["open"] * (_OPEN_COUNT - sum(rolling)) + ["upcoming"] * _UPCOMING_COUNT + ["closed"] * _CLOSED_COUNT
    )
    assert len(statuses) == rolling.count(False), "status counts must add up to the measures with rounds"
    rng.shuffle(statuses)
    pending = iter(statuses)
    edges = {status: list(offsets) for status, offsets in _EDGE_OFFSETS.items()}
    offsets: list[tuple[int | None, int | None]] = []
    for all_year in rolling:
        if all_year:
            # Half of the all-year measures name the day the programme started, half do not.
            offsets.append((-rng.randint(120, 900), None) if rng.random() < 0.5 else (None, None))
            continue
        status = next(pending)
        if edges[status]:
            offsets.append(edges[status].pop(0))
        elif status == "open":
            offsets.append((-rng.randint(3, 75), rng.randint(5, 120)))
        elif status == "upcoming":
            opens = rng.randint(2, 90)
            offsets.append((opens, opens + rng.randint(20, 75)))
        else:
            deadline = -rng.randint(2, 240)
            offsets.append((deadline - rng.randint(20, 75), deadline))
    return offsets


def _shift(today: datetime.date, days: int | None) -> datetime.date | None:
    return None if days is None else today + datetime.timedelta(days=days)


def measures(today: datetime.date) -> list[MeasureData]:
    """The 200 support measures, their application windows counted from `today`."""
    rows = _measure_rows()
    offsets = _date_offsets([row["rolling"] for row in rows])
    result = []
    for row, (opens, deadline) in zip(rows, offsets, strict=True):
        fields = {name: value for name, value in row.items() if name not in ("amount", "rolling")}
        result.append(
            MeasureData(
                **fields,
                amount_min=row["amount"][0],
                amount_max=row["amount"][1],
                opens=_shift(today, opens),
                deadline=_shift(today, deadline),
            )
        )
    return result


@dataclass(frozen=True)
class AnnouncedMeasure:
    """A measure whose page an editor scheduled to go live on `goes_live` (not one of the 200)."""

    measure: MeasureData
    goes_live: datetime.date


def announced_measure(today: datetime.date) -> AnnouncedMeasure:
    data = _load("measures")
    family = data["announced"]
    row = _variant_measure(family, 0, family["variant"][0], data["texts"])
    fields = {name: value for name, value in row.items() if name not in ("amount", "rolling")}
    measure = MeasureData(
        **fields,
        amount_min=row["amount"][0],
        amount_max=row["amount"][1],
        opens=_shift(today, family["opens_in_days"]),
        deadline=_shift(today, family["deadline_in_days"]),
    )
    return AnnouncedMeasure(measure, _shift(today, family["go_live_in_days"]))


# --- Clusters ----------------------------------------------------------------------------------------


def clusters() -> list[ClusterData]:
    """The twelve cross-industry clusters of the Moscow Innovation Cluster; each description ends with
    the cluster's size in the same words for every cluster."""
    data = _load("clusters")
    size, coordinator = _text(data["size_sentence"]), _text(data["coordinator_title"])
    result = []
    for cluster in data["cluster"]:
        members, residents = cluster["members"], cluster["residents"]
        result.append(
            ClusterData(
                slug=cluster["slug"],
                title=_text(cluster["title"]),
                industry=cluster["industry"],
                summary=_text(cluster["summary"]),
                description=(
                    *_texts(cluster["description"]),
                    Text(
                        size.ru.format(members=members, residents=residents),
                        size.en.format(members=members, residents=residents),
                    ),
                ),
                goals=_texts(cluster["goals"]),
                coordinator=_format(coordinator, name=_text(cluster["coordinator"])),
                contact_email=f"{cluster['slug']}@mic.example",
                contact_phone=cluster["phone"],
            )
        )
    return result


# --- News --------------------------------------------------------------------------------------------
# Kinds of story (templates), a few stories each. A template's "{name}" slots are filled from its
# stories, each slot already in the grammatical case the Russian sentence needs.

_NEWS_SEED = 20_261_126
_NEWS_SPAN_DAYS = 200
_STORY_FIELDS = ("key", "topics")


def news(today: datetime.date) -> list[NewsData]:
    """The 60 news items of the last ~200 days, newest first."""
    stories = [(template, story) for template in _load("news")["template"] for story in template["story"]]
    rng = random.Random(_NEWS_SEED)
    days_ago = [rng.randint(0, _NEWS_SPAN_DAYS) for _ in stories]
    # Every seventh item shares its day with the one before it: busy days have several news items.
    for index in range(7, len(days_ago), 7):
        days_ago[index] = days_ago[index - 1]
    items = []
    for (template, story), ago in zip(stories, days_ago, strict=True):
        slots = {name: _text(value) for name, value in story.items() if name not in _STORY_FIELDS}
        items.append(
            NewsData(
                slug=f"{template['key']}-{story['key']}",
                title=_format(_text(template["title"]), **slots),
                date=today - datetime.timedelta(days=ago),
                lead=_format(_text(template["lead"]), **slots),
                topics=tuple(template["topics"]) + tuple(story.get("topics", ())),
                body=tuple(
                    Section(section.kind, _format(section.text, **slots))
                    for section in _sections(template["body"])
                ),
            )
        )
    return sorted(items, key=lambda item: (item.date, item.slug), reverse=True)
