"""Subscribing: the form on the pages, double opt-in, signed links, cookie-free answers."""

import pytest
from django.test import override_settings
from django.urls import reverse

from alerts import tokens
from alerts.models import Subscription
from tests.alerts.conftest import links, parts
from tests.news.factories import TopicFactory
from tests.projects.factories import ProgrammeFactory, ThemeFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_subscribing_stores_an_unconfirmed_alert_and_sends_only_the_confirmation(
    smtp, work, subscribe
):
    theme = ThemeFactory(code="culture")
    response = subscribe(place="NO-56", theme=theme.code, amount_eur="10000")
    assert response.status_code == 200
    assert not response.cookies
    subscription = Subscription.objects.get()
    assert subscription.filters == {"place": "NO-56", "theme": "culture", "amount_eur": "10000"}
    assert subscription.confirmed_at is None
    work()
    [message] = smtp.messages
    assert message["To"] == "reader@example.org"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["List-Unsubscribe"].startswith("<http://testserver/en/alerts/unsubscribe/")
    assert message["List-Unsubscribe"].endswith(">")
    text, html = parts(message)
    [confirm_url] = [url for url in links(text) if "/confirm/" in url]
    assert confirm_url in html


def test_the_confirmation_link_confirms_on_post_only(smtp, work, subscribe, client):
    subscribe()
    work()
    text, _html = parts(smtp.messages[0])
    confirm_url = next(url for url in links(text) if "/confirm/" in url)
    page = client.get(confirm_url)
    assert page.status_code == 200
    assert not page.cookies
    assert Subscription.objects.get().confirmed_at is None  # a link scanner confirms nothing
    done = client.post(confirm_url)
    assert done.status_code == 200
    assert not done.cookies
    assert Subscription.objects.get().confirmed_at is not None


def test_a_forged_or_altered_link_is_a_404(client, db):
    for name in ("confirm", "unsubscribe", "manage"):
        for token in ("not-a-token", "x:y:z", tokens.make(tokens.MANAGE, "a@example.org")[:-2]):
            url = reverse(f"alerts:{name}", kwargs={"token": token})
            assert client.get(url).status_code == 404
            assert client.post(url).status_code == 404
    # A manage link is not an unsubscribe link.
    url = reverse("alerts:unsubscribe", kwargs={"token": tokens.make(tokens.MANAGE, "a@b.org")})
    assert client.post(url).status_code == 404


def test_the_mails_language_is_the_one_chosen(smtp, work, subscribe):
    subscribe(language="ru", page="nb")
    work()
    [message] = smtp.messages
    text, html = parts(message)
    assert "Подтвердите" in message["Subject"]
    assert '<html lang="ru">' in html
    assert "/ru/" in text


@pytest.mark.parametrize(
    "data, message",
    [
        ({"email": "not an address"}, "valid email"),
        ({"email": "a@example.org\r\nBcc: victim@example.org"}, "Line breaks"),
        ({"language": "en\nX-Injected: 1"}, "Line breaks"),
        ({"email": "a" * 250 + "@example.org"}, "too long"),
        ({"colour": "red"}, "does not know the field"),
        ({"theme": "no-such-theme"}, "not known"),
        ({"place": "XX-99"}, "not known"),
        ({"amount_eur": "lots"}, "not known"),
        ({"kind": "programme", "programme": "999999"}, "not published"),
        ({"kind": "topic", "topic": "999999"}, "does not exist"),
        ({"kind": "everything"}, "Select a valid choice"),
        ({"language": "de"}, "Select a valid choice"),
    ],
)
@pytest.mark.django_db
def test_bad_input_is_refused_with_a_message_and_nothing_is_stored_or_sent(
    subscribe, django_capture_on_commit_callbacks, data, message
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = subscribe(**data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not response.cookies
    assert Subscription.objects.count() == 0
    assert callbacks == []  # no mail queued


@override_settings(ALERT_LIMIT_PER_ADDRESS=2)
@pytest.mark.django_db
def test_a_flood_for_one_address_is_stopped_with_a_clear_message(subscribe):
    programmes = ProgrammeFactory.create_batch(3)
    for programme in programmes[:2]:
        assert subscribe(kind="programme", programme=programme.pk).status_code == 200
    refused = subscribe(kind="programme", programme=programmes[2].pk)
    assert refused.status_code == 429
    assert "Too many subscriptions for this address" in refused.content.decode()
    assert Subscription.objects.count() == 2


@override_settings(ALERT_LIMIT_PER_CLIENT=2, ALERT_LIMIT_PER_ADDRESS=100)
@pytest.mark.django_db
def test_a_flood_from_one_client_is_stopped(subscribe):
    for n in range(2):
        assert subscribe(email_address=f"n{n}@example.org").status_code == 200
    refused = subscribe(email_address="n9@example.org")
    assert refused.status_code == 429
    assert "from your network" in refused.content.decode()


@override_settings(ALERT_MAX_SUBSCRIPTIONS=1)
@pytest.mark.django_db
def test_an_address_holds_a_bounded_number_of_alerts(subscribe):
    topic, other = TopicFactory(), TopicFactory()
    assert subscribe(kind="topic", topic=topic.pk).status_code == 200
    refused = subscribe(kind="topic", topic=other.pk)
    assert refused.status_code == 400
    assert "the most one address may have" in refused.content.decode()


@pytest.mark.django_db
def test_asking_twice_keeps_one_alert(subscribe):
    subscribe()
    subscribe(email_address="Reader@Example.org")
    assert Subscription.objects.count() == 1


def test_one_click_unsubscribe_removes_every_alert_of_the_address(smtp, work, subscribe, client):
    topic = TopicFactory()
    subscribe(kind="topic", topic=topic.pk)
    subscribe()
    work()
    unsubscribe = smtp.messages[0]["List-Unsubscribe"].strip("<>").removeprefix("http://testserver")
    # RFC 8058: the mail client POSTs this body, without cookies or a CSRF token.
    client.handler.enforce_csrf_checks = True
    response = client.post(unsubscribe, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Subscription.objects.count() == 0


def test_the_manage_page_shows_and_deletes_everything_about_the_address(
    smtp, work, subscribe, client
):
    subscribe()
    subscribe(email_address="other@example.org")
    work()
    text, _html = parts(smtp.to("reader@example.org")[0])
    manage = next(url for url in links(text) if "/manage/" in url)
    page = client.get(manage)
    assert page.status_code == 200
    assert "reader@example.org" in page.content.decode()
    assert "other@example.org" not in page.content.decode()
    client.handler.enforce_csrf_checks = True
    gone = client.post(manage, {"action": "forget"})
    assert gone.status_code == 200
    assert list(Subscription.objects.values_list("email", flat=True)) == ["other@example.org"]


@pytest.mark.django_db
def test_with_the_immediate_backend_the_confirmation_goes_out_at_once(
    settings, subscribe, django_capture_on_commit_callbacks, mailoutbox
):
    # What `make run` does (TASKS_BACKEND=immediate): no worker, the mail on the console.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        assert subscribe().status_code == 200
    [message] = mailoutbox
    assert message.to == ["reader@example.org"]
