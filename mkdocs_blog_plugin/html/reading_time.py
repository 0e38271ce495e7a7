"""Reading time of a rendered post, counted with two regular expression substitutions and a
split: it runs on every post, and this is faster than parsing the HTML."""

from __future__ import annotations

import math
import re

# Inline elements: their tags join the text around them (`<em>un</em>fold`, `<code>x</code>,`).
# Any other tag (`<br>`, `</td><td>`) separates words, as its box does on screen. Lower case only,
# as Markdown writes them: case-insensitive matching would double the time.
_INLINE = (
    "a|abbr|acronym|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small"
    "|span|strike|strong|sub|sup|time|tt|u|var|wbr"
)


def _any_case(name: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" for c in name)


# Removed without a trace: comments, <script> and <style> with their contents, inline tags.
_HIDDEN = re.compile(
    rf"<(?:/?(?:{_INLINE})(?=[\s/>])[^>]*>"
    r"|!--.*?-->"
    + "".join(rf"|{_any_case(n)}(?=[\s/>]).*?</{_any_case(n)}\s*>" for n in ("script", "style"))
    + ")",
    re.DOTALL,
)
_TAG = re.compile(r"<[^>]*>")


def reading_minutes(html: str, words_per_minute: int = 200) -> int:
    """Minutes to read the text `html` shows, rounded up, at least 1.

    A word is a run of non-space characters; an entity is one character of it (`&amp;` between
    spaces is a word, as `&` is), except that a no-break space (`&nbsp;`, `&#160;`) separates.
    """
    if words_per_minute < 1:
        raise ValueError(f"words_per_minute must be at least 1, not {words_per_minute}")
    text = _TAG.sub(" ", _HIDDEN.sub("", html))
    words = len(text.replace("&nbsp;", " ").replace("&#160;", " ").split())
    return max(1, math.ceil(words / words_per_minute))
