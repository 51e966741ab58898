"""Give every document saved without one its file's hash.

Wagtail's serve view sends ``file_hash`` as the ETag: an empty hash made ``ETag: ""``
(and a 304 for ``If-None-Match: ""``). Documents saved from now on get their hash on
save (``core.documents.fill_file_hash``); this fills the rows saved before. A document
whose file is missing keeps an empty hash.
"""

from django.db import migrations
from wagtail.utils.file import hash_filelike


def fill(apps, schema_editor):
    Document = apps.get_model("wagtaildocs", "Document")
    for document in Document.objects.filter(file_hash="").exclude(file="").iterator():
        try:
            with document.file.open("rb") as f:
                document.file_hash = hash_filelike(f)
        except OSError:
            continue
        document.save(update_fields=["file_hash"])


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_fill_default_language_fields"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop, elidable=False)]
