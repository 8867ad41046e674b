"""How well the search answers what people type: the relevance set (search/data/relevance.toml) run through
the site's own search functions, per engine, against the seeded demo.

    python -m search.relevance                          # every engine the settings allow, one after the other
    python -m search.relevance --engine database        # the database engine (PostgreSQL or SQLite)
    python -m search.relevance --engine elasticsearch   # Elasticsearch (ELASTICSEARCH_URL must be set)

Pages are asked through `search.site_search` as its results page shows them (the support measures' group,
then the other pages), catalogs through `search.engines.search` with the words alone (the listing's default
order, relevance). A case succeeds when
at least one right answer is among the first 5 results (success@5); its reciprocal rank is 1/r for the first
right answer at rank r among the first 10, else 0. The script prints both, overall and per group and
language, then every case that failed with what came first instead.
"""

import argparse
import fnmatch
import logging
import os
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "relevance.toml"
PAGES = "pages"
LANGUAGES = ("ru", "en")
SUCCESS_RANK = 5
RANKED = 10  # results read per case: the site search shows 10 pages
ENGINES = ("database", "elasticsearch")


@dataclass(frozen=True)
class Case:
    query: str
    language: str
    asked_in: str  # "pages" or a catalog segment
    asker: str
    pages: tuple[str, ...] = ()  # slug patterns (fnmatch)
    entries: tuple[str, ...] = ()  # names in either language
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    contains: tuple[str, ...] = ()


def load_cases(path: Path = DATA) -> list[Case]:
    with path.open("rb") as file:
        rows = tomllib.load(file)["case"]
    cases = []
    for row in rows:
        expect = row.get("expect", {})
        cases.append(
            Case(
                query=row["query"],
                language=row["language"],
                asked_in=row["asked_in"],
                asker=row["asker"],
                pages=tuple(expect.get("pages", ())),
                entries=tuple(expect.get("entries", ())),
                facets={name: tuple(values) for name, values in expect.get("facets", {}).items()},
                contains=tuple(expect.get("contains", ())),
            )
        )
    return cases


def page_matches(case: Case, slug: str) -> bool:
    return any(fnmatch.fnmatchcase(slug, pattern) for pattern in case.pages)


# --- Asking the site's search --------------------------------------------------------------------------


def found_pages(case: Case) -> list[tuple[int, str]]:
    """(id, slug) of the pages the site search lists for the case, in order."""
    from django.test import RequestFactory
    from django.utils import translation

    from search.site_search import search_pages

    request = RequestFactory().get(f"/{case.language}/search/")
    with translation.override(case.language):
        # As the results page shows them: the support measures' group first, then the other pages.
        groups = search_pages(case.query, request)
    return [(hit.page.pk, hit.page.slug) for group in groups if group for hit in group.hits]


def found_entries(case: Case) -> list[int]:
    """The ids (Russian rows) the catalog's listing shows first for the case's words."""
    from catalog.registry import SPECS
    from search import engines
    from search.query import Query

    result = engines.search(
        SPECS[case.asked_in], Query(text=case.query, per_page=RANKED, counts=False), case.language
    )
    return result.ids


def entry_names(segment: str, ids: list[int]) -> dict[int, tuple[str, str]]:
    """id -> (Russian name, English name) of catalog entries (a manufacturer: its organization's)."""
    from catalog.entry import localize
    from catalog.registry import SPECS

    rows = SPECS[segment].model.objects.filter(pk__in=ids).select_related("locale")
    # Rows of their own per language: localize() names an entry named after another on the row itself.
    ru, en = ({item.facts.pk: str(item) for item in localize(rows.all(), language)} for language in LANGUAGES)
    return {pk: (ru[pk], en[pk]) for pk in ru}


def right_entries(case: Case, ids: list[int]) -> set[int]:
    """Which of the entries answer the case: named in `entries`, or with the case's facets and phrases."""
    from catalog.registry import SPECS

    spec = SPECS[case.asked_in]
    wanted = {name.casefold() for name in case.entries}
    right = {
        pk for pk, names in entry_names(case.asked_in, ids).items() if {n.casefold() for n in names} & wanted
    }
    if case.facets or case.contains:
        candidates = spec.model.objects.filter(pk__in=ids)
        for name, values in case.facets.items():
            candidates = candidates.filter(**{f"{spec.facet(name).path}__in": values})
        candidates = set(candidates.values_list("pk", flat=True))
        if case.contains:
            candidates &= _containing(spec, candidates, case.contains)
        right |= candidates
    return right


def _containing(spec, ids: set[int], phrases: tuple[str, ...]) -> set[int]:
    """The entries with one of the phrases in their text, in either language's row."""
    model = spec.model
    keys = dict(model.objects.filter(pk__in=ids).values_list("translation_key", "pk"))
    fields = model.text_fields
    wanted = [phrase.casefold() for phrase in phrases]
    found = set()
    for row in model.objects.filter(translation_key__in=keys).values("translation_key", *fields):
        text = " ".join(str(row[name] or "") for name in fields).casefold()
        if any(phrase in text for phrase in wanted):
            found.add(keys[row["translation_key"]])
    return found


@dataclass(frozen=True)
class Outcome:
    case: Case
    rank: int | None  # of the first right answer, 1-based, among the first RANKED
    first: tuple[str, ...]  # what came first, for the report

    @property
    def success(self) -> bool:
        return self.rank is not None and self.rank <= SUCCESS_RANK

    @property
    def reciprocal_rank(self) -> float:
        return 1 / self.rank if self.rank else 0.0


def run_case(case: Case) -> Outcome:
    if case.asked_in == PAGES:
        found = found_pages(case)[:RANKED]
        ranks = [rank for rank, (_, slug) in enumerate(found, start=1) if page_matches(case, slug)]
        first = tuple(slug for _, slug in found[:3])
    else:
        ids = found_entries(case)[:RANKED]
        right = right_entries(case, ids)
        ranks = [rank for rank, pk in enumerate(ids, start=1) if pk in right]
        names = entry_names(case.asked_in, ids[:3])
        first = tuple(names[pk][0 if case.language == "ru" else 1] for pk in ids[:3] if pk in names)
    return Outcome(case, ranks[0] if ranks else None, first)


# --- Figures -----------------------------------------------------------------------------------------------


def success_at_5(outcomes: list[Outcome]) -> float:
    return sum(outcome.success for outcome in outcomes) / len(outcomes) if outcomes else 0.0


def mean_reciprocal_rank(outcomes: list[Outcome]) -> float:
    return sum(outcome.reciprocal_rank for outcome in outcomes) / len(outcomes) if outcomes else 0.0


def _line(label: str, outcomes: list[Outcome]) -> str:
    return (
        f"  {label:<16} {len(outcomes):>3} cases   success@5 {success_at_5(outcomes):.2f}   "
        f"MRR {mean_reciprocal_rank(outcomes):.2f}"
    )


def report(engine: str, outcomes: list[Outcome]) -> str:
    asked_in = {outcome.case.asked_in for outcome in outcomes}
    groups = sorted(asked_in, key=lambda group: (group != PAGES, group))  # the pages first
    lines = [f"{engine}:", _line("all", outcomes)]
    lines += [_line(group, [o for o in outcomes if o.case.asked_in == group]) for group in groups]
    lines += [_line(language, [o for o in outcomes if o.case.language == language]) for language in LANGUAGES]
    failed = [outcome for outcome in outcomes if not outcome.success]
    lines.append(f"  failed ({len(failed)}):")
    for outcome in failed:
        case = outcome.case
        where = f"rank {outcome.rank}" if outcome.rank else "not in the first 10"
        shown = "; ".join(outcome.first) or "nothing found"
        lines.append(f"    [{case.language} {case.asked_in}] {case.query!r}: {where} (first: {shown})")
    return "\n".join(lines)


# --- Engines -----------------------------------------------------------------------------------------------


class FallbackWatch(logging.Handler):
    """Counts the warnings of an engine answering for Elasticsearch, which would make its figures a lie."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def engine_label(engine: str) -> str:
    from django.db import connection

    if engine == "elasticsearch":
        return "Elasticsearch"
    return f"database engine ({connection.vendor})"


def run_engine(engine: str) -> int:
    """Runs the set on one engine in this process: the settings are chosen before Django starts."""
    if engine == "database":
        os.environ["SEARCH_ENGINE"] = "database"
        os.environ.pop("ELASTICSEARCH_URL", None)  # the pages group then answers from the database too
    elif not os.environ.get("ELASTICSEARCH_URL"):
        raise SystemExit("--engine elasticsearch needs ELASTICSEARCH_URL")
    else:
        os.environ["SEARCH_ENGINE"] = "auto"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    watch = FallbackWatch()
    for name in ("search.engines", "search.site_search"):
        logging.getLogger(name).addHandler(watch)
    outcomes = [run_case(case) for case in load_cases()]
    print(report(engine_label(engine), outcomes))
    if watch.messages:
        print(f"  the database answered for Elasticsearch {len(watch.messages)} times: these figures are not")
        print(f"  Elasticsearch's ({watch.messages[0]})")
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=ENGINES, help="one engine (default: every engine configured)")
    arguments = parser.parse_args(argv)
    if arguments.engine:
        return run_engine(arguments.engine)
    engines = [engine for engine in ENGINES if engine == "database" or os.environ.get("ELASTICSEARCH_URL")]
    status = 0
    for engine in engines:
        # A process per engine: the engine is a setting, read once when Django starts.
        command = [sys.executable, "-m", "search.relevance", "--engine", engine]
        status |= subprocess.run(command, check=False).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
