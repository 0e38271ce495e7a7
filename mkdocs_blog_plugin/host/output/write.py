"""Files the blog writes into site_dir itself, past MkDocs: feeds and redirect pages."""

from __future__ import annotations

import os


def write_output(path: str, content: bytes) -> None:
    """`content` at `path`, its folders made as needed."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(content)
