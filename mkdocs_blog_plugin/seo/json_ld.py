"""The schema.org JSON-LD of a page: a `BlogPosting` for a post, a `CollectionPage` for a list
of posts, and the `<script>` that carries it."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from .facts import SeoFacts

_CONTEXT = "https://schema.org"


def json_ld(facts: SeoFacts) -> dict[str, Any]:
    if facts.kind == "article":
        return _blog_posting(facts)
    return _collection_page(facts)


def _blog_posting(facts: SeoFacts) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": _CONTEXT,
        "@type": "BlogPosting",
        "headline": facts.title,
        "url": facts.url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": facts.url},
    }
    if facts.published is not None:
        data["datePublished"] = facts.published.isoformat()
        data["dateModified"] = (facts.modified or facts.published).isoformat()
    if facts.description:
        data["description"] = facts.description
    if facts.authors:
        data["author"] = [
            {"@type": "Person", "name": a.name, **({"url": a.url} if a.url else {})}
            for a in facts.authors
        ]
    if facts.image is not None:
        data["image"] = facts.image.url
    publisher: dict[str, Any] = {"@type": "Organization", "name": facts.site_name}
    if facts.logo:
        publisher["logo"] = {"@type": "ImageObject", "url": facts.logo}
    data["publisher"] = publisher
    return data


def _collection_page(facts: SeoFacts) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": _CONTEXT,
        "@type": "CollectionPage",
        "name": facts.title,
        "url": facts.url,
    }
    if facts.description:
        data["description"] = facts.description
    return data


def json_ld_script(data: dict[str, Any]) -> Markup:
    """The JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` as JSON escapes,
    so that no text of the page's (a title) can end the script or read as markup."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(char, escape)
    return Markup(text)
