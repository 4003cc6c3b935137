"""What the search finds: one entry per searchable model, grouped into the types a visitor
filters by (`?type=`).

Each section app declares its types and entries (barents_portal.sections: SearchType,
SearchSection); the search reads them from the registry and imports no section. An entry
names the model whose published() queryset its results come from, the columns its title
and snippet are highlighted in, the names its "did you mean" suggestions are drawn from,
and a line of context shown under each result.

`TYPES`, `TYPES_BY_KEY`, `SECTIONS` and `SECTIONS_BY_CODE` are read from the registry on
each access, so an app installed later (a test's) is searched too.
"""

from barents_portal import sections as registry
from barents_portal.sections import SearchSection as Section
from barents_portal.sections import SearchType as Type

__all__ = ["Section", "Type", "sections_of", "sections_by_code", "types", "types_by_key"]


def types():
    return registry.search_types()


def types_by_key():
    return {type_.key: type_ for type_ in types()}


def sections_of(type_key=None):
    return [section for section in registry.search_sections() if type_key in (None, section.type)]


def sections_by_code():
    return {section.code: section for section in sections_of()}


def __getattr__(name):
    if name == "TYPES":
        return types()
    if name == "TYPES_BY_KEY":
        return types_by_key()
    if name == "SECTIONS":
        return sections_of()
    if name == "SECTIONS_BY_CODE":
        return sections_by_code()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
