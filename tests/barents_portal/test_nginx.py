"""deploy/nginx.conf passes `nginx -t` (Debian's nginx: `make test` installs it) with this
machine's paths and a throwaway certificate. The drills through a running nginx are in
test_behind_nginx.py."""

import shutil
import subprocess

import pytest

from benchmarks import nginx

pytestmark = pytest.mark.skipif(
    nginx.nginx_binary() is None or shutil.which("openssl") is None,
    reason=(
        "Debian's nginx (and openssl) are not installed: `make test` installs them "
        "(scripts/ensure-system-packages --nginx), or apt-get install nginx"
    ),
)


def check(config, tmp_path):
    path = tmp_path / "nginx.conf"
    path.write_text(config)
    return subprocess.run(
        [nginx.nginx_binary(), "-t", "-q", "-c", str(path), "-e", str(tmp_path / "error.log")],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def certificate(tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        capture_output=True, check=True,
    )  # fmt: skip
    return cert, key


def test_the_shipped_config_passes_nginx_t(tmp_path, certificate):
    site = nginx.site_config(
        cache_dir=tmp_path / "cache", upstream_port=8000, certificate=certificate
    )
    result = check(nginx.main_config(site, tmp_path / "run"), tmp_path)
    assert result.returncode == 0, result.stderr


def test_the_benchmarks_plain_http_variant_passes_nginx_t(tmp_path):
    site = nginx.site_config(cache_dir=tmp_path / "cache", upstream_port=8805, http_port=8807)
    assert "ssl" not in site.replace("ssl_", "")
    result = check(nginx.main_config(site, tmp_path / "run"), tmp_path)
    assert result.returncode == 0, result.stderr


def test_the_shipped_config_keeps_what_the_readme_promises():
    text = nginx.SHIPPED.read_text()
    for directive in (
        "location /static/",
        "location /media/",
        "gzip on;",
        "proxy_cache barents;",
        "proxy_cache_bypass $barents_skip_cache;",
        "proxy_no_cache $barents_skip_cache;",
    ):
        assert directive in text
    # Django's security headers pass through: nginx must not hide or replace them.
    assert "proxy_hide_header" not in text
