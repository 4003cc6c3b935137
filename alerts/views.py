"""Subscribe, confirm, manage and leave — without an account, a session or a cookie.

The subscribe form sits on public pages that the page cache keeps whole, so it carries no
CSRF token (a token would set a cookie and make every such page uncacheable). Its view is
therefore exempt from CSRF, on purpose and alone: what a forged submission could do is ask
for a confirmation mail, which double opt-in makes harmless (nothing else is sent until the
address confirms), and the rate limits per address and per client bound it. The other
actions are authorised by the signed token in their link, not by a session, so they are
exempt for the same reason; the one-click unsubscribe must be (RFC 8058: the mail client
POSTs without any cookie).
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView

from alerts import services, tokens
from alerts.forms import SubscribeForm
from alerts.mails import describe
from alerts.models import Delivery, SentItem, Subscription


@method_decorator(csrf_exempt, name="dispatch")
class SubscribeView(View):
    http_method_names = ["post"]

    def post(self, request):
        form = SubscribeForm(request.POST)
        if not form.is_valid():
            return self.answer(form, status=400)
        values = form.subscription_values()
        try:
            services.check_rate(request, values["email"])
        except services.Refused as refused:
            return self.answer(form, status=refused.status, refused=refused.message)
        services.subscribe(values)
        return TemplateResponse(
            request,
            "alerts/subscribe_done.html",
            {"email": values["email"], "days": settings.ALERT_UNCONFIRMED_DAYS},
        )

    def answer(self, form, status, refused=""):
        return TemplateResponse(
            self.request,
            "alerts/subscribe.html",
            {"form": form, "refused": refused},
            status=status,
        )


class TokenMixin:
    purpose = ""

    def token_value(self):
        value = tokens.read(self.purpose, self.kwargs["token"])
        if value is None:
            raise Http404(gettext("This link is not valid, or it has expired."))
        return value


@method_decorator([csrf_exempt, never_cache], name="dispatch")
class ConfirmView(TokenMixin, TemplateView):
    """GET shows a button (a mail scanner opening the link confirms nothing); POST confirms."""

    purpose = tokens.CONFIRM
    template_name = "alerts/confirm.html"

    def get_context_data(self, **kwargs):
        subscription = Subscription.objects.filter(pk=self.token_value()).first()
        if subscription is None:
            raise Http404(gettext("This link is not valid, or it has expired."))
        return super().get_context_data(
            subscription=subscription, what=describe(subscription), **kwargs
        )

    def post(self, request, *args, **kwargs):
        subscription = services.confirm(self.token_value())
        if subscription is None:
            raise Http404(gettext("This link is not valid, or it has expired."))
        return TemplateResponse(
            request,
            "alerts/confirmed.html",
            {
                "what": describe(subscription),
                "manage_token": tokens.make(tokens.MANAGE, subscription.email),
            },
        )


@method_decorator([csrf_exempt, never_cache], name="dispatch")
class ManageView(TokenMixin, TemplateView):
    """Everything stored about the address, and the buttons to delete it."""

    purpose = tokens.MANAGE
    template_name = "alerts/manage.html"

    def get_context_data(self, **kwargs):
        email = self.token_value()
        subscriptions = Subscription.objects.filter(email=email).select_related(
            "programme", "topic"
        )
        return super().get_context_data(
            email=email,
            subscriptions=[(s, describe(s)) for s in subscriptions],
            deliveries=Delivery.objects.filter(email=email).order_by("-created_at"),
            sent_items=SentItem.objects.filter(email=email).count(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        email = self.token_value()
        if request.POST.get("action") == "forget":
            services.forget(email)
            return TemplateResponse(request, "alerts/forgotten.html", {"email": email})
        pk = request.POST.get("subscription", "")
        if pk.isdigit():
            Subscription.objects.filter(email=email, pk=int(pk)).delete()
        return HttpResponseRedirect(request.path, status=303)


@method_decorator([csrf_exempt, never_cache], name="dispatch")
class UnsubscribeView(TokenMixin, TemplateView):
    """GET asks; POST (the page's button, or a mail client's RFC 8058 one-click) does."""

    purpose = tokens.UNSUBSCRIBE
    template_name = "alerts/unsubscribe.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(email=self.token_value(), **kwargs)

    def post(self, request, *args, **kwargs):
        email = self.token_value()
        services.unsubscribe_all(email)
        return TemplateResponse(request, "alerts/unsubscribed.html", {"email": email})


class PrivacyView(TemplateView):
    template_name = "alerts/privacy.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            days=settings.ALERT_UNCONFIRMED_DAYS, log_days=settings.ALERT_LOG_DAYS, **kwargs
        )
