"""A Russian-speaking applicant asks the funding finder for alerts, and gets them — once."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from alerts.models import Subscription
from tests.alerts.conftest import parts, smtp, work  # noqa: F401
from tests.projects.factories import CallFactory, ProgrammeFactory, ThemeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _urls(text, base):
    import re

    return re.findall(rf"{re.escape(base)}/\S+", text)


def test_subscribe_from_the_finder_in_russian_confirm_receive_and_unsubscribe(
    frozen_clock,
    live_server,
    page,
    settings,
    smtp,  # noqa: F811
    work,  # noqa: F811
):
    settings.PORTAL_BASE_URL = live_server.url
    theme = ThemeFactory(code="culture", name_ru="Культура", name_en="Culture")
    programme = ProgrammeFactory(name_ru="Фонд культуры", themes=[theme])

    page.goto(f"{live_server.url}/ru/finansirovanie/?theme=culture")
    form = page.locator(".alert-subscribe")
    assert form.get_by_role("heading", level=2).inner_text() == (
        "Сообщать мне о новых похожих конкурсах"
    )
    assert "Культура" in form.inner_text()
    form.get_by_label("Ваш адрес электронной почты").fill("anna@example.org")
    assert form.get_by_label("Язык писем").input_value() == "ru"
    form.get_by_role("button", name="Подписаться").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Проверьте почту"
    assert page.context.cookies() == []

    work()
    [confirmation] = smtp.messages
    assert confirmation["Subject"] == "Подтвердите оповещение Баренцева портала"
    text, _html = parts(confirmation)
    confirm_url = next(url for url in _urls(text, live_server.url) if "/confirm/" in url)
    page.goto(confirm_url)
    page.get_by_role("button", name="Подтвердить").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Оповещение подтверждено"
    assert Subscription.objects.get().filters == {"theme": "culture"}
    smtp.clear()

    # A call opens tomorrow; its deadline is 21 days away.
    call = CallFactory(
        programme=programme,
        title_ru="Осенний конкурс",
        opens_at=timezone.now() + timedelta(days=1),
        deadline=timezone.now() + timedelta(days=21),
    )
    received = []
    for day in range(22):
        call_command("send_alerts", verbosity=0)
        call_command("send_alerts", verbosity=0)  # a repeated run sends nothing twice
        work()
        received += [(day, message["Subject"]) for message in smtp.messages]
        if smtp.messages:
            text, html = parts(smtp.messages[-1])
            assert "Осенний конкурс" in text and "Осенний конкурс" in html
            assert '<html lang="ru">' in html
            last = smtp.messages[-1]
        smtp.clear()
        frozen_clock.shift(timedelta(days=1))
    assert received == [
        (1, "1 новый конкурс"),
        (7, "Напоминание о сроке: скоро закрывается 1 конкурс"),
        (18, "Напоминание о сроке: скоро закрывается 1 конкурс"),
    ]
    assert "через 3 дня" in parts(last)[0]
    assert call.pk

    # One click in the mail client (RFC 8058): a POST without cookie or CSRF token.
    unsubscribe = last["List-Unsubscribe"].strip("<>")
    assert last["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    response = page.request.post(unsubscribe, form={"List-Unsubscribe": "One-Click"})
    assert response.status == 200
    assert Subscription.objects.count() == 0
