"""The blog as values: posts read with Jekyll's rules, the blog in order, authors, related
posts, and what rendering a post yields."""
