"""Django's month names again, so that the project's catalogue can translate them itself.

Django's Azerbaijani catalogue capitalises month names ("25 Oktyabr 2017"), but
Azerbaijani writes months in lowercase, as Russian does: "25 oktyabr 2017". The
project's catalogue (``locale/``, first in ``LOCALE_PATHS``, so read before Django's
own) translates the same messages in lowercase for ``az``, and as Django does for
``en`` and ``ru``. Nothing imports this module: it is here only so that the messages
are present in the project's source, where ``makemessages`` finds them and ``make
messages`` (``--no-obsolete``) keeps them instead of dropping them as obsolete.

The three sets are those of ``django.utils.dates``: ``F`` (``MONTHS``), ``E`` (the
"alt. month" context, Django's Azerbaijani ``DATE_FORMAT``) and ``N`` (the
"abbrev. month" context). Russian and English keep Django's translations.
"""

from django.utils.translation import gettext_noop, pgettext_lazy

# Date format "F": "oktyabr 2017" (config/formats/az: DATE_FORMAT = "j F Y").
MONTHS = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)

# Date format "E" (lazy, so never translated at import; Django has no pgettext_noop).
MONTHS_ALT = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)

# Date format "N".
MONTHS_AP = (
    pgettext_lazy("abbrev. month", "Jan."),
    pgettext_lazy("abbrev. month", "Feb."),
    pgettext_lazy("abbrev. month", "March"),
    pgettext_lazy("abbrev. month", "April"),
    pgettext_lazy("abbrev. month", "May"),
    pgettext_lazy("abbrev. month", "June"),
    pgettext_lazy("abbrev. month", "July"),
    pgettext_lazy("abbrev. month", "Aug."),
    pgettext_lazy("abbrev. month", "Sept."),
    pgettext_lazy("abbrev. month", "Oct."),
    pgettext_lazy("abbrev. month", "Nov."),
    pgettext_lazy("abbrev. month", "Dec."),
)
