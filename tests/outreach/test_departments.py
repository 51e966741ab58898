"""Regional departments: the list by region, "Which office serves me?", contact details and JSON-LD."""

import json

import pytest
from bs4 import BeautifulSoup

from outreach.districts import find_district, skeleton
from outreach.models import DepartmentDistrict


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def answer(client, index, lang, query):
    response = client.get(index.url_in(lang), {"district": query})
    assert response.status_code == 200
    box = soup(response).select_one("#district-answer")
    return " ".join(box.get_text(" ").split()) if box else ""


@pytest.mark.parametrize(
    ("spelling", "office"),
    [
        ("Şəki", "shaki"),  # as written
        ("Seki", "shaki"),  # without Azerbaijani letters
        ("SEKİ", "shaki"),  # Turkic capitals
        ("Sheki", "shaki"),  # English spelling
        ("Shaki", "shaki"),
        ("Шеки", "shaki"),  # Russian
        ("Qebele", "shaki"),
        ("Gabala", "shaki"),
        ("Oguz", "shaki"),
        ("Ganca", "ganja"),
        ("Gence", "ganja"),
        ("Goygol", "ganja"),
        ("Göy-göl", "ganja"),
        ("Dashkesen", "ganja"),
        ("Gəncə rayonu", "ganja"),
        ("Gyandzha", "ganja"),  # Russian-style Latin
        ("Гянджа город", "ganja"),
        ("Kabala", "shaki"),  # k for q, as Russian-style spellings write it
    ],
)
def test_district_lookup_finds_the_office_with_and_without_azerbaijani_letters(client, departments, spelling, office):
    text = answer(client, departments["index"], "en", spelling)
    assert "is served by" in text
    assert departments[office].title_en in text


def test_a_small_slip_is_offered_as_a_suggestion(client, departments):
    text = answer(client, departments["index"], "en", "Gabalq")
    assert "We found no district called “Gabalq”. Did you mean" in text
    assert "Gabala" in text and "Shaki regional migration department" in text


def test_no_match_says_so_in_the_readers_language(client, departments):
    texts = {lang: answer(client, departments["index"], lang, "Zzyzx") for lang in ("az", "en", "ru")}
    assert "“Zzyzx” adlı rayon tapmadıq" in texts["az"]
    assert "We found no district called “Zzyzx”" in texts["en"]
    assert "Район «Zzyzx» не найден" in texts["ru"]


def test_an_overlong_or_odd_query_is_answered_not_failed(client, departments):
    assert "longer than any district name" in answer(client, departments["index"], "en", "x" * 500)
    for junk in ("<script>", "%%%", "   ", "' OR 1=1 --"):
        response = client.get(departments["index"].url_in("en"), {"district": junk})
        assert response.status_code == 200


def test_skeleton_folds_every_spelling_of_a_name_to_one():
    assert len({skeleton(s) for s in ("Lənkəran", "Lenkeran", "Lankaran", "LƏNKƏRAN")}) == 1
    assert len({skeleton(s) for s in ("Xaçmaz", "Xacmaz", "Khachmaz")}) == 1
    assert len({skeleton(s) for s in ("Cəlilabad", "Celilabad", "Jalilabad")}) == 1
    assert skeleton("Şəki") != skeleton("Şəmkir")


def test_find_district_on_unsaved_names():
    districts = [DepartmentDistrict(pk=1, name_az="Ağdaş", name_en="Agdash", name_ru="Агдаш")]
    assert [m.exact for m in find_district("Agdas", districts)] == [True]
    assert find_district("", districts) == []


def test_the_list_filters_by_region_and_a_bad_region_is_explained(client, departments):
    url = departments["index"].url_in("en")
    page = soup(client.get(url, {"region": "shaki-zagatala"}))
    titles = [a.get_text() for a in page.select(".cards .card__title a")]
    assert titles == ["Shaki regional migration department"]
    bad = client.get(url, {"region": "atlantis"})
    assert bad.status_code == 200
    assert "“atlantis” is not one of the choices, so it is ignored." in bad.content.decode()
    assert len(soup(bad).select(".cards .card__title a")) == 2


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_department_page_shows_contacts_hours_and_districts_in_each_language(client, departments, lang):
    page = departments["shaki"]
    html = soup(client.get(page.url_in(lang)))
    text = " ".join(html.get_text(" ").split())
    assert getattr(page, f"title_{lang}") in text
    assert "(024) 244 10 10" in text  # as people in Azerbaijan dial it
    assert "+994 24 244 10 10" in text  # and from abroad
    assert html.select_one('a[href="tel:+994242441010"]')
    assert {"az": "Qəbələ", "en": "Gabala", "ru": "Габала"}[lang] in text
    assert {"az": "Bazar ertəsi", "en": "Monday", "ru": "Понедельник"}[lang] in text
    assert "09:00" in text and "18:00" in text


def test_department_json_ld_is_a_government_office_with_opening_hours(client, departments):
    html = soup(client.get(departments["shaki"].url_in("en")))
    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "GovernmentOffice"
    assert data["telephone"] == "+994242441010"
    hours = data["openingHoursSpecification"]
    assert [(h["opens"], h["closes"]) for h in hours] == [("09:00", "13:00"), ("14:00", "18:00")]
    assert hours[0]["dayOfWeek"][0] == "https://schema.org/Monday" and len(hours[0]["dayOfWeek"]) == 5
    assert {"@type": "AdministrativeArea", "name": "Gabala"} in data["areaServed"]


def test_phone_numbers_are_checked(departments):
    from django.core.exceptions import ValidationError

    page = departments["ganja"]
    page.phone = "12345"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "phone" in error.value.message_dict


def test_departments_are_searchable_by_district(departments):
    from search.query import run_search

    for query, lang, title in (
        ("qebele", "az", "Şəki regional miqrasiya idarəsi"),
        ("gabala", "en", "Shaki regional migration department"),
        ("габала", "ru", "Шекинское управление"),
    ):
        assert title in [hit.entry.display_title for hit in run_search(query, lang).hits], (query, lang)
