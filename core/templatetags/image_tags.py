from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def accessible_image(image, filter_spec, css_class=""):
    """An <img> with the alt text in the page's language; Russian fallback text gets lang="ru"."""
    if image is None:
        return ""
    rendition = image.get_rendition(filter_spec)
    alt, alt_language = image.alt_for()
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="{}"{}{} loading="lazy">',
        rendition.url,
        rendition.width,
        rendition.height,
        alt,
        format_html(' lang="{}"', alt_language) if alt_language else "",
        format_html(' class="{}"', css_class) if css_class else "",
    )
