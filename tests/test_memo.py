"""The note de décision PDF: read back with pypdf, from the module and from the command line."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from exitplanner.memo import MemoError, chart_image, memo_pdf_bytes, monthly_counts, write_memo
from exitplanner.plan.demo import demo_plan
from exitplanner.steps.decision import DecisionModel, Strategy


def _text(data: bytes) -> str:
    reader = PdfReader(BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


@pytest.fixture
def decided_plan(qapp):
    plan = demo_plan()
    DecisionModel(plan).choose(Strategy.DELETE_POSTS, "Conseil municipal", "Le compte reste protégé.",
                               date(2026, 11, 12))
    return plan


def test_memo_has_figures_options_recommendation_and_timeline(decided_plan):
    text = _text(memo_pdf_bytes(decided_plan, date(2026, 11, 22)))
    flat = " ".join(text.split())
    assert "Note de décision" in flat
    assert "Villeneuve-sur-Exemple" in flat
    assert "1\u202f500" in text or "1 500" in flat  # posts in the demo archive, French grouping
    for title in ("Supprimer le compte", "Supprimer les publications, garder le compte",
                  "Mettre le compte en sommeil"):
        assert title in flat
    assert "(retenue)" in flat
    assert "Option recommandée" in flat and "Conseil municipal" in flat and "Le compte reste protégé." in flat
    assert "Calendrier" in flat and "12/11/2026" in flat  # first item: due on the decision day
    assert "22 novembre 2026" in flat


def test_memo_without_decision_or_archive_still_reads(qapp):
    from exitplanner.plan.model import Plan

    flat = " ".join(_text(memo_pdf_bytes(Plan(), date(2026, 11, 22))).split())
    assert "Note de décision" in flat
    assert "pas encore été importée" in flat
    assert "Aucune option n’a encore été retenue" in flat


def test_monthly_counts_fill_gaps_and_chart_is_drawn(qapp):
    plan = demo_plan()
    plan.sections["x_archive"]["summary"]["posts_per_month"] = {"2024-11": 3, "2025-02": 7, "bad": 1}
    assert monthly_counts(plan) == [("2024-11", 3), ("2024-12", 0), ("2025-01", 0), ("2025-02", 7)]
    image = chart_image(monthly_counts(plan), 400, 200)
    colours = {image.pixelColor(x, y).name() for x in range(0, 400, 4) for y in range(0, 200, 4)}
    assert "#1f5fa8" in colours  # bars were painted


def test_write_memo_reports_an_unwritable_place(qapp, tmp_path):
    with pytest.raises(MemoError) as caught:
        write_memo(demo_plan(), tmp_path / "missing-folder" / "note.pdf")
    assert "note.pdf" in caught.value.message


def test_memo_command_writes_the_pdf(qapp, tmp_path, capsys):
    from exitplanner.cli import main

    target = tmp_path / "note.pdf"
    code = main(["memo", "--demo", "-o", str(target)])
    assert code == 0
    assert "Note de décision" in " ".join(_text(target.read_bytes()).split())
    assert str(target) in capsys.readouterr().out
