"""Currencies the funders pay in, and indicative rates to compare amounts across them.

Programmes pay in their own currency (NOK, SEK, EUR, DKK). The finder ("amount I need"),
the database's amount filter and the statistics compare and add amounts in euros at the
indicative rates below, in SQL. They are rounded yearly averages, good enough to say
"about 10 000 EUR" and to rank, never to quote: pages always show the original amount.
"""

from decimal import Decimal

from django.db import models
from django.db.models import Case, DecimalField, F, Value, When
from django.utils.translation import gettext_lazy as _


class Currency(models.TextChoices):
    EUR = "EUR", _("euro")
    NOK = "NOK", _("Norwegian krone")
    SEK = "SEK", _("Swedish krona")
    DKK = "DKK", _("Danish krone")


# 1 unit of the currency in euros (rounded averages, reviewed once a year).
EUR_RATES = {
    Currency.EUR: Decimal("1"),
    Currency.NOK: Decimal("0.086"),
    Currency.SEK: Decimal("0.088"),
    Currency.DKK: Decimal("0.134"),
}

EUR_FIELD = DecimalField(max_digits=16, decimal_places=2)


def to_eur(amount, currency):
    """An amount in euros (Python side, for a value a visitor typed)."""
    return (Decimal(amount) * EUR_RATES[Currency(currency)]).quantize(Decimal("0.01"))


def in_eur(field, currency_field="currency"):
    """SQL: the amount in `field` converted to euros by the row's currency."""
    return Case(
        *(
            When(**{currency_field: code}, then=F(field) * Value(rate, output_field=EUR_FIELD))
            for code, rate in EUR_RATES.items()
        ),
        default=None,
        output_field=EUR_FIELD,
    )
