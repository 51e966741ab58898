"""How often one reader may send feedback: a few answers per ten minutes.

The counter lives in the cache only, under a keyed hash of the reader's address
(never the address itself), and expires with its window; nothing reaches the
database. The address is the one django-axes uses, so ``TRUSTED_PROXY_COUNT``
decides it the same way behind a proxy.
"""

from axes.helpers import get_client_ip_address
from django.core.cache import cache
from django.utils.crypto import salted_hmac

LIMIT = 5  # answers...
WINDOW_SECONDS = 600  # ...per ten minutes


def _key(request) -> str:
    address = get_client_ip_address(request) or "unknown"
    return "qapi:feedback:rate:" + salted_hmac("qapi.feedback.rate", address).hexdigest()[:32]


def allow(request) -> bool:
    """Count this answer; False when the reader has sent ``LIMIT`` already in this window."""
    key = _key(request)
    if cache.add(key, 1, WINDOW_SECONDS):
        return True
    try:
        return cache.incr(key) <= LIMIT
    except ValueError:  # expired between add and incr
        cache.add(key, 1, WINDOW_SECONDS)
        return True
