"""Text that has broken machine-readable files: markup, CDATA ends, control characters a word
processor pastes (PostgreSQL refuses only NUL), bare CR and CR LF, quotes, and the
characters iCalendar must escape."""

HOSTILE = (
    'Tromsø <script>alert("x")</script> ]]> <!-- \x0b\x0c\x01\x1b\x7f\x85\x9f '
    "line\r\nbreak\rcarriage\nfeed \"double\" 'single' comma, semi; back\\slash & "
    "<img src=x onerror=alert(1)>"
)
