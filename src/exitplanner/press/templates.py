"""Press release templates: built-in and user ones, metadata, rendering with Jinja2.

Built-in templates ship in ``resources/templates/press/`` and are never written to; the user's own
live in ``<user data>/templates/press/`` (see ``paths.user_data_dir``), so an update of the app
never overwrites a colleague's work. Both are Jinja2 text templates named ``<id>.txt.j2``; a user
template's id is ``user:<file stem>`` so it can never shadow a built-in one.

Metadata is a Jinja comment at the very top of the file (invisible in the output, so the file
stays a valid template):

    {#
    name: Suppression du compte
    strategy: delete_account
    description: La collectivité supprime son compte X.
    #}

``strategy`` is one of ``STRATEGIES`` (or empty for "any"). A template usually
``{% extends "builtin/_base.txt.j2" %}`` and fills the blocks ``headline``, ``chapeau``, ``body``
(paragraphs separated by blank lines), ``quote``, ``quote_attribution`` and ``follow_intro``; the base
marks each block so that the output can be cut back into a structured ``PressRelease``. A template
that does not extend the base is read as plain text (``PressRelease.from_text``).

Templates run in Jinja's sandbox: a template received from someone else cannot reach Python
internals (attributes starting with ``_``, unsafe methods, file access outside the two template
folders). On top of it, ``*`` and ``**`` refuse results that could exhaust memory, and rendering
stops past ``MAX_OUTPUT_CHARS``. A template that loops for a long time without writing anything
(nested loops over ``range``) is stopped after ``MAX_RENDER_SECONDS`` by a tracer that watches the
template's own code only (:class:`_Deadline`): rendering runs on the GUI thread for the live preview.
Undefined variables are errors (``StrictUndefined``) so that a typo in a user
template is reported with its line number instead of silently printing nothing.
"""

from __future__ import annotations

import re
import stat
import sys
import time
import traceback
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from exitplanner import paths
from exitplanner.oserrors import describe_os_error
from exitplanner.press.errors import TemplateError, TemplateImportError, TemplateNotFound

STRATEGIES = ("delete_account", "delete_posts", "dormant")
DEFAULT_STRATEGY = "dormant"
SUFFIX = ".txt.j2"
BLOCKS = ("headline", "chapeau", "body", "quote", "quote_attribution", "follow_intro")
USER_PREFIX = "user:"
_MARK = "\x1e"
_HEADER = re.compile(r"\A\s*\{#(.*?)#\}", re.DOTALL)
#: A communiqué template is a few kilobytes; anything far bigger is not one.
MAX_TEMPLATE_BYTES = 200_000
#: A rendered release is a few thousand characters.
MAX_OUTPUT_CHARS = 200_000
# A communiqué renders in a few milliseconds; far past that, a template is looping, not writing.
MAX_RENDER_SECONDS = 1.0
IMPORT_SUFFIXES = (".j2", ".txt")
# Control characters other than tab and line breaks: a binary file, or our section marker.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    name: str
    strategy: str
    description: str
    builtin: bool
    path: Path

    @property
    def loader_name(self) -> str:
        return ("builtin/" if self.builtin else "user/") + self.path.name


def builtin_dir() -> Path:
    return paths.resource("templates", "press")


def user_dir() -> Path:
    folder = paths.user_data_dir() / "templates" / "press"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def parse_header(source: str) -> dict[str, str]:
    """``key: value`` lines of the leading ``{# … #}`` comment; empty when there is none."""
    match = _HEADER.match(source)
    if not match:
        return {}
    meta = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip()
    return meta


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".j2", ".txt"):
        name = name.removesuffix(suffix)
    return name


def _info(path: Path, builtin: bool) -> TemplateInfo:
    try:
        meta = parse_header(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        meta = {}
    stem = _stem(path)
    strategy = meta.get("strategy", "")
    return TemplateInfo(
        id=stem if builtin else USER_PREFIX + stem,
        name=meta.get("name") or stem,
        strategy=strategy if strategy in STRATEGIES else "",
        description=meta.get("description", ""),
        builtin=builtin,
        path=path,
    )


def list_templates() -> list[TemplateInfo]:
    """Built-in templates first (in strategy order), then the user's, by name."""
    order = {s: i for i, s in enumerate(STRATEGIES)}
    builtins = [_info(p, True) for p in sorted(builtin_dir().glob("*" + SUFFIX))
                if not p.name.startswith("_")]
    builtins.sort(key=lambda t: (order.get(t.strategy, len(order)), t.id))
    users = [_info(p, False) for p in sorted(user_dir().glob("*.j2")) if not p.name.startswith("_")]
    users.sort(key=lambda t: t.name.casefold())
    return builtins + users


def find_template(key: str) -> TemplateInfo:
    """A template by id (``dormant``, ``user:mine``), file stem or displayed name (case-insensitive)."""
    templates = list_templates()
    wanted = key.strip().casefold()
    for attr in ("id", "name"):
        for info in templates:
            if getattr(info, attr).casefold() == wanted:
                return info
    for info in templates:
        if not info.builtin and _stem(info.path).casefold() == wanted:
            return info
    raise TemplateNotFound(key)


def template_for_strategy(strategy: str) -> TemplateInfo:
    """The built-in template matching a decision (falls back to the dormant one)."""
    templates = [t for t in list_templates() if t.builtin]
    for wanted in (strategy, DEFAULT_STRATEGY):
        for info in templates:
            if info.strategy == wanted:
                return info
    raise TemplateNotFound(strategy)


def template_source(template_id: str) -> str:
    return find_template(template_id).path.read_text(encoding="utf-8")


def save_user_template(stem: str, source: str) -> TemplateInfo:
    """Store a user template (new or edited copy of a built-in), after checking its syntax.

    Raises ``TemplateError`` (with the line) and writes nothing when the template does not parse,
    so that a half-edited template never replaces a working one.
    """
    stem = re.sub(r"[^\w-]+", "-", stem.strip()).strip("-") or "modele"
    check_syntax(USER_PREFIX + stem, source)
    path = user_dir() / f"{stem}{SUFFIX}"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(source, encoding="utf-8")
    tmp.replace(path)
    return _info(path, False)


def _free_path(stem: str) -> Path:
    """``<stem>.txt.j2`` in the user folder, or ``<stem>-2.txt.j2``… when taken: imports never overwrite."""
    folder = user_dir()
    path = folder / f"{stem}{SUFFIX}"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}{SUFFIX}"
        number += 1
    return path


def _refuse(path: Path, reason: str) -> TemplateImportError:
    return TemplateImportError(str(path), reason)


def import_user_template(source_path: str | Path) -> TemplateInfo:
    """Copy a ``.j2`` / ``.txt`` file into the user templates folder, after checking it is a template.

    Refused with a ``TemplateImportError`` (nothing written): other extensions, anything but a
    regular file (a FIFO would block the read), files over ``MAX_TEMPLATE_BYTES``, text that is not
    UTF-8 or holds control characters (a binary file renamed), and templates that do not parse
    (the message gives the line). An existing template of the same name is kept: the copy gets a
    numbered name.
    """
    path = Path(source_path)
    if not path.name.lower().endswith(IMPORT_SUFFIXES):
        raise _refuse(path, QCoreApplication.translate("press", "only .j2 and .txt files can be imported."))
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(path, QCoreApplication.translate("press", "this is not a regular file."))
        if info.st_size > MAX_TEMPLATE_BYTES:
            raise _refuse(path, QCoreApplication.translate("press", "the file is too large (%1 kB at most).")
                          .replace("%1", str(MAX_TEMPLATE_BYTES // 1000)))
        with path.open("rb") as handle:
            data = handle.read(MAX_TEMPLATE_BYTES + 1)
    except OSError as exc:
        raise _refuse(path, describe_os_error(exc, reading=True)) from exc
    if len(data) > MAX_TEMPLATE_BYTES:
        raise _refuse(path, QCoreApplication.translate("press", "the file is too large (%1 kB at most).")
                      .replace("%1", str(MAX_TEMPLATE_BYTES // 1000)))
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _refuse(path, QCoreApplication.translate(
            "press", "the file is not UTF-8 text (save it as UTF-8 in your text editor).")) from exc
    if _CONTROL.search(source) or _MARK in source:
        raise _refuse(path, QCoreApplication.translate(
            "press", "the file contains control characters; it does not look like a text template."))
    stem = re.sub(r"[^\w-]+", "-", _stem(path).strip()).strip("-")[:60] or "modele"
    target = _free_path(stem)
    try:
        check_syntax(USER_PREFIX + target.name.removesuffix(SUFFIX), source)
    except TemplateError as exc:
        raise _refuse(path, QCoreApplication.translate("press", "error on line %1: %2")
                      .replace("%1", str(exc.line or "?")).replace("%2", exc.detail)) from exc
    tmp = target.with_suffix(".tmp")
    try:
        tmp.write_text(source, encoding="utf-8")
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _refuse(path, describe_os_error(exc)) from exc
    return _info(target, False)


def delete_user_template(template_id: str) -> None:
    info = find_template(template_id)
    if info.builtin:
        raise TemplateError(template_id, "built-in templates cannot be deleted")
    info.path.unlink(missing_ok=True)


# ---------------------------------------------------------------------------- rendering


def environment() -> SandboxedEnvironment:
    """The sandboxed text environment with the French filters (plain text: no autoescape).

    One environment per user folder, so compiled templates are reused by the live preview;
    Jinja's loader checks file times, so an edited user template is recompiled.
    """
    return _environment(str(builtin_dir()), str(user_dir()))


class LimitedSandbox(SandboxedEnvironment):
    """Jinja's sandbox, plus ``*`` and ``**`` that refuse results too big to be a communiqué.

    ``"x" * 10**10`` or ``9 ** 9 ** 9`` would otherwise freeze the live preview while Python
    builds the value; the sandbox only guards attribute access.
    """

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        if op == "**" and isinstance(left, int) and isinstance(right, int) and abs(left) > 1 \
                and right * max(abs(left).bit_length(), 1) > 4096:
            raise SecurityError("power too large")
        if op == "*":
            for sequence, count in ((left, right), (right, left)):
                if isinstance(sequence, str | list | tuple) and isinstance(count, int) \
                        and len(sequence) * count > MAX_OUTPUT_CHARS:
                    raise SecurityError("repetition too large")
        return self.binop_table[op](left, right)


@lru_cache(maxsize=4)
def _environment(builtin: str, user: str) -> SandboxedEnvironment:
    from exitplanner.press.filters import register

    env = LimitedSandbox(
        loader=jinja2.PrefixLoader({
            "builtin": jinja2.FileSystemLoader(builtin),
            "user": jinja2.FileSystemLoader(user),
        }),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.globals["section"] = lambda name: f"\n{_MARK}{name}{_MARK}\n"
    register(env)
    return env


# Jinja's messages, in the user's words (the raw English stays for anything not listed here).
_EXPLAINED = (
    (re.compile(r"^'([^']+)' is undefined"),
     QT_TRANSLATE_NOOP("press", "the name “%1” does not exist (a typo?)")),
    (re.compile(r"^'[^']+' has no attribute '([^']+)'"),
     QT_TRANSLATE_NOOP("press", "“%1” does not exist here (a typo?)")),
    (re.compile(r"^No filter named '([^']+)'"), QT_TRANSLATE_NOOP("press", "there is no filter named “%1”")),
    (re.compile(r"^Encountered unknown tag '([^']+)'"), QT_TRANSLATE_NOOP("press", "unknown tag “%1”")),
    (re.compile(r"^Unexpected end of template.*?'(\w+)'\.$", re.DOTALL),
     QT_TRANSLATE_NOOP("press", "the template ends before the “%1” block is closed")),
    (re.compile(r"^access to attribute '([^']+)'.* is unsafe"),
     QT_TRANSLATE_NOOP("press", "“%1” cannot be used in a template (protected)")),
    (re.compile(r"^(?:repetition|power) too large"),
     QT_TRANSLATE_NOOP("press", "a calculation gives a result far too large")),
    (re.compile(r"^render longer than"),
     QT_TRANSLATE_NOOP("press", "the template takes far too long to run (a loop that never ends?)")),
    (re.compile(r"^output longer than"),
     QT_TRANSLATE_NOOP("press", "the text produced is far too long (a loop that never ends?)")),
)


def explain(message: str) -> str:
    """A Jinja error message rewritten for a communication officer, when it is a common one."""
    for pattern, text in _EXPLAINED:
        match = pattern.search(message)
        if match:
            detail = QCoreApplication.translate("press", text)
            return detail.replace("%1", match.group(1)) if match.groups() else detail
    return message


def _label(info: TemplateInfo) -> str:
    """How an error names a template: its displayed name, and the file for a user's own one."""
    return info.name if info.builtin else f"{info.name} ({info.path.name})"


def _error_line(exc: BaseException, filename: str | None) -> int | None:
    """Line of the template where a render-time error happened (Jinja rewrites the traceback)."""
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        name = frame.f_code.co_filename
        if name and (filename is None or name == filename or name.endswith(Path(filename).name)) \
                and name.endswith(".j2"):
            line = lineno
    return line


def check_syntax(template_id: str, source: str) -> None:
    try:
        environment().parse(source)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(template_id, explain(exc.message or str(exc)), exc.lineno) from exc


class _Deadline:
    """Stops a render that runs past ``seconds``: a trace function on the template's own frames.

    Jinja compiles a template to Python code whose file name is the template's (``….j2``); only
    those frames get a line tracer, so filters and Python code run untraced and a normal render
    costs a few thousand cheap checks. Raising from a trace function is how debuggers stop a
    program (bdb's BdbQuit): the error surfaces in the template frame and ends the render like any
    sandbox refusal. A tracer already installed (a debugger, coverage) is left alone: no deadline.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = 0.0
        self.active = False

    def __enter__(self) -> _Deadline:
        self.active = sys.gettrace() is None
        if self.active:
            self.end = time.monotonic() + self.seconds
            sys.settrace(self._call)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.active:
            sys.settrace(None)

    def _call(self, frame: Any, event: str, arg: Any) -> Any:
        return self._line if frame.f_code.co_filename.endswith(".j2") else None

    def _line(self, frame: Any, event: str, arg: Any) -> Any:
        if time.monotonic() > self.end:
            raise SecurityError(f"render longer than {self.seconds} s")
        return self._line


def render_sections(info: TemplateInfo, context: dict[str, Any]) -> dict[str, str] | str:
    """Render a template; the block texts by name, or the whole text when it has no sections.

    Any problem in the template (syntax, unknown variable, sandbox violation, wrong filter
    argument) becomes a ``TemplateError`` naming the template and the line.
    """
    env = environment()
    try:
        template = env.get_template(info.loader_name)
        chunks: list[str] = []
        size = 0
        with _Deadline(MAX_RENDER_SECONDS):
            for chunk in template.generate(context):
                size += len(chunk)
                if size > MAX_OUTPUT_CHARS:
                    raise SecurityError(f"output longer than {MAX_OUTPUT_CHARS} characters")
                chunks.append(chunk)
        output = "".join(chunks)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(_label(info), explain(exc.message or str(exc)), exc.lineno) from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(_label(info), f"missing template {exc.name}") from exc
    except Exception as exc:  # a user template can raise anything a filter or the sandbox raises
        line = _error_line(exc, str(info.path))
        raise TemplateError(_label(info), explain(str(exc)) or type(exc).__name__, line) from exc
    if _MARK not in output:
        return output
    sections: dict[str, str] = {}
    parts = output.split(_MARK)
    # parts: [before, name1, text1, name2, text2, ...]
    for name, text in zip(parts[1::2], parts[2::2], strict=False):
        sections[name] = text.strip("\n")
    return sections
