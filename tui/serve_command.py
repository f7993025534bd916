"""`quotemark serve`: the same reader in a browser page (textual-serve), one app process per tab, loopback by default."""

from __future__ import annotations

import argparse
import ipaddress
import shlex
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from aiohttp import web

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
PUBLIC_WARNING = (
    "quotemark serve: WARNING: serving on {host}:{port} with --public: anyone who can reach this port "
    "can read and edit the library in {db} (there is no password); stop with ctrl+c"
)


class ServeError(Exception):
    """A serve request that cannot be honoured; str() is one line for stderr (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise ServeError(f"{self.prog}: {message} (see {self.prog} --help)")


def parser() -> argparse.ArgumentParser:
    """Return the argument parser of `quotemark serve`."""
    p = _Parser(
        prog="quotemark serve",
        description="Serve the reader in a browser page: each tab runs its own app on the same database.",
    )
    p.add_argument("path", nargs="?", help="article file (default: the bundled sample); not - (standard input)")
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST}, loopback)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port to listen on (default {DEFAULT_PORT})")
    p.add_argument("--db", help="database file (default: $QUOTEMARK_DB or the user data directory)")
    p.add_argument(
        "--public",
        action="store_true",
        help="allow an address other than loopback: anyone who can reach the port can read and edit the library",
    )
    return p


def is_loopback(host: str) -> bool:
    """Return True when `host` names only this machine (127.0.0.0/8, ::1 or localhost)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name that resolves elsewhere, or an empty host (every address)


def check_host(host: str, public: bool) -> None:
    """Return when `host` may be served on; raise ServeError for a non-loopback host without --public."""
    if not is_loopback(host) and not public:
        raise ServeError(
            f"quotemark serve: refusing to listen on {host or '(every address)'}: only loopback is served "
            "by default; add --public if anyone who can reach the port may read and edit your library"
        )


def check_port(port: int) -> None:
    """Return when `port` is a port number a server can listen on; raise ServeError otherwise."""
    if not 1 <= port <= 65535:
        raise ServeError(f"quotemark serve: --port {port}: not a port number (1-65535)")


def child_command(path: str | None, db: Path) -> str:
    """Return the shell command textual-serve runs for each browser tab: this Python, this article, this database."""
    argv = [sys.executable, "-m", "quotemark.tui.served_app", "--db", str(db)]
    if path is not None:
        argv += ["--", str(Path(path).resolve())]
    return shlex.join(argv)  # textual-serve starts it through a shell: every part quoted


def allowed_request(host_header: str | None, origin: str | None, served_loopback: bool) -> bool:
    """Return True when a request may reach the app: same-origin, and (on loopback) addressed to a loopback name.

    A web page on any other site can open a WebSocket to 127.0.0.1 (browsers send its Origin but
    do not block it), and DNS rebinding can give such a page a Host name of its own: either would
    let another site drive the reader, so both are checked.
    """
    if not host_header:
        return False
    host = urlsplit(f"//{host_header}").hostname or ""
    if served_loopback and not is_loopback(host):
        return False
    if origin is None:
        return True  # not a browser page's request (curl, a test client): the Host check above stands
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and parts.netloc.lower() == host_header.lower()


def make_server(command: str, host: str, port: int) -> Any:
    """Return a textual-serve Server for `command` that refuses cross-site pages and builds its URLs from the request."""
    import aiohttp_jinja2
    from aiohttp import web
    from textual_serve.server import Server

    loopback = is_loopback(host)

    class QuotemarkServer(Server):
        async def on_startup(self, app: web.Application) -> None:
            print(f"quotemark serve: open {self.public_url} in a browser (ctrl+c stops)", file=sys.stderr)

        def _guard(self, request: web.Request) -> None:
            if not allowed_request(request.headers.get("Host"), request.headers.get("Origin"), loopback):
                raise web.HTTPForbidden(text="quotemark serve: cross-site or unexpected Host refused")

        async def handle_index(self, request: web.Request) -> web.StreamResponse:
            self._guard(request)
            # The page's WebSocket URL follows the address the browser used (not 0.0.0.0 with --public).
            base = f"{request.scheme}://{request.host}"
            ws = ("wss" if request.scheme == "https" else "ws") + base[base.index(":") :] + "/ws"
            context = {
                "font_size": 16,
                "app_websocket_url": ws,
                "config": {"static": {"url": base + "/static/"}},
                "application": {"name": "quotemark"},
            }
            return aiohttp_jinja2.render_template("app_index.html", request, context)

        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            self._guard(request)
            result: web.WebSocketResponse = await super().handle_websocket(request)
            return result

        async def handle_download(self, request: web.Request) -> web.StreamResponse:
            self._guard(request)
            result: web.StreamResponse = await super().handle_download(request)
            return result

    server = QuotemarkServer(command, host=host, port=port, title="quotemark")
    if ":" in host:  # an IPv6 literal needs brackets in a URL
        server.public_url = f"http://[{host.strip('[]')}]:{port}"
    return server


def port_free(host: str, port: int) -> bool:
    """Return True when nothing listens on host:port yet (so the error is one line, not aiohttp's traceback)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host.strip("[]"), port))
        except OSError:
            return False
    return True


def run(args: list[str]) -> int:
    """Return the exit status of `quotemark serve ARGS`; a bad request becomes the CLI's one-line error."""
    from quotemark.store import default_db_path
    from quotemark.tui.cli import CliError  # imported here: cli.py dispatches to this module lazily

    def db_path(value: str | None) -> Path:
        return Path(value).expanduser() if value else default_db_path()

    try:
        return run_serve(args, db_path)
    except ServeError as exc:
        raise CliError(str(exc)) from None


def run_serve(args: list[str], db_path: Callable[[str | None], Path]) -> int:
    """Return the exit status of `quotemark serve ARGS` after the server stops; raise ServeError for bad requests."""
    ns = parser().parse_args(args)
    check_host(ns.host, ns.public)
    check_port(ns.port)
    if ns.path == "-":
        raise ServeError(
            "quotemark serve: cannot serve standard input (each browser tab reads the article): give a file"
        )
    if ns.path is not None:
        from quotemark.analysis.reader import ReadError, read_path

        try:
            read_path(ns.path)  # refuse a bad file now, with its one-line reason, not in every tab
        except ReadError as exc:
            raise ServeError(f"quotemark: {exc}") from None
    db = db_path(ns.db).resolve()
    if not db.parent.is_dir():
        raise ServeError(f"quotemark serve: --db {db}: its folder does not exist")
    try:
        bindable = port_free(ns.host, ns.port)
    except OSError as exc:  # socket.gaierror for a host name that does not resolve
        raise ServeError(f"quotemark serve: cannot listen on {ns.host}: {exc}") from None
    if not bindable:
        raise ServeError(f"quotemark serve: cannot listen on {ns.host}:{ns.port} (in use, or not this machine's)")
    if ns.public:
        print(PUBLIC_WARNING.format(host=ns.host, port=ns.port, db=db), file=sys.stderr)
    make_server(child_command(ns.path, db), ns.host, ns.port).serve()
    return 0
