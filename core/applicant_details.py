"""What the application form fills in for a signed-in person (their organization's name, INN, OGRN and
region, their own name and address). The organization's space, an app above the applications, provides
them, so the applications need not know where the details come from."""

from collections.abc import Callable

Provider = Callable[[object], dict[str, str]]
_providers: list[Provider] = []


def provide(provider: Provider) -> None:
    if provider not in _providers:
        _providers.append(provider)


def details_for(user) -> dict[str, str]:
    """The first provider's details for `user` (an anonymous visitor has none)."""
    if not user.is_authenticated:
        return {}
    for provider in _providers:
        if details := provider(user):
            return details
    return {}
