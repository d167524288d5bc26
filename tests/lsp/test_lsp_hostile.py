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
