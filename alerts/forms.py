"""The subscribe form: an address, a language and what to follow, nothing else.

It refuses rather than repairs: a line break in any field (header injection), a value
longer than its field, a field it does not know (an unknown filter), a filter code or a
programme or topic that does not exist — a clear error, nothing stored, no mail.
"""

from decimal import Decimal, InvalidOperation

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from alerts.matching import FILTER_KEYS
from alerts.models import Subscription
from barents_portal.vocabulary import Country
from barents_portal.vocabulary import Region as RegionCode
from news.models import Topic
from projects.forms import MAX_AMOUNT
from projects.models import ApplicantType, Programme, Theme

MAX_VALUE_LENGTH = 254


class SubscribeForm(forms.Form):
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    language = forms.ChoiceField(label=_("Language of the mails"), choices=settings.LANGUAGES)
    kind = forms.ChoiceField(choices=Subscription.Kind, widget=forms.HiddenInput)
    place = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)
    applicant = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)
    theme = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)
    amount_eur = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)
    programme = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    topic = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = get_language()

    def clean(self):
        data = self.data
        unknown = sorted(set(data) - set(self.fields))
        if unknown:
            raise forms.ValidationError(
                _("This form does not know the field “%(name)s”."),
                code="unknown",
                params={"name": unknown[0][:40]},
            )
        for name in data:
            for value in data.getlist(name) if hasattr(data, "getlist") else [data[name]]:
                if "\r" in value or "\n" in value:
                    raise forms.ValidationError(
                        _("Line breaks are not allowed in this form."), code="line-break"
                    )
                if len(value) > MAX_VALUE_LENGTH:
                    raise forms.ValidationError(_("A value is too long."), code="too-long")
        cleaned = super().clean()
        kind = cleaned.get("kind")
        if kind == Subscription.Kind.CALLS:
            cleaned["filters"] = self._filters(cleaned)
        elif kind == Subscription.Kind.PROGRAMME:
            programme_id = cleaned.get("programme")
            programme = Programme.objects.published().filter(pk=programme_id).first()
            if programme is None:
                raise forms.ValidationError(_("This programme is not published."), code="target")
            cleaned["programme"] = programme
        elif kind == Subscription.Kind.TOPIC:
            topic = Topic.objects.filter(pk=cleaned.get("topic")).first()
            if topic is None:
                raise forms.ValidationError(_("This topic does not exist."), code="target")
            cleaned["topic"] = topic
        return cleaned

    def _filters(self, cleaned):
        filters = {key: cleaned.get(key) for key in FILTER_KEYS if cleaned.get(key)}
        known = {
            "place": lambda code: code in Country.values or code in RegionCode.values,
            "applicant": lambda code: ApplicantType.objects.filter(code=code).exists(),
            "theme": lambda code: Theme.objects.filter(code=code).exists(),
            "amount_eur": _valid_amount,
        }
        for key, value in filters.items():
            if not known[key](value):
                raise forms.ValidationError(
                    _("One of the search's filters is not known: %(value)s"),
                    code="filter",
                    params={"value": value},
                )
        return filters

    def subscription_values(self):
        cleaned = self.cleaned_data
        kind = cleaned["kind"]
        return {
            "email": normalise_email(cleaned["email"]),
            "language": cleaned["language"],
            "kind": kind,
            "filters": cleaned.get("filters") or {},
            "programme": cleaned["programme"] if kind == Subscription.Kind.PROGRAMME else None,
            "topic": cleaned["topic"] if kind == Subscription.Kind.TOPIC else None,
        }


def _valid_amount(value):
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return False
    return amount.is_finite() and 0 <= amount <= MAX_AMOUNT


def normalise_email(address):
    """One address, one spelling: the domain is case-insensitive (and, in practice, so is
    the local part at every provider people use), so the address is kept in lower case."""
    return address.strip().lower()
