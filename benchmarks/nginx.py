"""deploy/nginx.conf with this machine's paths: for `nginx -t` (a test) and `make bench`.

The shipped file is a site file for Debian's /etc/nginx (its first lines belong in the
http{} context). `site_config()` fills in the project directory, the cache directory and
the gunicorn port, and either a certificate (to check the file as shipped) or, for the
benchmark, plain HTTP on one port in place of the TLS server. `main_config()` wraps it in
a complete nginx.conf that runs without root's directories.
"""

import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "deploy" / "nginx.conf"


def nginx_binary():
    return shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx",) if Path(path).exists()), None
    )


def site_config(*, cache_dir, upstream_port, root=ROOT, certificate=None, http_port=None):
    """The shipped site file with real paths.

    upstream_port: gunicorn's port, or a list of ports, one per instance (the shipped
    upstream's Unix sockets are replaced by these, with the same parameters).
    certificate: (fullchain, key) paths to keep the TLS server as shipped; http_port:
    serve that server over plain HTTP on this port instead (and drop the redirect).
    """
    text = SHIPPED.read_text()
    text = text.replace("/srv/barents-portal/", f"{root}/")
    text = text.replace("/var/cache/nginx/barents", str(cache_dir))
    text = upstream(text, [upstream_port] if isinstance(upstream_port, int) else upstream_port)
    if certificate is not None:
        fullchain, key = certificate
        text = re.sub(r"ssl_certificate\s+\S+;", f"ssl_certificate {fullchain};", text)
        text = re.sub(r"ssl_certificate_key\s+\S+;", f"ssl_certificate_key {key};", text)
    if http_port is not None:
        # The port-80 server only redirects to HTTPS: not part of what is measured.
        text = re.sub(r"server \{\s*listen 80;.*?\n\}\n", "", text, count=1, flags=re.DOTALL)
        text = re.sub(r"listen 443 ssl[^;]*;", f"listen 127.0.0.1:{http_port};", text)
        text = re.sub(r"\n\s*listen \[::\]:443[^;]*;", "", text)
        text = re.sub(r"\n\s*ssl_certificate(_key)?\s+\S+;", "", text)
    return text


def upstream(text, ports):
    """`text` with the upstream's servers replaced by one server on 127.0.0.1 per port."""
    servers = list(re.finditer(r"^([ \t]*)server unix:\S+?((?:[ \t]+[^;\s]+)*);\n", text, re.M))
    indent, parameters = servers[0][1], servers[0][2]
    lines = "".join(f"{indent}server 127.0.0.1:{port}{parameters};\n" for port in ports)
    return text[: servers[0].start()] + lines + text[servers[-1].end() :]


def main_config(site, workdir, user=None):
    """A whole nginx.conf around `site`, with its pid, logs and temporary files in workdir.

    user: the workers' user. Started as root, nginx's workers are `nobody` by default,
    who may not read a project checked out in a private directory.
    """
    workdir = Path(workdir)
    for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (workdir / name).mkdir(parents=True, exist_ok=True)
    (workdir / "site.conf").write_text(site)
    user_line = f"user {user};\n" if user else ""
    return f"""\
{user_line}worker_processes auto;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    access_log off;
    client_body_temp_path {workdir}/body;
    proxy_temp_path {workdir}/proxy;
    fastcgi_temp_path {workdir}/fastcgi;
    uwsgi_temp_path {workdir}/uwsgi;
    scgi_temp_path {workdir}/scgi;
    include {workdir}/site.conf;
}}
"""
