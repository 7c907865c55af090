"""Legation: relations between states, read from text into sourced, dated data."""

__version__ = "0.1.0"
