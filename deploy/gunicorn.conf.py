"""gunicorn's settings for the portal (`make serve` and the deploy units pass `--config`).

Each value is chosen for how the portal behaves, not left at gunicorn's default; the
environment overrides the ones an operator tunes. Command-line options win over this file.
"""

import os

# Processes; each holds its own database connections (CONN_MAX_AGE) and threads.
workers = int(os.environ.get("WORKERS", "2"))

# Threads per process: a request that waits on the database (at most
# DATABASE_REQUEST_TIMEOUT, barents_portal.dbguard) does not hold up the others, so pages
# from the page cache, static files and /healthz are still answered during a database
# stall. Each thread may hold one database connection: workers × threads must stay well
# below PostgreSQL's max_connections.
worker_class = "gthread"
threads = int(os.environ.get("THREADS", "4"))

# A worker whose main loop has not checked in for this many seconds is killed and
# replaced. With threads the main loop keeps running while requests wait, so this catches
# a wedged process (a deadlock, a C extension stuck), not a slow request: the database
# waits are bounded by the portal itself, well within it.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))

# On a restart or stop (SIGHUP, SIGTERM, a deploy), requests in flight get this long to
# finish before their worker is killed. Longer than any request should take (the largest
# upload on a slow line), shorter than the service manager's own stop timeout (systemd's
# default is 90 s).
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))

# Seconds an idle keep-alive connection from nginx stays open for the next request.
# Short: nginx keeps its own pool, and a long wait would tie up a thread per idle
# connection.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))

# One access line per request on stdout.
accesslog = "-"
