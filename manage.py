#!/usr/bin/env python
"""Django's command-line utility; puts the site/ source root on sys.path first."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# site/ is a source root, not a package: Python's own `site` module owns that name.
sys.path.insert(0, str(ROOT / "site"))

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
