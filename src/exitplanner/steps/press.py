"""Step 6 (Communiqué de presse): what the page edits and when the step counts as done, without Qt widgets.

The press core (:mod:`exitplanner.press.model`) renders the release and the short versions; this
model adds what the wizard needs on top of it:

- the user's hand edits are stored only when they differ from the generated text, so that typing
  a text back to what the template produces does not trigger the « regenerate over your edits? »
  warning for nothing;
- the step status. A communiqué is only useful once it leaves the app, so the step is **DONE**
  when a text exists *and* it was exported at least once (any format) or the user marked it as
  final (e.g. copied into the authority's own mail tool). It is **IN_PROGRESS** as soon as the user
  set anything (template, motives, free text, quote, edits), **NOT_STARTED** otherwise — merely
  opening the page changes nothing.

Everything lives in ``plan.sections["press"]``; this model adds ``final`` (bool) and ``exports``
(``{"pdf": "2026-11-22T10:15:00", …}``, the last export time per format).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from exitplanner.plan.model import Plan, StepId, StepStatus
from exitplanner.press.errors import PressError
from exitplanner.press.fields import FIELD_KEYS, FieldProblem
from exitplanner.press.model import PressReleaseModel
from exitplanner.press.shorts import ShortVersion, measure

#: Keys of ``plan.sections["press"]`` that mean the user did something on the page.
USER_KEYS = ("reasons", "free_text", "quote", "edited_text", "short_versions", "final", "exports",
             *FIELD_KEYS)
NETWORKS = ("x", "bluesky", "mastodon")


class PressStepModel:
    def __init__(self, plan: Plan, **release_options) -> None:
        self.plan = plan
        self.release = PressReleaseModel(plan, **release_options)

    @property
    def section(self) -> dict:
        return self.release.section

    # ------------------------------------------------------------------ choices
    def set_choices(self, template_id: str, reasons: list[str], free_text: str, quote: str) -> None:
        self.release.template_id = template_id
        self.release.reasons = list(reasons)
        self.release.free_text = free_text
        self.release.quote = quote
        self.release.save()
        self.section["template_chosen"] = True
        self.update_status()

    def set_field(self, key: str, value) -> None:
        """A context field (place, dates, addresses), stored as typed; see ``field_problems``."""
        self.release.set_field(key, value)
        self.update_status()

    def set_plain_spaces(self, plain: bool) -> None:
        """U+00A0 instead of U+202F everywhere (fonts without the narrow space); kept in the plan."""
        if plain:
            self.section["plain_spaces"] = True
        else:
            self.section.pop("plain_spaces", None)
        self.release.narrow = not plain

    @property
    def plain_spaces(self) -> bool:
        return not self.release.narrow

    def field_problems(self) -> list[FieldProblem]:
        return self.release.field_problems()

    # ------------------------------------------------------------------ texts
    def generated_text(self) -> str:
        return self.release.render().to_text()

    def final_text(self) -> str:
        """The text the user works on: their edits, else the generated release."""
        return self.release.edited_text or self.generated_text()

    def set_final_text(self, text: str) -> None:
        """Keep ``text`` as the user's edit, unless it is just the generated text."""
        try:
            same = text.strip() == self.generated_text().strip()
        except PressError:  # the template is broken: whatever the user typed is theirs
            same = False
        self.release.set_edited_text(None if same else text)
        self.update_status()

    def is_edited(self) -> bool:
        return bool(self.release.edited_text.strip())

    def short_versions(self) -> dict[str, ShortVersion]:
        return self.release.short_versions()

    def set_short_text(self, network: str, text: str) -> ShortVersion:
        """Keep an edited short version (forgotten when equal to the generated one); returns its counts."""
        generated = self.release.generated_short_versions()[network].text
        self.release.set_short_version(network, None if text.strip() == generated.strip() else text)
        self.update_status()
        return measure(network, text, edited=text.strip() != generated.strip())

    def has_edits(self) -> bool:
        """True when regenerating would throw away something typed by hand (release or short texts)."""
        try:
            if self.release.needs_regeneration_warning():
                return True
        except PressError:  # broken template: any stored edit counts
            if self.release.edited_text.strip():
                return True
        generated = self.release.generated_short_versions()
        stored = self.section.get("short_versions") or {}
        return any(text and text.strip() != generated[n].text.strip()
                   for n, text in stored.items() if n in generated)

    def regenerate(self) -> None:
        """Forget every hand edit: the texts follow the template and the fields again."""
        self.release.set_edited_text(None)
        self.section.pop("short_versions", None)
        self.update_status()

    # ------------------------------------------------------------------ done-ness
    def mark_exported(self, fmt: str, when: datetime | None = None) -> None:
        exports = self.section.setdefault("exports", {})
        exports[fmt] = (when or datetime.now()).replace(microsecond=0).isoformat()
        self.update_status()

    def set_final(self, final: bool) -> None:
        self.section["final"] = bool(final)
        self.update_status()

    @property
    def final(self) -> bool:
        return bool(self.section.get("final"))

    @property
    def exported(self) -> bool:
        return bool(self.section.get("exports"))

    def has_text(self) -> bool:
        try:
            return bool(self.release.release().headline.strip() or self.release.edited_text.strip())
        except PressError:  # a broken user template: no text yet
            return False

    def status(self) -> StepStatus:
        touched = any(self.section.get(key) for key in USER_KEYS) or "final" in self.section \
            or self.section.get("template_chosen")
        if not touched:
            return StepStatus.NOT_STARTED
        if self.has_text() and (self.exported or self.final):
            return StepStatus.DONE
        return StepStatus.IN_PROGRESS

    def update_status(self) -> None:
        self.plan.set_step_status(StepId.PRESS, self.status())

    def problems(self) -> list[str]:
        """What is missing before the step is done, in the user's words."""
        problems = []
        if not self.has_text():
            problems.append(QCoreApplication.translate("press", "There is no text yet."))
        if not (self.exported or self.final):
            problems.append(QCoreApplication.translate(
                "press", "Export the release or mark the text as final."))
        return problems
