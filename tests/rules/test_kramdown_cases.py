"""kramdown's and kramdown-parser-gfm's own test cases, read by the dialect.

Each case `NAME.text` under `../shared/kramdown` is converted with the options kramdown's test
runner gives it (its `NAME.options`, else `auto_ids: false, footnote_nr: 1`; the kramdown parser
for kramdown's cases, the GFM parser, with its own default `hard_wrap: true`, for
parser-gfm's) and compared with `NAME.html` in `html_normal`'s normal form.

Every case is included except those in EXCLUDED, each with its reason:

- LATER: the case is from a later kramdown than Jekyll 4.3's 2.4.0, which writes it
  otherwise (checked with Debian's ruby-kramdown): the dialect follows 2.4.0.
- NO_STRINGEX: transliterated ids need the stringex gem, which kramdown here lacks.
- HIGHLIGHT: Rouge's highlighting markup; code is highlighted by the site's own highlighter.
- HTML: kramdown's own HTML parsing (parse_block_html, content models, html_to_native, raw
  spans); HTML stays Python-Markdown's raw HTML, `markdown="1"` is md_in_html's.
- EXTENSIONS: unknown `{::extensions}` and what `{::options}` sets are not read (comment,
  nomarkdown and options themselves are).
- NO_ENGINE: `math_engine: nil` (Jekyll always has one).
- OTHER_OPTIONS: options about other output (encodings, CJK line breaks).
- NOT_YET: kramdown-input (not GFM) rules or corners not reproduced yet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from html_normal import normal, pretty
from sitebuild import SHARED, shared

from mkdocs_blog_plugin.kramdown import KramdownOptions, kramdown_html

LATER = "kramdown 2.4.0 (Jekyll 4.3's) writes this otherwise; the case is from a later kramdown"
NO_STRINGEX = "transliteration needs the stringex gem, which kramdown here lacks"
HIGHLIGHT = "Rouge's highlighting markup: the site's highlighter renders code"
HTML = "kramdown's own HTML parsing: HTML is Python-Markdown's raw HTML (md_in_html for markdown=1)"
EXTENSIONS = "unknown {::extensions}, and what {::options} sets, are not read"
NO_ENGINE = "math_engine nil: Jekyll always has a math engine"
OTHER_OPTIONS = "options about other output than HTML structure"
NOT_YET = "not reproduced yet"

CASES = SHARED / "kramdown"
EXCLUDED: dict[str, str] = {
    "kramdown/block/03_paragraph/line_break_last_line": NOT_YET,
    "kramdown/block/03_paragraph/standalone_image": HTML,
    "kramdown/block/03_paragraph/with_html_to_native": HTML,
    "kramdown/block/04_header/with_auto_ids": LATER,
    "kramdown/block/04_header/with_header_links": LATER,
    "kramdown/block/06_codeblock/guess_lang_css_class": HIGHLIGHT,
    "kramdown/block/06_codeblock/highlighting-opts": HIGHLIGHT,
    "kramdown/block/06_codeblock/highlighting": HIGHLIGHT,
    "kramdown/block/06_codeblock/rouge/multiple": LATER,
    "kramdown/block/06_codeblock/rouge/simple": HIGHLIGHT,
    "kramdown/block/06_codeblock/whitespace": NOT_YET,
    "kramdown/block/06_codeblock/with_lang_in_fenced_block": NOT_YET,
    "kramdown/block/09_html/cdata_section": LATER,
    "kramdown/block/09_html/content_model/deflists": HTML,
    "kramdown/block/09_html/content_model/tables": HTML,
    "kramdown/block/09_html/html_and_codeblocks": HTML,
    "kramdown/block/09_html/html_to_native/code": LATER,
    "kramdown/block/09_html/html_to_native/emphasis": LATER,
    "kramdown/block/09_html/html_to_native/header": HTML,
    "kramdown/block/09_html/html_to_native/table_simple": LATER,
    "kramdown/block/09_html/invalid_html_1": HTML,
    "kramdown/block/09_html/markdown_attr": HTML,
    "kramdown/block/09_html/not_parsed": HTML,
    "kramdown/block/09_html/parse_as_raw": HTML,
    "kramdown/block/09_html/parse_as_span": HTML,
    "kramdown/block/09_html/parse_block_html": HTML,
    "kramdown/block/09_html/processing_instruction": HTML,
    "kramdown/block/09_html/simple": HTML,
    "kramdown/block/09_html/xml": HTML,
    "kramdown/block/11_ial/nested": NOT_YET,
    "kramdown/block/12_extension/ignored": EXTENSIONS,
    "kramdown/block/12_extension/options": LATER,
    "kramdown/block/12_extension/options2": LATER,
    "kramdown/block/12_extension/options3": EXTENSIONS,
    "kramdown/block/13_definition_list/auto_ids": NOT_YET,
    "kramdown/block/14_table/errors": NOT_YET,
    "kramdown/block/14_table/escaping": NOT_YET,
    "kramdown/block/14_table/simple": NOT_YET,
    "kramdown/block/14_table/table_with_footnote": LATER,
    "kramdown/block/15_math/no_engine": NO_ENGINE,
    "kramdown/block/16_toc/toc_with_footnotes": LATER,
    "kramdown/cjk-line-break": OTHER_OPTIONS,
    "kramdown/span/01_link/inline": NOT_YET,
    "kramdown/span/01_link/link_defs_with_ial": NOT_YET,
    "kramdown/span/01_link/reference": NOT_YET,
    "kramdown/span/02_emphasis/empty": NOT_YET,
    "kramdown/span/02_emphasis/errors": NOT_YET,
    "kramdown/span/02_emphasis/nesting": NOT_YET,
    "kramdown/span/02_emphasis/normal": LATER,
    "kramdown/span/03_codespan/highlighting": HIGHLIGHT,
    "kramdown/span/03_codespan/normal-css-class": HIGHLIGHT,
    "kramdown/span/03_codespan/normal": HIGHLIGHT,
    "kramdown/span/03_codespan/rouge/simple": HIGHLIGHT,
    "kramdown/span/04_footnote/backlink_inline": LATER,
    "kramdown/span/04_footnote/backlink_text": LATER,
    "kramdown/span/04_footnote/footnote_link_text": LATER,
    "kramdown/span/04_footnote/footnote_nr": LATER,
    "kramdown/span/04_footnote/footnote_prefix": LATER,
    "kramdown/span/04_footnote/inside_footnote": LATER,
    "kramdown/span/04_footnote/markers": LATER,
    "kramdown/span/04_footnote/placement": LATER,
    "kramdown/span/04_footnote/regexp_problem": LATER,
    "kramdown/span/04_footnote/without_backlink": LATER,
    "kramdown/span/05_html/markdown_attr": HTML,
    "kramdown/span/05_html/normal": HTML,
    "kramdown/span/05_html/raw_span_elements": HTML,
    "kramdown/span/05_html/xml": HTML,
    "kramdown/span/abbreviations/abbrev": LATER,
    "kramdown/span/abbreviations/abbrev_in_html": HTML,
    "kramdown/span/abbreviations/in_footnote": LATER,
    "kramdown/span/autolinks/url_links": NOT_YET,
    "kramdown/span/extension/comment": EXTENSIONS,
    "kramdown/span/extension/options": EXTENSIONS,
    "kramdown/span/ial/simple": NOT_YET,
    "kramdown/span/line_breaks/normal": NOT_YET,
    "kramdown/span/math/no_engine": NO_ENGINE,
    "kramdown/span/math/normal": NOT_YET,
    "parser-gfm/backticks_syntax": HIGHLIGHT,
    "parser-gfm/codeblock_fenced": HIGHLIGHT,
    "parser-gfm/emoji": LATER,
    "parser-gfm/emoji_custom": LATER,
    "parser-gfm/header_ids_with_transliteration": NO_STRINGEX,
    "parser-gfm/paragraph_end-disabled": NOT_YET,
}


def case_names() -> list[str]:
    if not CASES.exists():
        return ["(missing)"]
    return sorted(
        str(text.relative_to(CASES).with_suffix("")).replace("/test/testcases", "")
        for text in CASES.rglob("*.text")
        if text.with_suffix(".html").exists()
    )


def case_path(name: str) -> Path:
    project, _, rest = name.partition("/")
    return CASES / project / "test" / "testcases" / rest


def options_of(name: str) -> KramdownOptions:
    """The options kramdown's test runner converts the case with."""
    path = case_path(name).with_suffix(".options")
    raw: dict[Any, Any] = (
        (yaml.safe_load(path.read_text("utf-8")) or {})
        if path.exists()
        else {":auto_ids": False, ":footnote_nr": 1}
    )
    settings = {str(key).lstrip(":"): value for key, value in raw.items()}
    gfm = name.startswith("parser-gfm/")
    settings.setdefault("input", "GFM" if gfm else "kramdown")
    if gfm:
        settings.setdefault("hard_wrap", True)  # kramdown-parser-gfm's default
    options, _ = KramdownOptions.from_mapping(settings)
    return options


@pytest.mark.parametrize("name", case_names())
def test_kramdown_case(name: str) -> None:
    if name == "(missing)":
        shared("kramdown")  # skips saying what is missing (fails under CI=true)
    if name in EXCLUDED:
        pytest.skip(EXCLUDED[name])
    path = case_path(name)
    expected = normal(path.with_suffix(".html").read_text("utf-8"))
    actual = normal(kramdown_html(path.with_suffix(".text").read_text("utf-8"), options_of(name)))
    assert pretty(actual) == pretty(expected)


def test_the_exclusions_name_cases_that_exist() -> None:
    shared("kramdown")
    assert set(EXCLUDED) <= set(case_names())
