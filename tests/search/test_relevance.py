"""Search quality on the demo content: recall@5 and MRR over the relevance set.

Runs on whichever database the suite runs on (SQLite and PostgreSQL in `make test`).
Thresholds (docs/search.md): recall@5 >= 0.95 and MRR >= 0.90 overall.
"""

import io
import os
import sys

import pytest
from django.core.management import call_command
from wagtail.models import Page

from search.query import run_search
from tests.search.relevance_set import QUERIES

RECALL_AT_5 = 0.95
MRR = 0.90


@pytest.mark.django_db
def test_relevance_on_the_demo_site():
    call_command("seed_demo", stdout=io.StringIO())
    ids = dict(Page.objects.values_list("slug_az", "pk"))
    assert len(QUERIES) >= 30
    assert {lang for lang, *_rest in QUERIES} == {"az", "en", "ru"}

    recalls, reciprocal_ranks, report = [], [], []
    for lang, query, expected, *also in QUERIES:
        wanted = {ids[slug] for slug in expected}
        relevant = wanted | {ids[slug] for slug in (also[0] if also else ())}
        found = [hit.entry.page_id for hit in run_search(query, lang).hits]
        top5 = found[:5]
        recall = len(wanted & set(top5)) / len(wanted)
        rank = next((i + 1 for i, pk in enumerate(found) if pk in relevant), None)
        recalls.append(recall)
        reciprocal_ranks.append(1 / rank if rank else 0)
        report.append(f"{lang} {query!r}: recall@5={recall:.2f} first relevant at {rank}")

    recall_at_5 = sum(recalls) / len(recalls)
    mrr = sum(reciprocal_ranks) / len(reciprocal_ranks)
    summary = f"recall@5={recall_at_5:.3f} MRR={mrr:.3f}\n" + "\n".join(report)
    assert recall_at_5 >= RECALL_AT_5, summary
    assert mrr >= MRR, summary
    if os.environ.get("QAPI_RELEVANCE_REPORT"):
        sys.stderr.write(summary + "\n")
