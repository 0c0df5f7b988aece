"""newsstream: parse, enrich and publish scraped news articles from Kafka."""

__version__ = "0.1.0"
