"""vCard 4.0 (RFC 6350) for an office, for visitors' address books.

Every property value goes through `escape` (text) or `uri` (URIs): a backslash, comma,
semicolon or line break in an office's name or address stays inside its property, and a
carriage return or line feed can never start a line of its own. Lines end in CRLF and are
folded at 75 octets without splitting a UTF-8 character (RFC 6350 3.2).
"""

import re
import unicodedata
from urllib.parse import quote

from secretariat.addresses import lines

FOLD_AT = 75  # octets, line break excluded
_LINE_BREAKS = re.compile("\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")
# Characters a URI keeps as they are (RFC 3986), without `,` and `;`, which vCard reads as
# separators: those and anything else are percent-encoded.
_URI_SAFE = ":/?#[]@!$&'()*+=%-._~"


def escape(value) -> str:
    """A TEXT value (RFC 6350 3.4): `\\` `,` `;` escaped, every line break as `\\n`."""
    text = _LINE_BREAKS.sub("\n", str(value or ""))
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def uri(value) -> str:
    """A URI value with nothing vCard would read as a separator or a line break."""
    return quote(str(value or ""), safe=_URI_SAFE)


def tel_uri(phone) -> str:
    """`tel:+4778977050`: the digits and the leading plus of a phone number, nothing else."""
    digits = re.sub(r"[^0-9]", "", phone or "")
    return f"tel:{'+' if (phone or '').strip().startswith('+') else ''}{digits}"


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 6350 3.2)."""
    out, current = [], b""
    for char in line:
        encoded = char.encode()
        if len(current) + len(encoded) > FOLD_AT:
            out.append(current.decode())
            current = b" "
        current += encoded
    out.append(current.decode())
    return "\r\n".join(out)


def adr(type_, street, postcode, city, country) -> str:
    """ADR: PO box; extended address; street; locality; region; postal code; country."""
    parts = ["", "", street, city, "", postcode, country]
    return f"ADR;TYPE={type_}:" + ";".join(escape(part) for part in parts)


def office_vcard(office, url: str) -> str:
    lines_ = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:org",
        f"FN:{escape(office.name)}",
        f"ORG:{escape(office.name)}",
    ]
    if office.phone:
        lines_.append(f"TEL;TYPE=work,voice;VALUE=uri:{tel_uri(office.phone)}")
    if office.email:
        lines_.append(f"EMAIL;TYPE=work:{escape(office.email)}")
    if lines(office.visiting_street, office.visiting_postcode, office.visiting_city):
        lines_.append(
            adr(
                "work",
                office.visiting_street,
                office.visiting_postcode,
                office.visiting_city,
                office.visiting_country_label,
            )
        )
    if lines(office.postal_street, office.postal_postcode, office.postal_city):
        lines_.append(
            adr(
                "postal",
                office.postal_street,
                office.postal_postcode,
                office.postal_city,
                office.postal_country_label,
            )
        )
    if office.latitude is not None and office.longitude is not None:
        lines_.append(f"GEO:geo:{office.latitude:f},{office.longitude:f}")
    lines_ += [f"URL:{uri(url)}", "END:VCARD"]
    return "\r\n".join(fold(line) for line in lines_) + "\r\n"
