from tests.cabinet.conftest import organizations, people  # noqa: F401 (fixtures)
