"""The offline, browsable HTML copy of every post: an index and one page per month.

Constraints, and how they are met:

- *Offline and self-contained*: one local style sheet, no font, no image from outside; media are
  shown from the bag's own ``data/media/`` files. The only external addresses are the posts' own:
  links written in a post's text (shown with their real target: the expanded address X kept
  beside each ``t.co`` short link, when it is http or https; anything else stays text), the
  post's address on X and the address of the post it answers or quotes when that one is not in
  the archive. Every page carries a strict Content-Security-Policy; the only script is the
  index's search (:mod:`.html_search`), admitted by its hash.
- *Accessible* (RGAA): ``lang="fr"``, a skip link, ``header``/``nav``/``main``/``footer``
  landmarks, a heading hierarchy (month h1, day h2, post h3), every post an ``article`` named by
  its heading, text alternatives on images (the author's own when the archive has it) and
  videos, ``dir="auto"`` for right-to-left posts, visible keyboard focus.
- *Fast for 100,000 posts*: one page per month (split in parts of :data:`PAGE_SIZE` posts for
  very busy months), images ``loading="lazy"`` and videos ``preload="none"``; nothing is a
  single giant page, and the search data load only when the search box is used.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from html import escape

from exitplanner.record import french, html_search
from exitplanner.record.bagit import BagWriter
from exitplanner.record.facts import RecordFacts
from exitplanner.record.media import IMAGE_EXTENSIONS, MIME, VIDEO_EXTENSIONS, PlacedMedia
from exitplanner.record.posts import (
    COLLECTION_COMMUNITY,
    COLLECTION_DELETED,
    month_key,
    other_status_url,
    status_url,
)
from exitplanner.xarchive.model import KIND_QUOTE, KIND_REPLY, KIND_REPOST, Post

PAGE_SIZE = 1000
INDEX = "data/index.html"
HTML_DIR = "data/html"
STYLE = "data/html/style.css"
_URL = re.compile(r"https?://[^\s<>\"'\u00a0\u202f\u3000]+", re.IGNORECASE)
_SAFE_TARGET = re.compile(r"https?://[^\s\x00-\x1f\x7f<>\"\\^`{|}]+\Z", re.IGNORECASE)
_REL = "noopener noreferrer nofollow"
_TRAILING = ".,;:!?»…\"'"
_KIND_TITLES = {KIND_REPLY: "Réponse", KIND_REPOST: "Republication", KIND_QUOTE: "Citation"}

STYLE_SHEET = """\
:root { color-scheme: light dark; --fond: #ffffff; --texte: #1a1a1a; --discret: #555555; --lien: #0b4f9c;
  --cadre: #d0d0d0; --marque: #f3f3f3; }
@media (prefers-color-scheme: dark) {
  :root { --fond: #161616; --texte: #eeeeee; --discret: #b8b8b8; --lien: #8cc4ff; --cadre: #444444;
    --marque: #242424; }
}
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.5; background: var(--fond); color: var(--texte); }
body { max-width: 48rem; margin: 0 auto; padding: 0 1rem 3rem; }
a { color: var(--lien); }
a:focus, video:focus { outline: 3px solid #e07000; outline-offset: 2px; }
.evitement { position: absolute; left: -999rem; }
.evitement:focus { position: static; }
header, footer { color: var(--discret); border-bottom: 1px solid var(--cadre); padding: .5rem 0; }
footer { border-top: 1px solid var(--cadre); border-bottom: 0; margin-top: 2rem; font-size: .9rem; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
.mois li { min-width: 14rem; }
article { border: 1px solid var(--cadre); border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; }
article.reply, article.repost, article.quote { background: var(--marque); }
article h3 { font-size: 1rem; margin: .25rem 0; }
.type { font-weight: normal; border: 1px solid var(--cadre); border-radius: 4px; padding: 0 .4rem;
  margin-left: .5rem; font-size: .9rem; }
.texte { white-space: pre-wrap; overflow-wrap: anywhere; }
form[role=search] input { font: inherit; padding: .3rem; margin: .25rem .5rem .25rem 0;
  width: min(100%, 24rem); }
form[role=search] button { font: inherit; padding: .3rem .8rem; }
input:focus, button:focus { outline: 3px solid #e07000; outline-offset: 2px; }
.resultats li { margin: .75rem 0; }
.resultats .texte { margin: .25rem 0; }
.meta, .liens { color: var(--discret); font-size: .9rem; margin: .25rem 0; }
figure { margin: .5rem 0; }
img, video { max-width: 100%; height: auto; }
dt { font-weight: bold; }
dd { margin: 0 0 .5rem 0; }
"""


def _page_name(month: str, part: int) -> str:
    return f"{month}.html" if part == 1 else f"{month}-{part}.html"


def _link(url: str, label: str) -> str:
    return f'<a href="{escape(url)}" rel="{_REL}">{escape(label, quote=False)}</a>'


def linkify(text: str, expanded: dict[str, str] | None = None, drop: str = "") -> str:
    """Escaped text with its http(s) addresses made clickable (and only those schemes).

    ``expanded`` maps a short ``t.co`` address of the text to the address it stands for: the
    link then shows and leads to that real target, or, when the target is not a plain http(s)
    address, the target is written as text (never a link). ``drop`` is an address to leave out
    (the ``t.co`` link of the media, shown under the text instead), with the space before it.
    """
    out = []
    position = 0
    for match in _URL.finditer(text):
        url = match.group(0)
        while (url and url[-1] in _TRAILING) or (url.endswith(")") and url.count("(") < url.count(")")):
            url = url[:-1]
        if len(url) <= len("https://"):
            continue
        start = match.start()
        before = text[position:start]
        if drop and url == drop:
            out.append(escape(before.rstrip(" "), quote=False))
            position = start + len(url)
            continue
        out.append(escape(before, quote=False))
        target = expanded.get(url) if expanded else None
        if target is None:
            out.append(_link(url, url))
        elif _SAFE_TARGET.match(target):
            out.append(_link(target, target))
        else:
            shown = target if len(target) <= 200 else target[:200] + "…"
            out.append(escape(shown, quote=False))
        position = start + len(url)
    out.append(escape(text[position:], quote=False))
    return "".join(out)


def _document(title: str, css: str, body: str, *, scripts: bool = False) -> str:
    policy = html_search.content_security_policy(scripts=scripts)
    return (
        '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title, quote=False)}</title>\n"
        f'<link rel="stylesheet" href="{css}">\n</head>\n<body>\n'
        '<a class="evitement" href="#contenu">Aller au contenu</a>\n'
        f"{body}</body>\n</html>\n"
    )


class HtmlCopy:
    """Builds the pages; :meth:`write` puts them in the bag through ``bag``."""

    def __init__(self, facts: RecordFacts, posts: list[tuple[str, Post]],
                 media: dict[int, list[PlacedMedia]]) -> None:
        self.facts = facts
        self.posts = posts
        self.media = media
        self.title = f"Archives du compte X {facts.account_label}"
        # Pages: month -> number of parts; and where each post lives, for reply/quote links.
        self.months: dict[str, int] = {}
        self.page_of: dict[int, str] = {}
        counts: dict[str, int] = {}
        for _collection, post in posts:
            key = month_key(post.created)
            counts[key] = counts.get(key, 0) + 1
            self.page_of[post.id] = _page_name(key, (counts[key] - 1) // PAGE_SIZE + 1)
        self.counts = counts
        self.months = {key: (n - 1) // PAGE_SIZE + 1 for key, n in counts.items()}
        self._anchors: set[int] = set()
        self._search_entries: list[list] = []  # the current month's, in page order

    # -- pages ----------------------------------------------------------------------------------

    def write(self, bag: BagWriter, on_post: Callable[[int], None]) -> None:
        bag.write_text(STYLE, STYLE_SHEET)
        bag.write_text(INDEX, self.index_page())
        month_list = list(self.counts)
        start = 0
        year_data: list[str] = []  # the search data of the current year, one line per month
        for number, key in enumerate(month_list):
            total = self.counts[key]
            parts = self.months[key]
            previous = month_list[number - 1] if number else None
            following = month_list[number + 1] if number + 1 < len(month_list) else None
            for part in range(1, parts + 1):
                chunk = self.posts[start: start + min(PAGE_SIZE, total - (part - 1) * PAGE_SIZE)]
                start += len(chunk)
                with bag.open_text(f"{HTML_DIR}/{_page_name(key, part)}") as page:
                    page.write(self.month_page(key, part, parts, chunk, previous, following))
                on_post(len(chunk))
            year_data.append(html_search.month_data(key, self._search_entries))
            self._search_entries = []
            if following is None or following[:4] != key[:4]:
                bag.write_text(html_search.data_path(key[:4]), "".join(year_data))
                year_data = []

    def _header(self, prefix: str) -> str:
        f = self.facts
        return (
            "<header>\n"
            f'<p><a href="{prefix}index.html">{escape(self.title, quote=False)}</a> — '
            f"{escape(f.producer, quote=False)}</p>\n</header>\n"
        )

    def _footer(self) -> str:
        f = self.facts
        return (
            "<footer>\n<p>Copie produite le "
            f"{escape(f.exported_on, quote=False)} par ExitPlanner {escape(f.app_version, quote=False)} "
            "à partir de l'archive téléchargée depuis X. Heures en temps universel (UTC).</p>\n</footer>\n"
        )

    def index_page(self) -> str:
        f = self.facts
        kinds = f.by_kind
        period = "aucune publication"
        if f.first_post is not None and f.last_post is not None:
            period = f"du {french.day(f.first_post)} au {french.day(f.last_post)}"
        rows = [
            ("Producteur", f.producer),
            ("Compte", f"{f.account_label} ({f.display_name})" if f.display_name else f.account_label),
            ("Identifiant du compte", f.account_id),
            ("Période", period),
            ("Publications", french.plural(f.posts, "publication", "publications")),
            ("Dont", f"{french.plural(kinds.get('reply', 0), 'réponse', 'réponses')}, "
                     f"{french.plural(kinds.get('repost', 0), 'republication', 'republications')}, "
                     f"{french.plural(kinds.get('quote', 0), 'citation', 'citations')}"),
            ("Médias", french.plural(f.media_files, "fichier", "fichiers")),
            ("Empreinte SHA-256 de l'archive d'origine", f.original_sha256),
        ]
        details = "".join(f"<dt>{escape(k, quote=False)}</dt>\n<dd>{escape(v, quote=False)}</dd>\n"
                          for k, v in rows)
        files = [
            ("note-accompagnement.pdf", "Note d'accompagnement (PDF)"),
            ("note-accompagnement.odt", "Note d'accompagnement (OpenDocument)"),
            ("note-accompagnement.txt", "Note d'accompagnement (texte)"),
            ("posts.csv", "Toutes les publications en tableau (CSV, séparateur point-virgule)"),
            ("posts.json", "Toutes les publications en données structurées (JSON)"),
        ]
        file_items = "".join(f'<li><a href="{href}">{escape(label, quote=False)}</a></li>\n'
                             for href, label in files)
        by_year: dict[str, list[str]] = {}
        for key, count in self.counts.items():
            by_year.setdefault(key[:4], []).append(
                f'<li><a href="html/{_page_name(key, 1)}">{french.month_title(key)}</a> — '
                f"{french.plural(count, 'publication', 'publications')}</li>\n")
        years = "".join(
            f'<h3 id="annee-{year}">{year}</h3>\n<ul class="mois" aria-labelledby="annee-{year}">\n'
            f"{''.join(items)}</ul>\n" for year, items in by_year.items()
        ) or "<p>Aucune publication dans cette archive.</p>\n"
        body = (
            self._header("")
            + '<main id="contenu">\n'
            f"<h1>{escape(self.title, quote=False)}</h1>\n"
            '<section aria-labelledby="fonds">\n<h2 id="fonds">Le fonds</h2>\n<dl>\n'
            f"{details}</dl>\n</section>\n"
            + html_search.search_form(self.counts, PAGE_SIZE)
            + '<section aria-labelledby="fichiers">\n<h2 id="fichiers">Les autres fichiers</h2>\n<ul>\n'
            f"{file_items}</ul>\n</section>\n"
            '<nav aria-labelledby="par-mois">\n<h2 id="par-mois">Les publications, mois par mois</h2>\n'
            f"{years}</nav>\n"
            "</main>\n" + self._footer() + html_search.search_script_tag()
        )
        return _document(self.title, "html/style.css", body, scripts=True)

    def month_page(self, key: str, part: int, parts: int, posts: Iterable[tuple[str, Post]],
                   previous: str | None, following: str | None) -> str:
        month = french.month_title(key)
        heading = f"Publications de {month}"
        if parts > 1:
            heading += f" (partie {part} sur {parts})"
        links = ['<li><a href="../index.html">Sommaire</a></li>',
                 '<li><a href="../index.html#chercher">Rechercher</a></li>']
        if previous:
            links.append(f'<li><a rel="prev" href="{_page_name(previous, 1)}">Mois précédent : '
                         f"{french.month_title(previous)}</a></li>")
        if following:
            links.append(f'<li><a rel="next" href="{_page_name(following, 1)}">Mois suivant : '
                         f"{french.month_title(following)}</a></li>")
        for other in range(1, parts + 1):
            if parts > 1 and other != part:
                links.append(f'<li><a href="{_page_name(key, other)}">{month}, partie {other}</a></li>')
        nav = '<nav aria-label="Navigation entre les mois">\n<ul>\n' + "\n".join(links) + "\n</ul>\n</nav>\n"
        out = [self._header("../"), nav, '<main id="contenu">\n',
               f"<h1>{escape(heading, quote=False)}</h1>\n"]
        current_day = None
        for collection, post in posts:
            day = post.created // 86400
            if day != current_day:
                if current_day is not None:
                    out.append("</section>\n")
                current_day = day
                out.append(f'<section aria-labelledby="j{day}">\n'
                           f'<h2 id="j{day}">{french.day(post.created, weekday=True).capitalize()}</h2>\n')
            out.append(self.article(collection, post))
        if current_day is not None:
            out.append("</section>\n")
        out.append("</main>\n")
        out.append(nav.replace('aria-label="Navigation entre les mois"',
                               'aria-label="Navigation entre les mois (bas de page)"'))
        out.append(self._footer())
        return _document(f"{heading} — {self.title}", "style.css", "".join(out))

    def article(self, collection: str, post: Post) -> str:
        pid = post.id
        anchor = f"p{pid}"
        if pid in self._anchors:  # the same post in two collections (e.g. posts and deleted posts)
            anchor = f"p{pid}-{collection}"
        self._anchors.add(pid)
        self._search_entries.append(html_search.entry(collection, post, anchor[len(f"p{pid}"):]))
        kind_title = _KIND_TITLES.get(post.kind, "")
        badges = []
        if kind_title:
            badges.append(kind_title)
        if post.is_note:
            badges.append("Publication longue")
        if collection == COLLECTION_DELETED:
            badges.append("Supprimée")
        elif collection == COLLECTION_COMMUNITY:
            badges.append("Communauté")
        badge_html = "".join(f' <span class="type">{b}</span>' for b in badges)
        parts = [
            f'<article class="{post.kind}" id="{anchor}" aria-labelledby="t{anchor}">\n'
            f'<h3 id="t{anchor}">{french.time_of_day(post.created)}{badge_html}</h3>\n'
        ]
        files = self.media.get(pid, ())
        expanded = {}
        links = post.links()
        for short, target, _display in links:
            expanded[short] = target
        drop = post.media_link if files else ""
        parts.append(f'<p class="texte" dir="auto">{linkify(post.text, expanded, drop)}</p>\n')
        for index, item in enumerate(files, 1):
            parts.append(self._media_html(item, index, len(files), _alt_text_of(post, item, index - 1)))
        if len(post.media) > len(files):
            missing = len(post.media) - len(files)
            parts.append(f'<p class="meta">{french.plural(missing, "média annoncé", "médias annoncés")} '
                         "par X mais absent de l'archive.</p>\n")
        meta = [french.plural(post.likes, "j'aime", "j'aime"),
                french.plural(post.reposts, "republication", "republications")]
        if post.hashtags:
            meta.append("mots-dièse : " + ", ".join("#" + h for h in post.hashtags))
        if post.mentions:
            meta.append("mentions : " + ", ".join("@" + m for m in post.mentions))
        parts.append(f'<p class="meta">{escape(" · ".join(meta), quote=False)}</p>\n')
        links = []
        if post.reply_to:
            links.append("En réponse à " + self._post_link(post.reply_to))
        if post.quoted:
            links.append("Cite " + self._post_link(post.quoted))
        links.append(f'{_link(status_url(self.facts.username, pid), "Voir sur X")} (n° {pid})')
        parts.append(f'<p class="liens">{" · ".join(links)}</p>\n</article>\n')
        return "".join(parts)

    def _post_link(self, target: int) -> str:
        page = self.page_of.get(target)
        if page is not None:
            return f'<a href="{page}#p{target}">la publication n° {target} (dans cette archive)</a>'
        return _link(other_status_url(target), f"la publication n° {target} (sur X)")

    def _media_html(self, item: PlacedMedia, index: int, count: int, author_alt: str = "") -> str:
        href = escape("../" + item.relative[len("data/"):])
        name = escape(item.name, quote=False)
        which = f" {index} sur {count}" if count > 1 else ""
        ext = item.extension
        if ext in IMAGE_EXTENSIONS:
            if author_alt.strip():
                alt = escape(author_alt.strip())
            else:
                alt = escape(f"Image{which} jointe à cette publication (fichier {item.name}, texte "
                             "alternatif d'origine non fourni par l'archive X)")
            return (f'<figure>\n<a href="{href}"><img src="{href}" alt="{alt}" loading="lazy"></a>\n'
                    f"<figcaption>Image{which} : {name}</figcaption>\n</figure>\n")
        if ext in VIDEO_EXTENSIONS:
            label = escape(f"Vidéo{which} jointe à cette publication (fichier {item.name})")
            mime = MIME.get(ext, "video/mp4")
            return (f'<figure>\n<video controls preload="none" aria-label="{label}">'
                    f'<source src="{href}" type="{mime}">'
                    f'<a href="{href}">Ouvrir la vidéo {name}</a></video>\n'
                    f'<figcaption>Vidéo{which} : <a href="{href}">{name}</a></figcaption>\n</figure>\n')
        return f'<p class="meta">Fichier joint{which} : <a href="{href}">{name}</a></p>\n'


def _alt_text_of(post: Post, item: PlacedMedia, position: int) -> str:
    """The author's text alternative of a media file: by name (``<id>-<name>`` ends with the name
    X gives in the post), else by position when the post has as many files as media entries."""
    if not post.alt_texts:
        return ""
    name = item.source.path.rsplit("/", 1)[-1]
    for index, media_name in enumerate(post.media):
        if media_name and name.endswith("-" + media_name):
            return post.alt_text(index)
    return post.alt_text(position) if position < len(post.media) else ""
