"""timeline: dates and Russia–Iran contacts from Persian and Arabic news."""

from .dates import DateMention, find_dates

__version__ = "0.1.0"
__all__ = ["DateMention", "find_dates", "__version__"]
