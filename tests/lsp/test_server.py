"""End-to-end tests of ``schemelint lsp`` with a real LSP client (pytest-lsp)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types as t
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

DRAFT = (
    "# Notes\n"
    "\n"
    "🙂 Our agents were scheming in 3% of rollouts when the system prompt said to reach the\n"
    "goal at all costs.\n"
    "\n"
    "Control protocols must assume scheming models that collude with copies and sabotage monitors.\n"
)


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[sys.executable, "-m", "schemelint", "lsp"]),
)
async def client(lsp_client: LanguageClient, tmp_path_factory: pytest.TempPathFactory):
    @lsp_client.feature(t.CLIENT_REGISTER_CAPABILITY)
    def _register(params: t.RegistrationParams) -> None:
        lsp_client.registrations = params.registrations  # type: ignore[attr-defined]

    root = tmp_path_factory.mktemp("ws")
    (root / ".git").mkdir()
    lsp_client.root = root  # type: ignore[attr-defined]
    await lsp_client.initialize_session(
        t.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=root.as_uri(),
        )
    )
    yield
    await lsp_client.shutdown_session()


async def open_doc(client: LanguageClient, name: str, text: str) -> str:
    path: Path = client.root / name  # type: ignore[attr-defined]
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(t.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text))
    )
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return uri


@pytest.mark.asyncio
async def test_diagnostics_on_open_with_utf16_ranges(client: LanguageClient) -> None:
    uri = await open_doc(client, "draft.md", DRAFT)
    diags = sorted(client.diagnostics[uri], key=lambda d: (d.range.start.line, d.code))
    assert [(d.code, d.range.start.line, d.range.start.character) for d in diags] == [
        ("SL100", 2, 19),
        ("SL101", 5, 30),
    ]
    first = diags[0]
    # 🙂 is two UTF-16 code units: "scheming" starts at code point 18, unit 19.
    assert (first.range.end.line, first.range.end.character) == (2, 27)
    assert first.source == "schemelint"
    assert first.severity == t.DiagnosticSeverity.Warning
    assert first.code_description is not None and first.code_description.href.endswith("SL100.md")
    switch = diags[1]
    assert switch.related_information[0].location.range.start.line == 2
    assert "earlier mention" in switch.related_information[0].message


@pytest.mark.asyncio
async def test_diagnostics_follow_changes(client: LanguageClient) -> None:
    uri = await open_doc(client, "change.md", DRAFT)
    client.text_document_did_change(
        t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[t.TextDocumentContentChangeWholeDocument(
                text="By \"scheming\" we mean in-context scheming in agentic evaluations.\n")],
        )
    )
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[uri]) == []


@pytest.mark.asyncio
async def test_hover_shows_sense_and_cues(client: LanguageClient) -> None:
    uri = await open_doc(client, "hover.md", DRAFT)
    hover = await client.text_document_hover_async(
        t.HoverParams(t.TextDocumentIdentifier(uri), t.Position(5, 33))
    )
    assert hover is not None
    assert "sense `worst-case`" in hover.contents.value
    assert "collude" in hover.contents.value
    nothing = await client.text_document_hover_async(
        t.HoverParams(t.TextDocumentIdentifier(uri), t.Position(99, 0))
    )
    assert nothing is None


@pytest.mark.asyncio
async def test_code_actions_offer_fix_and_suppression(client: LanguageClient) -> None:
    uri = await open_doc(client, "actions.md", DRAFT)
    actions = await client.text_document_code_action_async(
        t.CodeActionParams(
            text_document=t.TextDocumentIdentifier(uri),
            range=t.Range(t.Position(5, 30), t.Position(5, 38)),
            context=t.CodeActionContext(diagnostics=[]),
        )
    )
    titles = [a.title for a in actions]
    assert "Replace “scheming” with “worst-case scheming”" in titles
    assert "Disable SL101 on this line" in titles
    fix = next(a for a in actions if a.title.startswith("Replace"))
    (edit,) = fix.edit.changes[uri]
    assert edit.new_text == "worst-case scheming"
    assert (edit.range.start.line, edit.range.start.character) == (5, 30)


@pytest.mark.asyncio
async def test_close_twice_and_unknown_document_keep_server_alive(client: LanguageClient) -> None:
    uri = await open_doc(client, "close.md", DRAFT)
    ident = t.TextDocumentIdentifier(uri)
    client.text_document_did_close(t.DidCloseTextDocumentParams(ident))
    client.text_document_did_close(t.DidCloseTextDocumentParams(ident))
    client.text_document_did_change(
        t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri="file:///nowhere.md", version=3),
            content_changes=[t.TextDocumentContentChangeWholeDocument(text="x")],
        )
    )
    hover = await client.text_document_hover_async(
        t.HoverParams(t.TextDocumentIdentifier("file:///never-opened.md"), t.Position(0, 0))
    )
    assert hover is None
    # Still answering: a new document gets diagnostics.
    uri2 = await open_doc(client, "after.md", DRAFT)
    assert client.diagnostics[uri2]


@pytest.mark.asyncio
async def test_config_reload(client: LanguageClient) -> None:
    uri = await open_doc(client, "cfg.md", DRAFT)
    assert client.diagnostics[uri]
    cfg = client.root / ".schemelint.yaml"  # type: ignore[attr-defined]
    cfg.write_text("ignore: [SL100, SL101]\n")
    client.workspace_did_change_watched_files(
        t.DidChangeWatchedFilesParams(changes=[t.FileEvent(uri=cfg.as_uri(), type=t.FileChangeType.Created)])
    )
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[uri]) == []
    cfg.unlink()


@pytest.mark.asyncio
async def test_hover_says_when_the_classifier_decided_without_a_cue(client: LanguageClient) -> None:
    text = "Before the launch we must determine whether the deployed model is a schemer.\n"
    uri = await open_doc(client, "learned.md", text)
    hover = await client.text_document_hover_async(
        t.HoverParams(t.TextDocumentIdentifier(uri), t.Position(0, 70))
    )
    assert hover is not None
    assert "sense `worst-case`" in hover.contents.value
    assert ("The classifier's deciding words (no rule-pack cue): “model”, “deployed”"
            in hover.contents.value)


@pytest.mark.asyncio
async def test_hover_says_when_the_sense_came_from_the_document(client: LanguageClient) -> None:
    text = (
        'By "scheming" we mean instrumental training-gaming: doing well in training in order to\n'
        "keep one's current goals.\n\n"
        "Before the launch we must determine whether the deployed model is a schemer.\n"
    )
    uri = await open_doc(client, "document.md", text)
    hover = await client.text_document_hover_async(
        t.HoverParams(t.TextDocumentIdentifier(uri), t.Position(3, 70))
    )
    assert hover is not None
    assert "sense `training-gaming` (confidence 0.55)" in hover.contents.value
    assert "the sense comes from the document" in hover.contents.value


@pytest.mark.asyncio
async def test_ignored_front_matter_is_a_warning_in_the_editor(client: LanguageClient) -> None:
    text = ("---\ntitle: [unclosed\n---\n\nBy \"scheming\" we mean in-context scheming.\n\n"
            "The agent was scheming in 2% of rollouts.\n")
    uri = await open_doc(client, "fm.md", text)
    assert [(d.severity, d.message) for d in client.diagnostics[uri]] == [
        (t.DiagnosticSeverity.Warning, "front matter is not valid YAML (line 3); it was ignored")]


@pytest.mark.asyncio
async def test_hover_says_when_the_sense_is_a_lean_to_the_documents_majority(
        client: LanguageClient) -> None:
    text = ("# Week four\n\n"
            "We read the transcripts of the test runs for scheming and tagged each one by hand.\n\n"
            "Most of the scheming we tagged came from the runs where the agent worked alone.\n\n"
            "The graders disagreed on two runs, where the scheming was a single edit to a log.\n\n"
            "We return to scheming in the last section.\n")
    uri = await open_doc(client, "lean.md", text)
    hover = await client.text_document_hover_async(
        t.HoverParams(t.TextDocumentIdentifier(uri), t.Position(8, 16)))
    assert hover is not None
    assert "sense `in-context` (confidence 0.45)" in hover.contents.value
    assert "the sense is a lean" in hover.contents.value
