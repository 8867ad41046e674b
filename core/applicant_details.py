"""What the application form fills in for a signed-in person (their organization's name, INN, OGRN and
region, their own name and address). The organization's space, an app above the applications, provides
them, so the applications need not know where the details come from. A person who represents several
organizations chooses which one applies."""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ApplicantDetails:
    fields: dict[str, str] = field(default_factory=dict)  # the form's initial values
    organizations: list[tuple[str, str]] = field(default_factory=list)  # (value, name) when several
    chosen: str = ""


Provider = Callable[[object, str], ApplicantDetails | None]
_providers: list[Provider] = []


def provide(provider: Provider) -> None:
    if provider not in _providers:
        _providers.append(provider)


def details_for(user, chosen: str = "") -> ApplicantDetails:
    """The first provider's details for `user` applying for the organization `chosen` (a value of
    `organizations`; by default their first). An anonymous visitor has none."""
    if not user.is_authenticated:
        return ApplicantDetails()
    for provider in _providers:
        if details := provider(user, chosen):
            return details
    return ApplicantDetails()
