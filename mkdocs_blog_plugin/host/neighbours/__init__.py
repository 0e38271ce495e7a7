"""What the blog does for the other plugins of a site, one module each."""
