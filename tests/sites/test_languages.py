"""The plugin's own words and dates in the site's language, read back from built sites."""

from __future__ import annotations

import string
from pathlib import Path
from typing import Any

import pytest
import yaml
from sitebuild import Built, build, built_site, post_files, texts, write_site

from mkdocs_blog_plugin.i18n.labels import catalog_languages

CATALOGS = Path(__file__).resolve().parents[2] / "mkdocs_blog_plugin" / "i18n" / "catalogs"
POSTS = {
    "blog/_posts/2014-02-11-fosdem.md": "title: FOSDEM\ntags: [conference]\nauthor: Jane",
    "blog/_posts/2014-03-01-march.md": "title: March\ntags: [conference]",
    "blog/_posts/2014-03-02-later.md": "title: Later",
}


BODY = "First paragraph.\n\nMore words.\n"


def language_site(tmp_path: Path, theme: dict[str, Any], **options: Any) -> Built:
    config = {
        "site_name": "Languages",
        "site_url": "https://example.org/",
        "theme": theme,
        "plugins": [{"jekyll-blog": {"paginate": 2, **options}}],
    }
    files = {"index.md": "# Home\n", **post_files(POSTS, lambda _: BODY)}
    return built_site(tmp_path / "site", config, files)


def test_a_german_site_shows_german_labels_and_dates(tmp_path: Path) -> None:
    built = language_site(tmp_path, {"name": "mkdocs", "locale": "de"})
    post = built.page("blog/2014/02/11/fosdem.html")
    assert texts(post, ".jb-post-header time") == ["11. Februar 2014"]
    assert texts(post, ".jb-reading-time") == ["1 Min. Lesezeit"]
    assert texts(post, ".jb-tags .jb-terms-label") == ["Schlagwörter:"]
    index = built.page("blog/index.html")
    assert texts(index, ".jb-more a")[0].startswith("Weiterlesen")
    assert texts(index, ".jb-page-number") == ["Seite 1 von 2"]
    assert texts(index, ".jb-older") == ["Ältere Beiträge →"]
    assert texts(built.page("blog/page/2/index.html"), "h1") == ["Blog (Seite 2)"]
    assert texts(built.page("blog/tag/conference/index.html"), "h1") == ["Schlagwort: conference"]
    assert texts(built.page("blog/2014/03/index.html"), "h1") == ["März 2014"]
    assert texts(built.page("blog/archive/index.html"), "h1") == ["Archiv"]
    assert texts(built.page("blog/tags/index.html"), "h1") == ["Schlagwörter"]
    assert "dir" not in post.cssselect(".jb-post-header")[0].attrib


def test_a_japanese_material_site_shows_japanese_labels_and_dates(tmp_path: Path) -> None:
    built = language_site(tmp_path, {"name": "material", "language": "ja"})
    post = built.page("blog/2014/02/11/fosdem.html")
    assert texts(post, ".jb-post-header time") == ["2014年2月11日"]
    assert texts(post, ".jb-reading-time") == ["1 分で読めます"]
    index = built.page("blog/index.html")
    assert texts(index, ".jb-more a")[0].startswith("続きを読む")
    assert texts(index, "article h1") == ["ブログ"]
    assert texts(built.page("blog/2014/03/index.html"), "article h1") == ["2014年3月"]
    assert texts(built.page("blog/2014/index.html"), "article h1") == ["2014年"]
    nav = texts(index, ".md-nav--primary .md-nav__item--nested > label")
    assert "ブログ" in nav


def test_the_language_option_and_labels_override_the_theme(tmp_path: Path) -> None:
    """A per-blog `language` wins over the theme's; `labels:` over both; an explicit
    `date_format` keeps Jekyll's English strftime."""
    labels = {"read_more": "Lire la suite »", "page_of": "{number}/{total}"}
    built = language_site(
        tmp_path, {"name": "mkdocs"}, language="fr", labels=labels, date_format="%d %B %Y"
    )
    index = built.page("blog/index.html")
    assert texts(index, ".jb-more a")[0].startswith("Lire la suite »")
    assert texts(index, ".jb-page-number") == ["1/2"]
    assert texts(index, ".jb-older") == ["Articles plus anciens →"]
    assert texts(index, ".jb-entry time")[0] == "02 March 2014"
    assert texts(built.page("blog/2014/03/index.html"), "h1") == ["mars 2014"]


def test_a_right_to_left_language_turns_the_blocks_and_their_arrows(tmp_path: Path) -> None:
    built = language_site(tmp_path, {"name": "readthedocs", "language": "ar"})
    post = built.page("blog/2014/03/01/march.html")
    for block in (".jb-post-header", ".jb-post-body", ".jb-post-footer"):
        assert post.cssselect(block)[0].get("dir") == "rtl", block
    assert texts(post, ".jb-post-neighbours .jb-older")[0].startswith("→")
    index = built.page("blog/index.html")
    assert index.cssselect(".jb-listing")[0].get("dir") == "rtl"
    assert texts(index, ".jb-older") == ["مقالات أقدم ←"]


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        ({"read_mor": "x"}, "no label 'read_mor'; the labels are"),
        ({"page_of": "{page}"}, "label 'page_of' uses {page}; it may use {number}, {total}"),
        ({"pinned": "{"}, "write a brace as {{ or }}"),
    ],
)
def test_a_wrong_label_is_a_config_error_naming_it(
    tmp_path: Path, labels: dict[str, str], message: str
) -> None:
    config = {"site_name": "x", "plugins": [{"jekyll-blog": {"labels": labels}}]}
    built = build(write_site(tmp_path / "site", config, {"index.md": "# x\n"}))
    assert built.returncode != 0
    assert message in built.log and "Traceback" not in built.log


def test_an_unknown_language_option_is_a_config_error(tmp_path: Path) -> None:
    config = {"site_name": "x", "plugins": [{"jekyll-blog": {"language": "xx-nope"}}]}
    built = build(write_site(tmp_path / "site", config, {"index.md": "# x\n"}))
    assert built.returncode != 0
    assert "'xx-nope' is not a language Babel knows" in built.log
    assert "Traceback" not in built.log


def test_every_catalog_has_every_label_with_its_placeholders() -> None:
    """The twelve most used theme languages and two right-to-left ones, each complete."""
    english = yaml.safe_load((CATALOGS / "en.yml").read_text("utf-8"))
    wanted = {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "ja", "zh", "ko", "ar", "he"}
    assert wanted <= set(catalog_languages())

    def names(value: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(value) if name}

    for language in catalog_languages():
        words = yaml.safe_load((CATALOGS / f"{language}.yml").read_text("utf-8"))
        assert list(words) == list(english), language
        for key, value in words.items():
            assert names(value) == names(english[key]), (language, key)
