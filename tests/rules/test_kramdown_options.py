"""KramdownOptions from a `_config.yml` `kramdown:` mapping: values as Jekyll users write them,
and the names of the settings the dialect cannot honour."""

from __future__ import annotations

import pytest

from mkdocs_blog_plugin.kramdown import KramdownOptions

Options = KramdownOptions
APOS_QUOT = ("apos", "apos", "quot", "quot")
DOTS = (("hellip", "..."),)

ROWS = [
    ({}, Options(), []),
    ({"input": "GFM", "hard_wrap": True}, Options(hard_wrap=True), []),
    ({"input": "kramdown"}, Options(input="kramdown"), []),
    ({"input": "markdown"}, Options(input="markdown"), ["input"]),
    ({"auto_ids": "false"}, Options(auto_ids=False), []),
    ({"auto_id_prefix": "id-"}, Options(auto_id_prefix="id-"), []),
    ({"toc_levels": "2..3"}, Options(toc_levels=(2, 3)), []),
    ({"toc_levels": [1, 2]}, Options(toc_levels=(1, 2)), []),
    ({"smart_quotes": "apos,apos,quot,quot"}, Options(smart_quotes=APOS_QUOT), []),
    ({"smart_quotes": "lsquo"}, Options(), ["smart_quotes"]),
    ({"gfm_quirks": ["no_auto_typographic"]}, Options(gfm_quirks=("no_auto_typographic",)), []),
    ({"gfm_quirks": ":paragraph_end"}, Options(gfm_quirks=("paragraph_end",)), []),
    ({"typographic_symbols": {"hellip": "..."}}, Options(typographic_symbols=DOTS), []),
    ({"math_engine": None}, Options(math_engine=None), []),
    ({"math_engine": "mathjax"}, Options(), []),
    ({"header_offset": "1"}, Options(header_offset=1), []),
    ({"syntax_highlighter": "rouge", "syntax_highlighter_opts": {"guess_lang": 1}}, Options(), []),
    ({"entity_output": "symbolic"}, Options(entity_output="symbolic"), ["entity_output"]),
    ({"no_such_setting": 1}, Options(), ["no_such_setting"]),
]  # fmt: skip


@pytest.mark.parametrize(("settings", "options", "not_honoured"), ROWS)
def test_options_from_a_kramdown_mapping(
    settings: dict[str, object], options: KramdownOptions, not_honoured: list[str]
) -> None:
    assert KramdownOptions.from_mapping(settings) == (options, not_honoured)


def test_jekyll_defaults() -> None:
    options = KramdownOptions()
    assert (options.input, options.hard_wrap, options.auto_ids) == ("GFM", False, True)
    assert options.gfm and options.smart_quotes == ("lsquo", "rsquo", "ldquo", "rdquo")


@pytest.mark.parametrize(
    "settings",
    [
        {"math_engine": "katex"},
        {"footnote_nr": 5},
        {"footnote_prefix": "x-"},
        {"footnote_backlink": "back"},
        {"parse_block_html": True},
        {"parse_span_html": False},
    ],
)
def test_settings_honoured_only_at_their_defaults_are_reported(settings: dict[str, object]) -> None:
    assert KramdownOptions.from_mapping(settings)[1] == list(settings)
