"""Writing the files schemelint creates on request (a sense map, a baseline).

A new file gets the permissions any other new file gets (0666 minus the umask, as ``-o`` and
shells give), not the 0600 of a temporary file; an existing file keeps its mode. The write goes
through a temporary file in the same folder and an atomic rename.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _umask() -> int:
    old = os.umask(0o022)
    os.umask(old)
    return old


def write_output(target: Path, data: str | bytes) -> None:
    folder = target.resolve().parent
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
