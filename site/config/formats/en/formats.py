"""English dates the British way, like the site's spelling: "25 October 2017".

Django's "en" formats are American ("Oct. 25, 2017", "10/25/2017", "2:30 p.m."); the
site writes British English, so dates, times and typed dates follow one British
convention everywhere: day before month, month in full, 24-hour clock (as in the
Azerbaijani and Russian versions), weeks starting on Monday. Numbers stay Django's
("66,828").
"""

DATE_FORMAT = "j F Y"  # 25 October 2017
DATETIME_FORMAT = "j F Y, H:i"  # 25 October 2017, 09:00
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y"  # October 2017
MONTH_DAY_FORMAT = "j F"  # 25 October
SHORT_DATE_FORMAT = "d/m/Y"  # 25/10/2017
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

# Typed dates are read day first (25/10/2017), never month first; ISO dates
# (2017-10-25, what <input type="date"> sends) are always accepted as well.
DATE_INPUT_FORMATS = [
    "%Y-%m-%d",  # 2017-10-25
    "%d/%m/%Y",  # 25/10/2017
    "%d/%m/%y",  # 25/10/17
    "%d %b %Y",  # 25 Oct 2017
    "%d %B %Y",  # 25 October 2017
]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",  # 2017-10-25 14:30:59
    "%Y-%m-%d %H:%M:%S.%f",  # 2017-10-25 14:30:59.000200
    "%Y-%m-%d %H:%M",  # 2017-10-25 14:30
    "%d/%m/%Y %H:%M:%S",  # 25/10/2017 14:30:59
    "%d/%m/%Y %H:%M",  # 25/10/2017 14:30
    "%d/%m/%y %H:%M",  # 25/10/17 14:30
]
