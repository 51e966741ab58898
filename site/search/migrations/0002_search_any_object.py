"""Search entries point at any object (page or snippet): content type + object id.

Existing entries are pages: their object id is their page id.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def page_ids_as_object_ids(apps, schema_editor):
    SearchEntry = apps.get_model("search", "SearchEntry")
    SearchEntry.objects.update(object_id=models.F("page_id"))


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
        ("search", "0001_initial"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="searchentry", name="one_search_entry_per_language"),
        migrations.AddField(
            model_name="searchentry",
            name="object_id",
            field=models.PositiveBigIntegerField(null=True),
        ),
        migrations.RunPython(page_ids_as_object_ids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="searchentry",
            name="object_id",
            field=models.PositiveBigIntegerField(),
        ),
        migrations.AlterField(
            model_name="searchentry",
            name="page",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to=settings.WAGTAIL_PAGE_MODEL,
            ),
        ),
        migrations.AddConstraint(
            model_name="searchentry",
            constraint=models.UniqueConstraint(
                fields=("content_type", "object_id", "language"), name="one_search_entry_per_language"
            ),
        ),
    ]
