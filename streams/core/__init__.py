"""The pure core: raw article bytes -> an ``Article`` or a ``Rejection``.

Nothing in this package imports faust, aiokafka or prometheus_client (tests/test_architecture.py
enforces it): it runs the same in a Faust agent, a CLI, a notebook or a benchmark.
"""

from streams.core.model import Article, Outcome, Quality, Rejection, RejectReason, RelatedItem
from streams.core.parse import ParseOptions, parse_article, warm_up

__all__ = [
    "Article",
    "Outcome",
    "ParseOptions",
    "Quality",
    "RejectReason",
    "Rejection",
    "RelatedItem",
    "parse_article",
    "warm_up",
]
