"""The events module's daily upkeep: reminders N days before, then the retention purge.

    manage.py events_upkeep             # run it now (e.g. from a daily systemd timer or cron)
    manage.py events_upkeep --schedule  # queue it for the worker: it runs every morning and re-queues itself

``migrate`` queues it too (see ``events.apps``); ``--schedule`` is safe to run on every deploy:
it queues nothing when a run is already waiting.
"""

from django.core.management.base import BaseCommand

from events import notifications


class Command(BaseCommand):
    help = "Send due event reminders and purge old registrations now, or queue the daily run for the worker."

    def add_arguments(self, parser):
        parser.add_argument("--schedule", action="store_true", help="queue the daily run (database task backend)")

    def handle(self, *args, schedule=False, **options):
        if not schedule:
            result = notifications.daily_upkeep.call()
            self.stdout.write(f"reminders queued: {result['reminded']}; purge run: {result['purged']}")
            return
        if not notifications.daily_upkeep.get_backend().supports_defer:
            self.stderr.write("The task backend runs tasks at once: use a daily timer with `manage.py events_upkeep`.")
            return
        result = notifications.ensure_upkeep_scheduled()
        if result is None:
            self.stdout.write("The daily upkeep is already queued.")
            return
        self.stdout.write(f"Daily upkeep queued for {result.task.run_after:%Y-%m-%d %H:%M %Z}.")
