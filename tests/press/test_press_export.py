"""Every export is read back (pypdf, python-docx, the ODT's XML) and keeps the text and U+202F."""

from __future__ import annotations

import email
import re
import zipfile
from email import policy
from xml.etree import ElementTree

import pytest
from docx import Document
from docx.shared import Mm
from pypdf import PdfReader

from exitplanner.press.errors import ExportError
from exitplanner.press.export import export_release
from exitplanner.press.release import PressRelease
from exitplanner.press.typography import NBSP, NNBSP


@pytest.fixture
def logo(tmp_path, qapp):
    from PySide6.QtGui import QColor, QImage

    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#23395b"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path


@pytest.fixture
def release(logo) -> PressRelease:
    return PressRelease(
        authority_name="Ville du Kremlin-Bicêtre",
        logo_path=str(logo),
        place_date="Le Kremlin-Bicêtre, le 21 janvier 2025",
        headline="La Ville du Kremlin-Bicêtre quitte X",
        chapeau=f"Le compte est désactivé{NNBSP}; il sera supprimé le 20 février 2025.",
        body=[f"Pourquoi partir{NNBSP}? Parce que la modération a disparu.", "Les archives sont conservées."],
        quote="Quitter X est un acte de responsabilité",
        quote_attribution="déclare Jean Dupont, maire du Kremlin-Bicêtre.",
        follow_intro=f"Retrouvez-nous sur les canaux suivants{NBSP}:",
        follow_lines=[f"Bluesky{NBSP}: @kb.bsky.social", f"Site internet{NBSP}: www.ville-kb.fr"],
        contact_lines=["Cabinet du maire", f"Tél.{NBSP}: 01 23 45 67 89", "cabinet@ville-kb.fr"],
    )


def _squash(text: str) -> str:
    """Collapse the layout whitespace extractors add, but keep U+202F and U+00A0."""
    return re.sub(r"[ \t\r\n]+", " ", text)


def test_pdf(tmp_path, release):
    path = export_release(release, "pdf", tmp_path / "communique.pdf")
    reader = PdfReader(path)
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)  # A4
    text = _squash("".join(p.extract_text() for p in reader.pages))
    assert "COMMUNIQUÉ DE PRESSE" in text
    assert "La Ville du Kremlin-Bicêtre quitte X" in text
    assert f"Pourquoi partir{NNBSP}?" in text
    assert f"«{NNBSP}Quitter X" in text and f"responsabilité{NNBSP}»" in text
    assert "cabinet@ville-kb.fr" in text
    assert "\ufb01" not in text and "\ufb02" not in text  # no ligatures: copied text stays plain letters
    fonts = page["/Resources"]["/Font"]
    descriptors = [f.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                   if "/DescendantFonts" in f.get_object() else f.get_object().get("/FontDescriptor")
                   for f in fonts.values()]
    assert descriptors and all(d is not None and ("/FontFile2" in d or "/FontFile3" in d or "/FontFile" in d)
                               for d in descriptors)  # embedded
    assert page["/Resources"].get("/XObject"), "the logo image is on the page"


def test_odt(tmp_path, release):
    path = export_release(release, "odt", tmp_path / "communique.odt")
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist()[0] == "mimetype"
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        assert archive.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        content = archive.read("content.xml").decode("utf-8")
        styles = archive.read("styles.xml").decode("utf-8")
        assert "Pictures/logo.png" in archive.namelist()
        manifest = archive.read("META-INF/manifest.xml").decode("utf-8")
    root = ElementTree.fromstring(content)  # well-formed
    ElementTree.fromstring(styles)
    ElementTree.fromstring(manifest)
    text = " ".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith(("}p", "}h")))
    assert f"Pourquoi partir{NNBSP}?" in text
    assert f"«{NNBSP}Quitter X est un acte de responsabilité{NNBSP}»" in text
    assert f"Tél.{NBSP}: 01 23 45 67 89" in text
    assert 'fo:page-width="21cm"' in styles and "Titre du communiqué" in styles
    assert "Pictures/logo.png" in manifest


def test_docx(tmp_path, release):
    path = export_release(release, "docx", tmp_path / "communique.docx")
    document = Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [p.text for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    everything = "\n".join(paragraphs + cells)
    assert "La Ville du Kremlin-Bicêtre quitte X" in paragraphs
    assert f"Pourquoi partir{NNBSP}? Parce que la modération a disparu." in paragraphs
    assert f"«{NNBSP}Quitter X est un acte de responsabilité{NNBSP}»" in everything
    assert "Ville du Kremlin-Bicêtre" in cells
    assert len(document.inline_shapes) == 1
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)


def test_text_and_email(tmp_path, release):
    path = export_release(release, "txt", tmp_path / "communique.txt")
    assert path.read_text(encoding="utf-8") == release.to_text()
    eml = export_release(release, "eml", tmp_path / "communique.eml")
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["Subject"] == "Communiqué de presse – La Ville du Kremlin-Bicêtre quitte X"
    body = message.get_content()
    assert f"Pourquoi partir{NNBSP}?" in body and not body.startswith("COMMUNIQUÉ")


def test_narrow_spaces_can_be_replaced_in_exports(tmp_path, release):
    path = export_release(release, "docx", tmp_path / "plain.docx", narrow=False)
    tables = Document(str(path)).tables
    quote = [p.text for t in tables for row in t.rows for c in row.cells for p in c.paragraphs]
    assert f"«{NBSP}Quitter X est un acte de responsabilité{NBSP}»" in quote


def test_failed_export_leaves_nothing_behind(tmp_path, release):
    with pytest.raises(ExportError) as caught:
        export_release(release, "txt", tmp_path / "missing-folder" / "communique.txt")
    assert "communique.txt" in str(caught.value)
    target = tmp_path / "good.docx"
    target.write_bytes(b"previous version")
    broken_logo = tmp_path / "broken.png"
    broken_logo.write_bytes(b"not an image")
    release.logo_path = str(broken_logo)
    with pytest.raises(ExportError):
        export_release(release, "docx", target)
    assert target.read_bytes() == b"previous version"
    assert not list(tmp_path.glob(".*.partial"))
