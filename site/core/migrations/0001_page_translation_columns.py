"""Translation columns of ``wagtailcore_page``, with an index on each language's slug.

wagtail-modeltranslation adds the ``title_*``, ``slug_*``, ``url_path_*``,
``seo_title_*`` and ``search_description_*`` columns with raw ``ALTER TABLE`` after
all migrations have run (its ``migrate`` command). Doing it here instead, in a real
migration, means every database (tests, PostgreSQL, a fresh SQLite file) gets the
same schema in the same step, including the index on every ``slug_<lang>`` column
(``SlugField`` is indexed) that makes routing by slug a lookup, not a scan. The
library's sync then finds nothing left to do.
"""

from django.db import migrations

TRANSLATED = ("title", "slug", "url_path", "seo_title", "search_description")


def add_columns(apps, schema_editor):
    from wagtail.models import Page  # the live model carries the translation fields

    connection = schema_editor.connection
    with connection.cursor() as cursor:
        existing = {
            col.name for col in connection.introspection.get_table_description(cursor, "wagtailcore_page")
        }
    from django.conf import settings

    for name in TRANSLATED:
        for lang in settings.MODELTRANSLATION_LANGUAGES:
            field = Page._meta.get_field(f"{name}_{lang}")
            if field.column not in existing:
                schema_editor.add_field(Page, field)


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(add_columns, migrations.RunPython.noop, elidable=False)]
