"""Links: `post_url` and `link` targets, links mended before MkDocs reads them, and the Blog
section of the navigation."""
