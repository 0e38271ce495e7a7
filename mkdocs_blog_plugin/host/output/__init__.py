"""What the blog writes into site_dir past MkDocs: feeds and redirect pages."""
