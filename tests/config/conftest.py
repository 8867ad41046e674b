import socket

import pytest


@pytest.fixture
def closed_port() -> int:
    """A local port nothing listens on: a connection there is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
