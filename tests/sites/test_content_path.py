"""What a post's content goes through on its way to the page, checked on one built site: links in
HTML posts and in Markdown another plugin converts, text that reads like the plugin's own link
tokens, the content other plugins read at the end of the build, and dates in Ruby's formats."""

from __future__ import annotations

import json

import pytest
from sitebuild import Built, build, text, write_site

# A hook, as a plugin such as Material's blog does: Markdown converted with the site's
# extensions outside any page (here inside a post's on_page_content), and the content of
# every page read once the build is done (as print-site and search-like plugins do).
HOOK = """
import json, os
import markdown
from mkdocs.plugins import event_priority

SEEN = {}


@event_priority(50)
def on_page_content(html, page, config, files):
    if page.file.src_uri == "_posts/2014-01-02-markdown.md":
        md = markdown.Markdown(extensions=config.markdown_extensions)
        html += '<div class="converted">' + md.convert("[setup](/guide/setup/)") + "</div>"
    return html


def on_post_page(output, page, config):
    SEEN[page.file.src_uri] = page
    return output


def on_post_build(config):
    contents = {uri: page.content for uri, page in SEEN.items()}
    with open(os.path.join(os.path.dirname(config.config_file_path), "contents.json"), "w") as f:
        json.dump(contents, f)
"""

TOKEN_LIKE = "jekyll-blog-url-0. &jb-url-0;"

FILES: dict[str, str | bytes] = {
    "index.md": "# Home\n",
    "guide/setup.md": "# Setup\n",
    "_posts/2014-01-01-html.html": (
        "---\ntitle: An HTML post\n---\n"
        '<p>See <a href="{% post_url 2014-01-02-markdown %}">the other post</a> and '
        '<a href="{% link guide/setup.md %}">the setup</a>.</p>\n'
    ),
    "_posts/2014-01-02-markdown.md": (
        "---\ntitle: A Markdown post\ntags: [demo]\n---\nThe body of the Markdown post.\n\nMore.\n"
    ),
    "_posts/2014-01-03-tokens.md": (
        f"---\ntitle: 'Title {TOKEN_LIKE}'\ntags: [demo]\n---\n"
        f"Excerpt {TOKEN_LIKE} here.\n\nMore.\n"
    ),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    config = {
        "site_name": "Content",
        "site_url": "https://example.org/",
        "theme": {"name": "mkdocs"},
        "hooks": ["hook.py"],
        "plugins": [{"jekyll-blog": {"date_format": "%Y-%m-%d %H:%M:%S.%L %::z"}}],
    }
    root = write_site(tmp_path_factory.mktemp("content") / "site", config, FILES)
    (root / "hook.py").write_text(HOOK, "utf-8")
    result = build(root, strict=True)
    assert result.returncode == 0, result.log[-3000:]
    return result


def test_post_url_and_link_in_an_html_post_are_urls(built: Built) -> None:
    """MkDocs does not rewrite an HTML post's links, so its targets are URLs, not `.md`."""
    page = built.page("2014/01/01/html.html")
    hrefs = [a.get("href") for a in page.cssselect(".jb-post-body a")]
    assert hrefs == ["../02/markdown.html", "../../../guide/setup/"]


def test_markdown_converted_outside_a_page_keeps_its_links(built: Built) -> None:
    """Only a page MkDocs renders gets its site-absolute links mended, and for that page."""
    page = built.page("2014/01/02/markdown.html")
    assert [a.get("href") for a in page.cssselect(".converted a")] == ["/guide/setup/"]


@pytest.mark.parametrize("where", ["blog/", "blog/tag/demo/", "2014/01/03/tokens.html"])
def test_text_like_a_link_token_is_shown_as_written(built: Built, where: str) -> None:
    page = built.page(where)
    titles = [text(h) for h in page.cssselect("h1, h2.jb-entry-title, a.jb-entry-title")]
    assert f"Title {TOKEN_LIKE}" in titles
    if where == "blog/":  # a full list: the tag page is compact, without excerpts
        excerpts = [text(e) for e in page.cssselect(".jb-entry")]
        assert any(f"Excerpt {TOKEN_LIKE} here." in e for e in excerpts)


def test_other_plugins_read_what_each_page_shows_after_the_build(built: Built) -> None:
    contents = json.loads((built.root / "contents.json").read_text("utf-8"))
    post = contents["_posts/2014-01-02-markdown.md"]
    assert "<h1>A Markdown post</h1>" in post and "The body of the Markdown post." in post
    assert "A Markdown post" in contents["blog/index.md"]


def test_dates_are_written_as_ruby_writes_them(built: Built) -> None:
    shown = built.page("2014/01/02/markdown.html").cssselect(".jb-post-header time")[0]
    assert text(shown) == "2014-01-02 00:00:00.000 +00:00:00"
