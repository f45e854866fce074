"""Wegwijzer: answers 'waar kan ik terecht?' for the social domain, in plain Dutch."""

__version__ = "0.1.0"
