"""Qapı's date and time formats per language (settings.FORMAT_MODULE_PATH).

Django reads ``config.formats.<language>.formats`` before its own locale formats and
falls back to its own for every name a module here does not define. Russian keeps
Django's formats ("25 октября 2017 г."); see docs/decisions.md, "Dates".
"""
