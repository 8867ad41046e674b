"""Page addresses: Latin letters whatever the title's language, short, unique among siblings, and an old
address still leads to the page after it changes."""

import pytest

from core.slugs import MAX_LENGTH, latin_slug
from tests.factories import make_measure, measure_index

pytestmark = pytest.mark.django_db

LONG_TITLE = (
    "Грант на пилотное тестирование инновационных решений и технологий в городском хозяйстве Москвы "
    "для малых и средних технологических компаний"
)


@pytest.fixture
def index(homes, taxonomies):
    return measure_index(homes["ru"])


def test_a_russian_title_gives_a_short_latin_address_cut_at_a_word(index):
    measure = make_measure(index, LONG_TITLE, slug="")
    assert measure.slug.isascii() and len(measure.slug) <= MAX_LENGTH
    assert measure.slug.startswith("grant-na-pilotnoe-testirovanie-innovatsionnykh-reshenii")
    assert latin_slug(LONG_TITLE, max_length=1000).startswith(f"{measure.slug}-")
    assert measure.url == f"/ru/{index.slug}/{measure.slug}/"


def test_the_same_title_twice_gets_two_addresses(index):
    first = make_measure(index, "Льготный заём для стартапов", slug="")
    second = make_measure(index, "Льготный заём для стартапов", slug="")
    assert (first.slug, second.slug) == ("lgotnyi-zaem-dlia-startapov", "lgotnyi-zaem-dlia-startapov-2")


def test_an_address_typed_in_cyrillic_is_saved_in_latin(index):
    assert make_measure(index, "Субсидия", slug="субсидия-на-патенты").slug == "subsidiia-na-patenty"


def test_an_old_address_leads_to_the_page_after_it_changes(client, index, django_capture_on_commit_callbacks):
    measure = make_measure(index, "Субсидия на патенты", slug="")
    old_url = measure.url
    revision = measure.get_latest_revision_as_object()
    revision.slug = "субсидия-на-патентование"
    with django_capture_on_commit_callbacks(execute=True):
        revision.save_revision().publish()
    measure.refresh_from_db()
    assert measure.slug == "subsidiia-na-patentovanie"
    response = client.get(old_url)
    assert response.status_code in (301, 302) and response["Location"].endswith(measure.url)
    assert client.get(measure.url).status_code == 200
