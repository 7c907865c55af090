"""Starting the server: the address checked and bound before anything says it is serving.

A server on loopback answers only requests addressed to a loopback name (so that a web page
elsewhere cannot reach it through a name of its own that points here); one on any other address
is reachable by every machine that can reach this one, and says so.
"""

from __future__ import annotations

import errno
import ipaddress
import socket
from collections.abc import Callable

from legation.errors import ServeError

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")


def is_loopback(host: str) -> bool:
    """Whether every address the host name stands for is this machine's loopback."""
    try:
        found = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError:
        return False
    return bool(found) and all(ipaddress.ip_address(str(f[4][0]).split("%")[0]).is_loopback for f in found)


def allowed_hosts(host: str) -> tuple[str, ...] | None:
    """The names a request may be addressed to (its Host header): loopback names on loopback, else
    any (None)."""
    return LOOPBACK_NAMES if is_loopback(host) else None


def exposure_warning(host: str) -> str | None:
    """The warning for a server reachable from other machines, or None on loopback."""
    if is_loopback(host):
        return None
    return (
        f"serving on {host} lets every machine that can reach this one read the store and its texts; "
        "use --host 127.0.0.1 to keep it to this machine"
    )


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port, or a ServeError saying why there can be none."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except OSError:
        raise ServeError(
            f"cannot serve on {host}: no such address; give --host 127.0.0.1 or an address"
        ) from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(
                f"port {port} on {host} is in use (another legation serve?); stop that or give --port"
            ) from None
        if exc.errno == errno.EACCES:
            raise ServeError(f"port {port} needs privileges; give --port above 1023") from None
        raise ServeError(
            f"cannot serve on {host}:{port}: {exc.strerror}; give another --host or --port"
        ) from None
    return sock


def serve(db: str, host: str, port: int, say: Callable[[str], None]) -> None:
    """Serves the store at `db` on host:port until stopped, telling `say` what it does."""
    import uvicorn

    from legation.faces.server import create_app

    warning = exposure_warning(host)
    if warning:
        say(f"legation: warning: {warning}")
    sock = bind(host, port)
    try:
        app = create_app(db, hosts=allowed_hosts(host))
        shown = f"[{host}]" if ":" in host else host
        say(f"Legation is serving {db} at http://{shown}:{port}/ (Ctrl-C stops it)")
        uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[sock])
    finally:
        sock.close()
