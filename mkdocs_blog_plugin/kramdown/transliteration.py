"""Transliteration to ASCII for kramdown's `transliterated_header_ids` (kramdown uses
stringex's Unidecoder tables; anyascii's agree on letters: `öúß` is `ouss`)."""

from __future__ import annotations

from anyascii import anyascii


def transliterate(text: str) -> str:
    return str(anyascii(text))
