"""Jekyll's `Utils.slugify`: the rows of research/jekyll-semantics.md 4.3 (from Jekyll's
test/test_utils.rb and test/test_url.rb) and section 12 case 22."""

from __future__ import annotations

import pytest

from mkdocs_blog_plugin.jekyll.ruby import ruby_downcase
from mkdocs_blog_plugin.jekyll.slugify import SLUGIFY_MODES, slugify, transliterate


@pytest.mark.parametrize(
    ("text", "mode", "cased", "expected"),
    [
        ("Working with drafts", "default", False, "working-with-drafts"),
        ("Basic   Usage", "default", False, "basic-usage"),
        ("  Working with drafts   ", "default", False, "working-with-drafts"),
        ("So what is Jekyll, exactly?", "default", False, "so-what-is-jekyll-exactly"),
        ("كيف حالك؟", "default", False, "كيف-حالك"),
        ("Pre-releases", "default", False, "pre-releases"),
        ("The _config.yml file", "default", False, "the-config-yml-file"),
        ("Customizing Git - Git Hooks", "default", False, "customizing-git-git-hooks"),
        ("5時〜6時 三・一四", "default", False, "5時-6時-三-一四"),
        # Tamil vowel signs are combining marks (\p{M}): Python's \w would cut the words.
        ("மல்லிப்பூ வகைகள்", "default", False, "மல்லிப்பூ-வகைகள்"),
        ("மல்லிப்பூ வகைகள்", "pretty", False, "மல்லிப்பூ-வகைகள்"),
        ("The _config.yml file?", "pretty", False, "the-_config.yml-file"),
        ("The _config.yml file?", "ascii", False, "the-config-yml-file"),
        ("fürtive glance!!!!", "ascii", False, "f-rtive-glance"),
        ("fürtive glance!!!!", "latin", False, "furtive-glance"),
        ("àáçèéíïòóúü", "latin", False, "aaceeiioouu"),
        ("Aあわれ鬱господинZ", "latin", False, "a-z"),  # noqa: RUF001
        ("The _config.yml file?", "raw", False, "the-_config.yml-file?"),
        ("The _config.yml file?", "none", False, "the _config.yml file?"),
        ("So what is Jekyll, exactly?", "default", True, "So-what-is-Jekyll-exactly"),
        ("The _config.yml file?", "pretty", True, "The-_config.yml-file"),
        ("💎", "default", False, ""),
        # test_url.rb, `_methods/escape-+ #%20[].md`: `:title` and `:name`.
        ("escape-+ #%20[]", "pretty", True, "escape-+-20"),
        ("escape-+ #%20[]", "default", False, "escape-20"),
    ],
)
def test_jekyll_table(text: str, mode: str, cased: bool, expected: str) -> None:
    assert slugify(text, mode, cased=cased) == expected


@pytest.mark.parametrize(
    ("text", "mode", "expected"),
    [
        ("Custom_Schema", "default", "custom-schema"),
        ("Custom_Schema", "pretty", "custom_schema"),
        ("special-chars-(+)", "pretty", "special-chars-(+)"),
        ("a--b", "default", "a-b"),  # a hyphen is replaced too, so runs merge
        ("a--b", "raw", "a--b"),  # raw only replaces whitespace
        ("--x--", "raw", "-x-"),  # one hyphen is stripped at each end, as Ruby's gsub(/^-|-$/)
        ("a\u00a0b", "raw", "a\u00a0b"),  # Ruby's \s is ASCII-only
        ("a\u00a0b", "default", "a-b"),
        ("x²y", "default", "x-y"),  # \p{Nd} only: superscripts are not decimal digits
        ("٣ apples", "default", "٣-apples"),  # Arabic-Indic digits are
        ("Ünïcödé", "default", "ünïcödé"),
        ("ſ÷x", "latin", "x"),  # noqa: RUF001 (outside I18n's table: both become "?")
        ("Œuvre Ærø", "latin", "oeuvre-aero"),
        ("ΟΔΟΣ", "default", "οδοσ"),  # Ruby's downcase has no final sigma
        ("Title", "", "title"),  # any unknown mode: only downcased
    ],
)
def test_mode_details(text: str, mode: str, expected: str) -> None:
    assert slugify(text, mode) == expected


def test_modes() -> None:
    assert SLUGIFY_MODES == ("raw", "default", "pretty", "ascii", "latin")


def test_unknown_mode_cased_is_unchanged() -> None:
    assert slugify("  Keep Me?  ", "none", cased=True) == "  Keep Me?  "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("àÅçÐðĳŉß", "aAcDdij'nss"),
        ("ẞ×", "SSx"),  # noqa: RUF001
        ("e\u0301", "e?"),  # decomposed: the combining accent is not in the table
        ("日本", "??"),
        ("plain ASCII ~", "plain ASCII ~"),
    ],
)
def test_transliterate(text: str, expected: str) -> None:
    assert transliterate(text) == expected


def test_ruby_downcase() -> None:
    assert ruby_downcase("ΣΊΣΥΦΟΣ Sci-Fi") == "σίσυφοσ sci-fi"
