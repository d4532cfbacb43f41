"""newsevents: news articles → structured, dated, located, attributed event records."""

__version__ = "0.1.0"
