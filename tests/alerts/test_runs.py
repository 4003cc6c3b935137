"""The scheduled run: new calls once, reminders on their days, digests weekly — never twice."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from alerts import runs, services
from alerts.models import Delivery, SentItem, Subscription
from tests.alerts.conftest import links, parts
from tests.news.factories import TopicFactory
from tests.projects.factories import CallFactory, ProgrammeFactory, ThemeFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _subscribe(language="en", **values):
    values.setdefault("kind", Subscription.Kind.CALLS)
    subscription = Subscription.objects.create(
        email="reader@example.org", language=language, **values
    )
    return services.confirm(subscription.pk)


def _run():
    call_command("send_alerts", verbosity=0)


@pytest.fixture
def programme():
    return ProgrammeFactory(themes=[ThemeFactory(code="culture")])


def test_a_new_call_is_sent_once_when_its_opening_date_arrives(frozen_clock, smtp, work, programme):
    _subscribe(filters={"theme": "culture"})
    call = CallFactory(
        programme=programme,
        title_en="Culture bridges",
        opens_at=timezone.now() + timedelta(days=1),
        deadline=timezone.now() + timedelta(days=40),
    )
    _run()
    work()
    assert smtp.messages == []
    frozen_clock.shift(timedelta(days=1, hours=1))
    _run()
    _run()  # repeated: nothing new
    work()
    [message] = smtp.messages
    assert message["Subject"] == "1 new call for applications"
    text, html = parts(message)
    assert "Culture bridges" in text and "Culture bridges" in html
    assert any(url.endswith(f"#call-{call.pk}") for url in links(text))
    _run()
    work()
    assert len(smtp.messages) == 1


def test_calls_open_when_the_address_confirms_are_not_new(frozen_clock, smtp, work, programme):
    CallFactory(programme=programme)
    _subscribe(filters={"theme": "culture"})
    frozen_clock.shift(timedelta(hours=2))
    _run()
    work()
    assert smtp.messages == []


def test_a_call_of_another_theme_is_not_sent(frozen_clock, smtp, work):
    ThemeFactory(code="culture")
    _subscribe(filters={"theme": "culture"})
    CallFactory(programme=ProgrammeFactory(themes=[ThemeFactory(code="health")]))
    frozen_clock.shift(timedelta(hours=1))
    _run()
    work()
    assert smtp.messages == []


def test_reminders_go_14_and_3_days_before_the_deadline_once_each(
    frozen_clock, smtp, work, programme
):
    CallFactory(programme=programme, deadline=timezone.now() + timedelta(days=20))
    _subscribe(kind=Subscription.Kind.PROGRAMME, programme=programme)
    sent = []
    for day in range(21):
        _run()
        work()
        sent += [(day, m["Subject"]) for m in smtp.messages]
        smtp.clear()
        frozen_clock.shift(timedelta(days=1))
    assert sent == [
        (6, "Deadline reminder: 1 call closes soon"),
        (17, "Deadline reminder: 1 call closes soon"),
    ]
    assert SentItem.objects.filter(kind="reminder").count() == 2


def test_a_moved_deadline_gets_its_own_reminder(frozen_clock, smtp, work, programme):
    call = CallFactory(programme=programme, deadline=timezone.now() + timedelta(days=10))
    _subscribe(kind=Subscription.Kind.PROGRAMME, programme=programme)
    _run()
    call.deadline += timedelta(days=1)
    call.save()
    _run()
    work()
    assert len(smtp.messages) == 2


def test_the_mails_are_in_the_subscribers_language_with_russian_plurals(
    frozen_clock, smtp, work, programme
):
    CallFactory(
        programme=programme,
        title_ru="Культурные мосты",
        title_en="Culture bridges",
        deadline=timezone.now() + timedelta(days=2, hours=1),
    )
    CallFactory(
        programme=programme, title_en="Only English", deadline=timezone.now() + timedelta(days=3)
    )
    _subscribe(language="ru", kind=Subscription.Kind.PROGRAMME, programme=programme)
    _run()
    work()
    [message] = smtp.messages
    assert message["Subject"] == "Напоминание о сроке: скоро закрываются 2 конкурса"
    text, html = parts(message)
    assert "Культурные мосты" in text
    assert "через 2 дня" in text and "через 3 дня" in text
    # The call without a Russian title is shown in English, marked as the site marks it.
    assert "Only English" in text
    assert "This page is not available in Russian" not in text
    assert "показана на английском" in text or "на английском" in text
    assert '<a href="http://testserver/ru/' in html and 'lang="en"' in html
    for url in links(text):
        assert url.startswith("/ru/")


def test_an_smtp_error_is_retried_later_and_sent_once(frozen_clock, smtp, work, client, programme):
    CallFactory(programme=programme, deadline=timezone.now() + timedelta(days=2))
    _subscribe(kind=Subscription.Kind.PROGRAMME, programme=programme)
    smtp.handler.refuse = 1
    _run()
    work()
    assert smtp.messages == []
    assert Delivery.objects.get().state == Delivery.State.PENDING
    assert Delivery.objects.get().last_error.startswith("SMTP")
    frozen_clock.shift(timedelta(minutes=2))
    work()
    _run()
    work()
    assert len(smtp.messages) == 1
    assert Delivery.objects.get().state == Delivery.State.SENT
    # The links in the mail work.
    text, _html = parts(smtp.messages[0])
    for url in links(text):
        assert client.get(url).status_code == 200, url


def test_a_run_killed_halfway_sends_nothing_twice(frozen_clock, smtp, work, programme, monkeypatch):
    CallFactory(programme=programme, deadline=timezone.now() + timedelta(days=2))
    for n in range(5):
        Subscription.objects.create(
            email=f"r{n}@example.org",
            language="en",
            kind=Subscription.Kind.PROGRAMME,
            programme=programme,
            confirmed_at=timezone.now(),
        )
    monkeypatch.setattr(runs, "BATCH_ADDRESSES", 2)
    real_claim = runs.claim
    calls = []

    def dying_claim(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt  # killed during the second batch
        return real_claim(*args, **kwargs)

    with mock.patch.object(runs, "claim", dying_claim), pytest.raises(KeyboardInterrupt):
        runs.run()
    work()
    assert len(smtp.messages) == 2
    _run()
    _run()
    work()
    assert sorted(m["To"] for m in smtp.messages) == [f"r{n}@example.org" for n in range(5)]


def test_a_worker_killed_after_claiming_a_mail_does_not_send_it_again(
    frozen_clock, smtp, work, programme
):
    CallFactory(programme=programme, deadline=timezone.now() + timedelta(days=2))
    _subscribe(kind=Subscription.Kind.PROGRAMME, programme=programme)
    runs.run(enqueue=False)
    Delivery.objects.update(state=Delivery.State.SENDING)  # claimed, then the worker died
    from alerts.tasks import deliver

    deliver.enqueue(list(Delivery.objects.values_list("pk", flat=True)))
    work()
    _run()
    work()
    assert smtp.messages == []


def test_the_weekly_digest_lists_last_weeks_news_of_the_topic(frozen_clock, smtp, work):
    from tests.news.factories import ArticleFactory

    topic = TopicFactory(name_en="Climate")
    monday = runs.week_start(timezone.now())
    frozen_clock.move_to(monday + timedelta(days=7, hours=6))
    article = ArticleFactory(title_en="Ice roads melt", published_at=monday + timedelta(days=2))
    article.topics.add(topic)
    _subscribe(kind=Subscription.Kind.TOPIC, topic=topic)
    _run()
    _run()
    work()
    [message] = smtp.messages
    text, _html = parts(message)
    assert "Ice roads melt" in text
    frozen_clock.shift(timedelta(days=1))
    _run()
    work()
    assert len(smtp.messages) == 1


def test_unconfirmed_subscriptions_are_deleted_after_seven_days(frozen_clock, db):
    Subscription.objects.create(email="a@example.org", language="en", kind="calls")
    frozen_clock.shift(timedelta(days=7, minutes=1))
    _run()
    assert Subscription.objects.count() == 0


def test_the_sent_log_keeps_no_mail_bodies():
    fields = {field.name for field in SentItem._meta.get_fields()} | {
        field.name for field in Delivery._meta.get_fields()
    }
    assert not fields & {"body", "text", "html", "subject", "content"}


def test_the_sent_log_is_kept_a_year(frozen_clock, db):
    old = Delivery.objects.create(email="a@example.org", language="en")
    SentItem.objects.create(delivery=old, email="a@example.org", kind="new-call", item=1)
    frozen_clock.shift(timedelta(days=366))
    _run()
    assert not Delivery.objects.exists()
    assert not SentItem.objects.exists()


def test_a_repeated_run_writes_nothing(frozen_clock, smtp, work, programme):
    CallFactory(programme=programme, deadline=timezone.now() + timedelta(days=2))
    _subscribe(kind=Subscription.Kind.PROGRAMME, programme=programme)
    first = runs.run()
    again = runs.run()
    assert (first.deliveries, again.deliveries) == (1, 0)
    assert Delivery.objects.count() == 1
