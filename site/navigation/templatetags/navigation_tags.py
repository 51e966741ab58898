"""Template tags of the site's menus."""

from django import template

from navigation.models import NavigationSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def menu_items(context, which):
    """The items of the header (``main``) or ``footer`` menu for the current site."""
    request = context.get("request")
    if request is None:
        return []
    nav = NavigationSettings.for_request(request)
    items = nav.header_items if which == "main" else nav.footer_items
    return [
        {"label": item.label, "url": item.href(request)}
        for item in items.select_related("link_page").all()
        if item.label
    ]
