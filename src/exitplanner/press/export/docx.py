"""DOCX export with python-docx (opens in Word and LibreOffice).

Built from the structured release rather than converted from HTML, so that each part gets a real
Word paragraph with its own formatting: a letterhead table (logo, authority name), the kicker,
dateline, headline, chapeau, justified body, a shaded quote box, the follow-us lines and the press
contact. Page: A4 with the same margins as the PDF.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from exitplanner.press.html import ACCENT
from exitplanner.press.release import PressRelease
from exitplanner.press.typography import NBSP, NNBSP

FONT = "Arial"
_ACCENT = RGBColor.from_string(ACCENT.lstrip("#").upper())
_GREY = RGBColor(0x5A, 0x5A, 0x5A)


def _shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _bottom_border(paragraph, color: str, size: int = 12) -> None:
    properties = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "4"), ("w:color", color)):
        bottom.set(qn(key), value)
    borders.append(bottom)
    properties.append(borders)


def _paragraph(container, text: str, *, size: float = 10.5, bold: bool = False, italic: bool = False,
               color: RGBColor | None = None, align=None, after: float = 6, before: float = 0):
    paragraph = container.add_paragraph()
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    if color is not None:
        run.font.color.rgb = color
    if align is not None:
        paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(after)
    paragraph.paragraph_format.space_before = Pt(before)
    return paragraph


def export_docx(release: PressRelease, path: Path, *, narrow: bool = True) -> None:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(16), Mm(18)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    document.core_properties.title = release.headline
    document.core_properties.author = release.authority_name or "ExitPlanner"

    # Letterhead: logo on the left, the authority's name on the right, a rule below.
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    if release.logo_path and Path(release.logo_path).is_file():
        picture = left.paragraphs[0].add_run().add_picture(release.logo_path, height=Mm(19))
        picture._inline.docPr.set("descr", f"Logo : {release.authority_name}")
    name = right.paragraphs[0]
    name.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = name.add_run(release.authority_name)
    run.font.bold, run.font.size, run.font.color.rgb = True, Pt(11), _ACCENT
    rule = document.add_paragraph()
    _bottom_border(rule, ACCENT.lstrip("#"))
    rule.paragraph_format.space_after = Pt(12)

    _paragraph(document, release.kicker.upper(), size=9.5, bold=True, color=_ACCENT, after=2)
    if release.place_date:
        _paragraph(document, release.place_date, size=9.5, color=_GREY, after=14)
    if release.headline:
        _paragraph(document, release.headline, size=17, bold=True, color=_ACCENT, after=12)
    if release.chapeau:
        _paragraph(document, release.chapeau, size=11, bold=True, after=12)
    for text in release.body:
        _paragraph(document, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=8)
    if release.quote:
        box = document.add_table(rows=1, cols=1)
        cell = box.rows[0].cells[0]
        _shade(cell, "EEF2F7")
        space = NNBSP if narrow else NBSP
        quote = cell.paragraphs[0]
        run = quote.add_run(f"«{space}{release.quote}{space}»")
        run.font.italic, run.font.size = True, Pt(11)
        quote.paragraph_format.space_after = Pt(4)
        if release.quote_attribution:
            _paragraph(cell, release.quote_attribution, size=9.5, after=2)
    if release.follow_lines or release.follow_intro:
        _paragraph(document, release.follow_title, bold=True, color=_ACCENT, before=14, after=4)
        if release.follow_intro:
            _paragraph(document, release.follow_intro, after=2)
        for line in release.follow_lines:
            _paragraph(document, line, after=1)
    if release.contact_lines:
        heading = _paragraph(document, release.contact_title, bold=True, color=_ACCENT, before=18, after=4)
        borders = OxmlElement("w:pBdr")
        top = OxmlElement("w:top")
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "6"), ("w:color", "9A9A9A")):
            top.set(qn(key), value)
        borders.append(top)
        heading._p.get_or_add_pPr().append(borders)
        for line in release.contact_lines:
            _paragraph(document, line, size=9.5, after=1)
    document.save(str(path))
