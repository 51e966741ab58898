"""StreamField blocks as a reader sees them, in each language."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.models import Document

from core.blocks import ImageBlock, StatisticsBlock
from tests.factories import ImageFactory, StandardPageFactory

FIGURES = [
    {"label": "Registrations upon place of stay", "value": 633827},
    {"label": "Applications", "value": 66828},
    {"label": "Decisions on violations", "value": 17076},
]


# What a screen reader announces for the chart, in the reader's language.
CHART_TITLES = {
    "az": "Sütunlu diaqram: Nine months in figures. Eyni rəqəmlər aşağıdakı cədvəldədir.",
    "en": "Bar chart: Nine months in figures. The same figures are in the table below.",
    "ru": "Столбчатая диаграмма: Nine months in figures. Те же цифры — в таблице ниже.",
}


def statistics(heading="Nine months in figures"):
    return (
        "statistics",
        {
            "heading": heading,
            "period": "January–September 2017",
            "source": "State Migration Service",
            "figures": FIGURES,
            "show_chart": True,
        },
    )


def render(client, page, lang):
    return BeautifulSoup(client.get(page.url_in(lang)).content, "html.parser")


@pytest.mark.parametrize(
    ("lang", "numbers"),
    [
        ("az", ["633\xa0827", "66\xa0828", "17\xa0076"]),
        ("ru", ["633\xa0827", "66\xa0828", "17\xa0076"]),
        ("en", ["633,827", "66,828", "17,076"]),
    ],
)
def test_statistics_show_large_numbers_chart_and_table_per_language(client, home, lang, numbers):
    page = StandardPageFactory(
        parent=home, title_en="Statistics", title_ru="Статистика", **{f"body_{lang}": [statistics()]}
    )
    html = render(client, page, lang)

    block = html.select_one("section.stats")
    assert block.h2.get_text() == "Nine months in figures"
    assert [n.get_text() for n in block.select(".stats__number")] == numbers
    assert "January–September 2017" in block.select_one(".stats__meta").get_text()
    # The chart: one image for screen readers, with a title; one bar per figure, longest for the largest.
    chart = block.select_one(".bar-chart[role=img]")
    title = block.select_one("#" + chart["aria-labelledby"])
    assert title.get_text().strip() == CHART_TITLES[lang]
    widths = [int(rect["width"]) for rect in chart.select("rect.bar-chart__fill")]
    assert widths[0] == max(widths) and widths == sorted(widths, reverse=True)
    # The same data as a table, for screen readers and print.
    rows = [(r.th.get_text(), r.td.get_text()) for r in block.select("table tbody tr")]
    assert rows == list(zip([f["label"] for f in FIGURES], numbers, strict=True))


def test_two_charts_on_one_page_have_distinct_ids(client, home):
    page = StandardPageFactory(parent=home, body_az=[statistics("A"), statistics("B")])
    ids = [chart["aria-labelledby"] for chart in render(client, page, "az").select(".bar-chart[role=img]")]
    assert len(set(ids)) == 2


@pytest.mark.parametrize(
    ("lang", "message"),
    [("az", "Bu sahə vacibdir."), ("en", "This field is required."), ("ru", "Требуется заполнить это поле.")],
)
@pytest.mark.django_db
def test_image_block_requires_alternative_text(lang, message):
    block = ImageBlock()
    value = block.to_python({"image": ImageFactory().pk, "alt_text": "   ", "caption": "Baku office"})
    with translation.override(lang):
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(value)
        # Only the alternative text is refused, with a message in the editor's language.
        errors = error.value.block_errors
        assert set(errors) == {"alt_text"}
        assert [str(m) for m in errors["alt_text"].messages] == [message]


@pytest.mark.django_db
def test_statistics_block_needs_period_and_source():
    block = StatisticsBlock()
    value = block.to_python({"heading": "X", "period": "", "source": "", "figures": FIGURES, "show_chart": True})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert set(error.value.block_errors) == {"period", "source"}


def test_document_link_shows_format_and_size(client, home):
    document = Document.objects.create(
        title="Migration Code", file=ContentFile(b"%PDF-1.4\n" + b"0" * 2048, name="code.pdf")
    )
    page = StandardPageFactory(
        parent=home, body_az=[("document", {"document": document, "label": "Miqrasiya Məcəlləsi"})]
    )
    html = render(client, page, "az")
    link = html.select_one(".document-link")
    assert link.a.get_text() == "Miqrasiya Məcəlləsi"
    assert link.select_one(".document-link__meta").get_text() == "(PDF, 2,0\xa0KB)"


def test_image_quote_accordion_table_and_call_to_action(client, home):
    target = StandardPageFactory(parent=home, title_az="Xidmətlər", title_en="Services")
    page = StandardPageFactory(
        parent=home,
        title_en="Guide",
        body_en=[
            ("heading", {"text": "How to apply", "level": "h2"}),
            ("image", {"image": ImageFactory(), "alt_text": "Reception hall", "caption": "Baku office"}),
            ("quote", {"quote": "One-stop shop.", "attribution": "SMS"}),
            ("accordion", {"heading": "FAQ", "items": [{"question": "Where?", "answer": "<p>In Baku.</p>"}]}),
            (
                "table",
                {
                    "data": [["Purpose", "Visa"], ["Tourism", "Ordinary"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Visa purposes",
                },
            ),
            (
                "call_to_action",
                {"title": "Apply", "text": "", "button_label": "See services", "link": {"page": target, "url": ""}},
            ),
        ],
    )
    html = render(client, page, "en")
    assert html.select_one(".stream h2").get_text() == "How to apply"
    assert html.select_one(".block-image img")["alt"] == "Reception hall"
    assert html.select_one(".block-image figcaption").get_text() == "Baku office"
    assert html.select_one("blockquote").get_text(strip=True) == "One-stop shop."
    assert html.select_one("details summary").get_text() == "Where?"
    assert [th.get_text() for th in html.select("table thead th")] == ["Purpose", "Visa"]
    assert html.select_one("table caption").get_text() == "Visa purposes"
    assert html.select_one(".cta a.button")["href"] == target.url_in("en")
