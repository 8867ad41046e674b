"""What the application tests share: an open measure, a valid submission, real-looking files."""

import datetime
import io
import zipfile

from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from tests.factories import make_measure, measure_index

VALID = {
    "organization_name": "ООО «Нейросенсор»",
    "inn": "7707083893",
    "ogrn": "1027700132195",
    "region": "77",
    "contact_name": "Анна Смирнова",
    "email": "anna@example.com",
    "phone": "+7 495 123-45-67",
    "project_summary": "Датчики для умного города.",
    "requested_amount": "1000000",
    "consent": "on",
}


def pdf(name: str = "plan.pdf", size: int = 0) -> SimpleUploadedFile:
    body = b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"
    return SimpleUploadedFile(name, body + b"0" * size, content_type="application/pdf")


def _office(name: str, folder: str, content_type: str) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(f"{folder}/document.xml", "<document/>")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)


def docx(name: str = "letter.docx") -> SimpleUploadedFile:
    return _office(name, "word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def xlsx(name: str = "budget.xlsx") -> SimpleUploadedFile:
    return _office(name, "xl", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def png(name: str = "scheme.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"\x89PNG\r\n\x1a\n" + b"\0" * 32, content_type="image/png")


def jpeg(name: str = "photo.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"\xff\xd8\xff\xe0" + b"\0" * 32, content_type="image/jpeg")


def html_as_pdf(name: str = "invoice.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"<html><script>alert(1)</script></html>", content_type="application/pdf")


def open_measure(homes, **fields):
    today = timezone.localdate()
    values = {
        "opens": today - datetime.timedelta(days=10),
        "deadline": today + datetime.timedelta(days=10),
        "amount_min": 100_000,
        "amount_max": 5_000_000,
        **fields,
    }
    return make_measure(measure_index(homes["ru"]), "Грант для стартапов", **values)


def apply_url(measure, language: str = "en") -> str:
    """English by default: the tests read messages whose Russian translations are merged separately."""
    with translation.override(language):
        return reverse("applications:apply", args=[measure.pk])


def stored_files(location) -> list:
    return [path for path in location.rglob("*") if path.is_file()] if location.exists() else []


def submit(client, measure, files=(), **changes):
    """Applies through the public form; the application and the status address it was given."""
    from applications.models import Application

    data = {**VALID, **changes}
    if files:
        data["attachments"] = list(files)
    response = client.post(apply_url(measure), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Application.objects.latest("submitted_at"), response["Location"]


class FailingOnThirdFile(FileSystemStorage):
    """A disk that fills up on the third file saved."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.saved = 0

    def _save(self, name, content):
        self.saved += 1
        if self.saved == 3:
            raise OSError("No space left on device")
        return super()._save(name, content)
