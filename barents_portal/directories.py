"""The directories under var/ and who may read them.

nginx serves STATIC_ROOT and MEDIA_ROOT straight from disk as its own user, so those and
var/ above them must be readable by everybody. Django's file cache creates its directory
with mode 0700 and, when var/ does not exist yet, var/ too — which made every static file
and image answer 403 through nginx. So var/ is made here first, at start-up, each directory
with the mode it needs; what only the portal reads (the page cache, the meeting documents,
which only a view serves) stays private.

Only directories inside var/ are created or repaired: paths set elsewhere in the
environment belong to the operator.
"""

import os
import stat
from pathlib import Path

from django.conf import settings

PUBLIC = 0o755
PRIVATE = 0o700


def _inside(path, var):
    try:
        Path(path).resolve().relative_to(var.resolve())
    except ValueError:
        return False
    return True


def _ensure(path, mode, *, widen):
    """Create `path` with `mode`; with `widen`, add the mode's bits to an existing one."""
    path = Path(path)
    if not path.exists():
        path.mkdir(mode=mode, parents=False, exist_ok=True)
        path.chmod(mode)  # mkdir's mode is masked by the umask
    elif widen:
        current = stat.S_IMODE(path.stat().st_mode)
        if current & mode != mode and path.stat().st_uid == os.getuid():
            path.chmod(current | mode)


def prepare(var=None):
    """Create var/ and its directories with the modes nginx and the portal need."""
    var = Path(var or settings.BASE_DIR / "var")
    try:
        _ensure(var, PUBLIC, widen=True)
        for public in (settings.STATIC_ROOT, settings.MEDIA_ROOT):
            if _inside(public, var):
                for directory in reversed(
                    Path(public).resolve().relative_to(var.resolve()).parents
                ):
                    _ensure(var / directory, PUBLIC, widen=True)
                _ensure(public, PUBLIC, widen=True)
        for private in (var / "cache", settings.DOCUMENTS_ROOT):
            if _inside(private, var):
                _ensure(private, PRIVATE, widen=False)
    except OSError:
        # A read-only checkout or another owner: the operator prepared the directories.
        pass
