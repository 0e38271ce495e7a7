"""kramdown's settings, spelled as in a Jekyll `_config.yml`'s `kramdown:` section.

The defaults are what Jekyll 4.3 passes to kramdown (its own `kramdown` defaults over kramdown's):
GFM input, no hard wraps, automatic ids, the characters (not entities) for typography.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

# Settings about what kramdown writes in other formats or about Ruby itself: reading posts as
# HTML does not depend on them, so setting them is no problem to report.
IRRELEVANT = frozenset(
    {
        "template", "line_width", "latex_headers", "remove_block_html_tags",
        "remove_span_html_tags", "forbidden_inline_options", "list_indent", "show_warnings",
        "syntax_highlighter", "syntax_highlighter_opts", "guess_lang", "coderay",
        "coderay_line_numbers", "enable_coderay", "html_to_native", "math_engine_opts",
        "remove_line_breaks_for_cjk", "link_defs",
    }
)  # fmt: skip
# What a smart quote of `smart_quotes` may be named: an entity name or a code point.
DEFAULT_SMART_QUOTES = ("lsquo", "rsquo", "ldquo", "rdquo")


@dataclass(frozen=True)
class KramdownOptions:
    """kramdown's reading settings (see kramdown's documentation of each)."""

    input: str = "GFM"
    hard_wrap: bool = False
    gfm_quirks: tuple[str, ...] = ("paragraph_end",)
    auto_ids: bool = True
    auto_id_prefix: str = ""
    auto_id_stripping: bool = False
    transliterated_header_ids: bool = False
    smart_quotes: tuple[str, str, str, str] = DEFAULT_SMART_QUOTES
    typographic_symbols: tuple[tuple[str, str], ...] = ()
    toc_levels: tuple[int, ...] = (1, 2, 3, 4, 5, 6)
    header_offset: int = 0
    parse_block_html: bool = False
    parse_span_html: bool = True
    math_engine: str | None = "mathjax"
    footnote_nr: int = 1
    footnote_prefix: str = ""
    footnote_backlink: str = "&#8617;"
    footnote_backlink_inline: bool = False
    entity_output: str = "as_char"

    @property
    def gfm(self) -> bool:
        return self.input.lower() in {"gfm", "githubflavoredmarkdown"}

    @classmethod
    def from_mapping(cls, settings: Mapping[str, Any]) -> tuple[KramdownOptions, list[str]]:
        """The options of a `kramdown:` mapping, and the names of those not honoured."""
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        ignored: list[str] = []
        for name, value in settings.items():
            key = str(name)
            if key in IRRELEVANT:
                continue
            if key not in known:
                ignored.append(key)
                continue
            try:
                values[key] = _coerce(key, value)
            except (TypeError, ValueError):
                ignored.append(key)
        options = replace(cls(), **values)
        if not options.gfm and options.input.lower() != "kramdown":
            ignored.append("input")
        if options.entity_output != "as_char":
            ignored.append("entity_output")  # the characters are what a reader sees either way
        ignored.extend(name for name, honoured in _honoured(options).items() if not honoured)
        return options, sorted(set(ignored))


def _honoured(options: KramdownOptions) -> dict[str, bool]:
    """Settings read but only honoured at some values: Python-Markdown's footnotes number and
    mark footnotes their own way, HTML stays raw HTML, math is written for MathJax."""
    default = KramdownOptions()
    return {
        "math_engine": options.math_engine in (None, "mathjax"),
        "footnote_nr": options.footnote_nr == default.footnote_nr,
        "footnote_prefix": options.footnote_prefix == default.footnote_prefix,
        "footnote_backlink": options.footnote_backlink == default.footnote_backlink,
        "footnote_backlink_inline": not options.footnote_backlink_inline,
        "parse_block_html": not options.parse_block_html,
        "parse_span_html": options.parse_span_html,
    }


def _coerce(name: str, value: Any) -> Any:
    if name in {"hard_wrap", "auto_ids", "auto_id_stripping", "transliterated_header_ids"}:
        return _boolean(value)
    if name in {"parse_block_html", "parse_span_html", "footnote_backlink_inline"}:
        return _boolean(value)
    if name in {"header_offset", "footnote_nr"}:
        return int(value)
    if name == "gfm_quirks":
        items = value.split(",") if isinstance(value, str) else list(value or [])
        return tuple(str(item).strip().lstrip(":") for item in items if str(item).strip())
    if name == "smart_quotes":
        quotes = value.split(",") if isinstance(value, str) else list(value)
        if len(quotes) != 4:
            raise ValueError(name)
        return tuple(str(quote).strip() for quote in quotes)
    if name == "typographic_symbols":
        if not isinstance(value, Mapping):
            raise TypeError(name)
        return tuple((str(k).lstrip(":"), str(v)) for k, v in value.items())
    if name == "toc_levels":
        return _levels(value)
    if name == "math_engine":
        return None if value in (None, "", "nil", False) else str(value).lstrip(":")
    return str(value).lstrip(":") if name in {"input", "entity_output"} else str(value)


def _boolean(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "yes", "on", "1"}
    return bool(value)


def _levels(value: Any) -> tuple[int, ...]:
    if isinstance(value, str):
        if ".." in value:
            low, high = value.split("..", 1)
            return tuple(range(int(low), int(high) + 1))
        return tuple(int(part) for part in value.split(",") if part.strip())
    if isinstance(value, int):
        return (value,)
    return tuple(int(level) for level in value)
