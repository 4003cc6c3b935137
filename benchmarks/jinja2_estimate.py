"""What the Jinja2 backend would save on the public pages, measured before moving them.

Issue 16 suggests Django's Jinja2 backend where the template language is the bound. This
renders the same HTML both ways, in one process, and prints the best of several runs:

- the benchmark's floor (`templates/benchmarks/floor.html`): 40 simple cards;
- the funding finder's programme cards (`projects/includes/_programme_cards.html`) with
  the context the finder builds for `make bench`'s filters, written for Jinja2 with the
  same template tags as functions.

The ratio of the two engines, applied to the time each page spends in its template
(`benchmarks/profile_pages.py`, column "template"), bounds what the move could gain.
Runs against `make bench`'s database, like profile_pages.py.

    .venv/bin/python benchmarks/jinja2_estimate.py
"""

import html
import os
import re
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: benchmarks/ is not on the path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks import load  # noqa: E402

FLOOR = """<!doctype html>
<html lang="{{ LANGUAGE_CODE }}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{{ _("News") }} · {{ _("Barents Portal") }}</title>
  <link rel="stylesheet" href="{{ static('css/portal.css') }}">
</head>
<body>
  <header class="site-header">
    <a class="brand" href="/{{ LANGUAGE_CODE }}/"><img src="{{ static('img/logo.svg') }}" alt="" \
width="40" height="40">
      <span class="brand__name">{{ _("Barents Secretariat") }}</span></a>
    <nav><ul>{% for code, name in LANGUAGES %}<li><a href="/{{ code }}/" hreflang="{{ code }}">\
{{ name }}</a></li>{% endfor %}</ul></nav>
  </header>
  <main id="main"><div class="wrap">
    <h1>{{ _("News") }}</h1>
    <ul class="cards">
    {% for item in items %}
      <li class="card">
        <h2 class="card__title"><a href="{{ item.url }}">{{ item.title }}</a></h2>
        <p class="card__meta"><time datetime="{{ item.published_at|date('c') }}">\
{{ item.published_at|date("DATE_FORMAT") }}</time>
        {% for topic in item.topics %}<a class="tag" href="{{ item.url }}#{{ topic|slugify }}">\
{{ topic }}</a>{% endfor %}</p>
        <p class="card__summary">{{ item.summary|truncatewords(40) }}</p>
        <p class="card__summary">{{ item.summary }} {{ item.summary|upper }}</p>
      </li>
    {% endfor %}
    </ul>
  </div></main>
  <footer class="site-footer"><p>{{ _("Barents Secretariat") }}</p></footer>
</body>
</html>
"""

PROGRAMME_CARDS = """{% set themes_label = _("Themes") %}<ul class="card-grid">
{% for programme in programmes %}<li class="card programme-card">
  <h3 class="card__title"><a href="{{ programme.get_absolute_url() }}"\
{{ lang_attr(programme) }}>{{ programme.name }}</a>{{ fallback_label(programme) }}</h3>
  <p class="card__meta">{{ programme.funder.name }} · {{ programme.get_instrument_display() }}\
{% set amounts = amount_range(programme) %}{% if amounts %} · {{ amounts }}{% endif %}</p>
  {% if programme.summary %}<p{{ lang_attr(programme, "summary") }}>{{ programme.summary }}</p>\
{% endif %}
  {% set call = programme.upcoming_calls[0] if programme.upcoming_calls else None %}
  <p class="programme-card__deadline">
    {% if call %}
    <strong>{% if call.deadline %}{{ _("Next deadline:") }} {{ call_deadline(call) }}\
{% else %}{{ _("Applications all year") }}{% endif %}</strong>
    <span class="tag tag--{{ call.state }}">{{ call_timing(call) }}</span>
    {% else %}
    {{ _("No open or announced call at the moment.") }}
    {% endif %}
  </p>
  {% set themes = programme.theme_codes|rows_of(themes_by_code) %}{% if themes %}
  <ul class="tags" aria-label="{{ themes_label }}">{% for theme in themes %}\
<li class="tag">{{ theme.name }}</li>{% endfor %}</ul>
  {% endif %}
</li>{% endfor %}
</ul>
"""


def best_ms(render, runs=7, number=200):
    for _warm_up in range(20):
        render()
    times = []
    for _run in range(runs):
        start = time.perf_counter()
        for _call in range(number):
            render()
        times.append((time.perf_counter() - start) / number * 1000)
    return min(times)


def same_html(one, other):
    """Equal but for whitespace and how each engine escapes an apostrophe."""

    def normal(text):
        return re.sub(r"\s+", "", html.unescape(text))

    return normal(one) == normal(other)


def main():
    url = load.database_url()
    os.environ.update({**load.server_env(url, cache=False), "SECRET_KEY": "estimate"})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "barents_portal.settings")
    import django

    django.setup()
    import jinja2
    from django.conf import settings
    from django.contrib.auth.models import AnonymousUser
    from django.template.loader import get_template
    from django.templatetags.static import static
    from django.test import RequestFactory
    from django.utils import formats, translation
    from django.utils.text import Truncator, slugify
    from markupsafe import Markup

    from barents_portal.bench import ITEMS
    from barents_portal.templatetags.portal import fallback_label, lang_attr
    from projects.models import rows_of
    from projects.templatetags.funding_tags import amount_range, call_deadline, call_timing
    from projects.views import FinderView

    def safe(function):
        return lambda *args: Markup(function(*args))

    environment = jinja2.Environment(autoescape=True, extensions=["jinja2.ext.i18n"])
    environment.install_gettext_callables(translation.gettext, translation.ngettext, newstyle=True)
    environment.filters.update(
        date=formats.date_format,
        slugify=slugify,
        truncatewords=lambda text, words: Truncator(text).words(words),
        rows_of=rows_of,
    )
    environment.globals.update(
        static=static,
        LANGUAGES=settings.LANGUAGES,
        lang_attr=safe(lang_attr),
        fallback_label=safe(fallback_label),
        amount_range=amount_range,
        call_deadline=safe(call_deadline),
        call_timing=call_timing,
    )

    translation.activate("en")
    request = RequestFactory().get(dict(load.pages(url, "en"))["finder with filters"])
    request.user, request.LANGUAGE_CODE = AnonymousUser(), "en"
    finder = FinderView()
    finder.setup(request)
    cases = [
        (
            "floor (40 cards)",
            get_template("benchmarks/floor.html"),
            environment.from_string(FLOOR),
            {"items": ITEMS, "LANGUAGE_CODE": "en"},
        ),
        (
            "finder's programme cards",
            get_template("projects/includes/_programme_cards.html"),
            environment.from_string(PROGRAMME_CARDS),
            finder.get_context_data(),
        ),
    ]
    print(f"{'template':<26} {'Django ms':>9} {'Jinja2 ms':>9} {'Jinja2/Django':>13}")
    for name, django_template, jinja_template, context in cases:
        if not same_html(django_template.render(context, request), jinja_template.render(context)):
            raise SystemExit(f"{name}: the two engines wrote different HTML")
        ours = best_ms(lambda t=django_template, c=context: t.render(c, request))
        theirs = best_ms(lambda t=jinja_template, c=context: t.render(c))
        print(f"{name:<26} {ours:9.2f} {theirs:9.2f} {theirs / ours:13.2f}")


if __name__ == "__main__":
    main()
