"""The common motives for leaving X, and the French sentence they become in a communiqué.

Authorities gave much the same reasons in January 2025 (lack of moderation, hate, false
information, algorithms, the owner's political role, the EU's Digital Services Act, harassment).
The user ticks them in a list; the press release must not show a bulleted list but a sentence a
journalist could quote, so each motive carries a French noun phrase (``clause``) that fits after
« motivée par » and the phrases are joined with commas and « et ».

Ids are stable: they are stored in the plan (``sections["press"]["reasons"]``). The UI label is an
English source string translated through Qt (context ``reasons``); the clause is French text
generated for the release and is not translated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Reason:
    id: str
    clause: str  # French noun phrase, lower-case, no final punctuation

    @property
    def label(self) -> str:
        """Short label for the UI, in the interface language."""
        return reason_label(self.id)


REASONS: tuple[Reason, ...] = (
    Reason("moderation", "l’absence d’une modération effective des contenus"),
    Reason("hate_speech", "la prolifération des discours de haine"),
    Reason("disinformation", "la diffusion massive de fausses informations"),
    Reason("algorithmic_amplification", "des algorithmes qui amplifient les contenus les plus clivants"),
    Reason("owner_political_role",
           "l’engagement politique de son propriétaire, incompatible avec la neutralité d’un canal "
           "d’information publique"),
    Reason("dsa_non_compliance", "le non-respect par la plateforme du règlement européen sur les services "
                                 "numériques (DSA)"),
    Reason("harassment", "le cyberharcèlement subi par les agents comme par les habitants"),
)
REASON_IDS: tuple[str, ...] = tuple(r.id for r in REASONS)
_BY_ID = {r.id: r for r in REASONS}


def reason_label(reason_id: str) -> str:
    """The translated UI label of a motive (literal strings so that lupdate finds them)."""
    labels = {
        "moderation": QCoreApplication.translate("reasons", "Lack of moderation"),
        "hate_speech": QCoreApplication.translate("reasons", "Hate speech"),
        "disinformation": QCoreApplication.translate("reasons", "Disinformation"),
        "algorithmic_amplification": QCoreApplication.translate("reasons", "Algorithmic amplification"),
        "owner_political_role": QCoreApplication.translate("reasons", "The owner's political role"),
        "dsa_non_compliance": QCoreApplication.translate(
            "reasons", "Non-compliance with the EU Digital Services Act"),
        "harassment": QCoreApplication.translate("reasons", "Harassment"),
    }
    return labels.get(reason_id, reason_id)


def reason(reason_id: str) -> Reason | None:
    return _BY_ID.get(reason_id)


def enumerate_fr(items: Sequence[str]) -> str:
    """« A », « A et B », « A, B et C » (no Oxford comma in French)."""
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " et " + items[-1]


_END = re.compile(r"[.!?…]\s*[»)]?\s*$")


def _sentence(text: str) -> str:
    """Capital first letter and exactly one final stop."""
    text = " ".join(text.split())
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    text = text.rstrip(",;: ")
    # « voté.. », « vraiment ?. » : one final mark, but an ellipsis « ... » is the writer's choice.
    text = re.sub(r"(?<!\.)\.{2}$", ".", text)
    text = re.sub(r"([!?…])\s*\.$", r"\1", text)
    return text if _END.search(text) else text + "."


def _is_clause(text: str) -> bool:
    """Free text written as one more motive (« le manque de transparence ») rather than a sentence."""
    text = text.strip()
    return bool(text) and text[0].islower() and "\n" not in text and not _END.search(text) \
        and len(text) < 160 and "." not in text


def reasons_sentence(ids: Iterable[str], free_text: str = "", *,
                     lead: str = "Cette décision est motivée par") -> str:
    """Turn the chosen motives (and the user's free text) into one or two French sentences.

    Up to four motives make one sentence; more are split so that the sentence stays readable
    (« S’y ajoutent … »). Free text that reads like a motive is enumerated with the others;
    otherwise it follows as its own sentence(s). Unknown ids are ignored (a plan written by a
    newer version may hold motives this one does not know).
    """
    clauses = [r.clause for r in (reason(i) for i in dict.fromkeys(ids)) if r is not None]
    free = " ".join((free_text or "").split())
    extra = ""
    if free and _is_clause(free):
        clauses.append(free.rstrip(",;: "))
    elif free:
        extra = _sentence(free)
    sentences = []
    if clauses:
        first, rest = (clauses, []) if len(clauses) <= 4 else (clauses[:3], clauses[3:])
        sentences.append(_sentence(f"{lead} {enumerate_fr(first)}"))
        if rest:
            verb = "S’y ajoutent" if len(rest) > 1 else "S’y ajoute"
            sentences.append(_sentence(f"{verb} {enumerate_fr(rest)}"))
    if extra:
        sentences.append(extra)
    return " ".join(sentences)
