"""The JSON-RPC protocol with every request answered (issue 14): pygls drops a request whose
params do not fit the protocol's types, and requests after ``shutdown``, without a response,
so a client waits forever. Here both get an error response."""

from __future__ import annotations

from typing import Any, BinaryIO

from pygls.exceptions import JsonRpcException, JsonRpcInvalidRequest
from pygls.protocol import LanguageServerProtocol

_DROPPED = object()  # a request already answered with an error


class AnsweringProtocol(LanguageServerProtocol):
    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if isinstance(data, dict) and "id" in data and "method" in data:
                self._send_response(data["id"], None, exc.to_response_error())
                return _DROPPED
            raise

    def handle_message(self, message: Any) -> None:
        if message is _DROPPED:
            return
        method = getattr(message, "method", None)
        if self._shutdown and method not in (None, "exit") and getattr(message, "id", None) is not None:
            error = JsonRpcInvalidRequest("the server is shutting down: only 'exit' is accepted")
            self._send_response(message.id, None, error.to_response_error())
            return
        super().handle_message(message)


class ResyncingInput:
    """Standard input for the server that finds the next frame after a bad one: with a
    Content-Length shorter than its body, the rest of the body and the next frame's header end
    up on one line, which pygls never recognises again (the server hears nothing more). Here a
    header line is read from its ``Content-Length:``, wherever it starts."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw

    def readline(self, *args: Any) -> bytes:
        line: bytes = self.raw.readline(*args)
        i = line.find(b"Content-Length:")
        return line[i:] if i > 0 else line

    def read(self, *args: Any) -> bytes:
        return self.raw.read(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)
