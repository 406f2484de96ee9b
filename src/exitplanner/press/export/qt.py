"""Qt rich-text document of a release, shared by the PDF and ODT exporters.

QtGui needs a ``QGuiApplication`` for fonts and images. The GUI has one; the command line starts a
plain ``QCoreApplication`` (``i18n.ensure_core_app``), which cannot render text. ``ensure_gui_app``
gives a usable instance in both cases, falling back to the ``offscreen`` platform when there is no
display, so exports work on a server or in CI.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFont, QGuiApplication, QImage, QTextDocument

from exitplanner.press.html import FONT_FAMILIES, LOGO_RESOURCE, to_html
from exitplanner.press.release import PressRelease

_app: QGuiApplication | None = None


def _headless() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (replacing a bare QCoreApplication of the CLI)."""
    global _app
    instance = QCoreApplication.instance()
    if isinstance(instance, QGuiApplication):
        return instance
    if instance is not None:
        # The CLI's QCoreApplication: translators are reinstalled by the caller's language choice.
        instance.shutdown()
    if _headless():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication([sys.argv[0] if sys.argv else "exitplanner"])
    return _app


def document_font() -> QFont:
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(10.5)
    # No « fi »/« fl » ligatures: a journalist copying from the PDF must get plain letters.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def build_document(release: PressRelease, *, narrow: bool = True) -> QTextDocument:
    """A QTextDocument of the release with the logo registered as an in-memory resource.

    The layout marks text ``white-space: pre-wrap``: without it ``setHtml`` turns U+202F and
    U+00A0 into plain spaces and the typography is lost in the PDF and the ODT.
    """
    ensure_gui_app()
    document = QTextDocument()
    document.setDefaultFont(document_font())
    logo_src = ""
    if release.logo_path:
        image = QImage(release.logo_path)
        if not image.isNull():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_RESOURCE), image)
            logo_src = LOGO_RESOURCE
    document.setHtml(to_html(release, logo_src=logo_src, narrow=narrow))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, release.headline)
    return document
