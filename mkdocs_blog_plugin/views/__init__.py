"""Views of posts and blog pages for the templates, the templates, and the HTML of a
generated page."""
