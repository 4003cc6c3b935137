"""The public GET forms: the funding finder and the funded-projects filters.

Both are bound to `request.GET` and never raise: a value that does not validate becomes a
form error shown beside its field and is left out of the query; the remaining, valid
criteria still apply.

Their choices (regions, themes, applicant types, programmes, the years with projects) are
the same for every filter combination and page, so they are kept as fragments
(`barents_portal.cache.fragment`: per language and content generation, until the next
scheduled change): the reference data shared with the pages that name them
(`projects.models.reference_data`), and the database's programmes and years. The
`<select>`s are written without a template per option.
"""

import re
from decimal import Decimal

from django import forms
from django.utils.formats import get_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from barents_portal.cache import fragment
from barents_portal.vocabulary import Country
from barents_portal.widgets import PlainSelect, PlainTextInput
from projects.models import (
    Currency,
    FundedProject,
    Programme,
    reference_data,
)
from projects.money import in_eur, to_eur

MAX_AMOUNT = Decimal("1000000000")


class AmountField(forms.DecimalField):
    """A money amount as people type it: `10 000`, `10,000` (English) or `2500,50`."""

    widget = PlainTextInput  # a text field: localised input, not a number field

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("min_value", 0)
        kwargs.setdefault("max_value", MAX_AMOUNT)
        kwargs.setdefault("decimal_places", 2)
        super().__init__(localize=True, **kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = re.sub(r"[\s\u00a0\u202f]", "", value)
            if get_format("DECIMAL_SEPARATOR") == ".":
                value = value.replace(",", "")
        return super().to_python(value)


class ChoiceField(forms.ChoiceField):
    widget = PlainSelect


class TypedChoiceField(forms.TypedChoiceField):
    widget = PlainSelect


def _blank(label):
    return [("", label)]


def _region_groups(regions):
    """Countries first, then each country's regions, as <optgroup>s."""
    groups = [(_("Whole country"), list(Country.choices))]
    for code, name in Country.choices:
        members = [(region.code, region.name) for region in regions if region.country == code]
        if members:
            groups.append((name, members))
    return groups


class ValidPartsMixin:
    """`criteria()` gives the cleaned values of the fields that validated, errors aside."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def criteria(self):
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in self.errors and value not in (None, "", [])
        }


class FinderForm(ValidPartsMixin, forms.Form):
    WHEN_CHOICES = [
        ("", _("Any time")),
        ("open", _("Open for applications now")),
        ("30", _("Deadline within 30 days")),
        ("60", _("Deadline within 60 days")),
        ("90", _("Deadline within 90 days")),
    ]
    NO_PARTNER = "none"

    place = ChoiceField(label=_("Where is your organisation?"), required=False)
    applicant = ChoiceField(label=_("What kind of applicant are you?"), required=False)
    theme = ChoiceField(label=_("Theme"), required=False)
    amount = AmountField(label=_("Amount you need"))
    currency = ChoiceField(
        label=_("Currency"), choices=Currency.choices, required=False, initial=Currency.EUR
    )
    partner = ChoiceField(label=_("Your partner across the border"), required=False)
    when = ChoiceField(label=pgettext_lazy("finder", "When"), choices=WHEN_CHOICES, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.regions, self.themes, self.applicant_types = reference_data()
        self.fields["place"].choices = _blank(_("Anywhere")) + _region_groups(self.regions.values())
        self.fields["applicant"].choices = _blank(_("Any kind")) + [
            (code, kind.name) for code, kind in self.applicant_types.items()
        ]
        self.fields["theme"].choices = _blank(_("Any theme")) + [
            (code, theme.name) for code, theme in self.themes.items()
        ]
        self.fields["partner"].choices = (
            _blank(_("Does not matter"))
            + [(self.NO_PARTNER, _("I have no partner abroad"))]
            + list(Country.choices)
        )

    def clean_place(self):
        code = self.cleaned_data["place"]
        if code in Country.values:
            return Country(code)
        return self.regions.get(code)

    def clean_applicant(self):
        return self.applicant_types.get(self.cleaned_data["applicant"])

    def clean_theme(self):
        return self.themes.get(self.cleaned_data["theme"])

    def clean(self):
        cleaned = super().clean()
        amount = cleaned.get("amount")
        if amount is not None:
            cleaned["amount_eur"] = to_eur(amount, cleaned.get("currency") or Currency.EUR)
        return cleaned

    def criteria(self):
        criteria = super().criteria()
        criteria.pop("currency", None)
        if "amount" not in criteria:
            criteria.pop("amount_eur", None)
        return criteria


class ProjectFilterForm(ValidPartsMixin, forms.Form):
    SORTS = {
        "newest": ("-year_granted", "reference"),
        "oldest": ("year_granted", "reference"),
        "largest": (in_eur("grant_amount").desc(), "reference"),
        "smallest": (in_eur("grant_amount").asc(), "reference"),
        "title": ("title", "reference"),
    }
    SORT_CHOICES = [
        ("newest", _("Newest first")),
        ("oldest", _("Oldest first")),
        ("largest", _("Largest grant first")),
        ("smallest", _("Smallest grant first")),
        ("title", _("Title (A–Z)")),
    ]

    q = forms.CharField(
        label=_("Words in the title"), required=False, max_length=100, widget=PlainTextInput
    )
    programme = ChoiceField(label=_("Programme"), required=False)
    theme = ChoiceField(label=_("Theme"), required=False)
    country = ChoiceField(
        label=_("Lead partner's country"),
        required=False,
        choices=_blank(_("All countries")) + list(Country.choices),
    )
    region = ChoiceField(label=_("Region"), required=False)
    year = TypedChoiceField(label=_("Year granted"), required=False, coerce=int)
    amount_min = AmountField(label=_("Grant from (EUR)"))
    amount_max = AmountField(label=_("Grant up to (EUR)"))
    sort = ChoiceField(label=_("Sort by"), required=False, choices=SORT_CHOICES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Programmes as (pk, name): a criterion is the programme's pk (all `matching` needs).
        programmes, years = fragment("project-filter-programmes-years", self.read_choices)
        self.regions, self.themes, _applicant_types = reference_data()
        self.programmes = {str(pk): pk for pk, _name in programmes}
        self.fields["programme"].choices = _blank(_("All programmes")) + [
            (str(pk), name) for pk, name in programmes
        ]
        self.fields["theme"].choices = _blank(_("All themes")) + [
            (code, theme.name) for code, theme in self.themes.items()
        ]
        self.fields["region"].choices = (
            _blank(_("All regions")) + _region_groups(self.regions.values())[1:]
        )
        self.fields["year"].choices = _blank(_("All years")) + [(y, y) for y in years]

    @staticmethod
    def read_choices():
        return (
            [
                (programme.pk, programme.name)
                for programme in Programme.objects.published().order_by("name")
            ],
            FundedProject.objects.published().years(),
        )

    def clean_programme(self):
        return self.programmes.get(self.cleaned_data["programme"])

    def clean_theme(self):
        return self.themes.get(self.cleaned_data["theme"])

    def clean_region(self):
        return self.regions.get(self.cleaned_data["region"])

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("amount_min"), cleaned.get("amount_max")
        if low is not None and high is not None and high < low:
            self.add_error("amount_max", _("The upper limit is below the lower one."))
        return cleaned

    def ordering(self):
        return self.SORTS[self.criteria().get("sort") or "newest"]
