"""One measured build, in a fresh process:
`python build_worker.py CONFIG SITE_DIR RESULT [POST DOCS_PAGE]`.

Builds CONFIG into SITE_DIR as `mkdocs build` does and writes RESULT (JSON): the build's
seconds (from before MkDocs is imported to the end of the build), the process's peak RSS after
that build, the warnings logged, the plugin's INFO line and, for `jekyll-blog`, its per-phase
timings. With POST and DOCS_PAGE (two Markdown files) the builds are those of `mkdocs serve`:
after the first, it edits the post, loads the config again and builds again in the same
process, as `mkdocs serve` does after a change (its plugins live on), then does the same with
the docs page, and adds each rebuild's seconds and timings; both files are restored afterwards.
"""

from __future__ import annotations

import time

START = time.perf_counter()

import json  # noqa: E402
import logging  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.warnings: list[str] = []
        self.info: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = f"{record.name}: {record.getMessage()}"
        if record.levelno >= logging.WARNING:
            self.warnings.append(f"{record.levelname} {message}")
        elif record.name.startswith("mkdocs.plugins.jekyll-blog"):
            self.info.append(record.getMessage())


def _timings(config: Any) -> dict[str, float] | None:
    if "jekyll-blog" not in config.plugins:
        return None
    stage = getattr(config.plugins["jekyll-blog"], "stage", None)
    timings = getattr(stage, "timings", None)
    return dict(timings) if timings is not None else None


def main(config_file: str, site_dir: str, result_file: str, edits: list[str]) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    collect = Collect()
    root = logging.getLogger()
    root.addHandler(collect)
    root.setLevel(logging.INFO)

    config = load_config(config_file=config_file, site_dir=site_dir)
    config.plugins.on_startup(command="serve" if edits else "build", dirty=False)
    build(config)
    result: dict[str, Any] = {
        "build_s": time.perf_counter() - START,
        "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "timings": _timings(config),
        "warnings": list(collect.warnings),
        "info": list(collect.info),
    }
    for name, edited in zip(("rebuild", "docs_rebuild"), edits, strict=False):
        path = Path(edited)
        original = path.read_text(encoding="utf-8")
        try:
            path.write_text(original + "\nOne more paragraph, added by an edit.\n", "utf-8")
            start = time.perf_counter()
            again = load_config(config_file=config_file, site_dir=site_dir)
            build(again)
            result[f"{name}_s"] = time.perf_counter() - start
            result[f"{name}_timings"] = _timings(again)
        finally:
            path.write_text(original, encoding="utf-8")
    result["rebuild_warnings"] = collect.warnings[len(result["warnings"]) :]
    config.plugins.on_shutdown()
    Path(result_file).write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
