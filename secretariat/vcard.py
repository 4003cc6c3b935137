"""vCard 4.0 (RFC 6350) for an office, for visitors' address books."""


def escape(value: str) -> str:
    return (
        (value or "")
        .replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 6350 3.2)."""
    out, current = [], b""
    for char in line:
        encoded = char.encode()
        if len(current) + len(encoded) > 75:
            out.append(current.decode())
            current = b" "
        current += encoded
    out.append(current.decode())
    return "\r\n".join(out)


def office_vcard(office, url: str) -> str:
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:org",
        f"FN:{escape(office.name)}",
        f"ORG:{escape(office.name)}",
    ]
    if office.phone:
        lines.append(f"TEL;TYPE=work,voice;VALUE=uri:tel:{office.phone.replace(' ', '')}")
    if office.email:
        lines.append(f"EMAIL;TYPE=work:{escape(office.email)}")
    country = str(office.get_country_display())
    if office.visiting_address:
        street = ", ".join(office.visiting_address.splitlines())
        lines.append(f"ADR;TYPE=work:;;{escape(street)};{escape(office.city)};;;{escape(country)}")
    if office.postal_address:
        label = escape(office.postal_address)
        lines.append(f'ADR;TYPE=postal;LABEL="{label}":;;;;;;{escape(country)}')
    if office.latitude is not None and office.longitude is not None:
        lines.append(f"GEO:geo:{office.latitude:f},{office.longitude:f}")
    lines += [f"URL:{url}", "END:VCARD"]
    return "\r\n".join(fold(line) for line in lines) + "\r\n"
