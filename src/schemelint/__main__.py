from __future__ import annotations

from schemelint.cli import main

if __name__ == "__main__":
    main()
