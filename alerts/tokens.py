"""Signed links instead of sessions: confirm one subscription, manage or leave an address.

`django.core.signing` with a salt per purpose, so a manage link cannot be used to confirm
and a confirm link expires with its unconfirmed subscription.
"""

from django.conf import settings
from django.core import signing

CONFIRM = "alerts.confirm"
MANAGE = "alerts.manage"
UNSUBSCRIBE = "alerts.unsubscribe"


def make(purpose, value):
    return signing.dumps(value, salt=purpose, compress=True)


def read(purpose, token):
    """The signed value, or None for a forged, altered or expired token."""
    max_age = settings.ALERT_UNCONFIRMED_DAYS * 86400 if purpose == CONFIRM else None
    try:
        return signing.loads(token, salt=purpose, max_age=max_age)
    except (signing.BadSignature, ValueError, TypeError):
        return None
