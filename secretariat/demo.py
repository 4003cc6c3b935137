"""Demo content for the secretariat: offices, staff and about pages in nb, ru and en.

`load(out)` is called by `manage.py load_demo`. It is idempotent: offices are found by their
e-mail, staff by their e-mail and pages by their English slug (or the Norwegian one for a page
that exists only in Norwegian); each run brings these rows back to the data below.

Everything here is demo material written for this site. The head office's addresses and
switchboard are those of the real secretariat in Kirkenes; the addresses, phone numbers and
people of the Russian offices and all staff apart from the head are invented, and every
e-mail address uses the reserved `.example` domain.

Texts are kept as one dict per language (`{"nb": …, "ru": …, "en": …}`); a language left out
stays empty, so the site falls back to another language and says so.
"""

import io
import re
from datetime import date
from decimal import Decimal

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from barents_portal.slugs import slugify
from barents_portal.vocabulary import Country
from secretariat.models import Office, Page, StaffMember

LANGUAGES = ("nb", "ru", "en")
RUSSIAN_OFFICES_CLOSED = date(2023, 2, 1)
HEAD_OFFICE = "post@barents.example"

# --- Offices ------------------------------------------------------------------------------

OFFICES = [
    {
        "email": HEAD_OFFICE,
        "kind": Office.Kind.HEAD_OFFICE,
        "country": Country.NORWAY,
        "order": 0,
        "slug": {"nb": "kirkenes", "ru": "kirkenes", "en": "kirkenes"},
        "name": {
            "nb": "Hovedkontoret i Kirkenes",
            "ru": "Главный офис в Киркенесе",
            "en": "Head office in Kirkenes",
        },
        "city": {"nb": "Kirkenes", "ru": "Киркенес", "en": "Kirkenes"},
        "postal_address": "Postboks 276\n9915 Kirkenes",
        "visiting_address": "Rådhusgata 8\n9900 Kirkenes",
        "phone": "+47 78 97 70 50",
        "latitude": "69.727100",
        "longitude": "30.045000",
        "opening_hours": {
            "nb": "Mandag–fredag: 08.00–15.45\nSommertid (15. mai–14. september): 08.00–15.00",
            "ru": (
                "Понедельник — пятница: 8:00–15:45\n"
                "Летом (с 15 мая по 14 сентября): 8:00–15:00\n"
                "Время норвежское: летом на час, зимой на два часа меньше московского"
            ),
            "en": "Monday to Friday: 8:00–15:45\nSummer (15 May–14 September): 8:00–15:00",
        },
        "description": {
            "nb": """
<p>Barentssekretariatet holder til i Kirkenes, halvannen mil fra grenseovergangen på
Storskog. Alle de ansatte har arbeidsstedet sitt her, og herfra forvalter vi
tilskuddsordningene, gir råd til søkere og følger opp prosjektene vi støtter.</p>
<p>Har du en idé til et samarbeidsprosjekt i nord, er du velkommen til å ringe eller sende
oss en e-post – eller til å stikke innom kontoret vårt i Rådhusgata. Det lønner seg å avtale
tid på forhånd, for vi er ofte på reise i regionen.</p>
""",
            "ru": """
<p>Баренцев секретариат находится в Киркенесе, в пятнадцати километрах от пункта пропуска
«Стурскуг». Здесь работают все наши сотрудники: отсюда мы распределяем гранты,
консультируем заявителей и сопровождаем проекты, которые поддерживаем.</p>
<p>Если у вас есть идея совместного проекта на Севере, позвоните или напишите нам, а ещё
лучше — приходите в наш офис на улице Rådhusgata. О встрече стоит договориться заранее:
мы часто бываем в поездках по региону.</p>
""",
            "en": """
<p>The Barents Secretariat is based in Kirkenes, some fifteen kilometres from the Storskog
border crossing. All our staff work here: from this office we manage the grant schemes,
advise applicants and follow up the projects we support.</p>
<p>If you have an idea for a cooperation project in the North, give us a call, send us an
e-mail or drop by our office in Rådhusgata. It is best to book a time in advance, as we are
often travelling in the region.</p>
""",
        },
    },
    {
        "email": "murmansk@barents.example",
        "kind": Office.Kind.OFFICE,
        "country": Country.RUSSIA,
        "order": 1,
        "closed_on": RUSSIAN_OFFICES_CLOSED,
        "slug": {"nb": "murmansk", "ru": "murmansk", "en": "murmansk"},
        "name": {
            "nb": "Kontoret i Murmansk",
            "ru": "Представительство в Мурманске",
            "en": "Murmansk office",
        },
        "city": {"nb": "Murmansk", "ru": "Мурманск", "en": "Murmansk"},
        "postal_address": "а/я 45\n183038 Мурманск",
        "visiting_address": "ул. Карла Маркса, 25а, офис 14\n183038 Мурманск",
        "phone": "+7 8152 45 67 80",
        "latitude": "68.958500",
        "longitude": "33.082700",
        "opening_hours": {
            "nb": "Mandag–fredag: 09.00–17.00 (Moskva-tid)",
            "ru": "Понедельник — пятница: 9:00–17:00",
            "en": "Monday to Friday: 9:00–17:00 (Moscow time)",
        },
        "description": {
            "nb": """
<p>I mange år var kontoret i Murmansk vårt faste holdepunkt på russisk side. Medarbeiderne
hjalp norske søkere med å finne samarbeidspartnere i Murmansk oblast, tolket og oversatte,
formidlet kontakter og fulgte prosjektene tett.</p>
<p>Kontoret ble stengt 1. februar 2023. Spørsmål om tidligere prosjekter i regionen kan
rettes til hovedkontoret i Kirkenes.</p>
""",
            "ru": """
<p>Долгие годы мурманское представительство было нашей опорой на российской стороне. Его
сотрудники помогали норвежским заявителям находить партнёров в Мурманской области,
переводили, налаживали связи и внимательно следили за ходом проектов.</p>
<p>Представительство закрыто с 1 февраля 2023 года. С вопросами о прежних проектах в
регионе обращайтесь в главный офис в Киркенесе.</p>
""",
            "en": """
<p>For many years the Murmansk office was our base on the Russian side. Its staff helped
Norwegian applicants find partners in the Murmansk region, interpreted and translated, made
introductions and kept a close eye on the projects.</p>
<p>The office closed on 1 February 2023. Questions about earlier projects in the region can
be sent to the head office in Kirkenes.</p>
""",
        },
    },
    {
        "email": "arkhangelsk@barents.example",
        "kind": Office.Kind.OFFICE,
        "country": Country.RUSSIA,
        "order": 2,
        "closed_on": RUSSIAN_OFFICES_CLOSED,
        "slug": {"nb": "arkhangelsk", "ru": "arkhangelsk", "en": "arkhangelsk"},
        "name": {
            "nb": "Kontoret i Arkhangelsk",
            "ru": "Представительство в Архангельске",
            "en": "Arkhangelsk office",
        },
        "city": {"nb": "Arkhangelsk", "ru": "Архангельск", "en": "Arkhangelsk"},
        "postal_address": "а/я 112\n163000 Архангельск",
        "visiting_address": "наб. Северной Двины, 71, офис 305\n163000 Архангельск",
        "phone": "+7 8182 21 43 60",
        "latitude": "64.539300",
        "longitude": "40.517000",
        "opening_hours": {
            "nb": "Mandag–fredag: 09.00–17.00 (Moskva-tid)",
            "ru": "Понедельник — пятница: 9:00–17:00",
            "en": "Monday to Friday: 9:00–17:00 (Moscow time)",
        },
        "description": {
            "nb": """
<p>Fra Arkhangelsk fulgte vi opp samarbeidet med Arkhangelsk oblast. Skoler, universiteter,
kulturinstitusjoner og bedrifter som lette etter partnere i Nord-Norge, fikk råd og hjelp
her.</p>
<p>Kontoret ble stengt 1. februar 2023 og tar ikke lenger imot besøk eller henvendelser.</p>
""",
            "ru": """
<p>Через архангельское представительство шло наше сотрудничество с Архангельской областью.
Сюда за советом и помощью обращались школы, вузы, учреждения культуры и предприятия,
искавшие партнёров на севере Норвегии.</p>
<p>Представительство закрыто с 1 февраля 2023 года и больше не принимает посетителей и
обращения.</p>
""",
            "en": """
<p>The Arkhangelsk office looked after our cooperation with the Arkhangelsk region. Schools,
universities, cultural institutions and businesses looking for partners in Northern Norway
came here for advice and help.</p>
<p>The office closed on 1 February 2023 and no longer receives visitors or enquiries.</p>
""",
        },
    },
    {
        "email": "naryan-mar@barents.example",
        "kind": Office.Kind.OFFICE,
        "country": Country.RUSSIA,
        "order": 3,
        "closed_on": RUSSIAN_OFFICES_CLOSED,
        "slug": {"nb": "narjan-mar", "ru": "naryan-mar", "en": "naryan-mar"},
        "name": {
            "nb": "Nenets-kontoret i Narjan-Mar",
            "ru": "Представительство в Нарьян-Маре",
            "en": "Nenets office in Naryan-Mar",
        },
        "city": {"nb": "Narjan-Mar", "ru": "Нарьян-Мар", "en": "Naryan-Mar"},
        "postal_address": "а/я 18\n166000 Нарьян-Мар",
        "visiting_address": "ул. Смидовича, 20, офис 7\n166000 Нарьян-Мар",
        "phone": "+7 81853 4 21 90",
        "latitude": "67.638000",
        "longitude": "53.006900",
        "opening_hours": {
            "nb": "Mandag–fredag: 09.00–17.00 (Moskva-tid)",
            "ru": "Понедельник — пятница: 9:00–17:00",
            "en": "Monday to Friday: 9:00–17:00 (Moscow time)",
        },
        "description": {
            "nb": """
<p>Kontoret i Narjan-Mar var det minste vi hadde, men det betydde mye for samarbeidet med
Nenets autonome okrug. Mange av prosjektene som ble satt i gang herfra, handlet om
nenetsernes reindrift, språk og tradisjonelle håndverk.</p>
<p>Kontoret ble stengt 1. februar 2023.</p>
""",
            "ru": """
<p>Представительство в Нарьян-Маре было самым маленьким из наших офисов, но много значило
для сотрудничества с Ненецким автономным округом. Немало проектов, начатых здесь, было
посвящено оленеводству, языку и традиционным промыслам ненцев.</p>
<p>Представительство закрыто с 1 февраля 2023 года.</p>
""",
            "en": """
<p>The office in Naryan-Mar was the smallest we had, but it mattered a great deal for our
cooperation with the Nenets Autonomous Okrug. Many of the projects started here were about
Nenets reindeer herding, language and traditional crafts.</p>
<p>The office closed on 1 February 2023.</p>
""",
        },
    },
]

# --- Staff --------------------------------------------------------------------------------

# `photo`: the background colour of a generated portrait placeholder, or None for no photo.
STAFF = [
    {
        "email": "rune.rafaelsen@barents.example",
        "name": "Rune Rafaelsen",
        "office": HEAD_OFFICE,
        "phone": "+47 78 97 70 51",
        "order": 0,
        "photo": "#1d4e6f",
        "job_title": {
            "nb": "Sekretariatsleder",
            "ru": "Руководитель секретариата",
            "en": "Head of Secretariat",
        },
    },
    {
        "email": "ingrid.haugland@barents.example",
        "name": "Ingrid Haugland",
        "office": HEAD_OFFICE,
        "phone": "+47 78 97 70 52",
        "order": 1,
        "photo": "#8c3b4a",
        "job_title": {
            "nb": "Seniorrådgiver, kultur",
            "ru": "Старший советник по вопросам культуры",
            "en": "Senior Adviser, Culture",
        },
    },
    {
        "email": "mathias.strand@barents.example",
        "name": "Mathias Strand",
        "office": HEAD_OFFICE,
        "phone": "+47 78 97 70 53",
        "order": 2,
        "photo": "#2f6b4f",
        "job_title": {
            "nb": "Rådgiver, ungdom og utdanning",
            "ru": "Советник по делам молодёжи и образованию",
            "en": "Adviser, Youth and Education",
        },
    },
    {
        "email": "siri.bakken@barents.example",
        "name": "Siri Bakken",
        "office": HEAD_OFFICE,
        "phone": "+47 78 97 70 54",
        "order": 3,
        "photo": None,
        "job_title": {
            "nb": "Rådgiver, næringsliv",
            "ru": "Советник по деловому сотрудничеству",
            "en": "Adviser, Business Cooperation",
        },
    },
    {
        "email": "elen.kristine.gaup@barents.example",
        "name": "Elen Kristine Gaup",
        "office": HEAD_OFFICE,
        "phone": "+47 78 97 70 55",
        "order": 4,
        "photo": "#6b4f8c",
        "job_title": {
            "nb": "Rådgiver, urfolk og helse",
            "ru": "Советник по делам коренных народов и здравоохранению",
            "en": "Adviser, Indigenous Peoples and Health",
        },
    },
    {
        "email": "tor.einar.lovlund@barents.example",
        "name": "Tor Einar Løvlund",
        "office": HEAD_OFFICE,
        "phone": "+47 78 97 70 56",
        "order": 5,
        "photo": None,
        "job_title": {
            "nb": "Rådgiver, klima og miljø",
            "ru": "Советник по вопросам климата и экологии",
            "en": "Adviser, Climate and Environment",
        },
    },
    {
        "email": "kristoffer.aune@barents.example",
        "name": "Kristoffer Aune",
        "office": HEAD_OFFICE,
        "phone": "+47 78 97 70 57",
        "order": 6,
        "photo": "#b06a1f",
        "job_title": {
            "nb": "Kommunikasjonsrådgiver",
            "ru": "Советник по коммуникациям",
            "en": "Communication Adviser",
        },
    },
    {
        "email": "hanne.mikkelsen@barents.example",
        "name": "Hanne Mikkelsen",
        "office": HEAD_OFFICE,
        "phone": "+47 78 97 70 58",
        "order": 7,
        "photo": None,
        "job_title": {
            "nb": "Økonomikonsulent",
            "ru": "Специалист по финансам",
            "en": "Finance Officer",
        },
    },
    {
        "email": "ole-martin.isaksen@barents.example",
        "name": "Ole-Martin Isaksen",
        "office": HEAD_OFFICE,
        "phone": "+47 78 97 70 59",
        "order": 8,
        "photo": "#3d6e8f",
        "job_title": {
            "nb": "Prosjektkoordinator",
            "ru": "Координатор проектов",
            "en": "Project Coordinator",
        },
    },
    {
        # A former employee of a closed office: kept, but inactive and so not listed.
        "email": "jelena.kuzmina@barents.example",
        "name": "Jelena Kuzmina",
        "office": "murmansk@barents.example",
        "phone": "+7 8152 45 67 81",
        "order": 0,
        "active": False,
        "photo": None,
        "job_title": {
            "nb": "Kontorleder i Murmansk",
            "ru": "Руководитель мурманского представительства",
            "en": "Head of the Murmansk office",
        },
    },
]

# --- Pages --------------------------------------------------------------------------------

# Two top-level pages in the navigation ("About us", "Work with us"); the rest are children.
# `parent` names another page by its `key`; parents come before their children.
PAGES = [
    {
        "key": "about-us",
        "parent": None,
        "order": 0,
        "show_in_navigation": True,
        "slug": {"nb": "om-oss", "ru": "o-nas", "en": "about-us"},
        "title": {"nb": "Om oss", "ru": "О нас", "en": "About us"},
        "summary": {
            "nb": (
                "Barentssekretariatet hjelper folk, organisasjoner og bedrifter i nord med å "
                "samarbeide på tvers av landegrensene."
            ),
            "ru": (
                "Баренцев секретариат помогает людям, организациям и компаниям Севера "
                "работать вместе, несмотря на государственные границы."
            ),
            "en": (
                "The Barents Secretariat helps people, organisations and businesses in the "
                "North work together across national borders."
            ),
        },
        "body": {
            "nb": """
<p>Barentssekretariatet ble opprettet i 1993, samme år som Kirkenes-erklæringen la grunnlaget
for Barentssamarbeidet. Sekretariatet eies av de tre nordligste fylkeskommunene, og det
meste av pengene vi forvalter, kommer fra Utenriksdepartementet.</p>
<h2>Hva vi gjør</h2>
<ul>
<li>Vi gir tilskudd til samarbeidsprosjekter innen kultur, utdanning, helse, næringsliv,
miljø og urfolksspørsmål.</li>
<li>Vi gir råd om prosjektidéer, søknader og hvordan man finner gode partnere.</li>
<li>Vi samler kunnskap om nabolandene og om utviklingen i nord, og deler den med alle som
trenger den.</li>
</ul>
<p>Samarbeidet med russiske myndigheter ble lagt på is i 2022, og kontorene våre i
Murmansk, Arkhangelsk og Narjan-Mar ble stengt 1. februar 2023. Der det er mulig og
forsvarlig, støtter vi fortsatt kontakt mellom folk. Samtidig arbeider vi stadig tettere med
partnere i Sverige og Finland.</p>
<p>Under denne siden finner du mer om regionen, om rådene som styrer samarbeidet, og om
arbeidet vårt med urfolk, klima og miljø.</p>
""",
            "ru": """
<p>Баренцев секретариат был основан в 1993 году — в тот же год, когда Киркенесская
декларация положила начало Баренцеву сотрудничеству. Учредители секретариата — три самых
северных фюльке (губернии) Норвегии, а основную часть средств, которыми мы распоряжаемся,
выделяет Министерство иностранных дел Норвегии.</p>
<h2>Чем мы занимаемся</h2>
<ul>
<li>Выделяем гранты на совместные проекты в области культуры, образования,
здравоохранения, предпринимательства и экологии, а также на проекты коренных народов.</li>
<li>Консультируем по идеям проектов, оформлению заявок и поиску надёжных партнёров.</li>
<li>Собираем сведения о соседних странах и о том, что происходит на Севере, и делимся ими
со всеми, кому они нужны.</li>
</ul>
<p>В 2022 году сотрудничество с российскими органами власти было заморожено, а 1 февраля
2023 года закрылись наши представительства в Мурманске, Архангельске и Нарьян-Маре. Там,
где это возможно и безопасно, мы по-прежнему поддерживаем контакты между людьми, а с
партнёрами в Швеции и Финляндии работаем всё теснее.</p>
<p>В этом разделе вы узнаете больше о регионе, о советах, которые направляют сотрудничество,
и о нашей работе с коренными народами, в сфере климата и экологии.</p>
""",
            "en": """
<p>The Barents Secretariat was founded in 1993, the same year the Kirkenes Declaration laid
the foundation for the Barents cooperation. It is owned by Norway's three northernmost
county authorities, and most of the funds we manage come from the Norwegian Ministry of
Foreign Affairs.</p>
<h2>What we do</h2>
<ul>
<li>We fund cooperation projects in culture, education, health, business, the environment
and indigenous issues.</li>
<li>We advise on project ideas, applications and finding the right partners.</li>
<li>We gather knowledge about our neighbouring countries and developments in the North, and
share it with anyone who needs it.</li>
</ul>
<p>Cooperation with the Russian authorities was put on hold in 2022, and our offices in
Murmansk, Arkhangelsk and Naryan-Mar closed on 1 February 2023. Where it is possible and
safe, we still support contact between people, and we work ever more closely with partners
in Sweden and Finland.</p>
<p>The pages in this section tell you more about the region, the councils that steer the
cooperation, and our work with indigenous peoples, climate and the environment.</p>
""",
        },
    },
    {
        "key": "barents-region",
        "parent": "about-us",
        "order": 0,
        "slug": {"nb": "barentsregionen", "ru": "barentsev-region", "en": "the-barents-region"},
        "title": {"nb": "Barentsregionen", "ru": "Баренцев регион", "en": "The Barents Region"},
        "summary": {
            "nb": (
                "Et stort og glissent befolket område på toppen av Europa, med lange "
                "tradisjoner for handel og kontakt over grensene."
            ),
            "ru": (
                "Огромная малонаселённая территория на севере Европы с давними традициями "
                "торговли и добрососедства."
            ),
            "en": (
                "A vast, sparsely populated area at the top of Europe with a long tradition "
                "of trade and contact across borders."
            ),
        },
        "body": {
            "nb": """
<p>Barentsregionen strekker seg fra Nordland i vest til Uralfjellene i øst og omfatter de
nordligste delene av Norge, Sverige, Finland og Russland. Navnet har den fått fra
Barentshavet, som igjen er oppkalt etter den nederlandske sjøfareren Willem Barentsz.</p>
<p>Her finnes store skoger, vidder, tundra og fjorder, og noen av Europas rikeste
fiskebestander og forekomster av malm, olje og gass. Avstandene er lange, byene ligger
spredt, og vinteren er både lang og mørk.</p>
<h2>Fylker og regioner</h2>
<ul>
<li>Norge: Nordland, Troms og Finnmark</li>
<li>Sverige: Norrbotten og Västerbotten</li>
<li>Finland: Lappland, Nord-Österbotten, Kajanaland og Nord-Karelen</li>
<li>Russland: Murmansk oblast, Arkhangelsk oblast, Republikken Karelen, Republikken Komi og
Nenets autonome okrug</li>
</ul>
<p>Kontakten over grensene er ikke noe nytt. Fra 1700-tallet og fram til den russiske
revolusjonen seilte pomorene fra Kvitsjøen til Nord-Norge med korn og mel og vendte hjem med
fisk. Samenes land, Sápmi, strekker seg fortsatt over alle de fire landene.</p>
<aside class="fact-box">
<h3>Fakta</h3>
<ul>
<li>Areal: om lag 1,75 millioner km²</li>
<li>Innbyggere: om lag 5 millioner</li>
<li>14 fylker og regioner i fire land</li>
<li>Urfolk: samer, nenetser og vepsere</li>
<li>Samarbeidet ble innledet med Kirkenes-erklæringen i 1993</li>
</ul>
</aside>
""",
            "ru": """
<p>Баренцев регион простирается от норвежской губернии Нурланн на западе до Уральского
хребта на востоке и охватывает северные территории Норвегии, Швеции, Финляндии и России.
Своё название он получил от Баренцева моря, которое, в свою очередь, названо в честь
голландского мореплавателя Виллема Баренца.</p>
<p>Здесь раскинулись бескрайние леса, тундра и фьорды, а в недрах и водах региона
сосредоточены одни из богатейших в Европе запасов рыбы, руды, нефти и газа. Города отделены
друг от друга сотнями километров, а зима здесь долгая и тёмная.</p>
<h2>Регионы-участники</h2>
<ul>
<li>Норвегия: Нурланн, Тромс и Финнмарк</li>
<li>Швеция: Норрботтен и Вестерботтен</li>
<li>Финляндия: Лапландия, Северная Остроботния, Кайнуу и Северная Карелия</li>
<li>Россия: Мурманская и Архангельская области, Республика Карелия, Республика Коми и
Ненецкий автономный округ</li>
</ul>
<p>Связи через границы завязались здесь давно. С XVIII века и вплоть до революции поморы с
берегов Белого моря ходили на своих судах в Северную Норвегию: везли туда зерно и муку, а
обратно — рыбу. Исконные земли саамов, Сапми, и сегодня лежат на территории всех четырёх
стран.</p>
<aside class="fact-box">
<h3>Факты</h3>
<ul>
<li>Площадь: около 1,75 млн км²</li>
<li>Население: около 5 млн человек</li>
<li>14 регионов в четырёх странах</li>
<li>Коренные народы: саамы, ненцы и вепсы</li>
<li>Начало сотрудничеству положила Киркенесская декларация 1993 года</li>
</ul>
</aside>
""",
            "en": """
<p>The Barents Region stretches from Nordland in the west to the Ural Mountains in the east
and covers the northernmost parts of Norway, Sweden, Finland and Russia. It takes its name
from the Barents Sea, which in turn was named after the Dutch navigator Willem Barentsz.</p>
<p>It is a land of vast forests, tundra and fjords, with some of Europe's richest fish
stocks and deposits of ore, oil and gas. Distances are long, towns are few and far between,
and winters are long and dark.</p>
<h2>Member counties and regions</h2>
<ul>
<li>Norway: Nordland, Troms and Finnmark</li>
<li>Sweden: Norrbotten and Västerbotten</li>
<li>Finland: Lapland, North Ostrobothnia, Kainuu and North Karelia</li>
<li>Russia: Murmansk Oblast, Arkhangelsk Oblast, the Republic of Karelia, the Komi Republic
and the Nenets Autonomous Okrug</li>
</ul>
<p>Contact across these borders is nothing new. From the 18th century until the Russian
Revolution, Pomor traders from the White Sea sailed to Northern Norway with grain and flour
and returned home with fish. Sápmi, the land of the Sami, still spans all four
countries.</p>
<aside class="fact-box">
<h3>Facts</h3>
<ul>
<li>Area: about 1.75 million km²</li>
<li>Population: about 5 million</li>
<li>14 counties and regions in four countries</li>
<li>Indigenous peoples: Sami, Nenets and Veps</li>
<li>The cooperation began with the Kirkenes Declaration in 1993</li>
</ul>
</aside>
""",
        },
    },
    {
        "key": "indigenous-peoples",
        "parent": "about-us",
        "order": 1,
        "slug": {"nb": "urfolk", "ru": "korennye-narody", "en": "indigenous-peoples"},
        "title": {
            "nb": "Urfolk i Barentssamarbeidet",
            "ru": "Коренные народы в Баренцевом сотрудничестве",
            "en": "Indigenous peoples in the Barents cooperation",
        },
        "summary": {
            "nb": "Samer, nenetser og vepsere har sin egen stemme på alle nivåer i samarbeidet.",
            "ru": ("Саамы, ненцы и вепсы имеют собственный голос на всех уровнях сотрудничества."),
            "en": "The Sami, Nenets and Veps have their own voice at every level of the work.",
        },
        "body": {
            "nb": """
<p>Tre urfolk bor i Barentsregionen: samene i Norge, Sverige, Finland og Russland,
nenetserne lengst øst og vepserne i Republikken Karelen. Helt fra starten var målet at
urfolkene selv skulle være med på å forme samarbeidet, ikke bare bli snakket om.</p>
<p>Arbeidsgruppen for urfolk består av representanter for de tre folkene. Den gir råd til
både Barentsrådet og Barents regionråd og har ansvaret for en egen handlingsplan for
urfolk.</p>
<h2>Dette støtter vi</h2>
<ul>
<li>språkarbeid, for eksempel språkleirer og læremidler på samisk</li>
<li>kultur, duodji og annet tradisjonelt håndverk</li>
<li>reindrift og erfaringsutveksling mellom reindriftsutøvere</li>
<li>møteplasser for ungdom fra de tre folkene</li>
</ul>
<p>Berører prosjektet ditt urfolks interesser, bør du ta kontakt med urfolksorganisasjonene
tidlig, helst før søknaden skrives.</p>
""",
            "ru": """
<p>В Баренцевом регионе живут три коренных народа: саамы — в Норвегии, Швеции, Финляндии и
России, ненцы — на востоке региона, вепсы — в Республике Карелия. С самого начала было
решено, что коренные народы должны стать полноправными участниками сотрудничества, а не
только предметом обсуждения.</p>
<p>В Рабочую группу по делам коренных народов входят представители всех трёх народов.
Группа консультирует и Совет Баренцева/Евроарктического региона, и Баренцев региональный
совет, а также отвечает за особый план действий в интересах коренных народов.</p>
<h2>Что мы поддерживаем</h2>
<ul>
<li>сохранение родных языков: языковые лагеря, учебные пособия на саамских языках;</li>
<li>культуру и традиционные ремёсла, в том числе саамское прикладное искусство дуодьи;</li>
<li>оленеводство и обмен опытом между оленеводами;</li>
<li>встречи молодёжи из числа коренных народов.</li>
</ul>
<p>Если ваш проект затрагивает интересы коренных народов, свяжитесь с их организациями
заранее, лучше всего ещё до того, как сядете писать заявку.</p>
""",
            "en": """
<p>Three indigenous peoples live in the Barents Region: the Sami in Norway, Sweden, Finland
and Russia, the Nenets in the far east of the region and the Veps in the Republic of
Karelia. From the very start, the aim was for indigenous peoples to help shape the
cooperation rather than merely be discussed in it.</p>
<p>The Working Group of Indigenous Peoples is made up of representatives of all three
peoples. It advises both the Barents Euro-Arctic Council and the Barents Regional Council
and is responsible for an action plan of its own.</p>
<h2>What we support</h2>
<ul>
<li>language work, such as language camps and teaching materials in Sami</li>
<li>culture, duodji and other traditional crafts</li>
<li>reindeer herding and the exchange of experience between herders</li>
<li>meeting places for young indigenous people</li>
</ul>
<p>If your project touches on the interests of indigenous peoples, get in touch with their
organisations early, ideally before you start writing your application.</p>
""",
        },
    },
    {
        "key": "councils",
        "parent": "about-us",
        "order": 2,
        "slug": {"nb": "barentsradet-og-regionradet", "ru": "sovety", "en": "councils"},
        "title": {
            "nb": "Barentsrådet og Barents regionråd",
            "ru": "Совет Баренцева/Евроарктического региона и Баренцев региональный совет",
            "en": "The Barents Euro-Arctic Council and the Barents Regional Council",
        },
        "summary": {
            "nb": (
                "Barentssamarbeidet foregår på to plan: mellom landene og mellom fylkene og "
                "regionene."
            ),
            "ru": (
                "Баренцево сотрудничество ведётся на двух уровнях: между государствами и "
                "между регионами."
            ),
            "en": (
                "The Barents cooperation works on two levels: between countries and between "
                "counties and regions."
            ),
        },
        "body": {
            "nb": """
<p>Barentssamarbeidet har to bein å stå på. I Barentsrådet møtes landenes
utenriksministre, mens Barents regionråd samler de politiske lederne i fylkene og
regionene. Urfolkene er representert i begge rådene.</p>
<h2>Barentsrådet</h2>
<p>Medlemmene er Norge, Sverige, Finland, Danmark, Island og EU-kommisjonen. Russland var med
fra begynnelsen, men meldte seg ut i 2023. Lederskapet går på omgang og skifter annethvert
år.</p>
<h2>Barents regionråd</h2>
<p>Regionrådet er samarbeidets regionale bein. Det er i stor grad her de praktiske
prosjektene blir til, og ledervervet går på omgang mellom medlemsfylkene og -regionene. De
russiske regionene har ikke deltatt siden 2022.</p>
<p>Rådene har felles arbeidsgrupper for blant annet helse, kultur, ungdom, miljø, transport
og redningssamarbeid. Begge betjenes av Det internasjonale Barentssekretariatet, som ble
opprettet i Kirkenes i 2008. Det er en egen organisasjon og må ikke forveksles med
oss.</p>
""",
            "ru": """
<p>Баренцево сотрудничество держится на двух опорах. В Совете Баренцева/Евроарктического
региона (СБЕР) встречаются министры иностранных дел, а в Баренцевом региональном совете
(БРС) — руководители губерний и регионов. Коренные народы представлены в обоих
советах.</p>
<h2>Совет Баренцева/Евроарктического региона</h2>
<p>В Совет входят Норвегия, Швеция, Финляндия, Дания, Исландия и Европейская комиссия.
Россия участвовала в его работе с момента основания, но в 2023 году вышла из него.
Председательство переходит от страны к стране раз в два года.</p>
<h2>Баренцев региональный совет</h2>
<p>Именно в Региональном совете рождается большинство практических проектов, а
председательство в нём переходит от одного региона к другому. Российские регионы с 2022 года
в работе совета не участвуют.</p>
<p>У советов есть общие рабочие группы — по здравоохранению, культуре, делам молодёжи,
экологии, транспорту, спасательным операциям и другим направлениям. Работу обоих советов
обеспечивает Международный Баренцев секретариат, созданный в Киркенесе в 2008 году. Это
самостоятельная организация, и её не следует путать с нами.</p>
""",
            "en": """
<p>The Barents cooperation stands on two legs. The foreign ministers meet in the Barents
Euro-Arctic Council, while the Barents Regional Council brings together the political
leaders of the counties and regions. Indigenous peoples are represented in both.</p>
<h2>The Barents Euro-Arctic Council</h2>
<p>Its members are Norway, Sweden, Finland, Denmark, Iceland and the European Commission.
Russia took part from the start but withdrew in 2023. The chairmanship rotates every two
years.</p>
<h2>The Barents Regional Council</h2>
<p>Much of the practical work takes shape in the Regional Council, whose chairmanship
passes from one member county or region to the next. The Russian regions have not taken part
since 2022.</p>
<p>The councils share working groups on health, culture, youth, the environment, transport,
rescue services and more. Both are served by the International Barents Secretariat,
established in Kirkenes in 2008. It is a separate organisation and not to be confused with
us.</p>
""",
        },
    },
    {
        "key": "people-to-people",
        "parent": "about-us",
        "order": 3,
        "slug": {
            "nb": "folk-til-folk-samarbeid",
            "ru": "kontakty-mezhdu-lyudmi",
            "en": "people-to-people-cooperation",
        },
        "title": {
            "nb": "Folk-til-folk-samarbeid",
            "ru": "Контакты между людьми",
            "en": "People-to-people cooperation",
        },
        "summary": {
            "nb": "Tillit bygges når vanlige folk blir kjent med hverandre over grensene.",
            "ru": "Доверие рождается там, где обычные люди знакомятся друг с другом.",
            "en": "Trust grows when ordinary people get to know each other across borders.",
        },
        "body": {
            "nb": """
<p>Kjernen i Barentssamarbeidet er at vanlige folk blir kjent med hverandre. Når elever,
musikere, sykepleiere og gründere fra hver sin side av en grense møtes og får til noe
sammen, vokser det fram en tillit som varer lenger enn de politiske svingningene.</p>
<p>Siden 1993 har vi støttet flere tusen slike prosjekter. De fleste er små, og mange drives
av frivillige på fritiden.</p>
<h2>Eksempler på prosjekter</h2>
<ul>
<li>vennskapsskoler som sender elever og lærere på utveksling</li>
<li>felles konserter, festivaler og kunstneropphold</li>
<li>idrettsstevner for barn og unge</li>
<li>faglig samarbeid mellom sykehus og helsepersonell</li>
<li>nettverk for små bedrifter og gründere</li>
</ul>
<p>Fordi så mange av søkerne er små lag og foreninger, legger vi vekt på at det skal være
enkelt å søke, og at det skal være lett å få hjelp underveis.</p>
""",
            "ru": """
<p>Суть Баренцева сотрудничества — в том, чтобы обычные люди узнавали друг друга. Когда
школьники, музыканты, медсёстры и начинающие предприниматели из разных стран встречаются и
вместе добиваются результата, возникает доверие, которое переживает любые политические
перемены.</p>
<p>С 1993 года мы поддержали несколько тысяч таких проектов. Большинство из них невелики, и
многие держатся на энтузиазме добровольцев, работающих в свободное время.</p>
<h2>Примеры проектов</h2>
<ul>
<li>школы-побратимы, которые обмениваются учениками и учителями;</li>
<li>совместные концерты, фестивали и творческие резиденции;</li>
<li>спортивные соревнования для детей и молодёжи;</li>
<li>профессиональное сотрудничество больниц и медицинских работников;</li>
<li>сети малых предприятий и начинающих предпринимателей.</li>
</ul>
<p>Среди заявителей много небольших клубов и общественных объединений, поэтому мы
стараемся, чтобы подать заявку было просто, а получить помощь на любом этапе — легко.</p>
""",
            "en": """
<p>At the heart of the Barents cooperation are ordinary people getting to know each other.
When pupils, musicians, nurses and entrepreneurs from different sides of a border meet and
achieve something together, they build a trust that outlasts political ups and downs.</p>
<p>Since 1993 we have supported several thousand such projects. Most of them are small, and
many are run by volunteers in their spare time.</p>
<h2>Examples of projects</h2>
<ul>
<li>twinned schools exchanging pupils and teachers</li>
<li>joint concerts, festivals and artist residencies</li>
<li>sports events for children and young people</li>
<li>professional cooperation between hospitals and health workers</li>
<li>networks for small businesses and entrepreneurs</li>
</ul>
<p>Because so many applicants are small clubs and associations, we make applying simple and
make sure help is easy to find along the way.</p>
""",
        },
    },
    {
        "key": "history",
        "parent": "about-us",
        "order": 4,
        "slug": {"nb": "historie", "ru": "istoriya", "en": "history"},
        "title": {
            "nb": "Barentssamarbeidets historie",
            "ru": "История Баренцева сотрудничества",
            "en": "History of the Barents cooperation",
        },
        "summary": {
            "nb": "Fra Kirkenes-erklæringen i 1993 til i dag – de viktigste årstallene.",
            "ru": "От Киркенесской декларации 1993 года до наших дней: главные вехи.",
            "en": "From the Kirkenes Declaration in 1993 to the present day: the key dates.",
        },
        "body": {
            "nb": """
<p>Da den kalde krigen tok slutt, åpnet det seg en sjanse til å bygge bro over en grense som
i flere tiår nesten hadde vært stengt. Daværende utenriksminister Thorvald Stoltenberg tok
initiativet til et nytt regionalt samarbeid i nord, og nabolandene var raske til å slutte
seg til.</p>
<h2>Viktige årstall</h2>
<ul>
<li><strong>1993:</strong> Kirkenes-erklæringen undertegnes 11. januar. Barentsrådet og
Barents regionråd opprettes, og Barentssekretariatet starter opp.</li>
<li><strong>2008:</strong> Det internasjonale Barentssekretariatet åpner i Kirkenes.</li>
<li><strong>2012:</strong> Ordningen med grenseboerbevis trer i kraft, og folk som bor nær
grensen, kan reise over den uten visum.</li>
<li><strong>2013:</strong> Statsministrene møtes i Kirkenes og markerer at samarbeidet har
vart i 20 år.</li>
<li><strong>2018:</strong> Barentssamarbeidet fyller 25 år.</li>
<li><strong>2022:</strong> Etter Russlands angrep på Ukraina blir samarbeidet med russiske
myndigheter stanset.</li>
<li><strong>2023:</strong> Kontorene våre i Russland stenges 1. februar, og i september
melder Russland seg ut av Barentsrådet.</li>
</ul>
<p>Trettiårsjubileet i 2023 ble feiret i en helt annen stemning enn de tidligere
jubileene. Likevel lever mange av nettverkene som er bygd opp gjennom tre tiår, videre.</p>
""",
            "ru": """
<p>С окончанием холодной войны появилась возможность навести мосты через границу, которая
несколько десятилетий оставалась почти закрытой. Тогдашний министр иностранных дел
Норвегии Турвальд Столтенберг предложил начать новое региональное сотрудничество на Севере,
и соседние страны охотно откликнулись.</p>
<h2>Главные вехи</h2>
<ul>
<li><strong>1993.</strong> 11 января подписана Киркенесская декларация. Созданы Совет
Баренцева/Евроарктического региона и Баренцев региональный совет, начинает работу
Баренцев секретариат.</li>
<li><strong>2008.</strong> В Киркенесе открывается Международный Баренцев секретариат.</li>
<li><strong>2012.</strong> Вступает в силу соглашение о местном приграничном передвижении:
жители приграничных районов получают право пересекать границу без визы.</li>
<li><strong>2013.</strong> Главы правительств встречаются в Киркенесе, чтобы отметить
20-летие сотрудничества.</li>
<li><strong>2018.</strong> Баренцеву сотрудничеству исполняется 25 лет.</li>
<li><strong>2022.</strong> После нападения России на Украину сотрудничество с российскими
органами власти прекращается.</li>
<li><strong>2023.</strong> 1 февраля закрываются наши представительства в России, а в
сентябре Россия выходит из Совета Баренцева/Евроарктического региона.</li>
</ul>
<p>Тридцатилетие сотрудничества в 2023 году прошло совсем не так, как прежние юбилеи. И всё
же многие связи, сложившиеся за три десятилетия, живы до сих пор.</p>
""",
            "en": """
<p>The end of the Cold War brought a chance to build bridges across a border that had been
all but closed for decades. Norway's then Foreign Minister, Thorvald Stoltenberg, proposed a
new regional cooperation in the North, and the neighbouring countries were quick to join
in.</p>
<h2>Key dates</h2>
<ul>
<li><strong>1993:</strong> The Kirkenes Declaration is signed on 11 January. The Barents
Euro-Arctic Council and the Barents Regional Council are set up, and the Barents
Secretariat opens.</li>
<li><strong>2008:</strong> The International Barents Secretariat opens in Kirkenes.</li>
<li><strong>2012:</strong> The local border traffic permit comes into force, letting people
who live near the border cross it without a visa.</li>
<li><strong>2013:</strong> The prime ministers meet in Kirkenes to mark 20 years of
cooperation.</li>
<li><strong>2018:</strong> The Barents cooperation turns 25.</li>
<li><strong>2022:</strong> After Russia attacks Ukraine, cooperation with the Russian
authorities is halted.</li>
<li><strong>2023:</strong> Our offices in Russia close on 1 February, and in September
Russia withdraws from the Barents Euro-Arctic Council.</li>
</ul>
<p>The 30th anniversary in 2023 was marked in a very different mood from earlier ones. Even
so, many of the networks built up over three decades live on.</p>
""",
        },
    },
    {
        "key": "climate",
        "parent": "about-us",
        "order": 5,
        "slug": {
            "nb": "klima-og-miljo",
            "ru": "klimat-i-ekologiya",
            "en": "climate-and-environment",
        },
        "title": {
            "nb": "Klima og miljø",
            "ru": "Климат и экология",
            "en": "Climate and environment",
        },
        "summary": {
            "nb": "Klimaendringene merkes tidlig og tydelig i nord.",
            "ru": "На Севере изменения климата заметны раньше и острее, чем где-либо ещё.",
            "en": "Climate change is felt early and clearly in the North.",
        },
        "body": {
            "nb": """
<p>Arktis blir varmere omtrent tre ganger så fort som resten av kloden. I Barentsregionen
betyr det kortere vintre, mindre havis, tining av permafrost og nye arter som trekker
nordover. For reindriften, fisket og friluftslivet merkes endringene allerede.</p>
<p>Miljøvern har vært en del av Barentssamarbeidet helt fra starten. Mye av innsatsen har
dreid seg om de såkalte miljøverstingene – de verste forurensningskildene i regionen, som
smelteverk, gruver og kloakkutslipp. Siden listen ble satt opp i 2003, er mange av dem
ryddet opp og strøket.</p>
<h2>Vårt bidrag</h2>
<ul>
<li>tilskudd til prosjekter om energisparing, avfall og klimatilpasning</li>
<li>klimaprosjekter for skoler og ungdom</li>
<li>møteplasser der forskere, forvaltning og lokalsamfunn kan lære av hverandre</li>
</ul>
<p>Naturen bryr seg ikke om riksgrenser. Derfor mener vi at miljøarbeid i nord alltid
tjener på at naboer samarbeider.</p>
""",
            "ru": """
<p>В Арктике теплеет примерно втрое быстрее, чем на планете в целом. Для Баренцева региона это
означает более короткие зимы, сокращение морского льда, таяние вечной мерзлоты и
продвижение на север новых видов животных и растений. Оленеводы, рыбаки и все, кто любит
отдых на природе, ощущают перемены уже сейчас.</p>
<p>Охрана окружающей среды с самого начала была частью Баренцева сотрудничества. Во многом
эта работа касалась так называемых «горячих точек» — самых опасных источников загрязнения в
регионе: металлургических комбинатов, рудников, сбросов неочищенных сточных вод. С тех пор
как в 2003 году был составлен их перечень, многие из них удалось устранить и исключить из
списка.</p>
<h2>Наш вклад</h2>
<ul>
<li>гранты на проекты по энергосбережению, переработке отходов и адаптации к изменению
климата;</li>
<li>климатические проекты для школ и молодёжи;</li>
<li>площадки, где учёные, чиновники и местные жители могут учиться друг у друга.</li>
</ul>
<p>Природа не знает государственных границ, и поэтому охрана окружающей среды на Севере
всегда выигрывает, когда соседи действуют сообща.</p>
""",
            "en": """
<p>The Arctic is warming about three times as fast as the planet as a whole. In the Barents
Region this means shorter winters, less sea ice, thawing permafrost and new species moving
north. Reindeer herders, fishers and anyone who spends time outdoors can already feel the
change.</p>
<p>Environmental protection has been part of the Barents cooperation from the start. Much
of the effort has gone into the so-called hot spots – the worst sources of pollution in the
region, such as smelters, mines and untreated sewage. Since the list was drawn up in 2003,
many of them have been cleaned up and removed from it.</p>
<h2>Our contribution</h2>
<ul>
<li>grants for projects on energy saving, waste and climate adaptation</li>
<li>climate projects for schools and young people</li>
<li>meeting places where researchers, officials and local communities learn from each
other</li>
</ul>
<p>Nature pays no attention to national borders, which is why environmental work in the
North always gains when neighbours work together.</p>
""",
        },
    },
    {
        # A draft: it must not appear anywhere on the public site.
        "key": "strategy",
        "parent": "about-us",
        "order": 6,
        "status": "draft",
        "slug": {
            "nb": "strategi-2026-2029",
            "ru": "strategiya-2026-2029",
            "en": "strategy-2026-2029",
        },
        "title": {
            "nb": "Strategi for 2026–2029",
            "ru": "Стратегия на 2026–2029 годы",
            "en": "Strategy 2026–2029",
        },
        "summary": {
            "nb": "Utkast til ny strategi for Barentssekretariatet.",
            "ru": "Проект новой стратегии Баренцева секретариата.",
            "en": "Draft of the Barents Secretariat's new strategy.",
        },
        "body": {
            "nb": """
<p>Dette er et utkast som eierne ennå ikke har behandlet. Teksten vil bli endret.</p>
<h2>Hovedmål</h2>
<ul>
<li>Styrke samarbeidet mellom Nord-Norge, Nord-Sverige og Nord-Finland.</li>
<li>Holde ved like kunnskapen om Russland og regionene på russisk side.</li>
<li>Gjøre det enklere for unge å søke om støtte.</li>
</ul>
""",
            "ru": """
<p>Это проект, который учредители ещё не рассматривали. Текст будет изменён.</p>
<h2>Основные цели</h2>
<ul>
<li>Укреплять сотрудничество между севером Норвегии, Швеции и Финляндии.</li>
<li>Сохранять знания о России и её северных регионах.</li>
<li>Упростить подачу заявок для молодёжи.</li>
</ul>
""",
            "en": """
<p>This is a draft that the owners have not yet discussed. The text will change.</p>
<h2>Main goals</h2>
<ul>
<li>Strengthen cooperation between the north of Norway, Sweden and Finland.</li>
<li>Keep up our knowledge of Russia and its northern regions.</li>
<li>Make it easier for young people to apply for funding.</li>
</ul>
""",
        },
    },
    {
        "key": "work-with-us",
        "parent": None,
        "order": 1,
        "show_in_navigation": True,
        "slug": {"nb": "jobb-hos-oss", "ru": "rabota-u-nas", "en": "work-with-us"},
        "title": {"nb": "Jobb hos oss", "ru": "Работа у нас", "en": "Work with us"},
        "summary": {
            "nb": (
                "Vi er en liten arbeidsplass i Kirkenes, og arbeidsfeltet vårt er hele "
                "Barentsregionen."
            ),
            "ru": "Мы — небольшой коллектив в Киркенесе, и наше поле деятельности — весь регион.",
            "en": "We are a small team in Kirkenes with the whole Barents Region as our field.",
        },
        "body": {
            "nb": """
<p>Barentssekretariatet har rundt ti ansatte, og alle holder til i Kirkenes. Vi jobber tett
sammen, reiser en god del i regionen og har daglig kontakt med prosjektpartnere i flere
land.</p>
<p>Hos oss teller språkkunnskaper og kjennskap til nabolandene like mye som formell
utdanning. Mange av oss snakker russisk, finsk, svensk eller samisk i tillegg til norsk og
engelsk.</p>
<p>Vi tar også imot praktikanter hvert år. Ledige stillinger lyser vi ut på disse
sidene.</p>
""",
            "ru": """
<p>В Баренцевом секретариате около десяти сотрудников, и все они работают в Киркенесе. Мы
трудимся одной командой, много ездим по региону и каждый день общаемся с партнёрами из
разных стран.</p>
<p>Знание языков и соседних стран ценится у нас не меньше, чем диплом. Многие наши
сотрудники, помимо норвежского и английского, говорят по-русски, по-фински, по-шведски или
на одном из саамских языков.</p>
<p>Каждый год мы принимаем стажёров. Об открытых вакансиях мы сообщаем на этом сайте.</p>
""",
            "en": """
<p>The Barents Secretariat has about ten employees, all based in Kirkenes. We work closely
together, travel a fair amount in the region and are in daily contact with project partners
in several countries.</p>
<p>Here, language skills and knowledge of our neighbouring countries count as much as formal
qualifications. Many of us speak Russian, Finnish, Swedish or Sami as well as Norwegian and
English.</p>
<p>We also take on interns every year, and we advertise vacancies on this website.</p>
""",
        },
    },
    {
        "key": "internship",
        "parent": "work-with-us",
        "order": 0,
        "slug": {"nb": "praksisplass", "ru": "stazhirovka", "en": "internship"},
        "title": {
            "nb": "Praksisplass i sekretariatet",
            "ru": "Стажировка в секретариате",
            "en": "Internship at the secretariat",
        },
        "summary": {
            "nb": (
                "Studenter og nyutdannede kan få praksis hos oss i tre til seks måneder og se "
                "grenseoverskridende samarbeid fra innsiden."
            ),
            "ru": (
                "Студенты и молодые специалисты могут пройти у нас стажировку продолжительностью "
                "от трёх до шести месяцев."
            ),
            "en": (
                "Students and recent graduates can spend three to six months with us and see "
                "cross-border cooperation from the inside."
            ),
        },
        "body": {
            "nb": """
<p>Hvert år tar vi imot studenter og nyutdannede som vil lære hvordan grenseoverskridende
samarbeid fungerer i praksis. Et praksisopphold varer vanligvis fra tre til seks
måneder.</p>
<h2>Dette får du være med på</h2>
<ul>
<li>planlegging av konferanser, seminarer og studiebesøk</li>
<li>behandling og oppfølging av prosjektsøknader</li>
<li>nyhetssaker og innhold til sosiale medier</li>
<li>små utredninger om aktuelle spørsmål i regionen</li>
</ul>
<h2>Hvem vi ser etter</h2>
<p>Du studerer kanskje statsvitenskap, nordområdestudier, journalistikk, økonomi eller
språk, og du er nysgjerrig på nabolandene våre. Du må beherske engelsk godt; kan du i
tillegg svensk, finsk, russisk eller samisk, er det en fordel.</p>
<p>Vi dekker reisen til og fra Kirkenes og hjelper deg med å finne et sted å bo.
Søknadsfristen er 1. april for høstsemesteret og 1. oktober for vårsemesteret.</p>
""",
            "ru": """
<p>Каждый год мы приглашаем студентов и молодых специалистов, которые хотят увидеть, как
приграничное сотрудничество устроено на практике. Стажировка обычно длится от трёх до шести
месяцев.</p>
<h2>Чем вы будете заниматься</h2>
<ul>
<li>готовить конференции, семинары и ознакомительные поездки;</li>
<li>рассматривать проектные заявки и следить за ходом проектов;</li>
<li>писать новости и материалы для социальных сетей;</li>
<li>готовить небольшие аналитические записки по актуальным для региона вопросам.</li>
</ul>
<h2>Кого мы ищем</h2>
<p>Вы изучаете политологию, северные исследования, журналистику, экономику или языки и
интересуетесь соседними странами. Хороший английский обязателен; знание шведского,
финского, русского или саамского языка будет преимуществом.</p>
<p>Мы оплачиваем дорогу до Киркенеса и обратно и помогаем найти жильё. Заявки на осенний
семестр принимаются до 1 апреля, на весенний — до 1 октября.</p>
""",
            "en": """
<p>Every year we welcome students and recent graduates who want to learn how cross-border
cooperation works in practice. An internship usually lasts from three to six months.</p>
<h2>What you will do</h2>
<ul>
<li>help plan conferences, seminars and study visits</li>
<li>process project applications and follow up projects</li>
<li>write news stories and social media content</li>
<li>prepare short reports on current issues in the region</li>
</ul>
<h2>Who we are looking for</h2>
<p>You might be studying political science, Arctic studies, journalism, economics or
languages, and you are curious about our neighbouring countries. Good English is a must;
Swedish, Finnish, Russian or Sami is a plus.</p>
<p>We pay for your journey to and from Kirkenes and help you find somewhere to live. The
deadline is 1 April for the autumn term and 1 October for the spring term.</p>
""",
        },
    },
    {
        # Only in Norwegian: shows the language fallback and its notice under /ru/ and /en/.
        "key": "vacancies",
        "parent": "work-with-us",
        "order": 1,
        "slug": {"nb": "ledige-stillinger"},
        "title": {"nb": "Ledige stillinger"},
        "summary": {
            "nb": "Her lyser vi ut stillinger i sekretariatet. Utlysningene skrives på norsk."
        },
        "body": {
            "nb": """
<p>Akkurat nå har vi ingen ledige faste stillinger. Følg med på denne siden, eller lagre et
søk på arbeidsplassen.no, så får du beskjed når vi lyser ut noe nytt.</p>
<p>Utlysningene våre skrives på norsk, fordi norsk er arbeidsspråket i sekretariatet. Du
trenger likevel ikke å ha norsk som morsmål – flere av kollegene våre har lært seg språket
i voksen alder.</p>
<h2>Åpen søknad</h2>
<p>Du er velkommen til å sende oss en åpen søknad med CV. Vi tar vare på den i seks måneder
og tar kontakt hvis det dukker opp noe som passer for deg.</p>
"""
        },
    },
]

# --- Loading ------------------------------------------------------------------------------


def load(out):
    offices = load_offices(out)
    load_staff(out, offices)
    load_pages(out)


def load_offices(out):
    offices, created_count = {}, 0
    for spec in OFFICES:
        fields = {
            "kind": spec["kind"],
            "country": spec["country"],
            "order": spec["order"],
            "postal_address": spec["postal_address"],
            "visiting_address": spec["visiting_address"],
            "phone": spec["phone"],
            "latitude": Decimal(spec["latitude"]),
            "longitude": Decimal(spec["longitude"]),
            "closed_on": spec.get("closed_on"),
            "status": "published",
            **translated("slug", spec["slug"], empty=None),
            **translated("name", spec["name"]),
            **translated("city", spec["city"]),
            **translated("opening_hours", spec["opening_hours"]),
            **translated("description", spec["description"], html=True),
        }
        office, created = Office.objects.update_or_create(email=spec["email"], defaults=fields)
        offices[spec["email"]] = office
        created_count += created
    out(f"Offices: {len(offices)} ({created_count} new)")
    return offices


def load_staff(out, offices):
    created_count = photos = 0
    for spec in STAFF:
        person = StaffMember.objects.filter(email=spec["email"]).first()
        created = person is None
        person = person or StaffMember(email=spec["email"])
        person.name = spec["name"]
        person.office = offices[spec["office"]]
        person.phone = spec["phone"]
        person.order = spec["order"]
        person.active = spec.get("active", True)
        for field, value in translated("job_title", spec["job_title"]).items():
            setattr(person, field, value)
        if spec["photo"] and not _has_stored_photo(person):
            person.photo = ContentFile(
                portrait_placeholder(spec["name"], spec["photo"]),
                name=f"{slugify(spec['name'])}.jpg",
            )
            photos += 1
        person.save()
        created_count += created
    out(f"Staff: {len(STAFF)} ({created_count} new, {photos} portraits drawn)")


def load_pages(out):
    pages, created_count = {}, 0
    for spec in PAGES:
        status = spec.get("status", "published")
        fields = {
            "parent": pages[spec["parent"]] if spec["parent"] else None,
            "order": spec["order"],
            "show_in_navigation": spec.get("show_in_navigation", False),
            "status": status,
            **translated("slug", spec["slug"], empty=None),
            **translated("title", spec["title"]),
            **translated("summary", spec["summary"]),
            **translated("body", spec["body"], html=True),
        }
        if status != "published":
            fields["published_at"] = None
        # The English slug is the stable key; a page that exists only in Norwegian uses its own.
        code = next(code for code in ("en", "nb", "ru") if spec["slug"].get(code))
        page, created = Page.objects.update_or_create(
            **{f"slug_{code}": spec["slug"][code]}, defaults=fields
        )
        pages[spec["key"]] = page
        created_count += created
    out(f"Pages: {len(pages)} ({created_count} new)")


def translated(field, values, *, empty="", html=False):
    """`{"nb": …}` → `{"field_nb": …, "field_ru": empty, "field_en": empty}`."""
    result = {}
    for code in LANGUAGES:
        value = values.get(code)
        if value and html:
            value = tidy_html(value)
        result[f"{field}_{code}"] = value or empty
    return result


def tidy_html(value):
    """Join the source's wrapped lines: one block element per line, no stray whitespace."""
    text = " ".join(value.split())
    return re.sub(r">\s+<(/?(?:p|h2|h3|ul|li|aside)\b)", r">\n<\1", text)


# --- Portrait placeholders ----------------------------------------------------------------

PORTRAIT_SIZE = 600


def _has_stored_photo(person):
    return bool(person.photo) and person.photo.storage.exists(person.photo.name)


def initials(name):
    parts = name.replace("-", " ").split()
    return (parts[0][0] + parts[-1][0]).upper() if len(parts) > 1 else parts[0][:2].upper()


def portrait_placeholder(name, colour):
    """A 600×600 JPEG: the person's initials in white on a coloured square."""
    image = Image.new("RGB", (PORTRAIT_SIZE, PORTRAIT_SIZE), colour)
    draw = ImageDraw.Draw(image)
    centre = PORTRAIT_SIZE // 2
    radius = PORTRAIT_SIZE * 0.38
    draw.ellipse(
        (centre - radius, centre - radius, centre + radius, centre + radius),
        outline=(255, 255, 255),
        width=6,
    )
    font = ImageFont.load_default(size=PORTRAIT_SIZE // 3)
    draw.text((centre, centre), initials(name), font=font, fill=(255, 255, 255), anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()
