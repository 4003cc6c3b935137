"""Demo content of the secretariat: offices, staff and about pages in nb, ru and en.

The texts are in the YAML files beside this module. `load(out)` is called by
`manage.py load_demo`: offices are found again by their e-mail (their earlier addresses by
office and date), staff by their e-mail and
pages by their English slug (or the Norwegian one for a page only in Norwegian).
"""

from decimal import Decimal

from django.core.files.base import ContentFile

from barents_portal import demo, demo_media
from barents_portal.slugs import slugify
from secretariat.models import Office, Page, PreviousAddress, StaffMember


def load(out):
    offices = load_offices(out)
    load_staff(out, offices)
    load_pages(out)


def load_offices(out):
    offices, created = demo.load_table(
        Office,
        demo.read("secretariat", "offices"),
        key=lambda item: {"email": item["email"]},
        fields=lambda item, _order: {
            **{name: item[name] for name in ("kind", "country", "order", "phone")},
            **_address_fields("visiting_", item["visiting_address"]),
            **_address_fields("postal_", item["postal_address"]),
            "latitude": Decimal(item["latitude"]),
            "longitude": Decimal(item["longitude"]),
            "closed_on": item.get("closed_on"),
            "status": "published",
            **demo.translated("slug", item["slug"], empty=None),
            **{
                field: value
                for name in ("name", "city", "opening_hours", "description")
                for field, value in demo.translated(name, item[name]).items()
            },
        },
    )
    moves = 0
    for item in demo.read("secretariat", "offices"):
        office = offices[item["email"]]
        moved_to = offices[item["moved_to"]] if item.get("moved_to") else None
        if office.moved_to != moved_to:
            office.moved_to = moved_to
            office.save(update_fields=["moved_to"])
        for spec in item.get("previous_addresses", []):
            fields = {**_address_fields("", spec), **demo.translated("note", spec.get("note"))}
            lookup = {"office": office, "until": spec["until"]}
            demo.upsert(PreviousAddress, lookup, {**fields, "since": spec.get("since")})
            moves += 1
    out(f"Offices: {len(offices)} ({created} new, {moves} earlier addresses)")
    return offices


def _address_fields(prefix, address):
    return {
        f"{prefix}{part}": str(address.get(part, "")) for part in ("street", "postcode", "city")
    }


def load_staff(out, offices):
    items = demo.read("secretariat", "staff")
    created_count = photos = 0
    for item in items:

        def draw_portrait(person, item=item):
            nonlocal photos
            if item["photo"] and not demo.has_stored_file(person.photo):
                portrait = demo_media.portrait(item["name"], item["photo"])
                person.photo = ContentFile(portrait, name=f"{slugify(item['name'])}.jpg")
                photos += 1

        fields = {
            "name": item["name"],
            "office": offices[item["office"]],
            "phone": item["phone"],
            "order": item["order"],
            "active": item.get("active", True),
            **demo.translated("job_title", item["job_title"]),
        }
        _person, created = demo.upsert(
            StaffMember, {"email": item["email"]}, fields, prepare=draw_portrait
        )
        created_count += created
    out(f"Staff: {len(items)} ({created_count} new, {photos} portraits drawn)")


def load_pages(out):
    pages, created_count = {}, 0
    for item in demo.read("secretariat", "pages"):
        status = item.get("status", "published")
        fields = {
            "parent": pages[item["parent"]] if item.get("parent") else None,
            "order": item["order"],
            "show_in_navigation": item.get("show_in_navigation", False),
            "status": status,
            **demo.translated("slug", item["slug"], empty=None),
            **{
                field: value
                for name in ("title", "summary", "body")
                for field, value in demo.translated(name, item[name]).items()
            },
        }
        if status != "published":
            fields["published_at"] = None
        code = next(code for code in ("en", "nb", "ru") if item["slug"].get(code))
        pages[item["key"]], created = demo.upsert(
            Page, {f"slug_{code}": item["slug"][code]}, fields
        )
        created_count += created
    out(f"Pages: {len(pages)} ({created_count} new)")
