from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from barents_portal.languages import labelled_text, language_codes
from barents_portal.vocabulary import Country
from barents_portal.widgets import PlainSelect


class ArticleFilterForm(forms.Form):
    """The news index's filters; a value that matches nothing is a 404, never a 500.

    A topic is named by its slug in any language (a link shared from /nb/ keeps working
    under /en/); the choices offer the slug of the reader's language.
    """

    topic = forms.CharField(label=_("Topic"), required=False, widget=PlainSelect)
    country = forms.ChoiceField(label=_("Country"), required=False, widget=PlainSelect)
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None, widget=PlainSelect
    )

    def __init__(self, data, *, topics, years):
        super().__init__(data)
        self.topics_by_slug = {}
        for topic in topics:
            for code in language_codes():
                slug = getattr(topic, f"slug_{code}", None)
                if slug:
                    self.topics_by_slug.setdefault(slug, topic)
        self.fields["topic"].widget.choices = [
            ("", pgettext_lazy("topics", "All")),
            *((topic.slug, labelled_text(topic.name, topic)) for topic in topics if topic.slug),
        ]
        self.fields["country"].choices = [("", pgettext_lazy("countries", "All")), *Country.choices]
        self.fields["year"].choices = [
            ("", pgettext_lazy("years", "All")),
            *((y, y) for y in years),
        ]

    def clean_topic(self):
        slug = self.cleaned_data["topic"]
        if not slug:
            return None
        if slug not in self.topics_by_slug:
            raise forms.ValidationError(_("There is no such topic."), code="invalid_choice")
        return self.topics_by_slug[slug]

    def filter(self, queryset):
        data = self.cleaned_data
        if data.get("topic"):
            queryset = queryset.filter(topics=data["topic"])
        if data.get("country"):
            queryset = queryset.in_country(data["country"])
        if data.get("year"):
            queryset = queryset.in_year(data["year"])
        return queryset

    @property
    def is_filtered(self):
        return any(self.cleaned_data.get(name) for name in ("topic", "country", "year"))
