"""Demo content for the funding section, in nb, ru and en.

`load(out)` is called by `manage.py load_demo` after the secretariat's demo (the Barents
Secretariat's programmes name its head office as contact, when it exists). Idempotent:
reference data are found by code, funders by English name, programmes by English slug,
funded projects by reference number (`DEMO-…`); a programme's calls are replaced on each
run so that they sit at the same distance from today and the demo never looks stale.

The programmes are real ones of the Barents landscape, described in our own words with
facts only; amounts and deadlines are indicative. Calls and funded projects are invented
(except the first four Barents Scholarships for Cultural Cooperation), generated from the
templates below with a fixed random seed, so every run gives the same projects.
"""

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.utils import timezone

from barents_portal.publishing import Status
from barents_portal.slugs import slugify
from barents_portal.vocabulary import Country
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

LANGUAGES = ("nb", "ru", "en")
OSLO = ZoneInfo("Europe/Oslo")
SEED = 4  # fixed, so every run generates the same demo
REFERENCE_PREFIX = "DEMO-"

# --- Reference data -------------------------------------------------------------------------

REGIONS = [
    ("NO-56", Country.NORWAY, {"nb": "Finnmark", "ru": "Финнмарк", "en": "Finnmark"}),
    ("NO-55", Country.NORWAY, {"nb": "Troms", "ru": "Тромс", "en": "Troms"}),
    ("NO-18", Country.NORWAY, {"nb": "Nordland", "ru": "Нурланн", "en": "Nordland"}),
    ("SE-BD", Country.SWEDEN, {"nb": "Norrbotten", "ru": "Норрботтен", "en": "Norrbotten"}),
    ("SE-AC", Country.SWEDEN, {"nb": "Västerbotten", "ru": "Вестерботтен", "en": "Västerbotten"}),
    ("FI-10", Country.FINLAND, {"nb": "Lappland", "ru": "Лапландия", "en": "Lapland"}),
    (
        "FI-14",
        Country.FINLAND,
        {"nb": "Nord-Österbotten", "ru": "Северная Остроботния", "en": "North Ostrobothnia"},
    ),
    ("FI-05", Country.FINLAND, {"nb": "Kainuu", "ru": "Кайнуу", "en": "Kainuu"}),
    (
        "FI-13",
        Country.FINLAND,
        {"nb": "Nord-Karelen", "ru": "Северная Карелия", "en": "North Karelia"},
    ),
    (
        "RU-MUR",
        Country.RUSSIA,
        {"nb": "Murmansk oblast", "ru": "Мурманская область", "en": "Murmansk Oblast"},
    ),
    (
        "RU-ARK",
        Country.RUSSIA,
        {"nb": "Arkhangelsk oblast", "ru": "Архангельская область", "en": "Arkhangelsk Oblast"},
    ),
    (
        "RU-NEN",
        Country.RUSSIA,
        {
            "nb": "Nenets autonome okrug",
            "ru": "Ненецкий автономный округ",
            "en": "Nenets Autonomous Okrug",
        },
    ),
    (
        "RU-KR",
        Country.RUSSIA,
        {"nb": "Republikken Karelen", "ru": "Республика Карелия", "en": "Republic of Karelia"},
    ),
    (
        "RU-KO",
        Country.RUSSIA,
        {"nb": "Republikken Komi", "ru": "Республика Коми", "en": "Komi Republic"},
    ),
]

THEMES = [
    ("culture", {"nb": "Kultur", "ru": "Культура", "en": "Culture"}),
    ("youth", {"nb": "Ungdom", "ru": "Молодёжь", "en": "Youth"}),
    (
        "environment",
        {"nb": "Miljø og klima", "ru": "Экология и климат", "en": "Environment and climate"},
    ),
    ("indigenous", {"nb": "Urfolk", "ru": "Коренные народы", "en": "Indigenous peoples"}),
    ("health", {"nb": "Helse", "ru": "Здравоохранение", "en": "Health"}),
    (
        "education",
        {
            "nb": "Utdanning og forskning",
            "ru": "Образование и наука",
            "en": "Education and research",
        },
    ),
    (
        "business",
        {
            "nb": "Næringsliv og innovasjon",
            "ru": "Бизнес и инновации",
            "en": "Business and innovation",
        },
    ),
    (
        "transport",
        {
            "nb": "Transport og infrastruktur",
            "ru": "Транспорт и инфраструктура",
            "en": "Transport and infrastructure",
        },
    ),
    (
        "civil-society",
        {
            "nb": "Sivilsamfunn og medier",
            "ru": "Гражданское общество и СМИ",
            "en": "Civil society and media",
        },
    ),
]

APPLICANT_TYPES = [
    (
        "municipality",
        {
            "nb": "Kommune eller fylkeskommune",
            "ru": "Муниципалитет или регион",
            "en": "Municipality or county",
        },
    ),
    (
        "ngo",
        {
            "nb": "Frivillig organisasjon",
            "ru": "Некоммерческая организация",
            "en": "NGO or association",
        },
    ),
    ("company", {"nb": "Bedrift", "ru": "Компания", "en": "Company"}),
    (
        "school",
        {"nb": "Skole eller universitet", "ru": "Школа или вуз", "en": "School or university"},
    ),
    ("individual", {"nb": "Privatperson", "ru": "Частное лицо", "en": "Individual"}),
    (
        "public",
        {"nb": "Offentlig virksomhet", "ru": "Государственное учреждение", "en": "Public body"},
    ),
]

# --- Funders and programmes -------------------------------------------------------------------

FUNDERS = {
    "secretariat": {
        "country": Country.NORWAY,
        "website": "https://barents.no",
        "name": {
            "nb": "Barentssekretariatet",
            "ru": "Норвежский Баренцев секретариат",
            "en": "Norwegian Barents Secretariat",
        },
    },
    "beac-culture": {
        "country": "",
        "website": "https://www.barents-council.org",
        "name": {
            "nb": "Barentsrådets felles arbeidsgruppe for kultur",
            "ru": (
                "Объединённая рабочая группа по культуре Совета Баренцева/Евроарктического региона"
            ),
            "en": "Joint Working Group on Culture, Barents Euro-Arctic Council",
        },
    },
    "aurora": {
        "country": Country.SWEDEN,
        "website": "https://www.interregaurora.eu",
        "name": {
            "nb": "Interreg Aurora (EU), forvaltet av Region Norrbotten",
            "ru": "Interreg Aurora (ЕС), управляющий орган — Region Norrbotten",
            "en": "Interreg Aurora (EU), managed by Region Norrbotten",
        },
    },
    "kolarctic": {
        "country": Country.FINLAND,
        "website": "https://kolarctic.info",
        "name": {
            "nb": "Kolarctic CBC, forvaltet av Lapplands forbund",
            "ru": "Программа «Коларктик», управляющий орган — Союз Лапландии",
            "en": "Kolarctic CBC, managed by the Regional Council of Lapland",
        },
    },
    "ncm": {
        "country": "",
        "website": "https://www.norden.org",
        "name": {
            "nb": "Nordisk ministerråd",
            "ru": "Совет министров Северных стран",
            "en": "Nordic Council of Ministers",
        },
    },
    "culture-point": {
        "country": Country.FINLAND,
        "website": "https://www.nordiskkulturkontakt.org",
        "name": {
            "nb": "Nordisk kulturkontakt",
            "ru": "Центр культуры Северных стран",
            "en": "Nordic Culture Point",
        },
    },
    "nefco": {
        "country": Country.FINLAND,
        "website": "https://www.nefco.int",
        "name": {
            "nb": "NEFCO – Det nordiske miljøfinansieringsselskapet",
            "ru": "НЕФКО — Северная экологическая финансовая корпорация",
            "en": "NEFCO – Nordic Environment Finance Corporation",
        },
    },
}

NORTH_NORWAY = ["NO-56", "NO-55", "NO-18"]
AURORA_REGIONS = ["NO-56", "NO-55", "NO-18", "SE-BD", "SE-AC", "FI-10", "FI-14"]
KOLARCTIC_REGIONS = [
    "NO-56",
    "NO-55",
    "NO-18",
    "SE-BD",
    "FI-10",
    "FI-14",
    "RU-MUR",
    "RU-ARK",
    "RU-NEN",
]
ALL_THEMES = [code for code, _names in THEMES]

PROGRAMMES = [
    {
        "key": "barents-project-grants",
        "funder": "secretariat",
        "instrument": "grant",
        "themes": [t for t in ALL_THEMES if t != "transport"],
        "countries": [],
        "regions": NORTH_NORWAY,
        "applicants": ["municipality", "ngo", "company", "school", "public"],
        "partner_required": True,
        "partner_countries": [Country.FINLAND, Country.SWEDEN, Country.RUSSIA],
        "amounts": ("50000", "1000000", "NOK"),
        "share": "50",
        "url": "https://barents.no",
        "contact": True,
        "name": {
            "nb": "Barentssekretariatets prosjekttilskudd",
            "ru": "Проектные гранты Норвежского Баренцева секретариата",
            "en": "Barents project grants",
        },
        "summary": {
            "nb": "Tilskudd til samarbeidsprosjekter mellom folk og organisasjoner i Nord-Norge "
            "og naboene deres i Barentsregionen.",
            "ru": "Гранты на совместные проекты жителей и организаций Северной Норвегии и их "
            "соседей по Баренцеву региону.",
            "en": "Grants for cooperation projects between people and organisations in Northern "
            "Norway and their neighbours in the Barents Region.",
        },
        "description": {
            "nb": "<p>Barentssekretariatet støtter samarbeid mellom mennesker over grensene i "
            "nord. Tilskuddene går til prosjekter innen kultur, utdanning, helse, miljø, "
            "næringsliv, sivilsamfunn og urfolkssamarbeid som bygger varige kontakter mellom "
            "naboer.</p>"
            "<p>Sekretariatet eies av Nordland, Troms og Finnmark fylkeskommuner og får midlene "
            "sine fra Utenriksdepartementet. Siden 2022 gis det ikke støtte til samarbeid med "
            "russiske myndigheter.</p>",
            "ru": "<p>Баренцев секретариат поддерживает сотрудничество между людьми по обе "
            "стороны северных границ. Гранты получают проекты в области культуры, образования, "
            "здравоохранения, экологии, бизнеса, гражданского общества и сотрудничества "
            "коренных народов, которые создают прочные связи между соседями.</p>"
            "<p>Учредители секретариата — губернии Нурланн, Тромс и Финнмарк, а средства "
            "на гранты выделяет Министерство иностранных дел Норвегии. С 2022 года "
            "сотрудничество с российскими государственными органами не поддерживается.</p>",
            "en": "<p>The Barents Secretariat supports cooperation between people across the "
            "borders in the North. Grants go to projects in culture, education, health, the "
            "environment, business, civil society and indigenous cooperation that build lasting "
            "contacts between neighbours.</p>"
            "<p>The secretariat is owned by Nordland, Troms and Finnmark counties and funded by "
            "the Norwegian Ministry of Foreign Affairs. Since 2022 it has not supported "
            "cooperation with Russian authorities.</p>",
        },
        "eligibility": {
            "nb": "<p>Organisasjoner, kommuner, skoler og bedrifter i Nordland, Troms og "
            "Finnmark. Prosjektet må ha en partner i et annet land i Barentsregionen.</p>",
            "ru": "<p>Организации, муниципалитеты, школы и предприятия губерний Нурланн, Тромс "
            "и Финнмарк. У проекта должен быть партнёр из другой страны Баренцева региона.</p>",
            "en": "<p>Organisations, municipalities, schools and businesses in Nordland, Troms "
            "and Finnmark. The project needs a partner in another country of the Barents "
            "Region.</p>",
        },
        "how_to_apply": {
            "nb": "<p>Søk i sekretariatets søknadsportal før fristen. Beskriv prosjektet, "
            "partnerne, budsjettet og egenfinansieringen: tilskuddet dekker høyst halvparten "
            "av kostnadene. Snakk gjerne med en rådgiver før du søker.</p>",
            "ru": "<p>Подайте заявку через онлайн-портал секретариата до окончания приёма. "
            "Опишите проект, партнёров, бюджет и собственное финансирование: грант покрывает "
            "не более половины расходов. Перед подачей заявки советуем обсудить идею с "
            "консультантом секретариата.</p>",
            "en": "<p>Apply in the secretariat's application portal before the deadline. "
            "Describe the project, the partners, the budget and your own funding: the grant "
            "covers at most half of the costs. Talk to an adviser before you apply.</p>",
        },
    },
    {
        "key": "barents-small-grants",
        "funder": "secretariat",
        "instrument": "grant",
        "themes": ["culture", "youth", "education", "civil-society", "indigenous", "health"],
        "countries": [],
        "regions": NORTH_NORWAY,
        "applicants": ["ngo", "school", "municipality", "company"],
        "partner_required": True,
        "partner_countries": [],
        "amounts": (None, "100000", "NOK"),
        "share": "50",
        "url": "https://barents.no",
        "contact": True,
        "name": {
            "nb": "Barentssekretariatets småprosjekter",
            "ru": "Малые гранты Норвежского Баренцева секретариата",
            "en": "Barents small project grants",
        },
        "summary": {
            "nb": "Inntil 100 000 kroner til små prosjekter over grensen og første møter mellom "
            "partnere. Du kan søke når som helst i året.",
            "ru": "До 100 000 норвежских крон на небольшие трансграничные проекты и первые "
            "встречи партнёров. Заявки принимаются круглый год.",
            "en": "Up to NOK 100 000 for small cross-border projects and first meetings between "
            "partners. Apply at any time of the year.",
        },
        "description": {
            "nb": "<p>Småprosjektene er ment for nye samarbeid: et første besøk, et felles "
            "arrangement eller en forstudie før et større prosjekt. Søknadene behandles "
            "fortløpende, vanligvis innen fire uker.</p>",
            "ru": "<p>Малые гранты предназначены для нового сотрудничества: первого визита, "
            "совместного мероприятия или предварительного исследования перед большим "
            "проектом. Заявки рассматриваются по мере поступления, обычно в течение четырёх "
            "недель.</p>",
            "en": "<p>Small grants are meant for new cooperation: a first visit, a joint event "
            "or a feasibility study before a larger project. Applications are handled as they "
            "come in, usually within four weeks.</p>",
        },
        "eligibility": {
            "nb": "<p>Organisasjoner, skoler, kommuner og små bedrifter i Nord-Norge med en "
            "partner i et annet land.</p>",
            "ru": "<p>Организации, школы, муниципалитеты и малые предприятия Северной Норвегии, "
            "у которых есть партнёр в другой стране.</p>",
            "en": "<p>Organisations, schools, municipalities and small businesses in Northern "
            "Norway with a partner in another country.</p>",
        },
        "how_to_apply": {
            "nb": "<p>Søk i søknadsportalen minst seks uker før aktiviteten starter.</p>",
            "ru": "<p>Подайте заявку через онлайн-портал не позднее чем за шесть недель до "
            "начала мероприятия.</p>",
            "en": "<p>Apply in the application portal at least six weeks before the activity "
            "starts.</p>",
        },
    },
    {
        "key": "barentskult",
        "funder": "secretariat",
        "instrument": "grant",
        "themes": ["culture", "indigenous", "youth"],
        "countries": [],
        "regions": NORTH_NORWAY,
        "applicants": ["ngo", "individual", "municipality", "company", "public"],
        "partner_required": True,
        "partner_countries": [],
        "amounts": ("20000", "300000", "NOK"),
        "share": None,
        "url": "https://barents.no",
        "contact": True,
        "name": {
            "nb": "BarentsKult – kultursamarbeid i Barentsregionen",
            "ru": "BarentsKult — культурное сотрудничество в Баренцевом регионе",
            "en": "BarentsKult – cultural cooperation in the Barents Region",
        },
        "summary": {
            "nb": "Kulturdepartementets tilskuddsordning for kunst- og kultursamarbeid over "
            "grensene i nord, forvaltet av Barentssekretariatet.",
            "ru": "Программа Министерства культуры Норвегии для сотрудничества в области "
            "искусства и культуры на Севере; ею управляет Норвежский Баренцев секретариат.",
            "en": "The Norwegian Ministry of Culture's grant scheme for cooperation in the arts "
            "and culture across the borders in the North, managed by the Barents Secretariat.",
        },
        "description": {
            "nb": "<p>BarentsKult gir tilskudd til profesjonelle kunstnere og kulturaktører som "
            "vil samarbeide med kolleger i nabolandene: samproduksjoner, turneer, residenser "
            "og festivaler. Prosjekter med samisk innhold og unge kunstnere er særlig "
            "velkomne.</p>",
            "ru": "<p>BarentsKult поддерживает профессиональных художников и деятелей "
            "культуры, которые хотят работать вместе с коллегами из соседних стран: "
            "совместные постановки, гастроли, творческие резиденции и фестивали. Особенно "
            "приветствуются проекты с саамским содержанием и проекты молодых авторов.</p>",
            "en": "<p>BarentsKult supports professional artists and cultural organisations "
            "working with colleagues in the neighbouring countries: co-productions, tours, "
            "residencies and festivals. Projects with Sámi content and young artists are "
            "especially welcome.</p>",
        },
        "eligibility": {
            "nb": "<p>Kunstnere og kulturorganisasjoner i Nordland, Troms og Finnmark med minst "
            "én partner i et annet land i Barentsregionen.</p>",
            "ru": "<p>Художники и организации культуры губерний Нурланн, Тромс и Финнмарк, у "
            "которых есть хотя бы один партнёр в другой стране Баренцева региона.</p>",
            "en": "<p>Artists and cultural organisations in Nordland, Troms and Finnmark with at "
            "least one partner in another country of the Barents Region.</p>",
        },
        "how_to_apply": {
            "nb": "<p>Én søknadsfrist i året. Legg ved budsjett, CV for de sentrale kunstnerne "
            "og en bekreftelse fra partneren.</p>",
            "ru": "<p>Приём заявок — раз в год. Приложите бюджет, резюме ключевых участников и "
            "письмо-подтверждение от партнёра.</p>",
            "en": "<p>One deadline a year. Attach a budget, CVs of the main artists and a letter "
            "of confirmation from the partner.</p>",
        },
    },
    {
        "key": "barents-scholarship-for-cultural-cooperation",
        "funder": "beac-culture",
        "instrument": "scholarship",
        "themes": ["culture", "indigenous"],
        "countries": [Country.NORWAY, Country.SWEDEN, Country.FINLAND, Country.RUSSIA],
        "regions": [],
        "applicants": ["individual", "ngo"],
        "partner_required": False,
        "partner_countries": [],
        "amounts": ("10000", "10000", "EUR"),
        "share": None,
        "url": "https://www.barents-council.org",
        "contact": False,
        "name": {
            "nb": "Barentsstipendet for kultursamarbeid",
            "ru": "Баренцева стипендия за культурное сотрудничество",
            "en": "Barents Scholarship for Cultural Cooperation",
        },
        "summary": {
            "nb": "Stipender på 10 000 euro hver til kunstnere og kulturaktører som arbeider på "
            "tvers av grensene i Barentsregionen.",
            "ru": "Стипендии по 10 000 евро для деятелей искусства и культуры, чья работа "
            "объединяет страны Баренцева региона.",
            "en": "Scholarships of 10 000 euros each for artists and cultural workers whose work "
            "crosses the borders of the Barents Region.",
        },
        "description": {
            "nb": "<p>Stipendet deles ut av Barentsrådets felles arbeidsgruppe for kultur. De "
            "første stipendene gikk til fotografen Jaakko Heikkilä, det reisende teatret "
            "Samovarteateret, poeten og forfatteren Mona Mörtlund og Fondet for støtte og "
            "utvikling av etnokulturelle initiativer i Republikken Karelen.</p>",
            "ru": "<p>Стипендию присуждает Объединённая рабочая группа по культуре Совета "
            "Баренцева/Евроарктического региона. Первыми стипендиатами стали фотограф Яакко "
            "Хейккиля, передвижной театр «Самовартеатерет», поэтесса и писательница Мона "
            "Мёртлунд и Фонд поддержки и развития этнокультурных инициатив Республики "
            "Карелия.</p>",
            "en": "<p>The scholarship is awarded by the Joint Working Group on Culture of the "
            "Barents Euro-Arctic Council. The first scholarships went to the photographer "
            "Jaakko Heikkilä, the travelling theatre Samovarteateret, the poet and writer Mona "
            "Mörtlund and the Ethno-Cultural Initiatives Support and Development Fund of the "
            "Republic of Karelia.</p>",
        },
        "eligibility": {
            "nb": "<p>Kunstnere, grupper og kulturorganisasjoner fra Barentsregionen som har "
            "vist hva samarbeid over grensene kan skape.</p>",
            "ru": "<p>Художники, творческие коллективы и организации культуры Баренцева "
            "региона, которые своей работой показали, что может дать сотрудничество через "
            "границы.</p>",
            "en": "<p>Artists, groups and cultural organisations from the Barents Region whose "
            "work shows what cooperation across the borders can create.</p>",
        },
        "how_to_apply": {
            "nb": "<p>Send inn en beskrivelse av arbeidet ditt over grensene og en plan for hva "
            "stipendet skal brukes til.</p>",
            "ru": "<p>Пришлите описание своей трансграничной работы и план, на что будет "
            "потрачена стипендия.</p>",
            "en": "<p>Send a description of your work across the borders and a plan for what "
            "the scholarship will be used for.</p>",
        },
    },
    {
        "key": "interreg-aurora",
        "funder": "aurora",
        "instrument": "grant",
        "themes": ["business", "environment", "culture", "education", "transport"],
        "countries": [],
        "regions": AURORA_REGIONS,
        "applicants": ["municipality", "company", "school", "public", "ngo"],
        "partner_required": True,
        "partner_countries": [],
        "amounts": ("100000", None, "EUR"),
        "share": None,
        "url": "https://www.interregaurora.eu",
        "contact": False,
        "name": {"nb": "Interreg Aurora", "ru": "Interreg Aurora", "en": "Interreg Aurora"},
        "summary": {
            "nb": "EUs program for grenseoverskridende samarbeid i de nordligste delene av "
            "Sverige, Finland og Norge og i Sápmi, 2021–2027.",
            "ru": "Программа ЕС по трансграничному сотрудничеству для самых северных районов "
            "Швеции, Финляндии и Норвегии, а также Сапми, на 2021–2027 годы.",
            "en": "The EU programme for cross-border cooperation in the northernmost parts of "
            "Sweden, Finland and Norway and in Sápmi, 2021–2027.",
        },
        "description": {
            "nb": "<p>Aurora finansierer prosjekter innen forskning og innovasjon, næringsliv, "
            "miljø og klima, og kultur og bærekraftig reiseliv. Midlene kommer fra Det "
            "europeiske fondet for regional utvikling; norske partnere finansieres med "
            "nasjonale og regionale midler. Programmet forvaltes av Region Norrbotten.</p>",
            "ru": "<p>Aurora финансирует проекты в области исследований и инноваций, бизнеса, "
            "экологии и климата, а также культуры и устойчивого туризма. Средства поступают "
            "из Европейского фонда регионального развития; норвежские партнёры получают "
            "национальное и региональное финансирование. Управляющий орган программы — "
            "Region Norrbotten.</p>",
            "en": "<p>Aurora funds projects in research and innovation, business, the "
            "environment and climate, and culture and sustainable tourism. The money comes from "
            "the European Regional Development Fund; Norwegian partners are funded nationally "
            "and regionally. The programme is managed by Region Norrbotten.</p>",
        },
        "eligibility": {
            "nb": "<p>Offentlige organisasjoner, universiteter, bedrifter og frivillige "
            "organisasjoner i programområdet, med partnere fra minst to land.</p>",
            "ru": "<p>Государственные организации, университеты, предприятия и "
            "некоммерческие организации на территории программы; партнёры — не менее чем из "
            "двух стран.</p>",
            "en": "<p>Public bodies, universities, businesses and NGOs in the programme area, "
            "with partners from at least two countries.</p>",
        },
        "how_to_apply": {
            "nb": "<p>Programmet lyser ut midler i runder. Kontakt programsekretariatet med "
            "prosjektideen din før du søker i det elektroniske søknadssystemet.</p>",
            "ru": "<p>Программа объявляет конкурсы по очереди. До подачи заявки в электронной "
            "системе обсудите идею проекта с секретариатом программы.</p>",
            "en": "<p>The programme opens calls in rounds. Discuss your project idea with the "
            "programme secretariat before you apply in the electronic application system.</p>",
        },
    },
    {
        "key": "interreg-aurora-sapmi",
        "funder": "aurora",
        "instrument": "grant",
        "themes": ["indigenous", "culture", "business", "education"],
        "countries": [],
        "regions": AURORA_REGIONS,
        "applicants": ["ngo", "company", "school", "public", "municipality"],
        "partner_required": True,
        "partner_countries": [],
        "amounts": ("50000", None, "EUR"),
        "share": None,
        "url": "https://www.interregaurora.eu",
        "contact": False,
        "name": {
            "nb": "Interreg Aurora – delprogram Sápmi",
            "ru": "Interreg Aurora — подпрограмма «Сапми»",
            "en": "Interreg Aurora – Sápmi subprogramme",
        },
        "summary": {
            "nb": "Den delen av Interreg Aurora som er viet samisk samarbeid over grensene: "
            "språk, kultur, tradisjonelle næringer og samisk næringsliv.",
            "ru": "Часть программы Interreg Aurora, посвящённая трансграничному сотрудничеству "
            "саамов: язык, культура, традиционные промыслы и саамское предпринимательство.",
            "en": "The part of Interreg Aurora devoted to Sámi cooperation across the borders: "
            "language, culture, traditional livelihoods and Sámi business.",
        },
        "description": {
            "nb": "<p>Delprogrammet har egen styringskomité med samiske representanter fra "
            "Sverige, Finland og Norge. Prosjektene skal styrke Sápmi som ett område på tvers "
            "av landegrensene.</p>",
            "ru": "<p>У подпрограммы есть собственный руководящий комитет, в который входят "
            "представители саамов Швеции, Финляндии и Норвегии. Проекты должны укреплять "
            "Сапми как единое пространство поверх государственных границ.</p>",
            "en": "<p>The subprogramme has its own steering committee with Sámi representatives "
            "from Sweden, Finland and Norway. Projects strengthen Sápmi as one area across the "
            "national borders.</p>",
        },
        "eligibility": {
            "nb": "<p>Samiske organisasjoner, bedrifter og institusjoner og andre aktører med "
            "prosjekter til nytte for det samiske samfunnet.</p>",
            "ru": "<p>Саамские организации, предприятия и учреждения, а также другие "
            "участники, чьи проекты приносят пользу саамскому обществу.</p>",
            "en": "<p>Sámi organisations, businesses and institutions, and others whose projects "
            "benefit the Sámi community.</p>",
        },
        "how_to_apply": {
            "nb": "<p>Som for Interreg Aurora: søk i det elektroniske søknadssystemet innen "
            "utlysningens frist.</p>",
            "ru": "<p>Так же, как для Interreg Aurora: заявка подаётся в электронной системе до "
            "окончания конкурса.</p>",
            "en": "<p>As for Interreg Aurora: apply in the electronic application system by the "
            "call's deadline.</p>",
        },
    },
    {
        "key": "kolarctic-cbc-2014-2020",
        "funder": "kolarctic",
        "instrument": "grant",
        "themes": ["business", "environment", "transport", "culture", "health", "education"],
        "countries": [],
        "regions": KOLARCTIC_REGIONS,
        "applicants": ["municipality", "company", "school", "public", "ngo"],
        "partner_required": True,
        "partner_countries": [Country.RUSSIA, Country.NORWAY, Country.SWEDEN, Country.FINLAND],
        "amounts": ("100000", "2500000", "EUR"),
        "share": "90",
        "url": "https://kolarctic.info",
        "contact": False,
        "name": {
            "nb": "Kolarctic CBC 2014–2020",
            "ru": "Программа приграничного сотрудничества «Коларктик» 2014–2020",
            "en": "Kolarctic CBC 2014–2020",
        },
        "summary": {
            "nb": "Grenseoverskridende samarbeid mellom Finland, Sverige, Norge og Russland. "
            "Samarbeidet med Russland ble stanset i 2022, og programmet tar ikke imot "
            "søknader.",
            "ru": "Приграничное сотрудничество Финляндии, Швеции, Норвегии и России. В 2022 "
            "году сотрудничество с Россией было приостановлено; заявки больше не "
            "принимаются.",
            "en": "Cross-border cooperation between Finland, Sweden, Norway and Russia. "
            "Cooperation with Russia was suspended in 2022, and the programme takes no "
            "applications.",
        },
        "description": {
            "nb": "<p>Kolarctic ble finansiert av EU, Norge, Finland, Sverige og Russland og "
            "forvaltet av Lapplands forbund i Rovaniemi. Prosjektene arbeidet med næringsliv, "
            "miljø, transport og kontakter mellom mennesker.</p>",
            "ru": "<p>Программа «Коларктик» финансировалась ЕС, Норвегией, Финляндией, Швецией "
            "и Россией; управляющим органом был Союз Лапландии в Рованиеми. Проекты "
            "программы касались предпринимательства, экологии, транспорта и контактов между "
            "людьми.</p>",
            "en": "<p>Kolarctic was funded by the EU, Norway, Finland, Sweden and Russia and "
            "managed by the Regional Council of Lapland in Rovaniemi. Its projects worked on "
            "business, the environment, transport and contacts between people.</p>",
        },
        "eligibility": {
            "nb": "<p>Prosjektene måtte ha minst én russisk partner og én partner fra Finland, "
            "Sverige eller Norge.</p>",
            "ru": "<p>В проекте должны были участвовать как минимум один российский партнёр и "
            "один партнёр из Финляндии, Швеции или Норвегии.</p>",
            "en": "<p>Projects needed at least one Russian partner and one partner from Finland, "
            "Sweden or Norway.</p>",
        },
        "how_to_apply": {
            "nb": "<p>Programmet er avsluttet. Se Interreg Aurora for samarbeid mellom Sverige, "
            "Finland og Norge.</p>",
            "ru": "<p>Программа завершена. О сотрудничестве Швеции, Финляндии и Норвегии "
            "читайте на странице Interreg Aurora.</p>",
            "en": "<p>The programme has ended. See Interreg Aurora for cooperation between "
            "Sweden, Finland and Norway.</p>",
        },
    },
    {
        "key": "nordic-arctic-co-operation-programme",
        "funder": "ncm",
        "instrument": "grant",
        "themes": ["environment", "youth", "health", "business", "education", "indigenous"],
        "countries": [Country.NORWAY, Country.SWEDEN, Country.FINLAND],
        "regions": [],
        "applicants": ["ngo", "school", "public", "municipality", "company"],
        "partner_required": True,
        "partner_countries": [Country.NORWAY, Country.SWEDEN, Country.FINLAND],
        "amounts": ("100000", "500000", "DKK"),
        "share": "50",
        "url": "https://www.norden.org",
        "contact": False,
        "name": {
            "nb": "Nordisk ministerråds arktiske samarbeidsprogram",
            "ru": "Арктическая программа сотрудничества Совета министров Северных стран",
            "en": "Arctic Co-operation Programme of the Nordic Council of Ministers",
        },
        "summary": {
            "nb": "Prosjektstøtte til arktisk samarbeid som kommer folk i den nordiske delen "
            "av Arktis til gode, med partnere fra minst tre nordiske land.",
            "ru": "Поддержка проектов арктического сотрудничества, полезных жителям "
            "Северной Арктики; партнёры — не менее чем из трёх Северных стран.",
            "en": "Project funding for Arctic cooperation that benefits people in the Nordic "
            "Arctic, with partners from at least three Nordic countries.",
        },
        "description": {
            "nb": "<p>Programmet legger vekt på bærekraftig utvikling, levekår, ungdom og "
            "urfolks deltakelse. Støtten gis i danske kroner og dekker høyst halvparten av "
            "prosjektets kostnader.</p>",
            "ru": "<p>Программа делает упор на устойчивое развитие, условия жизни, молодёжь "
            "и участие коренных народов. Грант выделяется в датских кронах и покрывает не "
            "более половины расходов проекта.</p>",
            "en": "<p>The programme emphasises sustainable development, living conditions, young "
            "people and the participation of indigenous peoples. Grants are given in Danish "
            "kroner and cover at most half of a project's costs.</p>",
        },
        "eligibility": {
            "nb": "<p>Organisasjoner og institusjoner i de nordiske landene, med partnere fra "
            "minst tre av dem.</p>",
            "ru": "<p>Организации и учреждения Северных стран; партнёры — не менее чем из трёх "
            "стран.</p>",
            "en": "<p>Organisations and institutions in the Nordic countries, with partners from "
            "at least three of them.</p>",
        },
        "how_to_apply": {
            "nb": "<p>Søk i Nordisk ministerråds søknadsportal innen fristen for året.</p>",
            "ru": "<p>Подайте заявку через портал Совета министров Северных стран до "
            "окончания ежегодного приёма.</p>",
            "en": "<p>Apply in the Nordic Council of Ministers' grant portal by the year's "
            "deadline.</p>",
        },
    },
    {
        "key": "nordic-culture-and-art-programme",
        "funder": "culture-point",
        "instrument": "grant",
        "themes": ["culture"],
        "countries": [Country.NORWAY, Country.SWEDEN, Country.FINLAND],
        "regions": [],
        "applicants": ["ngo", "individual", "company", "public"],
        "partner_required": True,
        "partner_countries": [Country.NORWAY, Country.SWEDEN, Country.FINLAND],
        "amounts": (None, "100000", "EUR"),
        "share": None,
        "url": "https://www.nordiskkulturkontakt.org",
        "contact": False,
        "name": {
            "nb": "Kultur- og kunstprogrammet (Nordisk kulturkontakt)",
            "ru": "Программа «Культура и искусство» (Центр культуры Северных стран)",
            "en": "Culture and Art Programme (Nordic Culture Point)",
        },
        "summary": {
            "nb": "Støtte til kunst- og kulturprosjekter med partnere fra minst tre nordiske "
            "land. To søknadsrunder i året.",
            "ru": "Поддержка проектов в области искусства и культуры с партнёрами не менее "
            "чем из трёх Северных стран. Два конкурса в год.",
            "en": "Support for art and culture projects with partners from at least three Nordic "
            "countries. Two application rounds a year.",
        },
        "description": {
            "nb": "<p>Programmet støtter produksjon, formidling og samarbeid innen alle "
            "kunstformer. Nordisk kulturkontakt holder til i Helsingfors og forvalter flere "
            "av Nordisk ministerråds kulturprogrammer.</p>",
            "ru": "<p>Программа поддерживает создание, показ произведений и сотрудничество "
            "во всех видах искусства. Центр культуры Северных стран находится в Хельсинки и "
            "управляет несколькими культурными программами Совета министров Северных "
            "стран.</p>",
            "en": "<p>The programme supports production, presentation and cooperation in all art "
            "forms. Nordic Culture Point is based in Helsinki and runs several of the Nordic "
            "Council of Ministers' culture programmes.</p>",
        },
        "eligibility": {
            "nb": "<p>Kunstnere, kulturaktører og organisasjoner i Norden med partnere fra minst "
            "tre nordiske land.</p>",
            "ru": "<p>Художники, деятели культуры и организации Северных стран с партнёрами не "
            "менее чем из трёх стран региона.</p>",
            "en": "<p>Artists, cultural workers and organisations in the Nordic countries with "
            "partners from at least three of them.</p>",
        },
        "how_to_apply": {
            "nb": "<p>Søk elektronisk innen en av de to årlige fristene.</p>",
            "ru": "<p>Подайте заявку онлайн до одного из двух ежегодных сроков.</p>",
            "en": "<p>Apply online by one of the two yearly deadlines.</p>",
        },
    },
    {
        "key": "nordplus-adult",
        "funder": "ncm",
        "instrument": "grant",
        "themes": ["education"],
        "countries": [Country.NORWAY, Country.SWEDEN, Country.FINLAND],
        "regions": [],
        "applicants": ["school", "ngo", "public", "municipality"],
        "partner_required": True,
        "partner_countries": [],
        "amounts": (None, "60000", "EUR"),
        "share": None,
        "url": "https://www.nordplusonline.org",
        "contact": False,
        "name": {
            "nb": "Nordplus Voksen",
            "ru": "Nordplus для образования взрослых",
            "en": "Nordplus Adult",
        },
        "summary": {
            "nb": "Nordisk og baltisk samarbeid om voksenopplæring: mobilitet, prosjekter og "
            "nettverk.",
            "ru": "Сотрудничество Северных стран и стран Балтии в образовании взрослых: "
            "мобильность, проекты и сети.",
            "en": "Nordic and Baltic cooperation in adult learning: mobility, projects and "
            "networks.",
        },
        "description": {
            "nb": "<p>Nordplus Voksen er en del av Nordisk ministerråds utdanningsprogram "
            "Nordplus. Det støtter utveksling av lærere og deltakere og utvikling av nye "
            "undervisningsmetoder.</p>",
            "ru": "<p>Nordplus для образования взрослых — часть образовательной программы "
            "Nordplus Совета министров Северных стран. Программа поддерживает обмен "
            "преподавателями и слушателями и разработку новых методов обучения.</p>",
            "en": "<p>Nordplus Adult is part of the Nordic Council of Ministers' education "
            "programme Nordplus. It supports exchanges of teachers and learners and the "
            "development of new teaching methods.</p>",
        },
        "eligibility": {
            "nb": "<p>Aktører innen voksenopplæring med partnere fra minst to andre land i "
            "Norden eller Baltikum.</p>",
            "ru": "<p>Организации, работающие в сфере образования взрослых, с партнёрами не "
            "менее чем из двух других стран Северной Европы или Балтии.</p>",
            "en": "<p>Adult education providers with partners from at least two other Nordic or "
            "Baltic countries.</p>",
        },
        "how_to_apply": {
            "nb": "<p>Søk i Nordplus' søknadsportal innen den årlige fristen i februar.</p>",
            "ru": "<p>Подайте заявку через портал Nordplus до ежегодного срока в феврале.</p>",
            "en": "<p>Apply in the Nordplus application portal by the yearly deadline in "
            "February.</p>",
        },
    },
    {
        "key": "barents-hot-spots-facility",
        "funder": "nefco",
        "instrument": "grant",
        "themes": ["environment", "health"],
        "countries": [],
        "regions": ["RU-MUR", "RU-ARK", "RU-NEN", "RU-KR", "RU-KO"],
        "applicants": ["company", "municipality", "public"],
        "partner_required": False,
        "partner_countries": [],
        "amounts": ("20000", "300000", "EUR"),
        "share": None,
        "url": "https://www.nefco.int",
        "contact": False,
        "name": {
            "nb": "Barents Hot Spots-fasiliteten (NEFCO)",
            "ru": "Механизм по «горячим точкам» Баренцева региона (НЕФКО)",
            "en": "Barents Hot Spots Facility (NEFCO)",
        },
        "summary": {
            "nb": "Tilskudd til teknisk bistand for å rydde opp i miljøbelastende punkter i den "
            "russiske delen av Barentsregionen. Tar ikke lenger imot søknader.",
            "ru": "Гранты на техническую помощь при подготовке проектов по ликвидации "
            "экологических «горячих точек» в российской части Баренцева региона. Заявки "
            "больше не принимаются.",
            "en": "Technical assistance grants for cleaning up the environmental hot spots in the "
            "Russian part of the Barents Region. No longer takes applications.",
        },
        "description": {
            "nb": "<p>Barentsrådets liste over miljømessige «hot spots» omfattet forurensning "
            "fra industri, avløp og avfall. Fasiliteten hjalp eierne med å forberede tiltak som "
            "kunne fjerne dem fra listen.</p>",
            "ru": "<p>В список экологических «горячих точек» Совета Баренцева/Евроарктического "
            "региона входили источники промышленного загрязнения, сточные воды и отходы. "
            "Механизм помогал владельцам подготовить меры, которые позволили бы исключить "
            "объекты из списка.</p>",
            "en": "<p>The Barents Council's list of environmental hot spots covered pollution from "
            "industry, sewage and waste. The facility helped their owners prepare the measures "
            "that would take them off the list.</p>",
        },
        "eligibility": {
            "nb": "<p>Eiere av anlegg på hot spot-listen og kommunene der de lå.</p>",
            "ru": "<p>Владельцы объектов из списка «горячих точек» и муниципалитеты, на "
            "территории которых они находились.</p>",
            "en": "<p>Owners of the installations on the hot spot list and their "
            "municipalities.</p>",
        },
        "how_to_apply": {
            "nb": "<p>Fasiliteten er avsluttet.</p>",
            "ru": "<p>Работа механизма завершена.</p>",
            "en": "<p>The facility has closed.</p>",
        },
    },
]

# --- Calls, placed relative to today ----------------------------------------------------------

# (programme, kind, opens (days from today or a date), deadline (days or date), budget)
# kind chooses the title; a deadline in days is at 15:00 Oslo time unless given as (days, h, m).
CALLS = [
    ("barents-project-grants", "round", -260, -200, "6000000"),
    ("barents-project-grants", "round", -60, (24, 15, 0), "6000000"),
    ("barents-project-grants", "round", 120, (190, 15, 0), "6000000"),
    ("barents-small-grants", "rolling", -400, None, "2000000"),
    ("barentskult", "round", -380, -320, "3500000"),
    ("barentskult", "round", -30, (12, 23, 59), "3500000"),
    ("barents-scholarship-for-cultural-cooperation", "scholarship", -360, -300, "40000"),
    ("barents-scholarship-for-cultural-cooperation", "scholarship", 20, (80, 23, 59), "40000"),
    ("interreg-aurora", "numbered", -560, -500, "25000000"),
    ("interreg-aurora", "numbered", -300, -250, "20000000"),
    ("interreg-aurora", "numbered", -40, (45, 13, 0), "18000000"),
    ("interreg-aurora-sapmi", "numbered", -320, -270, "3000000"),
    ("interreg-aurora-sapmi", "numbered", -10, (60, 13, 0), "3000000"),
    ("kolarctic-cbc-2014-2020", "numbered", date(2016, 3, 1), date(2016, 5, 31), "24000000"),
    ("kolarctic-cbc-2014-2020", "numbered", date(2017, 1, 16), date(2017, 3, 31), "20000000"),
    ("nordic-arctic-co-operation-programme", "round", -400, -330, "4000000"),
    ("nordic-arctic-co-operation-programme", "round", -50, (33, 23, 59), "4000000"),
    ("nordic-culture-and-art-programme", "round", -200, -160, None),
    ("nordic-culture-and-art-programme", "round", -35, (5, 16, 0), None),
    ("nordic-culture-and-art-programme", "round", 150, (185, 16, 0), None),
    ("nordplus-adult", "round", 30, (95, 23, 59), "1500000"),
    ("barents-hot-spots-facility", "rolling-closed", date(2016, 1, 1), date(2021, 12, 31), None),
]

CALL_TITLES = {
    "round": {
        "spring": {
            "nb": "Søknadsrunde våren {year}",
            "ru": "Весенний конкурс {year} года",
            "en": "Spring {year} call",
        },
        "autumn": {
            "nb": "Søknadsrunde høsten {year}",
            "ru": "Осенний конкурс {year} года",
            "en": "Autumn {year} call",
        },
    },
    "scholarship": {
        "nb": "Søknader til stipendene for {year}",
        "ru": "Приём заявок на стипендии {year} года",
        "en": "Applications for the {year} scholarships",
    },
    "numbered": {"nb": "Utlysning {number}", "ru": "Конкурс № {number}", "en": "Call {number}"},
    "rolling": {
        "nb": "Løpende søknadsmottak",
        "ru": "Приём заявок круглый год",
        "en": "Applications all year",
    },
    "rolling-closed": {
        "nb": "Søknader om teknisk bistand",
        "ru": "Приём заявок на техническую помощь",
        "en": "Applications for technical assistance",
    },
}

CALL_SUMMARIES = {
    "round": {
        "nb": "Søknader behandles samlet etter fristen; svar ventes innen åtte uker.",
        "ru": "Заявки рассматриваются вместе после окончания приёма; решение — в течение "
        "восьми недель.",
        "en": "Applications are assessed together after the deadline; expect an answer "
        "within eight weeks.",
    },
    "numbered": {
        "nb": "Utlysningen er åpen for alle programmets prioriteringer.",
        "ru": "Конкурс открыт для всех приоритетов программы.",
        "en": "The call is open to all of the programme's priorities.",
    },
}

# --- Funded projects ---------------------------------------------------------------------------

# key: (region, country, names, municipality, Finnish genitive)
PLACES = {
    "kirkenes": ("NO-56", "NO", ("Kirkenes", "Киркенес", "Kirkenes"), "Sør-Varanger kommune"),
    "vardo": ("NO-56", "NO", ("Vardø", "Вардё", "Vardø"), "Vardø kommune"),
    "vadso": ("NO-56", "NO", ("Vadsø", "Вадсё", "Vadsø"), "Vadsø kommune"),
    "alta": ("NO-56", "NO", ("Alta", "Альта", "Alta"), "Alta kommune"),
    "hammerfest": ("NO-56", "NO", ("Hammerfest", "Хаммерфест", "Hammerfest"), "Hammerfest kommune"),
    "tromso": ("NO-55", "NO", ("Tromsø", "Тромсё", "Tromsø"), "Tromsø kommune"),
    "harstad": ("NO-55", "NO", ("Harstad", "Харстад", "Harstad"), "Harstad kommune"),
    "bodo": ("NO-18", "NO", ("Bodø", "Будё", "Bodø"), "Bodø kommune"),
    "narvik": ("NO-18", "NO", ("Narvik", "Нарвик", "Narvik"), "Narvik kommune"),
    "mo": ("NO-18", "NO", ("Mo i Rana", "Му-и-Рана", "Mo i Rana"), "Rana kommune"),
    "lulea": ("SE-BD", "SE", ("Luleå", "Лулео", "Luleå"), "Luleå kommun"),
    "kiruna": ("SE-BD", "SE", ("Kiruna", "Кируна", "Kiruna"), "Kiruna kommun"),
    "haparanda": ("SE-BD", "SE", ("Haparanda", "Хапаранда", "Haparanda"), "Haparanda kommun"),
    "umea": ("SE-AC", "SE", ("Umeå", "Умео", "Umeå"), "Umeå kommun"),
    "skelleftea": ("SE-AC", "SE", ("Skellefteå", "Шеллефтео", "Skellefteå"), "Skellefteå kommun"),
    "rovaniemi": ("FI-10", "FI", ("Rovaniemi", "Рованиеми", "Rovaniemi"), "Rovaniemen kaupunki"),
    "inari": ("FI-10", "FI", ("Inari", "Инари", "Inari"), "Inarin kunta"),
    "tornio": ("FI-10", "FI", ("Tornio", "Торнио", "Tornio"), "Tornion kaupunki"),
    "oulu": ("FI-14", "FI", ("Oulu", "Оулу", "Oulu"), "Oulun kaupunki"),
    "kajaani": ("FI-05", "FI", ("Kajaani", "Каяани", "Kajaani"), "Kajaanin kaupunki"),
    "joensuu": ("FI-13", "FI", ("Joensuu", "Йоэнсуу", "Joensuu"), "Joensuun kaupunki"),
    "murmansk": (
        "RU-MUR",
        "RU",
        ("Murmansk", "Мурманск", "Murmansk"),
        "Murmansk City Administration",
    ),
    "apatity": ("RU-MUR", "RU", ("Apatity", "Апатиты", "Apatity"), "Apatity Town Administration"),
    "nikel": ("RU-MUR", "RU", ("Nikel", "Никель", "Nikel"), "Pechenga District Administration"),
    "arkhangelsk": (
        "RU-ARK",
        "RU",
        ("Arkhangelsk", "Архангельск", "Arkhangelsk"),
        "Arkhangelsk City Administration",
    ),
    "severodvinsk": (
        "RU-ARK",
        "RU",
        ("Severodvinsk", "Северодвинск", "Severodvinsk"),
        "Severodvinsk City Administration",
    ),
    "naryan-mar": (
        "RU-NEN",
        "RU",
        ("Narjan-Mar", "Нарьян-Мар", "Naryan-Mar"),
        "Naryan-Mar City Administration",
    ),
    "petrozavodsk": (
        "RU-KR",
        "RU",
        ("Petrozavodsk", "Петрозаводск", "Petrozavodsk"),
        "Petrozavodsk City Administration",
    ),
    "syktyvkar": (
        "RU-KO",
        "RU",
        ("Syktyvkar", "Сыктывкар", "Syktyvkar"),
        "Syktyvkar City Administration",
    ),
}
PLACES_BY_COUNTRY = {}
for _key, (_region, _country, _names, _municipality) in PLACES.items():
    PLACES_BY_COUNTRY.setdefault(_country, []).append(_key)

# Organisations are named in their own language; Russian ones by their English names.
ORGANISATIONS = {
    "NO": {
        "municipality": "{municipality}",
        "library": "{city} bibliotek",
        "arts": "Kulturskolen i {city}",
        "school": "{city} videregående skole",
        "volunteers": "Frivilligsentralen i {city}",
        "youth": "Ungdomsrådet i {city}",
        "museum": "{city} museum",
        "business": "Næringsforeningen i {city}",
        "health": "Helsehuset i {city}",
        "nature": "Naturvernforbundet i {city}",
        "sami": "Sameforeningen i {city}",
    },
    "SE": {
        "municipality": "{municipality}",
        "library": "{city} stadsbibliotek",
        "arts": "Kulturskolan i {city}",
        "school": "{city} folkhögskola",
        "volunteers": "Frivilligcentralen i {city}",
        "youth": "Ungdomsrådet i {city}",
        "museum": "{city} museum",
        "business": "Företagarna {city}",
        "health": "Hälsocentralen i {city}",
        "nature": "Naturskyddsföreningen i {city}",
        "sami": "Sameföreningen i {city}",
    },
    "FI": {
        "municipality": "{municipality}",
        "library": "{genitive} kaupunginkirjasto",
        "arts": "{genitive} musiikkiopisto",
        "school": "{genitive} kansalaisopisto",
        "volunteers": "{genitive} vapaaehtoiskeskus",
        "youth": "{genitive} nuorisovaltuusto",
        "museum": "{genitive} museo",
        "business": "{genitive} yrittäjät",
        "health": "{genitive} terveyskeskus",
        "nature": "{genitive} luonnonsuojeluyhdistys",
        "sami": "{genitive} saamelaisyhdistys",
    },
    "RU": {
        "municipality": "{municipality}",
        "library": "{city} Regional Library",
        "arts": "{city} Children's Art School",
        "school": "{city} Polytechnic College",
        "volunteers": "Volunteer Association of {city}",
        "youth": "{city} Youth Centre",
        "museum": "{city} Museum of Local History",
        "business": "{city} Tourism Association",
        "health": "{city} City Hospital",
        "nature": "{city} Nature Conservation Society",
        "sami": "Indigenous Peoples' Centre of {city}",
    },
}
# Who does a project on each theme.
THEME_ORGANISATIONS = {
    "culture": ["arts", "library", "museum", "municipality", "volunteers"],
    "youth": ["youth", "volunteers", "school", "municipality"],
    "environment": ["nature", "municipality", "school"],
    "indigenous": ["sami", "museum", "arts"],
    "health": ["health", "municipality", "volunteers"],
    "education": ["school", "library", "municipality"],
    "business": ["business", "municipality"],
    "transport": ["municipality", "business"],
    "civil-society": ["volunteers", "library", "youth"],
    "scholarship": ["arts", "museum", "library"],
}

# Titles per theme: {a} is the lead partner's town, {b} the partner's, in the page's language.
TITLES = {
    "culture": [
        (
            "Grensestemmer: korutveksling mellom {a} og {b}",
            "Голоса границы: обмен хорами, {a} — {b}",
            "Border Voices: a choir exchange between {a} and {b}",
        ),
        (
            "Nordlige filmdager i {a} og {b}",
            "Дни северного кино: {a} и {b}",
            "Northern Film Days in {a} and {b}",
        ),
        (
            "Felles fortellinger: museene i {a} og {b} lager utstilling sammen",
            "Общие истории: совместная выставка музеев, {a} — {b}",
            "Shared Stories: the museums of {a} and {b} make an exhibition together",
        ),
        (
            "Skriveverksted for unge forfattere, {a}–{b}",
            "Мастерская молодых писателей: {a} — {b}",
            "Young writers' workshop, {a}–{b}",
        ),
    ],
    "youth": [
        (
            "Ungdomsråd møtes: {a} og {b}",
            "Встреча молодёжных советов: {a} и {b}",
            "Youth councils meet: {a} and {b}",
        ),
        (
            "Sommerleir for unge ledere i {a} og {b}",
            "Летний лагерь молодых лидеров: {a} и {b}",
            "Summer camp for young leaders in {a} and {b}",
        ),
        (
            "Ungdomsturnering i fotball, {a}–{b}",
            "Молодёжный футбольный турнир: {a} — {b}",
            "Youth football tournament, {a}–{b}",
        ),
    ],
    "environment": [
        (
            "Rene strender: overvåking av marin forsøpling i {a} og {b}",
            "Чистые берега: мониторинг морского мусора, {a} — {b}",
            "Clean Shores: monitoring marine litter in {a} and {b}",
        ),
        (
            "Laksevassdrag i nord: felles overvåking, {a}–{b}",
            "Лососёвые реки Севера: совместный мониторинг, {a} — {b}",
            "Salmon rivers of the North: joint monitoring, {a}–{b}",
        ),
        (
            "Klimasmart oppvarming av offentlige bygg i {a} og {b}",
            "Энергоэффективное отопление общественных зданий: {a} и {b}",
            "Climate-smart heating for public buildings in {a} and {b}",
        ),
    ],
    "indigenous": [
        (
            "Samiske språkreir deler erfaringer: {a} og {b}",
            "Саамские языковые гнёзда: обмен опытом, {a} — {b}",
            "Sámi language nests share experience: {a} and {b}",
        ),
        (
            "Reindriftskunnskap i et klima i endring, {a}–{b}",
            "Знания оленеводов в меняющемся климате: {a} — {b}",
            "Reindeer herding knowledge in a changing climate, {a}–{b}",
        ),
        (
            "Duodji- og håndverksmestere møtes i {a} og {b}",
            "Встреча мастеров дуодджи и народных ремёсел: {a} и {b}",
            "Duodji and handicraft masters meet in {a} and {b}",
        ),
    ],
    "health": [
        (
            "Forebygging av tuberkulose over grensen, {a}–{b}",
            "Профилактика туберкулёза без границ: {a} — {b}",
            "Tuberculosis prevention across the border, {a}–{b}",
        ),
        (
            "Aktiv aldring i nord: {a} og {b}",
            "Активное долголетие на Севере: {a} и {b}",
            "Active ageing in the North: {a} and {b}",
        ),
    ],
    "education": [
        (
            "Lærerutveksling mellom skoler i {a} og {b}",
            "Обмен учителями между школами: {a} и {b}",
            "Teacher exchange between schools in {a} and {b}",
        ),
        (
            "Nettverk for yrkesfag i Arktis: {a} og {b}",
            "Сеть профессионального образования в Арктике: {a} и {b}",
            "Arctic vocational training network: {a} and {b}",
        ),
        (
            "Språkkafé {a}–{b}: vi lærer hverandres språk",
            "Языковое кафе {a} — {b}: учим языки друг друга",
            "Language café {a}–{b}: learning each other's languages",
        ),
    ],
    "business": [
        (
            "Mentorprogram for småbedrifter, {a}–{b}",
            "Наставничество для малого бизнеса: {a} — {b}",
            "Mentoring for small businesses, {a}–{b}",
        ),
        (
            "Arktisk mat: lokale produsenter i {a} og {b} går sammen om salg",
            "Арктические продукты: местные производители выходят на рынок вместе, {a} — {b}",
            "Arctic food: local producers in {a} and {b} go to market together",
        ),
        (
            "Naturbaserte reiseruter mellom {a} og {b}",
            "Маршруты природного туризма: {a} — {b}",
            "Nature-based travel routes between {a} and {b}",
        ),
    ],
    "transport": [
        (
            "Trygg vintervei: felles kurs for sjåfører i {a} og {b}",
            "Безопасность на зимних дорогах: общий курс для водителей, {a} — {b}",
            "Safe winter roads: a joint course for drivers in {a} and {b}",
        ),
        (
            "Grensepassering uten kø: bedre logistikk mellom {a} og {b}",
            "Граница без очередей: логистика между {a} и {b}",
            "Border crossing without queues: better logistics between {a} and {b}",
        ),
    ],
    "civil-society": [
        (
            "Uavhengige lokalmedier i nord: {a} og {b}",
            "Независимые местные СМИ Севера: {a} и {b}",
            "Independent local media in the North: {a} and {b}",
        ),
        (
            "Frivillige i nord lærer av hverandre, {a}–{b}",
            "Волонтёры Севера учатся друг у друга: {a} — {b}",
            "Volunteers in the North learn from each other, {a}–{b}",
        ),
    ],
}

# "между {a} и {b}" would need the instrumental case; the logistics title avoids cities there.
TITLES["transport"][1] = (
    TITLES["transport"][1][0],
    "Граница без очередей: новая логистика, {a} — {b}",
    TITLES["transport"][1][2],
)

SUMMARIES = {
    "culture": (
        "Kunstnere og publikum fra begge sider av grensen møtes i øvinger, verksteder og "
        "forestillinger. {lead} leder prosjektet sammen med {partner}.",
        "Артисты и зрители по обе стороны границы встречаются на репетициях, мастер-классах "
        "и выступлениях. Проект ведёт {lead} вместе с партнёром — {partner}.",
        "Artists and audiences from both sides of the border meet in rehearsals, workshops "
        "and performances. {lead} leads the project with {partner}.",
    ),
    "youth": (
        "Ungdom fra {a} og {b} planlegger aktivitetene selv, møtes to ganger i løpet av "
        "prosjektet og holder kontakten på nett mellom møtene. {lead} leder prosjektet sammen "
        "med {partner}.",
        "Молодые люди сами планируют программу, дважды встречаются за время проекта и "
        "общаются онлайн между встречами. Проект ведёт {lead} вместе с партнёром — {partner}.",
        "Young people from {a} and {b} plan the activities themselves, meet twice during the "
        "project and keep in touch online in between. {lead} leads the project with {partner}.",
    ),
    "environment": (
        "Forskere, elever og frivillige samler inn data med de samme metodene på begge sider "
        "av grensen og deler resultatene med lokale myndigheter. {lead} samarbeider med "
        "{partner}.",
        "Учёные, школьники и волонтёры собирают данные по единой методике по обе стороны "
        "границы и передают результаты местным властям. {lead} работает вместе с партнёром — "
        "{partner}.",
        "Researchers, pupils and volunteers collect data with the same methods on both sides "
        "of the border and share the results with local authorities. {lead} works with "
        "{partner}.",
    ),
    "indigenous": (
        "Samiske og andre urfolkssamfunn deler kunnskap over grensene som skjærer gjennom de "
        "tradisjonelle områdene deres. {lead} leder prosjektet sammen med {partner}.",
        "Саамы и другие коренные народы обмениваются знаниями через границы, которые "
        "разделяют их традиционные земли. Проект ведёт {lead} вместе с партнёром — {partner}.",
        "Sámi and other indigenous communities share knowledge across the borders that cut "
        "through their traditional lands. {lead} leads the project with {partner}.",
    ),
    "health": (
        "Helsearbeidere sammenligner arbeidsmetoder, har felles opplæring og bygger et varig "
        "faglig nettverk. {lead} leder prosjektet sammen med {partner}.",
        "Медики сравнивают методы работы, вместе проходят обучение и создают постоянную "
        "профессиональную сеть. Проект ведёт {lead} вместе с партнёром — {partner}.",
        "Health workers compare their methods, train together and build a lasting "
        "professional network. {lead} leads the project with {partner}.",
    ),
    "education": (
        "Lærere og elever besøker hverandres skoler, utvikler undervisningsopplegg sammen og "
        "tar dem i bruk i egne klasserom. {lead} leder prosjektet sammen med {partner}.",
        "Учителя и ученики посещают школы друг друга, вместе разрабатывают учебные "
        "материалы и используют их на своих уроках. Проект ведёт {lead} вместе с партнёром — "
        "{partner}.",
        "Teachers and pupils visit each other's schools, develop teaching material together "
        "and use it in their own classrooms. {lead} leads the project with {partner}.",
    ),
    "business": (
        "Små bedrifter møter kunder og samarbeidspartnere over grensen og får råd om "
        "regelverk, logistikk og markedsføring. {lead} leder prosjektet sammen med {partner}.",
        "Малые предприятия находят клиентов и партнёров по ту сторону границы и получают "
        "консультации по правилам, логистике и маркетингу. Проект ведёт {lead} вместе с "
        "партнёром — {partner}.",
        "Small businesses meet customers and partners across the border and get advice on "
        "rules, logistics and marketing. {lead} leads the project with {partner}.",
    ),
    "transport": (
        "Kommuner, veimyndigheter og transportbedrifter deler erfaringer og lager felles "
        "løsninger for trafikken over grensen. {lead} leder prosjektet sammen med {partner}.",
        "Муниципалитеты, дорожные службы и транспортные компании обмениваются опытом и ищут "
        "общие решения для движения через границу. Проект ведёт {lead} вместе с партнёром — "
        "{partner}.",
        "Municipalities, road authorities and transport companies share experience and find "
        "common solutions for traffic across the border. {lead} leads the project with "
        "{partner}.",
    ),
    "civil-society": (
        "Journalister, frivillige og lokale organisasjoner lærer av hverandre og finner måter "
        "å holde arbeidet sitt uavhengig på. {lead} leder prosjektet sammen med {partner}.",
        "Журналисты, волонтёры и местные организации учатся друг у друга и ищут способы "
        "сохранить независимость своей работы. Проект ведёт {lead} вместе с партнёром — "
        "{partner}.",
        "Journalists, volunteers and local organisations learn from each other and find ways "
        "to keep their work independent. {lead} leads the project with {partner}.",
    ),
}

SCHOLARSHIP_TITLE = (
    "Barentsstipend {year}: {lead}",
    "Баренцева стипендия {year} года: {lead}",
    "Barents Scholarship {year}: {lead}",
)
SCHOLARSHIP_SUMMARY = (
    "Stipend på 10 000 euro for arbeid som knytter kunstnere og publikum sammen over "
    "grensene i Barentsregionen.",
    "Стипендия в размере 10 000 евро за работу, которая объединяет художников и зрителей "
    "разных стран Баренцева региона.",
    "A scholarship of 10 000 euros for work that brings artists and audiences together "
    "across the borders of the Barents Region.",
)
# The first four scholarships (facts from the Barents cooperation's own announcement).
FIRST_SCHOLARSHIPS = [
    (
        "Jaakko Heikkilä",
        "FI",
        None,
        (
            "Barentsstipend til fotografen Jaakko Heikkilä",
            "Баренцева стипендия — фотографу Яакко Хейккиля",
            "Barents Scholarship to the photographer Jaakko Heikkilä",
        ),
    ),
    (
        "Samovarteateret",
        "NO",
        "NO-56",
        (
            "Barentsstipend til det reisende teatret Samovarteateret",
            "Баренцева стипендия — передвижному театру «Самовартеатерет»",
            "Barents Scholarship to the travelling theatre Samovarteateret",
        ),
    ),
    (
        "Mona Mörtlund",
        "SE",
        None,
        (
            "Barentsstipend til poeten og forfatteren Mona Mörtlund",
            "Баренцева стипендия — поэтессе и писательнице Моне Мёртлунд",
            "Barents Scholarship to the poet and writer Mona Mörtlund",
        ),
    ),
    (
        "Ethno-Cultural Initiatives Support and Development Fund",
        "RU",
        "RU-KR",
        (
            "Barentsstipend til Fondet for støtte og utvikling av etnokulturelle initiativer, "
            "Karelen",
            "Баренцева стипендия — Фонду поддержки и развития этнокультурных инициатив, Карелия",
            "Barents Scholarship to the Ethno-Cultural Initiatives Support and Development Fund, "
            "Karelia",
        ),
    ),
]
FIRST_SCHOLARSHIP_SUMMARY = (
    "Et av de fire første Barentsstipendene for kultursamarbeid, gitt for fremragende arbeid "
    "over grensene innen scenekunst.",
    "Одна из четырёх первых Баренцевых стипендий за культурное сотрудничество — за "
    "выдающуюся трансграничную работу в сценическом искусстве.",
    "One of the first four Barents Scholarships for Cultural Cooperation, awarded for "
    "exceptional work across the borders in the performing arts.",
)
FIRST_SCHOLARSHIP_YEAR = 2017


# How each programme's projects are drawn: count, years, where leads and partners come from,
# themes, grant range (whole thousands) in the programme's currency.
def project_plans(this_year):
    recent = max(this_year, 2023)
    return [
        ("barents-project-grants", 90, (this_year - 9, this_year), ["NO"], "barents", (100, 900)),
        ("barents-small-grants", 60, (this_year - 7, this_year), ["NO"], "barents", (20, 100)),
        ("barentskult", 40, (this_year - 9, this_year), ["NO"], "barents", (50, 300)),
        ("interreg-aurora", 30, (2023, recent), ["SE", "FI", "NO"], "nordic", (200, 1800)),
        ("interreg-aurora-sapmi", 10, (2023, recent), ["NO", "SE", "FI"], "nordic", (80, 600)),
        (
            "kolarctic-cbc-2014-2020",
            40,
            (2016, 2021),
            ["FI", "NO", "SE", "RU"],
            "russia",
            (150, 2000),
        ),
        (
            "nordic-arctic-co-operation-programme",
            20,
            (2018, this_year),
            ["NO", "SE", "FI"],
            "nordic",
            (100, 500),
        ),
        (
            "nordic-culture-and-art-programme",
            25,
            (2016, this_year),
            ["NO", "SE", "FI"],
            "nordic",
            (15, 100),
        ),
        ("nordplus-adult", 15, (2017, this_year), ["NO", "SE", "FI"], "nordic", (10, 60)),
        ("barents-hot-spots-facility", 12, (2016, 2021), ["RU"], "nordic", (40, 300)),
    ]


# =============================================================================================


def load(out):
    today = timezone.localdate()
    regions, themes, applicant_types = load_reference_data(out)
    funders = load_funders(out)
    programmes = load_programmes(out, funders, regions, themes, applicant_types)
    load_calls(out, programmes, today)
    load_projects(out, programmes, regions, themes, today)


def translated(field, values, *, empty=""):
    return {f"{field}_{code}": values.get(code) or empty for code in LANGUAGES}


def load_reference_data(out):
    regions = {}
    for code, _country, _names in REGIONS:
        regions[code], _ = Region.objects.get_or_create(code=code)
    themes = {}
    for order, (code, names) in enumerate(THEMES):
        themes[code], _ = Theme.objects.update_or_create(
            code=code, defaults={"order": order, **translated("name", names)}
        )
    applicant_types = {}
    for order, (code, names) in enumerate(APPLICANT_TYPES):
        applicant_types[code], _ = ApplicantType.objects.update_or_create(
            code=code, defaults={"order": order, **translated("name", names)}
        )
    out(f"Regions: {len(regions)}, themes: {len(themes)}, applicant types: {len(applicant_types)}")
    return regions, themes, applicant_types


def load_funders(out):
    funders = {}
    for key, spec in FUNDERS.items():
        funders[key], _ = Funder.objects.update_or_create(
            name_en=spec["name"]["en"],
            defaults={
                "country": spec["country"],
                "website": spec["website"],
                **translated("name", spec["name"]),
            },
        )
    out(f"Funders: {len(funders)}")
    return funders


def head_office():
    """The secretariat's head office from its demo, if that app has one."""
    try:
        from secretariat.models import Office
    except ImportError:  # pragma: no cover
        return None
    return Office.objects.filter(kind=Office.Kind.HEAD_OFFICE).order_by("order", "pk").first()


def load_programmes(out, funders, regions, themes, applicant_types):
    office = head_office()
    programmes, created_count = {}, 0
    for spec in PROGRAMMES:
        low, high, currency = spec["amounts"]
        programme = Programme.objects.filter(slug_en=spec["key"]).first()
        created = programme is None
        programme = programme or Programme(slug_en=spec["key"])
        fields = {
            "funder": funders[spec["funder"]],
            "instrument": spec["instrument"],
            "eligible_countries": list(spec["countries"]),
            "partner_required": spec["partner_required"],
            "partner_countries": list(spec["partner_countries"]),
            "min_amount": Decimal(low) if low else None,
            "max_amount": Decimal(high) if high else None,
            "currency": currency,
            "max_cofinancing_share": Decimal(spec["share"]) if spec["share"] else None,
            "application_url": spec["url"],
            "contact_office": office if spec["contact"] else None,
            "status": "published",
            **translated("name", spec["name"]),
            **translated("summary", spec["summary"]),
            **translated("description", spec["description"]),
            **translated("eligibility", spec["eligibility"]),
            **translated("how_to_apply", spec["how_to_apply"]),
        }
        for name, value in fields.items():
            setattr(programme, name, value)
        programme.save()
        programme.themes.set([themes[code] for code in spec["themes"]])
        programme.eligible_regions.set([regions[code] for code in spec["regions"]])
        programme.applicant_types.set([applicant_types[code] for code in spec["applicants"]])
        programmes[spec["key"]] = programme
        created_count += created
    out(f"Programmes: {len(programmes)} ({created_count} new)")
    return programmes


def _moment(value, today, default_time=(15, 0)):
    """Days from today (optionally `(days, hour, minute)`) or a date → aware Oslo time."""
    if isinstance(value, date):
        day, (hour, minute) = value, default_time
    elif isinstance(value, tuple):
        days, hour, minute = value
        day = today + timedelta(days=days)
    else:
        day, (hour, minute) = today + timedelta(days=value), default_time
    return datetime.combine(day, time(hour, minute), tzinfo=OSLO)


def _call_title(kind, deadline, opens, number):
    when = deadline or opens
    if kind == "round":
        season = "spring" if when.month <= 6 else "autumn"
        titles = CALL_TITLES["round"][season]
    else:
        titles = CALL_TITLES[kind]
    return {code: text.format(year=when.year, number=number) for code, text in titles.items()}


def load_calls(out, programmes, today):
    Call.objects.filter(programme__in=programmes.values()).delete()
    calls, numbers = [], {}
    for key, kind, opens, deadline, budget in CALLS:
        numbers[key] = numbers.get(key, 0) + 1
        opens_at = _moment(opens, today, (9, 0))
        deadline_at = _moment(deadline, today) if deadline is not None else None
        rolling = kind == "rolling"
        if kind == "rolling-closed":
            # A facility that took applications all along and then closed: its last day.
            deadline_at = _moment(deadline, today, (23, 59))
        title = _call_title(kind, deadline_at, opens_at, numbers[key])
        summary = CALL_SUMMARIES.get(kind, {})
        calls.append(
            Call(
                programme=programmes[key],
                opens_at=opens_at,
                deadline=deadline_at,
                is_rolling=rolling,
                budget=Decimal(budget) if budget else None,
                decision_date=(deadline_at + timedelta(days=56)).date() if deadline_at else None,
                **translated("title", title),
                **translated("summary", summary),
            )
        )
    Call.objects.bulk_create(calls)
    out(f"Calls: {len(calls)}, placed around {today.isoformat()}")


def _organisation(rng, place_key, theme="culture"):
    region, country, names, municipality = PLACES[place_key]
    template = ORGANISATIONS[country][rng.choice(THEME_ORGANISATIONS[theme])]
    genitive = municipality.split()[0] if country == "FI" else ""
    return template.format(city=names[2], municipality=municipality, genitive=genitive)


def _partner_country(rng, lead_country, kind, year):
    if kind == "russia":
        return "RU" if lead_country != "RU" else rng.choice(["NO", "FI", "SE"])
    if kind == "barents":
        # Until 2022 most partners were Russian; since then Finnish and Swedish.
        if year <= 2021 and rng.random() < 0.75:
            return "RU"
        return rng.choice(["FI", "SE"])
    return rng.choice([code for code in ("NO", "SE", "FI") if code != lead_country])


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


def _dates(rng, year, today):
    start = date(year, rng.randint(1, 9), 1)
    months = rng.choice([6, 12, 12, 18, 24, 36])
    end_year, end_month = divmod(start.month - 1 + months, 12)
    end = date(start.year + end_year, end_month + 1, 1) - timedelta(days=1)
    return start, end


def _status(rng, end, today):
    if rng.random() < 0.03:
        return ProjectStatus.WITHDRAWN
    return ProjectStatus.COMPLETED if end < today else ProjectStatus.ONGOING


def generate_projects(programmes, today):
    """Yield (project fields, region codes, theme codes, partners) — deterministic."""
    rng = random.Random(SEED)
    seen_titles = set()
    for key, count, (first, last), lead_countries, partner_kind, (low, high) in project_plans(
        today.year
    ):
        programme = programmes[key]
        theme_pool = list(PROGRAMMES_BY_KEY[key]["themes"])
        currency = programme.currency
        for index in range(count):
            year = first + (index * (last - first + 1)) // count
            lead_country = lead_countries[index % len(lead_countries)]
            if key == "kolarctic-cbc-2014-2020" and lead_country == "RU":
                partner_country = rng.choice(["NO", "FI", "SE"])
            else:
                partner_country = _partner_country(rng, lead_country, partner_kind, year)
            for _attempt in range(20):
                theme = rng.choice(theme_pool)
                lead_place = rng.choice(PLACES_BY_COUNTRY[lead_country])
                partner_place = rng.choice(PLACES_BY_COUNTRY[partner_country])
                template = rng.choice(TITLES[theme])
                if (template, lead_place, partner_place) not in seen_titles:
                    break
            seen_titles.add((template, lead_place, partner_place))
            lead = _organisation(rng, lead_place, theme)
            partner = _organisation(rng, partner_place, theme)
            a = PLACES[lead_place][2]
            b = PLACES[partner_place][2]
            titles = {code: template[i].format(a=a[i], b=b[i]) for i, code in enumerate(LANGUAGES)}
            summaries = {
                code: SUMMARIES[theme][i].format(a=a[i], b=b[i], lead=lead, partner=partner)
                for i, code in enumerate(LANGUAGES)
            }
            grant = Decimal(rng.randint(low, high) * 1000)
            start, end = _dates(rng, year, today)
            # Some projects span a second theme of their programme.
            extra_theme = rng.choice(theme_pool) if rng.random() < 0.35 else theme
            partners = [(partner, partner_country, PLACES[partner_place][0])]
            if rng.random() < 0.3:
                third = rng.choice(PLACES_BY_COUNTRY[partner_country])
                partners.append(
                    (_organisation(rng, third, theme), partner_country, PLACES[third][0])
                )
            yield (
                {
                    "reference": f"{REFERENCE_PREFIX}{REFERENCE_CODES[key]}-{index + 1:03d}",
                    "programme": programme,
                    "lead_organisation": lead,
                    "lead_country": lead_country,
                    "lead_region_code": PLACES[lead_place][0],
                    "grant_amount": grant,
                    "total_budget": (grant * Decimal(rng.choice(["1", "1.5", "2", "2.5"]))),
                    "currency": currency,
                    "year_granted": year,
                    "start_date": start,
                    "end_date": end,
                    "project_status": _status(rng, end, today),
                    "titles": titles,
                    "summaries": summaries,
                },
                sorted({PLACES[lead_place][0], PLACES[partner_place][0]}),
                sorted({theme, extra_theme}),
                partners,
            )
    yield from _scholarships(programmes, rng, today)


def _scholarships(programmes, rng, today):
    programme = programmes["barents-scholarship-for-cultural-cooperation"]
    awards = [
        (FIRST_SCHOLARSHIP_YEAR, name, country, region, titles, FIRST_SCHOLARSHIP_SUMMARY)
        for name, country, region, titles in FIRST_SCHOLARSHIPS
    ]
    for year in range(FIRST_SCHOLARSHIP_YEAR + 1, min(today.year, 2021) + 1):
        for country in rng.sample(["NO", "SE", "FI", "RU"], 3):
            place = rng.choice(PLACES_BY_COUNTRY[country])
            lead = _organisation(rng, place, "scholarship")
            titles = tuple(text.format(year=year, lead=lead) for text in SCHOLARSHIP_TITLE)
            awards.append((year, lead, country, PLACES[place][0], titles, SCHOLARSHIP_SUMMARY))
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
                "titles": dict(zip(LANGUAGES, titles, strict=True)),
                "summaries": dict(zip(LANGUAGES, summary, strict=True)),
            },
            [region] if region else [],
            ["culture"],
            [],
        )


PROGRAMMES_BY_KEY = {spec["key"]: spec for spec in PROGRAMMES}
REFERENCE_CODES = {
    "barents-project-grants": "BS",
    "barents-small-grants": "BSS",
    "barentskult": "BKULT",
    "interreg-aurora": "AURORA",
    "interreg-aurora-sapmi": "SAPMI",
    "kolarctic-cbc-2014-2020": "KOLARCTIC",
    "nordic-arctic-co-operation-programme": "NCM-ARCTIC",
    "nordic-culture-and-art-programme": "NKK",
    "nordplus-adult": "NORDPLUS",
    "barents-hot-spots-facility": "BHSF",
}


def load_projects(out, programmes, regions, themes, today):
    generated = list(generate_projects(programmes, today))
    references = [fields["reference"] for fields, *_rest in generated]
    others = FundedProject.objects.exclude(reference__in=references)
    taken = {
        code: set(others.exclude(**{f"slug_{code}": None}).values_list(f"slug_{code}", flat=True))
        for code in LANGUAGES
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
            **translated("title", titles),
            **translated("summary", summaries),
            **{f"slug_{code}": slugs.make(code, titles[code]) for code in LANGUAGES},
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
        *(f"{field}_{code}" for field in ("title", "slug", "summary") for code in LANGUAGES),
    ]
    # Slugs move between demo rows when the demo changes: clear ours before the upsert so
    # the per-language unique constraints never see two rows holding the same slug.
    FundedProject.objects.filter(reference__in=references).update(
        **{f"slug_{code}": None for code in LANGUAGES}
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
                organisation=name,
                country=country,
                region=regions.get(code),
                order=order,
            )
            for order, (name, country, code) in enumerate(partners)
        ]
    FundedProject.regions.through.objects.bulk_create(region_rows)
    FundedProject.themes.through.objects.bulk_create(theme_rows)
    ProjectPartner.objects.bulk_create(partner_rows)
    out(
        f"Funded projects: {len(saved)} over {len({p.year_granted for p in saved})} years, "
        f"{len(partner_rows)} partners"
    )
