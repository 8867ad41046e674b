"""Where demo premises are (catalog.demo): the okrugs' extents, technoparks and streets with coordinates.

moscow_districts.csv has no coordinates, so the approximate ones live here. Each okrug's box is the range of
latitudes and longitudes that holds it (boxes of neighbouring okrugs overlap a little); each street and
technopark has the point of its district that premises there are placed around.
"""

# Okrug code: (south, north, west, east), in degrees.
OKRUG_BOXES = {
    "CAO": (55.715, 55.795, 37.555, 37.715),
    "SAO": (55.775, 55.950, 37.380, 37.625),
    "SVAO": (55.790, 55.915, 37.530, 37.730),
    "VAO": (55.700, 55.850, 37.660, 37.965),
    "YUVAO": (55.640, 55.770, 37.660, 37.950),
    "YUAO": (55.570, 55.720, 37.560, 37.790),
    "YUZAO": (55.540, 55.710, 37.450, 37.630),
    "ZAO": (55.590, 55.790, 37.240, 37.580),
    "SZAO": (55.760, 55.890, 37.340, 37.530),
    "ZELAO": (55.950, 56.030, 37.120, 37.260),
    "NAO": (55.420, 55.680, 37.000, 37.620),
    "TAO": (55.100, 55.560, 36.800, 37.460),
}

# Technoparks: full name, short name, district slug, street, house number, latitude, longitude.
TECHNOPARKS = (
    ("Технопарк «Строгино»", "Strogino Technopark", "strogino",
     ("ул. Твардовского", "Tvardovskogo St"), 8, 55.8035, 37.3980),
    ("Технополис «Москва»", "Technopolis Moscow", "pechatniki",
     ("Волгоградский пр-т", "Volgogradsky Ave"), 42, 55.7080, 37.7310),
    ("Технопарк «Калибр»", "Kalibr Technopark", "ostankinskiy",
     ("ул. Годовикова", "Godovikova St"), 9, 55.8080, 37.6300),
    ("Технопарк «Слава»", "Slava Technopark", "sokol",
     ("Ленинградский пр-т", "Leningradsky Ave"), 80, 55.8050, 37.5140),
    ("Технопарк «Нагатино»", "Nagatino Technopark", "nagatino-sadovniki",
     ("Нагатинская ул.", "Nagatinskaya St"), 16, 55.6830, 37.6250),
    ("Технопарк «Элма»", "Elma Technopark", "matushkino",
     ("1-й Западный пр.", "1st Zapadny Proyezd"), 12, 55.9930, 37.1820),
    ("Технопарк «Мосгормаш»", "Mosgormash Technopark", "nizhegorodskiy",
     ("ул. Рабочая", "Rabochaya St"), 91, 55.7420, 37.6900),
    ("Технопарк «Сапфир»", "Sapfir Technopark", "sokolinaya-gora",
     ("ул. Щербаковская", "Shcherbakovskaya St"), 53, 55.7845, 37.7370),
    ("Технопарк «Отрадное»", "Otradnoe Technopark", "otradnoe",
     ("ул. Декабристов", "Dekabristov St"), 38, 55.8650, 37.6040),
    ("Технопарк «Кунцево»", "Kuntsevo Technopark", "kuntsevo",
     ("Молодогвардейская ул.", "Molodogvardeyskaya St"), 47, 55.7330, 37.4010),
    ("Технопарк «Сколково»", "Skolkovo Technopark", "mozhayskiy",
     ("Большой бульвар", "Bolshoy Blvd"), 42, 55.6985, 37.3590),
    ("Технопарк «Ломоносов»", "Lomonosov Technopark", "ramenki",
     ("Ломоносовский пр-т", "Lomonosovsky Ave"), 27, 55.7040, 37.5300),
    ("Технопарк «Зеленоград»", "Zelenograd Technopark", "silino",
     ("Георгиевский пр-т", "Georgievsky Ave"), 5, 55.9880, 37.1800),
    ("Индустриальный парк «Руднево»", "Rudnevo Industrial Park", "kosino-ukhtomskiy",
     ("ул. Рудневка", "Rudnevka St"), 19, 55.7100, 37.8920),
)  # fmt: skip

# Streets of business centres and industrial parks: Russian, English, district slug, latitude, longitude.
STREETS = (
    ("ул. Ленинская Слобода", "Leninskaya Sloboda St", "danilovskiy", 55.7080, 37.6530),
    ("Варшавское ш.", "Varshavskoye Hwy", "nagornyy", 55.6720, 37.6230),
    ("Каширское ш.", "Kashirskoye Hwy", "moskvoreche-saburovo", 55.6540, 37.6490),
    ("Научный пр.", "Nauchny Proyezd", "obruchevskiy", 55.6520, 37.5460),
    ("ул. Профсоюзная", "Profsoyuznaya St", "akademicheskiy", 55.6790, 37.5680),
    ("Электролитный пр.", "Elektrolitny Proyezd", "nagornyy", 55.6765, 37.6060),
    ("ул. Вавилова", "Vavilova St", "gagarinskiy", 55.6960, 37.5720),
    ("Дмитровское ш.", "Dmitrovskoye Hwy", "timiryazevskiy", 55.8330, 37.5700),
    ("ул. Бутлерова", "Butlerova St", "konkovo", 55.6470, 37.5270),
    ("Рязанский пр-т", "Ryazansky Ave", "ryazanskiy", 55.7220, 37.7880),
    ("ул. Кржижановского", "Krzhizhanovskogo St", "akademicheskiy", 55.6830, 37.5760),
    ("Берсеневская наб.", "Bersenevskaya Emb", "yakimanka", 55.7420, 37.6090),
    ("ул. Шарикоподшипниковская", "Sharikopodshipnikovskaya St", "yuzhnoportovyy", 55.7170, 37.6780),
    ("Огородный пр.", "Ogorodny Proyezd", "butyrskiy", 55.8150, 37.5950),
    ("Хорошёвское ш.", "Khoroshyovskoye Hwy", "khoroshyovskiy", 55.7820, 37.5150),
    ("ул. Новаторов", "Novatorov St", "lomonosovskiy", 55.6720, 37.5300),
    ("Очаковское ш.", "Ochakovskoye Hwy", "ochakovo-matveevskoe", 55.6900, 37.4550),
    ("ул. Автозаводская", "Avtozavodskaya St", "danilovskiy", 55.7070, 37.6600),
    ("Андроновское ш.", "Andronovskoye Hwy", "nizhegorodskiy", 55.7450, 37.7070),
    ("ул. Обручева", "Obrucheva St", "obruchevskiy", 55.6650, 37.5350),
    ("Новодмитровская ул.", "Novodmitrovskaya St", "butyrskiy", 55.8050, 37.5850),
    ("ул. Электрозаводская", "Elektrozavodskaya St", "preobrazhenskoe", 55.7900, 37.7050),
    ("Пятницкое ш.", "Pyatnitskoye Hwy", "mitino", 55.8500, 37.3600),
    ("ул. Полковая", "Polkovaya St", "marina-roshcha", 55.8010, 37.6040),
    ("ул. Рябиновая", "Ryabinovaya St", "ochakovo-matveevskoe", 55.6960, 37.4320),
    ("ул. Ткацкая", "Tkatskaya St", "sokolinaya-gora", 55.7790, 37.7200),
    ("ул. Бакунинская", "Bakuninskaya St", "basmannyy", 55.7740, 37.6800),
    ("ул. Верхняя Красносельская", "Verkhnyaya Krasnoselskaya St", "krasnoselskiy", 55.7830, 37.6640),
    ("Кутузовский пр-т", "Kutuzovsky Ave", "dorogomilovo", 55.7440, 37.5450),
    ("ул. Александры Монаховой", "Aleksandry Monakhovoy St", "sosenskoe", 55.5700, 37.4700),
    ("Калужское ш.", "Kaluzhskoye Hwy", "troitsk", 55.4850, 37.3050),
    ("Панфиловский пр-т", "Panfilovsky Ave", "savyolki", 55.9830, 37.1780),
)


def building_point(latitude: float, longitude: float, house: int, building: int) -> tuple[float, float]:
    """The point of a house (and a building of it) near its street's or technopark's point: the same
    address always gives the same point, and no point is more than about 500 m from the street's."""
    spot = house * 31 + building * 7
    return (
        round(latitude + (spot % 21 - 10) * 0.0004, 6),
        round(longitude + (spot * 13 % 21 - 10) * 0.0006, 6),
    )
