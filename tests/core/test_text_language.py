"""Text people typed is marked with the language of its alphabet, whatever the page's language."""

import pytest
from django.utils import translation

from core.templatetags.text_language import in_language, script_language


@pytest.mark.parametrize(
    "text, language",
    [
        ("ООО «Нейросенсор»", "ru"),
        ("Пришлите устав организации.", "ru"),
        ("Neurosensor LLC", "en"),
        ("Please send the articles of association (устав).", "en"),
        ("Устав ООО «Нейросенсор», редакция 2 (PDF)", "ru"),
    ],
)
def test_the_alphabet_tells_the_language(text, language):
    assert script_language(text) == language


def test_russian_words_quoted_in_english_text_are_marked_for_the_screen_reader():
    with translation.override("en"):
        marked = in_language("Premises: «склад Зеленоград», Office & <b>")
    assert marked == 'Premises: «<span lang="ru">склад Зеленоград</span>», Office &amp; &lt;b&gt;'


def test_text_in_another_language_than_the_page_says_which():
    with translation.override("ru"):
        assert in_language("Premises: «Зеленоград»", "en") == (
            '<span lang="en">Premises: «<span lang="ru">Зеленоград</span>»</span>'
        )
        assert in_language("Помещения: «Zelenograd»") == "Помещения: «Zelenograd»"
