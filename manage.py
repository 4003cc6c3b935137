#!/usr/bin/env python
import os
import sys


def main():
    # A development checkout's .env (DEBUG=1, written by `make install`); never read by
    # the WSGI entry point, so production takes its settings from the environment alone.
    from barents_portal import envfile

    envfile.load()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "barents_portal.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
