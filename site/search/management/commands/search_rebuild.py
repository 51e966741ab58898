from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search entries of every live page in every language."

    def handle(self, *args, **options):
        count = rebuild(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"{count} search entries."))
