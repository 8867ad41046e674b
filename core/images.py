"""The site's images: alternative text in both languages, or marked decorative.

The tables keep the names they had when the home app held these models (`home_custom*`).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image with alternative text in both site languages, or marked decorative (empty alt)."""

    alt_text_ru = models.CharField(_("alternative text (Russian)"), max_length=255, blank=True)
    alt_text_en = models.CharField(_("alternative text (English)"), max_length=255, blank=True)
    # Not "decorative": Wagtail's AbstractImage uses that name for a per-use attribute of ImageBlock.
    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_("Adds nothing a screen-reader user needs: it gets an empty alt and is skipped."),
    )

    # The two alt texts replace Wagtail's single-language "description".
    admin_form_fields = (
        *(field for field in Image.admin_form_fields if field != "description"),
        "alt_text_ru",
        "alt_text_en",
        "is_decorative",
    )

    class Meta(AbstractImage.Meta):
        db_table = "home_customimage"

    @property
    def default_alt_text(self) -> str:
        """What Wagtail's own {% image %} tag and rich text use as alt."""
        return self.alt_for()[0]

    def alt_for(self, language: str | None = None) -> tuple[str, str | None]:
        """The alt text for a page in `language`, and the language it is written in when that differs.

        English pages fall back to the Russian text, which the caller marks with lang="ru".
        """
        if self.is_decorative:
            return "", None
        language = (language or get_language() or "ru")[:2]
        if language == "en" and self.alt_text_en:
            return self.alt_text_en, None
        if language == "en":
            return self.alt_text_ru, "ru"
        return self.alt_text_ru, None

    def clean(self):
        """Every image says what it shows, or is marked decorative. Only the Russian text is required:
        English pages fall back to it. Wagtail's multiple upload keeps an image failing this as an upload
        until the editor completes its form."""
        super().clean()
        if self.is_decorative and (self.alt_text_ru or self.alt_text_en):
            raise ValidationError(
                {
                    "is_decorative": _(
                        "A decorative image has no alternative text: clear the text or untick this."
                    )
                }
            )
        if not self.is_decorative and not self.alt_text_ru.strip():
            raise ValidationError(
                {
                    "alt_text_ru": _(
                        "Describe what the image shows for people who cannot see it, or mark it decorative."
                    )
                }
            )


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        db_table = "home_customrendition"
        unique_together = (("image", "filter_spec", "focal_point_key"),)
