"""The guidance corpus as package data: markdown pages, the question bank, supervision questions and eval sets.

Not code: an importable package only so that an installed wheel carries these files (read them through
importlib.resources, or assistant.settings.Settings.corpus_dir).
"""
