from django.core.management.base import BaseCommand

from operations import backups


class Command(BaseCommand):
    help = "Write a consistent backup (database dump and uploads) into a new or empty folder."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="a new or empty folder")
        parser.add_argument("--database", default="default")

    def handle(self, directory, database, **options):
        manifest = backups.backup(directory, alias=database)
        self.stdout.write(
            f"Backup of the {manifest['engine']} database and {manifest['media_files']} files "
            f"({manifest['media_bytes']} bytes) written to {directory}."
        )
