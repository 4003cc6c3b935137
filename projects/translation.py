from modeltranslation.translator import TranslationOptions, register

from barents_portal.history import register_history
from projects.models import ApplicantType, Call, FundedProject, Funder, Programme, Theme


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(ApplicantType)
class ApplicantTypeTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Funder)
class FunderTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Programme)
class ProgrammeTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "summary", "description", "eligibility", "how_to_apply")


@register(Call)
class CallTranslationOptions(TranslationOptions):
    fields = ("title", "summary")


@register(FundedProject)
class FundedProjectTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary")


# After the translation fields exist, so the history keeps every language column.
register_history(Theme, ApplicantType, Funder, Programme, Call, FundedProject)
