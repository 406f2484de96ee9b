"""Crop dialog (keyboard and mouse), cropping on pick, and the live profile preview of step 5."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from exitplanner.networks.images import decode
from exitplanner.ui.crop_dialog import CropDialog
from exitplanner.ui.crop_geometry import BANNER, SQUARE, CropRect


def _picture(width: int, height: int) -> QImage:
    """Left half red, right half blue: the crop's position shows in the result's colours."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    painter = QPainter(image)
    painter.fillRect(width // 2, 0, width - width // 2, height, QColor("blue"))
    painter.end()
    return image


def test_keyboard_moves_and_resizes_the_frame(app, qtbot):
    dialog = CropDialog(_picture(400, 200), SQUARE)
    qtbot.addWidget(dialog)
    area = dialog.area
    assert area.rect_ == CropRect(100, 0, 200, 200)
    assert area.accessibleName()
    qtbot.keyClick(area, Qt.Key.Key_Minus)
    smaller = area.rect_
    assert smaller.width < 200 and smaller.width == smaller.height
    for _ in range(100):
        qtbot.keyClick(area, Qt.Key.Key_Left)
    assert area.rect_.x == 0
    cropped = dialog.cropped()
    assert cropped.width() == cropped.height() == smaller.width
    assert cropped.pixelColor(cropped.width() - 1, 0) == QColor("red")  # the left part was kept
    qtbot.keyClick(area, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert area.rect_.x == 40
    qtbot.keyClick(area, Qt.Key.Key_Plus)
    assert area.rect_.width > smaller.width
    assert str(area.rect_.width) in dialog.size_label.text()


def test_mouse_drags_the_frame_inside_the_picture(app, qtbot):
    dialog = CropDialog(_picture(600, 600), BANNER)
    qtbot.addWidget(dialog)
    dialog.resize(700, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.area
    assert area.rect_ == CropRect(0, 200, 600, 200)
    centre = area.screen_rect().center().toPoint()
    qtbot.mousePress(area, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(area, centre + QPoint(0, 2000))
    qtbot.mouseRelease(area, Qt.MouseButton.LeftButton, pos=centre + QPoint(0, 2000))
    assert area.rect_ == CropRect(0, 400, 600, 200)
    corner = area.screen_rect().bottomRight().toPoint() - QPoint(3, 3)
    qtbot.mousePress(area, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.mouseMove(area, corner - QPoint(200, 0))
    qtbot.mouseRelease(area, Qt.MouseButton.LeftButton, pos=corner - QPoint(200, 0))
    rect = area.rect_
    assert rect.width < 600 and abs(rect.width - 3 * rect.height) <= 3
    assert rect.y + rect.height <= 600


def test_picking_a_banner_crops_it_then_the_preview_shows_it(window, qtbot, tmp_path, monkeypatch):
    from exitplanner.ui.pages import networks as page_module
    from exitplanner.ui.pages.networks import NetworksPage

    path = tmp_path / "photo.png"
    assert _picture(900, 900).save(str(path))
    page = NetworksPage(window.plan)
    qtbot.addWidget(page)
    monkeypatch.setattr(page_module.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: list[tuple[int, int]] = []

    def accept(dialog) -> int:
        seen.append((dialog.area.rect_.width, dialog.area.rect_.height))
        return CropDialog.DialogCode.Accepted

    monkeypatch.setattr(CropDialog, "exec", accept)
    page.bs_banner.pick()
    assert seen == [(900, 300)]
    kept = decode(page.bs_banner.data)
    assert (kept.width(), kept.height()) == (900, 300)
    assert page.bs_banner.image is not None and page.bs_banner.remove.isEnabled()

    monkeypatch.setattr(CropDialog, "exec", lambda dialog: CropDialog.DialogCode.Rejected)
    page.bs_avatar.pick()
    assert page.bs_avatar.data is None  # cancelled: nothing chosen

    page.bs_name.setText("Ville d’Exemple")
    page.bs_description.setPlainText("Compte officiel.")
    page.bs_website.setText("https://www.ville-exemple.fr")
    assert page.bs_preview.name.text() == "Ville d’Exemple"
    assert page.bs_preview.description.text() == "Compte officiel."
    assert page.bs_preview.website.text() == "https://www.ville-exemple.fr"
    banner = page.bs_preview.banner.pixmap().toImage()
    assert banner.pixelColor(5, 5) == QColor("red")
    assert banner.pixelColor(banner.width() - 5, 5) == QColor("blue")

    page.ma_name.setText("Mairie")
    label, value, _counter = page.ma_fields[0]
    label.setText("Site")
    value.setText("https://www.ville-exemple.fr")
    assert page.ma_preview.name.text() == "Mairie"
    assert "Site\u00a0: https://www.ville-exemple.fr" in page.ma_preview.fields.text()


def test_a_file_that_is_not_a_picture_opens_no_dialog(window, qtbot, tmp_path, monkeypatch):
    from exitplanner.ui.pages import networks as page_module
    from exitplanner.ui.pages.networks import NetworksPage

    path = tmp_path / "notes.png"
    path.write_text("not a picture")
    page = NetworksPage(window.plan)
    qtbot.addWidget(page)
    monkeypatch.setattr(page_module.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(CropDialog, "exec", lambda dialog: (_ for _ in ()).throw(AssertionError("opened")))
    page.ma_header.pick()
    assert page.ma_header.data is None
    assert page.ma_header.preview.text()


def test_announcement_picture_offers_free_16_9_and_square_then_fits_the_networks(window, qtbot, tmp_path,
                                                                                  monkeypatch):
    from exitplanner.networks.bluesky import BlueskyClient, PostImage
    from exitplanner.networks.limits import BLUESKY
    from exitplanner.ui.pages import networks as page_module
    from exitplanner.ui.pages.networks import NetworksPage

    path = tmp_path / "photo.png"
    assert _picture(3200, 2400).save(str(path))  # larger than Bluesky's 2000 px side
    page = NetworksPage(window.plan)
    qtbot.addWidget(page)
    monkeypatch.setattr(page_module.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: list[tuple[str, ...]] = []

    def choose_16_9(dialog) -> int:
        combo = dialog.ratio
        seen.append(tuple(combo.itemText(i) for i in range(combo.count())))
        assert dialog.area.rect_ == CropRect(0, 0, 3200, 2400)  # free first: nothing cut by default
        assert "16:9" in combo.toolTip() and "fil" in combo.toolTip()  # why 16:9, in French
        combo.setCurrentIndex(1)
        return CropDialog.DialogCode.Accepted

    monkeypatch.setattr(CropDialog, "exec", choose_16_9)
    picker = page.bs_composer["image"]
    picker.pick()
    assert seen == [("Libre", "16:9 (entière dans le fil)", "1:1 (carré)")]
    kept = decode(picker.data)
    assert (kept.width(), kept.height()) == (3200, 1800)
    assert "2000 × 1125 pixels" in page.bs_composer["fit"].text()  # said before anything is sent
    # what Bluesky receives: re-encoded within its side and size limits, ratio kept
    prepared = BlueskyClient.validate_post("Annonce", [PostImage(picker.data, "Photo de la mairie")])[0]
    assert max(prepared.width, prepared.height) <= BLUESKY.post_image_side
    assert len(prepared.data) <= BLUESKY.image_bytes
    assert abs(prepared.width / prepared.height - 16 / 9) < 0.01

    def choose_square(dialog) -> int:
        dialog.ratio.setCurrentIndex(2)
        return CropDialog.DialogCode.Accepted

    monkeypatch.setattr(CropDialog, "exec", choose_square)
    page.ma_composer["image"].pick()
    kept = decode(page.ma_composer["image"].data)
    assert kept.width() == kept.height() == 2400


def test_free_ratio_drags_each_side_on_its_own(app, qtbot):
    dialog = CropDialog(_picture(400, 200), None, ratios=[("Libre", None), ("1:1", SQUARE)])
    qtbot.addWidget(dialog)
    dialog.resize(400 + 40, 200 + 200)
    dialog.show()
    area = dialog.area
    assert area.rect_ == CropRect(0, 0, 400, 200)
    qtbot.keyClick(area, Qt.Key.Key_Minus)
    assert abs(area.rect_.width - 2 * area.rect_.height) <= 2  # the keyboard keeps the shape
    dialog.ratio.setCurrentIndex(1)
    assert area.rect_ == CropRect(100, 0, 200, 200) and area.aspect == SQUARE
    dialog.ratio.setCurrentIndex(0)
    scale = area._scale()
    frame = area.screen_rect()
    corner = frame.bottomRight().toPoint() - QPoint(2, 2)
    qtbot.mousePress(area, Qt.MouseButton.LeftButton, pos=corner)
    target = corner - QPoint(round(200 * scale), round(20 * scale))
    qtbot.mouseMove(area, target)
    qtbot.mouseRelease(area, Qt.MouseButton.LeftButton, pos=target)
    assert abs(area.rect_.width - 200) <= 3 and abs(area.rect_.height - 180) <= 3  # not 2:1 any more
