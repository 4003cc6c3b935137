"""Admin building blocks shared by every app."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from barents_portal.languages import language_codes, languages_with_content


class StampedAdminMixin:
    """Stamp created_by / updated_by with the staff member who saved the form."""

    def save_model(self, request, obj, form, change):
        if not change or obj.created_by_id is None:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for instance in instances:
            if hasattr(instance, "updated_by_id"):
                if instance.created_by_id is None:
                    instance.created_by = request.user
                instance.updated_by = request.user
            instance.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()


class PortalTranslationAdmin(StampedAdminMixin, TabbedTranslationAdmin):
    """Tabbed translations (jQuery UI served from our static files), stamps, languages."""

    @admin.display(description=_("languages"))
    def languages(self, obj):
        present = set(languages_with_content(obj))
        return " ".join(code if code in present else "–" for code in language_codes())

    @admin.display(description=_("state"))
    def state(self, obj):
        return obj.publication_state.label


admin.site.site_header = _("Barents Portal administration")
admin.site.site_title = _("Barents Portal")
admin.site.index_title = _("Content")
