"""The client's real address, read through the proxies we trust and no others.

The peer that connected to gunicorn (REMOTE_ADDR) is the client, unless it is one of
TRUSTED_PROXIES: then the client is the right-most address in X-Forwarded-For that is not
itself a trusted proxy. nginx appends the address it saw to whatever the client sent
(`$proxy_add_x_forwarded_for`), so addresses a client writes into the header stand to the
left of the one nginx adds and are never reached. A client talking to gunicorn directly is
not a trusted proxy, and its header is ignored.

TRUSTED_PROXIES holds addresses and networks (`127.0.0.1`, `10.0.0.0/8`) and the word
`unix` for a peer on gunicorn's Unix socket (where REMOTE_ADDR is empty: only processes on
this host that may open the socket get there, nginx among them).

django-axes (AXES_CLIENT_IP_CALLABLE), the password-reset limits and the request log all ask
`client_address()`. django-ipware was the other choice; it reads the headers without asking
who sent them, so the peer check would be needed here anyway, and what remains is this.
"""

import ipaddress
import logging
from functools import lru_cache

from django.conf import settings

logger = logging.getLogger(__name__)

UNIX_SOCKET = "unix"
_warned_untrusted_socket = False


@lru_cache(maxsize=8)
def _networks(entries):
    networks = []
    for entry in entries:
        if entry != UNIX_SOCKET:
            networks.append(ipaddress.ip_network(entry, strict=False))
    return tuple(networks)


def _parse(address):
    try:
        return ipaddress.ip_address(address.strip().strip("[]"))
    except ValueError:
        return None


def is_trusted(address):
    """Whether `address` (a REMOTE_ADDR or an X-Forwarded-For entry) is a trusted proxy."""
    entries = tuple(settings.TRUSTED_PROXIES)
    if not address:
        return UNIX_SOCKET in entries
    parsed = _parse(address)
    return parsed is not None and any(parsed in network for network in _networks(entries))


def from_trusted_proxy(request):
    """Whether the request came through a trusted proxy (its headers may be believed)."""
    return is_trusted(request.META.get("REMOTE_ADDR", ""))


def client_address(request):
    """The client's address as a string, or None when there is none to tell."""
    peer = request.META.get("REMOTE_ADDR", "")
    if not is_trusted(peer):
        if not peer:
            _warn_untrusted_socket()
        return peer or None
    forwarded = [item.strip() for item in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    nearest = peer
    for item in reversed(forwarded):
        parsed = _parse(item) if item else None
        if parsed is None:
            # Not an address: the chain is broken here, so stop at the last hop we trust.
            break
        nearest = str(parsed)
        if not is_trusted(item):
            return nearest
    # Every hop is a proxy of ours (a request made on this host): the farthest one.
    return nearest or None


def _warn_untrusted_socket():
    """Once per process: behind nginx on a Unix socket without `unix` in TRUSTED_PROXIES,
    every client has the same (no) address, and a lockout locks out everybody."""
    global _warned_untrusted_socket  # noqa: PLW0603
    if not _warned_untrusted_socket:
        _warned_untrusted_socket = True
        logger.warning(
            "A request came through a Unix socket, but TRUSTED_PROXIES does not include "
            "'unix': client addresses are unknown (see deploy/barents-portal.env.example)."
        )
