import datetime

import pytest

from outreach.models import DepartmentDistrict, LeafletChange, ReceptionHours
from tests.outreach.factories import (
    CheckpointFactory,
    DepartmentIndexPageFactory,
    DepartmentPageFactory,
    EServiceIndexPageFactory,
    EServicePageFactory,
    ForeignerDutyFactory,
    LeafletIndexPageFactory,
    LeafletPageFactory,
    VisaPurposeFactory,
)


def published(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def leaflet_index(home):
    return published(LeafletIndexPageFactory(parent=home))


@pytest.fixture
def leaflet(leaflet_index, django_capture_on_commit_callbacks):
    """A leaflet in three languages, handed out at an airport, with a visa purpose, a duty and a change note."""
    airport = CheckpointFactory(
        name_az="Heydər Əliyev Beynəlxalq Aeroportu",
        name_en="Heydar Aliyev International Airport",
        name_ru="Международный аэропорт Гейдар Алиев",
        kind="air",
        region="baku",
    )
    VisaPurposeFactory(name_az="Turizm", name_en="Tourism", name_ru="Туристическая")
    ForeignerDutyFactory(
        text_az="Pasportunuzu yanınızda saxlayın.",
        text_en="Carry your passport.",
        text_ru="Имейте при себе паспорт.",
    )
    page = LeafletPageFactory.build(
        title_az="Hava yolu ilə gələnlər üçün",
        title_en="Arriving by air",
        title_ru="Прибывающим самолётом",
        summary_az="Hava limanından keçdiniz: ilk iki həftə.",
        summary_en="You have passed the airport: your first two weeks.",
        summary_ru="Вы прошли аэропорт: первые две недели.",
        audience_en="Foreigners who have just arrived",
        audience_ru="Иностранцы, только что прибывшие",
        registration_en="<p>Register at your place of stay within 15 days.</p>",
        registration_ru="<p>Встаньте на учёт по месту пребывания в течение 15 дней.</p>",
        stay_en="<p>You may stay as long as your visa says.</p>",
        stay_ru="<p>Вы можете находиться в стране столько, сколько указано в визе.</p>",
        valid_as_of=datetime.date(2026, 3, 1),
    )
    page.changes = [
        LeafletChange(
            date=datetime.date(2026, 3, 1),
            note_az="ASAN xidmət mərkəzləri əlavə olundu.",
            note_en="Added the ASAN service centres.",
            note_ru="Добавлены центры «ASAN xidmət».",
        )
    ]
    page.checkpoints = [airport]
    leaflet_index.add_child(instance=page)
    with django_capture_on_commit_callbacks(execute=True):  # publishing queues the PDFs on commit
        return published(page)


@pytest.fixture
def eservice_index(home):
    return published(EServiceIndexPageFactory(parent=home))


@pytest.fixture
def departments(home):
    """The departments index with Shaki's office (districts in three languages) and Ganja's."""
    index = published(DepartmentIndexPageFactory(parent=home))
    offices = {}
    for key, title, region, districts in (
        (
            "shaki",
            ("Şəki regional miqrasiya idarəsi", "Shaki regional migration department", "Шекинское управление"),
            "shaki-zagatala",
            [("Şəki", "Shaki", "Шеки"), ("Qəbələ", "Gabala", "Габала"), ("Oğuz", "Oghuz", "Огуз")],
        ),
        (
            "ganja",
            ("Gəncə regional miqrasiya idarəsi", "Ganja regional migration department", "Гянджинское управление"),
            "ganja-dashkasan",
            [("Gəncə", "Ganja", "Гянджа"), ("Göygöl", "Goygol", "Гёйгёль"), ("Daşkəsən", "Dashkasan", "Дашкесан")],
        ),
    ):
        page = DepartmentPageFactory.build(
            title_az=title[0], title_en=title[1], title_ru=title[2], region=region, phone="+994 24 244 10 10"
        )
        page.districts = [DepartmentDistrict(name_az=az, name_en=en, name_ru=ru) for az, en, ru in districts]
        page.hours = [
            ReceptionHours(audience="citizens", from_day=1, to_day=5, opens=datetime.time(9), closes=datetime.time(13)),
            ReceptionHours(
                audience="foreigners", from_day=1, to_day=5, opens=datetime.time(14), closes=datetime.time(18)
            ),
        ]
        index.add_child(instance=page)
        offices[key] = published(page)
    offices["index"] = index
    return offices


@pytest.fixture
def make_eservice(eservice_index):
    def make(**fields):
        return published(EServicePageFactory(parent=eservice_index, **fields))

    return make
