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
internals. Undefined variables are errors (``StrictUndefined``) so that a typo in a user template
is reported with its line number instead of silently printing nothing.
"""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from exitplanner import paths
from exitplanner.press.errors import TemplateError, TemplateNotFound

STRATEGIES = ("delete_account", "delete_posts", "dormant")
DEFAULT_STRATEGY = "dormant"
SUFFIX = ".txt.j2"
BLOCKS = ("headline", "chapeau", "body", "quote", "quote_attribution", "follow_intro")
USER_PREFIX = "user:"
_MARK = "\x1e"
_HEADER = re.compile(r"\A\s*\{#(.*?)#\}", re.DOTALL)


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


@lru_cache(maxsize=4)
def _environment(builtin: str, user: str) -> SandboxedEnvironment:
    from exitplanner.press.filters import register

    env = SandboxedEnvironment(
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
        raise TemplateError(template_id, exc.message or str(exc), exc.lineno) from exc


def render_sections(info: TemplateInfo, context: dict[str, Any]) -> dict[str, str] | str:
    """Render a template; the block texts by name, or the whole text when it has no sections.

    Any problem in the template (syntax, unknown variable, sandbox violation, wrong filter
    argument) becomes a ``TemplateError`` naming the template and the line.
    """
    env = environment()
    try:
        template = env.get_template(info.loader_name)
        output = template.render(context)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(info.id, exc.message or str(exc), exc.lineno) from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(info.id, f"missing template {exc.name}") from exc
    except Exception as exc:  # a user template can raise anything a filter or the sandbox raises
        line = _error_line(exc, str(info.path))
        raise TemplateError(info.id, str(exc) or type(exc).__name__, line) from exc
    if _MARK not in output:
        return output
    sections: dict[str, str] = {}
    parts = output.split(_MARK)
    # parts: [before, name1, text1, name2, text2, ...]
    for name, text in zip(parts[1::2], parts[2::2], strict=False):
        sections[name] = text.strip("\n")
    return sections
