"""Find and normalise date mentions in Persian and Arabic news (``find_dates``)."""

from .finder import DocumentDate, find_dates, metadata_date, read_dates
from .mention import DateMention
from .values import Span, parse_value

__all__ = ["DateMention", "DocumentDate", "Span", "find_dates", "metadata_date", "parse_value", "read_dates"]
