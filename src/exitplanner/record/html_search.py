"""Offline search in the HTML copy: one small data file per month and a search box on the index.

Why this shape:

- *Works from a double-clicked file* (``file://``), where Chromium blocks ``fetch()`` and
  ``XMLHttpRequest``: the data are JavaScript files loaded with ``<script src>``, one per year,
  calling ``exitplannerRecherche(month, entries)`` once per month. They are loaded only when the
  user first uses the box, all at once (a search spans the whole fonds), so opening the index
  stays instant. One file per year rather than per month: each file costs the browser a few
  milliseconds whatever its size, and 155 monthly files took 400 ms to load for 1,500 posts.
- *Compact*: an entry is ``[id, seconds, code, text]`` (plus the anchor suffix for the rare post
  present in two collections); the page part is the entry's rank divided by the page size, the
  date is formatted by the browser (``Intl``, UTC), the accents are folded by the browser once
  per load. Only the text is searched: the rest of the post is one click away.
- *Inert*: texts are JSON strings in a data file (``<``, ``>``, ``&``, U+2028/U+2029 escaped
  too) and are only ever put in the page with ``textContent``; the index page carries a strict
  Content-Security-Policy whose ``script-src`` admits the inline search script by its SHA-256
  hash and the data files of the copy (``'self'``), nothing else: a post text that somehow
  became markup could still not run.
- *French-friendly*: case, accents and ligatures (œ, æ) are folded on both sides, typographic
  apostrophes become ``'``; every word of the query must appear (in any order).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable

import orjson

from exitplanner.xarchive.model import KIND_QUOTE, KIND_REPLY, KIND_REPOST, Post

SEARCH_DIR = "data/html/recherche"
RESULT_LIMIT = 200
_KIND_CODES = {KIND_REPLY: 1, KIND_REPOST: 2, KIND_QUOTE: 3}
_COLLECTION_CODES = {"posts": 0, "deleted": 1, "community": 2}

# The search script: static text (its hash is in the CSP). Reads its settings from the form's
# data-* attributes; builds results with DOM methods and textContent only (never innerHTML).
SEARCH_SCRIPT = """
(function () {
  "use strict";
  var form = document.getElementById("recherche");
  var field = document.getElementById("recherche-mots");
  var status = document.getElementById("recherche-etat");
  var list = document.getElementById("recherche-resultats");
  var months = (form.getAttribute("data-mois") || "").split(" ").filter(Boolean);
  var years = (form.getAttribute("data-annees") || "").split(" ").filter(Boolean);
  var pageSize = parseInt(form.getAttribute("data-taille-page"), 10) || 1000;
  var limit = parseInt(form.getAttribute("data-limite"), 10) || 200;
  var kinds = ["", "Réponse", "Republication", "Citation"];
  var collections = ["", "Supprimée", "Communauté"];
  var byMonth = {};
  var loaded = 0;
  var failed = [];
  var loading = false;
  var pending = false;
  var timer = null;
  var loadStarted = 0;
  var dates = new Intl.DateTimeFormat("fr-FR", {timeZone: "UTC", dateStyle: "full", timeStyle: "short"});
  form.hidden = false;

  function fold(text) {
    return text.normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase()
      .replace(/\\u0153/g, "oe").replace(/\\u00e6/g, "ae").replace(/\\u00df/g, "ss")
      .replace(/[\\u2018\\u2019\\u02bc\\u2032]/g, "'");
  }

  // A month's folded texts are kept as one string (entries separated by a line feed, which no
  // query word holds) with each entry's start: a word is then found by a single indexOf over the
  // month, much faster than one call per post.
  window.exitplannerRecherche = function (month, entries) {
    if (months.indexOf(month) < 0 || byMonth[month]) { return; }
    var starts = [];
    var texts = [];
    var at = 0;
    for (var i = 0; i < entries.length; i++) {
      var folded = fold(entries[i][3]);
      starts.push(at);
      texts.push(folded);
      at += folded.length + 1;
    }
    starts.push(at);
    byMonth[month] = {entries: entries, text: texts.join("\\n"), starts: starts};
  };

  function entryAt(starts, position) {
    var low = 0;
    var high = starts.length - 2;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (starts[middle] <= position) { low = middle; } else { high = middle - 1; }
    }
    return low;
  }

  function load() {
    if (loading) { return; }
    loading = true;
    loadStarted = performance.now();
    status.textContent = "Chargement de l’index de recherche…";
    years.forEach(function (year) {
      var script = document.createElement("script");
      script.src = "html/recherche/" + year + ".js";
      script.onload = function () { loaded++; done(); };
      script.onerror = function () { loaded++; failed.push(year); done(); };
      document.head.appendChild(script);
    });
    if (!years.length) { done(); }
  }

  function done() {
    if (loaded < years.length) { return; }
    form.setAttribute("data-chargement-ms", String(Math.round(performance.now() - loadStarted)));
    if (pending) { pending = false; search(); }
  }

  function plural(n, one, many) {
    return n.toLocaleString("fr-FR") + "\\u00a0" + (n > 1 ? many : one);
  }

  function search() {
    var query = fold(field.value).split(/[\\s.,;:!?\\u00ab\\u00bb"()\\[\\]{}\\u2026\\u00a0\\u202f]+/)
      .filter(Boolean).sort(function (a, b) { return b.length - a.length; });  // longest (rarest) first
    list.textContent = "";
    if (!query.length) { status.textContent = ""; return; }
    if (loaded < years.length) { pending = true; load(); return; }
    var started = performance.now();
    var found = [];
    var total = 0;
    months.forEach(function (month) {
      var data = byMonth[month];
      if (!data) { return; }
      var from = 0;
      for (;;) {
        var hit = data.text.indexOf(query[0], from);
        if (hit < 0) { break; }
        var rank = entryAt(data.starts, hit);
        var end = data.starts[rank + 1] - 1;
        var own = query.length > 1 ? data.text.slice(data.starts[rank], end) : "";
        var ok = true;
        for (var w = 1; w < query.length; w++) {
          if (own.indexOf(query[w]) < 0) { ok = false; break; }
        }
        if (ok) {
          total++;
          if (found.length < limit) { found.push([month, rank, data.entries[rank]]); }
        }
        from = end + 1;
      }
    });
    found.forEach(function (hit) { list.appendChild(result(hit[0], hit[1], hit[2])); });
    var message = total ? plural(total, "publication trouvée", "publications trouvées") + "."
      : "Aucune publication ne contient tous ces mots.";
    if (total > found.length) { message += " Les " + found.length + " plus anciennes sont affichées."; }
    if (failed.length) { message += " Index absent pour : " + failed.join(", ") + "."; }
    status.textContent = message;
    form.setAttribute("data-duree-ms", String(Math.round(performance.now() - started)));
  }

  function result(month, rank, entry) {
    var part = Math.floor(rank / pageSize) + 1;
    var page = month + (part > 1 ? "-" + part : "") + ".html";
    var anchor = "p" + entry[0] + (entry.length > 4 ? entry[4] : "");
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = "html/" + page + "#" + anchor;
    link.textContent = dates.format(new Date(entry[1] * 1000));
    item.appendChild(link);
    var labels = [kinds[entry[2] % 4], collections[Math.floor(entry[2] / 4)]].filter(Boolean);
    labels.forEach(function (label) {
      var badge = document.createElement("span");
      badge.className = "type";
      badge.textContent = label;
      item.appendChild(document.createTextNode(" "));
      item.appendChild(badge);
    });
    var text = document.createElement("p");
    text.className = "texte";
    text.dir = "auto";
    text.textContent = entry[3].length > 400 ? entry[3].slice(0, 400) + "…" : entry[3];
    item.appendChild(text);
    return item;
  }

  field.addEventListener("focus", load);
  field.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { field.value = initial; search(); }
})();
"""


def script_hash(script: str = SEARCH_SCRIPT) -> str:
    """The CSP source admitting exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(*, scripts: bool) -> str:
    """Nothing from outside; local style, images and videos; the search script only where asked."""
    script_src = f"'self' {script_hash()}" if scripts else "'none'"
    return (f"default-src 'none'; script-src {script_src}; style-src 'self'; img-src 'self'; "
            "media-src 'self'; base-uri 'none'; form-action 'none'")


def search_form(months: Iterable[str], page_size: int) -> str:
    """The search section of the index (hidden until the script shows it; a note without script)."""
    months = list(months)
    years = sorted({month[:4] for month in months})
    return (
        '<section aria-labelledby="chercher">\n<h2 id="chercher">Rechercher dans les publications</h2>\n'
        f'<form id="recherche" role="search" hidden data-mois="{" ".join(months)}" '
        f'data-annees="{" ".join(years)}" '
        f'data-taille-page="{page_size}" data-limite="{RESULT_LIMIT}">\n'
        '<label for="recherche-mots">Mots à chercher (sans tenir compte des accents ni des majuscules)'
        "</label>\n"
        '<input id="recherche-mots" name="q" type="search" autocomplete="off" spellcheck="false">\n'
        '<button type="submit">Rechercher</button>\n'
        '<p id="recherche-etat" role="status" aria-live="polite"></p>\n'
        '<ol id="recherche-resultats" class="resultats"></ol>\n'
        "</form>\n"
        "<noscript><p>La recherche a besoin de JavaScript, qui est désactivé dans ce navigateur. "
        "Les pages mensuelles ci-dessous restent consultables.</p></noscript>\n"
        "</section>\n"
    )


def search_script_tag() -> str:
    return f"<script>{SEARCH_SCRIPT}</script>\n"


def _js_string_safe(data: str) -> str:
    """JSON text that stays inert wherever it lands: no raw ``<``, ``>``, ``&`` nor line separators."""
    return (data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def searchable_text(post: Post) -> str:
    """The text as the page shows it: short ``t.co`` links replaced by their target, the media's
    own short link left out (the words of an address can then be searched too)."""
    text = post.text
    if post.media_link and post.media:
        text = text.replace(" " + post.media_link, "").replace(post.media_link, "")
    for short, expanded, _display in post.links():
        text = text.replace(short, expanded)
    return text


def entry(collection: str, post: Post, anchor_suffix: str) -> list:
    code = _KIND_CODES.get(post.kind, 0) + 4 * _COLLECTION_CODES.get(collection, 0)
    text = searchable_text(post) if post.urls or post.media_link else post.text
    item: list = [str(post.id), post.created, code, text]
    if anchor_suffix:
        item.append(anchor_suffix)
    return item


def month_data(month: str, entries: list[list]) -> str:
    """The data of one month: a line of its year's file, calling the search script's loader."""
    try:
        body = orjson.dumps(entries).decode("utf-8")
    except orjson.JSONEncodeError:  # a lone surrogate: the standard library escapes it
        body = json.dumps(entries, ensure_ascii=True)
    return f'exitplannerRecherche("{month}",{_js_string_safe(body)});\n'


def data_path(year: str) -> str:
    return f"{SEARCH_DIR}/{year}.js"
