"""``exitplanner territory``: text and JSON output, no match, French by default."""

from __future__ import annotations

import json

from exitplanner.cli import main


def test_text_output_lists_code_type_official_name_and_forms(capsys):
    assert main(["territory", "Kremlin"]) == 0
    out = capsys.readouterr().out
    line = out.splitlines()[0]
    assert line.startswith("94043  commune  Ville du Kremlin-Bicêtre  du Kremlin-Bicêtre  au Kremlin-Bicêtre")
    assert "la maire du Kremlin-Bicêtre" in line and "le maire du Kremlin-Bicêtre" in line


def test_type_labels_are_french_by_default_and_english_on_request(capsys):
    assert main(["territory", "hérault", "--limit", "1"]) == 0
    expected = "34  département  Département de l'Hérault  de l'Hérault  dans l'Hérault"
    assert capsys.readouterr().out.startswith(expected)
    assert main(["territory", "--lang", "en", "hérault", "--limit", "1"]) == 0
    assert capsys.readouterr().out.startswith("34  department  ")


def test_json_output(capsys):
    assert main(["territory", "Les", "Lilas", "--json", "--limit", "1"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item == {
        "code": "93045",
        "kind": "commune",
        "name": "Les Lilas",
        "official_name": "Ville des Lilas",
        "de": "des Lilas",
        "a": "aux Lilas",
        "population": item["population"],
        "departement": "93",
        "postal_codes": ["93260"],
        "titles": {"f": "la maire des Lilas", "m": "le maire des Lilas"},
    }
    assert item["population"] > 20_000


def test_limit_and_kind(capsys):
    assert main(["territory", "saint", "--limit", "3", "--kind", "epci", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 3 and {item["kind"] for item in found} == {"epci"}


def test_no_match_is_one_french_line_on_stderr_and_exit_code_1(capsys):
    assert main(["territory", "Zzyzx-sur-Mer"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "Zzyzx-sur-Mer" in captured.err and "Aucune" in captured.err
