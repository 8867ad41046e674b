"""Applications accepted per IP address in a fixed window (APPLICATION_RATE_LIMIT per
APPLICATION_RATE_WINDOW seconds)."""

from django.conf import settings

from core.rate_limit import FixedWindow, client_address


def _window() -> FixedWindow:
    return FixedWindow("applications", settings.APPLICATION_RATE_LIMIT, settings.APPLICATION_RATE_WINDOW)


def is_limited(request) -> bool:
    return _window().is_limited(client_address(request))


def count(request) -> None:
    _window().count(client_address(request))
