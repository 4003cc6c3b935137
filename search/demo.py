"""The demo's search words: rebuilt from the published demo texts, loaded before this (the
search comes last among the sections), as the nightly housekeeping would."""

from search.words import refresh


def load(out):
    out(refresh())
