"""The version for the visually impaired: font size, colour scheme, images and spacing, kept in a cookie.

Russian public sites must offer it (GOST R 52872-2019). It works without JavaScript: each choice is a
plain link to `apply_choice`, which stores the choice and sends the visitor back to the same page.

The panel of settings is a disclosure, open from turning the version on until the first choice and folded
into one line after it (the `visual-panel` session cookie says it is open), so that a phone at the largest
font shows the page rather than five screens of settings.
"""

from dataclasses import dataclass, replace

from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

COOKIE = "visual"
COOKIE_AGE = 365 * 24 * 60 * 60
PANEL_COOKIE = "visual-panel"

# Each setting's values, the first being what the version starts with; labels name them in the panel.
OPTIONS = {
    "font": {
        "normal": pgettext_lazy("font size", "Normal"),
        "large": pgettext_lazy("font size", "Large"),
        "largest": pgettext_lazy("font size", "Largest"),
    },
    "scheme": {
        "black-on-white": _("Black on white"),
        "white-on-black": _("White on black"),
        "blue": _("Dark blue on light blue"),
    },
    "images": {"on": _("Shown"), "off": _("Hidden")},
    "spacing": {"normal": pgettext_lazy("spacing", "Normal"), "wide": pgettext_lazy("spacing", "Wide")},
}
LABELS = {
    "font": _("Font size"),
    "scheme": _("Colours"),
    "images": _("Images"),
    "spacing": _("Letter and line spacing"),
}


@dataclass(frozen=True)
class VisualSettings:
    """`enabled` False is the usual site; the other fields only apply while it is True."""

    enabled: bool = False
    font: str = "normal"
    scheme: str = "black-on-white"
    images: str = "on"
    spacing: str = "normal"

    @classmethod
    def from_cookie(cls, value: str | None) -> "VisualSettings":
        """Settings from the cookie, "font.scheme.images.spacing"; anything unknown is the usual site."""
        parts = (value or "").split(".")
        if len(parts) != len(OPTIONS) or any(
            part not in values for part, values in zip(parts, OPTIONS.values(), strict=True)
        ):
            return cls()
        return cls(True, *parts)

    def cookie_value(self) -> str:
        return ".".join(getattr(self, name) for name in OPTIONS)

    def choose(self, name: str, value: str) -> "VisualSettings":
        """The version turned on, with one value changed when it is one of the setting's values."""
        if value in OPTIONS.get(name, {}):
            return replace(self, enabled=True, **{name: value})
        return replace(self, enabled=True)

    def groups(self) -> list[dict]:
        """The panel's groups: each setting's label and its choices, the current one marked."""
        return [
            {
                "name": name,
                "label": LABELS[name],
                "choices": [
                    {"value": value, "label": label, "current": getattr(self, name) == value}
                    for value, label in values.items()
                ],
            }
            for name, values in OPTIONS.items()
        ]


def safe_return_path(request, candidate: str | None, fallback: str) -> str:
    """Where to send the visitor back: `candidate` when it stays on this site, else `fallback`."""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


def apply_choice(request, fallback: str) -> HttpResponseRedirect:
    """Store the choice in the query string (`font=large`, `off` for the usual site) and go back to `next`."""
    response = HttpResponseRedirect(safe_return_path(request, request.GET.get("next"), fallback))
    response["X-Robots-Tag"] = "noindex"
    if "off" in request.GET:
        response.delete_cookie(COOKIE, samesite="Lax")
        response.delete_cookie(PANEL_COOKIE, samesite="Lax")
        return response
    chosen = replace(VisualSettings.from_cookie(request.COOKIES.get(COOKIE)), enabled=True)
    names = OPTIONS.keys() & request.GET.keys()
    for name in names:
        chosen = chosen.choose(name, request.GET[name])
    if names:
        response.delete_cookie(PANEL_COOKIE, samesite="Lax")
    else:
        response.set_cookie(PANEL_COOKIE, "open", samesite="Lax", httponly=True, secure=request.is_secure())
    response.set_cookie(
        COOKIE,
        chosen.cookie_value(),
        max_age=COOKIE_AGE,
        samesite="Lax",
        httponly=True,
        secure=request.is_secure(),
    )
    return response
