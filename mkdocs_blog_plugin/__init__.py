"""A Jekyll blog inside an MkDocs 1.6 or ProperDocs 1.6 site."""

import importlib.util


def _has_plugin_api() -> bool:
    try:
        return importlib.util.find_spec("mkdocs.plugins") is not None
    except ModuleNotFoundError:
        return False


if not _has_plugin_api():
    raise ImportError(
        "jekyll-blog is a plugin for MkDocs 1.6 or ProperDocs 1.6, and the MkDocs installed here "
        "has no plugins (MkDocs 2 dropped them): install 'mkdocs>=1.6,<2' or 'properdocs'"
    )
