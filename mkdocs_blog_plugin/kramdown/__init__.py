"""kramdown's reading of Markdown (Jekyll's kramdown, its GFM parser), on Python-Markdown.

Pure rules: nothing from MkDocs. Add `KramdownExtension(options)` last to the `extensions` of
the `markdown.Markdown` instance that converts a post (never a docs page's: it changes the
instance's escapable characters and block processors); `KramdownOptions.from_mapping(the
kramdown: mapping)` gives the options and the names of the settings not honoured.

While it is on, kramdown's rules replace Python-Markdown's own processors of the same jobs:
lists and list indents (`olist`, `ulist`, `indent`), headings (`hashheader`, `setextheader`),
rules (`hr`), tables (`table`), definition lists (`deflist`; `defindent` removed), the
paragraph processor (`paragraph`); it reuses, or adds when missing, `fenced_code` (or the
instance's `pymdownx.superfences`, which then renders every fence), `footnotes` (its markup
made kramdown's, numbered by first reference), `attr_list`, `md_in_html` and `abbr`. MkDocs'
other extensions (admonition, tabbed, details, arithmatex, snippets, toc ...) keep working;
`toc` keeps the heading ids the dialect sets.

Where each rule lives: `lists`, `paragraphs` (where they end; quotes and lazy code too),
`headers` (and rules), `header_ids`, `typography`, `footnotes`, `attributes` (attribute lists
and their definitions), `tables`, `definitions`, `fences`, `links` (link definitions), `math`,
`toc`, `inline` (escapes, line breaks, strikethrough, tags written as text),
`kramdown_extensions` (`{::comment}`, `{::nomarkdown}`, `{::options}`), `options`; `syntax`
holds the line patterns several share, `bare` raw output no paragraph wraps.
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
