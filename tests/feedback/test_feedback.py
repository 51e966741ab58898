"""'Was this page useful?': what a reader sends, what is kept (nothing personal), and the page cache."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.urls import reverse

from feedback import ratelimit
from feedback.forms import redact
from feedback.models import PageFeedback
from tests.factories import StandardPageFactory
from tests.feedback.factories import PageFeedbackFactory

ORIGIN = "http://testserver"


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def page(home):
    return StandardPageFactory(parent=home, title_az="Xidmətlər", title_en="Services", title_ru="Услуги")


def send(client, page, lang="en", headers=None, **data):
    return client.post(f"/{lang}/feedback/", {"page": page.pk, **data}, HTTP_ORIGIN=ORIGIN, **(headers or {}))


@pytest.mark.parametrize(
    ("lang", "question"),
    [("az", "Bu səhifə faydalı oldumu?"), ("en", "Was this page useful?"), ("ru", "Была ли эта страница полезной?")],
)
def test_every_page_but_the_home_page_asks_in_the_readers_language(client, home, page, lang, question):
    html = BeautifulSoup(client.get(page.url_in(lang)).content, "html.parser")
    form = html.select_one("form[data-feedback]")
    assert form["method"] == "post" and form["action"] == f"/{lang}/feedback/"
    assert form.select_one(".feedback__question").get_text() == question
    # One button per answer: both reachable with the Tab key, each sends its answer.
    answers = [(b["name"], b["value"]) for b in form.select("button[type=submit]")]
    assert answers == [("useful", "yes"), ("useful", "no")]
    assert form.select_one("input[name=page]")["value"] == str(page.pk)
    # No CSRF token: the page stays the same for every reader, so the page cache can keep it.
    assert not form.select("input[name=csrfmiddlewaretoken]")
    assert not BeautifulSoup(client.get(f"/{lang}/").content, "html.parser").select("form[data-feedback]")


def test_an_answer_is_saved_without_anything_personal_and_the_reader_sent_back(client, page):
    response = send(client, page, "ru", useful="no", comment="  Нет   адреса  приёма ")
    assert response.status_code == 303
    assert response["Location"] == page.url_in("ru") + "?feedback=thanks#feedback"
    answer = PageFeedback.objects.get()
    assert (answer.page_id, answer.language, answer.useful, answer.comment) == (
        page.pk,
        "ru",
        False,
        "Нет адреса приёма",
    )
    # What is kept, all of it: no address, browser, account or time of day.
    assert {f.name for f in PageFeedback._meta.get_fields()} == {"id", "page", "language", "useful", "comment", "date"}
    assert isinstance(answer.date, datetime.date) and not isinstance(answer.date, datetime.datetime)


def test_the_page_thanks_the_reader_after_the_redirect(client, page):
    html = BeautifulSoup(client.get(page.url_in("az") + "?feedback=thanks").content, "html.parser")
    assert html.select_one("#feedback [role=status]").get_text() == (
        "Təşəkkür edirik: cavabınız saytı yaxşılaşdırmağa kömək edir."
    )
    assert not html.select("form[data-feedback]")


def test_the_form_works_on_a_page_served_from_the_page_cache(client, page, settings):
    settings.PAGE_CACHE_SECONDS = 300
    url = page.url_in("en")
    client.get(url)
    cached = client.get(url)
    assert cached["X-Page-Cache"] == "hit"
    assert "csrftoken" not in cached.cookies
    assert send(client, page, useful="yes").status_code == 303
    thanks = client.get(url + "?feedback=thanks")
    assert "X-Page-Cache" not in thanks and "Thank you" in thanks.content.decode()
    # The thank-you is never kept for other readers.
    again = client.get(url)
    assert again["X-Page-Cache"] == "hit" and "Thank you" not in again.content.decode()
    assert PageFeedback.objects.count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {},  # neither Origin nor Referer
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://evil.example/az/"},
        {"HTTP_ORIGIN": ORIGIN, "HTTP_SEC_FETCH_SITE": "cross-site"},
    ],
)
def test_answers_from_other_sites_are_refused(client, page, headers):
    response = client.post("/en/feedback/", {"page": page.pk, "useful": "yes"}, **headers)
    assert response.status_code == 403
    assert PageFeedback.objects.count() == 0


def test_a_same_origin_referer_is_enough_when_the_browser_sends_no_origin(client, page):
    response = client.post(
        "/az/feedback/",
        {"page": page.pk, "useful": "yes"},
        HTTP_REFERER=page.full_url_in("az"),
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    assert response.status_code == 303
    assert PageFeedback.objects.get().language == "az"


def test_a_missing_answer_is_explained_in_the_readers_language(client, page):
    response = send(client, page, "az", comment="Ünvan yoxdur")
    assert response.status_code == 400
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("#feedback-useful-error").get_text() == "“Bəli” və ya “Xeyr” seçin."
    assert html.select_one("#feedback-comment").get_text() == "Ünvan yoxdur"  # nothing typed is lost
    assert html.select_one(f'a[href="{page.url_in("az")}"]')
    assert PageFeedback.objects.count() == 0


def test_unpublished_or_unknown_pages_take_no_answers(client, page):
    page.unpublish()
    assert send(client, page, useful="yes").status_code == 400
    assert client.post("/en/feedback/", {"page": 999_999, "useful": "yes"}, HTTP_ORIGIN=ORIGIN).status_code == 400
    assert PageFeedback.objects.count() == 0


def test_only_post_is_accepted(client, page):
    assert client.get("/en/feedback/").status_code == 405


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Write to ali.mammadov@mail.example please", "Write to […] please"),
        ("Call me on +994 50 123 45 67 tomorrow", "Call me on […] tomorrow"),
        ("Passport AZE 12345678", "Passport AZE […]"),
        ("Article 24.5 and 16.1.8 are unclear", "Article 24.5 and 16.1.8 are unclear"),
        ("66 828 applications in 2017", "66 828 applications in 2017"),
    ],
)
def test_e_mail_addresses_and_long_numbers_are_blanked_before_saving(typed, kept):
    assert redact(typed) == kept


def test_personal_details_typed_into_a_comment_are_not_stored(client, page):
    send(client, page, useful="no", comment="I am at test@example.org, +994 (12) 555-12-34")
    assert PageFeedback.objects.get().comment == "I am at […], […]"


def test_one_reader_is_limited_to_a_few_answers(client, page):
    statuses = [send(client, page, useful="yes").status_code for _ in range(ratelimit.LIMIT + 1)]
    assert statuses == [303] * ratelimit.LIMIT + [429]
    assert PageFeedback.objects.count() == ratelimit.LIMIT
    # Another reader is not affected.
    assert send(client, page, headers={"REMOTE_ADDR": "192.0.2.7"}, useful="yes").status_code == 303


def test_the_limit_keys_on_a_hash_never_the_address(page, rf):
    request = rf.post("/en/feedback/", REMOTE_ADDR="203.0.113.9")
    assert ratelimit.allow(request)
    key = ratelimit._key(request)
    assert "203.0.113.9" not in key and cache.get(key) == 1


def test_script_gets_a_json_answer(client, page):
    response = send(client, page, "ru", {"HTTP_ACCEPT": "application/json"}, useful="yes")
    assert response.status_code == 200
    assert response.json()["message"] == "Спасибо: ваш ответ помогает нам улучшать сайт."
    invalid = send(client, page, "en", {"HTTP_ACCEPT": "application/json"})
    assert invalid.status_code == 400 and invalid.json()["errors"]["useful"] == ["Choose yes or no."]


# --- the admin report ----------------------------------------------------------------


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user("editor", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def answers(home, page):
    other = StandardPageFactory(parent=home, title_az="Əlaqə", title_en="Contacts")
    PageFeedbackFactory(page=page, useful=True, language="en", comment="Clear")
    PageFeedbackFactory(page=page, useful=False, language="ru", comment="Нет адреса")
    PageFeedbackFactory(
        page=other, useful=False, comment="Köhnə", date=datetime.date.today() - datetime.timedelta(days=400)
    )
    return page, other


def test_editors_read_answers_by_page_and_period(client, editor, answers):
    page, other = answers
    client.force_login(editor)
    url = reverse("qapi_page_feedback")
    html = BeautifulSoup(client.get(url).content, "html.parser")
    text = html.select_one("table").get_text()
    assert "Clear" in text and "Нет адреса" in text
    assert "Köhnə" not in text  # older than the default 90 days
    old = datetime.date.today() - datetime.timedelta(days=500)
    everything = client.get(url, {"date_from": old.isoformat()}).content.decode()
    assert "Köhnə" in everything
    only_other = client.get(url, {"date_from": old.isoformat(), "page": other.pk}).content.decode()
    assert "Köhnə" in only_other and "Clear" not in only_other
    # The reports menu shows it to editors.
    assert url in client.get(reverse("wagtailadmin_home")).content.decode()


def test_answers_export_to_csv_and_xlsx(client, editor, answers):
    client.force_login(editor)
    url = reverse("qapi_page_feedback")
    csv = b"".join(client.get(url, {"export": "csv"}).streaming_content).decode()
    lines = csv.strip().splitlines()
    # Headings and answers in the editor's language (Azerbaijani here).
    assert lines[0].split(",") == ["Tarix", "Səhifə", "Ünvan", "Dil", "Faydalı", "Şərh"]
    assert any(line.endswith(",ru,Xeyr,Нет адреса") for line in lines)
    xlsx = client.get(url, {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")


def test_people_without_the_permission_cannot_read_answers(client, django_user_model, answers):
    user = django_user_model.objects.create_user("reader", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("qapi_page_feedback"))
    assert response.status_code in (302, 403)
