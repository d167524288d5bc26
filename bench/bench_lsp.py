"""Editor latency: time from a didChange to the publishDiagnostics that answers it, for a
10,000-word Markdown draft, through a real LSP client over pipes.

    python bench/bench_lsp.py [--edits 30]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import paragraph


class Client:
    def __init__(self) -> None:
        self.p = subprocess.Popen([sys.executable, "-m", "schemelint", "lsp"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def send(self, msg: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **msg}).encode()
        assert self.p.stdin is not None
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def read(self) -> dict[str, Any]:
        assert self.p.stdout is not None
        n = 0
        while True:
            line = self.p.stdout.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            if line.lower().startswith(b"content-length:"):
                n = int(line.split(b":")[1])
        return json.loads(self.p.stdout.read(n))  # type: ignore[no-any-return]

    def wait_diagnostics(self, version: int) -> dict[str, Any]:
        while True:
            msg = self.read()
            if msg.get("method") == "textDocument/publishDiagnostics" and \
                    msg["params"].get("version") == version:
                return msg


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--edits", type=int, default=30)
    a = ap.parse_args()
    rng = random.Random(5)
    paras = [paragraph(rng, rng.random() < 0.15) for _ in range(170)]
    text = "# Draft\n\n" + "\n\n".join(paras) + "\n"
    words = len(text.split())
    folder = Path(tempfile.mkdtemp())
    (folder / ".git").mkdir()
    uri = (folder / "draft.md").as_uri()
    c = Client()
    c.send({"id": 1, "method": "initialize", "params": {"processId": None, "rootUri": folder.as_uri(),
                                                       "capabilities": {}}})
    c.read()
    c.send({"method": "initialized", "params": {}})
    t0 = time.perf_counter()
    c.send({"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    first = c.wait_diagnostics(1)
    open_ms = (time.perf_counter() - t0) * 1000
    times = []
    for v in range(2, a.edits + 2):
        line = rng.randrange(2, text.count("\n"))
        t = time.perf_counter()
        c.send({"method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": v},
            "contentChanges": [{"range": {"start": {"line": line, "character": 0},
                                          "end": {"line": line, "character": 0}},
                                "text": "Indeed, "}]}})
        c.wait_diagnostics(v)
        times.append((time.perf_counter() - t) * 1000)
    c.p.kill()
    times.sort()
    print(f"document: {words} words, {len(first['params']['diagnostics'])} diagnostics; "
          f"first diagnostics after open (cold, includes model load): {open_ms:.0f} ms")
    from schemelint.lsp.server import DEBOUNCE_SECONDS

    wait = DEBOUNCE_SECONDS * 1000
    after = [x - wait for x in times]
    print(f"didChange -> publishDiagnostics over {len(times)} edits: median "
          f"{statistics.median(times):.0f} ms, p90 {times[int(len(times) * 0.9) - 1]:.0f} ms "
          f"(debounce {wait:.0f} ms included); after the debounce: median "
          f"{statistics.median(after):.0f} ms, p90 {after[int(len(after) * 0.9) - 1]:.0f} ms")


if __name__ == "__main__":
    main()
