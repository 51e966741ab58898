"""Anonymise the sign-ups of events that ended more than the retention period ago."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from events.purge import purge_registrations


class Command(BaseCommand):
    help = (
        "Blank the personal data of registrations for events that ended more than the site's "
        "retention period ago (Settings → Registration data; 180 days by default). Counts per "
        "category and status stay. Safe to run again: what is anonymised stays so."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Say what would be anonymised; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        purged = purge_registrations(dry_run=dry_run)
        verb = "Would anonymise" if dry_run else "Anonymised"
        for item in purged:
            ended = timezone.localtime(item.event.end).date().isoformat()
            self.stdout.write(
                f"{verb} {item.registrations} registration(s) of event {item.event.pk} "
                f"“{item.event.title}” (ended {ended}, kept {item.retention_days} days)."
            )
        total = sum(item.registrations for item in purged)
        if total:
            self.stdout.write(self.style.SUCCESS(f"{verb} {total} registration(s) of {len(purged)} event(s)."))
        else:
            self.stdout.write("Nothing to anonymise: no registration is past its retention period.")
