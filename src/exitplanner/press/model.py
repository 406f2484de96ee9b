"""The press release step as a plain model: choices in, a structured release and short texts out.

The step-6 page is a thin view over ``PressReleaseModel``: it sets the template, the motives, the
free text and the quote, calls ``render()`` for the live preview, stores the user's final edits
with ``set_edited_text()`` and asks ``needs_regeneration_warning()`` before regenerating over them.
Everything the user chose lives in ``plan.sections["press"]`` (plain JSON):

    {"template": "dormant", "reasons": ["moderation", …], "free_text": "…", "quote": "…",
     "edited_text": "…" | None, "short_versions": {"x": "…", …}, "url": "…", "newsletter": "…",
     "place": "…", "date": "YYYY-MM-DD", "departure_date": "YYYY-MM-DD", "plain_spaces": bool}

The context fields (place, dates, addresses) are stored as typed; ``field_problems()`` says which
ones the release cannot use (see :mod:`exitplanner.press.fields`).

No Qt widgets here; QtCore only for translated messages.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from exitplanner.plan.model import AuthorityKind, Plan
from exitplanner.press.context import PressContext, build_context, decision_strategy, website_label
from exitplanner.press.dates import place_and_date
from exitplanner.press.fields import FIELD_KEYS, FieldProblem, check_fields, stored_date
from exitplanner.press.reasons import reasons_sentence
from exitplanner.press.release import PressRelease
from exitplanner.press.shorts import ShortVersion, measure, short_versions
from exitplanner.press.templates import TemplateInfo, find_template, render_sections, template_for_strategy
from exitplanner.press.typography import tidy_whitespace, typographize

SECTION = "press"


class PressReleaseModel:
    def __init__(self, plan: Plan, template_id: str | None = None, reasons: list[str] | None = None,
                 free_text: str | None = None, quote: str | None = None, *, narrow: bool | None = None,
                 today: date | None = None) -> None:
        self.plan = plan
        stored = self.section
        self.strategy, self.strategy_defaulted = decision_strategy(plan)
        self.template_id: str = template_id or str(stored.get("template") or "") \
            or template_for_strategy(self.strategy).id
        self.reasons: list[str] = list(reasons if reasons is not None else stored.get("reasons") or [])
        self.free_text: str = free_text if free_text is not None else str(stored.get("free_text") or "")
        self.quote: str = quote if quote is not None else str(stored.get("quote") or "")
        # U+202F where French typography wants it, unless the plan asks for U+00A0 everywhere
        # (``plain_spaces``: for fonts without U+202F); an explicit argument wins (the CLI's flag).
        self.narrow = narrow if narrow is not None else not stored.get("plain_spaces")
        self.today = today

    # ------------------------------------------------------------------ plan data
    @property
    def section(self) -> dict[str, Any]:
        return self.plan.sections.setdefault(SECTION, {})

    def save(self) -> None:
        """Write the choices into ``plan.sections["press"]`` (other keys are kept)."""
        self.section.update(template=self.template_id, reasons=list(self.reasons), free_text=self.free_text,
                            quote=self.quote)

    def strategy_note(self) -> str:
        """A sentence for the UI when the decision step has not been recorded yet (else empty)."""
        if not self.strategy_defaulted:
            return ""
        return QCoreApplication.translate(
            "press", "No strategy has been recorded at the decision step yet: the text assumes the X account "
                     "is put to sleep (kept but no longer used).")

    # ------------------------------------------------------------------ rendering
    def template(self) -> TemplateInfo:
        return find_template(self.template_id)

    def release_date(self) -> date:
        return stored_date(self.section.get("date")) or self.today or date.today()

    def departure_date(self) -> date:
        """The day leaving X takes effect (the release date unless the user picked one)."""
        return self.context().decision_date

    # ------------------------------------------------------------------ context fields
    def field(self, key: str) -> str:
        """A context field as the user typed it (``""`` when unset)."""
        if key not in FIELD_KEYS:
            raise KeyError(key)
        return str(self.section.get(key) or "")

    def set_field(self, key: str, value: str | date | None) -> None:
        """Store a context field as typed; ``None``/empty forgets it (dates then follow the release day)."""
        if key not in FIELD_KEYS:
            raise KeyError(key)
        if isinstance(value, date):
            value = value.isoformat()
        value = (value or "").strip()
        if value:
            self.section[key] = value
        else:
            self.section.pop(key, None)

    def field_problems(self) -> list[FieldProblem]:
        return check_fields(self.section)

    def default_place(self) -> str:
        """The dateline's place when none is typed: the commune's name, nothing for other authorities."""
        if self.plan.authority.kind != AuthorityKind.COMMUNE:
            return ""
        from exitplanner.press.grammar_bridge import authority_forms

        return authority_forms(self.plan.authority)["bare"]

    def context(self) -> PressContext:
        return build_context(self.plan, reasons=reasons_sentence(self.reasons, self.free_text),
                             reason_ids=self.reasons, free_text=self.free_text, quote=self.quote,
                             today=self.release_date())

    def _typo(self, text: str) -> str:
        return typographize(text, narrow=self.narrow)

    def _paragraphs(self, text: str) -> list[str]:
        """Blank-line separated paragraphs, each on one line (template line breaks are not meaningful)."""
        text = tidy_whitespace(text)
        return [self._typo(" ".join(p.split("\n")).strip()) for p in re.split(r"\n\s*\n", text) if p.strip()]

    def _one(self, text: str) -> str:
        return " ".join(self._paragraphs(text))

    def render(self) -> PressRelease:
        """The release generated from the template and the plan (ignores the user's edits)."""
        ctx = self.context()
        info = self.template()
        base = self._frame(ctx, info)
        sections = render_sections(info, ctx.as_dict())
        if isinstance(sections, str):
            return PressRelease.from_text(self._typo(tidy_whitespace(sections)), base)
        base.headline = self._one(sections.get("headline", ""))
        base.chapeau = self._one(sections.get("chapeau", ""))
        base.body = self._paragraphs(sections.get("body", ""))
        base.quote = self._one(sections.get("quote", "")).strip("«» \u202f\u00a0\"")
        base.quote_attribution = self._one(sections.get("quote_attribution", ""))
        if base.quote_attribution and base.quote.endswith(".") and not base.quote.endswith("..."):
            # « … respectueux », déclare … : the incise replaces the quote's final full stop.
            base.quote = base.quote[:-1]
        base.follow_intro = self._one(sections.get("follow_intro", ""))
        return base

    def _frame(self, ctx: PressContext, info: TemplateInfo) -> PressRelease:
        """Letterhead, dateline, follow-us lines and contact block: data, not template prose."""
        authority = self.plan.authority
        place = " ".join(str(self.section.get("place") or "").split()) or (
            ctx.authority.bare if authority.kind == AuthorityKind.COMMUNE else "")
        logo = authority.logo_path if authority.logo_path and Path(authority.logo_path).is_file() else ""
        follow = [f"{a.label} : {a.display}" for a in ctx.new_accounts]
        follow += [f"{a.label} : {a.display}" if a.label else a.display for a in ctx.remaining if a.display]
        if ctx.website:
            follow.append(f"Site internet : {ctx.authority.website_label}")
        if ctx.newsletter:
            follow.append(f"Lettre d’information : {website_label(ctx.newsletter)}")
        contact = self.plan.contact
        contact_lines = [contact.service, contact.name]
        if contact.phone:
            contact_lines.append(f"Tél. : {contact.phone}")
        contact_lines.append(contact.email)
        return PressRelease(
            authority_name=self._typo(ctx.authority.official or authority.name),
            logo_path=logo,
            place_date=self._typo(place_and_date(place, ctx.today)),
            follow_lines=[self._typo(line) for line in follow],
            contact_lines=[self._typo(line) for line in contact_lines if line],
            template_id=info.id,
            strategy=ctx.strategy,
            narrow=self.narrow,
        )

    # ------------------------------------------------------------------ edits
    @property
    def edited_text(self) -> str:
        return str(self.section.get("edited_text") or "")

    def set_edited_text(self, text: str | None) -> None:
        """Keep the user's final text in the plan (``None`` or empty forgets it)."""
        self.section["edited_text"] = text or None

    def needs_regeneration_warning(self) -> bool:
        """True when regenerating would replace text the user edited by hand."""
        edited = self.edited_text.strip()
        return bool(edited) and edited != self.render().to_text().strip()

    def release(self) -> PressRelease:
        """What gets exported: the user's edited text when there is one, else the generated release."""
        generated = self.render()
        if self.edited_text.strip():
            text = self.edited_text if self.narrow else self.edited_text.replace("\u202f", "\u00a0")
            return PressRelease.from_text(text, generated)
        return generated

    # ------------------------------------------------------------------ short versions
    def generated_short_versions(self) -> dict[str, ShortVersion]:
        return short_versions(self.context(), self.narrow)

    def short_versions(self) -> dict[str, ShortVersion]:
        """Generated short texts, replaced by the user's edited ones when stored in the plan."""
        result = self.generated_short_versions()
        stored = self.section.get("short_versions") or {}
        for network, text in stored.items():
            if network in result and text:
                result[network] = measure(network, str(text), edited=True)
        return result

    def set_short_version(self, network: str, text: str | None) -> None:
        versions = self.section.setdefault("short_versions", {})
        if text:
            versions[network] = text
        else:
            versions.pop(network, None)
