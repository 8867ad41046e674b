"""A database seeded once per test session and lent to test modules, leaving the test database as it was.

SQLite (the in-memory test database): the seeded database is kept as an in-memory copy (SQLite's backup
API); a module gets the copy written over the test database, and the test database as it was written back
afterwards, milliseconds each way.

PostgreSQL: the seed goes into a clone of the test database (CREATE DATABASE ... TEMPLATE, through Django's
clone_test_db); a module's connection switches to the clone for the module, inside a transaction that is
rolled back afterwards, so the clone stays as seeded for the next module.
"""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.db import connection, transaction

SUFFIX = "demo"


class SQLiteSeeded:
    def __init__(self, seed: Callable[[], None]):
        before = _copy()
        seed()
        self.seeded = _copy()
        _write_over(before)

    @contextmanager
    def lent(self) -> Iterator[None]:
        before = _copy()
        _write_over(self.seeded)
        try:
            yield
        finally:
            _write_over(before)

    def drop(self) -> None:
        self.seeded.close()


def _copy() -> sqlite3.Connection:
    connection.ensure_connection()
    copy = sqlite3.connect(":memory:")
    connection.connection.backup(copy)
    return copy


def _write_over(source: sqlite3.Connection) -> None:
    connection.ensure_connection()
    source.backup(connection.connection)


class PostgreSQLSeeded:
    def __init__(self, seed: Callable[[], None]):
        connection.creation.clone_test_db(suffix=SUFFIX, verbosity=0)
        self.name = connection.creation.get_test_db_clone_settings(SUFFIX)["NAME"]
        with self._connected():
            seed()

    @contextmanager
    def lent(self) -> Iterator[None]:
        with self._connected(), transaction.atomic():
            yield
            transaction.set_rollback(True)

    def drop(self) -> None:
        connection.creation.destroy_test_db(verbosity=0, suffix=SUFFIX)

    @contextmanager
    def _connected(self) -> Iterator[None]:
        test_name = connection.settings_dict["NAME"]
        connection.close()
        connection.settings_dict["NAME"] = self.name
        try:
            yield
        finally:
            connection.close()
            connection.settings_dict["NAME"] = test_name


def seeded_database(seed: Callable[[], None]) -> SQLiteSeeded | PostgreSQLSeeded:
    """`seed` runs once and commits; the result lends the seeded database (`lent()`) and `drop()`s it."""
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        return SQLiteSeeded(seed)
    if connection.vendor == "postgresql":
        return PostgreSQLSeeded(seed)
    raise NotImplementedError(f"no seeded test database on {connection.vendor}")
