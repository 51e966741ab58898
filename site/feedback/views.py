"""The one view that receives "Was this page useful?" answers.

Pages are served to anonymous readers from the page cache, so the form on them
carries no CSRF token (a token would make every page private and uncacheable).
This view is exempt from the token check and makes its own: the request must come
from this site's origin (``Origin``, else ``Referer``; ``Sec-Fetch-Site`` when the
browser sends it). Nothing a forged request could do here is worth more than one
more anonymous answer, and the rate limit caps even that. See docs/decisions.md.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from core.i18n import current_language
from core.translated import url_in

from . import ratelimit
from .forms import FeedbackForm
from .models import PageFeedback


def same_origin(request) -> bool:
    """Does this POST come from a page of this site? (Origin, else Referer; Sec-Fetch-Site if sent.)"""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site and fetch_site != "same-origin":
        return False
    own = f"{request.scheme}://{request.get_host()}"
    trusted = {own, *getattr(settings, "CSRF_TRUSTED_ORIGINS", [])}
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return origin in trusted
    referer = urlsplit(request.headers.get("Referer", ""))
    return bool(referer.scheme and referer.netloc) and f"{referer.scheme}://{referer.netloc}" in trusted


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _answer(request, status, message, form=None, page=None):
    if _wants_json(request):
        errors = {field: [str(e) for e in errs] for field, errs in form.errors.items()} if form is not None else {}
        return JsonResponse({"message": message, "errors": errors}, status=status)
    context = {"form": form, "message": message, "feedback_page": page, "breadcrumb_title": _("Page feedback")}
    return render(request, "feedback/feedback_page.html", context, status=status)


@csrf_exempt
@require_POST
@never_cache
def submit(request):
    """Save one answer, then send the reader back to the page (POST/redirect/GET)."""
    if not same_origin(request):
        return _answer(request, 403, _("Your answer could not be accepted. Please send it from the page itself."))
    form = FeedbackForm(request.POST)
    page = None
    if form.is_valid():
        page = Page.objects.live().public().filter(pk=form.cleaned_data["page"]).first()
        if page is None:
            form.add_error(None, _("This page cannot receive feedback."))
    else:
        page_id = form.cleaned_data.get("page")
        page = Page.objects.live().public().filter(pk=page_id).first() if page_id else None
    if not form.is_valid():
        return _answer(request, 400, _("Please correct the answer below."), form, page)
    if not ratelimit.allow(request):
        return _answer(request, 429, _("You have sent several answers in a short time. Please try again later."))
    PageFeedback.objects.create(
        page=page,
        language=current_language(),
        useful=form.cleaned_data["useful"],
        comment=form.cleaned_data["comment"],
    )
    message = _("Thank you: your answer helps us improve the site.")
    if _wants_json(request):
        return JsonResponse({"message": message})
    url = url_in(page.specific, current_language(), request)
    return HttpResponseRedirect(f"{url}?feedback=thanks#feedback", status=303)
