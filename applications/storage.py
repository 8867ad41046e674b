"""The private storage of attachments, and how a permitted visitor gets a file out of it."""

import os
import uuid
from contextlib import contextmanager

from django.conf import settings
from django.core.files.storage import Storage, storages
from django.http import FileResponse, HttpResponse, HttpResponseRedirect

PRIVATE_STORAGE = "private"
FOLDER = "applications"


def private_storage() -> Storage:
    # Looked up on every use, not bound at import: tests and deployments swap the "private" alias.
    return storages[PRIVATE_STORAGE]


def new_name(reference: str, extension: str) -> str:
    """A stored name that says nothing about the applicant's own file name (which goes in the database)."""
    return f"{FOLDER}/{reference}/{uuid.uuid4().hex}{extension}"


def signed_url(storage: Storage, name: str) -> str | None:
    """A short-lived signed address when the storage is a bucket; None when it is a folder on disk."""
    if not getattr(storage, "querystring_auth", False):
        return None
    return storage.url(name, expire=settings.PRIVATE_URL_EXPIRY)


def attachment_response(attachment) -> HttpResponse:
    """The file for someone already allowed to see it: a redirect to a signed URL, or the file streamed."""
    storage = private_storage()
    url = signed_url(storage, attachment.stored_name)
    if url:
        response = HttpResponseRedirect(url)
    else:
        response = FileResponse(
            storage.open(attachment.stored_name, "rb"),
            as_attachment=True,
            filename=os.path.basename(attachment.original_name),
            content_type=attachment.content_type,
        )
        response["X-Content-Type-Options"] = "nosniff"
    # Neither the file nor the signed address may be kept by a shared cache.
    response["Cache-Control"] = "private, no-store"
    return response


def delete_files(names) -> None:
    storage = private_storage()
    for name in names:
        storage.delete(name)


@contextmanager
def kept_only_on_success():
    """Collects the names of files saved inside the block (`save_attachment`), and deletes them again if the
    block fails: a row that was not stored leaves no file behind."""
    stored: list[str] = []
    try:
        yield stored
    except BaseException:
        delete_files(stored)
        raise


def save_attachment(folder: str, file, kind, stored: list[str]) -> dict:
    """Saves an uploaded file of a checked kind (applications.file_types) under an unguessable name in
    `folder`; returns the fields an attachment's row keeps of it."""
    name = private_storage().save(f"{folder}/{uuid.uuid4().hex}{kind.extensions[0]}", file)
    stored.append(name)
    return {
        "stored_name": name,
        "original_name": file.name[:255],
        "content_type": kind.content_type,
        "size": file.size,
    }
