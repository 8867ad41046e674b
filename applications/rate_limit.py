"""Applications accepted per IP address in a fixed window (APPLICATION_RATE_LIMIT per
APPLICATION_RATE_WINDOW seconds)."""

from django.conf import settings

from core.rate_limit import FixedWindow


def _window() -> FixedWindow:
    return FixedWindow("applications", settings.APPLICATION_RATE_LIMIT, settings.APPLICATION_RATE_WINDOW)


def _address(request) -> str:
    # The connection's address, or the one header the proxy is configured to set (CLIENT_IP_HEADER): never a
    # header the visitor writes, such as X-Forwarded-For as received, or they could pick a fresh address.
    return request.META.get(settings.CLIENT_IP_META_KEY) or request.META.get("REMOTE_ADDR", "")


def is_limited(request) -> bool:
    return _window().is_limited(_address(request))


def count(request) -> None:
    _window().count(_address(request))
