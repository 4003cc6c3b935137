# ruff: noqa: E501 - prose in three languages reads better unwrapped than split mid-sentence
"""Demo news in Norwegian, Russian and English (some only in Norwegian, to show the fallback).

Written for this site. People quoted by name are invented; institutions and places are real.
`days_ago` places each article relative to the day the demo is loaded, so the site never
looks stale. `image` is (palette, northern lights?) for the drawn picture.
"""

TOPICS = [
    {
        "key": "culture",
        "name": {"nb": "Kultur", "ru": "Культура", "en": "Culture"},
        "description": {
            "nb": "Kunstnere, festivaler og kulturutveksling over grensene i nord.",
            "ru": "Художники, фестивали и культурные обмены через границы на Севере.",
            "en": "Artists, festivals and cultural exchange across the borders in the North.",
        },
    },
    {
        "key": "business",
        "name": {"nb": "Næringsliv", "ru": "Экономика и бизнес", "en": "Business and industry"},
        "description": {
            "nb": "Handel, investeringer og små og mellomstore bedrifter i Barentsregionen.",
            "ru": "Торговля, инвестиции, малый и средний бизнес в Баренцевом регионе.",
            "en": "Trade, investment and small and medium-sized companies in the Barents Region.",
        },
    },
    {
        "key": "climate",
        "name": {
            "nb": "Klima og miljø",
            "ru": "Климат и экология",
            "en": "Climate and environment",
        },
        "description": {
            "nb": "Klimaendringer, miljøovervåking og naturforvaltning i nord.",
            "ru": "Изменение климата, экологический мониторинг и охрана природы на Севере.",
            "en": "Climate change, environmental monitoring and nature management in the North.",
        },
    },
    {
        "key": "indigenous",
        "name": {"nb": "Urfolk", "ru": "Коренные народы", "en": "Indigenous peoples"},
        "description": {
            "nb": "Samer, nenetser og vepsere i Barentssamarbeidet.",
            "ru": "Саамы, ненцы и вепсы в Баренцевом сотрудничестве.",
            "en": "Sámi, Nenets and Veps in the Barents cooperation.",
        },
    },
    {
        "key": "youth",
        "name": {
            "nb": "Ungdom og utdanning",
            "ru": "Молодёжь и образование",
            "en": "Youth and education",
        },
        "description": {
            "nb": "Utveksling, studier og ungdomens stemme i regionen.",
            "ru": "Обмены, учёба и голос молодёжи в регионе.",
            "en": "Exchanges, studies and the voice of young people in the region.",
        },
    },
    {
        "key": "health",
        "name": {"nb": "Helse", "ru": "Здравоохранение", "en": "Health"},
        "description": {
            "nb": "Helsesamarbeid og tjenester i spredtbygde strøk.",
            "ru": "Сотрудничество в здравоохранении и медицина в малонаселённых районах.",
            "en": "Health cooperation and services in sparsely populated areas.",
        },
    },
    {
        "key": "cooperation",
        "name": {
            "nb": "Barentssamarbeidet",
            "ru": "Баренцево сотрудничество",
            "en": "The Barents cooperation",
        },
        "description": {
            "nb": "Barentsrådet, Regionrådet og arbeidet i sekretariatet.",
            "ru": "Совет Баренцева/Евроарктического региона, Региональный совет и работа секретариата.",
            "en": "The Barents Euro-Arctic Council, the Regional Council and the secretariat's work.",
        },
    },
    {
        "key": "borders",
        "name": {
            "nb": "Grense og transport",
            "ru": "Граница и транспорт",
            "en": "Borders and transport",
        },
        "description": {
            "nb": "Grensepassering, veier, jernbane og reiser i nord.",
            "ru": "Пересечение границы, дороги, железные дороги и поездки на Севере.",
            "en": "Border crossings, roads, railways and travel in the North.",
        },
    },
]

ARTICLES = [
    {
        "key": "barents-scholarships-for-cultural-cooperation-awarded",
        "days_ago": 9,
        "kind": "news",
        "topics": ["culture"],
        "regions": ["NO-55", "FI-10", "SE-BD"],
        "featured": 1,
        "image": ("aurora", True),
        "byline": "Ingrid Hætta",
        "title": {
            "nb": "Barentsstipend for kultursamarbeid delt ut",
            "ru": "Вручены Баренцевы стипендии за культурное сотрудничество",
            "en": "Barents scholarships for cultural cooperation awarded",
        },
        "summary": {
            "nb": "Tre kunstnere og et omreisende teater får 10 000 euro hver for arbeid som krysser grensene i nord.",
            "ru": "Трое художников и передвижной театр получают по 10 000 евро за работу, которая пересекает границы на Севере.",
            "en": "Three artists and a travelling theatre receive 10,000 euros each for work that crosses the borders in the North.",
        },
        "body": {
            "nb": """
<p>Juryen trakk fram en fotograf fra Rovaniemi, en poet fra Kiruna, en komponist fra Tromsø og et
teaterkompani som har spilt på skoler i tre land de siste fem årene. Stipendene på 10 000 euro
hver skal gi dem tid til å utvikle nye prosjekter sammen med kolleger på den andre siden av grensen.</p>
<blockquote><p>– Kultur er den delen av samarbeidet som alltid finner en vei, også når det er
tungt ellers, sier juryleder Aslak Lindi.</p></blockquote>
<aside class="fact-box"><h2>Bakgrunn</h2><ul><li>Barentsstipendet for kultursamarbeid
ble delt ut første gang i 2017.</li><li>Alle som bor og arbeider i Barentsregionen kan
foreslås.</li></ul></aside>
""",
            "ru": """
<p>Жюри отметило фотографа из Рованиеми, поэтессу из Кируны, композитора из Тромсё и
театральную труппу, которая последние пять лет гастролирует по школам трёх стран. Стипендии
по 10 000 евро дадут им время на новые проекты вместе с коллегами по ту сторону границы.</p>
<blockquote><p>«Культура — та часть сотрудничества, которая всегда находит дорогу, даже когда
в остальном всё непросто», — говорит председатель жюри Аслак Линди.</p></blockquote>
<aside class="fact-box"><h2>Справка</h2><ul><li>Баренцева стипендия за культурное
сотрудничество впервые вручена в 2017 году.</li><li>Выдвинуть можно любого, кто живёт и
работает в Баренцевом регионе.</li></ul></aside>
""",
            "en": """
<p>The jury singled out a photographer from Rovaniemi, a poet from Kiruna, a composer from
Tromsø and a theatre company that has toured schools in three countries for the past five years.
The scholarships of 10,000 euros each give them time to develop new projects with colleagues on
the other side of the border.</p>
<blockquote><p>“Culture is the part of the cooperation that always finds a way, even when
everything else is difficult,” says the chair of the jury, Aslak Lindi.</p></blockquote>
<aside class="fact-box"><h2>Background</h2><ul><li>The Barents scholarship for cultural
cooperation was first awarded in 2017.</li><li>Anyone who lives and works in the Barents
Region can be nominated.</li></ul></aside>
""",
        },
        "image_alt": {
            "nb": "Nordlys over fjell og et stille hav",
            "ru": "Северное сияние над горами и спокойным морем",
            "en": "Northern lights over mountains and a calm sea",
        },
        "image_caption": {
            "nb": "Stipendmottakerne arbeider fra Tromsø i vest til Rovaniemi i øst.",
            "ru": "Стипендиаты работают от Тромсё на западе до Рованиеми на востоке.",
            "en": "The scholarship holders work from Tromsø in the west to Rovaniemi in the east.",
        },
    },
    {
        "key": "young-people-set-the-agenda-in-lulea",
        "days_ago": 18,
        "kind": "news",
        "topics": ["youth", "cooperation"],
        "regions": ["SE-BD"],
        "featured": 2,
        "image": ("winter-day", False),
        "title": {
            "nb": "Ungdom satte dagsordenen i Luleå",
            "ru": "В Лулео повестку определяла молодёжь",
            "en": "Young people set the agenda in Luleå",
        },
        "summary": {
            "nb": "Seksti unge fra Norge, Sverige og Finland la fram sine krav til politikerne på Barents ungdomsforum.",
            "ru": "Шестьдесят молодых людей из Норвегии, Швеции и Финляндии представили политикам свои требования на Баренцевом молодёжном форуме.",
            "en": "Sixty young people from Norway, Sweden and Finland put their demands to politicians at the Barents youth forum.",
        },
        "body": {
            "nb": """
<p>Boliger, kollektivtransport og psykisk helse var temaene ungdommene selv valgte. I to dager
arbeidet de i grupper på tvers av landene, før de la fram en felles uttalelse for representanter
fra fylkene og regionene.</p>
<p>– Vi vil bli i nord, men da må det finnes noe å bli for, sa 19 år gamle Elin Rasmussen fra
Vadsø da hun leste uttalelsen.</p>
""",
            "ru": """
<p>Жильё, общественный транспорт и психическое здоровье — эти темы молодёжь выбрала сама.
Два дня участники работали в смешанных группах, а затем представили общее заявление
представителям губерний и регионов.</p>
<p>«Мы хотим остаться на Севере, но для этого здесь должно быть ради чего оставаться», —
сказала 19-летняя Элин Расмуссен из Вадсё, зачитывая заявление.</p>
""",
            "en": """
<p>Housing, public transport and mental health were the subjects the young people chose
themselves. For two days they worked in groups across the borders, before presenting a joint
statement to representatives of the counties and regions.</p>
<p>“We want to stay in the North, but then there has to be something to stay for,” said
19-year-old Elin Rasmussen from Vadsø as she read the statement.</p>
""",
        },
        "image_alt": {
            "nb": "Snødekte åser under en lyseblå vinterhimmel",
            "ru": "Заснеженные холмы под светло-голубым зимним небом",
            "en": "Snow-covered hills under a pale blue winter sky",
        },
    },
    {
        "key": "reindeer-herders-see-the-winters-change",
        "days_ago": 27,
        "kind": "interview",
        "topics": ["indigenous", "climate"],
        "regions": ["NO-56", "FI-10"],
        "featured": 3,
        "image": ("polar-night", True),
        "byline": "Mikkel Eira",
        "title": {
            "nb": "– Vintrene er ikke lenger til å stole på",
            "ru": "«На зиму больше нельзя положиться»",
            "en": "“Winter can no longer be trusted”",
        },
        "summary": {
            "nb": "Reineier Máret Somby forteller hvordan regn på snø og is i beitet endrer hverdagen i Kautokeino.",
            "ru": "Оленевод Марет Сомби рассказывает, как дождь по снегу и ледяная корка на пастбищах меняют жизнь в Каутокейно.",
            "en": "Reindeer herder Máret Somby tells how rain on snow and ice on the pastures are changing life in Kautokeino.",
        },
        "body": {
            "nb": """
<p><strong>Hvordan har vintrene endret seg?</strong><br>– Før kom kulda i november og ble.
Nå kan det regne i januar, og så fryser alt til is. Da når ikke reinen ned til lavet.</p>
<p><strong>Hva gjør dere da?</strong><br>– Vi må flytte tidligere, eller kjøpe fôr. Begge deler
koster. Vi snakker mye med reindriftsutøvere i Finland og Sverige, for de ser det samme.</p>
<p><strong>Hva ønsker du deg av samarbeidet?</strong><br>– At kunnskapen vår blir tatt på
alvor når det planlegges gruver, vindkraft og veier i beiteområdene.</p>
""",
            "ru": """
<p><strong>Как изменились зимы?</strong><br>— Раньше мороз приходил в ноябре и держался.
Теперь в январе может пойти дождь, а потом всё покрывается льдом, и олени не могут добраться
до ягеля.</p>
<p><strong>Что вы тогда делаете?</strong><br>— Приходится раньше перегонять стадо или
покупать корм. И то и другое дорого. Мы много общаемся с оленеводами в Финляндии и Швеции:
они видят то же самое.</p>
<p><strong>Чего вы ждёте от сотрудничества?</strong><br>— Чтобы к нашим знаниям относились
всерьёз, когда на пастбищах планируют рудники, ветропарки и дороги.</p>
""",
            "en": """
<p><strong>How have the winters changed?</strong><br>“The cold used to come in November and
stay. Now it can rain in January, and then everything freezes to ice. The reindeer cannot
reach the lichen.”</p>
<p><strong>What do you do then?</strong><br>“We have to move earlier, or buy fodder. Both
cost money. We talk a lot with herders in Finland and Sweden, because they see the same.”</p>
<p><strong>What do you want from the cooperation?</strong><br>“That our knowledge is taken
seriously when mines, wind farms and roads are planned on the pastures.”</p>
""",
        },
        "image_alt": {
            "nb": "Nordlys over mørke vidder i polarnatten",
            "ru": "Северное сияние над тёмной тундрой в полярную ночь",
            "en": "Northern lights over the dark plateau in the polar night",
        },
    },
    {
        "key": "new-round-for-small-cooperation-projects",
        "days_ago": 33,
        "kind": "press-release",
        "topics": ["cooperation"],
        "regions": [],
        "countries": ["NO", "SE", "FI"],
        "image": ("spring", False),
        "title": {
            "nb": "Ny søknadsrunde for små samarbeidsprosjekter",
            "ru": "Открыт новый приём заявок на небольшие проекты сотрудничества",
            "en": "New application round for small cooperation projects",
        },
        "summary": {
            "nb": "Organisasjoner, skoler og kommuner kan søke om støtte til prosjekter med partnere i nabolandene.",
            "ru": "Организации, школы и муниципалитеты могут подать заявку на поддержку проектов с партнёрами из соседних стран.",
            "en": "Organisations, schools and municipalities can apply for support for projects with partners in the neighbouring countries.",
        },
        "body": {
            "nb": """
<p>Barentssekretariatet åpner en ny runde for små prosjekter innen kultur, utdanning, idrett,
miljø og urfolkssamarbeid. Prosjektene må ha minst én partner i et annet land i Barentsregionen.</p>
<p>Les mer om kriteriene og frister på sidene om finansiering, eller ta kontakt med rådgiverne
våre i Kirkenes før du søker.</p>
""",
            "ru": """
<p>Баренцев секретариат открывает новый приём заявок на небольшие проекты в области культуры,
образования, спорта, экологии и сотрудничества коренных народов. У проекта должен быть хотя бы
один партнёр из другой страны Баренцева региона.</p>
<p>Критерии и сроки описаны в разделе о финансировании. Перед подачей заявки можно
проконсультироваться с нашими советниками в Киркенесе.</p>
""",
            "en": """
<p>The Barents Secretariat opens a new round for small projects in culture, education, sport,
the environment and indigenous cooperation. Projects need at least one partner in another
country of the Barents Region.</p>
<p>Read about the criteria and deadlines in the funding pages, or contact our advisers in
Kirkenes before you apply.</p>
""",
        },
        "image_alt": {
            "nb": "Vårlys over fjell og fjord",
            "ru": "Весенний свет над горами и фьордом",
            "en": "Spring light over mountains and a fjord",
        },
    },
    {
        "key": "how-kirkenes-keeps-the-lights-on-in-the-polar-night",
        "days_ago": 41,
        "kind": "feature",
        "topics": ["culture"],
        "regions": ["NO-56"],
        "featured": 4,
        "image": ("polar-night", False),
        "byline": "Ingrid Hætta",
        "title": {
            "nb": "Når sola blir borte: kulturlivet i Kirkenes gjennom mørketida",
            "ru": "Когда солнце уходит: культурная жизнь Киркенеса в полярную ночь",
            "en": "When the sun is gone: cultural life in Kirkenes through the polar night",
        },
        "summary": {
            "nb": "Fra konserter i gruvebyens gamle lokaler til lesesirkler på tre språk – slik holder byen lyset tent.",
            "ru": "От концертов в старых зданиях горняцкого города до читательских кружков на трёх языках — так город сохраняет свет.",
            "en": "From concerts in the mining town's old halls to reading circles in three languages – this is how the town keeps the lights on.",
        },
        "body": {
            "nb": """
<p>Fra slutten av november til midten av januar går ikke sola over horisonten i Kirkenes.
Likevel er kalenderen full: jazzklubben spiller hver fredag, biblioteket har lesesirkel på
norsk, finsk og russisk, og kinoen viser filmer fra hele Barentsregionen.</p>
<p>– Mørketida er når folk trenger hverandre mest, sier kulturhussjef Tove Nilsen. – Da må
dørene være åpne.</p>
<aside class="fact-box"><h2>Mørketid</h2><p>I Kirkenes varer mørketida omtrent fra 21. november
til 21. januar. Midt på dagen gir et blått skumringslys noen timers dagslys.</p></aside>
""",
            "ru": """
<p>С конца ноября до середины января солнце в Киркенесе не поднимается над горизонтом. И всё
же афиша полна: джаз-клуб играет каждую пятницу, в библиотеке собираются читательские кружки на
норвежском, финском и русском, а кинотеатр показывает фильмы со всего Баренцева региона.</p>
<p>«Полярная ночь — время, когда люди больше всего нужны друг другу, — говорит директор дома
культуры Туве Нильсен. — Поэтому двери должны быть открыты».</p>
<aside class="fact-box"><h2>Полярная ночь</h2><p>В Киркенесе полярная ночь длится примерно с 21
ноября по 21 января. В середине дня несколько часов держатся синие сумерки.</p></aside>
""",
            "en": """
<p>From the end of November to the middle of January the sun does not rise above the horizon
in Kirkenes. Still, the calendar is full: the jazz club plays every Friday, the library runs
reading circles in Norwegian, Finnish and Russian, and the cinema shows films from all over
the Barents Region.</p>
<p>“The polar night is when people need each other most,” says the head of the culture house,
Tove Nilsen. “That is when the doors have to be open.”</p>
<aside class="fact-box"><h2>The polar night</h2><p>In Kirkenes the polar night lasts from about
21 November to 21 January. Around noon, a blue twilight gives a few hours of daylight.</p></aside>
""",
        },
        "image_alt": {
            "nb": "Blått skumringslys over fjellene ved Kirkenes",
            "ru": "Синие сумерки над горами у Киркенеса",
            "en": "Blue twilight over the mountains near Kirkenes",
        },
        "image_caption": {
            "nb": "Midt på dagen i desember: den blå timen.",
            "ru": "Полдень в декабре: синий час.",
            "en": "Noon in December: the blue hour.",
        },
    },
    {
        "key": "hospitals-in-kirkenes-and-ivalo-share-specialists-online",
        "days_ago": 58,
        "kind": "news",
        "topics": ["health"],
        "regions": ["NO-56", "FI-10"],
        "image": ("winter-day", False),
        "title": {
            "nb": "Sykehusene i Kirkenes og Ivalo deler spesialister på nett",
            "ru": "Больницы Киркенеса и Ивало делятся специалистами онлайн",
            "en": "Hospitals in Kirkenes and Ivalo share specialists online",
        },
        "summary": {
            "nb": "Et nytt prosjekt gir pasienter på begge sider av grensen raskere tilgang til hudleger og øyeleger.",
            "ru": "Новый проект ускорит доступ пациентов по обе стороны границы к дерматологам и офтальмологам.",
            "en": "A new project gives patients on both sides of the border faster access to dermatologists and eye specialists.",
        },
        "body": {
            "nb": """
<p>Avstandene er lange og spesialistene få. Nå skal de to sykehusene teste felles
videokonsultasjoner, der en lege i Ivalo kan få råd fra en kollega i Kirkenes mens pasienten
sitter i rommet – og omvendt.</p>
<p>Prosjektet løper i to år og får støtte fra Barentssekretariatet og finske helsemyndigheter.</p>
""",
            "ru": """
<p>Расстояния большие, а специалистов мало. Теперь две больницы опробуют совместные
видеоконсультации: врач в Ивало сможет посоветоваться с коллегой из Киркенеса прямо во время
приёма пациента, и наоборот.</p>
<p>Проект рассчитан на два года и поддержан Баренцевым секретариатом и органами
здравоохранения Финляндии.</p>
""",
            "en": """
<p>Distances are long and specialists few. Now the two hospitals will test joint video
consultations, in which a doctor in Ivalo can get advice from a colleague in Kirkenes while the
patient is in the room – and the other way round.</p>
<p>The project runs for two years with support from the Barents Secretariat and the Finnish
health authorities.</p>
""",
        },
        "image_alt": {
            "nb": "Vinterlandskap med lave åser",
            "ru": "Зимний пейзаж с пологими холмами",
            "en": "Winter landscape with low hills",
        },
    },
    {
        "key": "a-closer-watch-on-the-pasvik-river",
        "days_ago": 72,
        "updated_days_after": 3,
        "kind": "news",
        "topics": ["climate"],
        "regions": ["NO-56", "FI-10"],
        "featured": 5,
        "image": ("midnight-sun", False),
        "title": {
            "nb": "Tettere overvåking av Pasvikelva",
            "ru": "За рекой Паз будут следить внимательнее",
            "en": "A closer watch on the Pasvik river",
        },
        "summary": {
            "nb": "Norske og finske forskere setter ut nye målestasjoner for vannkvalitet og fisk i grensevassdraget.",
            "ru": "Норвежские и финские учёные устанавливают новые станции для измерения качества воды и наблюдения за рыбой в пограничной реке.",
            "en": "Norwegian and Finnish researchers install new stations to measure water quality and fish in the border river.",
        },
        "body": {
            "nb": """
<p>Pasvikelva renner fra Enaresjøen i Finland til Bøkfjorden ved Kirkenes og har i mange år
vært et av de best overvåkede vassdragene i nord. De nye stasjonene måler temperatur,
tungmetaller og oksygen hver time og sender dataene til en åpen database.</p>
<p>– Vi ser allerede at isen legger seg senere enn før, sier forsker Hanna Virtanen.</p>
""",
            "ru": """
<p>Река Паз течёт из озера Инари в Финляндии в Бёкфьорд у Киркенеса и много лет остаётся
одной из самых изученных рек Севера. Новые станции каждый час измеряют температуру, содержание
тяжёлых металлов и кислорода и передают данные в открытую базу.</p>
<p>«Мы уже видим, что лёд встаёт позже, чем раньше», — говорит исследователь Ханна Виртанен.</p>
""",
            "en": """
<p>The Pasvik river runs from Lake Inari in Finland to the Bøkfjord at Kirkenes and has long
been one of the best-monitored rivers in the North. The new stations measure temperature, heavy
metals and oxygen every hour and send the data to an open database.</p>
<p>“We already see that the ice forms later than it used to,” says researcher Hanna Virtanen.</p>
""",
        },
        "image_alt": {
            "nb": "Midnattssol over en elv med lave åser",
            "ru": "Полуночное солнце над рекой и пологими холмами",
            "en": "Midnight sun over a river and low hills",
        },
    },
    {
        "key": "study-maps-freight-on-the-northern-railways",
        "days_ago": 88,
        "kind": "news",
        "topics": ["borders", "business"],
        "regions": ["NO-18", "SE-BD", "FI-14"],
        "image": ("autumn", False),
        "title": {
            "nb": "Utredning kartlegger godstrafikken på jernbanen i nord",
            "ru": "Исследование оценит грузовые перевозки по северным железным дорогам",
            "en": "Study maps freight on the northern railways",
        },
        "summary": {
            "nb": "Hvor mye mer gods kan gå på skinner mellom Narvik, Luleå og Oulu? Svaret kommer til våren.",
            "ru": "Сколько ещё грузов можно перевозить по рельсам между Нарвиком, Лулео и Оулу? Ответ будет весной.",
            "en": "How much more freight could travel by rail between Narvik, Luleå and Oulu? The answer comes in spring.",
        },
        "body": {
            "nb": """
<p>Regionene langs Malmbanen og den finske kystbanen har gått sammen om en felles utredning av
kapasitet, flaskehalser og behovet for nye kryssingsspor. Målet er å gi nasjonale myndigheter et
felles kunnskapsgrunnlag.</p>
""",
            "ru": """
<p>Регионы вдоль Рудной дороги и финской прибрежной линии заказали общее исследование
пропускной способности, узких мест и потребности в новых разъездах. Цель — дать
национальным ведомствам общую основу для решений.</p>
""",
            "en": """
<p>The regions along the Iron Ore Line and the Finnish coastal railway have joined forces on a
study of capacity, bottlenecks and the need for new passing loops. The aim is to give the
national authorities a shared basis for decisions.</p>
""",
        },
        "image_alt": {
            "nb": "Høstfarger over åser og vann",
            "ru": "Осенние краски над холмами и водой",
            "en": "Autumn colours over hills and water",
        },
    },
    {
        "key": "regional-council-meets-in-oulu",
        "days_ago": 112,
        "kind": "news",
        "topics": ["cooperation"],
        "regions": ["FI-14"],
        "image": ("spring", False),
        "title": {
            "nb": "Barents regionråd samlet i Oulu",
            "ru": "Баренцев региональный совет собрался в Оулу",
            "en": "Barents Regional Council meets in Oulu",
        },
        "summary": {
            "nb": "Rådet vedtok et arbeidsprogram med vekt på transport, helse og ungdom.",
            "ru": "Совет утвердил рабочую программу с упором на транспорт, здравоохранение и молодёжь.",
            "en": "The council adopted a work programme focused on transport, health and young people.",
        },
        "body": {
            "nb": """
<p>Representanter for regionene i Norge, Sverige og Finland møttes i Oulu for å legge planene for
de neste to årene. Arbeidsprogrammet legger vekt på bedre forbindelser øst–vest, helsetjenester
i spredtbygde strøk og å få unge til å bli i regionen.</p>
""",
            "ru": """
<p>Представители регионов Норвегии, Швеции и Финляндии встретились в Оулу, чтобы наметить
планы на ближайшие два года. В рабочей программе главное — лучшее сообщение между востоком и
западом, медицина в малонаселённых районах и то, чтобы молодёжь оставалась в регионе.</p>
""",
            "en": """
<p>Representatives of the regions in Norway, Sweden and Finland met in Oulu to plan the next two
years. The work programme stresses better east–west connections, health services in sparsely
populated areas and giving young people reasons to stay in the region.</p>
""",
        },
        "image_alt": {
            "nb": "Vårhimmel over et flatt kystlandskap",
            "ru": "Весеннее небо над равнинным побережьем",
            "en": "Spring sky over a flat coastal landscape",
        },
    },
    {
        "key": "indigenous-working-group-adopts-action-plan",
        "days_ago": 141,
        "kind": "news",
        "topics": ["indigenous", "cooperation"],
        "regions": ["NO-56", "SE-BD", "FI-10"],
        "image": ("aurora", True),
        "title": {
            "nb": "Urfolksgruppen vedtok ny handlingsplan",
            "ru": "Рабочая группа коренных народов приняла новый план действий",
            "en": "Indigenous peoples' working group adopts action plan",
        },
        "summary": {
            "nb": "Språk, tradisjonelle næringer og ungdom er prioritert i planen for de neste tre årene.",
            "ru": "Язык, традиционное природопользование и молодёжь — приоритеты плана на ближайшие три года.",
            "en": "Language, traditional livelihoods and youth come first in the plan for the next three years.",
        },
        "body": {
            "nb": """
<p>Planen ble vedtatt på et møte i Inari. Den skal blant annet støtte språkreir for samiske barn,
utveksling mellom unge reindriftsutøvere og et nettverk for urfolks kunstnere.</p>
""",
            "ru": """
<p>План принят на встрече в Инари. Он, в частности, поддержит языковые гнёзда для детей-саамов,
обмены молодых оленеводов и сеть художников из числа коренных народов.</p>
""",
            "en": """
<p>The plan was adopted at a meeting in Inari. Among other things, it will support language
nests for Sámi children, exchanges between young reindeer herders and a network of indigenous
artists.</p>
""",
        },
        "image_alt": {
            "nb": "Nordlys over vidda",
            "ru": "Северное сияние над тундрой",
            "en": "Northern lights over the plateau",
        },
    },
    {
        "key": "women-entrepreneurs-build-a-northern-network",
        "days_ago": 176,
        "kind": "news",
        "topics": ["business"],
        "regions": ["NO-55", "SE-AC", "FI-05"],
        "image": ("midnight-sun", False),
        "title": {
            "nb": "Kvinnelige gründere bygger nettverk i nord",
            "ru": "Женщины-предприниматели создают сеть на Севере",
            "en": "Women entrepreneurs build a northern network",
        },
        "summary": {
            "nb": "Førti bedriftseiere fra tre land møttes i Umeå for å dele erfaringer med eksport og finansiering.",
            "ru": "Сорок владелиц компаний из трёх стран встретились в Умео, чтобы обменяться опытом экспорта и финансирования.",
            "en": "Forty business owners from three countries met in Umeå to share experience with exports and financing.",
        },
        "body": {
            "nb": """
<p>Nettverket skal møtes to ganger i året og ha en felles mentorordning. – Det er lettere å ta
steget ut av landet når du kjenner noen på den andre siden, sier designer Lena Öberg fra Umeå.</p>
""",
            "ru": """
<p>Сеть будет собираться дважды в год, у неё появится общая программа наставничества. «Выйти
за пределы своей страны легче, когда знаешь кого-то по ту сторону границы», — говорит дизайнер
Лена Эберг из Умео.</p>
""",
            "en": """
<p>The network will meet twice a year and run a joint mentoring scheme. “It is easier to take
the step abroad when you know someone on the other side,” says designer Lena Öberg from Umeå.</p>
""",
        },
        "image_alt": {
            "nb": "Kveldssol over en innsjø",
            "ru": "Вечернее солнце над озером",
            "en": "Evening sun over a lake",
        },
    },
    {
        "key": "rescue-services-train-together-in-norrbotten",
        "days_ago": 214,
        "kind": "news",
        "topics": ["health", "climate"],
        "regions": ["SE-BD", "NO-55", "FI-10"],
        "image": ("autumn", False),
        "title": {
            "nb": "Redningstjenester øvde sammen i Norrbotten",
            "ru": "Спасатели провели совместные учения в Норрботтене",
            "en": "Rescue services train together in Norrbotten",
        },
        "summary": {
            "nb": "En skogbrann nær riksgrensen var scenariet da brannvesen, ambulanser og frivillige fra tre land øvde.",
            "ru": "Сценарий учений пожарных, скорой помощи и добровольцев из трёх стран — лесной пожар у государственной границы.",
            "en": "A forest fire near the border was the scenario as fire brigades, ambulances and volunteers from three countries trained.",
        },
        "body": {
            "nb": """
<p>Øvelsen testet samband, ledelse og hvordan mannskaper og utstyr raskt kan krysse grensen.
Erfaringene skal brukes til å oppdatere de felles beredskapsavtalene.</p>
""",
            "ru": """
<p>На учениях проверили связь, управление и то, как быстро люди и техника могут пересечь
границу. Опыт используют при обновлении совместных соглашений о готовности к чрезвычайным
ситуациям.</p>
""",
            "en": """
<p>The exercise tested communications, command and how quickly crews and equipment can cross
the border. The lessons will be used to update the joint preparedness agreements.</p>
""",
        },
        "image_alt": {
            "nb": "Skogkledde åser i høstlys",
            "ru": "Лесистые холмы в осеннем свете",
            "en": "Forested hills in autumn light",
        },
    },
    {
        "key": "mental-health-services-in-sparsely-populated-areas",
        "days_ago": 257,
        "kind": "news",
        "topics": ["health"],
        "regions": ["NO-18", "SE-AC", "FI-13"],
        "image": ("spring", False),
        "title": {
            "nb": "Psykisk helsehjelp der folk bor spredt",
            "ru": "Психологическая помощь там, где люди живут далеко друг от друга",
            "en": "Mental health services where people live far apart",
        },
        "summary": {
            "nb": "Fagfolk fra Bodø, Umeå og Joensuu utveksler erfaringer med ambulante team og nettbasert behandling.",
            "ru": "Специалисты из Будё, Умео и Йоэнсуу обмениваются опытом выездных бригад и онлайн-терапии.",
            "en": "Professionals from Bodø, Umeå and Joensuu exchange experience with mobile teams and online treatment.",
        },
        "body": {
            "nb": """
<p>I mange kommuner i nord er det flere timers reise til nærmeste psykolog. Prosjektet samler
erfaringene fra tre land i en felles veileder som skal være ferdig neste år.</p>
""",
            "ru": """
<p>Во многих северных муниципалитетах до ближайшего психолога несколько часов пути. Проект
соберёт опыт трёх стран в общее руководство, которое будет готово в следующем году.</p>
""",
            "en": """
<p>In many municipalities in the North the nearest psychologist is hours away. The project
gathers the experience of three countries in a joint guide to be finished next year.</p>
""",
        },
        "image_alt": {
            "nb": "Lyse vårfjell over et vann",
            "ru": "Светлые весенние горы над озером",
            "en": "Bright spring mountains above a lake",
        },
    },
    {
        "key": "climate-adaptation-on-the-agenda-in-rovaniemi",
        "days_ago": 305,
        "kind": "news",
        "topics": ["climate"],
        "regions": ["FI-10"],
        "image": ("winter-day", False),
        "title": {
            "nb": "Klimatilpasning på dagsordenen i Rovaniemi",
            "ru": "В Рованиеми обсудили адаптацию к изменению климата",
            "en": "Climate adaptation on the agenda in Rovaniemi",
        },
        "summary": {
            "nb": "Kommuner deler erfaringer med flom, ras og varmere vintre på en konferanse i Rovaniemi.",
            "ru": "Муниципалитеты поделились опытом борьбы с паводками, оползнями и тёплыми зимами на конференции в Рованиеми.",
            "en": "Municipalities share experience with floods, landslides and warmer winters at a conference in Rovaniemi.",
        },
        "body": {
            "nb": """
<p>Mer enn 150 deltakere fra planavdelinger, beredskap og forskning deltok. Et tydelig budskap
var at små kommuner trenger felles verktøy og data for å kunne planlegge for et annet klima.</p>
""",
            "ru": """
<p>В конференции участвовали более 150 специалистов по планированию, экстренным службам и
науке. Главный вывод: небольшим муниципалитетам нужны общие инструменты и данные, чтобы
планировать жизнь в другом климате.</p>
""",
            "en": """
<p>More than 150 people from planning departments, emergency services and research took part.
One clear message: small municipalities need shared tools and data to plan for a different
climate.</p>
""",
        },
        "image_alt": {
            "nb": "Vinterdag over flatt land ved en elv",
            "ru": "Зимний день над равниной у реки",
            "en": "Winter day over flat land by a river",
        },
    },
    {
        "key": "annual-report-more-projects-with-fewer-partners",
        "days_ago": 348,
        "kind": "press-release",
        "topics": ["cooperation"],
        "regions": [],
        "countries": ["NO", "SE", "FI"],
        "image": ("autumn", False),
        "title": {
            "nb": "Årsrapport: flere prosjekter, færre partnerland",
            "ru": "Годовой отчёт: больше проектов, меньше стран-партнёров",
            "en": "Annual report: more projects, fewer partner countries",
        },
        "summary": {
            "nb": "Sekretariatet støttet flere prosjekter enn året før, men samarbeidet foregår nå mellom færre land.",
            "ru": "Секретариат поддержал больше проектов, чем годом ранее, но сотрудничество теперь идёт между меньшим числом стран.",
            "en": "The secretariat supported more projects than the year before, but the cooperation now takes place between fewer countries.",
        },
        "body": {
            "nb": """
<p>Årsrapporten viser at prosjektene i større grad enn før samler partnere fra Norge, Sverige og
Finland. Kultur og utdanning er fortsatt de største områdene, fulgt av miljø og helse.</p>
""",
            "ru": """
<p>Годовой отчёт показывает, что проекты чаще, чем прежде, объединяют партнёров из Норвегии,
Швеции и Финляндии. Крупнейшими направлениями остаются культура и образование, за ними следуют
экология и здравоохранение.</p>
""",
            "en": """
<p>The annual report shows that projects now more often bring together partners from Norway,
Sweden and Finland. Culture and education remain the largest fields, followed by the
environment and health.</p>
""",
        },
        "image_alt": {
            "nb": "Høstlandskap med fjell og vann",
            "ru": "Осенний пейзаж с горами и водой",
            "en": "Autumn landscape with mountains and water",
        },
    },
    {
        "key": "a-russian-corner-in-the-kirkenes-library",
        "days_ago": 392,
        "kind": "feature",
        "topics": ["culture"],
        "regions": ["NO-56"],
        "image": ("polar-night", True),
        "byline": "Ingrid Hætta",
        "title": {
            "nb": "Et russisk hjørne på biblioteket i Kirkenes",
            "ru": "Русский уголок в библиотеке Киркенеса",
            "en": "A Russian corner in the Kirkenes library",
        },
        "summary": {
            "nb": "Hver tiende innbygger i Sør-Varanger har russisk bakgrunn. På biblioteket finner de bøker, aviser og hverandre.",
            "ru": "Каждый десятый житель Сёр-Варангера — выходец из России. В библиотеке они находят книги, газеты и друг друга.",
            "en": "One in ten people in Sør-Varanger has a Russian background. At the library they find books, newspapers and each other.",
        },
        "body": {
            "nb": """
<p>Hyllene med russisk litteratur har vokst år for år, og hver torsdag samles en gruppe til
samtale over te. – Her kan barna låne bøker på begge språkene sine, sier bibliotekar Olga
Hansen.</p>
""",
            "ru": """
<p>Полки с русской литературой растут год от года, а по четвергам здесь собираются за чаем
поговорить. «Дети могут брать книги на обоих своих языках», — говорит библиотекарь Ольга
Хансен.</p>
""",
            "en": """
<p>The shelves of Russian literature have grown year by year, and every Thursday a group meets
to talk over tea. “Here the children can borrow books in both their languages,” says librarian
Olga Hansen.</p>
""",
        },
        "image_alt": {
            "nb": "Nordlys over byen en vinterkveld",
            "ru": "Северное сияние над городом зимним вечером",
            "en": "Northern lights over the town on a winter evening",
        },
    },
    {
        "key": "more-tourists-cross-the-nordic-borders",
        "days_ago": 437,
        "kind": "interview",
        "topics": ["business", "borders"],
        "regions": ["FI-10", "NO-56"],
        "image": ("winter-day", False),
        "byline": "Mikkel Eira",
        "title": {
            "nb": "– Turistene ser ikke grensene",
            "ru": "«Туристы не замечают границ»",
            "en": "“Tourists do not see the borders”",
        },
        "summary": {
            "nb": "Reiselivssjef Satu Kangas i Inari vil selge Lappland og Finnmark som én destinasjon.",
            "ru": "Руководитель турцентра в Инари Сату Кангас хочет продавать Лапландию и Финнмарк как одно направление.",
            "en": "Inari tourism director Satu Kangas wants to sell Lapland and Finnmark as one destination.",
        },
        "body": {
            "nb": """
<p><strong>Hvorfor én destinasjon?</strong><br>– Gjestene fra Asia og Mellom-Europa planlegger
én reise til nord. De vil se nordlyset, kjøre hundespann og se havet. Da må vi samarbeide om
pakker, transport og markedsføring.</p>
<p><strong>Hva står i veien?</strong><br>– Bussruter som slutter ved grensen, og ulike regler
for guider. Det er ting vi kan gjøre noe med.</p>
""",
            "ru": """
<p><strong>Почему одно направление?</strong><br>— Гости из Азии и Центральной Европы
планируют одну поездку на Север. Они хотят увидеть северное сияние, прокатиться на собачьей
упряжке и увидеть море. Значит, нам нужно вместе работать над турами, транспортом и
продвижением.</p>
<p><strong>Что мешает?</strong><br>— Автобусные маршруты, которые обрываются на границе, и
разные правила для гидов. С этим можно что-то сделать.</p>
""",
            "en": """
<p><strong>Why one destination?</strong><br>“Guests from Asia and central Europe plan one trip
to the North. They want to see the northern lights, drive a dog sled and see the sea. So we
have to work together on packages, transport and marketing.”</p>
<p><strong>What stands in the way?</strong><br>“Bus routes that end at the border, and
different rules for guides. Those are things we can do something about.”</p>
""",
        },
        "image_alt": {
            "nb": "Snødekt landskap i vintersol",
            "ru": "Заснеженный пейзаж под зимним солнцем",
            "en": "Snow-covered landscape in winter sun",
        },
    },
    {
        "key": "students-move-between-tromso-umea-and-oulu",
        "days_ago": 478,
        "kind": "news",
        "topics": ["youth"],
        "regions": ["NO-55", "SE-AC", "FI-14"],
        "image": ("spring", False),
        "title": {
            "nb": "Studenter pendler mellom Tromsø, Umeå og Oulu",
            "ru": "Студенты курсируют между Тромсё, Умео и Оулу",
            "en": "Students move between Tromsø, Umeå and Oulu",
        },
        "summary": {
            "nb": "Et felles masterprogram i nordlige studier tar opp sitt første kull.",
            "ru": "Совместная магистерская программа по северным исследованиям набрала первый курс.",
            "en": "A joint master's programme in northern studies takes in its first students.",
        },
        "body": {
            "nb": """
<p>Studentene tar ett semester ved hvert av de tre universitetene og skriver masteroppgaven med
veiledere fra to land. Tjuefem studenter startet i høst.</p>
""",
            "ru": """
<p>Студенты проводят по семестру в каждом из трёх университетов и пишут магистерскую работу
под руководством научных руководителей из двух стран. Этой осенью учёбу начали двадцать пять
человек.</p>
""",
            "en": """
<p>Students spend a term at each of the three universities and write their thesis with
supervisors from two countries. Twenty-five students started this autumn.</p>
""",
        },
        "image_alt": {
            "nb": "Fjell og fjord i vårlys",
            "ru": "Горы и фьорд в весеннем свете",
            "en": "Mountains and a fjord in spring light",
        },
    },
    {
        "key": "sami-films-tour-the-region",
        "days_ago": 596,
        "kind": "news",
        "topics": ["indigenous", "culture"],
        "regions": ["NO-56", "SE-BD", "FI-10"],
        "image": ("aurora", True),
        "title": {
            "nb": "Samiske filmer på turné i regionen",
            "ru": "Саамские фильмы отправились в турне по региону",
            "en": "Sámi films tour the region",
        },
        "summary": {
            "nb": "Et utvalg kortfilmer fra samiske regissører vises i tolv små bygder i tre land.",
            "ru": "Подборку короткометражных фильмов саамских режиссёров покажут в двенадцати небольших посёлках трёх стран.",
            "en": "A selection of short films by Sámi directors is shown in twelve small villages in three countries.",
        },
        "body": {
            "nb": """
<p>Turneen går med en liten buss og et lerret som kan settes opp i skoler og grendehus. Etter
hver visning møter publikum en av regissørene.</p>
""",
            "ru": """
<p>Турне идёт на небольшом автобусе с экраном, который можно установить в школе или
сельском клубе. После каждого показа зрители встречаются с одним из режиссёров.</p>
""",
            "en": """
<p>The tour travels in a small bus with a screen that can be set up in schools and village
halls. After each screening the audience meets one of the directors.</p>
""",
        },
        "image_alt": {
            "nb": "Nordlys over en mørk innsjø",
            "ru": "Северное сияние над тёмным озером",
            "en": "Northern lights over a dark lake",
        },
    },
    {
        "key": "broadband-reaches-the-last-villages",
        "days_ago": 655,
        "kind": "news",
        "topics": ["business"],
        "regions": ["FI-05", "FI-13"],
        "image": ("autumn", False),
        "title": {
            "nb": "Bredbåndet når de siste landsbyene",
            "ru": "Широкополосный интернет добрался до последних деревень",
            "en": "Broadband reaches the last villages",
        },
        "summary": {
            "nb": "I Kainuu og Nord-Karelen har nesten alle husstander nå fiber – takket være andelslag i landsbyene.",
            "ru": "В Кайнуу и Северной Карелии почти во всех домах теперь оптоволокно — благодаря деревенским кооперативам.",
            "en": "In Kainuu and North Karelia nearly every household now has fibre – thanks to village cooperatives.",
        },
        "body": {
            "nb": """
<p>Landsbyene gravde grøftene selv og eier nettet sammen. Nå vil de dele erfaringene med
bygder i Norge og Sverige som står foran samme utfordring.</p>
""",
            "ru": """
<p>Жители деревень сами рыли траншеи и теперь совместно владеют сетью. Своим опытом они хотят
поделиться с посёлками в Норвегии и Швеции, перед которыми стоит та же задача.</p>
""",
            "en": """
<p>The villages dug the trenches themselves and own the network together. Now they want to
share their experience with villages in Norway and Sweden facing the same challenge.</p>
""",
        },
        "image_alt": {
            "nb": "Skog og vann i høstfarger",
            "ru": "Лес и вода в осенних красках",
            "en": "Forest and water in autumn colours",
        },
    },
    {
        "key": "quiet-days-at-storskog",
        "days_ago": 718,
        "kind": "feature",
        "topics": ["borders"],
        "regions": ["NO-56", "RU-MUR"],
        "image": ("winter-day", False),
        "title": {
            "nb": "Stille dager på Storskog",
            "ru": "Тихие дни на Стурскуге",
            "en": "Quiet days at Storskog",
        },
        "summary": {
            "nb": "Grenseovergangen som en gang var blant de travleste i nord, har i dag bare en brøkdel av trafikken.",
            "ru": "Через пункт пропуска, когда-то один из самых оживлённых на Севере, сегодня проходит лишь малая часть прежнего потока.",
            "en": "The border crossing that was once among the busiest in the North now sees only a fraction of its traffic.",
        },
        "body": {
            "nb": """
<p>Storskog er Norges eneste grenseovergang til Russland. For bare noen år siden sto bilene i kø
i helgene; nå er det lange stunder uten en eneste reisende. Vi har snakket med dem som fortsatt
krysser, og med dem som savner trafikken.</p>
""",
            "ru": """
<p>Стурскуг — единственный пункт пропуска на границе Норвегии с Россией. Ещё несколько лет назад
по выходным здесь стояли очереди машин, а теперь подолгу не бывает ни одного путешественника. Мы
поговорили с теми, кто всё ещё пересекает границу, и с теми, кому не хватает былого оживления.</p>
""",
            "en": """
<p>Storskog is Norway's only border crossing to Russia. Only a few years ago cars queued there
at weekends; now long stretches pass without a single traveller. We spoke to those who still
cross, and to those who miss the traffic.</p>
""",
        },
        "image_alt": {
            "nb": "Snødekte åser ved grensen en klar dag",
            "ru": "Заснеженные холмы у границы в ясный день",
            "en": "Snow-covered hills by the border on a clear day",
        },
    },
    {
        "key": "progress-on-the-environmental-hot-spots",
        "days_ago": 802,
        "kind": "news",
        "topics": ["climate"],
        "regions": [],
        "countries": ["NO", "SE", "FI"],
        "image": ("midnight-sun", False),
        "title": {
            "nb": "Framgang for miljøpunktene i Barentsregionen",
            "ru": "Прогресс по экологическим «горячим точкам» Баренцева региона",
            "en": "Progress on the Barents environmental hot spots",
        },
        "summary": {
            "nb": "Arbeidet med å rydde opp i gamle forurensningskilder fortsetter, nå med vekt på erfaringsdeling.",
            "ru": "Работа по устранению старых источников загрязнения продолжается, теперь с упором на обмен опытом.",
            "en": "The work to clean up old sources of pollution continues, now with an emphasis on sharing experience.",
        },
        "body": {
            "nb": """
<p>Listen over miljøpunkter ble laget for å prioritere de største forurensningskildene i
regionen. Flere av dem er allerede fjernet fra listen etter at utslippene er redusert.</p>
""",
            "ru": """
<p>Перечень «горячих точек» составлен, чтобы выделить крупнейшие источники загрязнения в
регионе. Несколько из них уже исключены из списка после того, как выбросы удалось сократить.</p>
""",
            "en": """
<p>The list of hot spots was drawn up to give priority to the largest sources of pollution in
the region. Several have already been removed from the list after emissions were reduced.</p>
""",
        },
        "image_alt": {
            "nb": "Sol over stille vann og åser",
            "ru": "Солнце над тихой водой и холмами",
            "en": "Sun over still water and hills",
        },
    },
    {
        "key": "kirkenes-conference-looks-north",
        "days_ago": 861,
        "kind": "news",
        "topics": ["cooperation", "business"],
        "regions": ["NO-56"],
        "image": ("winter-day", False),
        "title": {
            "nb": "Kirkeneskonferansen ser mot nord",
            "ru": "Киркенесская конференция смотрит на Север",
            "en": "The Kirkenes Conference looks north",
        },
        "summary": {
            "nb": "Energi, forsvar og næringsutvikling preget den årlige konferansen i Kirkenes.",
            "ru": "Энергетика, оборона и развитие бизнеса — главные темы ежегодной конференции в Киркенесе.",
            "en": "Energy, defence and business development dominated the annual conference in Kirkenes.",
        },
        "body": {
            "nb": """
<p>Over 400 deltakere fra næringsliv, forvaltning og forskning møttes i Kirkenes. Mange
understreket at nordområdene trenger folk, og at samarbeidet mellom de nordiske landene er
viktigere enn noen gang.</p>
""",
            "ru": """
<p>В Киркенесе собрались более 400 представителей бизнеса, органов власти и науки. Многие
подчёркивали, что Северу нужны люди, а сотрудничество северных стран сейчас важнее, чем
когда-либо.</p>
""",
            "en": """
<p>More than 400 people from business, government and research met in Kirkenes. Many stressed
that the High North needs people, and that cooperation between the Nordic countries matters more
than ever.</p>
""",
        },
        "image_alt": {
            "nb": "Vinterlys over fjorden ved Kirkenes",
            "ru": "Зимний свет над фьордом у Киркенеса",
            "en": "Winter light over the fjord at Kirkenes",
        },
    },
    {
        "key": "language-courses-for-project-coordinators",
        "days_ago": 948,
        "kind": "news",
        "topics": ["youth", "cooperation"],
        "regions": ["NO-56", "NO-55"],
        "image": ("spring", False),
        "title": {
            "nb": "Språkkurs for prosjektkoordinatorer",
            "ru": "Языковые курсы для координаторов проектов",
            "en": "Language courses for project coordinators",
        },
        "summary": {
            "nb": "Koordinatorer i Barentsprosjekter kan ta kurs i finsk, svensk og nordsamisk.",
            "ru": "Координаторы баренцевых проектов могут пройти курсы финского, шведского и северносаамского языков.",
            "en": "Coordinators of Barents projects can take courses in Finnish, Swedish and North Sámi.",
        },
        "body": {
            "nb": """
<p>Kursene går på nett om kvelden og avsluttes med en uke på et sommerkurs. – Selv litt språk
gjør møtene lettere, sier kursleder Per-Anders Nutti.</p>
""",
            "ru": """
<p>Занятия проходят онлайн по вечерам и завершаются неделей летней школы. «Даже немного языка
облегчает встречи», — говорит руководитель курсов Пер-Андерс Нутти.</p>
""",
            "en": """
<p>The courses run online in the evenings and end with a week at a summer school. “Even a
little of the language makes meetings easier,” says course leader Per-Anders Nutti.</p>
""",
        },
        "image_alt": {
            "nb": "Vårfjell og fjord",
            "ru": "Весенние горы и фьорд",
            "en": "Spring mountains and a fjord",
        },
    },
    # --- Only in Norwegian: readers of the other languages see the fallback notice. -----------
    {
        "key": "kulturnatt-i-vardo",
        "days_ago": 96,
        "kind": "news",
        "topics": ["culture"],
        "regions": ["NO-56"],
        "image": ("polar-night", True),
        "title": {"nb": "Kulturnatt i Vardø trakk fullt hus"},
        "summary": {
            "nb": "Konserter, utstillinger og fortellerkvelder fylte byen fra festningen til havna.",
        },
        "body": {
            "nb": """
<p>Over tusen besøkende fant veien til Vardø da byen arrangerte kulturnatt for første gang. Lokale
kor, band fra Kirkenes og en fortellergruppe fra Tana sørget for program til langt på natt.</p>
<p>– Vi blir gjerne en fast tradisjon, sier arrangør Siri Johansen.</p>
""",
        },
        "image_alt": {"nb": "Nordlys over havet utenfor Vardø"},
    },
    {
        "key": "vi-soker-radgiver-i-kirkenes",
        "days_ago": 127,
        "kind": "press-release",
        "topics": ["cooperation"],
        "regions": ["NO-56"],
        "image": ("winter-day", False),
        "title": {"nb": "Vi søker rådgiver til sekretariatet i Kirkenes"},
        "summary": {
            "nb": "Har du erfaring med prosjektarbeid og internasjonalt samarbeid? Søknadsfristen er om tre uker.",
        },
        "body": {
            "nb": """
<p>Rådgiveren skal følge opp prosjekter innen kultur og utdanning, veilede søkere og delta i
nettverk i regionen. Vi ser etter deg som trives med å reise og kan skrive godt på norsk og
engelsk. Kunnskaper i finsk eller svensk er en fordel.</p>
""",
        },
        "image_alt": {"nb": "Vinterlandskap ved Kirkenes"},
    },
    {
        "key": "elever-fra-sor-varanger-pa-besok-i-lulea",
        "days_ago": 163,
        "kind": "news",
        "topics": ["youth"],
        "regions": ["NO-56", "SE-BD"],
        "image": ("spring", False),
        "title": {"nb": "Elever fra Sør-Varanger på besøk i Luleå"},
        "summary": {
            "nb": "Tiendeklassinger fra Kirkenes tilbrakte en uke på en ungdomsskole i Luleå.",
        },
        "body": {
            "nb": """
<p>Elevene bodde hos vertsfamilier, fulgte undervisningen og besøkte stålverket og
universitetet. Til høsten kommer de svenske elevene på gjenvisitt.</p>
""",
        },
        "image_alt": {"nb": "Vårlys over et kystlandskap"},
    },
    {
        "key": "nordlysfestivalen-med-rekordsalg",
        "days_ago": 231,
        "kind": "news",
        "topics": ["culture"],
        "regions": ["NO-55"],
        "image": ("aurora", True),
        "title": {"nb": "Rekordsalg for nordlysfestivalen i Tromsø"},
        "summary": {"nb": "Festivalen hadde med artister fra alle de nordiske landene i år."},
        "body": {
            "nb": """
<p>Billettsalget slo alle tidligere rekorder, og flere konserter ble flyttet til større
lokaler. Festivalen samarbeider med arrangører i Luleå og Oulu om felles turneer.</p>
""",
        },
        "image_alt": {"nb": "Nordlys over Tromsø en vinterkveld"},
    },
    {
        "key": "fiskerikonferanse-i-batsfjord",
        "days_ago": 283,
        "kind": "news",
        "topics": ["business"],
        "regions": ["NO-56"],
        "image": ("midnight-sun", False),
        "title": {"nb": "Fiskerikonferanse i Båtsfjord"},
        "summary": {"nb": "Kystsamfunnene diskuterte kvoter, rekruttering og nye markeder."},
        "body": {
            "nb": """
<p>Rundt hundre deltakere fra fiskeindustrien, kommunene og forskningen møttes i Båtsfjord.
Rekruttering av unge til næringen var det temaet som engasjerte mest.</p>
""",
        },
        "image_alt": {"nb": "Midnattssol over havet"},
    },
    {
        "key": "barentsdagene-samlet-hele-byen",
        "days_ago": 372,
        "kind": "news",
        "topics": ["cooperation", "culture"],
        "regions": ["NO-56"],
        "image": ("autumn", False),
        "title": {"nb": "Barentsdagene samlet hele byen"},
        "summary": {"nb": "Marked, konserter og debatter om livet i grenselandet."},
        "body": {
            "nb": """
<p>I tre dager var sentrum i Kirkenes fylt av markedsboder, musikk og debatter. Årets tema var
hvordan grensebyen kan finne nye roller når trafikken over grensen er liten.</p>
""",
        },
        "image_alt": {"nb": "Høstfarger over fjellene ved Kirkenes"},
    },
    {
        "key": "samisk-sprakuke-i-skolene",
        "days_ago": 512,
        "kind": "news",
        "topics": ["indigenous", "youth"],
        "regions": ["NO-56", "NO-55", "NO-18"],
        "image": ("winter-day", False),
        "title": {"nb": "Samisk språkuke i skolene"},
        "summary": {"nb": "Elever over hele Nord-Norge lærte samiske ord og sanger."},
        "body": {
            "nb": """
<p>Under språkuka bruker skoler, barnehager og kommuner samisk i hverdagen: på skilt, i
kantina og i morgensamlingen. I år deltok også skoler i Sverige og Finland.</p>
""",
        },
        "image_alt": {"nb": "Vinterdag med snødekte fjell"},
    },
    {
        "key": "ny-rapport-om-grensependling",
        "days_ago": 1015,
        "kind": "news",
        "topics": ["borders", "business"],
        "regions": ["NO-56", "FI-10", "SE-BD"],
        "image": ("autumn", False),
        "title": {"nb": "Ny rapport om grensependling i nord"},
        "summary": {
            "nb": "Stadig flere bor i ett land og arbeider i et annet. Rapporten peker på skatt og trygd som hindre.",
        },
        "body": {
            "nb": """
<p>Rapporten bygger på intervjuer med pendlere i Tornedalen og i Øst-Finnmark. Mange forteller om
uklare regler for skatt og trygd, og etterlyser én felles veiledningstjeneste.</p>
""",
        },
        "image_alt": {"nb": "Elvedal i høstfarger"},
    },
]

# Not public: a draft and an article scheduled for tomorrow (they appear nowhere yet).
UNPUBLISHED_ARTICLES = [
    {
        "key": "draft-programme-for-next-years-youth-forum",
        "status": "draft",
        "kind": "news",
        "topics": ["youth"],
        "regions": [],
        "image": None,
        "title": {
            "nb": "Utkast: programmet for neste års ungdomsforum",
            "ru": "Черновик: программа молодёжного форума следующего года",
            "en": "Draft: the programme of next year's youth forum",
        },
        "summary": {"nb": "Ikke publisert.", "ru": "Не опубликовано.", "en": "Not published."},
        "body": {"nb": "<p>Utkast.</p>", "ru": "<p>Черновик.</p>", "en": "<p>Draft.</p>"},
    },
    {
        "key": "scholarship-nominations-open-tomorrow",
        "status": "published",
        "days_ago": -1,
        "kind": "press-release",
        "topics": ["culture"],
        "regions": [],
        "image": None,
        "title": {
            "nb": "Nominasjonene til Barentsstipendet åpner",
            "ru": "Открыт приём кандидатур на Баренцеву стипендию",
            "en": "Nominations for the Barents scholarship open",
        },
        "summary": {
            "nb": "Publiseres automatisk i morgen.",
            "ru": "Будет опубликовано автоматически завтра.",
            "en": "Published by itself tomorrow.",
        },
        "body": {
            "nb": "<p>Planlagt.</p>",
            "ru": "<p>Запланировано.</p>",
            "en": "<p>Scheduled.</p>",
        },
    },
]
