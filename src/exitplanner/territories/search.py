"""Find French authorities by name, postal code or code, as the user types.

The index is built once from the bundled table: every name normalised (case, accents,
hyphens, apostrophes and punctuation folded, so « kremlin bicetre » finds « Le Kremlin-Bicêtre »)
and concatenated into one string, so that finding the names holding a word is a single C-level
regular-expression scan instead of a Python loop over 36,000 entries (see
``benchmarks/bench_territories.py``).

Ranking: exact names first, then names starting with the query (with or without their article:
« courneuve » → La Courneuve), then names where every word of the query starts a word; larger
population first among equals. « st » and « ste » also match « saint » and « sainte ».
Numbers: a code (« 94 » département, « 94043 » commune INSEE code, a SIREN for an EPCI) or a
postal code, complete (« 94270 ») or started (« 942 »).
"""

from __future__ import annotations

import heapq
import itertools
import operator
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, repeat

from exitplanner.plan.model import AuthorityKind
from exitplanner.territories import data
from exitplanner.territories.data import Territory

# Abbreviations people type for « saint »; the index keeps the full words.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}
_ARTICLE = re.compile(r"^(?:le|la|les|l|aux|las|los) ", re.MULTILINE)
_EPCI_TYPE = re.compile(r"^(?:cc|ca|cu) ")
_EPCI_HEAD = re.compile(
    r"^(?:communaute (?:de communes|d agglomeration|urbaine)|metropole|eurometropole"
    r"|etablissement public territorial)(?: (?:du|de la|de l|des|de|d))? "
)
_COMBINING = re.compile(r"[\u0300-\u036f]+")
_NOT_ALNUM = re.compile(r"[^0-9a-z\n]+")
_EDGE_SPACES = re.compile(r" *\n *")
_CODE_LIKE = re.compile(r"^(?:\d{1,9}|2[ab]\d{0,3})$")
_FEW = 2000  # candidates below which the remaining words are checked row by row
# Among equal matches, the kind most often meant first (a city before its namesake département).
_KIND_ORDER = {"commune": 0, "departement": 1, "region": 2, "other": 3, "epci": 4}


def normalise(text: str) -> str:
    """Lower case ASCII words separated by single spaces: « L'Haÿ-les-Roses » → « l hay les roses »."""
    return _normalise_block(text.replace("\n", " "))


def _normalise_block(text: str) -> str:
    """``normalise`` over many names at once, one per line (the index is built this way, fast)."""
    text = text.casefold().replace("œ", "oe").replace("æ", "ae")
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    text = _NOT_ALNUM.sub(" ", text)  # punctuation, dashes and any non-Latin letter separate words
    return _EDGE_SPACES.sub("\n", text).strip(" ")


@dataclass
class _Index:
    keys: list[str]  # normalised name, one per table row
    bare: list[str]  # the same without its leading article (« courneuve »)
    extras: dict[int, list[str]]  # other ways to start the name: EPCI short name, « lhay les roses »
    populations: list[str]  # as in the table; converted only for the rows being ranked
    kinds: list[str]
    hay: str  # one line per key, then one per extra, each starting with a space: word-prefix scans
    offsets: list[int]  # start of each hay line
    owners: list[int]  # table row of each hay line


def _hay(lines: list[str]) -> tuple[str, list[int]]:
    """`` line`` per line, joined by newlines, and where each line starts (computed at C speed)."""
    starts = list(accumulate(map(operator.add, map(len, lines), repeat(2)), initial=0))
    starts.pop()
    return " " + "\n ".join(lines), starts


def _extras(keys: list[str], short_names: list[str]) -> dict[int, list[str]]:
    extras: dict[int, list[str]] = {}
    rows = [row for row, short in enumerate(short_names) if short]
    shorts = _normalise_block("\n".join(short_names[row] for row in rows)).split("\n")
    for row, short in zip(rows, shorts, strict=True):
        # « Métropole du Grand Paris » is found by « grand paris », « CA Cœur d'Essonne » by « coeur ».
        for variant in (short, _EPCI_TYPE.sub("", short), _EPCI_HEAD.sub("", keys[row])):
            if variant and variant != keys[row] and variant not in extras.get(row, ()):
                extras.setdefault(row, []).append(variant)
    for row, key in enumerate(keys):
        if key[:2] == "l " and len(key) > 2:
            extras.setdefault(row, []).append("l" + key[2:])  # « lhay » as well as « l hay »
    return extras


@cache
def _index() -> _Index:
    table = data.table()
    keys = table.column("key")  # normalise(name), computed by scripts/build_territories.py
    block = "\n".join(keys)
    bare = _ARTICLE.sub("", block).split("\n")
    extras = _extras(keys, table.column("short_name"))
    extra_lines = [text for texts in extras.values() for text in texts]
    owners = list(range(len(keys))) + [row for row, texts in extras.items() for _ in texts]
    hay, offsets = _hay(keys + extra_lines)
    return _Index(keys, bare, extras, table.column("population"), table.column("kind"), hay, offsets, owners)


@cache
def _postal_hay() -> tuple[str, list[int]]:
    return _hay(data.table().column("postal_codes"))


def prepare() -> None:
    """Load the table and build the index now (e.g. in a background job) rather than on first search."""
    _index()


def _lines_with_word(hay: str, offsets: list[int], word: str) -> set[int]:
    """Lines of ``hay`` holding a word that starts with ``word``."""
    needle = re.compile(" " + re.escape(word))
    return {bisect_right(offsets, m.start()) - 1 for m in needle.finditer(hay)}


def _has_word(index: _Index, row: int, word: str) -> bool:
    needle = " " + word
    return needle in " " + index.keys[row] or any(needle in " " + e for e in index.extras.get(row, ()))


def _alternatives(tokens: list[str]) -> list[list[str]]:
    return [[t, _ABBREVIATIONS[t]] if t in _ABBREVIATIONS else [t] for t in tokens]


def _wanted_kinds(kinds: Iterable[AuthorityKind | str] | None) -> set[str] | None:
    return None if kinds is None else {str(k) for k in kinds}


def search(
    query: str, limit: int = 20, kinds: Iterable[AuthorityKind | str] | None = None
) -> list[Territory]:
    """The authorities best matching ``query`` (name, postal code or code), best first."""
    limit = max(0, limit)
    text = (query or "").strip()
    if not text or not limit:
        return []
    index = _index()
    wanted = _wanted_kinds(kinds)
    compact = text.replace(" ", "").lower()
    if _CODE_LIKE.match(compact):
        ranked = _by_number(index, compact, wanted)
    else:
        ranked = _by_name(index, normalise(text))
    if wanted is not None:
        ranked = {row: rank for row, rank in ranked.items() if index.kinds[row] in wanted}
    best = heapq.nsmallest(limit, ranked.items(), key=lambda item: _order(index, item[1], item[0]))
    table = data.table()
    return [table.territory(row) for row, _rank in best]


def _order(index: _Index, rank: int, row: int) -> tuple[int, int, int, str]:
    population = index.populations[row]
    return (rank, -int(population or 0), _KIND_ORDER.get(index.kinds[row], 9), index.keys[row])


def _by_name(index: _Index, query: str) -> dict[int, int]:
    """Matching rows → rank (0 exact name, 1 name starting with the query, 2 every word found)."""
    tokens = query.split()
    if not tokens:
        return {}
    options = _alternatives(tokens)
    rows: set[int] | None = None
    if len(query) <= 2:
        # One or two letters typed: only names starting with them (every « s » inside a name would
        # match otherwise, thousands of rows nobody wants yet).
        starting = re.compile("^ " + re.escape(query), re.MULTILINE)
        lines = {bisect_right(index.offsets, m.start()) - 1 for m in starting.finditer(index.hay)}
        rows = {index.owners[line] for line in lines}
    else:
        # The longest word first: it narrows the candidates most; once they are few, the other
        # words are checked on those rows only instead of scanning the whole index again.
        for alternatives in sorted(options, key=lambda alts: -len(alts[0])):
            if rows is not None and len(rows) < _FEW:
                rows = {r for r in rows if any(_has_word(index, r, word) for word in alternatives)}
            else:
                lines = set()
                for word in alternatives:
                    lines |= _lines_with_word(index.hay, index.offsets, word)
                found = {index.owners[line] for line in lines}
                rows = found if rows is None else rows & found
            if not rows:
                return {}
    phrases = tuple(" ".join(combo) for combo in itertools.islice(itertools.product(*options), 16))
    exact = set(phrases)
    keys, bare, extras = index.keys, index.bare, index.extras
    ranked = {}
    for row in rows or ():
        key, short = keys[row], bare[row]
        if key in exact or short in exact:
            rank = 0
        elif key.startswith(phrases) or short.startswith(phrases):
            rank = 1
        else:
            rank = 2
            for other in extras.get(row, ()):
                if other in exact:
                    rank = 0
                    break
                if other.startswith(phrases):
                    rank = 1
        ranked[row] = rank
    return ranked


def _by_number(index: _Index, code: str, wanted: set[str] | None) -> dict[int, int]:
    """Exact codes first (département, commune INSEE code, SIREN), then postal codes.

    Région codes (« 11 », « 94 ») collide with département numbers, which are what people
    type; they count only when régions alone are searched.
    """
    regions_only = wanted == {AuthorityKind.REGION.value}
    ranked: dict[int, int] = {}
    for row in data.code_rows().get(code.upper(), ()):
        if index.kinds[row] != AuthorityKind.REGION.value or regions_only:
            ranked[row] = 0
    if code.isdigit() and len(code) <= 5:
        for row in _lines_with_word(*_postal_hay(), code):
            if row not in ranked:
                codes = data.table().column("postal_codes")[row].split()
                ranked[row] = 1 if code in codes else 2
    return ranked


def get(code: str, kind: AuthorityKind | str | None = None) -> Territory | None:
    """The authority with this INSEE code or SIREN (and kind: « 11 » is both Aude and Île-de-France)."""
    return data.get(code, kind)
