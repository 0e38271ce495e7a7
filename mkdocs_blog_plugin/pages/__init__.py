"""The blog's own pages, generated from the posts: index, tags, categories and date archives."""
