"""quotemark: read news articles closely in the terminal."""

__version__ = "0.1.0"
