"""Plausible text about the Barents cooperation in Norwegian, Russian and English.

Small hand-written vocabularies, with the inflected forms a reader meets (prosjekt,
prosjektet, prosjektene; проект, проекта, проектов), drawn with Zipf-like weights: a few
words are everywhere, most are rare, as in real text. Seeded, so every run is the same.
"""

import random


def words(text):
    return text.split()


VOCABULARY = {
    "en": {
        "nouns": words("""cooperation region border project projects programme grant
            grants scholarship
            culture youth school schools university student students teacher teachers reindeer
            herder herders fisherman fishermen fishery salmon cod harbour icebreaker railway road
            bridge airport tourism tourist tourists festival music choir choirs theatre museum
            exhibition artist artists writer language languages minority Sami Nenets Veps
            climate environment pollution forest tundra river lake sea ice snow winter summer
            aurora health hospital doctor nurse business company companies entrepreneur trade
            export energy oil gas mining mine nickel municipality municipalities county
            government ministry council committee secretariat office meeting meetings
            conference seminar workshop delegation agreement declaration report application
            applications deadline budget partner partners network exchange visit friendship
            history anniversary sport skiing football hockey journalist media newspaper library
            book film photographer photographs research researcher researchers science
            knowledge education training volunteer volunteers organisation association church
            village town city community family children women elders food market handicraft
            funding cooperating
            glacier fjord island coast peninsula mountain valley marsh birch pine berry cloudberry
            mushroom moose bear wolf fox seal whale walrus herring crab shrimp trawler ferry
            bus train truck lorry pipeline harbourmaster customs checkpoint passport visa
            crossing shipyard factory sawmill smelter laboratory archive school-bus kindergarten
            pupil lecturer professor dean rector thesis dissertation curriculum diploma
            apprentice carpenter blacksmith weaver knitter singer dancer drummer poet painter
            sculptor novelist translator interpreter editor publisher broadcaster podcast
            radio television cinema concert opera ballet circus carnival parade ceremony
            wedding funeral harvest fishing-boat snowmobile sledge ski-lift stadium arena
            gymnasium swimming-pool sauna cabin farm dairy bakery brewery restaurant cafe hotel
            hostel campsite trail hiking kayak canoe mosquito daylight darkness midnight
            storm blizzard frost thaw flood drought wildfire permafrost emission carbon
            recycling waste plastic battery solar hydrogen turbine grid cable broadband
            satellite radar drone app website database statistics survey census budgetary
            ombudsman mayor governor consul ambassador minister parliament election referendum
            treaty protocol memorandum charter summit forum panel hearing petition"""),
        "places": words("""Kirkenes Murmansk Arkhangelsk Tromsø Bodø Vardø Vadsø
            Hammerfest Alta Luleå
            Rovaniemi Oulu Petrozavodsk Naryan-Mar Nikel Zapolyarny Pechenga Severomorsk
            Apatity Kirovsk Kandalaksha Karasjok Kautokeino Finnmark Nordland Troms Karelia
            Komi Lapland Norrbotten"""),
        "verbs": words("""supports funds opens organises celebrates visits discusses signs presents
            launches builds strengthens welcomes invites publishes awards meets plans develops
            explores connects protects teaches studies shares improves"""),
        "adjectives": words("""cross-border northern arctic new young local regional international
            cultural green sustainable traditional small large first annual joint Russian
            Norwegian Finnish Swedish indigenous digital open common"""),
        "small": words("and in on for with to of from about between after the a"),
    },
    "nb": {
        "nouns": words("""samarbeid samarbeidet region regionen grense grensen grensene prosjekt
            prosjektet prosjekter prosjektene program programmet tilskudd tilskuddet stipend
            stipendet kultur kulturen ungdom ungdommen skole skolen skolene universitet
            universitetet student studenter studentene lærer lærere reinsdyr reindrift
            reindriftsutøvere fisker fiskere fiskeri laks torsk havn havna isbryter isbryteren
            jernbane vei bro flyplass turisme turist turister festival festivalen musikk kor
            koret teater museum museet utstilling utstillingen kunstner kunstnere forfatter
            språk språket minoritet urfolk samer klima klimaet miljø miljøet forurensning skog
            tundra elv elva innsjø hav havet is snø vinter sommer nordlys nordlyset helse
            sykehus lege sykepleier næringsliv bedrift bedrifter gründer handel eksport energi
            olje gass vindkraft gruve nikkel kommune kommunen kommunene fylke fylket regjering
            departement råd rådet komité sekretariat sekretariatet kontor kontoret møte møtet
            møter konferanse konferansen seminar verksted delegasjon avtale avtalen erklæring
            rapport rapporten søknad søknaden søknadsfrist budsjett partner partnere nettverk
            utveksling besøk vennskap historie jubileum idrett skiløp fotball hockey journalist
            medier avis bibliotek bok film fotograf bilder forskning forsker forskere vitenskap
            kunnskap utdanning opplæring frivillige organisasjon forening kirke bygd by byen
            lokalsamfunn familie barn barna kvinner eldre mat marked håndverk
            bre fjord øy kyst halvøy fjell dal myr bjørk furu bær molte sopp elg bjørn ulv rev
            sel hval hvalross sild krabbe reke tråler ferje buss tog lastebil rørledning
            tollstasjon grensestasjon pass visum grenseovergang verft fabrikk sagbruk smelteverk
            laboratorium arkiv barnehage elev foreleser professor dekan rektor avhandling
            læreplan vitnemål lærling snekker smed vever strikker sanger danser trommeslager
            dikter maler billedhugger romanforfatter oversetter tolk redaktør forlag kringkaster
            podkast radio fjernsyn kino konsert opera ballett sirkus karneval parade seremoni
            bryllup begravelse innhøsting fiskebåt snøscooter slede skiheis stadion arena
            svømmehall badstue hytte gård meieri bakeri bryggeri restaurant kafé hotell
            vandrerhjem campingplass sti fottur kajakk kano mygg midnattssol mørketid storm
            snøstorm frost tining flom tørke skogbrann permafrost utslipp karbon gjenvinning
            avfall plast batteri solkraft hydrogen turbin strømnett kabel bredbånd satellitt
            radar drone nettside database statistikk undersøkelse ordfører fylkesmann konsul
            ambassadør statsråd storting valg folkeavstemning traktat protokoll toppmøte forum
            panel høring opprop"""),
        "places": words("""Kirkenes Murmansk Arkhangelsk Tromsø Bodø Vardø Vadsø
            Hammerfest Alta Luleå
            Rovaniemi Oulu Petrozavodsk Narjan-Mar Nikel Finnmark Nordland Troms Karelen Komi
            Lappland Norrbotten Karasjok Kautokeino Pasvik"""),
        "verbs": words("""støtter finansierer åpner arrangerer feirer besøker diskuterer signerer
            presenterer lanserer bygger styrker inviterer publiserer møtes planlegger utvikler
            utforsker knytter beskytter underviser studerer deler forbedrer"""),
        "adjectives": words("""grenseoverskridende nordlige arktiske nye unge lokale regionale
            internasjonale kulturelle grønne bærekraftige tradisjonelle små store første
            årlige felles russiske norske finske svenske digitale åpne"""),
        "small": words("og i på for med til av fra om over mellom etter som den det de en et"),
    },
    "ru": {
        "nouns": words("""сотрудничество сотрудничества сотрудничеству регион региона
            регионе граница
            границы границе проект проекта проекты проектов программа программы грант гранты
            грантов стипендия стипендии культура культуры молодёжь молодёжи школа школы
            университет университета студент студенты студентов учитель учителя олень олени
            оленей оленевод оленеводство рыбак рыбаки рыболовство лосось треска порт ледокол
            ледокола дорога мост аэропорт туризм турист туристы фестиваль фестиваля музыка хор
            театр музей музея выставка выставки художник художники писатель язык языка
            меньшинство саамы ненцы вепсы климат климата загрязнение лес тундра река озеро
            море лёд снег зима лето сияние здоровье больница врач медсестра бизнес компания
            предприниматель торговля экспорт энергия нефть газ шахта никель муниципалитет
            область области правительство министерство совет совета комитет секретариат
            секретариата офис встреча встречи конференция конференции семинар делегация
            соглашение декларация доклад отчёт заявка заявки срок бюджет партнёр партнёры сеть
            обмен визит дружба история юбилей спорт лыжи футбол хоккей журналист газета
            библиотека книга фильм фотограф фотографии исследование исследователь наука знания
            образование обучение волонтёры организация ассоциация церковь село город города
            община семья дети детей женщины пожилые еда рынок ремесло
            ледник фьорд остров побережье полуостров гора долина болото берёза сосна ягода
            морошка гриб лось медведь волк лиса тюлень кит морж сельдь краб креветка траулер
            паром автобус поезд грузовик трубопровод таможня пропуск паспорт виза переход
            верфь завод лесопилка комбинат лаборатория архив детсад ученик лектор профессор
            декан ректор диссертация программа диплом подмастерье плотник кузнец ткачиха
            певица танцор барабанщик поэт живописец скульптор романист переводчик редактор
            издательство радио телевидение кинотеатр концерт опера балет цирк карнавал парад
            церемония свадьба урожай лодка снегоход сани подъёмник стадион арена бассейн баня
            изба ферма молокозавод пекарня пивоварня ресторан кафе гостиница хостел кемпинг
            тропа поход байдарка каноэ комар полярный день полярная ночь шторм метель мороз
            оттепель наводнение засуха пожар мерзлота выбросы углерод переработка отходы
            пластик батарея солнце водород турбина электросеть кабель интернет спутник радар
            дрон сайт база статистика опрос перепись мэр губернатор консул посол министр
            парламент выборы референдум договор протокол меморандум саммит форум панель
            слушания петиция"""),
        "places": words("""Киркенес Мурманск Архангельск Тромсё Будё Вардё Вадсё Хаммерфест Альта
            Лулео Рованиеми Оулу Петрозаводск Нарьян-Мар Никель Заполярный Печенга Апатиты
            Кировск Кандалакша Финнмарк Нурланн Тромс Карелия Коми Лапландия
            Норрботтен"""),
        "verbs": words("""поддерживает финансирует открывает организует отмечает посещает обсуждает
            подписывает представляет запускает строит укрепляет приглашает публикует вручает
            встречается планирует развивает изучает соединяет защищает обучает делится
            улучшает"""),
        "adjectives": words("""приграничное северный арктический новый молодые местные региональный
            международный культурный зелёный устойчивое традиционный малый большой первый
            ежегодный совместный российский норвежский финский шведский цифровой
            открытый"""),
        "small": words("и в на для с по из о между после как"),
    },
}

FIRST_NAMES = words("""Kari Ola Ingrid Per Anna Lars Sigrid Nils Marit Jon Elena Olga Sergei Dmitri
    Irina Natalia Ivan Pavel Aino Mikko Liisa Matti Anders Karin Erik Maria""")
LAST_NAMES = words("""Nordmann Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Berg Haugen
    Ivanova Petrov Smirnova Kuznetsov Popova Sokolov Virtanen Korhonen Nieminen Lindqvist
    Eriksson Solberg Rafaelsen Utsi Somby Balto""")


def _zipf_weights(count, exponent=1.0):
    return [1 / (rank + 1) ** exponent for rank in range(count)]


class Writer:
    """Titles, sentences and paragraphs in one language."""

    def __init__(self, code, seed=0):
        words = VOCABULARY[code]
        self.code = code
        self.random = random.Random(f"{code}-{seed}")
        self.nouns = list(words["nouns"])
        # Zipf over a shuffled order: which words are common differs per run seed only.
        random.Random(f"order-{code}").shuffle(self.nouns)
        self.noun_weights = _zipf_weights(len(self.nouns), 0.9)
        self.places = words["places"]
        self.place_weights = _zipf_weights(len(self.places), 0.8)
        self.verbs = words["verbs"]
        self.adjectives = words["adjectives"]
        self.small = words["small"]

    def noun(self):
        return self.random.choices(self.nouns, self.noun_weights)[0]

    def place(self):
        return self.random.choices(self.places, self.place_weights)[0]

    def title(self):
        r = self.random
        parts = [r.choice(self.adjectives).capitalize(), self.noun()]
        if r.random() < 0.5:
            parts += [r.choice(self.small), self.noun()]
        if r.random() < 0.6:
            parts += [r.choice(self.small[:3]), self.place()]
        return " ".join(parts)

    def sentence(self):
        r = self.random
        words = [r.choice(self.adjectives), self.noun(), r.choice(self.verbs)]
        for _ in range(r.randint(2, 5)):
            pick = r.random()
            if pick < 0.45:
                words.append(self.noun())
            elif pick < 0.7:
                words.append(r.choice(self.small))
            elif pick < 0.85:
                words.append(r.choice(self.adjectives))
            else:
                words.append(self.place())
        words.append(self.noun())
        return " ".join(words).capitalize() + "."

    def text(self, sentences):
        return " ".join(self.sentence() for _ in range(sentences))

    def html(self, paragraphs, sentences=4):
        return "".join(f"<p>{self.text(sentences)}</p>" for _ in range(paragraphs))

    def person(self):
        return f"{self.random.choice(FIRST_NAMES)} {self.random.choice(LAST_NAMES)}"
