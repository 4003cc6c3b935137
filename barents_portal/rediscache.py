"""Django's Redis cache, for caches the portal can do without: Redis down is a miss.

Every cache the portal keeps in Redis (the page cache's generation, pages and fragments,
the login throttle's counters) can be rebuilt from the database. With Django's own
backend a Redis that does not answer raises in every request, pages and /healthz alike,
and the site answers 500. Here a read that cannot reach Redis is a miss and a write is
skipped, so pages are rendered from the database meanwhile; `/healthz` still reports the
cache as failing (its stored value does not come back), and a warning is logged at most
every LOG_INTERVAL seconds per process.

The connection and read timeouts are short (settings: REDIS_TIMEOUT): a Redis that
hangs, rather than refuses, costs each cache call that long, not a request's whole budget.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


class ResilientRedisCache(RedisCache):
    LOG_INTERVAL = 10.0
    _last_logged = -LOG_INTERVAL

    def _unreachable(self, error):
        now = time.monotonic()
        cls = ResilientRedisCache
        if now - cls._last_logged > cls.LOG_INTERVAL:
            cls._last_logged = now
            logger.warning("Redis does not answer (%s): the cache is skipped.", error)

    def _or(self, default, method, *args, **kwargs):
        try:
            return method(*args, **kwargs)
        except UNREACHABLE as error:
            self._unreachable(error)
            return default

    def get(self, *args, **kwargs):
        default = args[1] if len(args) > 1 else kwargs.get("default")
        return self._or(default, super().get, *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._or({}, super().get_many, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._or(False, super().has_key, *args, **kwargs)

    def add(self, *args, **kwargs):
        return self._or(False, super().add, *args, **kwargs)

    def set(self, *args, **kwargs):
        return self._or(None, super().set, *args, **kwargs)

    def set_many(self, keys, *args, **kwargs):
        return self._or(list(keys), super().set_many, keys, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._or(False, super().touch, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._or(False, super().delete, *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._or(None, super().delete_many, *args, **kwargs)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except UNREACHABLE as error:
            self._unreachable(error)
            # As for a key that is not there: callers start the count again.
            raise ValueError(f"Key '{key}' not found (Redis does not answer).") from error
