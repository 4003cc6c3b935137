"""schema.org data of an office page: a GovernmentOffice with its addresses and contact point."""

from django.utils.translation import gettext

from barents_portal.structured_data import json_ld


def postal_address(street, postcode, city, country_code):
    return {
        "@type": "PostalAddress",
        "streetAddress": street,
        "postalCode": postcode,
        "addressLocality": city,
        "addressCountry": country_code,
    }


def office_jsonld(office, url):
    """The office as JSON-LD; a closed office keeps its name and history, not its contacts."""
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOffice",
        "name": office.name,
        "url": url,
        "parentOrganization": {"@type": "Organization", "name": gettext("Barents Secretariat")},
        "address": postal_address(
            office.visiting_street,
            office.visiting_postcode,
            office.visiting_city,
            office.visiting_country or office.country,
        ),
    }
    if office.latitude is not None and office.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(office.latitude),
            "longitude": float(office.longitude),
        }
    if office.is_closed:
        return json_ld(data)
    data["telephone"] = office.phone
    data["email"] = office.email
    data["contactPoint"] = [
        {
            "@type": "ContactPoint",
            "contactType": gettext("general enquiries"),
            "telephone": office.phone,
            "email": office.email,
        },
        # PostalAddress is a ContactPoint too: where letters go.
        {
            **postal_address(
                office.postal_street,
                office.postal_postcode,
                office.postal_city,
                office.postal_country or office.country,
            ),
            "contactType": gettext("postal address"),
        },
    ]
    return json_ld(data)
