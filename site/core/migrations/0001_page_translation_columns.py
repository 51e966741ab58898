"""Translation columns of ``wagtailcore_page``, slug indexes, and the root page's titles.

wagtail-modeltranslation adds the ``title_*``, ``slug_*``, ``url_path_*``,
``seo_title_*`` and ``search_description_*`` columns with raw ``ALTER TABLE`` after
all migrations have run (its ``migrate`` command). Doing it here instead, in a real
migration, means every database (tests, PostgreSQL, a fresh SQLite file) gets the
same schema in the same step, the slug indexes that make routing fast can be
created right after, and the pages Wagtail's own migrations created get their
Azerbaijani fields filled. The library's sync then finds nothing left to do.
"""

from django.db import migrations

TRANSLATED = ("title", "slug", "url_path", "seo_title", "search_description")


def _languages():
    from django.conf import settings

    return settings.MODELTRANSLATION_LANGUAGES, settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def add_columns(apps, schema_editor):
    from wagtail.models import Page  # the live model carries the translation fields

    connection = schema_editor.connection
    with connection.cursor() as cursor:
        existing = {
            col.name for col in connection.introspection.get_table_description(cursor, "wagtailcore_page")
        }
    languages, default = _languages()
    for name in TRANSLATED:
        for lang in languages:
            field = Page._meta.get_field(f"{name}_{lang}")
            if field.column not in existing:
                schema_editor.add_field(Page, field)
    qn = schema_editor.quote_name
    for lang in languages:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {qn(f'qapi_page_slug_{lang}')} "
            f"ON wagtailcore_page ({qn(f'slug_{lang}')})"
        )
    # Pages created before the columns existed (Wagtail's root and welcome pages).
    for name in ("title", "slug", "url_path", "seo_title", "search_description"):
        schema_editor.execute(
            f"UPDATE wagtailcore_page SET {qn(f'{name}_{default}')} = {qn(name)} "
            f"WHERE {qn(f'{name}_{default}')} IS NULL"
        )


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(add_columns, migrations.RunPython.noop, elidable=False)]
