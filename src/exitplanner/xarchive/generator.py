"""Deterministic synthetic X archives: realistic French municipal content, any size, both layouts.

Tests, benchmarks and the demo plan need archives that look like a real commune's without being
one. The same ``seed`` always gives the same bytes (fixed zip timestamps, seeded ``random``), so a
bug seen once can be replayed. What real archives have, the generator has: accents, emoji, RTL
text, HTML entities in ``full_text`` (X escapes ``& < >``), replies, reposts (``RT @…``), quotes
(a link to another post), links to the commune's site (``entities.urls``: t.co address, expanded
address, display text), long posts split into ``note-tweet.js``, media files in
``tweets_media/<tweet id>-<name>``, several parts written out of chronological order, likes,
followers, following, connected applications, the author's text alternative on half of the
images (``ext_alt_text``, as X's API writes it: X's own archives usually leave it out, so the
reader must do without it too), DM conversation headers (no message text), and a
``manifest.js`` whose counts match what was written.

Layouts: ``modern`` (``data/manifest.js``, ``data/tweets.js`` + ``tweets-partN.js``, items wrapped
in ``{"tweet": …}``, ``data/tweets_media/``) and ``legacy`` (2019-style: files at the archive's
root, ``tweet.js`` + ``tweet-partN.js`` with bare items, ``tweet_media/``, no manifest).
"""

from __future__ import annotations

import html
import random
import string
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import msgspec

from exitplanner import paths

DEMO_USERNAME = "VilleneuveSurEx"
DEMO_DISPLAY_NAME = "Ville de Villeneuve-sur-Exemple"
DEMO_ACCOUNT_ID = "1093847561029384756"
DEMO_POSTS = 1500
DEMO_MEDIA = 36
DEMO_SEED = 2025

_TWITTER_EPOCH_MS = 1288834974657
_FIXED_ZIP_TIME = (2025, 1, 6, 9, 0, 0)
_START = int(datetime(2012, 3, 1, tzinfo=UTC).timestamp())
_END = int(datetime(2025, 1, 5, tzinfo=UTC).timestamp())

_PLACES = [
    "place de la Mairie",
    "rue Jean-Jaurès",
    "parc des Érables",
    "quartier des Tilleuls",
    "médiathèque Simone-Veil",
    "gymnase Léo-Lagrange",
    "école Jules-Ferry",
    "piscine Aimé-Césaire",
    "avenue de la République",
    "marché couvert",
    "salle des fêtes",
    "centre social Françoise-Dolto",
    "jardins partagés du Coteau",
    "rue de l’Église",
]
_EVENTS = [
    "Conseil municipal ce soir à 19 h, salle du conseil : l’ordre du jour est en ligne.",
    "Travaux de voirie {place} du {d} au {d2} : circulation alternée, merci de votre patience.",
    "La collecte des encombrants aura lieu {day} dans le secteur nord. Pensez à sortir vos objets la veille.",
    "Fête de la musique {place} : concerts, buvette & animations pour petits et grands !",
    "Inscriptions scolaires ouvertes jusqu’au {d2} au guichet unique ou en ligne.",
    "Alerte météo : vigilance orange orages. Évitez les déplacements et les bords de l’Yvette.",
    "Nouveau : la {place} est désormais ouverte le dimanche matin.",
    "Forum des associations samedi {place} : sport, culture, solidarité, venez nombreux.",
    "Campagne de vaccination gratuite au centre municipal de santé, sans rendez-vous.",
    "Le budget participatif est lancé : proposez vos projets pour le quartier avant le {d2}.",
    "Coupure d’eau programmée {day} de 8 h à 12 h {place}.",
    "Retour en images sur la cérémonie du 11-Novembre {place}. Merci aux anciens combattants.",
    "Plan canicule : inscrivez vos proches isolés sur le registre du CCAS au 01 23 45 67 89.",
    "Les jardins partagés recrutent des bénévoles < 30 ans et > 60 ans : tout le monde est bienvenu.",
    "Ramassage des sapins {day} : déposez-les {place} avant 10 h.",
    "Ciné plein air vendredi {place} : « Le Grand Bain », séance à 21 h 30.",
    "Accueil des nouveaux habitants samedi en mairie, suivi d’un café & d’une visite de la ville.",
    "La piscine ferme pour vidange du {d} au {d2}. Réouverture prévue le lundi suivant.",
]
_REPLIES = [
    "Merci pour votre signalement, nos équipes interviennent dans la journée.",
    "Bonjour, le service voirie a bien été prévenu. Bonne journée !",
    "Les horaires sont disponibles sur notre site, rubrique « Démarches ».",
    "Bonjour, vous pouvez contacter le guichet unique au 01 23 45 67 89.",
    "Merci ! Rendez-vous {place} samedi.",
    "C’est noté, nous transmettons au service concerné.",
]
_HASHTAGS = [
    "Villeneuve",
    "ConseilMunicipal",
    "Travaux",
    "Culture",
    "Sport",
    "Environnement",
    "Jeunesse",
    "Solidarité",
    "Écoles",
    "Mobilité",
    "BudgetParticipatif",
    "FêteDeLaMusique",
    "Canicule",
    "Patrimoine",
]
_ACCOUNTS = [
    ("Prefecture_Ex", "Préfecture de l’Exemple"),
    ("Departement_Ex", "Département de l’Exemple"),
    ("Region_Exemple", "Région Exemple"),
    ("Agglo_Exemple", "Agglo Exemple"),
    ("BiblioVSE", "Médiathèques VSE"),
    ("PoliceMuni_VSE", "Police municipale"),
    ("MeteoExemple", "Météo Exemple"),
    ("TransportsEx", "Transports Ex"),
    ("Habitant_Claire", "Claire D."),
    ("Jeanne_Martin", "Jeanne Martin"),
    ("Karim_B", "Karim B."),
]
_EMOJI = ["🎉", "📢", "🚧", "🌳", "♻️", "🏊‍♀️", "🇫🇷", "📚", "⚽", "🎶", "☀️", "🌧️", "👏", "🗳️"]
_RTL = ["أهلا وسهلا بكم في مدينتنا", "ברוכים הבאים", "مرحبا بالجميع"]
_CODE_LETTERS = string.ascii_letters + string.digits
_SITE = "https://www.villeneuve-sur-exemple.fr"
_PAGES = ["actualites/travaux-voirie", "agenda/conseil-municipal", "demarches/etat-civil",
          "actualites/solidarite-grand-froid", "agenda/fete-de-la-musique", "environnement/collecte-dechets"]
_ALT_TEXTS = [
    "Chantier {place} : des agents municipaux installent des barrières.",
    "Affiche de l'événement aux couleurs de la ville, avec la date et le lieu.",
    "Photo de groupe des élus et des habitants devant la mairie.",
    "Carte du quartier avec l'itinéraire de déviation en rouge.",
]
_LONG_EXTRA = (
    " Pour en savoir plus, la mairie met à disposition un dossier complet : calendrier des travaux, "
    "plans des déviations, contacts des entreprises & numéros utiles. Les riverains concernés "
    "recevront un courrier dans leur boîte aux lettres. Une réunion publique d’information se "
    "tiendra à la salle des fêtes, avec les élus et les services techniques, qui répondront à toutes "
    "vos questions. Merci à toutes et à tous pour votre compréhension pendant cette période : ces "
    "travaux amélioreront durablement la sécurité des piétons, des cyclistes et des enfants sur le "
    "chemin de l’école."
)
_APPS = [
    ("Publicateur Municipal", "Solutions Publiques SAS", "https://publicateur.example", ["read", "write"]),
    ("Agenda Citoyen", "Agenda Citoyen", "https://agenda-citoyen.example", ["read"]),
    ("Veille Presse Pro", "VPP", "https://veille.example", ["read", "write", "directmessages"]),
]
_encode = msgspec.json.Encoder().encode
_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


@dataclass
class GeneratedArchive:
    """What was written: the path and the item count of each data type (as in the manifest)."""

    path: Path
    layout: str
    counts: dict[str, int] = field(default_factory=dict)
    media_files: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    notes: int = 0


def demo_archive_path() -> Path:
    """The bundled demo archive (``resources/demo/x-archive-demo.zip``) of @VilleneuveSurEx."""
    return paths.resource("demo", "x-archive-demo.zip")


def x_date(seconds: int) -> str:
    moment = datetime.fromtimestamp(seconds, UTC)
    return (
        f"{_DAYS_EN[moment.weekday()]} {_MONTHS_EN[moment.month - 1]} {moment.day:02d} "
        f"{moment.strftime('%H:%M:%S')} +0000 {moment.year}"
    )


def iso_date(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _snowflake(seconds: int, sequence: int) -> int:
    return ((seconds * 1000 + sequence % 997 - _TWITTER_EPOCH_MS) << 22) | (sequence & 0xFFF)


def _tiny_image(fmt: str, rgb: tuple[int, int, int]) -> bytes:
    """A valid 8×8 JPEG or PNG (Qt's encoders: QtGui is allowed in core modules that need it)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor(*rgb))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt.upper(), 80)
    buffer.close()
    return bytes(data.data())


class _Writer:
    """Writes ``window.YTD.<type>.partN = [ … ]`` members as X formats them (one item per block)."""

    def __init__(self, archive: zipfile.ZipFile, level: int) -> None:
        self.archive = archive
        self.level = level

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info._compresslevel = self.level  # type: ignore[attr-defined]  # honoured by ZipFile.open("w")
        info.external_attr = 0o644 << 16
        return info

    def ytd(self, name: str, global_name: str, items: Iterable[Any]) -> int:
        written = 0
        with self.archive.open(self._info(name), "w", force_zip64=True) as member:
            member.write(f"window.{global_name} = [".encode())
            batch: list[bytes] = []
            for item in items:
                text = msgspec.json.format(_encode(item), indent=2).replace(b"\n", b"\n  ")
                batch.append((b",\n  " if written else b"\n  ") + text)
                written += 1
                if len(batch) >= 2000:
                    member.write(b"".join(batch))
                    batch.clear()
            if batch:
                member.write(b"".join(batch))
            member.write(b"\n]" if written else b" ]")
        return written

    def raw(self, name: str, data: bytes) -> None:
        self.archive.writestr(self._info(name), data)


class _Content:
    """Seeded French municipal text."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def code(self, n: int = 10) -> str:
        return "".join(self.rng.choices(string.ascii_letters + string.digits, k=n))

    def _fill(self, template: str, seconds: int) -> str:
        rng = self.rng
        day = datetime.fromtimestamp(seconds + 86400 * rng.randint(2, 6), UTC)
        later = datetime.fromtimestamp(seconds + 86400 * rng.randint(8, 20), UTC)
        return template.format(
            place=rng.choice(_PLACES),
            d=f"{day.day:02d}/{day.month:02d}",
            d2=f"{later.day:02d}/{later.month:02d}",
            day=rng.choice(_DAYS_FR),
        )

    def original(self, seconds: int) -> tuple[str, list[str], list[tuple[str, str]]]:
        rng = self.rng
        text = self._fill(rng.choice(_EVENTS), seconds)
        tags: list[str] = []
        mentions: list[tuple[str, str]] = []
        roll = rng.random()
        if roll < 0.5:
            tags = rng.sample(_HASHTAGS, rng.randint(1, 2))
        if roll > 0.8:
            mentions = [rng.choice(_ACCOUNTS)]
            text += f" Avec @{mentions[0][0]}."
        if rng.random() < 0.35:
            text += " " + rng.choice(_EMOJI)
        if rng.random() < 0.03:
            text += " " + rng.choice(_RTL)
        if tags:
            text += " " + " ".join("#" + t for t in tags)
        return text, tags, mentions


def _entities(text: str, tags: list[str], mentions: list[tuple[str, str]], urls: list[dict]) -> dict:
    hashtags = []
    for tag in tags:
        start = text.find("#" + tag)
        hashtags.append({"text": tag, "indices": [str(start), str(start + len(tag) + 1)]})
    user_mentions = []
    for screen_name, name in mentions:
        start = text.find("@" + screen_name)
        user_mentions.append(
            {
                "name": name,
                "screen_name": screen_name,
                "indices": [str(start), str(start + len(screen_name) + 1)],
                "id_str": str(1000 + _ACCOUNTS.index((screen_name, name))),
                "id": str(1000 + _ACCOUNTS.index((screen_name, name))),
            }
        )
    return {"hashtags": hashtags, "symbols": [], "user_mentions": user_mentions, "urls": urls}


def _tweets(count: int, seed: int, media: int, account_id: str, username: str) -> Iterator[dict]:
    """Chronological list of tweet dicts (unwrapped), plus private keys starting with ``_``."""
    rng = random.Random(seed)
    content = _Content(rng)
    span = max(_END - _START, 1)
    media_posts = set(rng.sample(range(count), min(media, count))) if media else set()
    earlier: list[int] = []
    # Links and text alternatives draw from their own generator, so the rest of the content (and
    # every count the tests know) stays what it was before they were added.
    extra_rng = random.Random(seed * 104729 + 3)
    for index in range(count):
        seconds = _START + (span * index) // max(count, 1) + rng.randint(0, 3600)
        tweet_id = _snowflake(seconds, index)
        roll = rng.random()
        urls: list[dict] = []
        tags: list[str] = []
        mentions: list[tuple[str, str]] = []
        extra: dict[str, Any] = {}
        note_text = None
        kind = "original"
        if index in media_posts:
            roll = 0.0
        if roll < 0.52 or index == 0:
            text, tags, mentions = content.original(seconds)
            if 0.49 < roll < 0.52:
                note_text = text + _LONG_EXTRA + " " + rng.choice(_EMOJI)
                text = note_text[:270].rstrip() + "… https://t.co/" + content.code()
            elif extra_rng.random() < 0.2:
                page = extra_rng.choice(_PAGES)
                short = "https://t.co/" + "".join(extra_rng.choices(_CODE_LETTERS, k=10))
                text += " Plus d'infos : " + short
                start = text.find(short)
                display = f"villeneuve-sur-exemple.fr/{page}"
                urls = [{"url": short, "expanded_url": f"{_SITE}/{page}?id={index}",
                         "display_url": display if len(display) <= 30 else display[:29] + "…",
                         "indices": [str(start), str(start + len(short))]}]
        elif roll < 0.72:
            kind = "reply"
            who = rng.choice(_ACCOUNTS[6:] + _ACCOUNTS[:2])
            mentions = [who]
            text = f"@{who[0]} " + content._fill(rng.choice(_REPLIES), seconds)
            target = rng.choice(earlier) if earlier else tweet_id - 1
            extra = {
                "in_reply_to_status_id_str": str(target),
                "in_reply_to_status_id": str(target),
                "in_reply_to_screen_name": who[0],
                "in_reply_to_user_id": str(1000 + _ACCOUNTS.index(who)),
                "in_reply_to_user_id_str": str(1000 + _ACCOUNTS.index(who)),
            }
        elif roll < 0.88:
            kind = "repost"
            who = rng.choice(_ACCOUNTS[:8])
            mentions = [who]
            inner, tags, _m = content.original(seconds)
            text = f"RT @{who[0]}: {inner}"
            if len(text) > 140:
                text = text[:139] + "…"
                tags = [t for t in tags if "#" + t in text]
        else:
            kind = "quote"
            inner, tags, mentions = content.original(seconds)
            quoted_user = rng.choice(_ACCOUNTS[:6])[0]
            quoted_id = _snowflake(seconds - rng.randint(60, 86400), index + 7)
            short = "https://t.co/" + content.code()
            text = "À lire : " + inner + " " + short
            start = text.find(short)
            urls = [
                {
                    "url": short,
                    "expanded_url": f"https://twitter.com/{quoted_user}/status/{quoted_id}",
                    "display_url": f"twitter.com/{quoted_user}/st…",
                    "indices": [str(start), str(len(text))],
                }
            ]
        likes = 0 if kind == "repost" else int(rng.paretovariate(1.6)) - 1 + rng.randint(0, 5)
        reposts = 0 if kind == "repost" else max(0, likes // 3 - rng.randint(0, 2))
        tweet: dict[str, Any] = {
            "edit_info": {
                "initial": {
                    "editTweetIds": [str(tweet_id)],
                    "editableUntil": iso_date(seconds + 3600),
                    "editsRemaining": "5",
                    "isEditEligible": kind == "original",
                }
            },
            "retweeted": False,
            "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
            "entities": _entities(text, tags, mentions, urls),
            "display_text_range": ["0", str(len(text))],
            "favorite_count": str(likes),
            "id_str": str(tweet_id),
            "truncated": False,
            "retweet_count": str(reposts),
            "id": str(tweet_id),
            "created_at": x_date(seconds),
            "favorited": False,
            "full_text": html.escape(text, quote=False),
            "lang": "fr",
            **extra,
        }
        if index in media_posts:
            name = content.code(15) + (".png" if index % 5 == 0 else ".jpg")
            short = "https://t.co/" + content.code()
            entry = {
                "expanded_url": f"https://twitter.com/{username}/status/{tweet_id}/photo/1",
                "indices": [str(len(text)), str(len(text) + 24)],
                "url": short,
                "media_url": f"http://pbs.twimg.com/media/{name}",
                "id_str": str(tweet_id + 1),
                "id": str(tweet_id + 1),
                "media_url_https": f"https://pbs.twimg.com/media/{name}",
                "sizes": {
                    "thumb": {"w": "150", "h": "150", "resize": "crop"},
                    "large": {"w": "8", "h": "8", "resize": "fit"},
                },
                "type": "photo",
                "display_url": "pic.twitter.com/" + content.code(),
            }
            if extra_rng.random() < 0.5:
                entry["ext_alt_text"] = extra_rng.choice(_ALT_TEXTS).format(place=extra_rng.choice(_PLACES))
            tweet["full_text"] += " " + short
            tweet["entities"]["media"] = [entry]
            tweet["extended_entities"] = {"media": [entry]}
            tweet["possibly_sensitive"] = False
            tweet["_media"] = name
        tweet["_kind"] = kind
        tweet["_seconds"] = seconds
        if note_text is not None:
            tweet["_note"] = note_text
        if kind == "original":
            earlier.append(tweet_id)
            if len(earlier) > 50:
                earlier.pop(0)
        yield tweet


def _public(tweet: dict) -> dict:
    return {k: v for k, v in tweet.items() if not k.startswith("_")}


def generate_archive(
    out: str | Path,
    posts: int = 1000,
    *,
    layout: str = "modern",
    seed: int = 0,
    parts: int = 1,
    media: int = 0,
    likes: int | None = None,
    followers: int | None = None,
    following: int | None = None,
    username: str = DEMO_USERNAME,
    display_name: str = DEMO_DISPLAY_NAME,
    account_id: str = DEMO_ACCOUNT_ID,
) -> GeneratedArchive:
    """Write a synthetic archive zip to ``out`` and return what it holds."""
    if layout not in ("modern", "legacy"):
        raise ValueError(layout)
    out = Path(out)
    posts = max(0, posts)
    parts = max(1, min(parts, max(posts, 1)))
    rng = random.Random(seed * 7919 + 17)
    likes = posts // 3 + 12 if likes is None else likes
    followers = min(posts * 2 + 150, 60_000) if followers is None else followers
    following = 180 if following is None else following
    modern = layout == "modern"
    data = "data/" if modern else ""
    tweets_type = "tweets" if modern else "tweet"
    media_dir = data + ("tweets_media" if modern else "tweet_media")
    result = GeneratedArchive(path=out, layout=layout)
    level = 6 if posts <= 50_000 else 1
    manifest_files: dict[str, list[dict]] = {}

    def record(key: str, file_name: str, global_name: str, count: int) -> None:
        manifest_files.setdefault(key, []).append(
            {"fileName": file_name, "globalName": global_name, "count": str(count)}
        )
        result.counts[key] = result.counts.get(key, 0) + count

    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w", allowZip64=True) as archive:
        writer = _Writer(archive, level)

        def ytd(key: str, ytd_type: str, stem: str, items: Iterable[Any], part: int = 0) -> None:
            suffix = f"-part{part}" if part else ""
            file_name = f"{data}{stem}{suffix}.js"
            global_name = f"YTD.{ytd_type}.part{part}"
            record(key, file_name, global_name, writer.ytd(file_name, global_name, items))

        seconds_created = int(datetime(2011, 5, 12, 9, 30, tzinfo=UTC).timestamp())
        ytd(
            "account",
            "account",
            "account",
            [
                {
                    "account": {
                        "email": "communication@villeneuve-sur-exemple.fr",
                        "createdVia": "web",
                        "username": username,
                        "accountId": account_id,
                        "createdAt": iso_date(seconds_created),
                        "accountDisplayName": display_name,
                    }
                }
            ],
        )
        ytd(
            "profile",
            "profile",
            "profile",
            [
                {
                    "profile": {
                        "description": {
                            "bio": "Compte officiel de la Ville de Villeneuve-sur-Exemple 🏛️ Actualités, "
                            "travaux, agenda & services municipaux.",
                            "website": "https://t.co/" + "VsE2025abc",
                            "location": "Villeneuve-sur-Exemple, France",
                        },
                        "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/logo.jpg",
                        "headerMediaUrl": "https://pbs.twimg.com/profile_banners/1/1500000000",
                    }
                }
            ],
        )
        ytd("phoneNumber", "phone_number", "phone-number", [{"device": {"phoneNumber": "+33612345678"}}])

        # Posts: chronological chunks, written newest first, assigned to parts in shuffled order.
        all_tweets = list(_tweets(posts, seed, media, account_id, username))
        chunk = -(-len(all_tweets) // parts) if all_tweets else 0
        chunks = [all_tweets[i * chunk : (i + 1) * chunk] for i in range(parts)]
        order = list(range(parts))
        rng.shuffle(order)
        for part, chunk_index in enumerate(order):
            items = reversed(chunks[chunk_index])
            wrapped = ({"tweet": _public(t)} for t in items) if modern else (_public(t) for t in items)
            ytd("tweets" if modern else "tweet", tweets_type, tweets_type, wrapped, part)
        for tweet in all_tweets:
            result.kinds[tweet["_kind"]] = result.kinds.get(tweet["_kind"], 0) + 1

        # Media: tiny images, cached per colour so large archives stay fast to write.
        images: dict[tuple[str, int], bytes] = {}
        for tweet in all_tweets:
            name = tweet.get("_media")
            if name:
                fmt = "png" if name.endswith(".png") else "jpg"
                shade = int(tweet["id_str"]) % 6
                if (fmt, shade) not in images:
                    images[(fmt, shade)] = _tiny_image(fmt, (40 * shade % 256, 120, 200 - 20 * shade))
                writer.raw(f"{media_dir}/{tweet['id_str']}-{name}", images[(fmt, shade)])
                result.media_files += 1

        if modern:
            notes = [t for t in all_tweets if "_note" in t]
            result.notes = len(notes)
            ytd(
                "noteTweet",
                "note_tweet",
                "note-tweet",
                (
                    {
                        "noteTweet": {
                            "noteTweetId": str(int(t["id_str"]) + 3),
                            "updatedAt": iso_date(t["_seconds"]),
                            "lifecycle": {"value": "0", "name": "Published", "originalValue": "0"},
                            "createdAt": iso_date(t["_seconds"]),
                            "core": {
                                "styletags": [],
                                "urls": [],
                                "text": t["_note"],
                                "mentions": [],
                                "cashtags": [],
                                "hashtags": [],
                            },
                        }
                    }
                    for t in notes
                ),
            )
            ytd(
                "tweetHeaders",
                "tweet_headers",
                "tweet-headers",
                (
                    {
                        "tweet": {
                            "tweet_id": t["id_str"],
                            "user_id": account_id,
                            "created_at": iso_date(t["_seconds"]),
                        }
                    }
                    for t in all_tweets
                ),
            )
            deleted = all_tweets[::197][: max(0, posts // 200)]
            ytd(
                "deletedTweets",
                "deleted_tweets",
                "deleted-tweets",
                (
                    {
                        "tweet": {
                            **_public(t),
                            "id_str": str(int(t["id_str"]) + 1),
                            "id": str(int(t["id_str"]) + 1),
                            "deleted_at": iso_date(t["_seconds"] + 86400),
                        }
                    }
                    for t in deleted
                ),
            )
            ytd(
                "communityTweet",
                "community_tweet",
                "community-tweet",
                (
                    {
                        "tweet": {
                            **_public(t),
                            "id_str": str(int(t["id_str"]) + 2),
                            "id": str(int(t["id_str"]) + 2),
                            "community_id_str": "1600000000000000000",
                        }
                    }
                    for t in all_tweets[5:7]
                ),
            )
        del all_tweets

        like_base = 1500000000000000000
        ytd(
            "like",
            "like",
            "like",
            (
                {
                    "like": {
                        "tweetId": str(like_base + i * 7919),
                        "fullText": "Bravo aux équipes municipales ! 👏 &amp; merci",
                        "expandedUrl": f"https://twitter.com/i/web/status/{like_base + i * 7919}",
                    }
                }
                for i in range(likes)
            ),
        )
        ytd(
            "follower",
            "follower",
            "follower",
            (
                {
                    "follower": {
                        "accountId": str(10_000_000 + i),
                        "userLink": f"https://twitter.com/intent/user?user_id={10_000_000 + i}",
                    }
                }
                for i in range(followers)
            ),
        )
        ytd(
            "following",
            "following",
            "following",
            (
                {
                    "following": {
                        "accountId": str(20_000_000 + i),
                        "userLink": f"https://twitter.com/intent/user?user_id={20_000_000 + i}",
                    }
                }
                for i in range(following)
            ),
        )
        ytd(
            "connectedApplication",
            "connected_application",
            "connected-application",
            (
                {
                    "connectedApplication": {
                        "organization": {
                            "name": org,
                            "url": url,
                            "privacyPolicyUrl": url + "/privacy",
                            "termsAndConditionsUrl": url + "/terms",
                        },
                        "name": name,
                        "description": "Application tierce de gestion des publications.",
                        "permissions": permissions,
                        "approvedAt": iso_date(_START + 86400 * 400 * (i + 1)),
                        "id": str(26000000 + i),
                    }
                }
                for i, (name, org, url, permissions) in enumerate(_APPS)
            ),
        )
        if modern:
            conversations = max(1, posts // 100)
            ytd(
                "directMessageHeaders",
                "direct_message_headers",
                "direct-message-headers",
                (
                    {
                        "dmConversation": {
                            "conversationId": f"{account_id}-{30_000_000 + c}",
                            "messages": [
                                {
                                    "messageCreate": {
                                        "id": str(1700000000000000000 + c * 10 + m),
                                        "senderId": account_id if m % 2 else str(30_000_000 + c),
                                        "recipientId": str(30_000_000 + c) if m % 2 else account_id,
                                        "createdAt": iso_date(_START + c * 3600 + m * 60),
                                    }
                                }
                                for m in range(1 + c % 4)
                            ],
                        }
                    }
                    for c in range(conversations)
                ),
            )
            ytd(
                "directMessageGroupHeaders",
                "direct_message_group_headers",
                "direct-message-group-headers",
                [],
            )
            manifest = {
                "userInfo": {"accountId": account_id, "userName": username, "displayName": display_name},
                "archiveInfo": {
                    "sizeBytes": "0",
                    "generationDate": iso_date(_END + 86400),
                    "isPartialArchive": False,
                    "maxPartSizeBytes": "53687091200",
                },
                "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
                "dataTypes": {
                    **{
                        key: (
                            {"mediaDirectory": media_dir, "files": files}
                            if key == "tweets"
                            else {"files": files}
                        )
                        for key, files in manifest_files.items()
                    },
                    "tweetsMedia": {"mediaDirectory": media_dir},
                    "block": {
                        "files": [
                            {"fileName": "data/block.js", "globalName": "YTD.block.part0", "count": "0"}
                        ]
                    },
                },
            }
            writer.raw("data/block.js", b"window.YTD.block.part0 = [ ]")
            writer.raw(
                "data/README.txt",
                "Archive synthétique générée par ExitPlanner (données fictives).\n".encode(),
            )
            writer.raw(
                "data/manifest.js",
                b"window.__THAR_CONFIG = " + msgspec.json.format(_encode(manifest), indent=2),
            )
            writer.raw(
                "Your archive.html", b"<!DOCTYPE html><title>Your archive</title><p>Synthetic archive.</p>\n"
            )
    tmp.replace(out)
    return result
