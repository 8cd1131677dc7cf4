"""Text that has broken form fields, SQL and HTML elsewhere; it must round-trip unchanged."""

HOSTILE_TEXTS = (
    "Robert'); DROP TABLE stakeholder;--",
    '<b>bold</b><script>alert("x")</script> &amp; <img src=x onerror=alert(1)>',
    "\"double\" and 'single' quotes, back\\slash, 100% _wild_ %s {0} {name}",
    "محمد بن سلمان - مناجم الذهب",
    "Coopérative minière de Kahuzi-Biéga, Ñuñoa, Øresund, Ærø",
    '=HYPERLINK("http://evil")',
    "-2+3",
    "line one\nline two\ttabbed",
    "  leading and trailing spaces  ",
)
