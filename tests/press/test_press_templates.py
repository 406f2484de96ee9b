"""Built-in and user templates: listing, metadata, rendering, and clear errors with line numbers."""

from __future__ import annotations

import pytest

from exitplanner.press import templates
from exitplanner.press.errors import TemplateError, TemplateNotFound
from exitplanner.press.templates import (
    STRATEGIES,
    find_template,
    list_templates,
    parse_header,
    render_sections,
    save_user_template,
    template_for_strategy,
)

USER_TEMPLATE = """{#
name: Mon modèle
strategy: dormant
description: Essai
#}
{% extends "builtin/_base.txt.j2" %}
{% block headline %}{{ title }}{% endblock %}
{% block body %}Premier.

Second.{% endblock %}
"""


def test_one_builtin_template_per_strategy():
    builtins = [t for t in list_templates() if t.builtin]
    assert {t.strategy for t in builtins} == set(STRATEGIES)
    for strategy in STRATEGIES:
        info = template_for_strategy(strategy)
        assert info.builtin and info.strategy == strategy and info.name
    assert template_for_strategy("unknown").strategy == "dormant"


def test_header_metadata():
    expected = {"name": "Mon modèle", "strategy": "dormant", "description": "Essai"}
    assert parse_header(USER_TEMPLATE) == expected
    assert parse_header("no header {# late #}") == {}


def test_user_templates_are_listed_after_builtins_and_never_shadow_them():
    save_user_template("dormant", USER_TEMPLATE)
    ids = [t.id for t in list_templates()]
    assert "dormant" in ids and "user:dormant" in ids
    assert ids.index("user:dormant") > ids.index("delete_account")
    assert find_template("dormant").builtin
    assert not find_template("user:dormant").builtin
    assert find_template("mon modèle").id == "user:dormant"
    with pytest.raises(TemplateNotFound):
        find_template("nothing-like-this")


def test_user_template_renders_its_blocks():
    info = save_user_template("essai", USER_TEMPLATE)
    sections = render_sections(info, {"title": "Un titre", "quote": "", "head": {"attribution": ""},
                                      "authority": {"full_de": "de la Ville"}})
    assert sections["headline"] == "Un titre"
    assert sections["body"] == "Premier.\n\nSecond."
    assert sections["follow_intro"].startswith("Retrouvez désormais toute l’actualité de la Ville")


def test_saving_a_broken_template_is_refused_with_its_line_and_writes_nothing():
    broken = "{#\nname: Cassé\n#}\nLigne 4\n{% if x %}\nsans fin\n"
    with pytest.raises(TemplateError) as caught:
        save_user_template("casse", broken)
    assert caught.value.line is not None and caught.value.line >= 5
    assert str(caught.value.line) in str(caught.value)
    assert not (templates.user_dir() / "casse.txt.j2").exists()


def test_broken_user_file_gives_a_message_with_the_line_not_a_crash():
    source = "Bonjour\n{{ nom | filtre_inconnu }}\n"
    (templates.user_dir() / "abime.txt.j2").write_text(source, encoding="utf-8")
    info = find_template("user:abime")  # listing still works
    with pytest.raises(TemplateError) as caught:
        render_sections(info, {"nom": "x"})
    assert caught.value.line == 2
    assert "abime (abime.txt.j2)" in str(caught.value)  # the file to fix is named
    assert "there is no filter named “filtre_inconnu”" in str(caught.value)


def test_undefined_variable_is_reported_with_its_line():
    (templates.user_dir() / "typo.txt.j2").write_text("Un\nDeux\n{{ autorite.nom }}\n", encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render_sections(find_template("user:typo"), {})
    assert caught.value.line == 3
    assert "the name “autorite” does not exist" in str(caught.value)


def test_sandbox_blocks_python_internals():
    (templates.user_dir() / "evil.txt.j2").write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}\n",
                                                       encoding="utf-8")
    with pytest.raises(TemplateError):
        render_sections(find_template("user:evil"), {})


def test_template_without_sections_is_plain_text():
    (templates.user_dir() / "simple.txt.j2").write_text("Titre\n\nChapeau {{ 1 + 1 }}\n", encoding="utf-8")
    assert render_sections(find_template("user:simple"), {}) == "Titre\n\nChapeau 2"


def test_builtin_folder_is_not_written(tmp_path):
    before = {p.name: p.read_bytes() for p in templates.builtin_dir().iterdir()}
    save_user_template("delete_account", USER_TEMPLATE)
    after = {p.name: p.read_bytes() for p in templates.builtin_dir().iterdir()}
    assert before == after


def test_an_edited_user_template_is_picked_up_despite_the_cached_environment():
    info = save_user_template("vivant", "Premier titre\n")
    assert render_sections(info, {}) == "Premier titre"
    import os

    save_user_template("vivant", "Second titre\n")
    later = info.path.stat().st_mtime + 2
    os.utime(info.path, (later, later))  # file systems with coarse timestamps
    assert render_sections(find_template("user:vivant"), {}) == "Second titre"


# ---------------------------------------------------------------------------- import and sandbox limits


def test_import_copies_a_template_and_never_overwrites(tmp_path):
    source = tmp_path / "Mon modèle à moi.txt"
    source.write_text(USER_TEMPLATE, encoding="utf-8-sig")  # a BOM from a Windows editor
    info = templates.import_user_template(source)
    assert info.id == "user:Mon-modèle-à-moi" and info.name == "Mon modèle"
    assert info.path.parent == templates.user_dir() and info.path.read_text(encoding="utf-8") == USER_TEMPLATE
    again = templates.import_user_template(source)
    assert again.path.name == "Mon-modèle-à-moi-2.txt.j2" and info.path.exists()
    assert {"user:Mon-modèle-à-moi", "user:Mon-modèle-à-moi-2"} <= {t.id for t in list_templates()}


@pytest.mark.parametrize(("name", "content", "words"), [
    ("modele.docx", b"PK\x03\x04", ".j2"),
    ("gros.j2", b"a" * (templates.MAX_TEMPLATE_BYTES + 1), "200"),
    ("latin1.txt", "Communiqué".encode("latin-1"), "UTF-8"),
    ("binaire.j2", b"\x00\x01\x02ELF", "control"),
    ("casse.j2", b"Titre\n\n{% for x in y %}\nsans fin\n", "line"),
])
def test_import_refuses_what_is_not_a_template(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    before = sorted(templates.user_dir().iterdir())
    with pytest.raises(templates.TemplateImportError) as caught:
        templates.import_user_template(path)
    assert words in str(caught.value) and name in str(caught.value)
    assert sorted(templates.user_dir().iterdir()) == before


def test_import_refuses_a_fifo_without_blocking(tmp_path):
    import os

    fifo = tmp_path / "tuyau.j2"
    os.mkfifo(fifo)
    with pytest.raises(templates.TemplateImportError):
        templates.import_user_template(fifo)


@pytest.mark.parametrize("source", [
    "{{ 'x' * 10**10 }}",
    "{{ 7 ** 100000 }}",
    "{% for i in range(99999) %}une ligne assez longue pour dépasser{% endfor %}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ section.__globals__['__builtins__'] }}",
    "{{ ''.__class__.__base__.__subclasses__() }}",
])
def test_the_sandbox_refuses_hostile_templates_with_a_message(source):
    (templates.user_dir() / "hostile.txt.j2").write_text(source, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render_sections(find_template("user:hostile"), {})
    assert "hostile.txt.j2" in str(caught.value)


def test_ordinary_arithmetic_still_works():
    (templates.user_dir() / "calcul.txt.j2").write_text("{{ 2 ** 10 }} {{ 'ab' * 3 }} {{ 3 * 4 }}\n",
                                                       encoding="utf-8")
    assert render_sections(find_template("user:calcul"), {}) == "1024 ababab 12"


def test_import_failure_says_why_in_the_users_words(tmp_path):
    """The reason is describe_os_error's phrase (translated), not the C library's « No such file… »."""
    with pytest.raises(templates.TemplateImportError) as caught:
        templates.import_user_template(tmp_path / "parti" / "modele.j2")
    message = str(caught.value)
    assert "file does not exist" in message and "No such file" not in message and "write" not in message


def test_a_template_that_loops_without_writing_is_stopped_with_its_line(monkeypatch):
    """Nested loops write nothing, so the output limit never trips: the render deadline does."""
    import sys

    monkeypatch.setattr(templates, "MAX_RENDER_SECONDS", 0.3)
    (templates.user_dir() / "boucle.txt.j2").write_text(
        "Début\n{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}\n",
        encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render_sections(find_template("user:boucle"), {})
    assert "too long to run" in caught.value.detail and caught.value.line == 2
    assert sys.gettrace() is None, "the tracer is removed after the render"


def test_an_ordinary_release_renders_within_the_deadline():
    """The built-in template is traced too (only its own frames) and still renders whole."""
    import sys

    from exitplanner.plan.demo import demo_plan
    from exitplanner.press.model import PressReleaseModel

    release = PressReleaseModel(demo_plan()).release()
    assert release.headline and release.body and sys.gettrace() is None
