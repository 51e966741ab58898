"""The admin form every Qapı page type uses."""

from wagtail.admin.forms import WagtailAdminPageForm

from .i18n import LANGUAGE_CODES, localized


class BasePageForm(WagtailAdminPageForm):
    """Slugs are optional in every language: a blank one is made from that language's title."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for lang in LANGUAGE_CODES:
            field = self.fields.get(localized("slug", lang))
            if field is not None:
                field.required = False
