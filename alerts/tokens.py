"""Signed links in alert emails, which work without signing in: to stop a saved search, to confirm a
subscription. They carry the search's id and cannot be guessed or changed; they do not expire, as the
unsubscribe link in an old email must still work."""

from django.core import signing

UNSUBSCRIBE = "alerts.unsubscribe"
CONFIRM = "alerts.confirm"


def make(purpose: str, pk: int) -> str:
    return signing.dumps(pk, salt=purpose)


def read(purpose: str, token: str) -> int | None:
    try:
        value = signing.loads(token, salt=purpose)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None
