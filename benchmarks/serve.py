"""HTTP load: 50 concurrent clients for 30 seconds on the state endpoint, on 127.0.0.1 only.

    python benchmarks/serve.py [--clients 50] [--seconds 30]

Loads the bundled texts into a temporary store, starts `legation serve` on a free loopback port,
and drives it with bounded loops of concurrent keep-alive clients: first a static file (the baseline,
same server, same run), then `/api/pairs/PER/VEN/state`. Prints requests per second, p50 and p95
latency and errors for each, and the ratios of the state endpoint to the baseline. Stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import httpx2

DAYS = ["1950-01-01", "1992-12-01", "2001-12-31", "2018-06-01", "2020-06-01", "2022-06-01", "2025-01-01"]


async def load(base: str, paths: list[str], clients: int, seconds: float) -> tuple[float, list[float], int]:
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + seconds

    async def client(k: int) -> None:
        nonlocal errors
        async with httpx2.AsyncClient(base_url=base, timeout=10) as http:
            i = k
            while time.monotonic() < deadline:
                start = time.perf_counter()
                try:
                    response = await http.get(paths[i % len(paths)])
                    ok = response.status_code == 200
                except httpx2.HTTPError:
                    ok = False
                latencies.append((time.perf_counter() - start) * 1000)
                errors += not ok
                i += 1

    started = time.monotonic()
    await asyncio.gather(*(client(k) for k in range(clients)))
    return len(latencies) / (time.monotonic() - started), latencies, errors


def report(name: str, rps: float, latencies: list[float], errors: int) -> tuple[float, float]:
    cuts = statistics.quantiles(latencies, n=20)
    p50, p95 = statistics.median(latencies), cuts[18]
    print(
        f"{name}: {rps:,.0f} requests/s, p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
        f"{errors} errors of {len(latencies)}"
    )
    return p50, p95


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    legation = [sys.executable, "-m", "legation"]
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "store.duckdb")
        subprocess.run([*legation, "demo", "--db", db, "--no-serve"], check=True, capture_output=True)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen(
            [*legation, "serve", "--db", db, "--port", str(port)], stdout=subprocess.DEVNULL
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/api/pairs", timeout=1)
                    break
                except OSError:
                    time.sleep(0.1)
            print(f"{args.clients} clients for {args.seconds:.0f} s each, against {base} ({server.pid})")
            base_p = report(
                "baseline /static/style.css",
                *asyncio.run(load(base, ["/static/style.css"], args.clients, args.seconds)),
            )
            paths = [f"/api/pairs/PER/VEN/state?on={d}" for d in DAYS]
            state_p = report("state endpoint", *asyncio.run(load(base, paths, args.clients, args.seconds)))
            print(f"ratio to baseline: p50 {state_p[0] / base_p[0]:.1f}, p95 {state_p[1] / base_p[1]:.1f}")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
