"""Tag and category pages: one page (paginated) per term, and an index of terms with counts.

Terms whose slugs are equal share a page (`TV` and `tv`, `C++` and `c`), so no two pages claim
one URL and no post is lost. A term whose slug is empty in the chosen mode (an emoji in the
default mode) falls back to the raw mode, then to its code points, so it still gets a page.
"""

from __future__ import annotations

import posixpath
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from ..i18n.labels import ENGLISH, Labels
from ..jekyll.slugify import slugify
from ..model.posts import Post
from .kinds import (
    TERM_KINDS,
    ListingPage,
    ListingStyle,
    Term,
    TermKind,
    TermsPage,
    paginated,
)


def term_slug(name: str, mode: str) -> str:
    slug = slugify(name, mode) or slugify(name, "raw")
    safe = slug.replace("/", "-").strip(".")
    return safe or "-".join(f"{ord(c):x}" for c in name) or "empty"


def term_folder(blog_dir: str, kind: TermKind, slug: str) -> str:
    """Where a term's pages are: `blog/tag/irmin/`, then `blog/tag/irmin/page/2/`."""
    return posixpath.join(blog_dir, kind, slug)


def group_terms(
    posts: Sequence[Post],
    names_of: Callable[[Post], Iterable[str]],
    slug_of: Callable[[str], str],
) -> tuple[list[Term], dict[str, Term]]:
    """(terms sorted by slug, each keeping the posts' order; every spelling → its term)."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    members: dict[str, list[Post]] = defaultdict(list)
    slugs: dict[str, str] = {}
    for post in posts:
        seen = set()
        for name in names_of(post):
            slug = slugs.get(name)
            if slug is None:
                slug = slugs[name] = slug_of(name)
            spellings[slug][name] += 1
            if slug not in seen:
                seen.add(slug)
                members[slug].append(post)
    terms = {
        slug: Term(_most_used(spellings[slug]), slug, tuple(members[slug]))
        for slug in sorted(members)
    }
    return list(terms.values()), {name: terms[slug] for name, slug in slugs.items()}


def _most_used(counts: Counter[str]) -> str:
    return min(counts, key=lambda name: (-counts[name], name))


def term_pages(
    blog_dir: str,
    kind: TermKind,
    terms: Sequence[Term],
    per_page: int,
    style: ListingStyle = "full",
    labels: Labels = ENGLISH,
) -> list[ListingPage]:
    label = TERM_KINDS[kind].page_label
    pages = []
    for term in terms:
        folder = term_folder(blog_dir, kind, term.slug)
        title = labels.text(label, name=term.name)
        pages += paginated(folder, title, kind, term.posts, per_page, term, style, labels)
    return pages


def terms_index(
    blog_dir: str, kind: TermKind, terms: Sequence[Term], labels: Labels = ENGLISH
) -> TermsPage:
    names = TERM_KINDS[kind]
    uri = posixpath.join(blog_dir, names.index_folder, "index.md")
    return TermsPage(uri, labels[names.index_label], kind, tuple(terms))
