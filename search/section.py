"""The search contributes its page and the housekeeping of its words; what it finds, the
other sections declare."""

from barents_portal.sections import Section

SECTION = Section(
    content=False,
    urls="search.urls",
    housekeeping=("search.words.refresh",),
    demo="search.demo",  # the words of the demo texts, for "did you mean"
)
