"""The language server on a hostile workspace (issue 14, item 12)."""

from __future__ import annotations

import sys

import pytest
import pytest_lsp
from lsprotocol import types as t
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[sys.executable, "-m", "schemelint", "lsp"]),
)
async def client(lsp_client: LanguageClient, tmp_path_factory: pytest.TempPathFactory):
    @lsp_client.feature(t.CLIENT_REGISTER_CAPABILITY)
    def _register(params: t.RegistrationParams) -> None:
        pass

    root = tmp_path_factory.mktemp("ws")
    (root / ".git").mkdir()
    (root / ".schemelint.yaml").write_text("select: &a [SL100]\nignore: *a\n")
    lsp_client.root = root  # type: ignore[attr-defined]
    await lsp_client.initialize_session(
        t.InitializeParams(capabilities=client_capabilities("visual-studio-code"), root_uri=root.as_uri())
    )
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_bad_workspace_config_is_published_as_a_diagnostic(client: LanguageClient) -> None:
    path = client.root / "draft.md"  # type: ignore[attr-defined]
    text = "We should worry about scheming.\n"
    path.write_text(text)
    uri = path.as_uri()
    client.text_document_did_open(t.DidOpenTextDocumentParams(
        t.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    (diag,) = client.diagnostics[uri]
    assert diag.severity == t.DiagnosticSeverity.Error
    assert diag.message.endswith(".schemelint.yaml: not valid YAML (line 2): aliases (*name) are not allowed")
    # the server still answers
    assert await client.text_document_hover_async(t.HoverParams(
        t.TextDocumentIdentifier(uri), t.Position(0, 25))) is None


def _raw():  # type: ignore[no-untyped-def]
    from test_raw_protocol import Raw  # the raw-pipe client beside this file

    r = Raw()
    r.send({"id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None,
                                                       "capabilities": {}}})
    assert "capabilities" in r.response(1)["result"]
    r.send({"method": "initialized", "params": {}})
    return r


def test_request_with_invalid_params_gets_an_error_response() -> None:
    raw = _raw()
    try:
        raw.send({"id": 2, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": "file:///x.md"}, "position": {"line": -1, "character": -4}}})
        reply = raw.response(2)
        assert reply["error"]["code"] == -32602  # invalid params
        raw.send({"id": 3, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}}})
        assert raw.response(3)["result"] is None
    finally:
        raw.close()


def test_request_after_shutdown_gets_an_error_response() -> None:
    raw = _raw()
    try:
        raw.send({"id": 2, "method": "shutdown"})
        assert "result" in raw.response(2)
        raw.send({"id": 3, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}}})
        assert raw.response(3)["error"]["code"] == -32600  # invalid request
    finally:
        raw.close()


def test_a_frame_with_a_short_content_length_does_not_wedge_the_server() -> None:
    import json

    raw = _raw()
    try:
        body = json.dumps({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}}}).encode()
        assert raw.proc.stdin is not None
        raw.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % (len(body) - 10) + body)
        raw.send({"id": 3, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}}})
        raw.send({"id": 4, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}}})
        assert raw.response(4)["result"] is None  # frame 3 may be lost with the bad one; 4 is not
    finally:
        raw.close()
