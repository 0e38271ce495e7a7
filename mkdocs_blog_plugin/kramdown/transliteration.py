"""Transliteration to ASCII for kramdown's `transliterated_header_ids`."""

from __future__ import annotations


def transliterate(text: str) -> str:
    try:
        from text_unidecode import unidecode
    except ImportError:  # pragma: no cover - a dependency
        import unicodedata

        decomposed = unicodedata.normalize("NFKD", text)
        return decomposed.encode("ascii", "ignore").decode("ascii")
    return str(unidecode(text))
