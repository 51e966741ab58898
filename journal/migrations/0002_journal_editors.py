from django.db import migrations

GROUP = "Journal editors"


def create_journal_editors(apps, schema_editor):
    """The group that manages the journal: its pages, its snippets, uploads (``journal.permissions``)."""
    from django.contrib.auth.management import create_permissions

    from journal.permissions import grant

    # Permissions are normally made after all migrations; make the journal's now.
    app_config = apps.get_app_config("journal")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    grant(apps)


def remove_journal_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("journal", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_journal_editors, remove_journal_editors)]
