"""A bound on how long a web request waits for the database.

PostgreSQL's own timeouts (statement, lock, idle in transaction; set per connection in
settings.DATABASES) are enforced by the server, and libpq's `connect_timeout` bounds only
the connection's start. A server that is *frozen* (stopped processes, a storage stall)
still has a kernel that accepts TCP connections and acknowledges every byte sent, so
neither they nor TCP keepalives nor `tcp_user_timeout` ever fire: psycopg2 has no read
timeout and the request waits forever.

psycopg2 lets us do the waiting ourselves (`set_wait_callback`). The callback waits
with `select()` like psycopg2's own, but during a web request no longer than
DATABASE_REQUEST_TIMEOUT seconds per connect or statement; past that it shuts the socket
down, libpq reports a lost connection, Django raises OperationalError and the request
is answered 503 (barents_portal.middleware). The connection is discarded at the end of the
request, and the next request connects afresh, so the portal recovers by itself.

The callback is installed by barents_portal/wsgi.py, in web processes only; management
commands (migrations, backups) keep psycopg2's own waiting and are bounded by the
server-side timeouts only. Outside a request the callback sets no deadline either.

After a timeout, the next waits in this process are cut shorter for a while
(`TRIPPED_SECONDS`), so that during an outage requests fail fast instead of each using
the whole budget.
"""

import contextlib
import contextvars
import os
import select
import socket
import time

import psycopg2.extensions
from django.conf import settings

# (seconds one wait may last, the moment every wait ends) in this context; None: no bound.
_bound = contextvars.ContextVar("database_wait_bound", default=None)
TRIPPED_SECONDS = 10.0
TRIPPED_WAIT = 0.5
_tripped_at = float("-inf")


def wait_seconds():
    """This context's bound on the next wait for the database, or None."""
    bound = _bound.get()
    if bound is None:
        return None
    seconds, until = bound
    now = time.monotonic()
    if now - _tripped_at < TRIPPED_SECONDS:
        seconds = min(seconds, TRIPPED_WAIT)
    return max(0.0, min(seconds, until - now))


@contextlib.contextmanager
def bounded(seconds):
    """Inside the block, the database is waited for at most `seconds` in all (a health
    check: its connection's check, a reconnection and its query together)."""
    token = _bound.set((seconds, time.monotonic() + seconds))
    try:
        yield
    finally:
        _bound.reset(token)


def request_started(sender, **kwargs):
    # Each wait of a request on its own: a long upload may still save its rows.
    seconds = settings.DATABASE_REQUEST_TIMEOUT
    _bound.set((seconds, float("inf")) if seconds else None)


def request_finished(sender, **kwargs):
    _bound.set(None)


def _give_up(conn):
    global _tripped_at
    _tripped_at = time.monotonic()
    # The socket, not the connection: libpq then sees the end of the stream, reports a
    # lost connection, and psycopg2 marks the connection closed.
    sock = socket.socket(fileno=os.dup(conn.fileno()))
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.close()


def wait(conn):
    """psycopg2's wait callback: `psycopg2.extras.wait_select` with a deadline."""
    seconds = wait_seconds()
    deadline = None if seconds is None else time.monotonic() + seconds
    while True:
        state = conn.poll()
        if state == psycopg2.extensions.POLL_OK:
            return
        timeout = None
        if deadline is not None:
            timeout = deadline - time.monotonic()
            if timeout <= 0:
                _give_up(conn)
                deadline = None  # libpq now fails at once
                continue
        fileno = conn.fileno()
        if state == psycopg2.extensions.POLL_READ:
            select.select([fileno], [], [], timeout)
        elif state == psycopg2.extensions.POLL_WRITE:
            select.select([], [fileno], [], timeout)
        else:  # pragma: no cover - psycopg2 never answers anything else
            raise psycopg2.OperationalError(f"bad state from poll: {state}")


def install():
    """psycopg2's wait callback for the whole process, and the request bounds."""
    from django.core.signals import request_finished as finished
    from django.core.signals import request_started as started

    psycopg2.extensions.set_wait_callback(wait)
    started.connect(request_started, dispatch_uid="dbguard-started")
    finished.connect(request_finished, dispatch_uid="dbguard-finished")
