"""Text people typed is marked with the language of its alphabet, whatever the page's language."""

import pytest

from core.templatetags.text_language import script_language


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
