from urllib.parse import urlencode

from django import template

from core import navigation
from core.visual_settings import COOKIE, PANEL_COOKIE, VisualSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def visual_settings(context) -> VisualSettings:
    """The visitor's version for the visually impaired; the usual site where there is no request."""
    request = context.get("request")
    return VisualSettings.from_cookie(request.COOKIES.get(COOKIE) if request else None)


def _switch_url(request, home, **query) -> str:
    return f"{home.url}visual-settings/?{urlencode({**query, 'next': request.get_full_path()})}"


@register.inclusion_tag("components/visual_panel.html", takes_context=True)
def visual_panel(context, visual: VisualSettings):
    """The panel of the version's settings, or the link that turns the version on."""
    request = context["request"]
    home = navigation.localized_home(request)
    if home is None:
        return {}
    groups = visual.groups()
    for group in groups:
        for choice in group["choices"]:
            choice["url"] = _switch_url(request, home, **{group["name"]: choice["value"]})
    return {
        "visual": visual,
        "open": request.COOKIES.get(PANEL_COOKIE) == "open",
        "groups": groups,
        "on_url": _switch_url(request, home),
        "off_url": _switch_url(request, home, off=1),
    }
