"""The Blog section of the site's navigation, with or without an explicit `nav:`."""

from __future__ import annotations

from collections.abc import Sequence

from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page


def add_blog_section(nav: Navigation, pages: Sequence[Page], title: str) -> None:
    """Put the blog's pages (index first) in the navigation.

    If the user's `nav:` already lists the index, the other pages join it where it stands;
    otherwise a Blog section is appended. Posts stay out of the navigation: MkDocs renders the
    whole nav into every page, so listing a thousand posts there costs a million links.
    """
    index, *others = pages
    if index in nav.pages:
        siblings = index.parent.children if index.parent is not None else nav.items
        at = siblings.index(index) + 1
        new = [page for page in others if page not in nav.pages]
        siblings[at:at] = new
        for page in new:
            page.parent = index.parent
        _relink(nav, index, new)
        return
    section = Section(title, list(pages))
    for page in pages:
        page.parent = section
    nav.items.append(section)
    _relink(nav, nav.pages[-1] if nav.pages else None, list(pages))


def _relink(nav: Navigation, after: Page | None, new: list[Page]) -> None:
    """Insert `new` after `after` in the page order and mend previous/next links."""
    at = nav.pages.index(after) + 1 if after is not None else 0
    nav.pages[at:at] = new
    for i, page in enumerate(nav.pages):
        page.previous_page = nav.pages[i - 1] if i > 0 else None
        page.next_page = nav.pages[i + 1] if i + 1 < len(nav.pages) else None
