"""What Matters: a local, private assistant for outcomes-focused "what matters" conversations."""

__version__ = "0.1.0"
