"""Nothing to translate: feedback has no page type or snippet.

A reader's comment is kept as written, with the language of the page it was sent
from (``PageFeedback.language``); the interface text is in the locale files.
"""
