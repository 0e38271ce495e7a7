"""Ruby's behaviour where Jekyll's rules depend on it: `to_s`, `downcase`, and YAML read as
SafeYAML and Psych read it."""

from __future__ import annotations

import datetime as dt
import math

import yaml
from frontmatter import default_handlers

from .strftime import ruby_strftime

_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


def ruby_str(value: object) -> str:
    """`value.to_s` in Ruby, for the values YAML gives (Jekyll stringifies categories this way)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        text = repr(value)  # the shortest digits, as in Ruby, which also writes 1e15 as 1.0e+15
        if "e" not in text and abs(value) >= 1e15 and value.is_integer():
            whole = str(abs(int(value)))
            digits = whole.rstrip("0")
            text = f"{'-' * (value < 0)}{digits[0]}.{digits[1:] or '0'}e+{len(whole) - 1:02d}"
        mantissa, e, exponent = text.partition("e")
        return (mantissa if "." in mantissa else mantissa + ".0") + e + exponent
    if isinstance(value, dt.datetime):
        # SafeYAML makes a UTC Time of a YAML timestamp, and Time#to_s shows no fraction.
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc)
        return ruby_strftime(value, "%Y-%m-%d %H:%M:%S UTC")
    return str(value)


def ruby_downcase(text: str) -> str:
    """Ruby's `String#downcase`: like `str.lower`, but without the final-sigma rule (a capital
    sigma always becomes the medial small sigma)."""
    return text.replace("\u03a3", "\u03c3").lower()


_LOADERS: dict[type, type] = {}


def safe_yaml_loader() -> type:
    """python-frontmatter's SafeLoader (libyaml's when available), except that an impossible
    timestamp (2016-02-30) stays a string, as in SafeYAML and Psych."""
    base = default_handlers.SafeLoader
    if base not in _LOADERS:
        constructors = {**base.yaml_constructors, _TIMESTAMP_TAG: _timestamp_or_text}
        _LOADERS[base] = type("JekyllSafeLoader", (base,), {"yaml_constructors": constructors})
    return _LOADERS[base]


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)
