"""Who may do what: the editorial groups and where in the page tree their rights apply.

The groups are made by a migration (``operations/migrations/0001_roles.py``), so a fresh
database has them:

- **Editors** create and edit pages of the site (the site's home page and everything
  below it) and submit them for moderation; they cannot publish.
- **Moderators** do what editors do, and approve, reject (with a comment), publish,
  unpublish, lock and unlock.
- **Administrators** have every permission of the admin (users, groups, settings, every
  page from the tree's root, registrations) without being superusers.
- **Event organizers** (``events/migrations/0002``) see and manage registrations only;
  **Journal editors** (the journal's own migration) edit the journal section only.

Editors' and moderators' page rights hang on each site's root page, not on the tree's
root: nobody but an administrator creates a page beside the home page. A site whose
root page changes (``seed_demo`` replaces Wagtail's placeholder page with the home page)
gets the same rights on its new root (``operations.signals``).

Functions here take the models as arguments so the migration can pass its historical ones.
"""

EDITORS = "Editors"
MODERATORS = "Moderators"
ADMINISTRATORS = "Administrators"
EVENT_ORGANIZERS = "Event organizers"  # events/migrations/0002
JOURNAL_EDITORS = "Journal editors"  # the journal's own migration

# Wagtail's page permission codenames (wagtail.models.PAGE_PERMISSION_TYPES).
SITE_PAGE_PERMISSIONS = {
    EDITORS: ("add_page", "change_page"),
    MODERATORS: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
}
ROOT_PAGE_PERMISSIONS = {
    ADMINISTRATORS: ("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"),
}
# Images and documents in the root collection: editors and moderators keep Wagtail's
# defaults (add, change, choose, delete); administrators get the same.
COLLECTION_PERMISSIONS = {
    ADMINISTRATORS: (
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtailimages", "delete_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtaildocs", "delete_document"),
    ),
}
ADMIN_ACCESS = ("wagtailadmin", "access_admin")

# The moderation workflow on the whole tree: one step, approved by the moderators.
WORKFLOW_NAME = "Moderation"
APPROVAL_TASK_NAME = "Moderators approval"


def page_permission(Permission, codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def grant_page_permissions(page, groups, *, Group, GroupPagePermission, Permission):
    """Give each named group its page permissions on ``page`` (idempotent)."""
    for name, codenames in groups.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=page.pk, permission=page_permission(Permission, codename)
            )


def grant_site_root(page, **models):
    """Editors' and moderators' rights on a site's root page (the home page)."""
    grant_page_permissions(page, SITE_PAGE_PERMISSIONS, **models)


def grant_administrators_everything(*, Group, Permission):
    """Administrators hold every permission there is (run after each migrate: new models)."""
    group = Group.objects.filter(name=ADMINISTRATORS).first()
    if group is not None:
        group.permissions.add(*Permission.objects.exclude(pk__in=group.permissions.values("pk")))
