"""Transliteration to ASCII for kramdown's `transliterated_header_ids`."""

from __future__ import annotations

from text_unidecode import unidecode


def transliterate(text: str) -> str:
    return str(unidecode(text))
