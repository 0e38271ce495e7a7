"""What every part of one blog's build is handed together, made once in on_config."""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.config.defaults import MkDocsConfig

from ..config import BlogConfig
from ..jekyll_import import ImportedConfig
from ..views.templates import Templates
from .serve.memo import Memo
from .serve.theme_files import ThemeFiles
from .site import SiteFacts
from .timing import Timings


@dataclass(frozen=True)
class BuildContext:
    options: BlogConfig  # this blog's, validated
    config: MkDocsConfig
    site: SiteFacts
    imported: ImportedConfig | None  # from `jekyll_config`
    serving: bool  # under `mkdocs serve`
    memo: Memo  # what serve keeps from one build to the next
    theme_files: ThemeFiles  # what the templates are made from, a key of their renders
    templates: Templates
    timings: Timings
