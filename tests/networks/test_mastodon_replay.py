"""Our Mastodon client replaying answers recorded from a REAL Mastodon 4.7 server.

The recordings are Mastodon.py's own test cassettes (vcrpy), taken from its sdist by
``tests/servers/mastodon_cassettes.py`` (downloaded once into tests/.cache/). Each test assembles the
recorded interactions it needs into a small cassette and runs our code against it with vcrpy in
"none" record mode: any request we make that the real server did not answer fails the test.
Requests are matched on method and URL only: our bodies differ from Mastodon.py's test bodies.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest
import requests

from exitplanner.networks.errors import AuthError, NotFound, ValidationError
from exitplanner.networks.mastodon import (
    ImageUpload,
    MastodonClient,
    MastodonLimits,
    ProfileUpdate,
    client_key,
    lookup_public_account,
)
from exitplanner.networks.mastodon_auth import MastodonAuthorizer
from exitplanner.networks.public_figures import FiguresSource

vcr = pytest.importorskip("vcr") if os.environ.get("CI") != "true" else __import__("vcr")
yaml = pytest.importorskip("yaml") if os.environ.get("CI") != "true" else __import__("yaml")

BASE = "http://localhost:3000"  # where the recordings were made
TOKEN = "__MASTODON_PY_TEST_ACCESS_TOKEN"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc00000030101009c1b4a6e0000000049454e44ae426082"
)


def _load_fetcher():
    path = Path(__file__).resolve().parents[1] / "servers" / "mastodon_cassettes.py"
    spec = importlib.util.spec_from_file_location("mastodon_cassettes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def cassettes() -> Path:
    try:
        return _load_fetcher().ensure_cassettes()
    except Exception as exc:  # offline developer machine: skip; CI must have them
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"Mastodon.py recordings not available: {exc}")


class Recordings:
    """Pick interactions out of the real cassettes and play them back."""

    def __init__(self, folder: Path, tmp_path: Path) -> None:
        self.folder = folder
        self.tmp_path = tmp_path
        self.picked: list[dict] = []

    def take(self, name: str, *indexes: int, path: str | None = None) -> Recordings:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load((self.folder / f"{name}.yaml").read_text(encoding="utf-8"), Loader=loader)
        chosen = [data["interactions"][i] for i in indexes] if indexes else data["interactions"]
        # recorded request bodies are not matched (ours differ) and can weigh megabytes (a video)
        chosen = [dict(i, request=dict(i["request"], body=None)) for i in chosen]
        if path is not None:  # serve a real answer at another endpoint (e.g. a real 401)
            chosen = [dict(i, request=dict(i["request"], uri=BASE + path)) for i in chosen]
        self.picked.extend(chosen)
        return self

    def play(self):
        file = self.tmp_path / f"scenario-{len(list(self.tmp_path.glob('scenario-*')))}.yaml"
        dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
        text = yaml.dump({"interactions": self.picked, "version": 1}, Dumper=dumper)
        file.write_text(text, encoding="utf-8")
        player = vcr.VCR(
            record_mode="none",
            match_on=["method", "scheme", "host", "port", "path", "query"],
            decode_compressed_response=True,
        )
        return player.use_cassette(str(file), allow_playback_repeats=True)


@pytest.fixture
def recorded(cassettes, tmp_path) -> Recordings:
    # every scenario starts with the instance's answers: Mastodon.py asks for them on its own
    return Recordings(cassettes, tmp_path).take("test_instance_v1").take("test_instance")


@pytest.fixture
def sent(monkeypatch) -> list[requests.PreparedRequest]:
    """The requests our code sent (to check what went out, not only what came back)."""
    log: list[requests.PreparedRequest] = []
    original = requests.Session.send

    def send(self, request, **kwargs):
        log.append(request)
        return original(self, request, **kwargs)

    monkeypatch.setattr(requests.Session, "send", send)
    return log


def test_limits_of_a_real_instance(recorded):
    with recorded.play():
        limits = MastodonClient(BASE, TOKEN).limits()
    assert limits.display_name == 40  # Mastodon 4.7 raised it from 30
    assert (limits.note, limits.fields, limits.field_name, limits.field_value) == (500, 4, 255, 255)
    assert (limits.status, limits.url_length, limits.media_attachments) == (500, 23, 4)
    assert (limits.avatar_description, limits.header_description) == (150, 150)
    assert limits.media_description == 10000
    assert limits.image_size == 16777216 and "video/mp4" in limits.media_types
    assert limits.image_matrix == 33177600


def test_verify_credentials(recorded):
    with recorded.take("test_verify_credentials", 0).play():
        account = MastodonClient(BASE, TOKEN).verify_credentials()
    assert account.username == "mastodonpy_test" and account.acct == "mastodonpy_test"
    assert account.url == "http://localhost:3000/@mastodonpy_test"
    assert account.handle == "@mastodonpy_test@localhost"
    assert account.created_at is not None and account.created_at.tzinfo is not None


def test_profile_update_with_images_descriptions_and_fields(recorded, sent):
    with recorded.take("test_account_update_credentials", 0).play():
        account = MastodonClient(BASE, TOKEN).update_profile(ProfileUpdate(
            display_name="John Lennon",
            note="I walk funny",
            fields=[("bread", "toasty."), ("lasagna", "no!!!")],
            avatar=ImageUpload(PNG, "image/png", "John Lennon (me) doing a funny walk"),
            header=ImageUpload(PNG, "image/png", "John Lennon doing a funny walk with my funny hat"),
        ))
    patch = next(r for r in sent if r.method == "PATCH")
    body = patch.body if isinstance(patch.body, bytes) else patch.body.encode()
    # this instance announces profile image descriptions (4.7): they were sent
    assert b'name="avatar_description"' in body and b'name="header_description"' in body
    assert b'name="fields_attributes[1][value]"' in body
    assert account.display_name == "John Lennon"
    assert account.avatar_description == "John Lennon (me) doing a funny walk"
    assert account.header_description.endswith("funny hat")
    assert [(f.name, f.value, f.verified_at) for f in account.fields] == [
        ("bread", "toasty.", None), ("lasagna", "no!!!", None)]
    assert account.avatar_url.endswith(".jpg") and account.locked is True
    assert account.note == "<p>I walk funny</p>" and account.note_source == "I walk funny"
    assert account.fields_source == (("bread", "toasty."), ("lasagna", "no!!!"))


def test_real_422_for_too_many_fields_names_the_field(recorded):
    # An instance announcing 5 fields but refusing the 5th (the recording): our check lets it through,
    # the server's 422 (answered in Japanese!) becomes our ValidationError with our own message.
    client = MastodonClient(BASE, TOKEN, limits=MastodonLimits(fields=5))
    with recorded.take("test_account_update_credentials_too_many_fields", 0).play(), \
            pytest.raises(ValidationError) as raised:
        client.update_profile(ProfileUpdate(fields=[(c, c) for c in "acegi"]))
    assert raised.value.field == "fields"
    assert "バリデーション" not in raised.value.message


def test_real_202_media_upload_is_polled_until_processed(recorded):
    sleeps: list[float] = []
    with recorded.take("test_media_post[False]", 0, 1).play():
        client = MastodonClient(BASE, TOKEN, sleep=sleeps.append)
        media = client.upload_media(ImageUpload(b"\x00" * 64, "video/mp4", "me when a cat"), poll_interval=2)
    assert media.id == "117440818351645173" and media.type == "video"
    assert media.url and media.url.endswith(".mp4")
    assert media.description == "me when a cat"
    assert sleeps == [2]  # one wait: the recorded 202 had url null, the next GET had the file


def test_post_and_pin(recorded, sent):
    with recorded.take("test_status_pin_unpin", 0, 1).play():
        client = MastodonClient(BASE, TOKEN)
        status = client.post("Toot!")
        pinned = client.pin(status)
    assert status.id == "117440831369056190" and status.pinned is False
    assert status.url == "http://localhost:3000/@mastodonpy_test/117440831369056190"
    assert status.created_at is not None
    assert pinned.pinned is True
    post = next(r for r in sent if r.method == "POST" and r.url.endswith("/api/v1/statuses"))
    assert post.headers.get("Idempotency-Key")


def test_public_lookup(cassettes, tmp_path):
    recordings = Recordings(cassettes, tmp_path).take("test_account_lookup", 1, 2)
    with recordings.play():
        account = lookup_public_account(f"{BASE}/@mastodonpy_test")
        with pytest.raises(NotFound):
            lookup_public_account(f"{BASE}/@kljadklajsdkljlkjlkjlkjasdasd")
    assert account.username == "mastodonpy_test"
    assert account.followers >= 0 and account.statuses >= 0 and account.created_at is not None


def test_real_401_is_an_auth_error(recorded):
    recorded.take("test_home_tl_anonymous_throws", 0, path="/api/v1/accounts/verify_credentials")
    with recorded.play(), pytest.raises(AuthError):
        MastodonClient(BASE, TOKEN).verify_credentials()


class _Store(dict):
    def set(self, key, value):
        self[key] = value


def test_app_registration(cassettes, tmp_path):
    store = _Store()
    with Recordings(cassettes, tmp_path).take("test_app_account_create", 0).play():
        registration = MastodonAuthorizer(store, print).register(BASE, "http://127.0.0.1:8123/callback")
    assert registration.client_id and registration.client_secret
    assert registration.client_id in store[client_key(BASE)]
    assert registration.redirect_uri == "http://127.0.0.1:8123/callback"


def test_public_figures_of_a_real_account_with_verified_fields(recorded):
    """mastodon.social's own account, as its instance answered (the contact of a recorded
    /api/v2/instance), served as our verify_credentials: real ``verified_at`` values, real counts."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load((recorded.folder / "test_timeline_disabled.yaml").read_text(encoding="utf-8"),
                     Loader=loader)
    interaction = next(i for i in data["interactions"]
                       if i["request"]["uri"] == "https://mastodon.social/api/v2/instance/")
    real_account = json.loads(interaction["response"]["body"]["string"])["contact"]["account"]
    body = dict(interaction["response"]["body"], string=json.dumps(real_account))
    recorded.picked.append(dict(interaction, response=dict(interaction["response"], body=body),
                                request=dict(interaction["request"], body=None,
                                             uri=BASE + "/api/v1/accounts/verify_credentials")))
    with recorded.play():
        client = MastodonClient(BASE, TOKEN)
        for_blog = client.public_figures("https://blog.joinmastodon.org/")
        any_site = client.public_figures("https://www.ville-exemple.fr")
    assert (for_blog.followers, for_blog.following, for_blog.posts) == (
        real_account["followers_count"], real_account["following_count"], real_account["statuses_count"])
    assert for_blog.verified is True and for_blog.verified_link == "https://blog.joinmastodon.org"
    assert for_blog.last_activity is not None and for_blog.source == FiguresSource.INSTANCE
    # no field for the authority's own site: the first verified link is reported instead
    assert any_site.verified is True and any_site.verified_link == "https://joinmastodon.org"
