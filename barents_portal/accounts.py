"""Staff accounts: password reset by e-mail, the set-password mail for new staff, the lockout page.

Everything runs on Django's own password-reset views and token generator. A reset link and a
set-password ("welcome") link are the same token: one use, valid PASSWORD_RESET_TIMEOUT
seconds, void once the password changes or the staff member logs in.

Mails go out in the language of the page that asked for them (the reset form, or the
administrator's choice on the add form); the link carries that language, so the page it opens
speaks it too.
"""

import logging
from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.decorators import method_decorator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop, ngettext_lazy
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)

# Strings of Django's own that these pages show and Django 6.1's Norwegian catalog lacks (the
# login page's link to the reset, the password-length error). Named here so that
# `make messages` keeps them in ours, which Django reads first.
DJANGO_STRINGS_WE_TRANSLATE = [
    gettext_noop("Forgotten your login credentials?"),
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
    ),
]

# How many reset mails one address, and how many reset requests one client address, may ask
# for within RESET_WINDOW seconds. Past that the page answers the same and sends nothing.
RESET_MAILS_PER_ADDRESS = 3
RESET_REQUESTS_PER_CLIENT = 10
RESET_WINDOW = 60 * 60


def language_or_default(code):
    codes = [language for language, _name in settings.LANGUAGES]
    return code if code in codes else translation.get_language() or settings.LANGUAGE_CODE


def staff_may_reset(user):
    """Who gets a reset mail: active staff members only.

    Unlike Django's default, a staff member without a usable password gets one too: that is a
    new colleague whose set-password mail was lost or expired. (Nobody logs in here through
    another system, so an unusable password never means "managed elsewhere".)
    """
    return user.is_active and user.is_staff


def link_for(user, url_name, language, *, request=None, domain=None, use_https=None):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse(url_name, kwargs={"uidb64": uid, "token": token})
    if request is not None:
        domain = domain or request.get_host()
        use_https = request.is_secure() if use_https is None else use_https
    scheme = "https" if use_https else "http"
    return f"{scheme}://{domain}{path}?{urlencode({'language': language})}"


def send_account_mail(user, *, kind, language, request):
    """Send the reset (`kind="reset"`) or set-password (`kind="welcome"`) mail to `user`.

    Returns whether the mail went out; a failing mail server is logged, never a 500.
    """
    url_name = {"reset": "password_reset_confirm", "welcome": "staff_set_password"}[kind]
    with translation.override(language):
        context = {
            "user": user,
            "username": user.get_username(),
            "link": link_for(user, url_name, language, request=request),
            "login_url": request.build_absolute_uri(reverse("admin:login")),
            "valid_days": max(1, settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60)),
            "site_name": admin.site.site_title,
        }
        subject = render_to_string(f"registration/staff_{kind}_subject.txt", context)
        body = render_to_string(f"registration/staff_{kind}_email.txt", context)
    message = EmailMultiAlternatives(
        " ".join(subject.split()), body, None, [getattr(user, user.get_email_field_name())]
    )
    message.extra_headers["Content-Language"] = language
    try:
        message.send()
    except Exception:
        logger.exception("Could not send the %s mail to user %s", kind, user.pk)
        return False
    return True


def within_limit(key, limit):
    """Count one more use of `key` in the current window; False once `limit` is passed."""
    cache.add(key, 0, RESET_WINDOW)
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        cache.set(key, 1, RESET_WINDOW)
        return True


class StaffPasswordResetForm(PasswordResetForm):
    def get_users(self, email):
        email_field = get_user_model().get_email_field_name()
        users = get_user_model()._default_manager.filter(
            **{f"{email_field}__iexact": email}, is_active=True, is_staff=True
        )
        return [user for user in users if staff_may_reset(user)]

    def save(self, request=None, **kwargs):
        from axes.helpers import get_client_ip_address

        email = self.cleaned_data["email"]
        client = get_client_ip_address(request) or "unknown"
        if not within_limit(f"password-reset:client:{client}", RESET_REQUESTS_PER_CLIENT):
            logger.warning("Password reset requests from %s over the limit", client)
            return
        if not within_limit(f"password-reset:email:{email.lower()}", RESET_MAILS_PER_ADDRESS):
            logger.warning("Password reset mails for one address over the limit")
            return
        for user in self.get_users(email):
            send_account_mail(
                user, kind="reset", language=translation.get_language(), request=request
            )


def admin_context(request):
    """The admin's header for someone not logged in: no sidebar of models they cannot see."""
    return {**admin.site.each_context(request), "is_nav_sidebar_enabled": False}


class AdminPageMixin:
    """The admin's header and sidebar context for pages outside the AdminSite; never cached."""

    @method_decorator(never_cache)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {**admin_context(self.request), **super().get_context_data(**kwargs)}


class LanguageFromLinkMixin:
    """Speak the language the mail was written in (`?language=` in its link), and keep it.

    The language cookie is the one the admin's own language switch sets.
    """

    def dispatch(self, request, *args, **kwargs):
        language = request.GET.get("language")
        if language not in {code for code, _name in settings.LANGUAGES}:
            return super().dispatch(request, *args, **kwargs)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = super().dispatch(request, *args, **kwargs)
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
        return response


class PasswordResetView(AdminPageMixin, auth_views.PasswordResetView):
    form_class = StaffPasswordResetForm


class PasswordResetDoneView(AdminPageMixin, auth_views.PasswordResetDoneView):
    pass


class PasswordResetConfirmView(
    LanguageFromLinkMixin, AdminPageMixin, auth_views.PasswordResetConfirmView
):
    template_name = "admin/accounts/password_reset_confirm.html"

    def form_valid(self, form):
        from axes.utils import reset

        response = super().form_valid(form)
        # Whoever holds the mailbox may log in again at once, even after a lockout.
        reset(username=form.user.get_username())
        return response

    def get_user(self, uidb64):
        user = super().get_user(uidb64)
        return user if user is not None and staff_may_reset(user) else None


class SetPasswordView(PasswordResetConfirmView):
    """The link in the set-password mail for a new staff member: the same token, a welcome."""

    template_name = "admin/accounts/set_password.html"
    title = _("Welcome to the Barents Portal")


class PasswordResetCompleteView(AdminPageMixin, auth_views.PasswordResetCompleteView):
    def get_context_data(self, **kwargs):
        # Staff log in on the admin's page (LOGIN_URL is Django's /accounts/login/).
        return {**super().get_context_data(**kwargs), "login_url": reverse("admin:login")}


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' lockout page: 429 with when to try again, in Oslo time and in minutes.

    With AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT each refused attempt starts the
    cool-off again, so the lockout ends one cool-off after this attempt.
    """
    from axes.helpers import get_cool_off

    cool_off = get_cool_off(request) or timedelta(0)
    attempted = getattr(request, "axes_attempt_time", None) or timezone.now()
    retry_at = attempted + cool_off
    seconds = max(0, int((retry_at - timezone.now()).total_seconds()))
    local = timezone.localtime(retry_at)  # TIME_ZONE: Oslo
    same_day = local.date() == timezone.localdate()
    context = {
        **admin_context(request),
        "title": translation.gettext("Too many failed logins"),
        "retry_at": retry_at,
        "retry_time": formats.date_format(local, "TIME_FORMAT" if same_day else "DATETIME_FORMAT"),
        "minutes": -(-seconds // 60) if cool_off else 0,
    }
    response = render(request, "admin/lockout.html", context, status=429)
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response
