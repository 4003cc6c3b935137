"""/healthz: database, cache and free disk, each reported on its own."""

import shutil
from collections import namedtuple

import pytest
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper

pytestmark = pytest.mark.django_db

Usage = namedtuple("Usage", "total used free")


def test_healthz_reports_each_check_when_all_is_well(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert {name: check["status"] for name, check in body["checks"].items()} == {
        "database": "ok",
        "cache": "ok",
        "disk": "ok",
    }
    assert set(body["checks"]["disk"]["free_mb"]) >= {"media", "documents"}
    assert response["Cache-Control"] == "no-store"


def test_healthz_is_503_with_the_database_failing_and_the_others_reported(client, monkeypatch):
    def broken(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.json()
    assert body["status"] == "fail"
    assert body["checks"]["database"] == {
        "status": "fail",
        "error": "connection refused",
        "ms": body["checks"]["database"]["ms"],
    }
    assert body["checks"]["cache"]["status"] == "ok"


def test_healthz_is_503_when_the_cache_cannot_store(client, monkeypatch):
    from django.core.cache.backends.locmem import LocMemCache

    def full(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(LocMemCache, "set", full)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"]["status"] == "fail"


def test_healthz_reports_low_disk_but_keeps_serving(client, settings, monkeypatch):
    settings.HEALTHZ_MIN_FREE_MB = 100
    monkeypatch.setattr(shutil, "disk_usage", lambda path: Usage(10**9, 10**9, 5 * 1024**2))
    response = client.get("/healthz")
    # Every instance shares the disk: out of the load balancer would help nobody.
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["disk"]["status"] == "low"
    assert body["checks"]["disk"]["free_mb"]["media"] == 5
