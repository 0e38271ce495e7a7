"""on_files: the blog's files put into the site: its posts at their URLs, its generated pages,
its stylesheet; the authors file and allowed terms taken out as data."""
