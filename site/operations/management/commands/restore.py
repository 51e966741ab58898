from django.core.management.base import BaseCommand

from operations import backups


class Command(BaseCommand):
    help = "Restore a backup made by `manage.py backup` into an empty database and an empty media folder."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="the folder `manage.py backup` wrote")
        parser.add_argument("--database", default="default")

    def handle(self, directory, database, **options):
        manifest = backups.restore(directory, alias=database)
        self.stdout.write(
            f"Restored the {manifest['engine']} database of {manifest['created']} and {manifest['media_files']} files. "
            "Run `manage.py migrate` if this code is newer than the backup, then `manage.py update_index`."
        )
