from modeltranslation.translator import TranslationOptions, register

from barents_portal.history import register_history
from projects.models import (
    ApplicantType,
    Call,
    FundedProject,
    Funder,
    Programme,
    ProjectPartner,
    Theme,
)


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


@register(ProjectPartner)
class ProjectPartnerTranslationOptions(TranslationOptions):
    # A Russian partner has a Russian name and an English one; a Norwegian, Swedish or
    # Finnish partner keeps its own name, which every language falls back to.
    fields = ("organisation",)


# After the translation fields exist, so the history keeps every language column.
register_history(Theme, ApplicantType, Funder, Programme, Call, FundedProject)
