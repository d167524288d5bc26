"""The server survives malformed JSON-RPC and unknown methods, talking to it over raw pipes."""

from __future__ import annotations

import json
import select
import subprocess
import sys
import time
from typing import Any

import pytest


class Raw:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "schemelint", "lsp"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            bufsize=0,  # unbuffered, so that select() sees every byte that is not yet read
        )

    def send_bytes(self, body: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def send(self, msg: dict[str, Any]) -> None:
        self.send_bytes(json.dumps({"jsonrpc": "2.0", **msg}).encode())

    def read(self, timeout: float = 60) -> dict[str, Any]:
        assert self.proc.stdout is not None
        ready, _w, _x = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            raise TimeoutError("no message from the server")
        length = 0
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError("server closed its output")
            if line in (b"\r\n", b"\n"):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        body = b""
        while len(body) < length:
            body += self.proc.stdout.read(length - len(body))
        return json.loads(body)  # type: ignore[no-any-return]

    def response(self, msg_id: int, timeout: float = 20) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = self.read(max(deadline - time.monotonic(), 0.1))
            if msg.get("id") == msg_id and "method" not in msg:
                return msg
        raise TimeoutError(msg_id)

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


@pytest.fixture
def raw():  # type: ignore[no-untyped-def]
    r = Raw()
    r.send({"id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None,
                                                       "capabilities": {}}})
    assert "capabilities" in r.response(1)["result"]
    r.send({"method": "initialized", "params": {}})
    yield r
    r.close()


def test_malformed_json_then_still_answers(raw: Raw) -> None:
    raw.send_bytes(b'{"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {')
    raw.send_bytes(b"\xff\xfe not json at all")
    raw.send({"id": 3, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": "file:///nowhere.md"}, "position": {"line": 0, "character": 0}}})
    assert raw.response(3)["result"] is None


def test_unknown_method_gets_an_error_and_server_goes_on(raw: Raw) -> None:
    raw.send({"id": 4, "method": "schemelint/doesNotExist", "params": {}})
    reply = raw.response(4)
    assert reply["error"]["code"] == -32601
    raw.send({"id": 5, "method": "shutdown"})
    assert "result" in raw.response(5)


def test_out_of_range_positions_and_huge_document(raw: Raw) -> None:
    # About 3 MB: mostly ordinary prose, with a use of the term every fiftieth paragraph.
    plain = "The evaluation covered forty tasks and three models in total. " * 8 + "\n\n"
    text = (plain * 49 + "We should worry about scheming.\n\n") * 120
    raw.send({"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": "file:///tmp/huge.md", "languageId": "markdown", "version": 1, "text": text}}})
    raw.send({"id": 6, "method": "textDocument/codeAction", "params": {
        "textDocument": {"uri": "file:///tmp/huge.md"},
        "range": {"start": {"line": 10**6, "character": 5}, "end": {"line": 10**6, "character": 9}},
        "context": {"diagnostics": []}}})
    assert raw.response(6, timeout=120)["result"] == []
    raw.send({"id": 7, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": "file:///tmp/huge.md"}, "position": {"line": 10**6, "character": 10**6}}})
    assert raw.response(7)["result"] is None
    # Negative positions break the protocol's types; pygls drops the request, and the server
    # must go on answering the next one.
    raw.send({"id": 8, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": "file:///tmp/huge.md"}, "position": {"line": -1, "character": -4}}})
    raw.send({"id": 9, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": "file:///tmp/huge.md"}, "position": {"line": 98, "character": 25}}})
    assert "scheming" in raw.response(9)["result"]["contents"]["value"]
