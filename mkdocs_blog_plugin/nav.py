"""A Blog section in the site's navigation, with or without an explicit `nav:`."""

from __future__ import annotations

from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page


def ensure_blog_section(nav: Navigation, index: Page, title: str = "Blog") -> None:
    """Append a section holding the blog index unless the user's `nav:` already lists it.

    Posts stay out of the navigation: MkDocs renders the whole nav into every page, so listing
    a thousand posts there costs a thousand times a thousand links.
    """
    if index in nav.pages:
        return
    section = Section(title, [index])
    index.parent = section
    nav.items.append(section)
    if nav.pages:
        nav.pages[-1].next_page = index
        index.previous_page = nav.pages[-1]
    nav.pages.append(index)
