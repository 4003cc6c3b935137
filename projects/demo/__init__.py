"""Demo content of the funding section, in nb, ru and en.

The texts are in the YAML files beside this module. `load(out)` is called by
`manage.py load_demo` after the secretariat's demo (the Barents Secretariat's programmes name
its head office as contact, when it exists). Reference data are found again by code, funders
by English name, programmes by English slug, funded projects by reference number (`DEMO-…`);
a programme's calls are replaced on each run so that they sit at the same distance from today.

The funded projects are generated from the patterns in funded_projects.yaml with a fixed
random seed, so every run gives the same projects.
"""

import random
from datetime import date, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.apps import apps
from django.utils import timezone

from barents_portal import demo
from barents_portal.languages import language_codes
from barents_portal.publishing import Status
from barents_portal.slugs import slugify
from projects.models import (
    ApplicantType,
    Call,
    FundedProject,
    Funder,
    Programme,
    ProjectPartner,
    ProjectStatus,
    Region,
    Theme,
)

OSLO = ZoneInfo("Europe/Oslo")
REFERENCE_PREFIX = "DEMO-"


def load(out):
    today = timezone.localdate()
    regions, themes, applicant_types = load_reference_data(out)
    funders = load_funders(out)
    programmes = load_programmes(out, funders, regions, themes, applicant_types)
    load_calls(out, programmes, today)
    load_projects(out, programmes, regions, themes, today)


def load_reference_data(out):
    data = demo.read("projects", "reference")
    # A region's name and country come from the vocabulary: its row only anchors relations.
    tables = [{code: Region.objects.get_or_create(code=code)[0] for code in data["regions"]}]
    for model, items in ((Theme, data["themes"]), (ApplicantType, data["applicant_types"])):
        rows, _created = demo.load_table(
            model,
            items,
            key=lambda item: {"code": item["code"]},
            fields=lambda item, order: {"order": order, **demo.translated("name", item["name"])},
        )
        tables.append(rows)
    regions, themes, applicant_types = tables
    out(f"Regions: {len(regions)}, themes: {len(themes)}, applicant types: {len(applicant_types)}")
    return regions, themes, applicant_types


def load_funders(out):
    funders = {}
    for item in demo.read("projects", "funders"):
        funders[item["key"]], _created = demo.upsert(
            Funder,
            {"name_en": item["name"]["en"]},
            {
                "country": item["country"],
                "website": item["website"],
                **demo.translated("name", item["name"]),
            },
        )
    out(f"Funders: {len(funders)}")
    return funders


def head_office():
    """The secretariat's head office from its demo, if that app is installed."""
    if not apps.is_installed("secretariat"):  # pragma: no cover
        return None
    office = apps.get_model("secretariat", "Office")
    head_offices = office.objects.filter(kind=office.Kind.HEAD_OFFICE)
    return head_offices.order_by("order", "pk").first()


def _decimal(value):
    return Decimal(str(value)) if value else None


def load_programmes(out, funders, regions, themes, applicant_types):
    office = head_office()
    programmes, created_count = {}, 0
    for item in demo.read("projects", "programmes"):
        fields = {
            "funder": funders[item["funder"]],
            "instrument": item["instrument"],
            "eligible_countries": item["countries"],
            "partner_required": item["partner_required"],
            "partner_countries": item["partner_countries"],
            "min_amount": _decimal(item["min_amount"]),
            "max_amount": _decimal(item["max_amount"]),
            "currency": item["currency"],
            "max_cofinancing_share": _decimal(item["max_cofinancing_share"]),
            "application_url": item["url"],
            "contact_office": office if item["contact_head_office"] else None,
            "status": "published",
            **{
                field: value
                for name in ("name", "summary", "description", "eligibility", "how_to_apply")
                for field, value in demo.translated(name, item[name]).items()
            },
        }
        programme, created = demo.upsert(Programme, {"slug_en": item["key"]}, fields)
        programme.themes.set([themes[code] for code in item["themes"]])
        programme.eligible_regions.set([regions[code] for code in item["regions"]])
        programme.applicant_types.set([applicant_types[code] for code in item["applicants"]])
        programmes[item["key"]] = programme
        created_count += created
    out(f"Programmes: {len(programmes)} ({created_count} new)")
    return programmes


def _call_title(titles, kind, when, number):
    if kind == "round":
        titles = titles["round"]["spring" if when.month <= 6 else "autumn"]
    else:
        titles = titles[kind]
    return {code: text.format(year=when.year, number=number) for code, text in titles.items()}


def load_calls(out, programmes, today):
    data = demo.read("projects", "calls")
    Call.objects.filter(programme__in=programmes.values()).delete()
    calls, numbers = [], {}
    for item in data["calls"]:
        key, kind = item["programme"], item["kind"]
        numbers[key] = numbers.get(key, 0) + 1
        opens_at = demo.at(demo.day(item["opens"]), "09:00", OSLO)
        deadline_at = None
        if "deadline" in item:
            # A facility that took applications all along and then closed: its last day.
            default_time = "23:59" if kind == "rolling-closed" else "15:00"
            deadline_day = demo.day(item["deadline"])
            deadline_at = demo.at(deadline_day, item.get("deadline_time", default_time), OSLO)
        title = _call_title(data["titles"], kind, deadline_at or opens_at, numbers[key])
        calls.append(
            Call(
                programme=programmes[key],
                opens_at=opens_at,
                deadline=deadline_at,
                is_rolling=kind == "rolling",
                budget=_decimal(item.get("budget")),
                decision_date=(deadline_at + timedelta(days=56)).date() if deadline_at else None,
                **demo.translated("title", title),
                **demo.translated("summary", data["summaries"].get(kind)),
            )
        )
    Call.objects.bulk_create(calls)
    out(f"Calls: {len(calls)}, placed around {today.isoformat()}")


class Patterns:
    """The patterns of funded_projects.yaml and the seeded random choices drawn from them."""

    def __init__(self, data):
        self.data = data
        self.rng = random.Random(data["seed"])
        self.places = data["places"]
        self.by_country = {}
        for key, place in self.places.items():
            self.by_country.setdefault(place["country"], []).append(key)

    def place(self, country):
        return self.rng.choice(self.by_country[country])

    def organisation(self, place_key, theme="culture"):
        """The organisation's name in each language: a Russian one has a Russian and an
        English name (the YAML gives both); a Norwegian, Swedish or Finnish one keeps its
        own name in every language."""
        place = self.places[place_key]
        kinds = self.data["theme_organisations"][theme]
        template = self.data["organisations"][place["country"]][self.rng.choice(kinds)]
        municipality = place["municipality"]
        genitive = municipality.split()[0] if place["country"] == "FI" else ""
        if isinstance(template, str):
            name = template.format(
                city=place["name"]["en"], municipality=municipality, genitive=genitive
            )
            return dict.fromkeys(language_codes(), name)
        return {
            code: text.format(
                city=place["name"][code],
                municipality=municipality[code],
                genitive=place.get("genitive", {}).get(code, ""),
            )
            for code, text in template.items()
        }

    def partner_country(self, lead_country, kind, year):
        rng = self.rng
        if kind == "russia":
            return "RU" if lead_country != "RU" else rng.choice(["NO", "FI", "SE"])
        if kind == "barents":
            # Until 2022 most partners were Russian; since then Finnish and Swedish.
            if year <= 2021 and rng.random() < 0.75:
                return "RU"
            return rng.choice(["FI", "SE"])
        return rng.choice([code for code in ("NO", "SE", "FI") if code != lead_country])

    def dates(self, year):
        start = date(year, self.rng.randint(1, 9), 1)
        months = self.rng.choice([6, 12, 12, 18, 24, 36])
        end_year, end_month = divmod(start.month - 1 + months, 12)
        return start, date(start.year + end_year, end_month + 1, 1) - timedelta(days=1)

    def status(self, end, today):
        if self.rng.random() < 0.03:
            return ProjectStatus.WITHDRAWN
        return ProjectStatus.COMPLETED if end < today else ProjectStatus.ONGOING


def _years(plan, this_year):
    """A plan's years: a year, or an offset from this year (0, -9); never ends before it starts."""
    first, last = (year if year > 999 else this_year + year for year in plan["years"])
    return first, max(first, last)


def generate_projects(programmes, today):
    """Yield (project fields, region codes, theme codes, partners) — deterministic."""
    data = demo.read("projects", "funded_projects")
    themes = {item["key"]: item["themes"] for item in demo.read("projects", "programmes")}
    patterns = Patterns(data)
    rng = patterns.rng
    seen_titles = set()
    for plan in data["plans"]:
        programme = programmes[plan["programme"]]
        theme_pool = themes[plan["programme"]]
        (first, last), count = _years(plan, today.year), plan["count"]
        for index in range(count):
            year = first + (index * (last - first + 1)) // count
            lead_country = plan["lead_countries"][index % len(plan["lead_countries"])]
            partner_country = patterns.partner_country(lead_country, plan["partners"], year)
            for _attempt in range(20):
                theme = rng.choice(theme_pool)
                lead_place = patterns.place(lead_country)
                partner_place = patterns.place(partner_country)
                template_index = rng.choice(range(len(data["titles"][theme])))
                if (theme, template_index, lead_place, partner_place) not in seen_titles:
                    break
            seen_titles.add((theme, template_index, lead_place, partner_place))
            template = data["titles"][theme][template_index]
            lead_names = patterns.organisation(lead_place, theme)
            partner_names = patterns.organisation(partner_place, theme)
            lead, partner = lead_names["en"], partner_names
            a, b = patterns.places[lead_place]["name"], patterns.places[partner_place]["name"]
            grant = Decimal(rng.randint(*plan["grant_thousands"]) * 1000)
            start, end = patterns.dates(year)
            # Some projects span a second theme of their programme.
            extra_theme = rng.choice(theme_pool) if rng.random() < 0.35 else theme
            lead_region = patterns.places[lead_place]["region"]
            partner_region = patterns.places[partner_place]["region"]
            partners = [(partner, partner_country, partner_region)]
            if rng.random() < 0.3:
                third = patterns.place(partner_country)
                partners.append(
                    (
                        patterns.organisation(third, theme),
                        partner_country,
                        patterns.places[third]["region"],
                    )
                )
            yield (
                {
                    "reference": f"{REFERENCE_PREFIX}{plan['reference']}-{index + 1:03d}",
                    "programme": programme,
                    "lead_organisation": lead,
                    "lead_country": lead_country,
                    "lead_region_code": lead_region,
                    "grant_amount": grant,
                    "total_budget": (grant * Decimal(rng.choice(["1", "1.5", "2", "2.5"]))),
                    "currency": programme.currency,
                    "year_granted": year,
                    "start_date": start,
                    "end_date": end,
                    "project_status": patterns.status(end, today),
                    "titles": {c: template[c].format(a=a[c], b=b[c]) for c in language_codes()},
                    "summaries": {
                        code: data["summaries"][theme][code].format(
                            a=a[code],
                            b=b[code],
                            lead=demo.in_language(lead_names, code),
                            partner=demo.in_language(partner_names, code),
                        )
                        for code in language_codes()
                    },
                },
                sorted({lead_region, partner_region}),
                sorted({theme, extra_theme}),
                partners,
            )
    yield from _scholarships(programmes, patterns, data["scholarships"], today)


def _scholarships(programmes, patterns, data, today):
    programme = programmes["barents-scholarship-for-cultural-cooperation"]
    first_year, summary = data["first_year"], data["first_summary"]
    awards = [
        (first_year, award["lead"], award["country"], award.get("region"), award["title"], summary)
        for award in data["first"]
    ]
    for year in range(first_year + 1, min(today.year, 2021) + 1):
        for country in patterns.rng.sample(["NO", "SE", "FI", "RU"], 3):
            place = patterns.place(country)
            lead = patterns.organisation(place, "scholarship")["en"]
            titles = {
                code: text.format(year=year, lead=lead) for code, text in data["title"].items()
            }
            region = patterns.places[place]["region"]
            awards.append((year, lead, country, region, titles, data["summary"]))
    for index, (year, lead, country, region, titles, summary) in enumerate(awards):
        yield (
            {
                "reference": f"{REFERENCE_PREFIX}SCHOLARSHIP-{index + 1:03d}",
                "programme": programme,
                "lead_organisation": lead,
                "lead_country": country,
                "lead_region_code": region,
                "grant_amount": Decimal("10000"),
                "total_budget": None,
                "currency": "EUR",
                "year_granted": year,
                "start_date": date(year, 11, 1),
                "end_date": date(year + 1, 10, 31),
                "project_status": ProjectStatus.COMPLETED,
                "titles": titles,
                "summaries": summary,
            },
            [region] if region else [],
            ["culture"],
            [],
        )


class SlugBook:
    """Unique slugs per language, decided in memory (the rows are bulk-created)."""

    def __init__(self, taken):
        self.taken = taken

    def make(self, code, title):
        base = slugify(title) or "project"
        candidate, counter = base, 2
        while candidate in self.taken[code]:
            suffix = f"-{counter}"
            candidate = f"{base[: 80 - len(suffix)]}{suffix}"
            counter += 1
        self.taken[code].add(candidate)
        return candidate


def load_projects(out, programmes, regions, themes, today):
    generated = list(generate_projects(programmes, today))
    references = [fields["reference"] for fields, *_rest in generated]
    others = FundedProject.objects.exclude(reference__in=references)
    taken = {
        code: set(others.exclude(**{f"slug_{code}": None}).values_list(f"slug_{code}", flat=True))
        for code in language_codes()
    }
    slugs = SlugBook(taken)
    published_at = timezone.now()
    projects = []
    for fields, _regions, _themes, _partners in generated:
        fields = dict(fields)
        titles, summaries = fields.pop("titles"), fields.pop("summaries")
        region_code = fields.pop("lead_region_code")
        project = FundedProject(
            # A new demo project is public; a rerun leaves each one's publication alone.
            status=Status.PUBLISHED,
            published_at=published_at,
            lead_region=regions.get(region_code) if region_code else None,
            **fields,
            **demo.translated("title", titles),
            **demo.translated("summary", summaries),
            **{f"slug_{code}": slugs.make(code, titles[code]) for code in language_codes()},
        )
        # No `project.title = …`: that writes through modeltranslation into the column of
        # whatever language is active. The original columns get the fallback on save.
        projects.append(project)

    update_fields = [
        "programme",
        "lead_organisation",
        "lead_country",
        "lead_region",
        "grant_amount",
        "total_budget",
        "currency",
        "year_granted",
        "start_date",
        "end_date",
        "project_status",
        "title",
        "slug",
        "summary",
        *(f"{field}_{code}" for field in ("title", "slug", "summary") for code in language_codes()),
    ]
    # Slugs move between demo rows when the demo changes: clear ours before the upsert so
    # the per-language unique constraints never see two rows holding the same slug.
    FundedProject.objects.filter(reference__in=references).update(
        **{f"slug_{code}": None for code in language_codes()}
    )
    saved = FundedProject.objects.bulk_create(
        projects,
        update_conflicts=True,
        unique_fields=["reference"],
        update_fields=update_fields,
        batch_size=500,
    )
    by_reference = {project.reference: project for project in saved}

    ids = [project.pk for project in saved]
    FundedProject.regions.through.objects.filter(fundedproject_id__in=ids).delete()
    FundedProject.themes.through.objects.filter(fundedproject_id__in=ids).delete()
    ProjectPartner.objects.filter(project_id__in=ids).delete()
    region_rows, theme_rows, partner_rows = [], [], []
    for fields, region_codes, theme_codes, partners in generated:
        project = by_reference[fields["reference"]]
        region_rows += [
            FundedProject.regions.through(fundedproject_id=project.pk, region_id=regions[code].pk)
            for code in region_codes
        ]
        theme_rows += [
            FundedProject.themes.through(fundedproject_id=project.pk, theme_id=themes[code].pk)
            for code in theme_codes
        ]
        partner_rows += [
            ProjectPartner(
                project_id=project.pk,
                **demo.translated("organisation", names),
                country=country,
                region=regions.get(code),
                order=order,
            )
            for order, (names, country, code) in enumerate(partners)
        ]
    FundedProject.regions.through.objects.bulk_create(region_rows)
    FundedProject.themes.through.objects.bulk_create(theme_rows)
    ProjectPartner.objects.bulk_create(partner_rows)
    out(
        f"Funded projects: {len(saved)} over {len({p.year_granted for p in saved})} years, "
        f"{len(partner_rows)} partners"
    )
