#!/usr/bin/env python
"""Django's command-line utility; puts both source roots on sys.path first (config/paths.py)."""

import os
import runpy
import sys
from pathlib import Path

# `config` is not importable yet: run its path helper from its file.
runpy.run_path(str(Path(__file__).resolve().parent / "site" / "config" / "paths.py"))["install"]()

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
