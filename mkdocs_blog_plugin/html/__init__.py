"""HTML and text helpers, pure: plain text, portable and absolute links, excerpts, reading
time, redirect pages."""
