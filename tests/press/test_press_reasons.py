"""Chosen motives become one or two well-formed French sentences."""

from __future__ import annotations

import re

from exitplanner.press.reasons import REASON_IDS, REASONS, enumerate_fr, reason_label, reasons_sentence


def test_ids_are_stable_and_labels_exist():
    assert REASON_IDS == ("moderation", "hate_speech", "disinformation", "algorithmic_amplification",
                          "owner_political_role", "dsa_non_compliance", "harassment")
    for reason in REASONS:
        assert reason.label and reason.label != reason.id
        assert reason.clause == reason.clause.strip() and not reason.clause.endswith(".")


def test_enumeration():
    assert enumerate_fr([]) == ""
    assert enumerate_fr(["a"]) == "a"
    assert enumerate_fr(["a", "b"]) == "a et b"
    assert enumerate_fr(["a", "b", "c"]) == "a, b et c"


def test_one_reason():
    expected = "Cette décision est motivée par la prolifération des discours de haine."
    assert reasons_sentence(["hate_speech"]) == expected


def test_three_reasons_in_one_sentence():
    text = reasons_sentence(["moderation", "hate_speech", "disinformation"])
    assert text.count(".") == 1 and text.endswith("informations.")
    assert ", la prolifération des discours de haine et la diffusion" in text


def test_many_reasons_make_two_sentences():
    text = reasons_sentence(REASON_IDS)
    sentences = re.findall(r"[^.]+\.", text.replace("(DSA)", "DSA"))
    assert len(sentences) == 2
    assert "S’y ajoutent " in text


def test_free_text_sentence_is_appended_with_one_final_stop():
    text = reasons_sentence(["moderation"], "  Le conseil  municipal l’a voté à l’unanimité..  ")
    assert text == ("Cette décision est motivée par l’absence d’une modération effective des contenus. "
                    "Le conseil municipal l’a voté à l’unanimité.")
    assert reasons_sentence([], "Il fallait agir !.") == "Il fallait agir !"
    assert reasons_sentence([], "Et ensuite...") == "Et ensuite..."


def test_free_text_without_final_punctuation_gets_one():
    text = reasons_sentence([], "Le conseil municipal a voté ce départ le 12 décembre")
    assert text == "Le conseil municipal a voté ce départ le 12 décembre."
    assert reasons_sentence([], "Pourquoi rester ?") == "Pourquoi rester ?"


def test_free_text_written_as_a_motive_joins_the_enumeration():
    text = reasons_sentence(["moderation", "harassment"], "le manque de transparence de ses algorithmes")
    assert text.endswith("et le manque de transparence de ses algorithmes.")
    assert text.count(".") == 1


def test_unknown_ids_and_duplicates_are_ignored():
    assert reasons_sentence(["nope", "hate_speech", "hate_speech"]) == reasons_sentence(["hate_speech"])
    assert reasons_sentence([], "") == ""


def test_label_is_translatable():
    # English source, or French when an earlier test installed the translators
    assert reason_label("moderation") in ("Lack of moderation", "Absence de modération")
