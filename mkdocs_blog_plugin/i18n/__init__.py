"""The plugin's own words and dates in the blog's language."""
