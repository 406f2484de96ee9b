"""HTML rendering of a press release (preview, PDF and ODT export), through an autoescaped Jinja layout.

The layout lives with the templates (``resources/templates/press/_layout.html.j2``) so that it can
be restyled without touching code. Texts are escaped once, here, at the HTML boundary; release texts
themselves are plain text.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from exitplanner.press.release import PressRelease
from exitplanner.press.templates import builtin_dir
from exitplanner.press.typography import NNBSP

ACCENT = "#23395b"
# First available wins; Qt falls back per glyph for U+202F when a font lacks it, which splits the
# text into runs of two fonts (``export.qt.font_families`` puts the complete fonts first).
FONT_FAMILIES = ("Marianne", "Arial", "Liberation Sans", "DejaVu Sans", "Helvetica")
LOGO_RESOURCE = "exitplanner-logo"


@cache
def _layout() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(builtin_dir())), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    return env.get_template("_layout.html.j2")


def to_html(release: PressRelease, *, logo_src: str | None = None, logo_height: int = 72,
            narrow: bool = True, families: tuple[str, ...] = FONT_FAMILIES) -> str:
    """The release as an HTML page; ``logo_src`` defaults to the logo file's URI."""
    if logo_src is None and release.logo_path:
        logo_src = Path(release.logo_path).resolve().as_uri()
    fonts = ", ".join(f"'{f}'" for f in families) + ", sans-serif"
    fonts = fonts.replace("'", "")  # the value sits inside a style="…" attribute
    return _layout().render(
        r=release,
        logo_src=logo_src or "",
        logo_height=logo_height,
        logo_alt=f"Logo : {release.authority_name}" if release.authority_name else "Logo",
        accent=ACCENT,
        fonts=fonts,
        nnbsp=NNBSP if narrow else "\u00a0",
        px=lambda points: round(points * 96 / 72),  # CSS pixels (Qt scales them to the device)
    )
