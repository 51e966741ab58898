"""Keep the editorial groups' page rights on every site's root page (operations.roles)."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_migrate, post_save
from wagtail.models import GroupPagePermission, Site

from . import roles


def site_saved(sender, instance, **kwargs):
    if instance.root_page_id:
        roles.grant_site_root(
            instance.root_page, Group=Group, GroupPagePermission=GroupPagePermission, Permission=Permission
        )


def administrators_after_migrate(sender, using="default", **kwargs):
    """After each app's migrations: its permissions exist (made here if Django's own
    handler has not run yet for it), and administrators hold them."""
    from django.contrib.auth.management import create_permissions

    create_permissions(sender, verbosity=0, using=using)
    roles.grant_administrators_everything(Group=Group, Permission=Permission)


def connect(app_config):
    post_save.connect(site_saved, sender=Site, dispatch_uid="operations_site_root_permissions")
    post_migrate.connect(administrators_after_migrate, dispatch_uid="operations_administrators")
