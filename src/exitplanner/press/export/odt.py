"""ODT export: an OpenDocument text written directly (zip of XML parts), for LibreOffice and Word.

Qt's own ODF writer loses table column widths (the letterhead and the quote box come out
distorted in LibreOffice), so the document is generated here with named paragraph styles
(« Titre du communiqué », « Chapeau », « Citation »…): a communication officer who reopens the
file in LibreOffice finds real styles to adjust, not direct formatting. The letterhead is a
two-column table (logo, authority name) over a rule; the quote is a shaded paragraph with a
coloured left border. Text is written character for character, so U+202F and U+00A0 survive.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from exitplanner.press.html import ACCENT
from exitplanner.press.release import PressRelease
from exitplanner.press.typography import NBSP, NNBSP

FONT = "Arial"
LOGO_HEIGHT_CM = 1.9
_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'office:version="1.3"'
)


def _pstyle(name: str, display: str, *, size: float = 10.5, bold: bool = False, italic: bool = False,
            color: str = "#1d1d1b", before: float = 0, after: float = 6, align: str = "start",
            extra_par: str = "") -> str:
    text_props = (f'fo:font-size="{size}pt" style:font-name="{FONT}" fo:color="{color}"'
                  + (' fo:font-weight="bold"' if bold else "")
                  + (' fo:font-style="italic"' if italic else ""))
    return (f'<style:style style:name="{name}" style:display-name="{display}" style:family="paragraph" '
            f'style:parent-style-name="Standard">'
            f'<style:paragraph-properties fo:margin-top="{before}pt" fo:margin-bottom="{after}pt" '
            f'fo:text-align="{align}" {extra_par}/>'
            f'<style:text-properties {text_props}/></style:style>')


def _styles_xml() -> str:
    grey = "#5a5a5a"
    styles = [
        f'<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="125%"/>'
        f'<style:text-properties style:font-name="{FONT}" fo:font-size="10.5pt" fo:language="fr" '
        f'fo:country="FR"/></style:default-style>',
        _pstyle("Standard", "Standard", after=0),
        _pstyle("Letterhead", "En-tête du communiqué", size=11, bold=True, color=ACCENT, align="end",
                after=0),
        _pstyle("Rule", "Filet", size=2, after=14,
                extra_par=f'fo:border-bottom="1.5pt solid {ACCENT}" fo:padding-bottom="0cm"'),
        _pstyle("Kicker", "Mention communiqué", size=9.5, bold=True, color=ACCENT, after=2),
        _pstyle("Dateline", "Lieu et date", size=9.5, color=grey, after=14),
        _pstyle("Headline", "Titre du communiqué", size=15, bold=True, color=ACCENT, after=12),
        _pstyle("Chapeau", "Chapeau", size=11, bold=True, after=10),
        _pstyle("Body", "Corps du communiqué", after=8, align="justify"),
        _pstyle("Quote", "Citation", size=11, italic=True, before=4, after=0,
                extra_par=f'fo:background-color="#eef2f7" fo:border-left="3pt solid {ACCENT}" '
                          'fo:padding="0.25cm" fo:padding-bottom="0.1cm"'),
        _pstyle("QuoteAuthor", "Auteur de la citation", size=9.5, after=10,
                extra_par=f'fo:background-color="#eef2f7" fo:border-left="3pt solid {ACCENT}" '
                          'fo:padding="0.25cm" fo:padding-top="0cm"'),
        _pstyle("BlockTitle", "Titre de bloc", size=10, bold=True, color=ACCENT, before=10, after=3),
        _pstyle("ContactTitle", "Titre contact presse", size=10, bold=True, color=ACCENT, before=14, after=3,
                extra_par='fo:border-top="0.75pt solid #9a9a9a" fo:padding-top="0.15cm"'),
        _pstyle("Line", "Ligne", size=9.5, after=0),
    ]
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_NS}>'
        f'<office:font-face-decls><style:font-face style:name="{FONT}" svg:font-family="{FONT}" '
        'style:font-family-generic="swiss"/></office:font-face-decls>'
        f'<office:styles>{"".join(styles)}</office:styles>'
        '<office:automatic-styles><style:page-layout style:name="A4">'
        '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" '
        'fo:margin-bottom="1.8cm" fo:margin-left="2cm" fo:margin-right="2cm" '
        'style:print-orientation="portrait"/>'
        '</style:page-layout></office:automatic-styles>'
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/>'
        '</office:master-styles></office:document-styles>'
    )


def _p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def _logo_png(path: str) -> tuple[bytes, float] | None:
    """The logo as PNG bytes and its width/height ratio (None when unreadable)."""
    if not path:
        return None
    image = QImage(path)
    if image.isNull() or image.height() == 0:
        return None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data()), image.width() / image.height()


def _content_xml(release: PressRelease, narrow: bool, logo: tuple[bytes, float] | None) -> str:
    body: list[str] = []
    logo_xml = ""
    if logo:
        height = LOGO_HEIGHT_CM
        width = round(height * logo[1], 2)
        logo_xml = (f'<draw:frame draw:name="Logo" text:anchor-type="as-char" svg:width="{width}cm" '
                    f'svg:height="{height}cm"><draw:image xlink:href="Pictures/logo.png" xlink:type="simple" '
                    f'xlink:show="embed" xlink:actuate="onLoad"/><svg:title>'
                    f'{escape("Logo : " + release.authority_name)}</svg:title></draw:frame>')
    body.append(
        '<table:table table:name="Entete" table:style-name="THead">'
        '<table:table-column table:style-name="THeadA"/><table:table-column table:style-name="THeadB"/>'
        '<table:table-row><table:table-cell table:style-name="THeadCell" office:value-type="string">'
        f'<text:p text:style-name="Standard">{logo_xml}</text:p></table:table-cell>'
        '<table:table-cell table:style-name="THeadCell" office:value-type="string">'
        f'{_p("Letterhead", release.authority_name)}</table:table-cell></table:table-row></table:table>'
    )
    body.append('<text:p text:style-name="Rule"/>')
    body.append(_p("Kicker", release.kicker.upper()))
    if release.place_date:
        body.append(_p("Dateline", release.place_date))
    if release.headline:
        body.append('<text:h text:style-name="Headline" text:outline-level="1">'
                    f'{escape(release.headline)}</text:h>')
    if release.chapeau:
        body.append(_p("Chapeau", release.chapeau))
    body.extend(_p("Body", text) for text in release.body)
    if release.quote:
        space = NNBSP if narrow else NBSP
        body.append(_p("Quote", f"«{space}{release.quote}{space}»"))
        body.append(_p("QuoteAuthor", release.quote_attribution))
    if release.follow_lines or release.follow_intro:
        body.append(_p("BlockTitle", release.follow_title))
        if release.follow_intro:
            body.append(_p("Line", release.follow_intro))
        body.extend(_p("Line", line) for line in release.follow_lines)
    if release.contact_lines:
        body.append(_p("ContactTitle", release.contact_title))
        body.extend(_p("Line", line) for line in release.contact_lines)
    automatic = (
        '<style:style style:name="THead" style:family="table"><style:table-properties style:width="17cm" '
        'table:align="margins"/></style:style>'
        '<style:style style:name="THeadA" style:family="table-column"><style:table-column-properties '
        'style:column-width="8.5cm"/></style:style>'
        '<style:style style:name="THeadB" style:family="table-column"><style:table-column-properties '
        'style:column-width="8.5cm"/></style:style>'
        '<style:style style:name="THeadCell" style:family="table-cell"><style:table-cell-properties '
        'style:vertical-align="bottom" fo:padding="0cm" fo:border="none"/></style:style>'
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
            f'<office:automatic-styles>{automatic}</office:automatic-styles>'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')


def _meta_xml(release: PressRelease) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_NS}><office:meta>'
            f'<meta:generator>ExitPlanner</meta:generator><dc:title>{escape(release.headline)}</dc:title>'
            f'<dc:language>fr-FR</dc:language></office:meta></office:document-meta>')


def _manifest(with_logo: bool) -> str:
    entries = [('/', "application/vnd.oasis.opendocument.text"), ("content.xml", "text/xml"),
               ("styles.xml", "text/xml"), ("meta.xml", "text/xml")]
    if with_logo:
        entries.append(("Pictures/logo.png", "image/png"))
    rows = "".join(f'<manifest:file-entry manifest:full-path={quoteattr(p)} manifest:media-type="{t}"'
                   + (' manifest:version="1.3"' if p == "/" else "") + "/>" for p, t in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            f"{rows}</manifest:manifest>")


def export_odt(release: PressRelease, path: Path, *, narrow: bool = True) -> None:
    logo = _logo_png(release.logo_path)
    with zipfile.ZipFile(path, "w") as archive:
        # The mimetype entry comes first and uncompressed: that is how tools recognise an ODF file.
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", _content_xml(release, narrow, logo),
                         compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("styles.xml", _styles_xml(), compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("meta.xml", _meta_xml(release), compress_type=zipfile.ZIP_DEFLATED)
        if logo:
            archive.writestr("Pictures/logo.png", logo[0], compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", _manifest(bool(logo)), compress_type=zipfile.ZIP_DEFLATED)
