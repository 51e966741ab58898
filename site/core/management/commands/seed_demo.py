"""Load Qapı's demo content: ``manage.py seed_demo``.

Idempotent: every object is looked up by a stable key (a slug, a title, a
username) and created only when missing, so a second run changes nothing.
"""

import hashlib
import io
import os

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, Site

from core import demo_content as demo
from core.i18n import LANGUAGE_CODES, ascii_slug
from home.models import HomePage
from navigation.models import FooterMenuItem, HeaderMenuItem, NavigationSettings, SiteSettings
from news.models import NewsArticlePage, NewsIndexPage, NewsTopic
from standard.models import StandardPage

PALETTE = [(11, 79, 138), (20, 40, 61), (179, 38, 30), (31, 110, 84), (109, 70, 148), (184, 115, 20)]


def per_language(field, texts):
    """``{"title_az": ..., "title_en": ..., "title_ru": ...}`` from a T(az=, en=, ru=)."""
    return {f"{field}_{lang}": texts[lang] for lang in LANGUAGE_CODES if texts.get(lang) is not None}


class Command(BaseCommand):
    help = "Create the demo site (home, pages, news, statistics, menus, admin account)."

    def add_arguments(self, parser):
        parser.add_argument("--admin-password", default=os.environ.get("DEMO_ADMIN_PASSWORD", "qapi-demo"))

    @transaction.atomic
    def handle(self, *args, **options):
        self.created = 0
        home = self.home_page()
        self.site(home)
        pages = {page["key"]: self.standard_page(home, page) for page in demo.STANDARD_PAGES}
        pages["news"] = news_index = self.news_index(home)
        topics = {key: self.topic(key, names) for key, names in demo.TOPICS.items()}
        for spec in demo.ARTICLES:
            self.article(news_index, spec, topics)
        self.settings(home, pages)
        self.admin(options["admin_password"])
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({self.created} objects created)."))

    # --- media ---------------------------------------------------------------------
    def image(self, key, width=1200, height=630):
        title = f"demo-{key}"
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        seed = int(hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest(), 16)
        base = PALETTE[seed % len(PALETTE)]
        picture = PILImage.new("RGB", (width, height), base)
        draw = ImageDraw.Draw(picture)
        for i in range(6):
            shade = tuple(min(255, c + 18 * (i + 1)) for c in base)
            x = (seed >> (i * 5)) % width
            r = 80 + ((seed >> (i * 3)) % 220)
            draw.ellipse((x - r, height - r - i * 40, x + r, height + r - i * 40), fill=shade)
        draw.rectangle((60, 60, 300, 90), fill=(255, 255, 255))
        buffer = io.BytesIO()
        picture.save(buffer, format="PNG", optimize=True)
        self.created += 1
        return Image.objects.create(title=title, file=ImageFile(buffer, name=f"{title}.png"))

    def document(self):
        title = "Migration Code — visa purposes (summary)"
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        sheet = PILImage.new("RGB", (1240, 1754), "white")
        draw = ImageDraw.Draw(sheet)
        draw.rectangle((80, 80, 1160, 200), fill=PALETTE[0])
        for i, purpose in enumerate(demo.VISA_PURPOSES["en"]):
            draw.text((100, 260 + i * 60), f"{i + 1}. {purpose}", fill="black", font_size=36)
        buffer = io.BytesIO()
        sheet.save(buffer, format="PDF", resolution=150)
        self.created += 1
        return Document.objects.create(
            title=title,
            file=SimpleUploadedFile("migration-code-visa-purposes.pdf", buffer.getvalue()),
        )

    # --- pages -------------------------------------------------------------------
    def add_page(self, parent, page, slug_az):
        existing = parent.get_children().filter(slug_az=slug_az).first()
        if existing:
            return existing.specific
        page.slug_az = slug_az
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def home_page(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.first()
        if home:
            return home
        page = HomePage(
            **per_language("title", demo.HOME["title"]),
            **per_language("intro", demo.HOME["intro"]),
            **per_language("search_description", demo.HOME["search_description"]),
            hero_image=self.image("home-hero", 640, 400),
        )
        for lang in LANGUAGE_CODES:
            setattr(page, f"services_{lang}", self.services_stream(lang))
            setattr(page, f"key_statistics_{lang}", [("statistics", self.nine_months(lang))])
        home = self.add_page(root, page, demo.HOME["slug"])
        return home

    def site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
            self.created += 1
        elif site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.site_name = "Qapı"
            site.save()
            # Wagtail's placeholder "Welcome" page goes once the real home is in place.
            if type(old_root.specific) is Page and not old_root.get_children().exists():
                old_root.delete()

    def services_stream(self, lang):
        # Filled once the service pages exist (see settings()); empty on first save.
        return []

    @staticmethod
    def statistics(lang, heading, figures):
        """A statistics block value for the nine months of 2017."""
        return {
            "heading": heading[lang],
            "period": demo.PERIOD[lang],
            "source": demo.SOURCE[lang],
            "figures": [{"label": label[lang], "value": value} for label, value in figures],
            "show_chart": True,
        }

    def nine_months(self, lang):
        return self.statistics(lang, demo.NINE_MONTHS_HEADING, demo.NINE_MONTH_FIGURES)

    def violations(self, lang):
        return self.statistics(lang, demo.VIOLATIONS_HEADING, demo.VIOLATION_FIGURES)

    def body(self, spec, lang, image_key=None):
        blocks = [("paragraph", f"<p>{text}</p>") for text in spec["paragraphs"][lang]]
        if image_key:
            alt = {"az": "Tədbirdən görüntü", "en": "A scene from the event", "ru": "Кадр с мероприятия"}[lang]
            blocks.insert(
                1,
                (
                    "image",
                    {
                        "image": self.image(image_key + "-inline", 960, 540),
                        "alt_text": alt,
                        "caption": spec["title"][lang],
                    },
                ),
            )
        if spec.get("quote"):
            blocks.append(("quote", {"quote": spec["quote"][lang], "attribution": demo.SOURCE[lang]}))
        if spec.get("statistics"):
            blocks.append(("statistics", self.nine_months(lang)))
        if spec.get("violations"):
            blocks.append(("statistics", self.violations(lang)))
        if spec.get("faq"):
            heading = {"az": "Tez-tez verilən suallar", "en": "Frequently asked questions", "ru": "Частые вопросы"}[
                lang
            ]
            blocks.append(
                (
                    "accordion",
                    {
                        "heading": heading,
                        "items": [{"question": q[lang], "answer": f"<p>{a[lang]}</p>"} for q, a in demo.SERVICES_FAQ],
                    },
                )
            )
        if spec.get("visa_table"):
            caption = {
                "az": "Adi vizaların məqsədləri (maddə 24.5)",
                "en": "Purposes of ordinary visas (Article 24.5)",
                "ru": "Цели обычных виз (статья 24.5)",
            }[lang]
            head = {"az": ["№", "Məqsəd"], "en": ["No.", "Purpose"], "ru": ["№", "Цель"]}[lang]
            rows = [[str(i + 1), p] for i, p in enumerate(demo.VISA_PURPOSES[lang])]
            blocks.append(
                (
                    "table",
                    {
                        "data": [head, *rows],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": caption,
                    },
                )
            )
        if spec.get("document"):
            label = {
                "az": "Viza məqsədləri: qısa xülasə",
                "en": "Visa purposes: a short summary",
                "ru": "Цели виз: краткое изложение",
            }[lang]
            blocks.append(("document", {"document": self.document(), "label": label}))
        if spec.get("cta"):
            blocks.append(
                (
                    "call_to_action",
                    {
                        "title": {"az": "Zəng edin", "en": "Call us", "ru": "Позвоните нам"}[lang],
                        "text": demo.SITE["call_center_hours"][lang],
                        "button_label": {"az": "Xidmətlərə bax", "en": "See the services", "ru": "Смотреть услуги"}[
                            lang
                        ],
                        "link": {
                            "page": StandardPage.objects.filter(
                                slug_az=ascii_slug(demo.STANDARD_PAGES[1]["title"]["az"])
                            ).first(),
                            "url": "",
                        },
                    },
                )
            )
        return blocks

    def standard_page(self, home, spec):
        slug = ascii_slug(spec["title"]["az"])
        existing = home.get_children().filter(slug_az=slug).first()
        if existing:
            return existing.specific
        page = StandardPage(
            **per_language("title", spec["title"]),
            **per_language("intro", spec["intro"]),
            **per_language("search_description", spec["intro"]),
        )
        for lang in LANGUAGE_CODES:
            setattr(page, f"body_{lang}", self.body(spec, lang))
        return self.add_page(home, page, slug)

    def news_index(self, home):
        spec = demo.NEWS_INDEX
        page = NewsIndexPage(
            **per_language("title", spec["title"]),
            **per_language("intro", spec["intro"]),
            **per_language("search_description", spec["intro"]),
        )
        return self.add_page(home, page, ascii_slug(spec["title"]["az"]))

    def topic(self, key, names):
        topic = NewsTopic.objects.filter(slug=key).first()
        if topic:
            return topic
        self.created += 1
        return NewsTopic.objects.create(slug=key, **per_language("name", names))

    def article(self, index, spec, topics):
        slug = ascii_slug(spec["title"]["az"])
        existing = index.get_children().filter(slug_az=slug).first()
        if existing:
            return existing.specific
        alt = {"az": "Xəbərin illüstrasiyası", "en": "Illustration for the article", "ru": "Иллюстрация к статье"}
        page = NewsArticlePage(
            date=spec["date"],
            lead_image=self.image(spec["key"]),
            **per_language("lead_image_alt", alt),
            **per_language("title", spec["title"]),
            **per_language("intro", spec["intro"]),
            **per_language("search_description", spec["intro"]),
        )
        for lang in LANGUAGE_CODES:
            setattr(page, f"body_{lang}", self.body(spec, lang, image_key=spec["key"] if spec.get("quote") else None))
        page.topics.set([topics[key] for key in spec["topics"]])
        return self.add_page(index, page, slug)

    # --- settings and menus -----------------------------------------------------
    def settings(self, home, pages):
        site = Site.objects.get(is_default_site=True)
        site_settings = SiteSettings.for_site(site)
        if not site_settings.agency_name_az:
            for field in ("agency_name", "call_center_hours", "address"):
                for key, value in per_language(field, demo.SITE[field]).items():
                    setattr(site_settings, key, value)
            for field in ("call_center_number", "email", "facebook_url", "youtube_url"):
                setattr(site_settings, field, demo.SITE[field])
            site_settings.save()
            self.created += 1

        nav = NavigationSettings.for_site(site)
        if not nav.header_items.exists() and not nav.footer_items.exists():
            nav.header_items = [
                HeaderMenuItem(link_page=pages[key], sort_order=i) for i, key in enumerate(demo.MENU["header"])
            ]
            nav.footer_items = [
                FooterMenuItem(link_page=pages[key], sort_order=i) for i, key in enumerate(demo.MENU["footer"])
            ]
            nav.save()
            self.created += 1

        if not home.services_az:
            services = [pages["services"], pages["legal"], pages["statistics"], pages["contacts"]]
            for lang in LANGUAGE_CODES:
                setattr(
                    home,
                    f"services_{lang}",
                    [
                        (
                            "service",
                            {
                                "title": getattr(page, f"title_{lang}"),
                                "description": getattr(page, f"intro_{lang}"),
                                "page": page,
                            },
                        )
                        for page in services
                    ],
                )
            home.save_revision().publish()
            self.created += 1

    def admin(self, password):
        User = get_user_model()
        if not User.objects.filter(username="admin").exists():
            User.objects.create_superuser("admin", "admin@qapi.example", password)
            self.created += 1
