"""Text shown by Qt items exactly as typed."""

import html


def plain_tooltip(text):
    """Tooltip that shows `text` as typed: Qt renders tooltip text that looks like HTML as HTML."""
    return f"<qt>{html.escape(str(text))}</qt>"
