"""Run the PyPI ``mastodon-mock`` server on 127.0.0.1 for the Mastodon tests; print its port, then serve.

Started as a subprocess by ``tests/networks/test_mastodon_mock.py`` (one per test session) so that the
patch below lives only in the server's process and the tests talk to it over real HTTP.

The patch: mastodon-mock's accounts router keeps an avatar/header only when the form part is an
instance of FastAPI's ``UploadFile``, but ``request.form()`` yields Starlette's ``UploadFile`` (FastAPI's
is a subclass, not the other way round), so profile pictures were silently dropped. Pointing the
router's name at Starlette's class makes the mock store them like a real Mastodon does.
"""

from __future__ import annotations

import socket
import sys


def main() -> None:
    import starlette.datastructures
    import uvicorn
    from mastodon_mock.app import create_app
    from mastodon_mock.config import DatabaseConfig, MastodonMockConfig, StreamingConfig
    from mastodon_mock.routers import accounts
    from mastodon_mock.testing.seed import DEFAULT_TEST_SEED

    accounts.UploadFile = starlette.datastructures.UploadFile

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    config = MastodonMockConfig(
        database=DatabaseConfig(path=":memory:"),
        seed=DEFAULT_TEST_SEED,
        streaming=StreamingConfig(enabled=False),
    )
    app = create_app(config)
    print(sock.getsockname()[1], flush=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on")).run(sockets=[sock])


if __name__ == "__main__":
    sys.exit(main())
