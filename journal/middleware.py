"""OAI-PMH harvesters may send their requests as POST (protocol 2.0, §3.1.1.2).

The endpoint is a route of the journal's page, and every page view is CSRF-protected;
a harvester has no CSRF token. The endpoint only reads, so CSRF (which guards against
a forged *change*) does not apply to it: this middleware lifts the check for a POST to
a live journal's ``oai/`` route and for nothing else. It runs before Django's
``CsrfViewMiddleware`` (see settings).
"""

OAI_SUFFIX = "oai/"


def oai_endpoint_paths() -> set[str]:
    """The ``…/oai/`` path of every live journal home, in every language it exists in."""
    from core.translated import languages_of, url_in

    from .models import JournalIndexPage

    paths = set()
    for journal in JournalIndexPage.objects.live().specific():
        for language in languages_of(journal):
            url = url_in(journal, language)
            if url:
                paths.add(url + OAI_SUFFIX)
    return paths


class OaiPostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        oai_post = request.method == "POST" and request.path.endswith("/" + OAI_SUFFIX)
        if oai_post and request.path in oai_endpoint_paths():
            request._dont_enforce_csrf_checks = True  # Django's own switch (used by its test client)
        return self.get_response(request)
