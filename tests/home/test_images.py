"""The custom image model: alt text in both languages, decorative images with an empty alt."""

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.utils import translation
from wagtail.images.tests.utils import get_test_image_file

from core.images import CustomImage

pytestmark = pytest.mark.django_db


def make_image(**fields):
    return CustomImage.objects.create(title="Технопарк", file=get_test_image_file(), **fields)


def render(image, language):
    with translation.override(language):
        template = Template('{% load image_tags %}{% accessible_image image "width-100" %}')
        return template.render(Context({"image": image}))


def test_each_language_gets_its_own_alt_text(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    image = make_image(alt_text_ru="Здание технопарка", alt_text_en="The technopark building")
    assert 'alt="Здание технопарка"' in render(image, "ru")
    english = render(image, "en")
    assert 'alt="The technopark building"' in english
    assert "lang=" not in english


def test_english_page_falls_back_to_russian_alt_marked_as_russian(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    image = make_image(alt_text_ru="Здание технопарка")
    assert 'alt="Здание технопарка" lang="ru"' in render(image, "en")


def test_decorative_image_has_an_empty_alt(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    html = render(make_image(is_decorative=True), "ru")
    assert 'alt=""' in html


def test_wagtails_own_image_tag_uses_the_language_alt_text(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    image = make_image(alt_text_ru="Здание технопарка", alt_text_en="The technopark building")
    with translation.override("en"):
        html = Template("{% load wagtailimages_tags %}{% image image width-100 %}").render(
            Context({"image": image})
        )
    assert 'alt="The technopark building"' in html


def test_decorative_image_cannot_also_carry_alt_text():
    image = CustomImage(title="x", is_decorative=True, alt_text_ru="Текст")
    with pytest.raises(ValidationError) as error:
        image.clean()
    assert "is_decorative" in error.value.message_dict
