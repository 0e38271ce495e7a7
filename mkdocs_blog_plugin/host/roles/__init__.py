"""What each kind of page gets at each event: a post of this blog, one of its generated pages,
a docs page (and another blog's page, which it leaves alone)."""
