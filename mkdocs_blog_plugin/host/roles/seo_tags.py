"""The search and social metadata of the blog's pages (seo/), put in each page's head unless
the theme or another plugin wrote that tag already (Material writes `description` and
`canonical` itself, its social plugin Open Graph and Twitter cards)."""

from __future__ import annotations

from collections.abc import Mapping

from ...html.head import head_keys, into_head, tag_key
from ...html.text import plain_text
from ...model.posts import Post
from ...model.rendered import RenderedPost
from ...pages.kinds import BlogPage
from ...seo.facts import SeoAuthor, SeoFacts, SeoImage, description, og_locale, twitter_name
from ...seo.json_ld import json_ld, json_ld_script
from ..context import BuildContext
from ..placing.blog_files import BlogFiles


class SeoTags:
    def __init__(
        self,
        context: BuildContext,
        blog_files: BlogFiles,
        rendered: Mapping[str, RenderedPost],
    ) -> None:
        options, config, site = context.options, context.config, context.site
        self._on = options.seo and site.has_url  # every URL in them is absolute
        self._options = options
        self._site_name = config.site_name
        self._site_description = config.site_description
        self._site = site
        self._blog_files = blog_files
        self._urls = blog_files.urls
        self._rendered = rendered
        self._templates = context.templates

    def of_post(self, html: str, post: Post) -> str:
        return self._into_head(html, self._post_facts(post)) if self._on else html

    def of_page(self, html: str, page: BlogPage) -> str:
        if not self._on:
            return html
        facts = SeoFacts(
            kind="website",
            title=page.title,
            url=self._absolute_page(page.src_uri),
            site_name=self._site_name,
            description=description(self._site_description),
            locale=og_locale(self._site.dates.locale),
            twitter_site=twitter_name(self._options.twitter),
        )
        return self._into_head(html, facts)

    def _post_facts(self, post: Post) -> SeoFacts:
        url = self._absolute_page(post.source)
        image = post.image
        creators = [
            twitter_name(self._blog_files.authors.resolve(name).twitter) for name in post.authors
        ]
        return SeoFacts(
            kind="article",
            title=post.display_title,
            url=url,
            site_name=self._site_name,
            description=description(self._summary(post)),
            locale=og_locale(self._site.dates.locale),
            image=None
            if image is None
            else SeoImage(self._site.absolute(image.path), image.width, image.height, image.alt),
            published=post.date,
            modified=post.modified,
            authors=tuple(self._author(written) for written in post.authors),
            tags=post.tags,
            twitter_site=twitter_name(self._options.twitter),
            twitter_creator=next(
                filter(None, creators), twitter_name(self._options.twitter_creator)
            ),
            logo=self._site.absolute(self._options.logo) if self._options.logo else None,
        )

    def _summary(self, post: Post) -> str:
        """`description`, else the excerpt's text, as jekyll-seo-tag's description."""
        own = post.data.get("description")
        if own:
            return plain_text(str(own))
        rendered = self._rendered.get(post.source)
        return plain_text(rendered.excerpt.on_page(self._urls[post.source])) if rendered else ""

    def _author(self, written: str) -> SeoAuthor:
        author = self._blog_files.authors.resolve(written)
        page = self._blog_files.plan.term_page("author", written)
        if page is not None and page in self._urls:
            return SeoAuthor(author.name, self._absolute_page(page))
        return SeoAuthor(author.name, self._site.absolute(author.url) if author.url else None)

    def _absolute_page(self, src_uri: str) -> str:
        return self._site.url + self._urls[src_uri]

    def _into_head(self, html: str, facts: SeoFacts) -> str:
        """The tags of `facts`, one a line, but those the head holds already."""
        present = head_keys(html)
        rendered = self._templates.seo(facts, json_ld_script(json_ld(facts)))
        kept = [
            line for line in rendered.splitlines() if line.strip() and tag_key(line) not in present
        ]
        return into_head(html, "\n".join(kept))
