"""The "Journal editors" group: what it may do, in one place for the migration and for new journals.

Editors manage the journal's pages (add, edit, publish, lock, unlock below each
journal home: issues and articles), its snippets (sections, authors) and upload the
PDFs and covers they need (add and choose documents and images in the root
collection; others' files stay theirs to change). Nothing else: no other page, no
settings, no users.
"""

GROUP = "Journal editors"
PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
SNIPPET_MODELS = ("author", "journalsection")
COLLECTION_PERMISSIONS = (
    ("wagtaildocs", "document", ("add", "choose")),
    ("wagtailimages", "image", ("add", "choose")),
)


def grant(apps, journal_pages=None):
    """Create or complete the group with ``apps`` (a migration's or the live registry)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for model in SNIPPET_MODELS:
        for action in ("add", "change", "delete", "view"):
            permission = Permission.objects.filter(
                content_type__app_label="journal", codename=f"{action}_{model}"
            ).first()
            if permission is not None:
                group.permissions.add(permission)
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is not None:
        for app_label, model, actions in COLLECTION_PERMISSIONS:
            for action in actions:
                permission = Permission.objects.filter(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                ).first()
                if permission is not None:
                    GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)
    if journal_pages is None:
        JournalIndexPage = apps.get_model("journal", "JournalIndexPage")
        journal_pages = JournalIndexPage.objects.all()
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for page in journal_pages:
        for action in PAGE_PERMISSIONS:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")
            GroupPagePermission.objects.get_or_create(group=group, page_id=page.pk, permission=permission)
    return group


def grant_on_new_journal(sender, instance, created=False, raw=False, **kwargs):
    """post_save of a journal home: the group gets its page permissions there too."""
    if raw or not created:
        return
    from django.apps import apps

    grant(apps, journal_pages=[instance])
