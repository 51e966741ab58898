"""The agency's facts that several apps' demo content shares (see core/demo.py).

Figures come from the State Migration Service's public report on the Open Door Day
held in Sumgayit on 25 October 2017 (see shared/seed/); the sentences are our own.
These name no feature app: the home page, the statistics page and the news all show
the same nine months, and the contacts page and the site settings the same Call Center.
Each app's own texts live in its ``demo_content.py``.
"""

from core.demo import T

SOURCE = T(az="Dövlət Miqrasiya Xidməti", en="State Migration Service", ru="Государственная миграционная служба")
PERIOD = T(az="2017-ci ilin 9 ayı", en="January–September 2017", ru="9 месяцев 2017 года")

CALL_CENTER_NUMBER = "(012) 919"
CALL_CENTER_HOURS = T(
    az="Azərbaycan, ingilis və rus dillərində; iş günləri 09:00–18:00",
    en="In Azerbaijani, English and Russian; weekdays 09:00–18:00",
    ru="На азербайджанском, английском и русском; по будням 09:00–18:00",
)

# StatisticsBlock values for the nine months of 2017, as reported at the Open Door Day.
NINE_MONTHS = {
    "heading": T(az="Doqquz ayın göstəriciləri", en="Nine months in figures", ru="Девять месяцев в цифрах"),
    "period": PERIOD,
    "source": SOURCE,
    "figures": [
        {
            "label": T(
                az="Olduğu yer üzrə qeydiyyat",
                en="Registration at place of stay",
                ru="Регистрация по месту пребывания",
            ),
            "value": 633827,
        },
        {
            "label": T(
                az="Çağrı Mərkəzinə daxil olan zənglər", en="Calls to the Call Center", ru="Звонки в колл-центр"
            ),
            "value": 79614,
        },
        {
            "label": T(
                az="Əcnəbilərdən və vətəndaşlığı olmayan şəxslərdən müraciətlər",
                en="Applications from foreigners and stateless persons",
                ru="Заявления иностранцев и лиц без гражданства",
            ),
            "value": 66828,
        },
        {
            "label": T(az="Qanun pozuntuları üzrə qərarlar", en="Decisions on violations", ru="Решения о нарушениях"),
            "value": 17076,
        },
    ],
    "show_chart": True,
}

VIOLATIONS = {
    "heading": T(
        az="Pozuntular üzrə 17 076 qərar", en="17,076 decisions on violations", ru="17 076 решений о нарушениях"
    ),
    "period": PERIOD,
    "source": SOURCE,
    "figures": [
        {
            "label": T(az="Ölkədən çıxarılmadan cərimə", en="Fines without expulsion", ru="Штрафы без выдворения"),
            "value": 9122,
        },
        {
            "label": T(az="Ölkədən çıxarılmaqla cərimə", en="Fines with expulsion", ru="Штрафы с выдворением"),
            "value": 5052,
        },
        {
            "label": T(az="Yaşamanın leqallaşdırılması", en="Legalization of residence", ru="Легализация проживания"),
            "value": 1930,
        },
        {
            "label": T(
                az="Ölkəyə girişin məhdudlaşdırılması (maddə 16.1.8)",
                en="Entry restrictions (Article 16.1.8)",
                ru="Ограничения въезда (статья 16.1.8)",
            ),
            "value": 785,
        },
        {
            "label": T(
                az="Yaşamaq üçün icazə sənədinin dəyişdirilməsi",
                en="Residence document replacements",
                ru="Замена документов на проживание",
            ),
            "value": 187,
        },
    ],
    "show_chart": True,
}
