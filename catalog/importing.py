"""Imports premises or organizations from a CSV file; `manage.py import_catalog` is the command for it.

The file: UTF-8 (a byte order mark is accepted), comma-separated, with a header row. Columns are the model
fields by name, in any order; text columns are in Russian, the source language. Examples, one per kind, are
in catalog/data/import-examples/.

- premises: title, owner, address, okrug (Okrug code such as CAO, or its slug), district (District slug),
  kind (office, production, laboratory, warehouse, coworking, showroom), area (m², a decimal point or comma),
  rent (roubles per m² per month) are required; available_from (YYYY-MM-DD), floor, features (slugs
  separated by ";"), is_available (1/0, true/false, yes/no, да/нет), contact_name, contact_phone,
  contact_email, latitude, longitude, description are optional. English text: title_en, owner_en,
  address_en, description_en.
- organizations: name, inn, legal_form (llc, jsc, pjsc, sole_proprietor, state_institution, non_profit),
  region (the two-digit tax service code, such as 77), roles (slugs separated by ";"), size (micro, small,
  medium, large) are required; ogrn, industries (slugs separated by ";"), founded (a year), description,
  website are optional. English text: name_en, description_en.

Every row is checked before anything is written (the model's field validators and `clean()`, taxonomy slugs,
duplicates within the file and, through the model's constraints, in the database); one error anywhere and
nothing is imported. Errors read "line N, column: message", N being the line in the file (the header is line
1). A row whose English columns are not all empty also gets an English translation row: same
translation_key and facts, English text (see catalog/entry.py).

Re-importing updates instead of duplicating: an organization is matched by its INN, premises by title and
address, both among the Russian rows. On an update, only the columns in the file are changed; an empty cell
clears an optional field.
"""

import csv
import datetime
import io
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from catalog.entry import CatalogEntry, source_locale
from catalog.models import Organization, Premises
from taxonomy.models import Taxonomy

ENGLISH = "en"
PROGRESS_EVERY = 1000
ERRORS_SHOWN = 50

_TRUE = frozenset({"1", "true", "yes", "y", "да", "д", "+"})
_FALSE = frozenset({"0", "false", "no", "n", "нет", "н", "-"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMBER_SPACES = str.maketrans("", "", " \u00a0\u202f")
# Columns that identify an entry and are never set from the file.
_BOOKKEEPING = frozenset({"id", "slug", "created", "updated", "locale", "translation_key"})


def _by_slug(model) -> dict[str, models.Model]:
    return {obj.slug: obj for obj in model.objects.all()}


def _by_code_or_slug(model) -> dict[str, models.Model]:
    return {**_by_slug(model), **{obj.code.lower(): obj for obj in model.objects.all()}}


def _lookup(taxonomy) -> Callable[[], dict[str, models.Model]]:
    """A taxonomy's rows by slug, and by code where it has one (a region's tax code, an okrug's CAO)."""
    if any(model_field.name == "code" for model_field in taxonomy._meta.fields):
        return lambda: _by_code_or_slug(taxonomy)
    return lambda: _by_slug(taxonomy)


def _is_taxonomy(model_field) -> bool:
    return model_field.is_relation and issubclass(model_field.related_model, Taxonomy)


@dataclass(frozen=True)
class Kind:
    """A catalog the importer takes: its columns and taxonomy lookups come from the model's fields."""

    model: type[CatalogEntry]
    english: tuple[str, ...]  # text fields with an "<field>_en" column
    english_required: tuple[str, ...]  # of those, the ones an English row cannot do without
    key_columns: tuple[str, ...]  # what matches a row to an entry already in the catalog
    duplicate_message: str

    @property
    def columns(self) -> tuple[str, ...]:
        """Every field an editor fills in, links to other entries and pages (clusters) aside."""
        return tuple(
            model_field.name
            for model_field in [*self.model._meta.fields, *self.model._meta.many_to_many]
            if model_field.editable
            and model_field.name not in _BOOKKEEPING
            and (not model_field.is_relation or _is_taxonomy(model_field))
        )

    @property
    def lookups(self) -> dict[str, Callable[[], dict[str, models.Model]]]:
        """Taxonomy column -> {slug or code: row}."""
        return {
            model_field.name: _lookup(model_field.related_model)
            for model_field in [*self.model._meta.fields, *self.model._meta.many_to_many]
            if model_field.name in self.columns and _is_taxonomy(model_field)
        }

    def required_columns(self) -> list[str]:
        return [
            name
            for name in self.columns
            if not (f := self.model._meta.get_field(name)).blank and not f.has_default()
        ]


KINDS = {
    "premises": Kind(
        model=Premises,
        english=("title", "owner", "address", "description"),
        english_required=("title", "owner", "address"),
        key_columns=("title", "address"),
        duplicate_message="the same title and address as line {line}",
    ),
    "organizations": Kind(
        model=Organization,
        english=("name", "description"),
        english_required=("name",),
        key_columns=("inn",),
        duplicate_message="the same INN as line {line}",
    ),
}


class ImportFailed(Exception):
    """The file has errors (all of them are in `errors`), and nothing was imported."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__(self.report())

    def report(self, limit: int = ERRORS_SHOWN) -> str:
        lines = [_("Nothing was imported: %(count)d error(s).") % {"count": len(self.errors)}]
        lines += self.errors[:limit]
        if len(self.errors) > limit:
            lines.append(_("... and %(count)d more") % {"count": len(self.errors) - limit})
        return "\n".join(lines)


@dataclass
class ImportResult:
    """The primary keys of the Russian rows created and updated, and of the English rows saved."""

    model: type[CatalogEntry]
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    translations: list[int] = field(default_factory=list)

    def summary(self) -> str:
        text = f"created {len(self.created)}, updated {len(self.updated)}"
        return f"{text} (English rows saved: {len(self.translations)})" if self.translations else text


@dataclass
class _Row:
    line: int
    entry: CatalogEntry
    is_new: bool
    relations: dict[str, list[models.Model]]
    english: CatalogEntry | None


def import_catalog(
    kind: str, path: str | Path, progress: Callable[[str], None] | None = None
) -> ImportResult:
    """Imports `path` as `kind` ("premises" or "organizations") in one transaction, or raises ImportFailed.

    The search documents of every row follow once, when that transaction (or the caller's, when there is
    one) commits: search.signals collects the changes of a transaction and indexes them in one batch.
    `progress` is called with a line of text every thousand rows checked and saved.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ImportFailed([f"{path}: {error.strerror or error}"]) from None
    with transaction.atomic():
        importer = _Importer(KINDS[kind], progress or (lambda text: None))
        rows = importer.check(data)
        return importer.save(rows)


def _records(data: bytes, errors: list[str]):
    """(line number, cells) for each non-empty CSV record, the line being the one the record starts on."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        errors.append(f"line {line}: " + _("the file is not UTF-8 text"))
        return
    reader = csv.reader(io.StringIO(text, newline=""))
    next_line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            errors.append(f"line {next_line}: {error}")
            return
        line, next_line = next_line, reader.line_num + 1
        if any(cell.strip() for cell in cells):
            yield line, cells


class _Importer:
    def __init__(self, kind: Kind, progress: Callable[[str], None]):
        self.kind = kind
        self.model = kind.model
        self.progress = progress
        self.errors: list[str] = []
        self.source_locale = source_locale()
        self._english_locale: Locale | None = None
        self.lookups = {column: load() for column, load in kind.lookups.items()}
        self.existing: dict[tuple, list[CatalogEntry]] = defaultdict(list)
        for entry in self.model.objects.filter(locale=self.source_locale):
            self.existing[tuple(getattr(entry, name) for name in kind.key_columns)].append(entry)
        self.translations = {
            entry.translation_key: entry for entry in self.model.objects.filter(locale__language_code=ENGLISH)
        }
        self.seen: dict[tuple, int] = {}

    @property
    def english_locale(self) -> Locale:
        if self._english_locale is None:
            self._english_locale = Locale.objects.get_or_create(language_code=ENGLISH)[0]
        return self._english_locale

    def save(self, rows: list[_Row]) -> ImportResult:
        result = ImportResult(self.model)
        for count, row in enumerate(rows, start=1):
            for name, related in row.relations.items():
                getattr(row.entry, name).set(related)
            row.entry.save()  # with its lists: they are parental fields
            (result.created if row.is_new else result.updated).append(row.entry.pk)
            if row.english is not None:
                row.english.save()  # its lists follow the Russian row's (catalog.translated_lists)
                result.translations.append(row.english.pk)
            if count % PROGRESS_EVERY == 0:
                self.progress(f"saved {count} rows")
        return result

    # Checking

    def check(self, data: bytes) -> list[_Row]:
        records = _records(data, self.errors)
        first = next(records, None)
        if first is None and not self.errors:
            self.errors.append("line 1: " + _("the file is empty; a header row is required"))
        elif first is not None and self._check_header(first[1]):
            rows = []
            for count, (line, cells) in enumerate(records, start=1):
                rows.append(self._check_row(line, cells))
                if count % PROGRESS_EVERY == 0:
                    self.progress(f"checked {count} rows")
            if not self.errors:
                return rows
        raise ImportFailed(self.errors)

    def _check_header(self, cells: list[str]) -> bool:
        self.header = [cell.strip() for cell in cells]
        english = {f"{name}_en" for name in self.kind.english}
        allowed = set(self.kind.columns) | english
        errors = []
        unknown = False
        for position, name in enumerate(self.header, start=1):
            if not name:
                unknown = True
                errors.append("line 1: " + _("column %(number)d has no name") % {"number": position})
            elif name not in allowed:
                unknown = True
                errors.append(f"line 1, {name}: " + _("unknown column"))
            elif self.header.count(name) > 1 and self.header.index(name) == position - 1:
                errors.append(f"line 1, {name}: " + _("the column appears more than once"))
        required = self.kind.required_columns()
        if english & set(self.header):
            required += [f"{name}_en" for name in self.kind.english_required]
        errors += [
            f"line 1, {name}: " + _("required column is missing")
            for name in required
            if name not in self.header
        ]
        if unknown:
            errors.append(
                "line 1: " + _("the columns are: %(columns)s") % {"columns": ", ".join(sorted(allowed))}
            )
        self.errors += errors
        return not errors

    def _check_row(self, line: int, cells: list[str]) -> _Row | None:
        if len(cells) != len(self.header):
            self.errors.append(
                f"line {line}: "
                + _("%(cells)d values, but the header has %(columns)d columns")
                % {"cells": len(cells), "columns": len(self.header)}
            )
            return None
        values = {name: cell.strip() for name, cell in zip(self.header, cells, strict=True)}
        errors: list[tuple[str | None, str]] = []

        key = tuple(values.get(name, "") for name in self.kind.key_columns)
        matches = self.existing.get(key, []) if all(key) else []
        if len(matches) > 1:
            errors.append(
                (
                    self.kind.key_columns[0],
                    _("%(count)d entries in the catalog match this row; cannot tell which to update")
                    % {"count": len(matches)},
                )
            )
        entry = matches[0] if matches else self.model(locale=self.source_locale)
        if all(key):
            if key in self.seen:
                duplicate = self.kind.duplicate_message.format(line=self.seen[key])
                errors.append((self.kind.key_columns[0], duplicate))
            else:
                self.seen[key] = line

        bad: set[str] = set()
        relations = {}
        for name in self.header:
            if name not in self.kind.columns:
                continue
            model_field = self.model._meta.get_field(name)
            try:
                value = self._parse(model_field, values[name])
            except ValidationError as error:
                errors += [(name, message) for message in error.messages]
                bad.add(name)
                continue
            if model_field.many_to_many:
                relations[name] = value
            else:
                setattr(entry, model_field.name, value)
        errors += _validation_errors(entry, bad, lambda name: name)

        english = self._english_row(entry, values, bad, errors)
        for column, message in dict.fromkeys(errors):
            self.errors.append(f"line {line}, {column}: {message}" if column else f"line {line}: {message}")
        return _Row(line, entry, not matches, relations, english)

    def _english_row(self, entry, values, bad, errors) -> CatalogEntry | None:
        """The English row to save with `entry` (its facts copied, its text from the file), or None.

        Its errors are added to `errors`, under the English column for the text it takes from the file.
        """
        text = {name: values[f"{name}_en"] for name in self.kind.english if f"{name}_en" in values}
        has_text = any(text.values())
        english = self.translations.get(entry.translation_key) if entry.pk else None
        if english is None and not has_text:
            return None
        if english is None:
            english = self.model(locale=self.english_locale, translation_key=entry.translation_key)
            # Text the file has no English column for (a contact's name) starts as the Russian text.
            for name in set(self.model.text_fields) - set(self.kind.english):
                setattr(english, name, getattr(entry, name))
        for model_field in self.model._meta.concrete_fields:
            if model_field.name not in _BOOKKEEPING and model_field.name not in self.model.text_fields:
                setattr(english, model_field.attname, getattr(entry, model_field.attname))
        if has_text:
            for name, value in text.items():
                setattr(english, name, value)

        def english_column(name: str) -> str:
            return f"{name}_en" if name in text else name

        for column, message in _validation_errors(english, bad, english_column):
            errors.append(
                (column, message if column else _("English row: %(message)s") % {"message": message})
            )
        return english

    def _parse(self, model_field, raw: str):
        if not raw:
            if not model_field.blank:
                raise ValidationError(_("This field is required."))
            if model_field.many_to_many:
                return []
            if isinstance(model_field, models.BooleanField):
                return model_field.get_default()
            return None if model_field.null else ""
        if model_field.many_to_many:
            lookup = self.lookups[model_field.name]
            slugs = list(dict.fromkeys(slug.strip().lower() for slug in raw.split(";") if slug.strip()))
            unknown = [slug for slug in slugs if slug not in lookup]
            if unknown:
                raise ValidationError(
                    _("unknown %(taxonomy)s: %(slugs)s")
                    % {
                        "taxonomy": model_field.related_model._meta.verbose_name_plural,
                        "slugs": ", ".join(f"“{slug}”" for slug in unknown),
                    }
                )
            if not slugs and not model_field.blank:
                raise ValidationError(_("This field is required."))
            return [lookup[slug] for slug in slugs]
        if model_field.is_relation:
            lookup = self.lookups[model_field.name]
            value = raw.lower()
            if value.isdigit() and len(value) == 1:  # a spreadsheet drops the 0 of region codes 01-09
                value = value.zfill(2)
            if value not in lookup:
                raise ValidationError(
                    _("unknown %(taxonomy)s “%(value)s”")
                    % {"taxonomy": model_field.related_model._meta.verbose_name, "value": raw}
                )
            return lookup[value]
        if isinstance(model_field, models.BooleanField):
            if raw.lower() in _TRUE:
                return True
            if raw.lower() in _FALSE:
                return False
            raise ValidationError(_("Enter yes or no (1 or 0, true or false, да or нет)."))
        if isinstance(model_field, models.DateField):
            try:
                if not _ISO_DATE.fullmatch(raw):
                    raise ValueError
                return datetime.date.fromisoformat(raw)
            except ValueError:
                raise ValidationError(_("Enter a date as YYYY-MM-DD, for example 2025-03-01.")) from None
        if isinstance(model_field, models.DecimalField):
            return model_field.to_python(raw.translate(_NUMBER_SPACES).replace(",", "."))
        if isinstance(model_field, models.IntegerField):
            return model_field.to_python(raw.translate(_NUMBER_SPACES))
        return raw


def _validation_errors(
    entry: CatalogEntry, exclude: set[str], column: Callable[[str], str]
) -> list[tuple[str | None, str]]:
    """The model's own checks (validators, clean(), uniqueness) as (column or None, message)."""
    try:
        entry.full_clean(exclude=exclude)
    except ValidationError as error:
        return [
            (None if name == NON_FIELD_ERRORS else column(name), message)
            for name, messages in error.message_dict.items()
            for message in messages
        ]
    return []
