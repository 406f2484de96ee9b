"""A rendered press release as structured data, and its plain-text form.

Templates produce text; exporters need structure (the headline is set large, the quote boxed,
the contact block at the foot). ``PressRelease`` is that structure. It is plain data so that the
GUI preview, the PDF/ODT/DOCX exporters and the e-mail body all read the same fields.

The user may edit the final text freely (step 6). The edited text is the plain-text form below;
``PressRelease.from_text`` reads it back into the same structure, recognising the fixed headings
(« Communiqué de presse », « Pour nous suivre », « Contact presse ») so that an edited release
still exports with its layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

KICKER = "Communiqué de presse"
FOLLOW_TITLE = "Pour nous suivre"
CONTACT_TITLE = "Contact presse"


@dataclass
class PressRelease:
    authority_name: str = ""  # letterhead line next to the logo, e.g. « Ville du Kremlin-Bicêtre »
    logo_path: str = ""
    kicker: str = KICKER
    place_date: str = ""
    headline: str = ""
    chapeau: str = ""
    body: list[str] = field(default_factory=list)
    quote: str = ""  # without the guillemets
    quote_attribution: str = ""  # « Jean Dupont, maire du Kremlin-Bicêtre »
    follow_title: str = FOLLOW_TITLE
    follow_intro: str = ""
    follow_lines: list[str] = field(default_factory=list)
    contact_title: str = CONTACT_TITLE
    contact_lines: list[str] = field(default_factory=list)
    template_id: str = ""
    strategy: str = ""
    edited: bool = False
    narrow: bool = True  # U+202F inside the guillemets; False: U+00A0 (fonts without U+202F)

    # ------------------------------------------------------------------ text
    def quote_paragraph(self) -> str:
        if not self.quote:
            return ""
        attribution = f", {self.quote_attribution}" if self.quote_attribution else ""
        space = "\u202f" if self.narrow else "\u00a0"
        return f"«{space}{self.quote}{space}»{attribution}"

    def to_text(self) -> str:
        """The release as plain text (e-mail body, .txt export, and the editable form)."""
        blocks = [self.kicker.upper(), self.place_date, self.headline, self.chapeau, *self.body,
                  self.quote_paragraph()]
        if self.follow_lines or self.follow_intro:
            blocks.append("\n".join([self.follow_title, self.follow_intro, *self.follow_lines]).strip())
        if self.contact_lines:
            blocks.append("\n".join([self.contact_title, *self.contact_lines]))
        return "\n\n".join(b.strip() for b in blocks if b and b.strip()) + "\n"

    def email_subject(self) -> str:
        return f"{self.kicker} – {self.headline}" if self.headline else self.kicker

    def email_body(self) -> str:
        """Body of the e-mail sent to journalists: the text without the repeated kicker line."""
        text = self.to_text()
        first, _, rest = text.partition("\n\n")
        return rest if first == self.kicker.upper() else text

    # ------------------------------------------------------------------ parse back
    @classmethod
    def from_text(cls, text: str, base: PressRelease | None = None) -> PressRelease:
        """Structure an edited plain text; letterhead (name, logo) and ids come from ``base``.

        Blocks are separated by blank lines. The kicker line and the place-and-date line are
        recognised at the top, the « Pour nous suivre » and « Contact presse » blocks by their
        heading, the quote by its opening guillemet; the first remaining block is the headline, the
        second the chapeau, the rest the body. Anything unrecognised stays in the body: nothing the
        user wrote is lost.
        """
        base = base or cls()
        blocks = [b.strip() for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
        out = replace(base, place_date="", headline="", chapeau="", body=[], quote="", quote_attribution="",
                      follow_intro="", follow_lines=[], contact_lines=[], edited=True)
        if blocks and blocks[0].casefold() == base.kicker.casefold():
            blocks.pop(0)
        first = blocks[0] if blocks else ""
        if first and "\n" not in first and len(first) < 120 and re.search(r"\ble \d", first, re.IGNORECASE):
            out.place_date = blocks.pop(0)
        content: list[str] = []
        for block in blocks:
            head, _, tail = block.partition("\n")
            if head.strip().casefold() == base.contact_title.casefold():
                out.contact_lines = [line.strip() for line in tail.splitlines() if line.strip()]
            elif head.strip().casefold() == base.follow_title.casefold():
                lines = [line.strip() for line in tail.splitlines() if line.strip()]
                if lines and not _looks_like_address(lines[0]):
                    out.follow_intro = lines.pop(0)
                out.follow_lines = lines
            elif block.startswith("«") and not out.quote and "»" in block:
                quote, _, attribution = block[1:].rpartition("»")
                out.quote = quote.strip(" \u202f\u00a0")
                out.quote_attribution = attribution.lstrip(" ,\u202f\u00a0")
            else:
                content.append(block)
        if content:
            out.headline = content.pop(0)
        if content:
            out.chapeau = content.pop(0)
        out.body = content
        return out


def _looks_like_address(line: str) -> bool:
    return bool(re.search(r"@|https?://|www\.|\w\.\w{2,}", line)) or line.startswith(("–", "-", "•"))
