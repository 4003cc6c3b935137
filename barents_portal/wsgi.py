import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "barents_portal.settings")

application = get_wsgi_application()

# In web processes only (gunicorn, runserver): a frozen database must not hang a request.
# Commands keep psycopg2's own waiting (and COPY, which a wait callback rules out).
from barents_portal import dbguard  # noqa: E402 - needs the settings configured above

dbguard.install()
