"""Everything that touches MkDocs (or ProperDocs) objects: one build answering the events,
files, pages, links, navigation, feeds and redirects written into the site."""
