"""The text pipeline that every search backend is fed with."""

import pytest

from search.analysis import MAX_QUERY_LENGTH, analyze, clean_query, folded_text


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("aciq qapi", "Açıq qapı"),
        ("İMMİQRASİYA", "immiqrasiya"),
        ("IMMIQRASIYA", "immiqrasiya"),
        ("Sumqayıtda", "sumqayit"),
        ("miqrasiyası", "miqrasiya"),
        ("ŞƏHƏR", "seher"),
        ("vətəndaşlığı", "vetendasligi"),
    ],
)
def test_azerbaijani_casing_and_folding(text, same_as):
    assert analyze(text, "az") == analyze(same_as, "az")


def test_turkic_casing_is_not_english_casing():
    # Capital I is dotless in Azerbaijani: "QAPI" is "qapı", which folds to "qapi".
    assert analyze("QAPI", "az") == ["qapi"]
    assert folded_text("İstanbul ISTANBUL") == "istanbul istanbul"


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("ru", ["мигрантов", "мигранты", "мигрант", "МИГРАНТАМИ"]),
        ("ru", ["иммиграция", "иммиграции", "иммиграцию"]),
        ("en", ["permits", "permit", "Permit"]),
        ("en", ["applications", "application"]),
    ],
)
def test_inflected_forms_meet(language, forms):
    assert len({tuple(analyze(form, language)) for form in forms}) == 1


def test_stemming_keeps_different_words_apart():
    assert analyze("qapı", "az") != analyze("qayda", "az")
    assert analyze("visa", "en") != analyze("vision", "en")
    assert analyze("виза", "ru") != analyze("вид", "ru")
    assert analyze("gün", "az") == ["gun"]  # short words are never cut


def test_stop_words_are_dropped():
    assert analyze("the permits of the service", "en") == analyze("permits service", "en")
    assert analyze("в Сумгаите", "ru") == analyze("Сумгаите", "ru")


def test_queries_are_capped_and_cleaned():
    assert len(clean_query("a" * 10_000)) == MAX_QUERY_LENGTH
    assert clean_query("  açıq \x00\n qapı  ") == "açıq qapı"
    assert analyze('"aciq" OR qapi* -(x) 😀 \' DROP TABLE', "az") == ["aciq", "or", "qapi", "x", "drop", "table"]
