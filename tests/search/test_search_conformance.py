"""One conformance suite for every catalog search engine: Elasticsearch and the database engine.

Each case of tests/search/corpus.py runs against each engine, and the answer must equal the brute-force
answer computed from the corpus: the same ids, total and facet counts (relevance order is not compared;
numeric sorts are). The database engine runs on the test database (PostgreSQL in CI); scripts/test runs
this file a second time on the other database, so SQLite and PostgreSQL both pass it.
"""

import dataclasses
import uuid

import pytest
from django.db import transaction
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale

from catalog.models import CompanySize, LegalForm, Order, OrderStatus, Organization, Premises, PremisesKind
from catalog.registry import SPECS
from search import documents
from search.engines import database
from taxonomy.models import (
    Capability,
    Certification,
    District,
    Industry,
    Material,
    Okrug,
    OrganizationRole,
    PremisesFeature,
    Region,
)
from tests.factories import make_entry
from tests.search.corpus import CASES, CORPUS, Case, conjunctive_counts, expected

pytestmark = pytest.mark.django_db


def _organization(entry: dict, number: int) -> Organization:
    return make_entry(
        Organization,
        english=entry["en"],
        relations={
            "roles": OrganizationRole.objects.filter(slug__in=entry["roles"]),
            "industries": Industry.objects.filter(slug__in=entry["industries"]),
        },
        name=entry["name"],
        description=entry["description"],
        inn=f"77{number:08d}",
        legal_form=entry["legal_form"],
        region=Region.objects.get(slug=entry["region"]),
        size=entry["size"],
        founded=entry["founded"],
    )


def _premises(entry: dict, number: int) -> Premises:
    district = District.objects.get(slug=entry["district"])
    fields = ("title", "owner", "address", "description", "kind", "area", "rent", "is_available")
    return make_entry(
        Premises,
        english=entry["en"],
        relations={"features": PremisesFeature.objects.filter(slug__in=entry["features"])},
        district=district,
        okrug=district.okrug,
        **{name: entry[name] for name in fields},
    )


def _order(entry: dict, number: int) -> Order:
    return make_entry(
        Order,
        english=entry["en"],
        relations={
            "capabilities": Capability.objects.filter(slug__in=entry["capabilities"]),
            "materials": Material.objects.filter(slug__in=entry["materials"]),
            "certifications": Certification.objects.filter(slug__in=entry["certifications"]),
        },
        organization=Organization.objects.get(name=entry["buyer"], locale__language_code="ru"),
        region=Region.objects.get(slug=entry["region"]),
        **{name: entry[name] for name in ("name", "description", "status", "batch_size", "target_date")},
    )


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """The corpus in the database, built once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        Locale.objects.get_or_create(language_code="ru")
        Locale.objects.get_or_create(language_code="en")
        makers = {"organizations": _organization, "premises": _premises, "orders": _order}
        pks = {
            catalog: {entry["key"]: makers[catalog](entry, number).pk for number, entry in enumerate(entries)}
            for catalog, entries in CORPUS.items()
        }
        for catalog in CORPUS:
            documents.rebuild(SPECS[catalog])
        okrugs = dict(District.objects.values_list("slug", "okrug__slug"))
        yield {"pks": pks, "okrugs": okrugs, "labels": _labels()}
        transaction.set_rollback(True)


def _labels() -> dict[str, dict[str, list[str]]]:
    """Each facet value's labels in both languages, as editors and the code name them."""
    taxonomies = {
        "roles": OrganizationRole,
        "industries": Industry,
        "region": Region,
        "okrug": Okrug,
        "district": District,
        "features": PremisesFeature,
        "capabilities": Capability,
        "materials": Material,
        "certifications": Certification,
    }
    labels = {
        name: {
            slug: [name_ru, name_en]
            for slug, name_ru, name_en in model.objects.values_list("slug", "name_ru", "name_en")
        }
        for name, model in taxonomies.items()
    }
    choices = {
        "size": CompanySize.choices,
        "legal_form": LegalForm.choices,
        "kind": PremisesKind.choices,
        "status": OrderStatus.choices,
    }
    choices["available"] = SPECS["premises"].facet("available").values
    for name, values in choices.items():
        labels[name] = {}
        for language in ("ru", "en"):
            with translation.override(language):
                for value, label in values:
                    labels[name].setdefault(value, []).append(str(label))
    return labels


@pytest.fixture(scope="module")
def elasticsearch_corpus(corpus, django_db_blocker, elasticsearch_url):
    """The corpus indexed into the real Elasticsearch under a prefix of its own, deleted afterwards."""
    from search import elastic

    prefix = f"imoscow-test-{uuid.uuid4().hex[:8]}"
    with (
        django_db_blocker.unblock(),
        override_settings(
            CATALOG_SEARCH={
                "ELASTICSEARCH_URL": elasticsearch_url,
                "INDEX_PREFIX": prefix,
                "TIMEOUT": 5,
                "INDEXING_TIMEOUT": 60,
            }
        ),
    ):
        for catalog in CORPUS:
            elastic.rebuild(SPECS[catalog])
        yield corpus
        elastic.delete_indexes()


def _elasticsearch_search(language: str):
    from search.engines import elasticsearch

    return lambda spec, query: elasticsearch.search(spec, query, language)


@pytest.fixture(
    params=[
        "database",
        pytest.param("elasticsearch-ru", marks=pytest.mark.elasticsearch),
        pytest.param("elasticsearch-en", marks=pytest.mark.elasticsearch),
    ]
)
def engine(request, corpus):
    """Each engine; Elasticsearch through each language's index, which must give the same answers."""
    # The corpus is an argument, not looked up: module fixtures must exist before a test's transaction.
    if request.param.startswith("elasticsearch"):
        return request.getfixturevalue("elasticsearch_corpus"), _elasticsearch_search(request.param[-2:])
    return corpus, lambda spec, query: database.search(spec, query)


def _keys(pks: dict[str, int], ids) -> set[str]:
    names = {pk: key for key, pk in pks.items()}
    return {names[pk] for pk in ids}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_every_engine_gives_the_corpus_answer(engine, case):
    data, search = engine
    wanted_keys, wanted_counts = expected(case, data["okrugs"], data["labels"])
    assert wanted_keys, "every case must find something, or it proves little"

    result = search(SPECS[case.catalog], case.query())

    assert _keys(data["pks"][case.catalog], result.ids) == wanted_keys
    assert result.total == len(wanted_keys)
    for name, values in result.facets.items():
        counts = {value.value: value.count for value in values if value.count}
        assert counts == wanted_counts[name], name
        assert {value.value for value in values if value.selected} == set(case.facets.get(name, ()))


@pytest.mark.parametrize("case", [case for case in CASES if case.sort], ids=str)
def test_numeric_sorts_give_the_same_order_with_the_id_tie_break(engine, case):
    _data, search = engine
    spec = SPECS[case.catalog]
    ordered = search(spec, case.query()).ids
    sort = spec.sort(case.sort, has_text=False)
    entries = spec.model.objects.in_bulk(ordered)
    path = sort.order[0].lstrip("-")
    keys = [(getattr(entries[pk], path), pk) for pk in ordered]
    assert keys == sorted(
        keys, key=lambda key: (-key[0] if sort.order[0].startswith("-") else key[0], key[1])
    )


def test_pages_split_the_answer_without_overlap(engine):
    _data, search = engine
    case = CASES[0]
    spec = SPECS[case.catalog]
    everything = search(spec, case.query()).ids
    pages = [search(spec, case.query(page=number, per_page=3)).ids for number in (1, 2, 3)]
    assert [pk for page in pages for pk in page] == everything[:9]


def test_some_case_has_a_disjunctive_count_that_differs_from_the_conjunctive_one(corpus):
    okrugs, labels = corpus["okrugs"], corpus["labels"]

    def differs(case) -> bool:
        disjunctive = expected(case, okrugs, labels)[1]
        conjunctive = conjunctive_counts(case, okrugs, labels)
        return any(disjunctive[name] != conjunctive.get(name, {}) for name in case.facets)

    assert any(differs(case) for case in CASES)


def _answer(corpus, catalog: str, text: str) -> set[str]:
    return expected(Case(catalog, text=text), corpus["okrugs"], corpus["labels"])[0]


def test_the_corpus_answers_are_what_a_reader_expects(corpus):
    """The brute-force answers are themselves checked on a few cases a person can verify."""
    labs = {"robotics-lab", "bio-labs", "med-devices"}
    assert _answer(corpus, "organizations", "лаборатории") == labs  # and "laboratory equipment", a synonym
    assert _answer(corpus, "organizations", "Laboratories") == labs
    assert _answer(corpus, "organizations", "объем") == {"smart-volume", "printing"}  # объем = объём
    # "the" is a stop word; роботов and robots are one word in two languages.
    assert _answer(corpus, "organizations", "the robots") == {"robotics-lab", "logistics", "vision"}
    # Two of three words are enough: промышленные роботы, роботы для города.
    assert _answer(corpus, "organizations", "промышленные роботы для города") == {
        "robotics-lab",
        "logistics",
        "vision",
    }
    assert _answer(corpus, "organizations", "компьютерное зрение роботов") == {"vision", "ai-institute"}
    # Robotics is the industry of both, but only one is a laboratory: two words, both required.
    assert _answer(corpus, "organizations", "лаборатория для робототехники") == {"robotics-lab"}
    # The district is a facet value: Текстильщики is a word of both premises there.
    assert _answer(corpus, "premises", "склад с рампой в Текстильщиках") == {"warehouse"}
    assert _answer(corpus, "premises", "лаборатория с парковкой в Даниловском") == {
        "clean-lab",
        "small-office",
    }
    assert _answer(corpus, "organizations", "ИИ") == {"ai-institute", "vision"}


@pytest.mark.parametrize("case", CASES[9:14], ids=str)
def test_without_facet_counts_the_ids_and_total_are_the_same(engine, case):
    """The site search asks without counts, for speed: the entries and total must not change."""
    _data, search = engine
    spec = SPECS[case.catalog]
    full = search(spec, case.query())
    light = search(spec, dataclasses.replace(case.query(), counts=False))
    assert (light.ids, light.total) == (full.ids, full.total)


RANKED = [
    # More words matched first: all three, then two of them.
    ("organizations", "компьютерное зрение роботов", ["vision", "ai-institute"]),
    # As many words: the exact phrase first, though the other has one of the words in its name.
    ("organizations", "компьютерное зрение", ["ai-institute", "vision"]),
    ("premises", "склад с рампой в Текстильщиках", ["warehouse"]),
]


@pytest.mark.parametrize(("catalog", "text", "order"), RANKED, ids=str)
def test_relevance_puts_more_words_then_the_exact_phrase_first(engine, catalog, text, order):
    data, search = engine
    names = {pk: key for key, pk in data["pks"][catalog].items()}
    assert [names[pk] for pk in search(SPECS[catalog], Case(catalog, text=text).query()).ids] == order


@pytest.mark.elasticsearch
@pytest.mark.parametrize("language", ["ru", "en"])
def test_elasticsearch_finds_a_long_word_with_a_typo(elasticsearch_corpus, language):
    """Within two edits for a word of 8 letters or more; the database engine offers a correction instead."""
    search = _elasticsearch_search(language)
    pks = elasticsearch_corpus["pks"]["premises"]
    found = search(SPECS["premises"], Case("premises", text="лабаратория").query()).ids
    assert _keys(pks, found) == {"clean-lab", "bio-lab"}
    # Fewer than 5 letters: no edits (офис is one away).
    assert search(SPECS["premises"], Case("premises", text="офес").query()).ids == []
