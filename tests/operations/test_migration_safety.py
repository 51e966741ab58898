"""Upgrades: no migration of ours holds a long lock on a big table while the old code serves.

Every operation of every project app's migrations that touches a table which already
exists when it runs (a table made by an earlier migration, or Wagtail's, such as
``wagtailcore_page``) must be listed in ``REVIEWED`` with why it is safe on a site with
100,000 pages. A new migration that alters, fills or indexes an existing table makes
this test fail until someone has looked at it (and, for the page tables, run
``make upgrade-check``, deploy/upgrade_check.py, on PostgreSQL). Operations on tables
the same migration creates are empty at that moment, so they are not listed.
"""

from pathlib import Path

from django.apps import apps
from django.db import migrations, models
from django.db.migrations.loader import MigrationLoader

ROOT = Path(__file__).resolve().parents[2]

SETTINGS_ROWS = "a settings table: one row per site, not a big table"
GROUPS = "groups and permissions: a few dozen rows, no page rows touched"
STREAMFIELD = (
    "StreamField block definitions only: no SQL on PostgreSQL (same column type, null, default), "
    "checked by make upgrade-check"
)

REVIEWED = {
    "core.0001_page_translation_columns#0": (
        "adds only the missing wagtailcore_page translation columns (none on an upgraded site; "
        "when a language is added: nullable columns, no default, so no table rewrite) and the index "
        "on each new slug_<lang>, which takes a SHARE lock (reads go on, writes wait about a second "
        "at 100,000 pages)"
    ),
    "core.0002_fill_default_language_fields#0": (
        "UPDATE ... WHERE <column> IS NULL: on an upgraded site no row matches (one scan, no row "
        "locked); only rows created before 0001 are filled"
    ),
    "core.0003_fill_document_file_hashes#0": "documents without a hash only (Wagtail's own migration fills new ones)",
    "events.0002_organizers#1": GROUPS,
    "feedback.0002_editors_read_feedback#0": GROUPS,
    "journal.0002_journal_editors#0": GROUPS,
    "operations.0001_roles#0": GROUPS + "; the workflow and its task: two rows",
    **{f"navigation.0002_contact_details_official_name_site_map#{i}": SETTINGS_ROWS for i in range(19)},
    **{f"news.0002_document_language#{i}": STREAMFIELD for i in range(4)},
    **{f"standard.0002_document_language#{i}": STREAMFIELD for i in range(4)},
    "news.0003_article_date_index#0": (
        "CREATE INDEX on news_newsarticlepage: a SHARE lock, so readers are never blocked; "
        "publishing waits for the build (measured by make upgrade-check at 100,000 articles)"
    ),
    "search.0002_search_any_object#0": "search entries: derived data, rebuilt by update_search_index",
    "search.0002_search_any_object#1": "search entries: a nullable column, no rewrite",
    "search.0002_search_any_object#2": "search entries: filled in one UPDATE; the table is derived data",
    "search.0002_search_any_object#3": "search entries: derived data (rebuilt by update_search_index)",
    "search.0002_search_any_object#4": "search entries: derived data (rebuilt by update_search_index)",
    "search.0002_search_any_object#5": "search entries: derived data (rebuilt by update_search_index)",
    "search.0003_search_query_month#2": (
        "search-query log: only read (one INSERT ... SELECT per closed month into the new monthly table);"
        " readers' searches keep updating today's rows meanwhile"
    ),
}


def project_apps():
    return {
        config.label
        for config in apps.get_app_configs()
        if ROOT in Path(config.path).resolve().parents and ".venv" not in Path(config.path).parts
    }


def created_models(migration):
    return {op.name_lower for op in migration.operations if isinstance(op, migrations.CreateModel)}


def operations_on_existing_tables():
    """``app.migration#index`` of every operation that may touch a table that already has rows."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    ours = project_apps()
    found = {}
    for (app, name), migration in sorted(loader.disk_migrations.items()):
        if app not in ours:
            continue
        new = created_models(migration)
        for index, op in enumerate(migration.operations):
            if isinstance(op, migrations.CreateModel):
                continue
            model = getattr(op, "model_name", None) or getattr(op, "name", None)
            if model and model.lower() in new and not isinstance(op, (migrations.RunPython, migrations.RunSQL)):
                continue  # a table this migration creates: empty
            found[f"{app}.{name}#{index}"] = type(op).__name__
    return found


def test_every_operation_on_an_existing_table_is_reviewed():
    found = operations_on_existing_tables()
    assert len(found) >= 10  # the listing works: core's and navigation's migrations at least
    unreviewed = {key: kind for key, kind in found.items() if key not in REVIEWED}
    assert unreviewed == {}, "review these for long locks on big tables (see this file's docstring)"


def test_the_review_list_names_only_real_operations():
    assert sorted(set(REVIEWED) - set(operations_on_existing_tables())) == []


def test_the_listing_catches_a_new_alteration_of_pages(monkeypatch):
    """The check itself: an AlterField on an existing page table is reported."""

    class Migration(migrations.Migration):
        operations = [migrations.AlterField("newsarticlepage", "intro", models.TextField(null=False))]

    original = MigrationLoader.load_disk

    def load_disk(self):
        original(self)
        self.disk_migrations[("news", "9999_new")] = Migration("9999_new", "news")

    monkeypatch.setattr(MigrationLoader, "load_disk", load_disk)
    assert operations_on_existing_tables()["news.9999_new#0"] == "AlterField"
