"""A real SMTP server on a loopback port (aiosmtpd), the mails read as a client reads them,
and the task worker run in-process (`manage.py db_worker --batch`)."""

import email
import email.policy
import logging
import re
import socket
from dataclasses import dataclass, field

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from alerts.models import Subscription


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Handler:
    messages: list = field(default_factory=list)
    refuse: int = 0  # answer "451" to this many messages first (a server in trouble)

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            self.refuse -= 1
            return "451 Try again later"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append(message)
        return "250 OK"


class Mailbox:
    def __init__(self, handler):
        self.handler = handler

    @property
    def messages(self):
        return self.handler.messages

    def to(self, address):
        return [m for m in self.messages if m["To"] == address]

    def clear(self):
        self.handler.messages.clear()


def parts(message):
    """(plain text, html) of a multipart/alternative mail."""
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html


def links(text, base="http://testserver"):
    return [url.removeprefix(base) for url in re.findall(rf"{re.escape(base)}/\S+", text)]


@pytest.fixture
def smtp(settings):
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    handler = Handler()
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 5},
        }
    }
    settings.PORTAL_BASE_URL = "http://testserver"
    yield Mailbox(handler)
    controller.stop()


@pytest.fixture
def work():
    """Run every task due on the queue, as the worker does, then return."""

    def run():
        call_command("db_worker", "--batch", "--interval", "0", "--no-startup-delay", verbosity=0)

    return run


@pytest.fixture
def subscribe(client):
    def post(email_address="reader@example.org", language="en", kind="calls", page="en", **data):
        data = {"email": email_address, "language": language, "kind": kind, **data}
        with translation.override(page):
            url = reverse("alerts:subscribe")
        return client.post(url, data, REMOTE_ADDR="192.0.2.10")

    return post


@pytest.fixture
def confirmed(db):
    def make(email_address="reader@example.org", language="en", **values):
        from django.utils import timezone

        values.setdefault("kind", Subscription.Kind.CALLS)
        return Subscription.objects.create(
            email=email_address, language=language, confirmed_at=timezone.now(), **values
        )

    return make


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    from django.core.cache import cache

    cache.clear()
