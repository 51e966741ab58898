"""Give pages created before the translation columns existed their Azerbaijani fields.

Wagtail's own migrations create the root page (and a placeholder home page) with
only the untranslated ``title``, ``slug`` and ``url_path`` columns filled. Kept
apart from 0001 so that 0001's index creation has finished before rows change.
"""

from django.db import migrations

FIELDS = ("title", "slug", "url_path", "seo_title", "search_description")


def fill(apps, schema_editor):
    from django.conf import settings

    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    qn = schema_editor.quote_name
    for name in FIELDS:
        column = qn(f"{name}_{default}")
        schema_editor.execute(f"UPDATE wagtailcore_page SET {column} = {qn(name)} WHERE {column} IS NULL")


class Migration(migrations.Migration):
    dependencies = [("core", "0001_page_translation_columns")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop, elidable=False)]
