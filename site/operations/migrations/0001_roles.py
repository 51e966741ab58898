"""The editorial groups, their rights, and the moderation workflow (operations.roles)."""

from django.db import migrations

from operations import roles


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after all migrations; make the ones needed now.
    for label in ("wagtailcore", "wagtailimages", "wagtaildocs"):  # wagtailadmin made access_admin itself
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    models = {"Group": Group, "GroupPagePermission": GroupPagePermission, "Permission": Permission}

    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for name in (roles.EDITORS, roles.MODERATORS, roles.ADMINISTRATORS):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)

    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is not None:
        # Wagtail's initial data gives editors and moderators their rights on the tree's
        # root, where they could add pages beside the home page: move them to each site's root.
        GroupPagePermission.objects.filter(group__name__in=roles.SITE_PAGE_PERMISSIONS, page=root).delete()
        roles.grant_page_permissions(root, roles.ROOT_PAGE_PERMISSIONS, **models)
    for site in Site.objects.all():
        roles.grant_site_root(Page.objects.get(pk=site.root_page_id), **models)

    collection = Collection.objects.filter(depth=1).first()
    if collection is not None:
        for name, perms in roles.COLLECTION_PERMISSIONS.items():
            group = Group.objects.get(name=name)
            for app_label, codename in perms:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=collection,
                    permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
                )
    roles.grant_administrators_everything(Group=Group, Permission=Permission)

    if root is not None:
        create_workflow(apps, root, Group.objects.get(name=roles.MODERATORS))


def create_workflow(apps, root, moderators):
    """Editors submit, moderators approve or reject with a comment: one workflow on the root."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    content_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=roles.APPROVAL_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=roles.APPROVAL_TASK_NAME, content_type=content_type, active=True)
    task.groups.set([moderators])

    workflow, _created = Workflow.objects.get_or_create(name=roles.WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task_id=task.pk, defaults={"sort_order": 0})
    previous = WorkflowPage.objects.filter(page=root).exclude(workflow=workflow).first()
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    # Wagtail's default workflow ("Moderators approval", made by its own migration) is
    # replaced, not kept beside it: editors would be offered two.
    if previous is not None and not WorkflowPage.objects.filter(workflow=previous.workflow).exists():
        Workflow.objects.filter(pk=previous.workflow_id).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop, elidable=False)]
