"""The one place that puts Qapı's two source roots on the import path.

Site-wide apps and the ``config`` package live in ``site/`` (not a package:
Python owns the name ``site``); the mission's modules (``journal``, ``outreach``,
``events``) live at the repository root. Every entry point imports ``config``
(``manage.py``, ``config.wsgi``/``config.asgi`` under gunicorn, pytest's
settings), and importing ``config`` runs :func:`install`, so both roots are on
the path whatever the working directory. ``manage.py`` runs this file by its
path first, since ``config`` is not importable before it.

Standard library only: this runs before anything else is importable.
"""

import sys
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]
SITE_ROOT = REPOSITORY_ROOT / "site"
SOURCE_ROOTS = (SITE_ROOT, REPOSITORY_ROOT)


def install() -> None:
    """Put ``site/`` and the repository root first on ``sys.path`` (once)."""
    for root in reversed(SOURCE_ROOTS):
        path = str(root)
        if path not in sys.path:
            sys.path.insert(0, path)
