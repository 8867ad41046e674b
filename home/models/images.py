from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image with alternative text in both site languages, or marked decorative (empty alt)."""

    alt_text_ru = models.CharField(_("alternative text (Russian)"), max_length=255, blank=True)
    alt_text_en = models.CharField(_("alternative text (English)"), max_length=255, blank=True)
    decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_("Adds nothing a screen-reader user needs: it gets an empty alt and is skipped."),
    )

    admin_form_fields = (*Image.admin_form_fields, "alt_text_ru", "alt_text_en", "decorative")

    def alt_for(self, language: str | None = None) -> tuple[str, str | None]:
        """The alt text for a page in `language`, and the language it is written in when that differs.

        English pages fall back to the Russian text, which the caller marks with lang="ru".
        """
        if self.decorative:
            return "", None
        language = (language or get_language() or "ru")[:2]
        if language == "en" and self.alt_text_en:
            return self.alt_text_en, None
        if language == "en":
            return self.alt_text_ru, "ru"
        return self.alt_text_ru, None

    def clean(self):
        super().clean()
        if self.decorative and (self.alt_text_ru or self.alt_text_en):
            raise ValidationError(
                {
                    "decorative": _(
                        "A decorative image has no alternative text: clear the text or untick this."
                    )
                }
            )


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
