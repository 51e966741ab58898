"""Load Qapı's demo content: ``manage.py seed_demo``.

Each app brings its own demo as steps in its ``demo.py`` (see core/demo.py); this
command only finds them, runs them in the order their requirements give, in one
transaction, and reports what each created. Idempotent: every step looks its objects
up by a stable key (a slug, a title, a username) and creates only what is missing,
so a second run creates nothing.
"""

import os

from django.core.management.base import BaseCommand
from django.db import transaction

from core.demo import DemoContext, discover


class Command(BaseCommand):
    help = "Create the demo site (home, pages, news, statistics, menus, admin account)."

    def add_arguments(self, parser):
        parser.add_argument("--admin-password", default=os.environ.get("DEMO_ADMIN_PASSWORD", "qapi-demo"))

    @transaction.atomic
    def handle(self, *args, **options):
        ctx = DemoContext(stdout=self.stdout, style=self.style, options=options)
        created = ctx.run(discover())
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created} objects created)."))
