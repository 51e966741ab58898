"""Azerbaijani dates: "25 oktyabr 2017".

The month stays in the nominative after the day, and in lowercase: Django's own
Azerbaijani catalogue capitalises month names, so the project's catalogue
(locale/az) translates them again in lowercase (see core/locale_overrides.py).
Everything not named here (numbers, input formats) is Django's.
"""

DATE_FORMAT = "j F Y"  # 25 oktyabr 2017
DATETIME_FORMAT = "j F Y, H:i"  # 25 oktyabr 2017, 09:00
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y"  # oktyabr 2017
MONTH_DAY_FORMAT = "j F"  # 25 oktyabr
SHORT_DATE_FORMAT = "d.m.Y"  # 25.10.2017
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
