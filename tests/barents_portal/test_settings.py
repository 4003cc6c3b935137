"""Configuration: production fails fast, a development checkout works as the README shows,
and `.env.example` documents every variable the settings read."""

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from barents_portal import envfile

BASE_DIR = Path(settings.BASE_DIR)
# The modules that read the environment on their own: settings and the entry points.
CONFIGURATION_MODULES = [
    "barents_portal/settings.py",
    "barents_portal/envfile.py",
    "barents_portal/wsgi.py",
    "barents_portal/devdb.py",
    "manage.py",
    "deploy/gunicorn.conf.py",
]
ENV_HELPERS = {"env", "env_bool", "env_list", "getenv"}


def clean_environment(**extra):
    """This process's environment without any portal setting, plus `extra`."""
    documented = documented_variables()
    env = {key: value for key, value in os.environ.items() if key not in documented}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return {**env, **extra}


def run(args, env):
    return subprocess.run(
        [sys.executable, *args], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )


def variables_read(path):
    """Names passed as a literal to env()/env_bool()/env_list(), os.getenv(),
    os.environ.get() or os.environ[...] in one module."""
    names = set()
    for node in ast.walk(ast.parse((BASE_DIR / path).read_text())):
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            is_helper = isinstance(func, ast.Name) and func.id in ENV_HELPERS
            is_environ_get = (
                isinstance(func, ast.Attribute)
                and func.attr in {"get", "getenv"}
                and ast.unparse(func.value) in {"os.environ", "os", "environ"}
            )
            first = node.args[0]
            if (is_helper or is_environ_get) and isinstance(first, ast.Constant):
                names.add(first.value)
        elif (
            isinstance(node, ast.Subscript)
            and ast.unparse(node.value) == "os.environ"
            and isinstance(node.slice, ast.Constant)
            and isinstance(node.ctx, ast.Load)
        ):
            names.add(node.slice.value)
    return names


def documented_variables():
    text = (BASE_DIR / ".env.example").read_text()
    return set(re.findall(r"^#? ?([A-Z][A-Z0-9_]*)=", text, re.MULTILINE))


# --- .env.example ---------------------------------------------------------------------------
def test_the_reader_finds_the_settings_variables():
    read = variables_read("barents_portal/settings.py")
    assert {"DATABASE_URL", "SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "PAGE_CACHE"} <= read
    assert {"ENV_FILE"} <= variables_read("barents_portal/envfile.py")


def test_env_example_documents_every_variable_the_settings_read_and_no_other():
    read = set().union(*(variables_read(path) for path in CONFIGURATION_MODULES))
    documented = documented_variables()
    assert sorted(read - documented) == [], "read but missing from .env.example"
    assert sorted(documented - read) == [], "in .env.example but read by no setting"


def test_every_variable_in_env_example_has_a_comment_above_it():
    lines = (BASE_DIR / ".env.example").read_text().splitlines()
    for number, line in enumerate(lines):
        if re.match(r"^#? ?[A-Z][A-Z0-9_]*=", line):
            block = lines[:number]
            while block and re.match(r"^#? ?[A-Z][A-Z0-9_]*=", block[-1]):
                block.pop()
            assert block and block[-1].startswith("#") and len(block[-1]) > 2, line


# --- Fail fast ------------------------------------------------------------------------------
def test_without_debug_a_missing_database_url_stops_the_start_with_a_clear_message():
    env = clean_environment(
        SECRET_KEY="x" * 50, ENV_FILE="", DJANGO_SETTINGS_MODULE="barents_portal.settings"
    )
    result = run(["-c", "import django; django.setup()"], env)
    assert result.returncode != 0
    assert "ImproperlyConfigured: DATABASE_URL is required when DEBUG is off" in result.stderr


def test_the_wsgi_entry_point_never_reads_the_development_env_file(tmp_path):
    """gunicorn in a checkout holding a .env with DEBUG=1 still runs production settings."""
    development = tmp_path / "development.env"
    envfile.write_development_file(development)
    env = clean_environment(SECRET_KEY="x" * 50, ENV_FILE=str(development))
    result = run(["-c", "import barents_portal.wsgi"], env)
    assert result.returncode != 0
    assert "DATABASE_URL is required when DEBUG is off" in result.stderr


def test_with_debug_on_settings_fall_back_to_the_private_cluster():
    code = "from django.conf import settings; print(settings.DATABASES['default']['HOST'])"
    env = clean_environment(DEBUG="1", DJANGO_SETTINGS_MODULE="barents_portal.settings")
    result = run(["-c", f"import django; django.setup(); {code}"], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(BASE_DIR / ".pgdata")


# --- The development checkout -------------------------------------------------------------
def test_manage_py_shell_works_in_a_development_checkout_with_nothing_exported(tmp_path):
    """What `make install` writes is enough for the README's manage.py commands."""
    development = tmp_path / "development.env"
    assert envfile.write_development_file(development)
    env = clean_environment(ENV_FILE=str(development))
    code = "from django.conf import settings; print(1, settings.DEBUG)"
    result = run(["manage.py", "shell", "-c", code], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("1 True")


def test_manage_py_without_an_env_file_keeps_production_settings():
    env = clean_environment(ENV_FILE="")
    result = run(["manage.py", "check"], env)
    assert result.returncode != 0
    assert "SECRET_KEY is required when DEBUG is off" in result.stderr


def test_writing_the_development_file_never_replaces_one_that_exists(tmp_path):
    path = tmp_path / ".env"
    path.write_text("DEBUG=0\n")
    assert not envfile.write_development_file(path)
    assert path.read_text() == "DEBUG=0\n"


def test_the_development_file_turns_debug_on_and_names_no_secret():
    assert envfile.parse(envfile.DEVELOPMENT) == {"DEBUG": "1"}


def test_the_env_file_reader_reads_comments_quotes_and_export():
    text = (
        "# a comment\n\nexport DEBUG=1\nLOG_LEVEL = WARNING  # inline\n"
        "DEFAULT_FROM_EMAIL='Portal <portal@barents.example>'\nEMPTY=\n"
    )
    assert envfile.parse(text) == {
        "DEBUG": "1",
        "LOG_LEVEL": "WARNING",
        "DEFAULT_FROM_EMAIL": "Portal <portal@barents.example>",
        "EMPTY": "",
    }
    with pytest.raises(ValueError, match="line 1"):
        envfile.parse("not a variable\n")


def test_variables_set_in_the_environment_win_over_the_env_file(tmp_path, monkeypatch):
    path = tmp_path / "local.env"
    path.write_text("DEBUG=1\nLOG_LEVEL=WARNING\n")
    monkeypatch.setenv("ENV_FILE", str(path))
    environ = {"DEBUG": ""}
    envfile.load(environ)
    assert environ == {"DEBUG": "", "LOG_LEVEL": "WARNING"}


def test_an_env_file_named_but_missing_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("ENV_FILE", str(tmp_path / "missing.env"))
    with pytest.raises(FileNotFoundError, match="ENV_FILE"):
        envfile.load({})
