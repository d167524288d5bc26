"""A real editor: headless Neovim reads schemelint's diagnostics through its built-in LSP client."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

NVIM = shutil.which("nvim")

LUA = r"""
local out = vim.env.SCHEMELINT_OUT
local client = vim.lsp.start_client({
  name = "schemelint",
  cmd = { vim.env.SCHEMELINT_PY, "-m", "schemelint", "lsp" },
  root_dir = vim.fn.getcwd(),
})
vim.cmd("edit " .. vim.env.SCHEMELINT_DOC)
vim.lsp.buf_attach_client(0, client)
local ok = vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local items = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(items, { code = d.code, lnum = d.lnum, col = d.col, source = d.source })
end
local f = io.open(out, "w")
f:write(vim.fn.json_encode({ ok = ok, items = items }))
f:close()
vim.lsp.stop_client(client)
vim.cmd("qall!")
"""


@pytest.mark.skipif(NVIM is None, reason="no nvim binary on PATH (apt-get install neovim)")
def test_neovim_shows_diagnostics(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    doc = tmp_path / "draft.md"
    doc.write_text("# Notes\n\nWe should worry about scheming in the next models.\n")
    script = tmp_path / "run.lua"
    script.write_text(LUA)
    out = tmp_path / "out.json"
    env = {"SCHEMELINT_PY": sys.executable, "SCHEMELINT_DOC": str(doc), "SCHEMELINT_OUT": str(out),
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    subprocess.run([NVIM, "--headless", "--clean", "-c", f"luafile {script}"], cwd=tmp_path,
                   env=env, timeout=120, capture_output=True, check=False)
    result = json.loads(out.read_text())
    assert result["ok"] is True
    assert result["items"] == [{"code": "SL100", "lnum": 2, "col": 22, "source": "schemelint"}]
