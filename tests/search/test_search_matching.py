"""The matching rule both engines read (search.matching): how many words are required, what a query's words
are, and the bit-sliced word counts the database engine ranks and filters by (search.bitmaps)."""

import random

import pytest

from search import bitmaps
from search.matching import analyse, required, synonym_groups


@pytest.mark.parametrize(
    ("words", "needed"), [(0, 0), (1, 1), (2, 2), (3, 2), (4, 3), (5, 3), (6, 4), (8, 6), (12, 9)]
)
def test_one_or_two_words_are_all_required_then_three_quarters(words, needed):
    assert required(words) == needed


def test_stop_words_and_fillers_are_not_words():
    assert [word.typed for word in analyse("Ищу гранты для стартапов на 2025 год").words] == [
        "гранты",
        "стартапов",
        "2025",
        "год",
    ]
    assert [word.typed for word in analyse("looking for a lab in Moscow").words] == ["lab", "moscow"]


def test_a_word_matches_by_its_synonyms_in_either_language():
    (word,) = analyse("займы").words
    assert ("займ",) in word.alternatives and ("loan",) in word.alternatives


def test_a_multi_word_synonym_is_one_word_and_matches_by_all_its_stems():
    (typed,) = analyse("искусственный интеллект").words
    (short,) = analyse("ИИ").words
    assert set(typed.alternatives) == set(short.alternatives)
    assert ("искусствен", "интеллект") in short.alternatives
    # A word and its synonym in one query are one word: the entry needs it once.
    assert len(analyse("лаборатория laboratory").words) == 1
    assert analyse("роботы для склада города").phrase == ("робот", "склад", "город")


def test_every_synonym_line_names_at_least_two_things():
    groups = synonym_groups()
    assert groups
    assert all(len(group) >= 2 for group in groups.values())


def test_the_bit_sliced_counts_are_the_number_of_words_each_entry_has():
    generator = random.Random(12)
    entries = range(300)
    words = [{entry for entry in entries if generator.random() < 0.4} for _ in range(7)]
    slices = bitmaps.counter([bitmaps.of(word) for word in words])
    everything = bitmaps.of(entries)
    for count in range(len(words) + 1):
        wanted = {entry for entry in entries if sum(entry in word for word in words) == count}
        assert set(bitmaps.entry_ids(bitmaps.exactly(slices, count, everything))) == wanted
