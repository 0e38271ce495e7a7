"""Where a post with a given Jekyll URL is written inside site_dir, and how MkDocs links to it.

Jekyll writes `/a/b/` to `a/b/index.html`, `/a/b.html` to itself and an extension-less `/a/b`
to `a/b.html`, which only hosts that map `/a/b` to `a/b.html` serve (GitHub Pages does; plain
nginx, S3 and `mkdocs serve` do not). With `use_directory_urls` the extension-less form is
written to `a/b/index.html` instead: `/a/b` then redirects to `/a/b/` on every static host and
under `mkdocs serve`.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def safe_relative_path(url: str) -> str:
    """The URL's path as a relative file path that cannot leave the site folder.

    Percent-escapes are decoded first (Jekyll writes `%20` as a space), then backslashes are
    treated as separators, control characters (a NUL no file name can hold) removed, and every
    empty, `.` or `..` segment dropped.
    """
    path = _CONTROL.sub("", unquote(url).replace("\\", "/"))
    segments = [s for s in path.split("/") if s.strip() not in ("", ".", "..")]
    return "/".join(segments)


def dest_for_url(url: str, output_ext: str, use_directory_urls: bool) -> str:
    """The file, relative to site_dir, that serves the Jekyll URL `url`.

    As Jekyll's `Document#destination`: a URL not ending in the output extension gets it
    appended (`/v1.0-released` → `v1.0-released.html`), here as a folder index when
    `use_directory_urls` is on.
    """
    path = safe_relative_path(url)
    if not path:
        return "index.html"
    if url.endswith("/"):
        return f"{path}/index.html"
    if path.endswith(output_ext):
        return path
    return f"{path}/index.html" if use_directory_urls else f"{path}{output_ext}"
