"""The blog's own pages, decided from the posts alone: index, tags, categories, date archives;
each kind knows its own URIs."""
