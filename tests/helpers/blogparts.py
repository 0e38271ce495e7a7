"""Parts of a blog for the tests of the middle layer: posts made directly, and a real MkDocs
config with the blog's files read from a docs folder, as a build's `on_files` reads them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, get_files

from mkdocs_blog_plugin.config import BlogConfig
from mkdocs_blog_plugin.host.context import BuildContext
from mkdocs_blog_plugin.host.placing.blog_files import BlogFiles, add_blog_files, read_settings
from mkdocs_blog_plugin.host.serve.memo import Memo
from mkdocs_blog_plugin.host.site import SiteFacts, site_facts
from mkdocs_blog_plugin.host.timing import Timings
from mkdocs_blog_plugin.model.posts import Post
from mkdocs_blog_plugin.views.templates import Templates


def make_post(
    slug: str,
    date: datetime,
    *,
    title: str | None = None,
    tags: Sequence[str] = (),
    categories: Sequence[str] = (),
    authors: Sequence[str] = (),
) -> Post:
    """A post of `blog/_posts/` at `/blog/<year>/<slug>/`."""
    return Post(
        source=f"blog/_posts/{date:%Y-%m-%d}-{slug}.md",
        draft=False,
        date=date,
        slug=slug,
        title=title or slug.title(),
        categories=tuple(categories),
        tags=tuple(tags),
        authors=tuple(authors),
        url=f"/blog/{date:%Y}/{slug}/",
        dest_uri=f"blog/{date:%Y}/{slug}/index.html",
        converter="markdown",
        body_line=1,
        excerpt_separator="\n\n",
        data={},
    )


@dataclass(frozen=True)
class BlogInSite:
    config: MkDocsConfig
    options: BlogConfig
    facts: SiteFacts
    files: Files
    blog_files: BlogFiles
    context: BuildContext  # as a build hands it on; the package's templates only


def blog_in_site(
    root: Path, docs: Mapping[str, str], options: Mapping[str, Any], site_url: str | None
) -> BlogInSite:
    """The site at `root` with the `docs` files (paths in docs/), read as a build reads it."""
    for name, text in docs.items():
        path = root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    mkdocs_yml: dict[str, Any] = {"site_name": "Site", "plugins": []}
    if site_url:
        mkdocs_yml["site_url"] = site_url
    (root / "mkdocs.yml").write_text(yaml.safe_dump(mkdocs_yml), "utf-8")
    config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(root / "site"))
    config.plugins.on_startup(command="build", dirty=False)  # as a build does, before files
    blog_options = BlogConfig()
    blog_options.load_dict(dict(options))
    assert blog_options.validate() == ([], [])
    facts = site_facts(config, blog_options)
    files = get_files(config)
    context = BuildContext(
        blog_options, config, facts, None, False, Memo(), (), Templates([]), Timings()
    )
    settings = read_settings(context, files)
    blog_files = add_blog_files(files, context, settings)
    return BlogInSite(config, blog_options, facts, files, blog_files, context)
