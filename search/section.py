"""The search contributes its page; what it finds, the other sections declare."""

from barents_portal.sections import Section

SECTION = Section(content=False, urls="search.urls")
