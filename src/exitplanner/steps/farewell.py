"""Step 7: publishing the farewell post on X through the API, at most once.

A post cannot be taken back quietly: two identical farewells on an authority's account look like a
mistake in front of journalists, so every attempt is written into the plan *before* the request
leaves (``state: "sending"``) and the page saves the plan at once. What happens next:

- X answers with the new post's id → ``published``, with the id, the address
  ``https://x.com/<handle>/status/<id>`` and the date; the checklist item « Publish the farewell post
  on X » is ticked with the address as its note, and the clean-up never selects that id
  (:func:`exitplanner.cleanup.selection.protected_ids`);
- X refused for sure (429, 403 duplicate, authorisation, nothing sent) → ``failed`` with the reason:
  publishing again is allowed;
- the answer was lost (timeout after sending, connection cut, a 5xx that may hide a success), or the
  app stopped while ``sending`` → ``uncertain`` (« à vérifier »): no retry until the user has looked
  on X and said either « it is there » (with its address) or « it is not there ».

Everything lives in ``plan.sections["execution"]["farewell"]``. No Qt widgets here: the page is a
thin view; :meth:`FarewellModel.publish` runs the same flow without a GUI (tests, scripting).
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from exitplanner.networks.errors import NetworkError, RateLimited, ServerError
from exitplanner.networks.x import AnswerLost, DuplicatePost
from exitplanner.plan.model import Plan
from exitplanner.press.counting import X_LIMIT, x_length
from exitplanner.steps.execution import SECTION, ExecutionModel, ItemStatus

KEY = "farewell"  # plan.sections["execution"]["farewell"]
ITEM_KEY = "farewell"  # the checklist item ticked once published
_STATUS = re.compile(r"/status(?:es)?/(\d{1,25})")


class FarewellState(StrEnum):
    NONE = "none"  # never tried
    SENDING = "sending"  # written before the request leaves
    PUBLISHED = "published"
    FAILED = "failed"  # X refused for sure: may be tried again
    UNCERTAIN = "uncertain"  # « à vérifier »: maybe published, the user must look on X


class FarewellRefused(Exception):
    """Publishing is not allowed now (already published, to be checked, text empty or too long)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class PostCreator(Protocol):
    """What we need of :class:`exitplanner.networks.x.XClient`."""

    def create_post(self, text: str) -> str: ...


@dataclass(frozen=True)
class SendResult:
    """What one ``POST /2/tweets`` gave: the new id, or the error (never both)."""

    post_id: str | None = None
    error: Exception | None = None


def post_url(handle: str, post_id: str) -> str:
    return f"https://x.com/{handle.lstrip('@')}/status/{post_id}"


def parse_post_id(text: str) -> str | None:
    """The id in a post's address (``https://x.com/ville/status/123…``) or a bare id; None otherwise."""
    text = text.strip()
    found = _STATUS.search(text)
    if found:
        return found.group(1)
    return text if text.isdigit() and len(text) <= 25 else None


def x_count(text: str) -> tuple[int, int]:
    """The weighted length of ``text`` on X (URLs count 23) and the limit, for the live counter."""
    return x_length(text), X_LIMIT


def send(client: PostCreator, text: str) -> SendResult:
    """The request itself, safe to run on a worker thread: it touches neither the plan nor Qt widgets."""
    try:
        return SendResult(post_id=client.create_post(text))
    except Exception as error:  # judged on the GUI thread by FarewellModel.finish
        return SendResult(error=error)


def _now() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


class FarewellModel:
    def __init__(self, plan: Plan, now: Callable[[], str] = _now, wall: Callable[[], float] = time.time):
        self.plan = plan
        self._now = now
        self._wall = wall

    # --- what is stored -------------------------------------------------------------------------------

    @property
    def record(self) -> dict[str, Any]:
        """The stored record (a copy; empty when never tried)."""
        execution = self.plan.sections.get(SECTION)
        record = execution.get(KEY) if isinstance(execution, dict) else None
        return dict(record) if isinstance(record, dict) else {}

    def _store(self, record: dict[str, Any]) -> None:
        self.plan.sections.setdefault(SECTION, {"items": {}})[KEY] = record

    def state(self, in_flight: bool = False) -> FarewellState:
        """The state; ``sending`` without a request in flight (the app stopped mid-way) is to be checked."""
        try:
            state = FarewellState(self.record.get("state", FarewellState.NONE))
        except ValueError:
            return FarewellState.UNCERTAIN  # unreadable: assume the worst, ask the user
        if state == FarewellState.SENDING and not in_flight:
            return FarewellState.UNCERTAIN
        return state

    def can_publish(self) -> bool:
        return self.state() in (FarewellState.NONE, FarewellState.FAILED)

    def post_id(self) -> str:
        return str(self.record.get("post_id") or "")

    def url(self) -> str:
        return str(self.record.get("url") or "")

    # --- the text -----------------------------------------------------------------------------------

    def default_text(self) -> str:
        """The text to propose: the last one tried, else step 6's X short version (the user's edit when
        there is one, else the generated one)."""
        tried = str(self.record.get("text") or "")
        if tried.strip():
            return tried
        press = self.plan.sections.get("press")
        edited = ((press or {}).get("short_versions") or {}).get("x") if isinstance(press, dict) else None
        if isinstance(edited, str) and edited.strip():
            return edited
        from exitplanner.press.errors import PressError
        from exitplanner.press.model import PressReleaseModel

        had_press = "press" in self.plan.sections
        try:
            return PressReleaseModel(self.plan).generated_short_versions()["x"].text
        except (PressError, KeyError, ValueError):
            return ""
        finally:
            if not had_press:  # reading must not look like an edit of step 6
                self.plan.sections.pop("press", None)

    def text_problem(self, text: str) -> str | None:
        """Why X would refuse ``text`` (French once translated), or None."""
        if not text.strip():
            return QCoreApplication.translate("farewell", "The farewell post is empty.")
        length, limit = x_count(text)
        if length > limit:
            return (QCoreApplication.translate("farewell", "Too long for X: %1 characters for at most %2.")
                    .replace("%1", str(length)).replace("%2", str(limit)))
        return None

    # --- the flow -----------------------------------------------------------------------------------

    def begin(self, text: str, handle: str) -> None:
        """Record the attempt *before* sending; the caller saves the plan, then sends. Refuses a second
        farewell and a text X would refuse."""
        state = self.state()
        if state == FarewellState.PUBLISHED:
            raise FarewellRefused(QCoreApplication.translate(
                "farewell", "The farewell post is already published: %1").replace("%1", self.url()))
        if state in (FarewellState.UNCERTAIN, FarewellState.SENDING):
            raise FarewellRefused(self.uncertain_message())
        problem = self.text_problem(text)
        if problem:
            raise FarewellRefused(problem)
        self._store({"state": FarewellState.SENDING.value, "text": text, "handle": handle.lstrip("@"),
                     "started": self._now()})

    def finish(self, result: SendResult) -> str:
        """Record what X answered; returns the sentence to show the user."""
        record = self.record
        handle = str(record.get("handle") or "")
        if result.post_id:
            return self._published(result.post_id, handle, record, confirmed_by_user=False)
        error = result.error
        if isinstance(error, AnswerLost | ServerError) or not isinstance(error, NetworkError):
            # The request may have been carried out: only the user can tell, by looking on X.
            record.update(state=FarewellState.UNCERTAIN.value, checked_at=self._now())
            self._store(record)
            return self.uncertain_message()
        message = self.error_message(error)
        record.update(state=FarewellState.FAILED.value, error=message, failed_at=self._now())
        self._store(record)
        return message

    def restore(self, previous: dict[str, Any]) -> None:
        """Put back the record as it was before :meth:`begin` (the plan could not be saved: nothing sent)."""
        if previous:
            self._store(previous)
        else:
            execution = self.plan.sections.get(SECTION)
            if isinstance(execution, dict):
                execution.pop(KEY, None)

    def publish(self, client: PostCreator, text: str, handle: str, save: Callable[[], None]) -> str:
        """The whole flow on one thread: record, save, send, record the answer, save."""
        self.begin(text, handle)
        save()
        message = self.finish(send(client, text))
        save()
        return message

    # --- after « à vérifier » -------------------------------------------------------------------------

    def confirm_published(self, address: str) -> str:
        """The user found the post on X and gives its address (or id)."""
        post_id = parse_post_id(address)
        if post_id is None:
            raise FarewellRefused(QCoreApplication.translate(
                "farewell", "This is not the address of a post on X (…/status/ followed by digits)."))
        record = self.record
        return self._published(post_id, str(record.get("handle") or ""), record, confirmed_by_user=True)

    def confirm_not_published(self) -> None:
        """The user looked on X: the post is not there. Publishing is allowed again."""
        if self.state() != FarewellState.UNCERTAIN:
            return
        record = self.record
        record.update(state=FarewellState.FAILED.value, failed_at=self._now(),
                      error=QCoreApplication.translate("farewell", "Not found on X after checking."))
        self._store(record)

    # --- messages -----------------------------------------------------------------------------------

    def uncertain_message(self) -> str:
        handle = str(self.record.get("handle") or "")
        where = f"https://x.com/{handle}" if handle else "x.com"
        return (QCoreApplication.translate(
            "farewell",
            "X did not confirm the farewell post: it may have been published. Check on %1, then say "
            "whether it is there before publishing again.").replace("%1", where))

    def error_message(self, error: NetworkError) -> str:
        if isinstance(error, DuplicatePost):
            return QCoreApplication.translate(
                "farewell",
                "X refused the post because the account already published exactly this text. Check on X "
                "whether the farewell post is already there; to publish anyway, change the text.")
        if isinstance(error, RateLimited):
            if error.retry_after is None:
                return QCoreApplication.translate(
                    "farewell", "X limits the number of posts for now: wait a few minutes, then try again.")
            minutes = max(1, math.ceil(error.retry_after / 60))
            at = datetime.fromtimestamp(self._wall() + error.retry_after).strftime("%H:%M")
            return (QCoreApplication.translate(
                "farewell", "X limits the number of posts for now: try again in %n minute(s) (at %1).",
                None, minutes).replace("%1", at))
        return error.message

    def _published(self, post_id: str, handle: str, record: dict[str, Any], confirmed_by_user: bool) -> str:
        url = post_url(handle, post_id) if handle else f"https://x.com/i/status/{post_id}"
        record.update(state=FarewellState.PUBLISHED.value, post_id=post_id, url=url,
                      published=self._now(), confirmed_by_user=confirmed_by_user)
        record.pop("error", None)
        self._store(record)
        execution = ExecutionModel(self.plan)
        if any(item.key == ITEM_KEY for item in execution.items()):
            execution.update(ITEM_KEY, status=ItemStatus.DONE, note=url)
        return QCoreApplication.translate("farewell", "Farewell post published: %1").replace("%1", url)
