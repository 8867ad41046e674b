"""The accessibility statement for the registry: the report form sent back with errors, which only a POST
reaches, rendered through Django's test client."""

from django.test import Client

from home.models import AccessibilityStatementPage

# A bad email, an empty message, and a page address to keep.
BAD_REPORT = {"message": "", "page_address": "/ru/news/", "email": "not-an-email"}


def report_with_errors(language: str) -> str:
    page = AccessibilityStatementPage.objects.live().filter(locale__language_code=language).first()
    return Client().post(page.url, BAD_REPORT).content.decode()
