"""The language server (``schemelint lsp``)."""
