"""mkdocs-jekyll-blog: Jekyll posts as a blog inside an MkDocs site."""
