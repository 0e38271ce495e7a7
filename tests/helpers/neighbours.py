"""The plugins of the compatibility matrix: for each, how a site sets it up beside the blog, and
what shows that its own feature still works. The README's table is made from this list."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from sitebuild import Built, text

STRING_TAGS_POST = "blog/releases/2015/10/01/shell-completion/"  # `tags: release shell`
STRING_TAGS_SOURCE = "blog/_posts/2015-09-30-shell-completion.markdown"
IMAGE_POST = "blog/releases/2021/10/05/drawing-tide-curves/"  # has a Markdown image
# A post whose text shows Jinja-like templates (`{{ station.name }}`), some inside `{% raw %}`.
TEMPLATES_POST = "blog/releases/2020/06/16/templates-in-1-2/"
# Docs pages of the example site that show Jinja- and Liquid-like examples as text: a docs team
# with macros or include-markdown marks them so (the blog's posts it marks itself).
TEMPLATE_EXAMPLES = ("guide/migrating-from-jekyll.md", "guide/output-formats.md")
COMMITTER = ("Ada Tester", "ada@example.org")
COMMIT_DATE = "2023-04-05T10:00:00+00:00"
FONTS = Path("/usr/share/fonts/truetype/dejavu")  # Debian's fonts-dejavu-core
GENERATED_POST = "A post gen-files wrote"
MATERIAL_POST = "A Material post"
MATERIAL_BLOG = {
    "posts/a-material-post.md": f"---\ndate: 2024-01-02\n---\n# {MATERIAL_POST}\n\nHello.\n",
    "index.md": "# News\n",
}


@dataclass(frozen=True)
class Neighbour:
    id: str
    label: str  # the README's name for it
    package: str  # the distribution whose version is tested
    plugin: Any  # its entry in `plugins:`
    # its own feature, on docs pages and where it fits on posts (None: refused)
    check: Callable[[Built], None] | None
    note: str  # what a user should know, for the README
    files: Mapping[str, str] = field(default_factory=dict)  # docs files added ({assets}: a URL)
    setup: Callable[[Path], None] | None = None  # the site folder, before it is built
    configure: Callable[[dict[str, Any]], None] | None = None  # mkdocs.yml, before the build
    orders: tuple[str, ...] = ("before", "after")  # where it stands beside `jekyll-blog`
    example_front_matter: str = ""  # given to TEMPLATE_EXAMPLES
    extra_posts: tuple[str, ...] = ()  # titles of posts the plugin adds
    refusal: str = ""  # the message of a combination that cannot work, refused at config time

    @property
    def version(self) -> str:
        return version(self.package)


def nav_texts(page: lxml.html.HtmlElement) -> list[str]:
    """The top level of Material's navigation: pages and sections."""
    items = page.cssselect("nav.md-nav--primary > ul > li")
    return [text(item.cssselect(".md-nav__link")[0]) for item in items]


def _tags(built: Built) -> None:
    post = built.page(STRING_TAGS_POST)
    assert [text(tag) for tag in post.cssselect(".md-tags .md-tag")] == ["release", "shell"]
    by_tag: dict[str, list[str]] = {}
    for heading in built.page("tags/").cssselect("article h2"):
        items = heading.getnext()
        by_tag[text(heading).rstrip("¶").strip()] = [text(a) for a in items.cssselect("li a")]
    assert "Shell completion in TideKit 0.5" in by_tag["shell"]
    assert "TideKit 0.1: first public release" in by_tag["release"]


def _meta(built: Built) -> None:
    for page, description in (
        ("guide/stations/", "How to use TideKit, step by step."),
        (STRING_TAGS_POST, "Notes from the TideKit team."),
        ("blog/tag/shell/", "Notes from the TideKit team."),
    ):
        descriptions = built.page(page).cssselect('meta[name="description"]')
        assert [m.get("content") for m in descriptions] == [description], page


def _privacy(built: Built) -> None:
    images = built.page("external/").cssselect("article img")
    src = images[0].get("src")
    assert src.startswith("../assets/external/"), src
    assert (built.site / "external" / src).resolve().read_bytes().startswith(b"\x89PNG")


def _offline(built: Built) -> None:
    # offline turns use_directory_urls off, for pages opened as files: a post keeps its
    # Jekyll permalink (a folder), and links name the folder's index.html
    assert (built.site / "faq.html").is_file()
    links = [a.get("href") for a in built.page("blog/").cssselect(".jb-entry-title a")]
    assert "releases/2015/10/01/shell-completion/index.html" in links
    index = (built.site / "search" / "search_index.js").read_text("utf-8")
    assert "Shell completion in TideKit 0.5" in index


def _social(built: Built) -> None:
    images = built.page(STRING_TAGS_POST).cssselect('meta[property="og:image"]')
    url = images[0].get("content")
    card = built.site / url.split("/tidekit/", 1)[1]
    assert card.read_bytes().startswith(b"\x89PNG")
    # the card's Open Graph and Twitter tags are the plugin's: the blog does not write them again
    head = built.page(STRING_TAGS_POST).xpath("//head/meta/@property | //head/meta/@name")
    repeated = {key for key in head if head.count(key) > 1} - {"article:author", "article:tag"}
    assert repeated == set() and "article:published_time" in head


def _search_separator(built: Built) -> None:
    index = json.loads((built.site / "search" / "search_index.json").read_text("utf-8"))
    assert index["config"]["separator"] == r"[\s\-\.]+"
    texts = {doc["location"]: doc["text"] for doc in index["docs"]}
    assert "completion" in texts[STRING_TAGS_POST]
    assert "TideKit 2.0 is out" not in texts["blog/"]  # an excerpt the index page lists


def _macros(built: Built) -> None:
    assert "[macros] - ERROR" not in built.log
    assert text(built.page("macros/").cssselect("article p")[0]) == "Two is 2."
    # the post shows its templates as text, as it does without macros
    assert "{{ station.name }}" in text(built.page(TEMPLATES_POST).cssselect(".jb-post-body")[0])


def _i18n(built: Built) -> None:
    french = built.page("fr/")
    assert french.get("lang") == "fr"
    link = next(a for a in french.cssselect("article a") if text(a) == "le blog")
    assert link.get("href") == "../blog/"
    assert built.page("blog/").get("lang") == "en"  # not rewritten by the French build
    assert not (built.site / "fr" / "blog").exists()


def _include_markdown(built: Built) -> None:
    assert "Included from a part." in text(built.page("including/").cssselect("article")[0])


def _git_revision_date(built: Built) -> None:
    for page in (STRING_TAGS_POST, "faq/"):
        dates = built.page(page).cssselect(".git-revision-date-localized-plugin")
        assert dates and "2023" in text(dates[0]), page


def _git_authors(built: Built) -> None:
    for page in (STRING_TAGS_POST, "faq/"):
        facts = built.page(page).cssselect(".md-source-file")
        assert facts and COMMITTER[0] in text(facts[0]), page


def _awesome_nav(built: Built) -> None:
    items = nav_texts(built.page("faq/"))
    assert items[0] == "FAQ" and "Blog" in items


def _awesome_pages(built: Built) -> None:
    items = nav_texts(built.page("faq/"))
    assert "The guide" in items and "Blog" in items


def _literate_nav(built: Built) -> None:
    items = nav_texts(built.page("faq/"))
    assert items == ["Home", "Questions", "Getting started", "Blog"]


def _section_index(built: Built) -> None:
    links = built.page("faq/").cssselect("nav.md-nav--primary a.md-nav__link")
    assert any(a.get("href") == "../guide/" and text(a) == "Guide" for a in links)


def _redirects(built: Built) -> None:
    for old, new in (("old-faq/", "../faq/"), ("old-shell-post/", f"../{STRING_TAGS_POST}")):
        refresh = built.page(old).cssselect('meta[http-equiv="refresh"]')[0]
        assert refresh.get("content").endswith(f"url={new}"), refresh.get("content")


def _minify(built: Built) -> None:
    raw = built.file_for(STRING_TAGS_POST)
    assert raw is not None
    assert b"\n    <" not in raw.read_bytes()  # no indentation left between tags


def _glightbox(built: Built) -> None:
    images = built.page(IMAGE_POST).cssselect(".jb-post-body img")
    assert images and all(img.getparent().get("class") == "glightbox" for img in images)


def _gen_files(built: Built) -> None:
    heading = text(built.page("generated/").cssselect("article h1")[0])
    assert heading.rstrip("¶ ") == "A generated page"
    listed = built.page("blog/tag/generated/").cssselect(".jb-entry a.jb-entry-title")
    assert [text(a) for a in listed] == [GENERATED_POST]


def _mkdocstrings(built: Built) -> None:
    page = built.page("reference/")
    assert page.cssselect("#tidekit_api\\.high_water")
    assert "The next high water" in text(page.cssselect("article")[0])


def _autorefs(built: Built) -> None:
    link = next(a for a in built.page("crossref/").cssselect("article a") if text(a) == "tables")
    assert link.get("href") == "../anchors/#tide-tables"


def _print_site(built: Built) -> None:
    page = text(built.page("print_page/").cssselect("article")[0])
    assert "Why does my prediction differ from the official table?" in page  # the FAQ
    assert "Shell completion in TideKit 0.5" in page  # in the blog's lists


def without_material_indexes(config: dict[str, Any]) -> None:
    """section-index does what Material's `navigation.indexes` does: one of them at a time."""
    config["theme"]["features"].remove("navigation.indexes")


def _material_blog(built: Built) -> None:
    index = built.page("news/")
    assert [text(a) for a in index.cssselect("article.md-post h2 a")] == [MATERIAL_POST]
    post = built.page("news/2024/01/02/a-material-post/")
    assert text(post.cssselect("article h1")[0]).rstrip("¶ ") == MATERIAL_POST


def commit_the_site(root: Path) -> None:
    """The site as a git repository of one commit, by one author on one day."""
    name, email = COMMITTER
    env = {**os.environ, "GIT_AUTHOR_DATE": COMMIT_DATE, "GIT_COMMITTER_DATE": COMMIT_DATE}
    for args in (
        ["init", "-q"],
        ["add", "-A"],
        ["-c", f"user.name={name}", "-c", f"user.email={email}", "commit", "-qm", "Docs"],
    ):
        subprocess.run(["git", *args], cwd=root, env=env, check=True)


def cache_card_fonts(root: Path) -> None:
    """Material's social cards download their font, which this machine cannot: the font is put
    where the plugin keeps what it downloaded."""
    if not (FONTS / "DejaVuSans.ttf").is_file():
        reason = f"needs DejaVu Sans in {FONTS} (Debian's fonts-dejavu-core; .ci/run installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    cache = root / ".cache" / "plugin" / "social" / "fonts" / "DejaVu Sans"
    cache.mkdir(parents=True)
    shutil.copy(FONTS / "DejaVuSans.ttf", cache / "Regular.ttf")
    shutil.copy(FONTS / "DejaVuSans-Bold.ttf", cache / "Bold.ttf")


def docs_in_language_folders(root: Path) -> None:
    """mkdocs-static-i18n's folder structure: the docs pages in `en/`, the blog beside them."""
    docs = root / "docs"
    (docs / "en").mkdir()
    for entry in list(docs.iterdir()):
        if entry.name not in ("en", "blog", "_data"):
            entry.rename(docs / "en" / entry.name)
    (docs / "fr").mkdir()
    (docs / "fr" / "index.md").write_text(FRENCH_HOME.replace("](blog/", "](../blog/"), "utf-8")


def write_generator(root: Path) -> None:
    (root / "gen_pages.py").write_text(GENERATOR, "utf-8")


def write_api_module(root: Path) -> None:
    (root / "src").mkdir()
    (root / "src" / "tidekit_api.py").write_text(API_MODULE, "utf-8")


FRENCH_HOME = "# Accueil\n\nVoir [le blog](blog/index.md).\n"
GENERATOR = f"""import mkdocs_gen_files

with mkdocs_gen_files.open("generated.md", "w") as f:
    f.write("# A generated page\\n\\nMade by a script.\\n")
with mkdocs_gen_files.open("blog/_posts/2013-05-01-generated.md", "w") as f:
    f.write("---\\ntitle: {GENERATED_POST}\\ntags: [generated]\\n---\\nWritten at build time.\\n")
"""
API_MODULE = '''"""TideKit's API."""


def high_water(station: str) -> str:
    """The next high water at `station`."""
    return station
'''
I18N_LANGUAGES = [
    {"locale": "en", "default": True, "name": "English"},
    {"locale": "fr", "name": "Français"},
]
# A small PNG, served to the build by the test: the privacy plugin downloads it.
EXTERNAL_IMAGE_PAGE = "# External\n\n![A pixel]({assets}/pixel.png)\n"

NEIGHBOURS = [
    Neighbour(
        "tags",
        "Material's `tags`",
        "mkdocs-material",
        "tags",
        _tags,
        "posts give `page.meta` their tags as the lists Jekyll reads (`tags: release shell` is two "
        "tags), so its tag listings show posts",
        files={"tags.md": "# Tags\n\n<!-- material/tags -->\n"},
    ),
    Neighbour(
        "meta",
        "Material's `meta`",
        "mkdocs-material",
        "meta",
        _meta,
        "a `.meta.yml` in the blog's folder applies to its posts and pages too",
        files={
            "guide/.meta.yml": "description: How to use TideKit, step by step.\n",
            "blog/.meta.yml": "description: Notes from the TideKit team.\n",
        },
    ),
    Neighbour(
        "privacy",
        "Material's `privacy`",
        "mkdocs-material",
        {"privacy": {"assets_exclude": ["unpkg.com/*"]}},
        _privacy,
        "",
        files={"external.md": EXTERNAL_IMAGE_PAGE},
    ),
    Neighbour(
        "offline",
        "Material's `offline`",
        "mkdocs-material",
        "offline",
        _offline,
        "posts keep their Jekyll permalinks (folders); links name the folder's `index.html`",
    ),
    Neighbour(
        "social",
        "Material's `social`",
        "mkdocs-material",
        {"social": {"cards_layout_options": {"font_family": "DejaVu Sans"}}},
        _social,
        "cards for posts and blog pages; needs `mkdocs-material[imaging]` and its font "
        "(downloaded, or put in its cache)",
        setup=cache_card_fonts,
    ),
    Neighbour(
        "search-separator",
        "`search` with `separator`",
        "mkdocs",
        {"search": {"separator": r"[\s\-\.]+"}},
        _search_separator,
        "posts are indexed by their own text, without the excerpts and links the blog adds",
        orders=("before",),
    ),
    Neighbour(
        "macros",
        "`macros`",
        "mkdocs-macros-plugin",
        "macros",
        _macros,
        "the blog renders a post's Liquid first, and posts carry `render_macros: false` unless "
        "their front matter says otherwise; docs pages that show Jinja-like examples as text "
        "need `render_macros: false`, as on any macros site",
        files={"macros.md": "# Macros\n\nTwo is {{ 1 + 1 }}.\n"},
        example_front_matter="render_macros: false",
    ),
    Neighbour(
        "i18n-suffix",
        "`i18n`, suffix structure",
        "mkdocs-static-i18n",
        {"i18n": {"languages": I18N_LANGUAGES}},
        _i18n,
        "the blog is built with the default language; the other languages' pages link to it",
        files={"index.fr.md": FRENCH_HOME},
    ),
    Neighbour(
        "i18n-folder",
        "`i18n`, folder structure",
        "mkdocs-static-i18n",
        {"i18n": {"docs_structure": "folder", "languages": I18N_LANGUAGES}},
        _i18n,
        "the blog is built with the default language; keep its folder (`blog/_posts`) beside the "
        "language folders, not in one",
        setup=docs_in_language_folders,
    ),
    Neighbour(
        "include-markdown",
        "`include-markdown`",
        "mkdocs-include-markdown-plugin",
        {"include-markdown": {"exclude": list(TEMPLATE_EXAMPLES)}},
        _include_markdown,
        "the blog adds the posts' folders to its `exclude`: a post's `{% include %}` is Jekyll's; "
        "docs pages that show `{% include %}` as text need `exclude` too",
        files={
            "parts/note.md": "Included from a part.\n",
            "including.md": '# Including\n\n{% include-markdown "parts/note.md" %}\n',
        },
    ),
    Neighbour(
        "git-revision-date-localized",
        "`git-revision-date-localized`",
        "mkdocs-git-revision-date-localized-plugin",
        "git-revision-date-localized",
        _git_revision_date,
        "posts show their file's last commit",
        setup=commit_the_site,
    ),
    Neighbour(
        "git-authors",
        "`git-authors`",
        "mkdocs-git-authors-plugin",
        "git-authors",
        _git_authors,
        "the blog adds its generated pages to its `exclude` (they have no file in git); posts show "
        "their authors",
        setup=commit_the_site,
    ),
    Neighbour(
        "awesome-nav",
        "`awesome-nav`",
        "mkdocs-awesome-nav",
        "awesome-nav",
        _awesome_nav,
        "",
        files={".nav.yml": "nav:\n  - faq.md\n  - '*'\n"},
    ),
    Neighbour(
        "awesome-pages",
        "`awesome-pages`",
        "mkdocs-awesome-pages-plugin",
        "awesome-pages",
        _awesome_pages,
        "",
        files={"guide/.pages": "title: The guide\n"},
    ),
    Neighbour(
        "literate-nav",
        "`literate-nav`",
        "mkdocs-literate-nav",
        "literate-nav",
        _literate_nav,
        "the blog's section is added to the nav it reads from `SUMMARY.md`",
        files={
            "SUMMARY.md": "* [Home](index.md)\n* [Questions](faq.md)\n"
            "* [Getting started](getting-started.md)\n"
        },
    ),
    Neighbour(
        "section-index",
        "`section-index`",
        "mkdocs-section-index",
        "section-index",
        _section_index,
        "",
        files={"guide/index.md": "# Guide\n\nEverything about using TideKit.\n"},
        configure=without_material_indexes,
    ),
    Neighbour(
        "redirects",
        "`redirects`",
        "mkdocs-redirects",
        {
            "redirects": {
                "redirect_maps": {"old-faq.md": "faq.md", "old-shell-post.md": STRING_TAGS_SOURCE}
            }
        },
        _redirects,
        "a redirect may point at a post by its source file",
    ),
    Neighbour(
        "minify",
        "`minify`",
        "mkdocs-minify-plugin",
        {"minify": {"minify_html": True}},
        _minify,
        "",
    ),
    Neighbour(
        "glightbox",
        "`glightbox`",
        "mkdocs-glightbox",
        "glightbox",
        _glightbox,
        "a post's images open in its lightbox",
    ),
    Neighbour(
        "gen-files",
        "`gen-files`",
        "mkdocs-gen-files",
        {"gen-files": {"scripts": ["gen_pages.py"]}},
        _gen_files,
        "files it writes into a `_posts` folder are posts",
        setup=write_generator,
        extra_posts=(GENERATED_POST,),
    ),
    Neighbour(
        "mkdocstrings",
        "`mkdocstrings` (Python handler)",
        "mkdocstrings",
        {"mkdocstrings": {"handlers": {"python": {"paths": ["src"]}}}},
        _mkdocstrings,
        "",
        files={"reference.md": "# Reference\n\n::: tidekit_api\n"},
        setup=write_api_module,
    ),
    Neighbour(
        "autorefs",
        "`autorefs`",
        "mkdocs-autorefs",
        "autorefs",
        _autorefs,
        "",
        files={
            "anchors.md": "# Anchors\n\n## Tide tables {#tide-tables}\n\nTables.\n",
            "crossref.md": "# Cross references\n\nSee the [tables][tide-tables].\n",
        },
    ),
    Neighbour(
        "material-blog",
        "Material's `blog`, in another folder",
        "mkdocs-material",
        {"blog": {"blog_dir": "news"}},
        _material_blog,
        "two blogs, each in its own folder",
        files={f"news/{rel}": content for rel, content in MATERIAL_BLOG.items()},
    ),
    Neighbour(
        "material-blog-same-folder",
        "Material's `blog`, in the same folder",
        "mkdocs-material",
        "blog",
        None,
        "each would write its pages over the other's; give one of them another `blog_dir`",
        files={
            f"blog/{rel}": content for rel, content in MATERIAL_BLOG.items() if rel != "index.md"
        },
        refusal="jekyll-blog and Material's blog plugin both build the blog in 'blog'",
    ),
    Neighbour(
        "print-site",
        "`print-site`",
        "mkdocs-print-site-plugin",
        "print-site",
        _print_site,
        "the print page shows the blog's lists; list it last, as it asks",
        orders=("after",),
    ),
]
