from modeltranslation.translator import TranslationOptions, register

from barents_portal.history import register_history
from secretariat.models import Office, Page, PreviousAddress, StaffMember


@register(Office)
class OfficeTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "city", "description", "opening_hours")


@register(PreviousAddress)
class PreviousAddressTranslationOptions(TranslationOptions):
    fields = ("note",)


@register(StaffMember)
class StaffMemberTranslationOptions(TranslationOptions):
    fields = ("job_title",)


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body")


# After the translation fields exist, so the history keeps every language column.
register_history(Office, StaffMember, Page)
