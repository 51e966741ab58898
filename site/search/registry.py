"""How an app makes its things searchable, without an edit in ``search``.

Pages: every page type built on ``core.models.BasePage`` is searchable once
published; ``search_exclude = True`` on a page type keeps it out.

Snippets and other models: mix in ``core.translated.Translated`` (its languages
and its URL in each) and declare the model::

    from search.registry import searchable

    @searchable
    class Checkpoint(Translated, models.Model): ...

What search reads from an object, each with a default:

- languages: ``translated_languages`` (``core.translated``);
- URL in a language: ``url_in(language)``; an object with no URL is not indexed;
- title: its ``translated_title_field`` in that language (``title_en``, ``name_ru``);
- text: every field registered for translation, plus ``get_search_text(language)``
  (pages too): extra text to match on, e.g. the text of an article's PDF::

      def get_search_text(self, language):
          # called with ``language`` active; return plain text ("" for none)
          return self.pdf_text if language == self.language else ""

  It is matched and ranked like the rest of the text but never quoted in an excerpt
  (excerpts come from the reader's text, or ``get_excerpt_text(language)``). Store
  extracted text rather than reading a file here: it runs on every save and rebuild.
  After changing what it returns for existing objects, ``manage.py search_rebuild``;
- date: ``search_date()``, else a ``date`` field, else when it was first published;
- kind: the model's verbose name (the type filter of the search page);
- public: ``is_search_public()``, else ``live`` where the model has it.

Saving or deleting a declared object updates its entries at once.
"""

_models: list = []


def searchable(model):
    """Class decorator: index ``model``'s objects for site search (see the module docstring)."""
    if model not in _models:
        _models.append(model)
    return model


def searchable_models() -> tuple:
    """The non-page models declared searchable."""
    return tuple(_models)
