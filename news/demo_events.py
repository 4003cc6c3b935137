# ruff: noqa: E501 - prose in three languages reads better unwrapped than split mid-sentence
"""Demo events around today, and the Barents Industrial Partnership meetings with papers.

The calendar events are invented and dated relative to the day the demo is loaded. The
partnership meetings are real: places, dates and themes come from the register of the
meetings; their papers here are placeholders that say so, in the language of the original.
"""

# (days from today, "HH:MM") for a start; an end is "HH:MM" the same day or (days, "HH:MM").
EVENTS = [
    {
        "key": "barents-regional-council-meeting-in-oulu",
        "offset": -96,
        "start": "10:00",
        "end": "16:00",
        "time_zone": "Europe/Helsinki",
        "kind": "council-meeting",
        "country": "FI",
        "title": {
            "nb": "Møte i Barents regionråd i Oulu",
            "ru": "Заседание Баренцева регионального совета в Оулу",
            "en": "Barents Regional Council meeting in Oulu",
        },
        "summary": {
            "nb": "Rådet behandler arbeidsprogrammet for de neste to årene.",
            "ru": "Совет рассмотрит рабочую программу на ближайшие два года.",
            "en": "The council discusses the work programme for the next two years.",
        },
        "location": {"nb": "Oulu rådhus", "ru": "Ратуша Оулу", "en": "Oulu City Hall"},
        "city": {"nb": "Oulu", "ru": "Оулу", "en": "Oulu"},
    },
    {
        "key": "seminar-health-cooperation-across-the-border",
        "offset": -71,
        "start": "09:00",
        "end": "15:30",
        "kind": "seminar",
        "country": "NO",
        "title": {
            "nb": "Seminar: helsesamarbeid over grensen",
            "ru": "Семинар: сотрудничество в здравоохранении через границу",
            "en": "Seminar: health cooperation across the border",
        },
        "summary": {
            "nb": "Erfaringer fra videokonsultasjoner mellom sykehusene i Kirkenes og Ivalo.",
            "ru": "Опыт видеоконсультаций между больницами Киркенеса и Ивало.",
            "en": "Experience from video consultations between the hospitals in Kirkenes and Ivalo.",
        },
        "location": {
            "nb": "Kirkenes sykehus",
            "ru": "Больница Киркенеса",
            "en": "Kirkenes Hospital",
        },
        "city": {"nb": "Kirkenes", "ru": "Киркенес", "en": "Kirkenes"},
    },
    {
        "key": "barents-film-days",
        "offset": -58,
        "all_day": True,
        "days": 3,
        "kind": "festival",
        "country": "NO",
        "title": {"nb": "Barents filmdager", "ru": "Дни баренцева кино", "en": "Barents Film Days"},
        "summary": {
            "nb": "Tre dager med film fra hele regionen, med regissørsamtaler hver kveld.",
            "ru": "Три дня кино со всего региона и встречи с режиссёрами каждый вечер.",
            "en": "Three days of films from all over the region, with directors' talks every evening.",
        },
        "location": {"nb": "Kirkenes kino", "ru": "Кинотеатр Киркенеса", "en": "Kirkenes cinema"},
        "city": {"nb": "Kirkenes", "ru": "Киркенес", "en": "Kirkenes"},
    },
    {
        "key": "workshop-for-project-applicants",
        "offset": -37,
        "start": "13:00",
        "end": "15:00",
        "kind": "workshop",
        "country": "",
        "online_url": "https://meet.barents.example/applicants",
        "title": {
            "nb": "Verksted for søkere",
            "ru": "Мастер-класс для заявителей",
            "en": "Workshop for project applicants",
        },
        "summary": {
            "nb": "Hvordan skrive en god søknad? Rådgiverne våre går gjennom kriteriene og svarer på spørsmål.",
            "ru": "Как написать хорошую заявку? Наши советники разберут критерии и ответят на вопросы.",
            "en": "How do you write a good application? Our advisers go through the criteria and answer questions.",
        },
        "location": {"nb": "", "ru": "", "en": ""},
        "city": {"nb": "", "ru": "", "en": ""},
    },
    {
        "key": "barents-youth-forum",
        "offset": -20,
        "start": "09:00",
        "end": (1, "16:00"),
        "time_zone": "Europe/Stockholm",
        "kind": "conference",
        "country": "SE",
        "title": {
            "nb": "Barents ungdomsforum",
            "ru": "Баренцев молодёжный форум",
            "en": "Barents Youth Forum",
        },
        "summary": {
            "nb": "Unge fra hele regionen møtes for å lage en felles uttalelse til politikerne.",
            "ru": "Молодёжь со всего региона встречается, чтобы подготовить общее заявление для политиков.",
            "en": "Young people from all over the region meet to draft a joint statement to politicians.",
        },
        "location": {"nb": "Kulturens hus", "ru": "Дом культуры", "en": "Kulturens hus"},
        "city": {"nb": "Luleå", "ru": "Лулео", "en": "Luleå"},
    },
    {
        "key": "indigenous-peoples-working-group-meeting",
        "offset": -6,
        "start": "09:30",
        "end": (1, "14:00"),
        "time_zone": "Europe/Helsinki",
        "kind": "council-meeting",
        "country": "FI",
        "title": {
            "nb": "Møte i arbeidsgruppen for urfolk",
            "ru": "Заседание рабочей группы коренных народов",
            "en": "Meeting of the working group of indigenous peoples",
        },
        "summary": {
            "nb": "Gruppen følger opp handlingsplanen og planlegger neste års utvekslinger.",
            "ru": "Группа подведёт промежуточные итоги плана действий и спланирует обмены на следующий год.",
            "en": "The group follows up its action plan and plans next year's exchanges.",
        },
        "location": {
            "nb": "Sajos",
            "ru": "Культурный центр «Сайос»",
            "en": "Sajos cultural centre",
        },
        "city": {"nb": "Inari", "ru": "Инари", "en": "Inari"},
    },
    {
        "key": "polar-night-conference",
        "offset": -1,
        "start": "09:00",
        "end": (2, "15:00"),
        "kind": "conference",
        "country": "NO",
        "title": {
            "nb": "Mørketidskonferansen",
            "ru": "Конференция «Полярная ночь»",
            "en": "The Polar Night Conference",
        },
        "summary": {
            "nb": "Tre dager om kultur, helse og trivsel i den mørke årstiden.",
            "ru": "Три дня о культуре, здоровье и хорошем самочувствии в тёмное время года.",
            "en": "Three days on culture, health and well-being in the dark season.",
        },
        "location": {"nb": "Kulturhuset", "ru": "Дом культуры", "en": "Kulturhuset"},
        "city": {"nb": "Tromsø", "ru": "Тромсё", "en": "Tromsø"},
    },
    {
        "key": "information-meeting-grants-for-culture",
        "offset": 4,
        "start": "14:00",
        "end": "15:00",
        "kind": "seminar",
        "country": "",
        "online_url": "https://meet.barents.example/culture-grants",
        "title": {
            "nb": "Informasjonsmøte: tilskudd til kultur",
            "ru": "Информационная встреча: гранты на культуру",
            "en": "Information meeting: grants for culture",
        },
        "summary": {
            "nb": "Et nettmøte om støtteordningene for kulturprosjekter med partnere i nabolandene.",
            "ru": "Онлайн-встреча о грантах на культурные проекты с партнёрами из соседних стран.",
            "en": "An online meeting about support for cultural projects with partners in the neighbouring countries.",
        },
        "location": {"nb": "", "ru": "", "en": ""},
        "city": {"nb": "", "ru": "", "en": ""},
    },
    {
        "key": "seminar-on-climate-adaptation-in-small-towns",
        "offset": 11,
        "start": "09:00",
        "end": "16:00",
        "time_zone": "Europe/Helsinki",
        "kind": "seminar",
        "country": "FI",
        "title": {
            "nb": "Seminar om klimatilpasning i småbyer",
            "ru": "Семинар об адаптации малых городов к изменению климата",
            "en": "Seminar on climate adaptation in small towns",
        },
        "summary": {
            "nb": "Planleggere fra tre land deler verktøy for flom, ras og varmere vintre.",
            "ru": "Специалисты по планированию из трёх стран делятся инструментами против паводков, оползней и тёплых зим.",
            "en": "Planners from three countries share tools for floods, landslides and warmer winters.",
        },
        "location": {"nb": "Arktikum", "ru": "Арктикум", "en": "Arktikum"},
        "city": {"nb": "Rovaniemi", "ru": "Рованиеми", "en": "Rovaniemi"},
    },
    {
        "key": "committee-of-senior-officials",
        "offset": 23,
        "start": "10:00",
        "end": "17:00",
        "time_zone": "Europe/Stockholm",
        "kind": "council-meeting",
        "country": "SE",
        "title": {
            "nb": "Møte i Barentsrådets embetskomité",
            "ru": "Заседание Комитета старших должностных лиц Совета Баренцева/Евроарктического региона",
            "en": "Committee of Senior Officials of the Barents Euro-Arctic Council",
        },
        "summary": {
            "nb": "Embetskomiteen forbereder neste ministermøte.",
            "ru": "Комитет готовит следующую министерскую сессию.",
            "en": "The committee prepares the next ministerial session.",
        },
        "location": {
            "nb": "Utenriksdepartementet",
            "ru": "МИД Швеции",
            "en": "Ministry for Foreign Affairs",
        },
        "city": {"nb": "Stockholm", "ru": "Стокгольм", "en": "Stockholm"},
    },
    {
        "key": "business-breakfast-trade-across-the-north",
        "offset": 31,
        "start": "08:00",
        "end": "09:30",
        "kind": "seminar",
        "country": "NO",
        "title": {
            "nb": "Næringsfrokost: handel på tvers av nord",
            "ru": "Деловой завтрак: торговля на Севере через границы",
            "en": "Business breakfast: trade across the North",
        },
        "summary": {
            "nb": "Korte innlegg fra bedrifter som selger til Sverige og Finland, og tid til å knytte kontakter.",
            "ru": "Короткие выступления компаний, которые продают свою продукцию в Швецию и Финляндию, и время для знакомств.",
            "en": "Short talks from companies selling to Sweden and Finland, and time to make contacts.",
        },
        "location": {
            "nb": "Thon Hotel Kirkenes",
            "ru": "Гостиница Thon Hotel Kirkenes",
            "en": "Thon Hotel Kirkenes",
        },
        "city": {"nb": "Kirkenes", "ru": "Киркенес", "en": "Kirkenes"},
    },
    {
        "key": "conference-reindeer-husbandry-and-land-use",
        "offset": 46,
        "start": "09:00",
        "end": (1, "15:00"),
        "kind": "conference",
        "country": "NO",
        "title": {
            "nb": "Konferanse om reindrift og arealbruk",
            "ru": "Конференция об оленеводстве и землепользовании",
            "en": "Conference on reindeer husbandry and land use",
        },
        "summary": {
            "nb": "Reindriftsutøvere, kommuner og utbyggere møtes for å snakke om beiteland i endring.",
            "ru": "Оленеводы, муниципалитеты и застройщики обсудят, как меняются пастбища.",
            "en": "Herders, municipalities and developers meet to talk about pastures in change.",
        },
        "location": {"nb": "Sametinget", "ru": "Саамский парламент", "en": "The Sámi Parliament"},
        "city": {"nb": "Karasjok", "ru": "Карасйок", "en": "Karasjok"},
    },
    {
        "key": "youth-exchange-information-day",
        "offset": 62,
        "start": "12:00",
        "end": "16:00",
        "time_zone": "Europe/Stockholm",
        "kind": "workshop",
        "country": "SE",
        "title": {
            "nb": "Informasjonsdag om ungdomsutveksling",
            "ru": "День информации о молодёжных обменах",
            "en": "Youth exchange information day",
        },
        "summary": {
            "nb": "Skoler og ungdomsorganisasjoner får vite hvordan de kan søke om utveksling.",
            "ru": "Школы и молодёжные организации узнают, как подать заявку на обмен.",
            "en": "Schools and youth organisations learn how to apply for exchanges.",
        },
        "location": {"nb": "Umeå universitet", "ru": "Университет Умео", "en": "Umeå University"},
        "city": {"nb": "Umeå", "ru": "Умео", "en": "Umeå"},
    },
    {
        "key": "barents-regional-council-meeting-in-lulea",
        "offset": 97,
        "start": "10:00",
        "end": "15:00",
        "time_zone": "Europe/Stockholm",
        "kind": "council-meeting",
        "country": "SE",
        "title": {
            "nb": "Møte i Barents regionråd i Luleå",
            "ru": "Заседание Баренцева регионального совета в Лулео",
            "en": "Barents Regional Council meeting in Luleå",
        },
        "summary": {
            "nb": "Rådet gjør opp status for transportarbeidet.",
            "ru": "Совет подведёт промежуточные итоги работы по транспорту.",
            "en": "The council takes stock of its work on transport.",
        },
        "location": {"nb": "Regionens hus", "ru": "Дом региона", "en": "Regionens hus"},
        "city": {"nb": "Luleå", "ru": "Лулео", "en": "Luleå"},
    },
    {
        "key": "kirkenes-conference",
        "offset": 128,
        "start": "09:00",
        "end": (1, "15:30"),
        "kind": "conference",
        "country": "NO",
        "title": {
            "nb": "Kirkeneskonferansen",
            "ru": "Киркенесская конференция",
            "en": "The Kirkenes Conference",
        },
        "summary": {
            "nb": "Den årlige konferansen om næringsliv og samfunn i nordområdene.",
            "ru": "Ежегодная конференция о бизнесе и обществе на Крайнем Севере.",
            "en": "The annual conference on business and society in the High North.",
        },
        "location": {
            "nb": "Scandic Kirkenes",
            "ru": "Гостиница Scandic Kirkenes",
            "en": "Scandic Kirkenes",
        },
        "city": {"nb": "Kirkenes", "ru": "Киркенес", "en": "Kirkenes"},
    },
    {
        "key": "seminar-mental-health-in-rural-areas",
        "offset": 158,
        "start": "09:00",
        "end": "15:00",
        "kind": "seminar",
        "country": "NO",
        "title": {
            "nb": "Seminar om psykisk helse i distriktene",
            "ru": "Семинар о психическом здоровье в сельской местности",
            "en": "Seminar on mental health in rural areas",
        },
        "summary": {
            "nb": "Den felles veilederen for ambulante team legges fram.",
            "ru": "Будет представлено общее руководство для выездных бригад.",
            "en": "The joint guide for mobile teams is presented.",
        },
        "location": {
            "nb": "Stormen bibliotek",
            "ru": "Библиотека «Штормен»",
            "en": "Stormen library",
        },
        "city": {"nb": "Bodø", "ru": "Будё", "en": "Bodø"},
    },
    {
        "key": "kulturnatt-i-kirkenes",
        "offset": 74,
        "start": "18:00",
        "end": "23:00",
        "kind": "festival",
        "country": "NO",
        "title": {"nb": "Kulturnatt i Kirkenes"},
        "summary": {"nb": "Konserter, utstillinger og åpne dører i hele sentrum."},
        "location": {"nb": "Sentrum"},
        "city": {"nb": "Kirkenes"},
    },
]

SERIES = {
    "key": "barents-industrial-partnership-meetings",
    "name": {
        "nb": "Industrielle partnerskapsmøter i Barentsregionen",
        "ru": "Встречи Баренцева промышленного партнёрства",
        "en": "Barents Industrial Partnership Meetings",
    },
    "summary": {
        "nb": "Møteplassen der myndigheter og store og små bedrifter drøftet vekst og handel i regionen.",
        "ru": "Площадка, на которой власти, крупные компании и малый бизнес обсуждали рост и торговлю в регионе.",
        "en": "Where governments and large and small companies discussed growth and trade in the region.",
    },
    "description": {
        "nb": """
<p>Partnerskapsmøtene var et felles initiativ fra formannskapene i Barentsrådet og Barents
regionråd. De hadde tre mål:</p>
<ul><li>styrke veksten og bredden i næringslivet, blant annet ved å knytte de store
selskapene tettere til små og mellomstore bedrifter;</li>
<li>fremme økonomisk samarbeid over grensene – handel, investeringer, felles produksjon,
markedsføring og forskning;</li>
<li>bedre rammevilkårene for næringslivet gjennom dialog mellom bedrifter og myndigheter på
lokalt, regionalt og nasjonalt nivå, og fjerne hindringer for handel og investeringer.</li></ul>
<p>Regionen er svært rik på naturressurser som olje og gass, metaller og skog, og veksten må være
bærekraftig både miljømessig og sosialt. Gode forbindelser øst–vest er en forutsetning.</p>
""",
        "ru": """
<p>Встречи были совместной инициативой председательств в Совете Баренцева/Евроарктического
региона и в Баренцевом региональном совете. У них было три цели:</p>
<ul><li>укреплять рост и разнообразие экономики региона, в том числе вовлекая крупные компании
в работу с малым и средним бизнесом;</li>
<li>развивать приграничную экономическую деятельность — торговлю, инвестиции, совместное
производство, маркетинг и исследования;</li>
<li>улучшать условия для бизнеса через диалог компаний и власти на местном, региональном и
федеральном уровнях и устранять барьеры для торговли и инвестиций.</li></ul>
<p>Регион исключительно богат природными ресурсами — нефтью и газом, металлами, лесом, и его
рост должен быть устойчивым как для природы, так и для общества. Без хорошего сообщения между
востоком и западом этого не добиться.</p>
""",
        "en": """
<p>The partnership meetings were a joint initiative of the chairmanships of the Barents
Euro-Arctic Council and the Barents Regional Council. They had three aims:</p>
<ul><li>to strengthen growth and diversity in the region's economy, not least by involving the
major companies with small and medium-sized enterprises;</li>
<li>to promote economic activity across the borders – trade, investment, joint production,
marketing, research and development;</li>
<li>to improve conditions for business through dialogue between companies and governments at
local, regional and national level, and to remove barriers to trade and investment.</li></ul>
<p>The region is exceptionally rich in natural resources such as petroleum, metals and forests,
and its growth has to be sustainable for the environment and for society alike. Good east–west
connections are a precondition.</p>
""",
    },
}

# The meetings of the register. Dates are all-day (the register gives no times).
# Documents: (key, kind, language, title by language, version_of key or None).
MEETINGS = [
    {
        "ordinal": 1,
        "first": (2004, 1, 21),
        "time_zone": "Europe/Stockholm",
        "country": "SE",
        "city": {"nb": "Stockholm", "ru": "Стокгольм", "en": "Stockholm"},
        "title": {
            "nb": "Det 1. industrielle partnerskapsmøtet i Barentsregionen",
            "ru": "1-я встреча Баренцева промышленного партнёрства",
            "en": "1st Barents Industrial Partnership Meeting",
        },
        "summary": {
            "nb": "Det første partnerskapsmøtet ble holdt i Stockholm.",
            "ru": "Первая встреча партнёрства прошла в Стокгольме.",
            "en": "The first partnership meeting was held in Stockholm.",
        },
        "theme": {},
        "documents": [
            (
                "bip1-programme",
                "programme",
                "en",
                {"nb": "Program", "ru": "Программа", "en": "Programme"},
                None,
            ),
            (
                "bip1-conclusions",
                "conclusions",
                "en",
                {"nb": "Konklusjoner", "ru": "Выводы", "en": "Conclusions"},
                None,
            ),
        ],
    },
    {
        "ordinal": 2,
        "first": (2004, 10, 5),
        "time_zone": "Europe/Moscow",
        "country": "RU",
        "city": {"nb": "Petrozavodsk", "ru": "Петрозаводск", "en": "Petrozavodsk"},
        "title": {
            "nb": "Det 2. industrielle partnerskapsmøtet i Barentsregionen",
            "ru": "2-я встреча Баренцева промышленного партнёрства",
            "en": "2nd Barents Industrial Partnership Meeting",
        },
        "summary": {
            "nb": "Det andre møtet ble holdt i Petrozavodsk i Republikken Karelen.",
            "ru": "Вторая встреча прошла в Петрозаводске, Республика Карелия.",
            "en": "The second meeting was held in Petrozavodsk, Republic of Karelia.",
        },
        "theme": {},
        "documents": [
            (
                "bip2-conclusions",
                "conclusions",
                "en",
                {"nb": "Konklusjoner", "ru": "Выводы", "en": "Conclusions"},
                None,
            ),
        ],
    },
    {
        "ordinal": 3,
        "first": (2005, 3, 15),
        "time_zone": "Europe/Oslo",
        "country": "NO",
        "city": {"nb": "Oslo", "ru": "Осло", "en": "Oslo"},
        "title": {
            "nb": "Det 3. industrielle partnerskapsmøtet i Barentsregionen",
            "ru": "3-я встреча Баренцева промышленного партнёрства",
            "en": "3rd Barents Industrial Partnership Meeting",
        },
        "summary": {
            "nb": "Møtet i Oslo ble åpnet av nærings- og handelsminister Børge Brende og landshøvding Lorentz Andersson fra Västerbotten.",
            "ru": "Встречу в Осло открыли министр торговли и промышленности Норвегии Бёрге Бренде и губернатор Вестерботтена Лоренц Андерссон.",
            "en": "The meeting in Oslo was opened by Norway's Minister of Trade and Industry, Børge Brende, and the Governor of Västerbotten, Lorentz Andersson.",
        },
        "theme": {},
        "documents": [
            (
                "bip3-invitation",
                "invitation",
                "en",
                {
                    "nb": "Invitasjon og program",
                    "ru": "Приглашение и программа",
                    "en": "Invitation and programme",
                },
                None,
            ),
            (
                "bip3-participants",
                "participants",
                "en",
                {"nb": "Deltakerliste", "ru": "Список участников", "en": "List of participants"},
                None,
            ),
            (
                "bip3-traavik",
                "speech",
                "en",
                {
                    "nb": "Innlegg ved statssekretær Kim Traavik",
                    "ru": "Выступление заместителя министра иностранных дел Кима Травика",
                    "en": "Remarks by Deputy Foreign Minister Kim Traavik",
                },
                None,
            ),
        ],
    },
    {
        "ordinal": 4,
        "first": (2005, 6, 14),
        "time_zone": "Europe/Moscow",
        "country": "RU",
        "city": {"nb": "St. Petersburg", "ru": "Санкт-Петербург", "en": "St Petersburg"},
        "title": {
            "nb": "Det 4. industrielle partnerskapsmøtet i Barentsregionen",
            "ru": "4-я встреча Баренцева промышленного партнёрства",
            "en": "4th Barents Industrial Partnership Meeting",
        },
        "summary": {
            "nb": "Møtet var et rundebordsmøte under det 9. internasjonale økonomiske forumet i St. Petersburg 14.–16. juni 2005.",
            "ru": "Встреча прошла в формате круглого стола в рамках IX Петербургского международного экономического форума 14–16 июня 2005 года.",
            "en": "The meeting was a roundtable within the 9th St Petersburg International Economic Forum, 14–16 June 2005.",
        },
        "theme": {
            "nb": "Rundebord under det økonomiske forumet i St. Petersburg",
            "ru": "Круглый стол на Петербургском экономическом форуме",
            "en": "Roundtable at the St Petersburg International Economic Forum",
        },
        "documents": [
            (
                "bip4-recommendations-en",
                "recommendations",
                "en",
                {
                    "nb": "Anbefalinger fra rundebordsmøtet",
                    "ru": "Рекомендации круглого стола",
                    "en": "Recommendations of the roundtable",
                },
                None,
            ),
            (
                "bip4-recommendations-ru",
                "recommendations",
                "ru",
                {
                    "nb": "Anbefalinger fra rundebordsmøtet",
                    "ru": "Рекомендации круглого стола",
                    "en": "Recommendations of the roundtable",
                },
                "bip4-recommendations-en",
            ),
        ],
    },
    {
        "ordinal": 5,
        "first": (2006, 3, 28),
        "last": (2006, 3, 29),
        "time_zone": "Europe/Helsinki",
        "country": "FI",
        "city": {"nb": "Rovaniemi", "ru": "Рованиеми", "en": "Rovaniemi"},
        "title": {
            "nb": "Det 5. industrielle partnerskapsmøtet i Barentsregionen",
            "ru": "5-я встреча Баренцева промышленного партнёрства",
            "en": "5th Barents Industrial Partnership Meeting",
        },
        "summary": {
            "nb": "Det femte møtet ble holdt i Rovaniemi, med innlegg av utenriksminister Erkki Tuomioja og landshøvding Hannele Pokka.",
            "ru": "Пятая встреча прошла в Рованиеми; с речами выступили министр иностранных дел Эркки Туомиоя и губернатор Ханнеле Покка.",
            "en": "The fifth meeting was held in Rovaniemi, with speeches by Foreign Minister Erkki Tuomioja and Governor Hannele Pokka.",
        },
        "theme": {},
        "documents": [
            (
                "bip5-tuomioja-en",
                "speech",
                "en",
                {
                    "nb": "Tale ved utenriksminister Erkki Tuomioja",
                    "ru": "Речь министра иностранных дел Эркки Туомиоя",
                    "en": "Speech by Foreign Minister Erkki Tuomioja",
                },
                None,
            ),
            (
                "bip5-tuomioja-ru",
                "speech",
                "ru",
                {
                    "nb": "Tale ved utenriksminister Erkki Tuomioja",
                    "ru": "Речь министра иностранных дел Эркки Туомиоя",
                    "en": "Speech by Foreign Minister Erkki Tuomioja",
                },
                "bip5-tuomioja-en",
            ),
            (
                "bip5-pokka",
                "speech",
                "en",
                {
                    "nb": "Tale ved landshøvding Hannele Pokka",
                    "ru": "Речь губернатора Ханнеле Покка",
                    "en": "Speech by Governor Hannele Pokka",
                },
                None,
            ),
        ],
    },
    {
        "ordinal": 6,
        "first": (2007, 4, 18),
        "last": (2007, 4, 19),
        "time_zone": "Europe/Helsinki",
        "country": "FI",
        "city": {"nb": "Saariselkä", "ru": "Саариселькя", "en": "Saariselkä"},
        "title": {
            "nb": "Det 6. industrielle partnerskapsmøtet i Barentsregionen",
            "ru": "6-я встреча Баренцева промышленного партнёрства",
            "en": "6th Barents Industrial Partnership Meeting",
        },
        "summary": {
            "nb": "Møtet i Saariselkä handlet om erfaringer med finansiering over grensene, med vekt på små og mellomstore bedrifter.",
            "ru": "Встреча в Саариселькя была посвящена опыту приграничного финансирования с упором на потребности малого и среднего бизнеса.",
            "en": "The meeting in Saariselkä dealt with experience of cross-border financing, with a focus on small and medium-sized enterprises.",
        },
        "theme": {
            "nb": "Finansiering over grensene – behovene til små og mellomstore bedrifter",
            "ru": "Опыт приграничного финансирования: потребности малого и среднего бизнеса",
            "en": "Experiences in cross-border financing: the needs of SMEs in the Barents Region",
        },
        "documents": [],
    },
    {
        "ordinal": 8,
        "first": (2011, 6, 15),
        "time_zone": "Europe/Stockholm",
        "country": "SE",
        "city": {"nb": "Haparanda", "ru": "Хапаранда", "en": "Haparanda"},
        "title": {
            "nb": "Det 8. industrielle partnerskapsmøtet i Barentsregionen",
            "ru": "8-я встреча Баренцева промышленного партнёрства",
            "en": "8th Barents Industrial Partnership Meeting",
        },
        "summary": {
            "nb": "Møtet i Haparanda hadde to økter: investeringer i Barentsregionen og tilgangen på kvalifisert arbeidskraft.",
            "ru": "Встреча в Хапаранде состояла из двух сессий: инвестиции в Баренцев регион и обеспечение квалифицированными кадрами.",
            "en": "The meeting in Haparanda had two sessions: investment in the Barents Region, and the supply of qualified personnel.",
        },
        "theme": {
            "nb": "Investeringer; kvalifisert arbeidskraft og arbeidsmarkedet",
            "ru": "Инвестиции; квалифицированные кадры и рынок труда",
            "en": "Investment; qualified personnel and the labour market",
        },
        "documents": [
            (
                "bip8-invitation",
                "invitation",
                "en",
                {"nb": "Invitasjon", "ru": "Приглашение", "en": "Invitation"},
                None,
            ),
            (
                "bip8-presentations-investment",
                "presentation",
                "en",
                {
                    "nb": "Presentasjoner: investeringer i Barentsregionen",
                    "ru": "Презентации: инвестиции в Баренцев регион",
                    "en": "Presentations: investment in the Barents Region",
                },
                None,
            ),
            (
                "bip8-presentations-labour",
                "presentation",
                "en",
                {
                    "nb": "Presentasjoner: kvalifisert arbeidskraft",
                    "ru": "Презентации: квалифицированные кадры",
                    "en": "Presentations: qualified personnel and the labour market",
                },
                None,
            ),
        ],
    },
]

PLACEHOLDER_NOTE = {
    "nb": "Demodokument for Barentsportalen. Originalen er ikke gjengitt her.",
    "ru": "Демонстрационный документ Баренц-портала. Оригинал здесь не воспроизводится.",
    "en": "Demo document for the Barents Portal. The original is not reproduced here.",
}
