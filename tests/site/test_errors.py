"""Error pages speak the reader's language."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("az", "Səhifə tapılmadı"), ("en", "Page not found"), ("ru", "Страница не найдена")],
)
def test_404_in_the_readers_language(client, home, lang, heading):
    response = client.get(f"/{lang}/no-such-page/")
    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == lang
    assert html.h1.get_text() == heading
    assert html.select_one("main a")["href"] == f"/{lang}/"


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("az", "Xəta baş verdi"), ("en", "Something went wrong"), ("ru", "Что-то пошло не так")],
)
def test_500_in_the_readers_language(home, lang, heading, monkeypatch):
    from standard.models import StandardPage
    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=home, title_az="Xəta", title_en="Error", title_ru="Ошибка")

    def broken(self, request, *args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(StandardPage, "serve", broken)
    client = Client(raise_request_exception=False)
    response = client.get(page.url_in(lang))
    assert response.status_code == 500
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == lang
    assert html.h1.get_text() == heading
