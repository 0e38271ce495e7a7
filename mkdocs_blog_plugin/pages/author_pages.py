"""Author pages: one (paginated) per author of a listed post, at `blog/author/<key>/`, and
the authors index. A post with several authors is on each one's page.

An author in the authors data file is named by their key there (`garthdb`), which is also their
page's name when it is safe in a URL (else its slug); any other author by the slug of their
name, so that `Jane Doe` and `jane doe` share a page as two spellings of a tag do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model.authors import AuthorsData
from ..model.posts import Post
from .kinds import Term
from .terms import group_terms, term_slug

_URL_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def author_terms(
    posts: Sequence[Post], authors: AuthorsData, mode: str
) -> tuple[list[Term], dict[str, Term]]:
    """As `group_terms`: (the authors sorted by slug, each named as the data file names them;
    every way a post names an author → their term)."""

    def slug_of(written: str) -> str:
        if written in authors.authors and _URL_SAFE.fullmatch(written):
            return written
        return term_slug(written, mode)

    terms, by_name = group_terms(posts, lambda post: post.authors, slug_of)
    named = {
        term.slug: replace(term, name=authors.resolve(term.name).name, key=term.name)
        for term in terms
    }
    return list(named.values()), {written: named[t.slug] for written, t in by_name.items()}
