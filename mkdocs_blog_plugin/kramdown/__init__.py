"""kramdown's reading of Markdown (as Jekyll's kramdown with its GFM parser), on Python-Markdown.

Pure rules: nothing from MkDocs. `KramdownExtension` makes a `markdown.Markdown` instance read
as kramdown; `kramdown_html` converts one text, for tests and tools.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import markdown

from .extension import KramdownExtension
from .options import KramdownOptions

__all__ = ["KramdownExtension", "KramdownOptions", "kramdown_html"]


def kramdown_html(
    text: str, options: KramdownOptions | None = None, extensions: Iterable[Any] = ()
) -> str:
    """`text` as kramdown reads it, with Python-Markdown `extensions` besides."""
    md = markdown.Markdown(extensions=[*extensions, KramdownExtension(options)])
    return md.convert(text)
