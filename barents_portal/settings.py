"""Settings for the Barents Portal: one module, everything from the environment.

Every variable is documented in `.env.example` and in the README. Production is the
default: `DEBUG` is off unless asked for, and then `SECRET_KEY` and `DATABASE_URL` must be
given. In a development checkout manage.py also reads `.env` (barents_portal/envfile.py).
"""

import os
import sys
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


# `manage.py runserver` starts a thread per request.
RUNSERVER = sys.argv[1:2] == ["runserver"]


def database_from_url(url):
    """`postgres://user:password@host:port/name?host=/socket/dir` → a DATABASES entry."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql", "pgsql"}:
        raise ImproperlyConfigured(f"DATABASE_URL must be a postgres:// URL, not {parts.scheme}://")
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    # Timeouts (seconds; 0 turns one off), enforced by libpq and the server. A frozen server
    # escapes all of them: barents_portal.dbguard bounds a web request's waits itself.
    options = {
        "connect_timeout": int(env("DATABASE_CONNECT_TIMEOUT", "3")),
        "options": " ".join(
            f"-c {name}={int(float(seconds) * 1000)}"
            for name, seconds in (
                ("statement_timeout", env("DATABASE_STATEMENT_TIMEOUT", "30")),
                ("lock_timeout", env("DATABASE_LOCK_TIMEOUT", "10")),
                (
                    "idle_in_transaction_session_timeout",
                    env("DATABASE_IDLE_IN_TRANSACTION_TIMEOUT", "60"),
                ),
                # The server stops a statement whose client has given up.
                (
                    "client_connection_check_interval",
                    env("DATABASE_CLIENT_CHECK_INTERVAL", "2"),
                ),
            )
        ),
    }
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": query.pop("host", None) or parts.hostname or "",
        "PORT": str(query.pop("port", None) or parts.port or ""),
        "OPTIONS": {**options, **query},
        # Reuse connections, but notice a restarted server at once (see the 503 middleware).
        # Not under the development server: each of its threads would keep one open.
        "CONN_MAX_AGE": 0 if RUNSERVER else int(env("CONN_MAX_AGE", "60")),
        "CONN_HEALTH_CHECKS": True,
    }


# --- Core ------------------------------------------------------------------------------
DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is required when DEBUG is off. Set it in the environment "
            "(see .env.example), or use `make run` for local development."
        )
    SECRET_KEY = "insecure-development-key-only-used-with-DEBUG-on"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before django.contrib.admin.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "axes",
    "simple_history",
    # The admin's rich-text editor: its JS and CSS are served from our static files.
    "django_prose_editor",
    "barents_portal",
    "secretariat",
    "news",
    "projects",
    "search",
    # E-mail alerts (alerts/section.py): after the sections it subscribes to.
    "alerts",
    # The database queue of django.tasks (Django ships the API with immediate and dummy
    # backends only): the alert mails are sent by `manage.py db_worker` (make worker).
    "django_tasks_db",
]

MIDDLEWARE = [
    # First: one log line per request with the final status and the whole duration.
    "barents_portal.requestlog.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Whole public pages for anonymous visitors (barents_portal.cache): after the HTTPS
    # redirect and static files, before anything that reads the session or the database.
    "barents_portal.cache.PageCacheMiddleware",
    "barents_portal.middleware.DatabaseUnavailableMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions (it may read the admin's language from them) and before CommonMiddleware
    # (so APPEND_SLASH redirects keep the language prefix).
    "barents_portal.middleware.LocaleMiddleware",
    # A NUL byte, a control character or broken UTF-8 in the path: 404 before any view.
    "barents_portal.middleware.UnusablePathMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Records who made each change in the revision history.
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "barents_portal.urls"
WSGI_APPLICATION = "barents_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database: PostgreSQL, always -----------------------------------------------------
# Production names its server; only development (DEBUG on) may fall back to the private
# cluster that `make db` starts inside the project (barents_portal/devdb.py), so a server
# started without DATABASE_URL stops here instead of looking for a cluster it does not
# have. SQLite is never an option.
if env("DATABASE_URL"):
    DATABASES = {"default": database_from_url(env("DATABASE_URL"))}
elif DEBUG:
    from barents_portal import devdb

    DATABASES = {"default": database_from_url(devdb.database_url())}
else:
    raise ImproperlyConfigured(
        "DATABASE_URL is required when DEBUG is off: set it to your PostgreSQL server, e.g. "
        "postgres://user:password@host:5432/barents_portal (see .env.example). For "
        "development, `make install` writes .env with DEBUG=1 for manage.py, and the make "
        "targets use the private cluster in .pgdata/."
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The longest a web request waits for the database to connect or to answer one statement
# (barents_portal.dbguard); past it the visitor gets a 503. /healthz waits HEALTHZ_TIMEOUT.
DATABASE_REQUEST_TIMEOUT = float(env("DATABASE_REQUEST_TIMEOUT", "3"))
HEALTHZ_TIMEOUT = float(env("HEALTHZ_TIMEOUT", "1"))
# /healthz reports the disk holding media, documents or the page cache as low below this.
HEALTHZ_MIN_FREE_MB = int(env("HEALTHZ_MIN_FREE_MB", "512"))

# --- Cache -----------------------------------------------------------------------------
if env("REDIS_URL"):
    # Shared by every instance (docs/two-app-servers.md). A Redis that does not answer
    # within REDIS_TIMEOUT seconds is a cache miss, not a 500 (barents_portal.rediscache).
    REDIS_TIMEOUT = float(env("REDIS_TIMEOUT", "0.5"))
    CACHES = {
        "default": {
            "BACKEND": "barents_portal.rediscache.ResilientRedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": "barents",
            "OPTIONS": {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT},
        }
    }
    CACHES["pages"] = CACHES["default"]
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # Shared by every gunicorn process on this machine: a page forgotten by one is
        # forgotten by all. Local memory would keep stale pages in the other processes.
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env("PAGE_CACHE_DIR", str(BASE_DIR / "var" / "cache" / "pages")),
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
    }
# The page cache (barents_portal.cache): on unless PAGE_CACHE=false. Pages are kept at most
# PAGE_CACHE_SECONDS on the server, and browsers and proxies may keep them
# PAGE_CACHE_MAX_AGE seconds (both cut short at the next scheduled change).
PAGE_CACHE = env_bool("PAGE_CACHE", True)
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_MAX_AGE = int(env("PAGE_CACHE_MAX_AGE", "30"))
# Shared fragments (the header's menu, the footer, the funding figures, the filter forms'
# choices, the year lists), kept per language like pages (barents_portal.cache.fragment):
# a page the page cache does not hold is built without reading them again.
FRAGMENT_CACHE = env_bool("FRAGMENT_CACHE", True)
# `make bench` only: adds the floor views (barents_portal/bench.py). Never in production.
BENCHMARK = env_bool("BENCHMARK", False)

# --- Authentication --------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses logins for a locked-out username from that address.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(env("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(env("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# Each refused attempt during a lockout starts the cool-off again (django-axes' default, said
# here because the lockout page's "try again at" counts on it).
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = True
# The lockout page (admin/lockout.html): 429 with Retry-After, the time to try again.
AXES_LOCKOUT_CALLABLE = "barents_portal.accounts.lockout_response"
# The client's address (barents_portal.proxies): REMOTE_ADDR, or, when that is one of the
# TRUSTED_PROXIES (addresses, networks, `unix` for gunicorn's Unix socket), the address the
# proxy added to X-Forwarded-For. The lockout, the reset limits and the request log use it.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
AXES_CLIENT_IP_CALLABLE = "barents_portal.proxies.client_address"
# Lockout records older than this are removed by `manage.py housekeeping`.
AXES_RECORDS_KEEP_DAYS = int(env("AXES_RECORDS_KEEP_DAYS", "90"))
# Password reset and set-password links (barents_portal.accounts) stay valid this long, and
# only until used. A new colleague may read the welcome mail a few days late.
PASSWORD_RESET_TIMEOUT = int(env("PASSWORD_RESET_TIMEOUT", str(60 * 60 * 24 * 3)))
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------------------
LANGUAGE_CODE = "en"  # for visitors whose browser asks for none of ours
LANGUAGES = [
    ("nb", _("Norwegian Bokmål")),
    ("ru", _("Russian")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# English dates without the American order or a.m./p.m. (barents_portal/formats/en).
FORMAT_MODULE_PATH = ["barents_portal.formats"]
USE_I18N = True
TIME_ZONE = "Europe/Oslo"
USE_TZ = True  # stored in UTC, shown in Oslo time
# The right-hand side of every calendar UID (barents_portal.ical): fixed, not the host a
# request came in by, so an event subscribed to under two host names is one event. Set it
# once; a change makes calendar apps see every event as new.
CALENDAR_UID_DOMAIN = env("CALENDAR_UID_DOMAIN", "barentsportal.example")

# django-modeltranslation: content falls back to the language a reader most likely reads
# next — English, then the others in the order of LANGUAGES; the template shows a notice
# whenever it does (barents_portal.languages).
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
_fallback_order = (
    MODELTRANSLATION_DEFAULT_LANGUAGE,
    *(code for code in MODELTRANSLATION_LANGUAGES if code != MODELTRANSLATION_DEFAULT_LANGUAGE),
)
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": _fallback_order,
    **{
        code: tuple(other for other in _fallback_order if other != code)
        for code in MODELTRANSLATION_LANGUAGES
    },
}
# The tabbed translation admin asks a Google CDN for jQuery UI by default; we serve it.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# --- Static and media files -----------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "var" / "media"))
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
# Meeting documents live outside MEDIA_ROOT: a view serves them (only while their event is
# public, as attachments with nosniff), never the web server.
DOCUMENTS_ROOT = Path(env("DOCUMENTS_ROOT", BASE_DIR / "var" / "documents"))
# `manage.py backup` (barents_portal/backup.py) writes its archives here; keep it off-site too.
BACKUP_DIR = Path(env("BACKUP_DIR", BASE_DIR / "var" / "backups"))
STORAGES = {
    # Files appear complete or not at all; a full disk leaves nothing partial.
    "default": {"BACKEND": "barents_portal.storage.AtomicFileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed files need `collectstatic`; development and tests go without.
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("STATIC_MANIFEST", not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# The largest file staff may upload (a meeting document, news.documents.MAX_BYTES). The
# shipped nginx accepts request bodies of this plus 1 MB for the rest of the form.
UPLOAD_MAX_BYTES = 25 * 1024 * 1024
# Uploads: refuse oversized request bodies before they reach a form.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_HANDLERS = [
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    # A large upload that fills the disk is a form error, not a server error.
    "barents_portal.storage.TemporaryFileUploadHandler",
]
FILE_UPLOAD_PERMISSIONS = 0o644
# nginx reads MEDIA_ROOT as its own user, whatever umask the app server runs with.
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o755

# --- Security --------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Everything the portal shows comes from its own host: no CDN, web font or tracker.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY", False) else None
)
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
# Only staff have sessions (public pages set no cookie). A login lasts a working day from the
# moment of logging in, and ends sooner when the browser closes: a shared or lost laptop does
# not stay logged in to the admin.
SESSION_COOKIE_AGE = int(env("SESSION_COOKIE_AGE", str(60 * 60 * 8)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", True)
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_HTTPONLY = True
SILENCED_SYSTEM_CHECKS = env_list("SILENCED_SYSTEM_CHECKS")

# --- E-mail ----------------------------------------------------------------------------
# Staff password-reset and set-password mails (barents_portal.accounts) go through it.
MAILERS = {
    "default": {
        "BACKEND": env(
            "EMAIL_BACKEND",
            "django.core.mail.backends.console.EmailBackend"
            if DEBUG
            else "django.core.mail.backends.smtp.EmailBackend",
        ),
    }
}
if MAILERS["default"]["BACKEND"].endswith(".smtp.EmailBackend"):
    MAILERS["default"]["OPTIONS"] = {
        key: value
        for key, value in {
            "host": env("EMAIL_HOST"),
            "port": int(env("EMAIL_PORT")) if env("EMAIL_PORT") else None,
            "username": env("EMAIL_HOST_USER"),
            "password": env("EMAIL_HOST_PASSWORD"),
            "use_tls": env_bool("EMAIL_USE_TLS", False) or None,
        }.items()
        if value is not None
    }
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "portal@barents.example")
# Who answers questions about the open data (the catalogue's contact point).
OPEN_DATA_CONTACT_EMAIL = env("OPEN_DATA_CONTACT_EMAIL", DEFAULT_FROM_EMAIL)

# --- E-mail alerts (alerts/) -------------------------------------------------------------
# Background work through django.tasks: the database queue, worked by `manage.py db_worker`
# (make worker, deploy/barents-portal-worker.service). TASKS_BACKEND=immediate sends in the
# web process instead (no worker; only for trying things out).
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django.tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[env("TASKS_BACKEND", "database")],
        "QUEUES": ["default"],
    }
}
# Links in mails are absolute: the portal's public address, without a trailing slash.
PORTAL_BASE_URL = env("PORTAL_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
# Days before a deadline a reminder goes out (largest first), and how long an unconfirmed
# subscription is kept.
ALERT_REMINDER_DAYS = sorted(
    (int(day) for day in env_list("ALERT_REMINDER_DAYS", "14,3")), reverse=True
)
ALERT_UNCONFIRMED_DAYS = int(env("ALERT_UNCONFIRMED_DAYS", "7"))
# The sent log (what was sent to whom, never the text) is kept this long.
ALERT_LOG_DAYS = int(env("ALERT_LOG_DAYS", "365"))
# Subscribe requests per hour: from one address, from one client; subscriptions one address
# may hold.
ALERT_LIMIT_PER_ADDRESS = int(env("ALERT_LIMIT_PER_ADDRESS", "5"))
ALERT_LIMIT_PER_CLIENT = int(env("ALERT_LIMIT_PER_CLIENT", "20"))
ALERT_MAX_SUBSCRIPTIONS = int(env("ALERT_MAX_SUBSCRIPTIONS", "20"))

# --- Logging ---------------------------------------------------------------------------
# One line per request (barents_portal.requestlog), JSON with LOG_FORMAT=json, readable text
# otherwise; UTC timestamps. Tracebacks only for server errors (not for a 403 or a 404), the
# "Service Unavailable" line of an outage at most every 10 s.
LOG_FORMAT = env("LOG_FORMAT", "text")
# Server errors are mailed to ADMINS ("Name <address>, ..."), sent from SERVER_EMAIL.
ADMINS = env_list("ADMINS")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "barents_portal.requestlog.RequestIdFilter"},
        "quiet": {"()": "barents_portal.requestlog.QuietClientErrorsFilter"},
    },
    "formatters": {
        "json": {"()": "barents_portal.requestlog.JsonFormatter"},
        "text": {"()": "barents_portal.requestlog.TextFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "text",
            "filters": ["request_id", "quiet"],
        },
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["quiet"],
        },
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        # Django's own lines go to the root's handler once; server errors also by mail.
        "django": {"handlers": [], "propagate": True},
        "django.request": {
            "handlers": ["mail_admins"] if ADMINS else [],
            "propagate": True,
        },
    },
}

# --- The portal ------------------------------------------------------------------------
PORTAL_SOCIAL_LINKS = [
    ("Facebook", "https://www.facebook.com/barentssecretariat"),
    ("Instagram", "https://www.instagram.com/barentssecretariat"),
    ("LinkedIn", "https://www.linkedin.com/company/barents-secretariat"),
]
