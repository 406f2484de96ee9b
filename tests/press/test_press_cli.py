"""``exitplanner press``: exports from a plan file or the demo, template list, clear errors."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from exitplanner.cli import main
from exitplanner.plan.demo import demo_plan
from exitplanner.plan.storage import save_plan
from exitplanner.press.templates import user_dir


@pytest.fixture(autouse=True)
def _gui_app(qapp):
    """A QApplication before ``main()`` runs: the CLI then reuses it instead of making its own
    QCoreApplication, which would be the wrong kind of application for the rest of the session."""
    return qapp


@pytest.fixture
def plan_file(tmp_path):
    plan = demo_plan()
    plan.sections["decision"] = {"strategy": "delete_posts", "date": "2025-01-21"}
    path = tmp_path / "plan.exitplan.json"
    save_plan(plan, path)
    return path


def test_list_templates(capsys):
    (user_dir() / "maison.txt.j2").write_text("{#\nname: Maison\n#}\nTitre\n", encoding="utf-8")
    assert main(["press", "--list-templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    ids = [line.split("\t")[0] for line in lines]
    assert ids == ["delete_account", "delete_posts", "dormant", "user:maison"]


def test_plan_file_to_text_uses_the_decision(plan_file, tmp_path, capsys):
    out = tmp_path / "communique.txt"
    assert main(["press", str(plan_file), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "retire ses publications" in text
    assert str(out) in capsys.readouterr().out


def test_demo_to_pdf_with_a_chosen_template(tmp_path):
    out = tmp_path / "communique.pdf"
    assert main(["press", "--demo", "--template", "delete_account", "--format", "pdf", "-o", str(out)]) == 0
    text = re.sub(r"[ \t\n]+", " ", "".join(page.extract_text() for page in PdfReader(out).pages))
    assert "quitte définitivement" in text and "Bienvenue" not in text
    assert "\u202f»" in text


def test_demo_to_docx_and_short_versions(tmp_path, capsys):
    out = tmp_path / "c.docx"
    assert main(["press", "--demo", "--short-versions", "-o", str(out)]) == 0
    printed = capsys.readouterr()
    assert "== x (" in printed.out and "== bluesky (" in printed.out and "== mastodon (" in printed.out
    assert printed.err.strip()  # the demo has no decision yet: the assumed strategy is said
    assert out.stat().st_size > 0


def test_errors_are_messages_not_tracebacks(tmp_path, capsys):
    assert main(["press", "--demo", "--template", "nope", "-o", str(tmp_path / "x.txt")]) == 1
    assert "nope" in capsys.readouterr().err
    assert main(["press", str(tmp_path / "missing.exitplan.json"), "-o", str(tmp_path / "x.txt")]) == 1
    assert main(["press", "--demo", "-o", str(tmp_path / "x.rtf")]) == 2
    assert main(["press", "--demo"]) == 2
    assert not list(tmp_path.glob("x.*"))
