"""The plugin's logger. It sits under `mkdocs`, so `mkdocs build --strict` counts its warnings."""

from __future__ import annotations

import logging

log = logging.getLogger("mkdocs.plugins.jekyll-blog")
