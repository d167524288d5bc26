"""The language server: ``schemelint lsp`` speaks LSP over stdio (pygls).

Thin handlers around :func:`schemelint.engine.lint_text`, one state dict of open documents,
fixes offered as quick fixes. Nothing a client sends can stop the server: every handler
catches its own failures and logs them to the client.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, TypeVar, cast

from lsprotocol import types as t
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from schemelint import __version__
from schemelint.config import CONFIG_NAMES, ConfigError, ConfigFinder
from schemelint.engine import Linter, UsageError, lint_text
from schemelint.lsp.convert import diagnostic, hover_text, lsp_range, suppression_edit
from schemelint.lsp.protocol import AnsweringProtocol, ResyncingInput
from schemelint.model import FileResult, RulePackError

# One worker thread runs every lint, in order: the event loop stays free for hover, code
# actions and the other documents (the linter's caches are not shared between threads).
_WORKER = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="schemelint-lint")
DEBOUNCE_SECONDS = 0.05  # coalesces keystrokes; the lint itself is what a user waits for
CONFIG_FILES = CONFIG_NAMES
log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])


class SchemelintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("schemelint", __version__, protocol_cls=AnsweringProtocol,
                         text_document_sync_kind=t.TextDocumentSyncKind.Incremental)
        self.linter = Linter(ConfigFinder())
        self.state: dict[str, tuple[int | None, FileResult | None]] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.closed: set[str] = set()

    def reload_config(self) -> None:
        self.linter = Linter(ConfigFinder())

    def lint(self, uri: str) -> None:
        """Lint the open document ``uri`` and publish its diagnostics (in the calling thread)."""
        try:
            doc = self.workspace.get_text_document(uri)
        except Exception:  # noqa: BLE001 - a document the client never opened
            return
        self._publish(uri, doc.version, self._lint_text(doc.source, uri))

    def _lint_text(self, text: str, uri: str) -> list[FileResult] | str:
        """The results, or the one-line message of a bad workspace config."""
        path = to_fs_path(uri) or uri
        try:
            return lint_text(text, path, self.linter)
        except (UsageError, ConfigError, RulePackError) as exc:
            return str(exc)

    async def lint_in_worker(self, uri: str) -> None:
        """Lint in the worker thread, so that a slow document never blocks hover or other
        documents in the event loop; a result for an older version than the document now has
        is dropped (the newest version wins)."""
        try:
            doc = self.workspace.get_text_document(uri)
        except Exception:  # noqa: BLE001 - a document the client never opened
            return
        version, text = doc.version, doc.source
        loop = asyncio.get_running_loop()
        outcome = await loop.run_in_executor(_WORKER, self._lint_text, text, uri)
        try:
            current = self.workspace.get_text_document(uri).version
        except Exception:  # noqa: BLE001 - closed meanwhile
            return
        if uri in self.closed or current != version:
            return
        self._publish(uri, version, outcome)

    def _publish(self, uri: str, version: int | None, outcome: list[FileResult] | str) -> None:
        if isinstance(outcome, str):
            # a bad workspace config: shown on the document as well as in a message
            self.window_show_message(t.ShowMessageParams(t.MessageType.Error, f"schemelint: {outcome}"))
            self.text_document_publish_diagnostics(t.PublishDiagnosticsParams(
                uri=uri, version=version, diagnostics=[t.Diagnostic(
                    range=t.Range(t.Position(0, 0), t.Position(0, 0)), message=outcome,
                    severity=t.DiagnosticSeverity.Error, source="schemelint")]))
            return
        path = to_fs_path(uri) or uri
        results = outcome
        result = next((r for r in results if r.path == path), results[0] if results else None)
        self.state[uri] = (version, result)
        diags = [diagnostic(d, uri) for d in (result.diagnostics if result else [])]
        if result and result.error:
            diags.append(t.Diagnostic(
                range=t.Range(t.Position(0, 0), t.Position(0, 0)),
                message=result.error, severity=t.DiagnosticSeverity.Error, source="schemelint"))
        for warning in result.warnings if result else []:  # ignored front matter: not a failure
            diags.append(t.Diagnostic(
                range=t.Range(t.Position(0, 0), t.Position(0, 0)),
                message=warning, severity=t.DiagnosticSeverity.Warning, source="schemelint"))
        self.text_document_publish_diagnostics(
            t.PublishDiagnosticsParams(uri=uri, diagnostics=diags, version=version))

    def schedule(self, uri: str, delay: float) -> None:
        """Lint after ``delay`` seconds; a newer change cancels the older run."""
        old = self.pending.pop(uri, None)
        if old is not None:
            old.cancel()

        self.closed.discard(uri)

        async def later() -> None:
            try:
                await asyncio.sleep(delay)
                await self.lint_in_worker(uri)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.exception("schemelint lint failed")
                self.window_log_message(t.LogMessageParams(
                    t.MessageType.Error, f"schemelint: lint failed: {exc!r}"))
            finally:
                if self.pending.get(uri) is task:
                    del self.pending[uri]

        task = asyncio.ensure_future(later())
        self.pending[uri] = task

    async def settled(self, uri: str) -> None:
        """Wait for the lint of ``uri`` in flight, if any (a request about that document
        answers from its newest results; requests about other documents do not wait)."""
        for _ in range(8):
            task = self.pending.get(uri)
            if task is None:
                return
            try:
                await asyncio.shield(task)
            except asyncio.CancelledError:
                if asyncio.current_task() is not None and asyncio.current_task().cancelled():  # type: ignore[union-attr]
                    raise
            except Exception:  # noqa: BLE001 - the task reports its own failure
                return


server = SchemelintServer()


def guarded(fn: F) -> F:
    """Log instead of raising: a failing handler must never take the server down."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            log.exception("schemelint handler failed")
            try:
                server.window_log_message(t.LogMessageParams(
                    t.MessageType.Error, f"schemelint: {fn.__name__} failed: {exc!r}"))
            except Exception:  # noqa: BLE001, S110 - the client is gone: nobody left to tell
                pass
            return None

    return wrapper  # type: ignore[return-value]


@server.feature(t.TEXT_DOCUMENT_DID_OPEN)
@guarded
def did_open(ls: SchemelintServer, params: t.DidOpenTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0)


@server.feature(t.TEXT_DOCUMENT_DID_CHANGE)
@guarded
def did_change(ls: SchemelintServer, params: t.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, DEBOUNCE_SECONDS)


@server.feature(t.TEXT_DOCUMENT_DID_SAVE)
@guarded
def did_save(ls: SchemelintServer, params: t.DidSaveTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0)


@server.feature(t.TEXT_DOCUMENT_DID_CLOSE)
@guarded
def did_close(ls: SchemelintServer, params: t.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.closed.add(uri)
    task = ls.pending.pop(uri, None)
    if task is not None:
        task.cancel()
    if ls.state.pop(uri, None) is not None:
        ls.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(t.TEXT_DOCUMENT_HOVER)
async def hover(ls: SchemelintServer, params: t.HoverParams) -> t.Hover | None:
    await ls.settled(params.text_document.uri)
    return guarded(_hover)(ls, params)


def _hover(ls: SchemelintServer, params: t.HoverParams) -> t.Hover | None:
    _version, result = ls.state.get(params.text_document.uri, (None, None))
    if result is None or result.source is None:
        return None
    pos = params.position
    offset = result.source.index.from_utf16(pos.line, pos.character)
    for m in result.mentions:
        if m.span.source is result.source and m.span.start <= offset < m.span.end:
            return t.Hover(
                contents=t.MarkupContent(kind=t.MarkupKind.Markdown, value=hover_text(
                    m, [d for d in result.diagnostics if d.span.start <= offset < d.span.end])),
                range=lsp_range(m.span),
            )
    return None


@server.feature(
    t.TEXT_DOCUMENT_CODE_ACTION,
    t.CodeActionOptions(code_action_kinds=[t.CodeActionKind.QuickFix]),
)
async def code_action(ls: SchemelintServer, params: t.CodeActionParams) -> list[t.CodeAction]:
    await ls.settled(params.text_document.uri)
    return guarded(_code_action)(ls, params) or []


def _code_action(ls: SchemelintServer, params: t.CodeActionParams) -> list[t.CodeAction]:
    uri = params.text_document.uri
    _version, result = ls.state.get(uri, (None, None))
    if result is None or result.source is None:
        return []
    index = result.source.index
    start = index.from_utf16(params.range.start.line, params.range.start.character)
    end = index.from_utf16(params.range.end.line, params.range.end.character)
    actions: list[t.CodeAction] = []
    for d in result.diagnostics:
        if d.span.source is not result.source or d.span.end < start or d.span.start > end:
            continue
        lsp_diag = diagnostic(d, uri)
        for fix in d.fixes:
            if fix.span.source is not result.source:
                continue
            edit = t.TextEdit(range=lsp_range(fix.span), new_text=fix.replacement)
            actions.append(t.CodeAction(
                title=fix.description, kind=t.CodeActionKind.QuickFix, diagnostics=[lsp_diag],
                edit=t.WorkspaceEdit(changes={uri: [edit]}), is_preferred=fix.safe))
        suppress = suppression_edit(result.source, d)
        if suppress is not None:
            actions.append(t.CodeAction(
                title=f"Disable {d.code} on this line", kind=t.CodeActionKind.QuickFix,
                diagnostics=[lsp_diag], edit=t.WorkspaceEdit(changes={uri: [suppress]})))
    return actions


def _relint_all(ls: SchemelintServer) -> None:
    ls.reload_config()
    for uri in list(ls.state):
        ls.schedule(uri, 0)


@server.feature(t.WORKSPACE_DID_CHANGE_WATCHED_FILES)
@guarded
def watched_files(ls: SchemelintServer, params: t.DidChangeWatchedFilesParams) -> None:
    if any(Path(to_fs_path(c.uri) or c.uri).name in CONFIG_FILES for c in params.changes):
        _relint_all(ls)


@server.feature(t.WORKSPACE_DID_CHANGE_CONFIGURATION)
@guarded
def changed_configuration(ls: SchemelintServer, params: t.DidChangeConfigurationParams) -> None:
    _relint_all(ls)


@server.feature(t.INITIALIZED)
@guarded
def initialized(ls: SchemelintServer, params: t.InitializedParams) -> None:
    caps = ls.client_capabilities.workspace
    dynamic = caps and caps.did_change_watched_files and caps.did_change_watched_files.dynamic_registration
    if dynamic:
        watchers = [t.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES]
        ls.client_register_capability(t.RegistrationParams(registrations=[t.Registration(
            id="schemelint-config", method=t.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=t.DidChangeWatchedFilesRegistrationOptions(watchers=watchers))]))


def serve() -> None:
    import sys

    # pygls reads its input with readline and read only, the two that ResyncingInput defines;
    # every other attribute is the wrapped stream's.
    server.start_io(cast(BinaryIO, ResyncingInput(sys.stdin.buffer)))
