"""What a file is, from its content: the name and the browser's declared type are the sender's to choose."""

import zipfile
from dataclasses import dataclass


@dataclass(frozen=True)
class FileKind:
    label: str
    content_type: str
    extensions: tuple[str, ...]


PDF = FileKind("PDF", "application/pdf", (".pdf",))
DOCX = FileKind("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (".docx",))
XLSX = FileKind("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (".xlsx",))
JPEG = FileKind("JPEG", "image/jpeg", (".jpg", ".jpeg"))
PNG = FileKind("PNG", "image/png", (".png",))
ACCEPTED = (PDF, DOCX, XLSX, JPEG, PNG)

_SIGNATURES = ((b"%PDF-", PDF), (b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG))
_ZIP_SIGNATURE = b"PK\x03\x04"
# An Office Open XML package is a ZIP with this manifest and the parts of its application.
_OFFICE_PARTS = ((DOCX, "word/"), (XLSX, "xl/"))


def _office_kind(file) -> FileKind | None:
    try:
        with zipfile.ZipFile(file) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile:
        return None
    if "[Content_Types].xml" not in names:
        return None
    for kind, folder in _OFFICE_PARTS:
        if any(name.startswith(folder) for name in names):
            return kind
    return None


def detect(file) -> FileKind | None:
    """The accepted kind the content of `file` (a binary file object) is, or None. Leaves it rewound."""
    file.seek(0)
    head = file.read(8)
    try:
        for signature, kind in _SIGNATURES:
            if head.startswith(signature):
                return kind
        if head.startswith(_ZIP_SIGNATURE):
            return _office_kind(file)
        return None
    finally:
        file.seek(0)
