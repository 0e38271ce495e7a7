"""What a page tells search engines and social sites about itself, as jekyll-seo-tag does."""
