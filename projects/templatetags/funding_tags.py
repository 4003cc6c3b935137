"""Money, deadlines and the funding block of the front page."""

from decimal import Decimal

from django import template
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.formats import date_format, localize, number_format, time_format
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

from barents_portal.cache import fragment
from projects.models import rows_of
from projects.querysets import CallState

register = template.Library()


@register.filter
def amount(value):
    """A number for the visitor's language: 10,000 in English, 10 000 in Norwegian/Russian."""
    if value is None or value == "":
        return ""
    value = Decimal(value)
    decimals = 0 if value == value.to_integral_value() else 2
    return number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)


@register.filter
def money(value, currency):
    if value is None or value == "":
        return ""
    return f"{amount(value)}\u00a0{currency}"


@register.simple_tag
def amount_range(programme):
    """ "10 000–50 000 EUR", "up to 50 000 EUR", "from 5 000 NOK" or "10 000 EUR"."""
    low, high, currency = programme.min_amount, programme.max_amount, programme.currency
    if low is not None and high is not None:
        if low == high:
            return money(low, currency)
        return gettext("%(low)s–%(high)s %(currency)s") % {
            "low": amount(low),
            "high": amount(high),
            "currency": currency,
        }
    if high is not None:
        return gettext("up to %(amount)s") % {"amount": money(high, currency)}
    if low is not None:
        return gettext("from %(amount)s") % {"amount": money(low, currency)}
    return ""


# `{% for theme in project.theme_codes|rows_of:themes_by_code %}`
register.filter("rows_of", rows_of)


def _local(value, format_name):
    """A datetime as the `date` and `time` filters write it: in Oslo time, localised."""
    return date_format(timezone.localtime(value), format_name)


def _sentence(text, **values):
    """A translated sentence with its values escaped, as {% blocktranslate %} writes it."""
    return mark_safe(text % {name: conditional_escape(value) for name, value in values.items()})  # noqa: S308 - the values are escaped


@register.simple_tag
def call_deadline(call):
    """A call's deadline with its time ("12 March 2027, 12:00 Oslo time") in a <time>.

    Call tables, programme cards, a programme's calls and the front page write it for
    every call they list: one function, not a template per call.
    """
    if not call.deadline:
        return gettext("No deadline")
    deadline = timezone.localtime(call.deadline)
    return format_html(
        '<time datetime="{}">{}</time>',
        deadline.isoformat(),  # as the `date` filter's "c" writes it
        _sentence(
            gettext("%(date)s, %(time)s Oslo time"),
            date=date_format(deadline, "DATE_FORMAT"),
            time=time_format(deadline, "TIME_FORMAT"),
        ),
    )


@register.simple_tag
def call_timing(call):
    """A call's state in words: "opens 1 March 2027", "open all year", "closed 1 March
    2027", "closes today at 12:00" or "closes in 3 days"."""
    state = call.state
    if state == CallState.FORTHCOMING:
        return _sentence(gettext("opens %(date)s"), date=_local(call.opens_at, "DATE_FORMAT"))
    if state == CallState.ROLLING:
        return gettext("open all year")
    if state == CallState.CLOSED:
        return _sentence(gettext("closed %(date)s"), date=_local(call.deadline, "DATE_FORMAT"))
    days = call.days_left()
    if days == 0:
        return _sentence(
            gettext("closes today at %(time)s"),
            time=time_format(timezone.localtime(call.deadline), "TIME_FORMAT"),
        )
    return _sentence(
        ngettext("closes in %(days)s day", "closes in %(days)s days", days),
        days=localize(days),
    )


@register.inclusion_tag("projects/includes/_home_funding.html", takes_context=True)
def funding_highlights(context, deadlines=5):
    """The front page's funding block: the next deadlines and this year's counters."""
    from projects.figures import granted_in
    from projects.models import Call, Programme

    year = timezone.localdate().year

    def read():
        now = timezone.now()
        calls = Call.objects.published()
        return {
            "next_deadlines": list(
                calls.filter(deadline__gt=now)
                .select_related("programme")
                .order_by("deadline", "pk")[:deadlines]
            ),
            # Both counters in one query (the front page stays within ten).
            **Programme.objects.published().aggregate(
                programmes=Count("pk", distinct=True),
                open_calls=Count("calls", filter=Q(calls__in=calls.open_now(now)), distinct=True),
            ),
        }

    return {
        "request": context.get("request"),
        "year": year,
        # From the statistics' kept figures: no aggregate over every project per request.
        "granted": granted_in(year),
        # Kept like the figures: a call's opening and deadline are scheduled changes, so
        # the kept counters and deadlines end when one of them comes.
        **fragment(f"funding-highlights-{deadlines}", read),
    }
