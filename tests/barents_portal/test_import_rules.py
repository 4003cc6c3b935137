"""The import rules between the parts of the site, read from the source with `ast`.

- The shared blocks (barents_portal/) know no section: outside the wiring (the root URLconf
  and the settings), no module imports a section app or names its modules, models or URL
  names by string. Sections plug in through barents_portal.sections.
- The secretariat imports neither news nor projects.
- The search imports no other section: what it finds, the sections declare.

Every import statement counts, at module level or inside a function, and so do the string
arguments of importlib.import_module(), import_string(), apps.get_model() and
apps.get_app_config(), and any other string (docstrings aside) that starts with a section's
module path, model label or URL namespace ("news.models", "news.Event", "news:index").
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECTION_APPS = ("news", "projects", "secretariat", "search", "alerts")
# The wiring composes the sections; it may name them.
WIRING = {"barents_portal/urls.py", "barents_portal/settings.py"}
LOADERS = {"import_module", "import_string", "__import__", "get_app_config"}


def _call_name(node):
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _docstrings(tree):
    nodes = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                nodes.add(id(body[0].value))
    return nodes


def references(source):
    """(line, name, is_import) of every module, model or URL name `source` may refer to:
    imports and loader calls (is_import), and every other string but docstrings."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, True
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module, True
        elif isinstance(node, ast.Call) and node.args:
            name = _call_name(node)
            strings = [
                arg.value
                for arg in node.args
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            ]
            if name in LOADERS and strings:
                yield node.lineno, strings[0], True
            elif name == "get_model" and strings:
                # get_model("news.Event") or get_model("news", "Event")
                yield node.lineno, ".".join(strings), True
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            yield node.lineno, node.value, False


def refers_to(name, apps, is_import):
    """An import of one of `apps` or of a module inside one; or a string naming a module,
    model label or URL name inside one (a bare "search" is a plain word)."""
    names = "|".join(map(re.escape, apps))
    pattern = rf"^(?:{names})(?:$|\.\w)" if is_import else rf"^(?:{names})[.:]\w"
    return re.match(pattern, name) is not None


def violations(path, forbidden):
    relative = path.relative_to(ROOT).as_posix()
    return [
        f"{relative}:{line}: {name}"
        for line, name, is_import in references(path.read_text(encoding="utf-8"))
        if refers_to(name, forbidden, is_import)
    ]


def python_files(folder):
    return sorted((ROOT / folder).rglob("*.py"))


def shared_block_files():
    return [
        path
        for path in python_files("barents_portal")
        if path.relative_to(ROOT).as_posix() not in WIRING
    ]


def test_the_shared_blocks_import_no_section_outside_the_wiring():
    found = [v for path in shared_block_files() for v in violations(path, SECTION_APPS)]
    assert found == []


def test_the_secretariat_imports_neither_news_nor_projects():
    found = [
        v for path in python_files("secretariat") for v in violations(path, ("news", "projects"))
    ]
    assert found == []


def test_news_and_funding_know_nothing_of_the_alerts():
    # The alerts subscribe to their content; they fill the slots those pages leave open.
    found = [
        v
        for app in ("news", "projects")
        for path in python_files(app)
        for v in violations(path, ("alerts",))
    ]
    assert found == []


def test_the_search_imports_no_other_section():
    others = ("news", "projects", "secretariat")
    found = [v for path in python_files("search") for v in violations(path, others)]
    assert found == []


@pytest.mark.parametrize(
    "line",
    [
        "import news",
        "import news.models as m",
        "from news.models import Article",
        "from projects import sitemaps",
        "def f():\n    from secretariat.models import Office",
        "class C:\n    def f(self):\n        import search.sections",
        "importlib.import_module('news.demo')",
        "import_string('projects.sitemaps.ProgrammeSitemap')",
        "apps.get_model('news.Event')",
        "apps.get_model('news', 'Event')",
        "apps.get_app_config('secretariat')",
        "TIME_BOUNDARIES = [('projects.Call', 'deadline')]",
        "url_names = ['news:index']",
        "reverse('secretariat:office-list')",
    ],
)
def test_the_rules_catch_every_way_of_reaching_a_section(tmp_path, monkeypatch, line):
    module = tmp_path / "barents_portal" / "module.py"
    module.parent.mkdir()
    module.write_text(f'"""A docstring may mention news.models."""\n{line}\n', encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert violations(module, SECTION_APPS) != []


@pytest.mark.parametrize(
    "line",
    [
        '"""The news section (news.models) is not imported here."""',
        "from barents_portal.search import html",
        "from . import sections",
        "field = 'search_nb'",
        "words = ['newsletter', 'projectsx']",
        "kind = 'search'",
    ],
)
def test_the_rules_leave_other_names_alone(tmp_path, monkeypatch, line):
    module = tmp_path / "barents_portal" / "module.py"
    module.parent.mkdir()
    module.write_text(f"{line}\n", encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert violations(module, SECTION_APPS) == []
