"""Bilingual demo content for ``seed_demo``: support measures, clusters, news and standard pages.

Only the standard library is imported, so the content can be checked without Django or a database.
Everything is deterministic: dates are offsets from ``today`` drawn from a fixed-seed ``random.Random``,
and slugs never depend on ``today``, so re-seeding on another day finds the same pages.

City decree numbers, people, companies and phone numbers are illustrative; federal laws are cited as
enacted. E-mail addresses use the reserved ``.example`` top-level domain so that the demo can never send
mail to a real organisation.
"""

import datetime
import random
from dataclasses import dataclass, field

# --- Shapes ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    ru: str
    en: str


@dataclass(frozen=True)
class IndexData:
    slug: str
    title: Text
    intro: Text


@dataclass(frozen=True)
class MeasureData:
    slug: str
    title: Text
    summary: Text
    kind: str
    audiences: tuple[str, ...]
    industries: tuple[str, ...]
    amount_min: int | None
    amount_max: int | None
    currency: str
    opens: datetime.date | None
    deadline: datetime.date | None
    eligibility: tuple[Text, ...]
    documents: tuple[Text, ...]
    how_to_apply: tuple[Text, ...]
    operator: Text
    legal_basis: Text
    contact_email: str
    contact_phone: str


@dataclass(frozen=True)
class ClusterData:
    slug: str
    title: Text
    industry: str
    summary: Text
    description: tuple[Text, ...]
    goals: tuple[Text, ...]
    coordinator: Text
    contact_email: str
    contact_phone: str


@dataclass(frozen=True)
class Section:
    kind: str  # "heading" or "paragraph"
    text: Text


@dataclass(frozen=True)
class NewsData:
    slug: str
    title: Text
    date: datetime.date
    lead: Text
    topics: tuple[str, ...]
    body: tuple[Section, ...]


@dataclass(frozen=True)
class StandardPageData:
    slug: str
    title: Text
    intro: Text
    body: tuple[Section, ...]


# --- Vocabularies: the slugs of the catalog's taxonomies and of SupportMeasurePage.kind --------------

KINDS = (
    "grant",
    "subsidy",
    "loan",
    "guarantee",
    "tax_benefit",
    "consultation",
    "premises",
    "export_support",
    "acceleration",
    "pilot_testing",
)
AUDIENCES = (
    "startup",
    "small_business",
    "medium_business",
    "large_business",
    "individual_entrepreneur",
    "university",
    "research_institute",
)
INDUSTRIES = (
    "information-technology",
    "artificial-intelligence",
    "biotechnology",
    "pharmaceuticals",
    "medical-devices",
    "microelectronics",
    "robotics",
    "new-materials",
    "energy-cleantech",
    "transport-logistics",
    "urban-technologies",
    "fintech",
    "edtech",
    "creative-industries",
    "foodtech",
    "aerospace",
    "telecommunications",
    "chemical-industry",
    "mechanical-engineering",
    "construction-technologies",
    "agritech",
)
NEWS_TOPICS = (
    "grants",
    "events",
    "startups",
    "export",
    "technoparks",
    "digital",
    "science",
    "industry",
    "investments",
    "education",
)

# Industry names as they read inside a title or a sentence (lower case), unlike the catalog's headings.
_INDUSTRY_NAMES = {
    "information-technology": Text("информационные технологии", "information technology"),
    "artificial-intelligence": Text("искусственный интеллект", "artificial intelligence"),
    "biotechnology": Text("биотехнологии", "biotechnology"),
    "pharmaceuticals": Text("фармацевтика", "pharmaceuticals"),
    "medical-devices": Text("медицинские изделия", "medical devices"),
    "microelectronics": Text("микроэлектроника", "microelectronics"),
    "robotics": Text("робототехника", "robotics"),
    "new-materials": Text("новые материалы", "new materials"),
    "energy-cleantech": Text("энергетика и экологические технологии", "energy and clean technology"),
    "transport-logistics": Text("транспорт и логистика", "transport and logistics"),
    "urban-technologies": Text("городские технологии", "urban technologies"),
    "fintech": Text("финансовые технологии", "financial technology"),
    "edtech": Text("образовательные технологии", "educational technology"),
    "creative-industries": Text("креативные индустрии", "creative industries"),
    "foodtech": Text("пищевые технологии", "food technology"),
    "aerospace": Text("авиационная и космическая техника", "aerospace"),
    "telecommunications": Text("телекоммуникации и связь", "telecommunications"),
    "chemical-industry": Text("химическая промышленность", "chemical industry"),
    "mechanical-engineering": Text("машиностроение", "mechanical engineering"),
    "construction-technologies": Text("строительные технологии", "construction technologies"),
    "agritech": Text("агротехнологии", "agricultural technology"),
}

# --- Listing pages ---------------------------------------------------------------------------------

MEASURES_INDEX = IndexData(
    slug="support-measures",
    title=Text("Меры поддержки", "Support measures"),
    intro=Text(
        "Гранты, субсидии, льготные займы, налоговые льготы и другие меры поддержки для "
        "инновационных компаний Москвы. Отфильтруйте список по отрасли, типу поддержки и сроку "
        "приёма заявок или воспользуйтесь подбором мер.",
        "Grants, subsidies, soft loans, tax benefits and other support for Moscow's innovative "
        "companies. Filter the list by industry, type of support and application deadline, or use "
        "the measure finder.",
    ),
)
CLUSTERS_INDEX = IndexData(
    slug="clusters",
    title=Text("Кластеры", "Clusters"),
    intro=Text(
        "Двенадцать межотраслевых кластеров Московского инновационного кластера объединяют "
        "компании, вузы и научные организации вокруг общих задач и заказчиков.",
        "The twelve cross-industry clusters of the Moscow Innovation Cluster bring companies, "
        "universities and research organisations together around shared challenges and customers.",
    ),
)
NEWS_INDEX = IndexData(
    slug="news",
    title=Text("Новости", "News"),
    intro=Text(
        "Новые отборы и программы поддержки, открытия технопарков, мероприятия и достижения "
        "инновационных компаний Москвы.",
        "New selection rounds and support programmes, technopark openings, events and the "
        "achievements of Moscow's innovative companies.",
    ),
)

# --- Support measures: shared wording ----------------------------------------------------------------
# Most programmes ask for the same few conditions and documents; sharing the wording keeps it consistent.

_ELIG_MOSCOW = Text(
    "Заявитель зарегистрирован и ведёт деятельность на территории города Москвы.",
    "The applicant is registered and operates in the city of Moscow.",
)
_ELIG_SME = Text(
    "Заявитель включён в Единый реестр субъектов малого и среднего предпринимательства.",
    "The applicant is listed in the Unified Register of Small and Medium-Sized Businesses.",
)
_ELIG_NO_DEBTS = Text(
    "У заявителя нет просроченной задолженности по налогам, сборам и страховым взносам.",
    "The applicant has no overdue taxes, fees or social insurance contributions.",
)
_ELIG_NOT_BANKRUPT = Text(
    "Заявитель не находится в процессе ликвидации, реорганизации или банкротства.",
    "The applicant is not in liquidation, reorganisation or bankruptcy proceedings.",
)
_ELIG_COFINANCE = Text(
    "Заявитель софинансирует не менее 20% стоимости проекта.",
    "The applicant co-finances at least 20% of the project cost.",
)
_ELIG_TECHNOPARK = Text(
    "Заявитель имеет статус резидента технопарка, расположенного в Москве.",
    "The applicant holds resident status at a technopark in Moscow.",
)

_DOC_APPLICATION = Text(
    "Заявка по форме оператора, подписанная руководителем.",
    "An application on the operator's form, signed by the chief executive.",
)
_DOC_CHARTER = Text(
    "Копия устава и выписка из ЕГРЮЛ или ЕГРИП.",
    "A copy of the charter and an extract from the state register of legal entities or sole proprietors.",
)
_DOC_TAX = Text(
    "Справка об исполнении обязанности по уплате налогов.",
    "A tax compliance certificate from the Federal Tax Service.",
)
_DOC_FINANCE = Text(
    "Бухгалтерская отчётность за последний отчётный год.",
    "Financial statements for the last reporting year.",
)
_DOC_PLAN = Text(
    "Описание проекта с календарным планом и сметой расходов.",
    "A project description with a timeline and a cost estimate.",
)
_DOC_PITCH = Text(
    "Презентация проекта не более чем на 15 слайдах.", "A project presentation of no more than 15 slides."
)
_DOC_BUSINESS_PLAN = Text(
    "Бизнес-план или финансовая модель проекта.", "A business plan or financial model of the project."
)
_DOC_COSTS = Text(
    "Копии договоров, актов и платёжных документов, подтверждающих расходы.",
    "Copies of contracts, acceptance certificates and payment documents confirming the costs.",
)
_DOC_CONSENT = Text(
    "Согласие на обработку персональных данных.", "Consent to the processing of personal data."
)

_APPLY_PLATFORM = Text(
    "Заявка подаётся в личном кабинете на платформе «Инновации в Москве»; после проверки "
    "комплектности документов она передаётся на экспертизу.",
    "Submit the application in your personal account on the Innovation in Moscow platform; once "
    "the documents have been checked for completeness, it goes to expert review.",
)
_APPLY_MOS_RU = Text(
    "Заявление подаётся на портале mos.ru в разделе «Услуги»; субсидия перечисляется после "
    "проверки документов, подтверждающих затраты.",
    "Apply on the mos.ru portal under Services; the subsidy is paid once the documents confirming "
    "the costs have been checked.",
)

# Organisations that run the measures.
_OP_MIC = Text("Фонд «Московский инновационный кластер»", "Moscow Innovation Cluster Foundation")
_OP_AGENCY = Text("Агентство инноваций Москвы", "Moscow Innovation Agency")
_OP_INDUSTRY_DEPT = Text(
    "Департамент инвестиционной и промышленной политики города Москвы",
    "Moscow Department of Investment and Industrial Policy",
)
_OP_ENTERPRISE_DEPT = Text(
    "Департамент предпринимательства и инновационного развития города Москвы",
    "Moscow Department of Entrepreneurship and Innovative Development",
)
_OP_FASIE = Text("Фонд содействия инновациям", "Innovation Assistance Foundation")
_OP_MOSCOW_FUND = Text(
    "Московский фонд поддержки промышленности и предпринимательства",
    "Moscow Fund for the Support of Industry and Entrepreneurship",
)
_OP_FRP = Text("Фонд развития промышленности", "Industrial Development Fund")
_OP_LENDING_FUND = Text(
    "Фонд содействия кредитованию малого бизнеса Москвы", "Moscow Small Business Lending Assistance Fund"
)
_OP_SME_CORP = Text("АО «Корпорация МСП»", "SME Corporation")
_OP_SME_BANK = Text("АО «МСП Банк»", "SME Bank")
_OP_EXPORT_CENTRE = Text("АНО «Московский экспортный центр»", "Moscow Export Centre")
_OP_TECHNOPOLIS = Text(
    "Управляющая компания ОЭЗ «Технополис „Москва“»",
    "Management company of the Technopolis Moscow special economic zone",
)
_OP_MY_BUSINESS = Text("Центр «Мой бизнес» города Москвы", "Moscow My Business Centre")
_OP_TAX_SERVICE = Text("Федеральная налоговая служба", "Federal Tax Service")
_OP_MINECONOMY = Text(
    "Министерство экономического развития Российской Федерации",
    "Ministry of Economic Development of the Russian Federation",
)
_OP_PROPERTY_DEPT = Text("Департамент городского имущества города Москвы", "Moscow City Property Department")
_OP_METRO = Text("ГУП «Московский метрополитен»", "Moscow Metro")

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _moscow_decree(day: int, month: int, year: int, number: int) -> Text:
    """A Moscow Government decree reference, written the way each language writes it."""
    return Text(
        f"Постановление Правительства Москвы от {day:02}.{month:02}.{year} № {number}-ПП",
        f"Moscow Government Decree No. {number}-PP of {day} {_MONTHS_EN[month - 1]} {year}",
    )


_NO_LEGAL_BASIS = Text("", "")
_LAW_209 = Text(
    "Федеральный закон от 24.07.2007 № 209-ФЗ «О развитии малого и среднего предпринимательства в "
    "Российской Федерации»",
    "Federal Law No. 209-FZ of 24 July 2007 on the Development of Small and Medium-Sized "
    "Businesses in the Russian Federation",
)
_LAW_116 = Text(
    "Федеральный закон от 22.07.2005 № 116-ФЗ «Об особых экономических зонах в Российской Федерации»",
    "Federal Law No. 116-FZ of 22 July 2005 on Special Economic Zones in the Russian Federation",
)

# --- Support measures: programme families ------------------------------------------------------------
# A family is one real-world programme; its variants (industry tracks, stages, sites, countries) make
# the individual measures. A variant's key completes the slug, its label completes the title.


@dataclass(frozen=True)
class _Variant:
    key: str
    label: Text
    note: Text | None = None  # second sentence of the summary; None: the family's note about the label
    industries: tuple[str, ...] = ()
    audiences: tuple[str, ...] | None = None  # None: the family's audiences
    amount: tuple[int | None, int | None] | None = None  # None: taken in turn from the family's amounts
    currency: str | None = None  # None: the family's currency
    eligibility: tuple[Text, ...] = ()  # added after the family's conditions


@dataclass(frozen=True)
class _Family:
    key: str
    kind: str
    title: Text  # "{}" stands for the variant's label
    summary: Text
    audiences: tuple[str, ...]
    amounts: tuple[tuple[int | None, int | None], ...]
    eligibility: tuple[Text, ...]
    documents: tuple[Text, ...]
    how_to_apply: tuple[Text, ...]
    operator: Text
    legal_basis: Text
    email: str
    phone: str
    variants: tuple[_Variant, ...]
    note: Text | None = None  # "{}" stands for the variant's label; None: no second sentence
    currency: str = "RUB"
    # Accepts applications all year round: no deadline, so such measures are always open.
    rolling: bool = False


def _industry(slug: str, **extra) -> _Variant:
    """A variant limited to one industry; the industry names it and adds the matching condition."""
    name = _INDUSTRY_NAMES[slug]
    return _Variant(
        key=slug,
        label=name,
        note=Text(f"Отраслевой трек: {name.ru}.", f"Industry track: {name.en}."),
        industries=(slug,),
        eligibility=(
            Text(
                f"Проект заявителя относится к отрасли «{name.ru}».",
                f"The applicant's project is in the field of {name.en}.",
            ),
        ),
        **extra,
    )


def _variant(key: str, ru: str, en: str, *industries: str, **extra) -> _Variant:
    return _Variant(key=key, label=Text(ru, en), industries=industries, **extra)


_MILLION = 1_000_000

_FAMILIES: tuple[_Family, ...] = (
    # --- Grants ---
    _Family(
        key="innovative-product-grant",
        kind="grant",
        title=Text(
            "Грант на разработку и вывод на рынок инновационной продукции: {}",
            "Grant for developing and launching innovative products: {}",
        ),
        summary=Text(
            "Грант покрывает до 50% затрат на доработку продукта, испытания и сертификацию перед "
            "выходом на рынок.",
            "The grant covers up to 50% of the costs of finishing a product, testing and "
            "certifying it before market launch.",
        ),
        audiences=("startup", "small_business", "medium_business"),
        amounts=((1 * _MILLION, 20 * _MILLION), (2 * _MILLION, 30 * _MILLION), (500_000, 10 * _MILLION)),
        eligibility=(_ELIG_MOSCOW, _ELIG_SME, _ELIG_COFINANCE),
        documents=(_DOC_APPLICATION, _DOC_CHARTER, _DOC_PLAN, _DOC_FINANCE, _DOC_TAX),
        how_to_apply=(
            _APPLY_PLATFORM,
            Text(
                "Экспертный совет оценивает технологическую новизну, рыночный потенциал и опыт "
                "команды; решение принимается в течение 45 рабочих дней после окончания приёма "
                "заявок.",
                "An expert council assesses technological novelty, market potential and the team's "
                "track record; the decision is made within 45 working days after the application "
                "window closes.",
            ),
        ),
        operator=_OP_MIC,
        legal_basis=_moscow_decree(12, 3, 2024, 456),
        email="grants@mic.example",
        phone="+7 495 120-45-10",
        variants=(
            _industry("information-technology"),
            _industry("artificial-intelligence"),
            _industry("biotechnology"),
            _industry("medical-devices"),
            _industry("microelectronics"),
            _industry("robotics"),
            _industry("new-materials"),
            _industry("telecommunications"),
        ),
    ),
    _Family(
        key="start-programme",
        kind="grant",
        title=Text(
            "Программа «Старт» Фонда содействия инновациям: {}",
            "Innovation Assistance Foundation Start programme: {}",
        ),
        summary=Text(
            "Грант на научно-исследовательские и опытно-конструкторские работы для молодых "
            "технологических компаний.",
            "A research and development grant for young technology companies.",
        ),
        audiences=("startup", "small_business"),
        amounts=((1 * _MILLION, 4 * _MILLION),),
        eligibility=(
            Text(
                "Компания соответствует ограничениям по возрасту и выручке, установленным для "
                "выбранного этапа.",
                "The company meets the age and revenue limits set for the chosen stage.",
            ),
            Text(
                "Проект предполагает создание нового наукоёмкого продукта.",
                "The project creates a new research-intensive product.",
            ),
            _ELIG_NO_DEBTS,
        ),
        documents=(
            _DOC_APPLICATION,
            _DOC_CHARTER,
            Text("Смета и календарный план НИОКР.", "The R&D budget and timeline."),
            _DOC_PITCH,
        ),
        how_to_apply=(
            Text(
                "Заявка подаётся через автоматизированную систему Фонда содействия инновациям.",
                "Apply through the Innovation Assistance Foundation's online system.",
            ),
            Text(
                "Заявки проходят независимую экспертизу; победители заключают договор с фондом в "
                "течение двух месяцев.",
                "Applications undergo independent review; winners sign an agreement with the "
                "foundation within two months.",
            ),
        ),
        operator=_OP_FASIE,
        legal_basis=Text(
            "Положение о программе «Старт», утверждённое наблюдательным советом Фонда содействия инновациям",
            "Start programme regulations approved by the supervisory board of the Innovation "
            "Assistance Foundation",
        ),
        email="start@fasie.example",
        phone="+7 495 231-19-01",
        variants=(
            _variant(
                "start-1",
                "Старт-1, общий трек",
                "Start-1, general track",
                note=Text(
                    "Первый этап: создание прототипа и проверка технической реализуемости.",
                    "Stage one: building a prototype and proving technical feasibility.",
                ),
            ),
            _variant(
                "start-1-digital",
                "Старт-1, трек «Цифровые технологии»",
                "Start-1, digital technologies track",
                "information-technology",
                "artificial-intelligence",
                note=Text(
                    "Первый этап для проектов в области программного обеспечения и анализа данных.",
                    "Stage one for software and data analytics projects.",
                ),
            ),
            _variant(
                "start-1-medicine",
                "Старт-1, трек «Медицина будущего»",
                "Start-1, medicine of the future track",
                "biotechnology",
                "medical-devices",
                "pharmaceuticals",
                note=Text(
                    "Первый этап для разработчиков лекарств, диагностики и медицинской техники.",
                    "Stage one for developers of medicines, diagnostics and medical equipment.",
                ),
            ),
            _variant(
                "start-1-food",
                "Старт-1, трек «Продовольственные технологии»",
                "Start-1, food technology track",
                "foodtech",
                "agritech",
                note=Text(
                    "Первый этап для проектов в сельском хозяйстве и пищевой промышленности.",
                    "Stage one for projects in agriculture and food processing.",
                ),
            ),
            _variant(
                "start-2",
                "Старт-2",
                "Start-2",
                amount=(2 * _MILLION, 5 * _MILLION),
                note=Text(
                    "Второй этап: доработка продукта и первые продажи при равном софинансировании "
                    "от инвестора.",
                    "Stage two: product refinement and first sales, with matching funding from an investor.",
                ),
            ),
            _variant(
                "start-3",
                "Старт-3",
                "Start-3",
                amount=(3 * _MILLION, 6 * _MILLION),
                note=Text(
                    "Третий этап: масштабирование производства и продаж.",
                    "Stage three: scaling up production and sales.",
                ),
            ),
        ),
    ),
    _Family(
        key="umnik",
        kind="grant",
        title=Text(
            "Программа «УМНИК» для молодых исследователей: {}", "UMNIK programme for young researchers: {}"
        ),
        summary=Text(
            "Грант 500 тысяч рублей физическому лицу на два года научно-исследовательской работы.",
            "A 500,000-rouble grant to an individual for two years of research work.",
        ),
        note=Text("Тематическое направление конкурса — {}.", "Competition track: {}."),
        audiences=("university", "research_institute"),
        amounts=((500_000, 500_000),),
        eligibility=(
            Text("Возраст заявителя — от 18 до 35 лет.", "The applicant is between 18 and 35 years old."),
            Text(
                "Заявитель — гражданин Российской Федерации.",
                "The applicant is a citizen of the Russian Federation.",
            ),
            Text(
                "Научная идея ранее не получала грантовой поддержки фонда.",
                "The research idea has not previously been funded by the foundation.",
            ),
        ),
        documents=(
            Text(
                "Анкета участника и описание научной идеи.",
                "A participant form and a description of the research idea.",
            ),
            Text("Календарный план НИР на два года.", "A two-year research plan."),
            _DOC_CONSENT,
        ),
        how_to_apply=(
            Text(
                "Участник выступает с докладом на отборочном мероприятии, после чего экспертная "
                "комиссия формирует список победителей.",
                "Candidates present their idea at a selection event, after which an expert "
                "committee draws up the list of winners.",
            ),
        ),
        operator=_OP_FASIE,
        legal_basis=_NO_LEGAL_BASIS,
        email="umnik@fasie.example",
        phone="+7 495 231-19-02",
        variants=(
            _variant("digital", "цифровые технологии", "digital technologies", "information-technology"),
            _variant(
                "medicine",
                "медицина и технологии здоровьесбережения",
                "medicine and health technologies",
                "medical-devices",
                "pharmaceuticals",
            ),
            _variant(
                "materials",
                "новые материалы и химические технологии",
                "new materials and chemical technologies",
                "new-materials",
                "chemical-industry",
            ),
            _variant("biotech", "биотехнологии", "biotechnology", "biotechnology"),
            _variant(
                "robotics",
                "робототехника и новые приборы",
                "robotics and new instruments",
                "robotics",
                "mechanical-engineering",
            ),
            _variant("aerospace", "аэрокосмические технологии", "aerospace technology", "aerospace"),
        ),
    ),
    _Family(
        key="university-startups-grant",
        kind="grant",
        title=Text(
            "Грант на создание университетских стартапов: {}", "Grant for creating university start-ups: {}"
        ),
        summary=Text(
            "Поддержка студентов, аспирантов и молодых учёных, которые превращают результаты "
            "исследований в продукт и создают компанию.",
            "Support for students, postgraduates and young scientists who turn research results "
            "into a product and set up a company.",
        ),
        audiences=("university", "startup", "research_institute"),
        amounts=((1 * _MILLION, 3 * _MILLION),),
        eligibility=(
            Text(
                "В команде проекта есть студент, аспирант или сотрудник московского вуза либо "
                "научной организации.",
                "The project team includes a student, postgraduate or employee of a Moscow "
                "university or research organisation.",
            ),
            Text(
                "Проект основан на результатах интеллектуальной деятельности вуза или команды.",
                "The project is based on intellectual property owned by the university or the team.",
            ),
        ),
        documents=(
            Text(
                "Заявка команды и письмо поддержки от вуза.",
                "The team's application and a support letter from the university.",
            ),
            _DOC_PITCH,
            Text("Резюме участников команды.", "CVs of the team members."),
        ),
        how_to_apply=(
            Text(
                "Заявку подаёт руководитель команды на платформе «Инновации в Москве».",
                "The team leader applies on the Innovation in Moscow platform.",
            ),
            Text(
                "Финалисты защищают проекты перед экспертным советом Агентства инноваций Москвы.",
                "Finalists defend their projects before the expert council of the Moscow Innovation Agency.",
            ),
        ),
        operator=_OP_AGENCY,
        legal_basis=_moscow_decree(28, 11, 2023, 2301),
        email="university@innoagency.example",
        phone="+7 495 870-12-40",
        variants=(
            _variant(
                "students",
                "студенческие команды",
                "student teams",
                note=Text(
                    "Отбор для команд, в которых большинство участников — студенты.",
                    "A round for teams made up mostly of students.",
                ),
            ),
            _variant(
                "young-scientists",
                "аспиранты и молодые учёные",
                "postgraduates and young scientists",
                note=Text(
                    "Отбор для проектов, выросших из диссертационных исследований.",
                    "A round for projects that grew out of doctoral research.",
                ),
            ),
            _variant(
                "partner-universities",
                "стартапы вузов-партнёров",
                "start-ups from partner universities",
                note=Text(
                    "Отбор для команд из вузов, подписавших соглашение с Агентством инноваций.",
                    "A round for teams from universities that have signed an agreement with the "
                    "Innovation Agency.",
                ),
            ),
            _variant(
                "institutes",
                "проекты научных институтов",
                "projects from research institutes",
                audiences=("research_institute", "startup"),
                note=Text(
                    "Отбор для команд, работающих в институтах Российской академии наук.",
                    "A round for teams working at institutes of the Russian Academy of Sciences.",
                ),
            ),
        ),
    ),
    _Family(
        key="creative-content-grant",
        kind="grant",
        title=Text(
            "Грант на создание цифрового контента креативных индустрий: {}",
            "Grant for digital content in the creative industries: {}",
        ),
        summary=Text(
            "Грант на разработку и продвижение оригинальных цифровых продуктов московских "
            "креативных компаний.",
            "A grant for developing and promoting original digital products by Moscow creative companies.",
        ),
        note=Text("Направление конкурса — {}.", "Competition strand: {}."),
        audiences=("startup", "small_business", "individual_entrepreneur"),
        amounts=((500_000, 5 * _MILLION), (1 * _MILLION, 10 * _MILLION)),
        eligibility=(
            _ELIG_MOSCOW,
            Text(
                "Права на создаваемый продукт принадлежат заявителю.",
                "The applicant owns the rights to the product.",
            ),
            _ELIG_NO_DEBTS,
        ),
        documents=(
            _DOC_APPLICATION,
            _DOC_PITCH,
            Text(
                "Демоверсия, раскадровка или прототип продукта.",
                "A demo, storyboard or prototype of the product.",
            ),
            _DOC_PLAN,
        ),
        how_to_apply=(
            _APPLY_PLATFORM,
            Text(
                "Финалисты показывают демоверсию продукта жюри из представителей отрасли.",
                "Finalists show a demo of their product to a jury of industry professionals.",
            ),
        ),
        operator=_OP_ENTERPRISE_DEPT,
        legal_basis=_moscow_decree(5, 6, 2024, 1218),
        email="creative@dpir.example",
        phone="+7 495 620-21-33",
        variants=(
            _variant(
                "video-games", "видеоигры", "video games", "creative-industries", "information-technology"
            ),
            _variant(
                "animation",
                "анимация и компьютерная графика",
                "animation and computer graphics",
                "creative-industries",
            ),
            _variant(
                "educational-apps",
                "образовательные приложения",
                "educational apps",
                "edtech",
                "creative-industries",
            ),
            _variant(
                "immersive",
                "иммерсивные проекты и виртуальная реальность",
                "immersive projects and virtual reality",
                "creative-industries",
                "telecommunications",
            ),
        ),
    ),
    _Family(
        key="science-business-grant",
        kind="grant",
        title=Text(
            "Грант на совместные проекты бизнеса и научных организаций: {}",
            "Grant for joint projects of companies and research organisations: {}",
        ),
        summary=Text(
            "Финансирование прикладных исследований, которые компания заказывает вузу или научному "
            "институту.",
            "Funding for applied research that a company commissions from a university or research "
            "institute.",
        ),
        audiences=("medium_business", "large_business", "university", "research_institute"),
        amounts=((5 * _MILLION, 50 * _MILLION),),
        eligibility=(
            Text(
                "Проект выполняет консорциум из компании и научной организации или вуза.",
                "The project is carried out by a consortium of a company and a research "
                "organisation or university.",
            ),
            Text(
                "Компания софинансирует не менее 30% бюджета проекта.",
                "The company co-finances at least 30% of the project budget.",
            ),
            _ELIG_MOSCOW,
        ),
        documents=(
            Text("Соглашение о консорциуме.", "The consortium agreement."),
            Text("Техническое задание на исследование.", "The research specification."),
            _DOC_PLAN,
            _DOC_FINANCE,
        ),
        how_to_apply=(
            _APPLY_PLATFORM,
            Text(
                "Заявку подаёт компания — лидер консорциума; научная организация подтверждает "
                "участие в личном кабинете.",
                "The company leading the consortium applies; the research organisation confirms "
                "its participation in its own account.",
            ),
        ),
        operator=_OP_MIC,
        legal_basis=_moscow_decree(19, 9, 2023, 1780),
        email="science@mic.example",
        phone="+7 495 120-45-12",
        variants=(
            _industry("artificial-intelligence"),
            _industry("microelectronics"),
            _industry("new-materials"),
            _industry("biotechnology"),
        ),
    ),
    # --- Subsidies ---
    _Family(
        key="patent-subsidy",
        kind="subsidy",
        title=Text("Субсидия на патентование: {}", "Patenting subsidy: {}"),
        summary=Text(
            "Компенсация до 80% затрат на пошлины, услуги патентных поверенных и перевод заявок.",
            "Reimbursement of up to 80% of the costs of fees, patent attorney services and "
            "translation of applications.",
        ),
        note=Text("Возмещаются расходы по направлению «{}».", "Costs are reimbursed for: {}."),
        audiences=("startup", "small_business", "individual_entrepreneur"),
        amounts=((None, 500_000),),
        eligibility=(
            _ELIG_MOSCOW,
            _ELIG_SME,
            Text(
                "Заявка на охранный документ подана от имени заявителя не ранее чем за 12 месяцев "
                "до обращения.",
                "The IP application was filed in the applicant's name no more than 12 months earlier.",
            ),
        ),
        documents=(
            _DOC_CHARTER,
            Text(
                "Копия заявки на охранный документ и уведомление о её регистрации.",
                "A copy of the IP application and the notice of its registration.",
            ),
            _DOC_COSTS,
            Text("Расчёт суммы субсидии.", "A calculation of the subsidy amount."),
        ),
        how_to_apply=(_APPLY_MOS_RU,),
        operator=_OP_INDUSTRY_DEPT,
        legal_basis=_moscow_decree(22, 12, 2023, 2567),
        email="patents@dipp.example",
        phone="+7 495 957-03-20",
        variants=(
            _variant("invention", "патент на изобретение в России", "Russian invention patents"),
            _variant("utility-model", "полезная модель", "utility models", amount=(None, 300_000)),
            _variant(
                "industrial-design", "промышленный образец", "industrial designs", amount=(None, 300_000)
            ),
            _variant(
                "pct",
                "международная заявка по процедуре PCT",
                "international PCT applications",
                amount=(None, 2 * _MILLION),
            ),
            _variant("eurasian", "евразийский патент", "Eurasian patents", amount=(None, 1 * _MILLION)),
            _variant(
                "software",
                "регистрация программ для ЭВМ и баз данных",
                "registration of software and databases",
                "information-technology",
                amount=(None, 200_000),
            ),
        ),
    ),
    _Family(
        key="interest-rate-subsidy",
        kind="subsidy",
        title=Text(
            "Субсидия на возмещение процентов по кредитам на модернизацию производства: {}",
            "Interest subsidy on loans for upgrading production: {}",
        ),
        summary=Text(
            "Город возмещает часть процентов по кредитам на покупку оборудования и модернизацию "
            "производства.",
            "The city reimburses part of the interest on loans for buying equipment and upgrading "
            "production.",
        ),
        audiences=("small_business", "medium_business", "large_business"),
        amounts=((None, 50 * _MILLION), (None, 100 * _MILLION)),
        eligibility=(
            _ELIG_MOSCOW,
            Text(
                "Кредит получен в российском банке на модернизацию производства.",
                "The loan was taken from a Russian bank to upgrade production.",
            ),
            _ELIG_NO_DEBTS,
        ),
        documents=(
            _DOC_CHARTER,
            Text("Кредитный договор и график платежей.", "The loan agreement and repayment schedule."),
            Text("Справка банка об уплаченных процентах.", "A bank statement of the interest paid."),
            _DOC_TAX,
        ),
        how_to_apply=(
            Text(
                "Заявление подаётся через портал mos.ru; проценты возмещаются ежеквартально на "
                "основании справки банка.",
                "Apply through the mos.ru portal; interest is reimbursed quarterly on the basis of "
                "the bank's statement.",
            ),
        ),
        operator=_OP_INDUSTRY_DEPT,
        legal_basis=_moscow_decree(14, 2, 2024, 271),
        email="industry@dipp.example",
        phone="+7 495 957-03-21",
        variants=(
            _industry("microelectronics"),
            _industry("mechanical-engineering"),
            _industry("chemical-industry"),
            _industry("new-materials"),
            _industry("pharmaceuticals"),
            _industry("aerospace"),
        ),
    ),
    _Family(
        key="leasing-subsidy",
        kind="subsidy",
        title=Text(
            "Субсидия на уплату лизинговых платежей за оборудование: {}",
            "Subsidy for equipment lease payments: {}",
        ),
        summary=Text(
            "Возмещение части первого взноса и лизинговых платежей по договорам лизинга "
            "российского оборудования.",
            "Reimbursement of part of the down payment and lease payments for Russian-made equipment.",
        ),
        audiences=("small_business", "medium_business", "individual_entrepreneur"),
        amounts=((None, 10 * _MILLION), (None, 25 * _MILLION)),
        eligibility=(
            _ELIG_MOSCOW,
            _ELIG_SME,
            Text(
                "Предмет лизинга произведён в России и используется в Москве.",
                "The leased equipment is made in Russia and used in Moscow.",
            ),
        ),
        documents=(
            Text("Договор лизинга с графиком платежей.", "The lease agreement with its payment schedule."),
            Text("Акт приёма-передачи предмета лизинга.", "The equipment handover certificate."),
            Text("Платёжные поручения по лизинговым платежам.", "Payment orders for the lease payments."),
            _DOC_CHARTER,
        ),
        how_to_apply=(_APPLY_MOS_RU,),
        operator=_OP_ENTERPRISE_DEPT,
        legal_basis=_moscow_decree(17, 4, 2024, 812),
        email="leasing@dpir.example",
        phone="+7 495 620-21-35",
        variants=(
            _industry("foodtech"),
            _industry("agritech"),
            _industry("construction-technologies"),
            _industry("robotics"),
            _industry("medical-devices"),
        ),
    ),
    _Family(
        key="shared-equipment-subsidy",
        kind="subsidy",
        title=Text(
            "Субсидия на развитие центров коллективного пользования: {}",
            "Subsidy for shared research equipment centres: {}",
        ),
        summary=Text(
            "Средства на закупку и обслуживание оборудования, которое вуз или институт "
            "предоставляет технологическим компаниям.",
            "Funds to buy and maintain equipment that a university or institute makes available to "
            "technology companies.",
        ),
        audiences=("university", "research_institute"),
        amounts=((10 * _MILLION, 80 * _MILLION),),
        eligibility=(
            Text(
                "Заявитель — вуз или научная организация, расположенные в Москве.",
                "The applicant is a university or research organisation located in Moscow.",
            ),
            Text(
                "Не менее 30% рабочего времени оборудования предоставляется сторонним компаниям.",
                "At least 30% of the equipment's working time is made available to outside companies.",
            ),
            Text(
                "Тарифы на услуги центра опубликованы в открытом доступе.",
                "The centre's rates are published openly.",
            ),
        ),
        documents=(
            _DOC_APPLICATION,
            Text(
                "Перечень оборудования с коммерческими предложениями поставщиков.",
                "A list of equipment with suppliers' quotations.",
            ),
            Text(
                "Программа развития центра на три года.", "A three-year development programme for the centre."
            ),
        ),
        how_to_apply=(
            _APPLY_PLATFORM,
            Text(
                "Победителей определяет конкурсная комиссия с участием представителей отраслевых кластеров.",
                "Winners are chosen by a selection committee that includes representatives of the "
                "industry clusters.",
            ),
        ),
        operator=_OP_INDUSTRY_DEPT,
        legal_basis=_moscow_decree(30, 5, 2023, 1012),
        email="labs@dipp.example",
        phone="+7 495 957-03-24",
        variants=(
            _variant(
                "biotech-labs",
                "лаборатории биотехнологий",
                "biotechnology laboratories",
                "biotechnology",
                "pharmaceuticals",
                note=Text(
                    "Для лабораторий с боксами биобезопасности и секвенаторами.",
                    "For laboratories with biosafety cabinets and sequencers.",
                ),
            ),
            _variant(
                "cleanrooms",
                "чистые помещения для микроэлектроники",
                "cleanrooms for microelectronics",
                "microelectronics",
                note=Text(
                    "Для центров с чистыми помещениями и оборудованием для корпусирования микросхем.",
                    "For centres with cleanrooms and chip packaging equipment.",
                ),
            ),
            _variant(
                "test-benches",
                "испытательные стенды для машиностроения",
                "test benches for mechanical engineering",
                "mechanical-engineering",
                "aerospace",
                note=Text(
                    "Для центров, которые проводят ресурсные и климатические испытания.",
                    "For centres that carry out endurance and climate testing.",
                ),
            ),
            _variant(
                "materials-science",
                "центры материаловедения",
                "materials science centres",
                "new-materials",
                "chemical-industry",
                note=Text(
                    "Для центров, которые исследуют структуру и свойства материалов.",
                    "For centres that study the structure and properties of materials.",
                ),
            ),
        ),
    ),
    _Family(
        key="russian-software-subsidy",
        kind="subsidy",
        title=Text(
            "Субсидия на внедрение российского программного обеспечения: {}",
            "Subsidy for adopting Russian software: {}",
        ),
        summary=Text(
            "Компенсация до 50% затрат на лицензии и внедрение программ из единого реестра российского ПО.",
            "Reimbursement of up to 50% of the cost of licences and implementation of software "
            "from the Russian software register.",
        ),
        note=Text("Класс программного обеспечения: {}.", "Software category: {}."),
        audiences=("small_business", "medium_business", "large_business"),
        amounts=((None, 5 * _MILLION), (None, 15 * _MILLION)),
        eligibility=(
            _ELIG_MOSCOW,
            Text(
                "Программное обеспечение включено в единый реестр российских программ.",
                "The software is listed in the unified register of Russian software.",
            ),
            _ELIG_NO_DEBTS,
        ),
        documents=(
            Text(
                "Лицензионный договор и акт о внедрении.",
                "The licence agreement and the implementation certificate.",
            ),
            _DOC_COSTS,
            _DOC_CHARTER,
        ),
        how_to_apply=(_APPLY_MOS_RU,),
        operator=_OP_INDUSTRY_DEPT,
        legal_basis=_moscow_decree(8, 8, 2024, 1790),
        email="software@dipp.example",
        phone="+7 495 957-03-26",
        variants=(
            _variant("erp", "системы управления предприятием", "enterprise resource planning systems"),
            _variant(
                "cad",
                "системы автоматизированного проектирования",
                "computer-aided design systems",
                "mechanical-engineering",
                "construction-technologies",
            ),
            _variant(
                "security",
                "средства защиты информации",
                "information security tools",
                "information-technology",
            ),
            _variant(
                "cloud", "облачные сервисы и платформы", "cloud services and platforms", "telecommunications"
            ),
        ),
    ),
    # --- Loans ---
    _Family(
        key="moscow-fund-loan",
        kind="loan",
        title=Text(
            "Льготный заём Московского фонда поддержки промышленности и предпринимательства: {}",
            "Soft loan from the Moscow Fund for the Support of Industry and Entrepreneurship: {}",
        ),
        summary=Text(
            "Заём под 1–5% годовых на срок до пяти лет на развитие производства в Москве.",
            "A loan at 1–5% a year for up to five years to develop production in Moscow.",
        ),
        note=Text("Целевое назначение займа — {}.", "Purpose of the loan: {}."),
        audiences=("small_business", "medium_business", "large_business"),
        amounts=((5 * _MILLION, 50 * _MILLION),),
        eligibility=(
            _ELIG_MOSCOW,
            _ELIG_NOT_BANKRUPT,
            Text(
                "Заявитель предоставляет обеспечение: залог, поручительство или банковскую гарантию.",
                "The applicant provides security: a pledge, a surety or a bank guarantee.",
            ),
        ),
        documents=(
            _DOC_APPLICATION,
            _DOC_BUSINESS_PLAN,
            _DOC_FINANCE,
            Text("Документы по предлагаемому обеспечению.", "Documents on the proposed security."),
        ),
        how_to_apply=(
            Text(
                "Заявка подаётся в личном кабинете на сайте фонда; после предварительной "
                "экспертизы проект рассматривает экспертный совет, а решение принимает правление.",
                "Apply in your personal account on the fund's website; after a preliminary review "
                "the project goes to the expert council, and the board takes the decision.",
            ),
        ),
        operator=_OP_MOSCOW_FUND,
        legal_basis=_moscow_decree(10, 10, 2023, 1925),
        email="loans@mfppp.example",
        phone="+7 495 651-88-10",
        rolling=True,
        variants=(
            _variant("working-capital", "пополнение оборотных средств", "working capital"),
            _variant(
                "investment",
                "инвестиционные проекты",
                "investment projects",
                amount=(20 * _MILLION, 300 * _MILLION),
            ),
            _variant(
                "import-substitution",
                "импортозамещение",
                "import substitution",
                "microelectronics",
                "mechanical-engineering",
                amount=(20 * _MILLION, 500 * _MILLION),
            ),
            _variant(
                "technology-companies",
                "технологические компании",
                "technology companies",
                audiences=("startup", "small_business", "medium_business"),
                amount=(10 * _MILLION, 200 * _MILLION),
            ),
            _variant(
                "pharmaceuticals",
                "производство лекарственных средств",
                "pharmaceutical manufacturing",
                "pharmaceuticals",
                amount=(50 * _MILLION, 500 * _MILLION),
            ),
            _variant(
                "food",
                "пищевая промышленность",
                "food processing",
                "foodtech",
                amount=(10 * _MILLION, 150 * _MILLION),
            ),
        ),
    ),
    _Family(
        key="industrial-development-fund-loan",
        kind="loan",
        title=Text(
            "Заём Фонда развития промышленности: программа «{}»",
            "Industrial Development Fund loan: {} programme",
        ),
        summary=Text(
            "Целевой заём под 1–5% годовых на проекты по выпуску конкурентоспособной промышленной продукции.",
            "A targeted loan at 1–5% a year for projects producing competitive industrial goods.",
        ),
        audiences=("medium_business", "large_business"),
        amounts=((50 * _MILLION, 500 * _MILLION), (20 * _MILLION, 300 * _MILLION)),
        eligibility=(
            Text(
                "Общий бюджет проекта — не менее 100 млн рублей.",
                "The total project budget is at least 100 million roubles.",
            ),
            Text(
                "Заявитель софинансирует не менее 20% бюджета проекта, в том числе за счёт "
                "банковских кредитов.",
                "The applicant co-finances at least 20% of the project budget, bank loans included.",
            ),
            _ELIG_NOT_BANKRUPT,
        ),
        documents=(
            Text("Резюме проекта по форме фонда.", "A project summary on the fund's form."),
            _DOC_BUSINESS_PLAN,
            _DOC_FINANCE,
            Text("Заключение технологического аудита проекта.", "A technology audit report on the project."),
        ),
        how_to_apply=(
            Text(
                "Заявка подаётся через личный кабинет на сайте фонда; экспертиза занимает до трёх месяцев.",
                "Apply through your personal account on the fund's website; the review takes up to "
                "three months.",
            ),
            Text(
                "Московские проекты могут одновременно получить заём регионального фонда по "
                "программе совместного финансирования.",
                "Moscow projects can also receive a loan from the regional fund under the joint "
                "financing scheme.",
            ),
        ),
        operator=_OP_FRP,
        legal_basis=Text(
            "Федеральный закон от 31.12.2014 № 488-ФЗ «О промышленной политике в Российской Федерации»",
            "Federal Law No. 488-FZ of 31 December 2014 on Industrial Policy in the Russian Federation",
        ),
        email="projects@frp.example",
        phone="+7 495 909-38-00",
        variants=(
            _variant(
                "development-projects",
                "Проекты развития",
                "Development Projects",
                note=Text(
                    "Заём на создание и модернизацию производства импортозамещающей продукции.",
                    "A loan to set up or upgrade production of import-substituting goods.",
                ),
            ),
            _variant(
                "components",
                "Комплектующие изделия",
                "Components",
                "mechanical-engineering",
                "microelectronics",
                note=Text(
                    "Заём на выпуск комплектующих для станков, транспорта и электроники.",
                    "A loan to produce components for machine tools, vehicles and electronics.",
                ),
            ),
            _variant(
                "digitalisation",
                "Цифровизация промышленности",
                "Digitalisation of Industry",
                "information-technology",
                note=Text(
                    "Заём на внедрение российских цифровых решений на производстве.",
                    "A loan to introduce Russian digital solutions on the factory floor.",
                ),
            ),
            _variant(
                "leasing",
                "Лизинговые проекты",
                "Leasing Projects",
                amount=(5 * _MILLION, 500 * _MILLION),
                note=Text(
                    "Заём на первоначальный взнос по лизингу российского оборудования.",
                    "A loan for the down payment on leased Russian-made equipment.",
                ),
            ),
            _variant(
                "productivity",
                "Повышение производительности труда",
                "Labour Productivity",
                note=Text(
                    "Заём для участников национального проекта по производительности труда.",
                    "A loan for participants in the national labour productivity project.",
                ),
            ),
            _variant(
                "machine-tools",
                "Станкостроение",
                "Machine Tool Building",
                "mechanical-engineering",
                "robotics",
                amount=(100 * _MILLION, 500 * _MILLION),
                note=Text(
                    "Заём на выпуск металлообрабатывающих станков и робототехнических комплексов.",
                    "A loan to build metalworking machine tools and robotic cells.",
                ),
            ),
            _variant(
                "conversion",
                "Конверсия",
                "Conversion",
                "aerospace",
                note=Text(
                    "Заём предприятиям оборонной промышленности на выпуск гражданской продукции.",
                    "A loan for defence enterprises to make civilian products.",
                ),
            ),
        ),
    ),
    _Family(
        key="sme-preferential-credit",
        kind="loan",
        title=Text(
            "Льготный кредит для малого и среднего бизнеса по программе 1764: {}",
            "Preferential SME loan under programme 1764: {}",
        ),
        summary=Text(
            "Кредит в банках-партнёрах по ставке ниже рыночной; разницу банку возмещает государство.",
            "A loan from partner banks at a below-market rate, with the state compensating the "
            "bank for the difference.",
        ),
        note=Text("Направление кредитования — {}.", "Loan purpose: {}."),
        audiences=("small_business", "medium_business", "individual_entrepreneur"),
        amounts=((3 * _MILLION, 500 * _MILLION), (1 * _MILLION, 300 * _MILLION)),
        eligibility=(
            _ELIG_SME,
            Text(
                "Заявитель не производит подакцизные товары и не добывает полезные ископаемые.",
                "The applicant neither produces excisable goods nor extracts minerals.",
            ),
            _ELIG_NOT_BANKRUPT,
        ),
        documents=(
            Text("Анкета заёмщика по форме банка.", "A borrower questionnaire on the bank's form."),
            _DOC_FINANCE,
            Text("Документы по обеспечению кредита.", "Documents on the loan security."),
            _DOC_CHARTER,
        ),
        how_to_apply=(
            Text(
                "Обратитесь в уполномоченный банк или подайте заявку через Цифровую платформу МСП; "
                "банк сам согласует субсидирование ставки с Минэкономразвития России.",
                "Apply to an authorised bank or through the SME Digital Platform; the bank "
                "arranges the rate subsidy with the Ministry of Economic Development itself.",
            ),
        ),
        operator=Text(
            "Министерство экономического развития Российской Федерации и уполномоченные банки",
            "Ministry of Economic Development of the Russian Federation and authorised banks",
        ),
        legal_basis=Text(
            "Постановление Правительства Российской Федерации от 30.12.2018 № 1764",
            "Russian Government Resolution No. 1764 of 30 December 2018",
        ),
        email="credit@mineconomy.example",
        phone="+7 495 870-29-21",
        variants=(
            _variant("investment", "инвестиционные цели", "investment purposes"),
            _variant("working-capital", "оборотные средства", "working capital"),
            _variant(
                "technology",
                "технологические компании",
                "technology companies",
                "information-technology",
                "artificial-intelligence",
                audiences=("startup", "small_business", "medium_business"),
            ),
            _variant(
                "manufacturing",
                "обрабатывающая промышленность",
                "manufacturing",
                "mechanical-engineering",
                "chemical-industry",
            ),
            _variant("creative", "креативные индустрии", "creative industries", "creative-industries"),
        ),
    ),
    _Family(
        key="serial-production-loan",
        kind="loan",
        title=Text(
            "Заём на запуск серийного производства технологической продукции: {}",
            "Loan for launching serial production of technology products: {}",
        ),
        summary=Text(
            "Заём под 3% годовых на оборудование и оснастку для перехода от опытных образцов к серии.",
            "A loan at 3% a year for equipment and tooling to move from prototypes to serial production.",
        ),
        audiences=("startup", "small_business", "medium_business"),
        amounts=((10 * _MILLION, 150 * _MILLION), (20 * _MILLION, 200 * _MILLION)),
        eligibility=(
            _ELIG_MOSCOW,
            Text(
                "Опытный образец изготовлен и прошёл испытания.",
                "A prototype has been built and has passed testing.",
            ),
            Text(
                "Производство размещается в Москве, в том числе в технопарке.",
                "Production is located in Moscow, for example in a technopark.",
            ),
        ),
        documents=(
            _DOC_BUSINESS_PLAN,
            Text("Протоколы испытаний опытного образца.", "Prototype test reports."),
            _DOC_FINANCE,
            Text("Документы по обеспечению займа.", "Documents on the loan security."),
        ),
        how_to_apply=(
            Text(
                "Заявка подаётся в личном кабинете на сайте Московского фонда поддержки "
                "промышленности и предпринимательства.",
                "Apply in your personal account on the website of the Moscow Fund for the Support "
                "of Industry and Entrepreneurship.",
            ),
            Text(
                "Перед заседанием экспертного совета представители фонда посещают производственную площадку.",
                "Before the expert council meets, fund representatives visit the production site.",
            ),
        ),
        operator=_OP_MOSCOW_FUND,
        legal_basis=_moscow_decree(3, 7, 2024, 1502),
        email="serial@mfppp.example",
        phone="+7 495 651-88-14",
        variants=(
            _industry("microelectronics"),
            _industry("medical-devices"),
            _industry("robotics"),
            _industry("new-materials"),
        ),
    ),
    # --- Guarantees ---
    _Family(
        key="lending-fund-surety",
        kind="guarantee",
        title=Text(
            "Поручительство Фонда содействия кредитованию малого бизнеса Москвы: {}",
            "Surety from the Moscow Small Business Lending Assistance Fund: {}",
        ),
        summary=Text(
            "Фонд поручается перед банком за заёмщика, которому не хватает собственного залога.",
            "The fund stands surety to the bank for a borrower who lacks sufficient collateral.",
        ),
        note=Text("Поручительство предоставляется по обязательствам: {}.", "The surety covers: {}."),
        audiences=("small_business", "medium_business", "individual_entrepreneur"),
        amounts=((None, 25 * _MILLION),),
        eligibility=(
            _ELIG_SME,
            _ELIG_MOSCOW,
            Text(
                "Поручительство покрывает не более 70% суммы обязательства.",
                "The surety covers no more than 70% of the obligation.",
            ),
        ),
        documents=(
            Text("Заявка банка на предоставление поручительства.", "The bank's request for a surety."),
            _DOC_FINANCE,
            _DOC_CHARTER,
        ),
        how_to_apply=(
            Text(
                "Обратитесь в банк — партнёр фонда: банк сам направит в фонд заявку на поручительство.",
                "Contact one of the fund's partner banks: the bank submits the surety request to "
                "the fund for you.",
            ),
        ),
        operator=_OP_LENDING_FUND,
        legal_basis=_NO_LEGAL_BASIS,
        email="surety@mosgarant.example",
        phone="+7 495 276-16-00",
        rolling=True,
        variants=(
            _variant("loans", "кредиты и займы", "loans and credit lines"),
            _variant(
                "tender-guarantees",
                "банковские гарантии для госзакупок",
                "bank guarantees for public procurement",
            ),
            _variant("leasing", "лизинговые сделки", "leasing deals", amount=(None, 15 * _MILLION)),
            _variant(
                "express",
                "экспресс-поручительство",
                "express surety",
                amount=(None, 5 * _MILLION),
                note=Text(
                    "Решение о поручительстве принимается за один рабочий день.",
                    "The decision on the surety is made within one working day.",
                ),
            ),
            _variant(
                "innovative",
                "инновационные компании",
                "innovative companies",
                audiences=("startup", "small_business"),
                note=Text(
                    "Для компаний, чей залог — в основном интеллектуальная собственность.",
                    "For companies whose main asset is intellectual property.",
                ),
            ),
            _variant(
                "new-entrepreneurs",
                "начинающие предприниматели",
                "new entrepreneurs",
                audiences=("individual_entrepreneur", "startup"),
                amount=(None, 3 * _MILLION),
                note=Text(
                    "Для предпринимателей, зарегистрированных менее года назад.",
                    "For entrepreneurs registered less than a year ago.",
                ),
            ),
        ),
    ),
    _Family(
        key="sme-corporation-guarantee",
        kind="guarantee",
        title=Text("Независимая гарантия Корпорации МСП: {}", "SME Corporation independent guarantee: {}"),
        summary=Text(
            "Гарантия Корпорации МСП заменяет недостающий залог и позволяет получить кредит в "
            "банке-партнёре.",
            "An SME Corporation guarantee replaces missing collateral so that the borrower can get "
            "a loan from a partner bank.",
        ),
        note=Text("Вид гарантии — {}.", "Guarantee type: {}."),
        audiences=("small_business", "medium_business", "startup"),
        amounts=((None, 500 * _MILLION), (None, 100 * _MILLION)),
        eligibility=(
            _ELIG_SME,
            _ELIG_NOT_BANKRUPT,
            Text(
                "Кредит выдаёт банк — партнёр Корпорации МСП.",
                "The loan is issued by a partner bank of the SME Corporation.",
            ),
        ),
        documents=(
            Text(
                "Заявка на гарантию, направленная банком-партнёром.",
                "A guarantee application sent by the partner bank.",
            ),
            _DOC_FINANCE,
            Text("Согласие на запрос кредитной истории.", "Consent to a credit history check."),
        ),
        how_to_apply=(
            Text(
                "Подайте заявку на кредит в банк-партнёр и попросите оформить гарантию Корпорации "
                "МСП; статус заявки виден на Цифровой платформе МСП.",
                "Apply for a loan at a partner bank and ask for an SME Corporation guarantee; you "
                "can follow the application on the SME Digital Platform.",
            ),
        ),
        operator=_OP_SME_CORP,
        legal_basis=_LAW_209,
        email="guarantee@smecorp.example",
        phone="+7 495 698-98-00",
        rolling=True,
        variants=(
            _variant(
                "technology",
                "технологические компании",
                "technology companies",
                "information-technology",
                "microelectronics",
            ),
            _variant("umbrella", "«зонтичный» механизм", "umbrella mechanism"),
            _variant("exporters", "экспортёры", "exporters", amount=(None, 300 * _MILLION)),
            _variant(
                "contracts",
                "обеспечение исполнения контрактов",
                "contract performance security",
                amount=(None, 200 * _MILLION),
            ),
            _variant("investment", "инвестиционные кредиты", "investment loans"),
        ),
    ),
    _Family(
        key="sme-bank-guarantee",
        kind="guarantee",
        title=Text("Гарантийная поддержка МСП Банка: {}", "SME Bank guarantee support: {}"),
        summary=Text(
            "МСП Банк выдаёт гарантии для участия в закупках и обеспечения авансов по контрактам с "
            "крупными заказчиками.",
            "SME Bank issues guarantees for bidding in tenders and securing advance payments under "
            "contracts with large customers.",
        ),
        note=Text("Гарантия обеспечивает: {}.", "The guarantee secures: {}."),
        audiences=("small_business", "medium_business", "individual_entrepreneur"),
        amounts=((None, 50 * _MILLION), (None, 100 * _MILLION), (None, 30 * _MILLION)),
        eligibility=(
            _ELIG_SME,
            Text(
                "Заказчик проводит закупку по Федеральному закону № 44-ФЗ или № 223-ФЗ.",
                "The customer buys under Federal Law No. 44-FZ or No. 223-FZ.",
            ),
            _ELIG_NO_DEBTS,
        ),
        documents=(
            Text("Извещение о закупке или проект контракта.", "The tender notice or the draft contract."),
            _DOC_FINANCE,
            _DOC_CHARTER,
        ),
        how_to_apply=(
            Text(
                "Заявка подаётся онлайн на сайте МСП Банка; решение по типовым гарантиям "
                "принимается за два рабочих дня.",
                "Apply online on the SME Bank website; decisions on standard guarantees take two "
                "working days.",
            ),
        ),
        operator=_OP_SME_BANK,
        legal_basis=_NO_LEGAL_BASIS,
        email="guarantees@smebank.example",
        phone="+7 495 783-79-98",
        rolling=True,
        variants=(
            _variant("tenders", "участие в закупках", "tender participation"),
            _variant("advance-payment", "возврат аванса", "return of advance payments"),
            _variant("warranty", "гарантийные обязательства", "warranty obligations"),
        ),
    ),
    # --- Tax benefits ---
    _Family(
        key="technopark-tax-benefit",
        kind="tax_benefit",
        title=Text(
            "Налоговая льгота для резидентов технопарков Москвы: {}",
            "Tax benefit for residents of Moscow technoparks: {}",
        ),
        summary=Text(
            "Компании со статусом резидента технопарка платят налоги по сниженным ставкам.",
            "Companies with technopark resident status pay taxes at reduced rates.",
        ),
        audiences=("startup", "small_business", "medium_business", "large_business"),
        amounts=((None, None),),
        eligibility=(
            _ELIG_TECHNOPARK,
            Text(
                "Не менее половины выручки приходится на производство инновационной продукции.",
                "At least half of revenue comes from producing innovative products.",
            ),
            _ELIG_NO_DEBTS,
        ),
        documents=(
            Text(
                "Копия свидетельства о статусе резидента технопарка.",
                "A copy of the technopark resident certificate.",
            ),
            Text(
                "Налоговая декларация с применением пониженной ставки.",
                "A tax return applying the reduced rate.",
            ),
        ),
        how_to_apply=(
            Text(
                "Льгота применяется при подаче налоговой декларации; статус резидента присваивает "
                "Департамент инвестиционной и промышленной политики.",
                "The benefit is claimed in the tax return; technopark resident status is granted "
                "by the Department of Investment and Industrial Policy.",
            ),
        ),
        operator=_OP_INDUSTRY_DEPT,
        legal_basis=Text(
            "Закон города Москвы от 05.11.2003 № 64 «О налоге на имущество организаций»",
            "Moscow City Law No. 64 of 5 November 2003 on Corporate Property Tax",
        ),
        email="technoparks@dipp.example",
        phone="+7 495 957-03-30",
        rolling=True,
        variants=(
            _variant(
                "profit-tax",
                "налог на прибыль",
                "corporate income tax",
                note=Text(
                    "Ставка в части, зачисляемой в бюджет Москвы, снижается до 12,5%.",
                    "The rate of the share paid to the Moscow budget is reduced to 12.5%.",
                ),
            ),
            _variant(
                "property-tax",
                "налог на имущество",
                "property tax",
                note=Text(
                    "Имущество, используемое в технопарке, освобождается от налога на срок действия статуса.",
                    "Property used in the technopark is exempt from the tax while the status is valid.",
                ),
            ),
            _variant(
                "land-tax",
                "земельный налог",
                "land tax",
                note=Text(
                    "Ставка налога на земельный участок технопарка снижается на 25%.",
                    "The tax rate on the technopark's land plot is reduced by 25%.",
                ),
            ),
            _variant(
                "land-rent",
                "арендная плата за землю",
                "land rent",
                note=Text(
                    "Арендная плата за земельный участок снижается до 0,01% кадастровой стоимости.",
                    "Rent for the land plot is reduced to 0.01% of its cadastral value.",
                ),
            ),
        ),
    ),
    _Family(
        key="technopolis-sez-benefit",
        kind="tax_benefit",
        title=Text(
            "Льготы для резидентов ОЭЗ «Технополис „Москва“»: {}",
            "Benefits for residents of the Technopolis Moscow special economic zone: {}",
        ),
        summary=Text(
            "Резиденты особой экономической зоны получают налоговые и таможенные преференции на "
            "весь срок соглашения.",
            "Residents of the special economic zone receive tax and customs preferences for the "
            "term of their agreement.",
        ),
        audiences=("small_business", "medium_business", "large_business"),
        amounts=((None, None),),
        eligibility=(
            Text(
                "Заявитель заключил соглашение о ведении технико-внедренческой деятельности в ОЭЗ.",
                "The applicant has signed an agreement on technology and innovation activities in the SEZ.",
            ),
            Text(
                "Объём инвестиций — не менее 120 млн рублей в течение трёх лет.",
                "The investment is at least 120 million roubles within three years.",
            ),
        ),
        documents=(
            Text(
                "Заявка на заключение соглашения о ведении деятельности в ОЭЗ.",
                "An application to sign an agreement on activities in the SEZ.",
            ),
            _DOC_BUSINESS_PLAN,
            _DOC_CHARTER,
        ),
        how_to_apply=(
            Text(
                "Заявка подаётся в управляющую компанию ОЭЗ; соглашение заключается после "
                "одобрения экспертным советом.",
                "Apply to the SEZ management company; the agreement is signed once the expert "
                "council approves it.",
            ),
        ),
        operator=_OP_TECHNOPOLIS,
        legal_basis=_LAW_116,
        email="residents@technopolis.example",
        phone="+7 495 647-58-58",
        rolling=True,
        variants=(
            _variant(
                "profit-tax",
                "сниженный налог на прибыль",
                "reduced corporate income tax",
                note=Text(
                    "Ставка налога на прибыль — 2% в течение десяти лет.",
                    "The corporate income tax rate is 2% for ten years.",
                ),
            ),
            _variant(
                "property-tax",
                "освобождение от налога на имущество",
                "property tax exemption",
                note=Text(
                    "Имущество резидента в границах ОЭЗ не облагается налогом десять лет.",
                    "A resident's property within the SEZ is tax-free for ten years.",
                ),
            ),
            _variant(
                "land-tax",
                "освобождение от земельного налога",
                "land tax exemption",
                note=Text(
                    "Земельные участки в ОЭЗ освобождаются от налога на пять лет.",
                    "Land plots in the SEZ are exempt from the tax for five years.",
                ),
            ),
            _variant(
                "transport-tax",
                "освобождение от транспортного налога",
                "transport tax exemption",
                note=Text(
                    "Транспорт резидента освобождается от налога на десять лет.",
                    "A resident's vehicles are exempt from the tax for ten years.",
                ),
            ),
            _variant(
                "free-customs-zone",
                "режим свободной таможенной зоны",
                "free customs zone regime",
                "microelectronics",
                note=Text(
                    "Импортное оборудование и комплектующие ввозятся без пошлин и НДС.",
                    "Imported equipment and components enter free of duties and VAT.",
                ),
            ),
        ),
    ),
    _Family(
        key="it-company-tax-benefit",
        kind="tax_benefit",
        title=Text(
            "Налоговые льготы для аккредитованных ИТ-компаний: {}",
            "Tax benefits for accredited IT companies: {}",
        ),
        summary=Text(
            "Аккредитованные Минцифры России компании платят налог на прибыль и страховые взносы "
            "по пониженным ставкам.",
            "Companies accredited by the Ministry of Digital Development pay corporate income tax "
            "and social contributions at reduced rates.",
        ),
        audiences=("startup", "small_business", "medium_business", "large_business"),
        amounts=((None, None),),
        eligibility=(
            Text(
                "Компания аккредитована Минцифры России.",
                "The company is accredited by the Ministry of Digital Development.",
            ),
            Text(
                "Доля доходов от ИТ-деятельности — не менее 30%.",
                "At least 30% of income comes from IT activities.",
            ),
        ),
        documents=(
            Text(
                "Выписка из реестра аккредитованных ИТ-организаций.",
                "An extract from the register of accredited IT companies.",
            ),
            Text("Расчёт доли доходов от ИТ-деятельности.", "A calculation of the share of IT income."),
        ),
        how_to_apply=(
            Text(
                "Льгота применяется в налоговой декларации или расчёте по страховым взносам; "
                "отдельное заявление не требуется.",
                "The benefit is applied in the tax return or the social contributions report; no "
                "separate application is needed.",
            ),
        ),
        operator=_OP_TAX_SERVICE,
        legal_basis=Text(
            "Налоговый кодекс Российской Федерации, статья 284",
            "Tax Code of the Russian Federation, Article 284",
        ),
        email="it-benefits@tax.example",
        phone="+7 800 222-22-22",
        rolling=True,
        variants=(
            _variant(
                "profit-tax",
                "налог на прибыль",
                "corporate income tax",
                "information-technology",
                note=Text("Ставка налога на прибыль — 5%.", "The corporate income tax rate is 5%."),
            ),
            _variant(
                "social-contributions",
                "страховые взносы",
                "social insurance contributions",
                "information-technology",
                note=Text(
                    "Единый тариф страховых взносов — 7,6%.",
                    "The single social contribution rate is 7.6%.",
                ),
            ),
            _variant(
                "vat",
                "освобождение от НДС при продаже ПО",
                "VAT exemption on software sales",
                "information-technology",
                "artificial-intelligence",
                note=Text(
                    "Передача прав на программы из реестра российского ПО не облагается НДС.",
                    "Licensing software from the Russian software register is exempt from VAT.",
                ),
            ),
        ),
    ),
    _Family(
        key="industrial-complex-benefit",
        kind="tax_benefit",
        title=Text(
            "Льготы для промышленных комплексов и индустриальных парков Москвы: {}",
            "Benefits for industrial complexes and industrial parks in Moscow: {}",
        ),
        summary=Text(
            "Статус промышленного комплекса или индустриального парка снижает налоговую нагрузку "
            "на производственные площадки.",
            "Industrial complex or industrial park status lowers the tax burden on production sites.",
        ),
        note=Text("Льгота распространяется на: {}.", "The benefit applies to: {}."),
        audiences=("medium_business", "large_business"),
        amounts=((None, None),),
        eligibility=(
            Text(
                "Предприятию присвоен статус промышленного комплекса или индустриального парка.",
                "The enterprise holds industrial complex or industrial park status.",
            ),
            Text(
                "Среднемесячная заработная плата не ниже уровня, установленного городом.",
                "The average monthly wage is not below the level set by the city.",
            ),
            _ELIG_NO_DEBTS,
        ),
        documents=(
            Text("Заключение о присвоении статуса.", "The decision granting the status."),
            Text(
                "Отчёт о выполнении условий статуса за прошедший год.",
                "A report on meeting the status conditions in the previous year.",
            ),
        ),
        how_to_apply=(
            Text(
                "Статус присваивает Департамент инвестиционной и промышленной политики по "
                "заявлению предприятия; льгота применяется в налоговой декларации.",
                "The Department of Investment and Industrial Policy grants the status at the "
                "enterprise's request; the benefit is claimed in the tax return.",
            ),
        ),
        operator=_OP_INDUSTRY_DEPT,
        legal_basis=_moscow_decree(26, 9, 2023, 1816),
        email="industrial-parks@dipp.example",
        phone="+7 495 957-03-32",
        rolling=True,
        variants=(
            _variant(
                "property-tax",
                "налог на имущество организаций",
                "corporate property tax",
                "mechanical-engineering",
            ),
            _variant("land-tax", "земельный налог", "land tax", "chemical-industry"),
            _variant("land-lease", "аренда земли", "land lease", "construction-technologies"),
        ),
    ),
    # --- Consultations ---
    _Family(
        key="ip-consultation",
        kind="consultation",
        title=Text(
            "Консультации по интеллектуальной собственности: {}", "Intellectual property consultations: {}"
        ),
        summary=Text(
            "Бесплатные консультации патентных поверенных для технологических компаний и изобретателей.",
            "Free consultations with patent attorneys for technology companies and inventors.",
        ),
        note=Text("Тема консультации — {}.", "Consultation topic: {}."),
        audiences=("startup", "small_business", "individual_entrepreneur", "university"),
        amounts=((None, None),),
        eligibility=(
            _ELIG_MOSCOW,
            Text(
                "Консультация касается результатов интеллектуальной деятельности самого заявителя.",
                "The consultation concerns the applicant's own intellectual property.",
            ),
        ),
        documents=(
            Text(
                "Описание объекта интеллектуальной собственности.",
                "A description of the intellectual property.",
            ),
            Text("Вопросы к консультанту в свободной форме.", "Questions for the consultant in free form."),
        ),
        how_to_apply=(
            Text(
                "Запишитесь на консультацию на платформе «Инновации в Москве»; встреча проходит "
                "очно или по видеосвязи в течение пяти рабочих дней.",
                "Book a consultation on the Innovation in Moscow platform; the meeting takes place "
                "in person or by video within five working days.",
            ),
        ),
        operator=_OP_MIC,
        legal_basis=_NO_LEGAL_BASIS,
        email="ip@mic.example",
        phone="+7 495 120-45-20",
        rolling=True,
        variants=(
            _variant(
                "patent-search",
                "патентный поиск и патентная чистота",
                "patent searches and freedom to operate",
            ),
            _variant("trademarks", "регистрация товарного знака", "trademark registration"),
            _variant("licensing", "лицензирование и передача прав", "licensing and transfer of rights"),
            _variant(
                "software",
                "защита программ и баз данных",
                "protecting software and databases",
                "information-technology",
            ),
        ),
    ),
    _Family(
        key="cluster-expert-consultation",
        kind="consultation",
        title=Text(
            "Консультации экспертов Московского инновационного кластера: {}",
            "Moscow Innovation Cluster expert consultations: {}",
        ),
        summary=Text(
            "Индивидуальные встречи с отраслевыми экспертами и трекерами для участников кластера.",
            "One-to-one sessions with industry experts and trackers for cluster members.",
        ),
        note=Text("Тема встречи — {}.", "Session topic: {}."),
        audiences=("startup", "small_business", "medium_business"),
        amounts=((None, None),),
        eligibility=(
            Text(
                "Заявитель зарегистрирован как участник Московского инновационного кластера.",
                "The applicant is registered as a member of the Moscow Innovation Cluster.",
            ),
            Text(
                "Запрос относится к развитию технологического проекта.",
                "The request concerns the development of a technology project.",
            ),
        ),
        documents=(
            Text(
                "Краткое описание компании и продукта.", "A short description of the company and its product."
            ),
            Text("Формулировка вопроса к эксперту.", "The question for the expert."),
        ),
        how_to_apply=(
            Text(
                "Выберите эксперта и удобное время в личном кабинете участника кластера.",
                "Choose an expert and a convenient time in your cluster member account.",
            ),
            Text(
                "После встречи эксперт присылает письменные рекомендации.",
                "After the session the expert sends written recommendations.",
            ),
        ),
        operator=_OP_MIC,
        legal_basis=_NO_LEGAL_BASIS,
        email="experts@mic.example",
        phone="+7 495 120-45-22",
        rolling=True,
        variants=(
            _variant("investment", "привлечение инвестиций", "raising investment"),
            _variant(
                "public-customers",
                "работа с государственными заказчиками",
                "working with public-sector customers",
            ),
            _variant("support-measures", "подбор мер поддержки", "choosing support measures"),
            _variant("financial-model", "финансовая модель проекта", "the project's financial model"),
            _variant(
                "legal", "правовые вопросы технологического бизнеса", "legal issues for technology businesses"
            ),
        ),
    ),
    _Family(
        key="my-business-consultation",
        kind="consultation",
        title=Text("Консультации центра «Мой бизнес»: {}", "My Business Centre consultations: {}"),
        summary=Text(
            "Бесплатные консультации для тех, кто открывает или развивает бизнес в Москве.",
            "Free advice for people starting or growing a business in Moscow.",
        ),
        note=Text("Тема консультации — {}.", "Consultation topic: {}."),
        audiences=("individual_entrepreneur", "small_business", "startup"),
        amounts=((None, None),),
        eligibility=(
            Text(
                "Заявитель — предприниматель или человек, который планирует открыть бизнес в Москве.",
                "The applicant is an entrepreneur or someone planning to start a business in Moscow.",
            ),
            Text(
                "По одной теме можно получить не больше двух консультаций в месяц.",
                "Up to two consultations a month are available on one topic.",
            ),
        ),
        documents=(
            Text(
                "Паспорт или другой документ, удостоверяющий личность.",
                "A passport or other identity document.",
            ),
            Text(
                "ИНН предпринимателя, если бизнес уже зарегистрирован.",
                "The entrepreneur's taxpayer number, if the business is already registered.",
            ),
        ),
        how_to_apply=(
            Text(
                "Запишитесь на сайте центра «Мой бизнес» или по телефону; консультации проходят в "
                "офисах центра и онлайн.",
                "Book on the My Business Centre website or by phone; consultations take place at "
                "the centre's offices and online.",
            ),
        ),
        operator=_OP_MY_BUSINESS,
        legal_basis=_LAW_209,
        email="consult@mybusiness.example",
        phone="+7 495 225-14-14",
        rolling=True,
        variants=(
            _variant("registration", "регистрация бизнеса", "registering a business"),
            _variant("accounting", "бухгалтерский учёт и налоги", "accounting and taxes"),
            _variant("marketing", "маркетинг и продажи", "marketing and sales"),
            _variant("hr", "кадровые вопросы", "human resources"),
        ),
    ),
    _Family(
        key="export-consultation",
        kind="consultation",
        title=Text(
            "Консультации Московского экспортного центра: {}", "Moscow Export Centre consultations: {}"
        ),
        summary=Text(
            "Консультации специалистов экспортного центра для компаний, которые готовят первые "
            "поставки за рубеж.",
            "Advice from Export Centre specialists for companies preparing their first shipments abroad.",
        ),
        note=Text("Тема консультации — {}.", "Consultation topic: {}."),
        audiences=("small_business", "medium_business", "large_business"),
        amounts=((None, None),),
        eligibility=(
            _ELIG_MOSCOW,
            Text(
                "Компания производит продукцию или оказывает услуги, которые может поставлять за рубеж.",
                "The company makes products or provides services that it can supply abroad.",
            ),
        ),
        documents=(
            Text("Анкета экспортёра.", "An exporter questionnaire."),
            Text(
                "Описание продукции и её кодов ТН ВЭД.",
                "A description of the products and their customs tariff codes.",
            ),
        ),
        how_to_apply=(
            Text(
                "Оставьте запрос на сайте Московского экспортного центра; персональный менеджер "
                "свяжется с вами в течение двух рабочих дней.",
                "Leave a request on the Moscow Export Centre website; a personal manager will "
                "contact you within two working days.",
            ),
        ),
        operator=_OP_EXPORT_CENTRE,
        legal_basis=_NO_LEGAL_BASIS,
        email="consult@mosexport.example",
        phone="+7 495 280-00-80",
        rolling=True,
        variants=(
            _variant("currency-control", "валютный контроль", "currency control"),
            _variant(
                "logistics", "международная логистика", "international logistics", "transport-logistics"
            ),
            _variant("customs", "таможенное оформление", "customs clearance"),
            _variant("target-market", "выбор целевого рынка", "choosing a target market"),
        ),
    ),
    # --- Premises ---
    _Family(
        key="technopark-premises",
        kind="premises",
        title=Text(
            "Помещения в технопарке «{}» на льготных условиях",
            "Premises at the {} technopark on preferential terms",
        ),
        summary=Text(
            "Офисы, лаборатории и производственные помещения для технологических компаний по "
            "ставке ниже рыночной.",
            "Offices, laboratories and production space for technology companies at below-market rent.",
        ),
        audiences=("startup", "small_business", "medium_business"),
        amounts=((None, None),),
        eligibility=(
            Text(
                "Заявитель ведёт научно-техническую или производственную деятельность.",
                "The applicant is engaged in research, engineering or manufacturing.",
            ),
            Text(
                "Проект соответствует специализации технопарка.",
                "The project fits the technopark's specialisation.",
            ),
            _ELIG_NO_DEBTS,
        ),
        documents=(
            Text(
                "Заявка на аренду с указанием нужной площади.",
                "A lease application stating the space required.",
            ),
            _DOC_PITCH,
            _DOC_CHARTER,
        ),
        how_to_apply=(
            Text(
                "Подайте заявку на сайте управляющей компании технопарка; конкурсная комиссия "
                "отбирает новых резидентов раз в квартал.",
                "Apply on the technopark management company's website; a selection committee "
                "chooses new residents once a quarter.",
            ),
        ),
        operator=Text("Управляющая компания технопарка", "The technopark's management company"),
        legal_basis=_NO_LEGAL_BASIS,
        email="rent@technoparks.example",
        phone="+7 495 957-03-40",
        variants=(
            _variant(
                "strogino",
                "Строгино",
                "Strogino",
                "information-technology",
                "telecommunications",
                note=Text(
                    "Технопарк на северо-западе Москвы для разработчиков программного обеспечения и связи.",
                    "A technopark in north-west Moscow for software and telecom developers.",
                ),
            ),
            _variant(
                "slava",
                "Слава",
                "Slava",
                "robotics",
                "mechanical-engineering",
                note=Text(
                    "Технопарк в центре города с производственными цехами для приборостроения и "
                    "робототехники.",
                    "A city-centre technopark with workshops for instrument making and robotics.",
                ),
            ),
            _variant(
                "kalibr",
                "Калибр",
                "Kalibr",
                "microelectronics",
                "artificial-intelligence",
                note=Text(
                    "Технопарк в Останкинском районе с лабораториями для электроники и машинного зрения.",
                    "A technopark in the Ostankinsky district with laboratories for electronics "
                    "and machine vision.",
                ),
            ),
            _variant(
                "mosgormash",
                "Мосгормаш",
                "Mosgormash",
                "construction-technologies",
                "energy-cleantech",
                note=Text(
                    "Технопарк на юге Москвы для производителей строительных и энергетических технологий.",
                    "A technopark in south Moscow for makers of construction and energy technologies.",
                ),
            ),
            _variant(
                "elma",
                "Элма",
                "Elma",
                "microelectronics",
                "new-materials",
                note=Text(
                    "Технопарк в Зеленограде с чистыми помещениями для микроэлектроники.",
                    "A technopark in Zelenograd with cleanrooms for microelectronics.",
                ),
            ),
            _variant(
                "technospark",
                "Техноспарк",
                "Technospark",
                "new-materials",
                "medical-devices",
                note=Text(
                    "Технопарк в Троицке для компаний, работающих с лазерами, оптикой и новыми материалами.",
                    "A technopark in Troitsk for companies working with lasers, optics and new materials.",
                ),
            ),
        ),
    ),
    _Family(
        key="innovation-agency-coworking",
        kind="premises",
        title=Text(
            "Рабочие места в коворкинге Агентства инноваций Москвы: {}",
            "Desks in a Moscow Innovation Agency coworking space: {}",
        ),
        summary=Text(
            "Бесплатные рабочие места, переговорные и зал для мероприятий для технологических "
            "команд на ранней стадии.",
            "Free desks, meeting rooms and an event hall for early-stage technology teams.",
        ),
        note=Text("Расположение коворкинга — {}.", "Coworking location: {}."),
        audiences=("startup", "individual_entrepreneur", "university"),
        amounts=((None, None),),
        eligibility=(
            Text(
                "Команда разрабатывает технологический продукт.",
                "The team is developing a technology product.",
            ),
            Text("В команде не больше десяти человек.", "The team has no more than ten members."),
        ),
        documents=(
            Text("Анкета команды.", "A team questionnaire."),
            Text("Описание проекта на одной странице.", "A one-page project description."),
        ),
        how_to_apply=(
            Text(
                "Заполните анкету на сайте Агентства инноваций; места предоставляются на шесть "
                "месяцев с возможностью продления.",
                "Fill in the form on the Innovation Agency website; desks are provided for six "
                "months and can be extended.",
            ),
        ),
        operator=_OP_AGENCY,
        legal_basis=_NO_LEGAL_BASIS,
        email="coworking@innoagency.example",
        phone="+7 495 870-12-44",
        variants=(
            _variant("central", "Центральный административный округ", "Central Administrative District"),
            _variant("zelenograd", "Зеленоград", "Zelenograd"),
            _variant("new-moscow", "Новая Москва", "New Moscow"),
            _variant(
                "north-east",
                "Северо-Восточный административный округ",
                "North-Eastern Administrative District",
            ),
        ),
    ),
    _Family(
        key="technopolis-sites",
        kind="premises",
        title=Text("Площадка ОЭЗ «Технополис „Москва“» {}", "Technopolis Moscow SEZ site {}"),
        summary=Text(
            "Готовые производственные помещения и земельные участки для резидентов особой "
            "экономической зоны.",
            "Ready-built production space and land plots for residents of the special economic zone.",
        ),
        audiences=("small_business", "medium_business", "large_business"),
        amounts=((None, None),),
        eligibility=(
            Text(
                "Заявитель готов получить статус резидента особой экономической зоны.",
                "The applicant is prepared to become a resident of the special economic zone.",
            ),
            Text(
                "Проект предполагает производство высокотехнологичной продукции.",
                "The project involves manufacturing high-technology products.",
            ),
        ),
        documents=(
            Text("Заявка на получение статуса резидента ОЭЗ.", "An application for SEZ resident status."),
            _DOC_BUSINESS_PLAN,
            _DOC_FINANCE,
        ),
        how_to_apply=(
            Text(
                "Подайте заявку в управляющую компанию ОЭЗ; до заседания экспертного совета вы "
                "можете осмотреть свободные помещения.",
                "Apply to the SEZ management company; you can view the available premises before "
                "the expert council meets.",
            ),
        ),
        operator=_OP_TECHNOPOLIS,
        legal_basis=_LAW_116,
        email="sites@technopolis.example",
        phone="+7 495 647-58-60",
        variants=(
            _variant(
                "pechatniki",
                "«Печатники»",
                "Pechatniki",
                "pharmaceuticals",
                "medical-devices",
                note=Text(
                    "Площадка на юго-востоке Москвы для фармацевтических и медицинских производств.",
                    "A site in south-east Moscow for pharmaceutical and medical production.",
                ),
            ),
            _variant(
                "alabushevo",
                "«Алабушево»",
                "Alabushevo",
                "microelectronics",
                note=Text(
                    "Площадка в Зеленограде с инфраструктурой для производства электроники.",
                    "A site in Zelenograd with infrastructure for electronics manufacturing.",
                ),
            ),
            _variant(
                "rudnevo",
                "«Руднево»",
                "Rudnevo",
                "mechanical-engineering",
                "energy-cleantech",
                note=Text(
                    "Площадка на востоке Москвы для машиностроения и энергетического оборудования.",
                    "A site in east Moscow for mechanical engineering and power equipment.",
                ),
            ),
            _variant(
                "malino",
                "«Малино»",
                "Malino",
                "new-materials",
                "chemical-industry",
                note=Text(
                    "Площадка в Зеленограде для производителей новых материалов и химической продукции.",
                    "A site in Zelenograd for makers of new materials and chemical products.",
                ),
            ),
        ),
    ),
    _Family(
        key="city-property-lease",
        kind="premises",
        title=Text(
            "Аренда городских помещений по льготной ставке: {}",
            "Lease of city-owned premises at a preferential rate: {}",
        ),
        summary=Text(
            "Помещения из имущества города Москвы в аренду по ставке от 4500 рублей за квадратный "
            "метр в год.",
            "City-owned premises for lease at rates from 4,500 roubles per square metre per year.",
        ),
        note=Text("Тип помещений — {}.", "Type of premises: {}."),
        audiences=("small_business", "individual_entrepreneur", "startup"),
        amounts=((None, None),),
        eligibility=(
            _ELIG_SME,
            _ELIG_NO_DEBTS,
            Text(
                "Помещение используется по целевому назначению не менее пяти лет.",
                "The premises are used for the stated purpose for at least five years.",
            ),
        ),
        documents=(
            Text("Заявка на участие в аукционе.", "An application to take part in the auction."),
            _DOC_CHARTER,
            Text(
                "Описание деятельности, которая планируется в помещении.",
                "A description of the activities planned in the premises.",
            ),
        ),
        how_to_apply=(
            Text(
                "Помещения сдаются через электронные аукционы на инвестиционном портале Москвы; "
                "победитель заключает договор аренды на десять лет.",
                "Premises are leased through online auctions on the Moscow investment portal; the "
                "winner signs a ten-year lease.",
            ),
        ),
        operator=_OP_PROPERTY_DEPT,
        legal_basis=_moscow_decree(25, 12, 2012, 809),
        email="lease@dgi.example",
        phone="+7 495 777-77-30",
        variants=(
            _variant(
                "production", "производственные помещения", "production space", "mechanical-engineering"
            ),
            _variant(
                "creative",
                "помещения для креативных индустрий",
                "premises for the creative industries",
                "creative-industries",
            ),
            _variant("food", "помещения для пищевых производств", "premises for food production", "foodtech"),
        ),
    ),
    # --- Export support ---
    _Family(
        key="trade-fair-pavilion",
        kind="export_support",
        title=Text("Коллективный стенд Москвы на выставке {}", "Moscow pavilion at {}"),
        summary=Text(
            "Экспортный центр берёт на себя аренду и застройку стенда, а компания оплачивает "
            "только регистрационный взнос.",
            "The Export Centre covers stand rental and construction, while the company pays only "
            "the registration fee.",
        ),
        audiences=("small_business", "medium_business", "large_business"),
        amounts=((None, 1_500_000),),
        eligibility=(
            _ELIG_MOSCOW,
            Text(
                "Компания производит продукцию под собственным брендом.",
                "The company makes products under its own brand.",
            ),
            Text(
                "Представитель компании работает на стенде все дни выставки.",
                "A company representative staffs the stand on every day of the fair.",
            ),
        ),
        documents=(
            Text(
                "Заявка на участие в коллективной экспозиции.",
                "An application to join the collective pavilion.",
            ),
            Text(
                "Каталог или презентация продукции на английском языке.",
                "A product catalogue or presentation in English.",
            ),
            Text("Копии сертификатов на продукцию.", "Copies of product certificates."),
        ),
        how_to_apply=(
            Text(
                "Заявка подаётся на сайте Московского экспортного центра; участников отбирают с "
                "учётом экспортного потенциала продукции.",
                "Apply on the Moscow Export Centre website; participants are chosen on the export "
                "potential of their products.",
            ),
        ),
        operator=_OP_EXPORT_CENTRE,
        legal_basis=_moscow_decree(16, 1, 2024, 45),
        email="fairs@mosexport.example",
        phone="+7 495 280-00-81",
        variants=(
            _variant(
                "ciie-shanghai",
                "CIIE в Шанхае",
                "CIIE in Shanghai",
                "foodtech",
                "agritech",
                note=Text(
                    "Крупнейшая импортная выставка Китая: продукты питания, потребительские "
                    "товары, технологии.",
                    "China's largest import fair: food, consumer goods and technology.",
                ),
            ),
            _variant(
                "innoprom-tashkent",
                "«Иннопром. Центральная Азия» в Ташкенте",
                "Innoprom Central Asia in Tashkent",
                "mechanical-engineering",
                "construction-technologies",
                note=Text(
                    "Промышленная выставка для поставщиков оборудования в страны Центральной Азии.",
                    "An industrial fair for equipment suppliers to Central Asia.",
                ),
            ),
            _variant(
                "win-eurasia",
                "WIN Eurasia в Стамбуле",
                "WIN Eurasia in Istanbul",
                "robotics",
                "mechanical-engineering",
                currency="EUR",
                amount=(None, 15_000),
                note=Text(
                    "Выставка промышленной автоматизации; сумма поддержки указана в евро.",
                    "An industrial automation fair; the support amount is given in euros.",
                ),
            ),
            _variant(
                "arab-health-dubai",
                "Arab Health в Дубае",
                "Arab Health in Dubai",
                "medical-devices",
                "pharmaceuticals",
                currency="USD",
                amount=(None, 20_000),
                note=Text(
                    "Главная медицинская выставка Ближнего Востока; сумма поддержки указана в долларах США.",
                    "The Middle East's leading healthcare fair; the support amount is given in US dollars.",
                ),
            ),
            _variant(
                "gitex-dubai",
                "GITEX Global в Дубае",
                "GITEX Global in Dubai",
                "information-technology",
                "artificial-intelligence",
                currency="USD",
                amount=(None, 25_000),
                note=Text(
                    "Одна из крупнейших в мире ИТ-выставок; сумма поддержки указана в долларах США.",
                    "One of the world's largest IT fairs; the support amount is given in US dollars.",
                ),
            ),
            _variant(
                "gulfood-dubai",
                "Gulfood в Дубае",
                "Gulfood in Dubai",
                "foodtech",
                currency="USD",
                amount=(None, 18_000),
                note=Text(
                    "Международная выставка продуктов питания; сумма поддержки указана в долларах США.",
                    "An international food fair; the support amount is given in US dollars.",
                ),
            ),
            _variant(
                "china-russia-expo",
                "Российско-Китайское ЭКСПО в Харбине",
                "China-Russia Expo in Harbin",
                "agritech",
                "chemical-industry",
                note=Text(
                    "Выставка для поставщиков сельскохозяйственной и химической продукции в Китай.",
                    "A fair for suppliers of agricultural and chemical products to China.",
                ),
            ),
        ),
    ),
    _Family(
        key="export-certification",
        kind="export_support",
        title=Text(
            "Компенсация затрат на сертификацию продукции для экспорта: {}",
            "Reimbursement of export certification costs: {}",
        ),
        summary=Text(
            "Возмещение до 80% затрат на сертификацию и регистрацию продукции на зарубежных рынках.",
            "Reimbursement of up to 80% of the costs of certifying and registering products for "
            "foreign markets.",
        ),
        audiences=("small_business", "medium_business"),
        amounts=((None, 5 * _MILLION), (None, 3 * _MILLION)),
        eligibility=(
            _ELIG_MOSCOW,
            Text(
                "Продукция произведена в Москве или по заказу московской компании.",
                "The products are made in Moscow or to the order of a Moscow company.",
            ),
            Text(
                "Сертификат получен не ранее чем за 12 месяцев до подачи заявки.",
                "The certificate was obtained no more than 12 months before the application.",
            ),
        ),
        documents=(
            _DOC_COSTS,
            Text(
                "Копия полученного сертификата или регистрационного удостоверения.",
                "A copy of the certificate or registration certificate obtained.",
            ),
            _DOC_CHARTER,
        ),
        how_to_apply=(
            Text(
                "Заявка подаётся на сайте Московского экспортного центра после получения сертификата.",
                "Apply on the Moscow Export Centre website once the certificate has been obtained.",
            ),
        ),
        operator=_OP_EXPORT_CENTRE,
        legal_basis=_moscow_decree(16, 1, 2024, 46),
        email="certification@mosexport.example",
        phone="+7 495 280-00-82",
        variants=(
            _variant(
                "halal",
                "сертификация «халяль»",
                "halal certification",
                "foodtech",
                note=Text(
                    "Для производителей продуктов питания и косметики, выходящих на рынки исламских стран.",
                    "For food and cosmetics makers entering markets in Muslim-majority countries.",
                ),
            ),
            _variant(
                "cis-medical",
                "регистрация медицинских изделий в странах СНГ",
                "medical device registration in CIS countries",
                "medical-devices",
                note=Text(
                    "Для производителей медицинских изделий, регистрирующих продукцию в странах СНГ.",
                    "For medical device makers registering products in CIS countries.",
                ),
            ),
            _variant(
                "gulf",
                "сертификация для стран Персидского залива",
                "certification for the Gulf states",
                note=Text(
                    "Для подтверждения соответствия техническим регламентам стран Персидского залива.",
                    "For proving conformity with the technical regulations of the Gulf states.",
                ),
            ),
            _variant(
                "china",
                "сертификация для рынка Китая",
                "certification for the Chinese market",
                note=Text(
                    "Для обязательной сертификации и маркировки продукции в Китае.",
                    "For compulsory certification and labelling of products in China.",
                ),
            ),
            _variant(
                "india",
                "сертификация для рынка Индии",
                "certification for the Indian market",
                "pharmaceuticals",
                note=Text(
                    "Для регистрации лекарственных средств и стандартизации продукции в Индии.",
                    "For registering medicines and standardising products in India.",
                ),
            ),
        ),
    ),
    _Family(
        key="business-mission",
        kind="export_support",
        title=Text("Бизнес-миссия московских компаний: {}", "Business mission of Moscow companies: {}"),
        summary=Text(
            "Деловая поездка с заранее назначенными переговорами с потенциальными покупателями и партнёрами.",
            "A business trip with pre-arranged meetings with potential buyers and partners.",
        ),
        note=Text("Страна назначения — {}.", "Destination: {}."),
        audiences=("small_business", "medium_business", "large_business"),
        amounts=((None, None),),
        eligibility=(
            _ELIG_MOSCOW,
            Text(
                "Компания продаёт продукцию на внутреннем рынке не меньше года.",
                "The company has been selling on the domestic market for at least a year.",
            ),
            Text(
                "Представитель компании говорит по-английски или едет с переводчиком.",
                "The company's representative speaks English or travels with an interpreter.",
            ),
        ),
        documents=(
            Text("Заявка на участие в бизнес-миссии.", "An application to join the business mission."),
            Text("Коммерческое предложение на английском языке.", "A commercial offer in English."),
            _DOC_CONSENT,
        ),
        how_to_apply=(
            Text(
                "Заявка подаётся на сайте Московского экспортного центра; центр организует "
                "переговоры и деловую программу, а проезд и проживание участники оплачивают сами.",
                "Apply on the Moscow Export Centre website; the centre arranges the meetings and "
                "business programme, while participants pay for their own travel and "
                "accommodation.",
            ),
        ),
        operator=_OP_EXPORT_CENTRE,
        legal_basis=_NO_LEGAL_BASIS,
        email="missions@mosexport.example",
        phone="+7 495 280-00-83",
        variants=(
            _variant(
                "uae",
                "Объединённые Арабские Эмираты",
                "the United Arab Emirates",
                "fintech",
                "urban-technologies",
            ),
            _variant("china", "Китай", "China"),
            _variant("india", "Индия", "India", "pharmaceuticals", "information-technology"),
            _variant("uzbekistan", "Узбекистан", "Uzbekistan", "agritech", "construction-technologies"),
            _variant("vietnam", "Вьетнам", "Vietnam", "telecommunications", "edtech"),
            _variant("turkey", "Турция", "Turkey"),
        ),
    ),
    # --- Acceleration ---
    _Family(
        key="moscow-seed",
        kind="acceleration",
        title=Text("Программа Moscow Seed: {}", "Moscow Seed programme: {}"),
        summary=Text(
            "Трёхмесячная акселерация с менторами и возможностью получить посевные инвестиции до 5 "
            "млн рублей.",
            "A three-month acceleration programme with mentors and a chance of seed investment of "
            "up to 5 million roubles.",
        ),
        audiences=("startup", "individual_entrepreneur", "university"),
        amounts=((None, 5 * _MILLION),),
        eligibility=(
            Text(
                "Стартап находится на стадии прототипа или первых продаж.",
                "The start-up is at the prototype or first-sales stage.",
            ),
            Text(
                "В команде есть технический и бизнес-лидер.",
                "The team has a technical lead and a business lead.",
            ),
            Text(
                "Команда готова зарегистрировать компанию в Москве до конца программы.",
                "The team is ready to register a company in Moscow before the programme ends.",
            ),
        ),
        documents=(
            _DOC_PITCH,
            Text(
                "Видеопрезентация команды длительностью до трёх минут.",
                "A team video pitch of up to three minutes.",
            ),
            Text(
                "Метрики продукта: пользователи, выручка, пилоты.",
                "Product metrics: users, revenue and pilots.",
            ),
        ),
        how_to_apply=(
            Text(
                "Заявка подаётся на платформе «Инновации в Москве»; после отбора команды проходят "
                "интервью с трекерами.",
                "Apply on the Innovation in Moscow platform; after screening, teams are "
                "interviewed by trackers.",
            ),
            Text(
                "Лучшие команды по итогам демо-дня получают предложения об инвестициях.",
                "The best teams receive investment offers after demo day.",
            ),
        ),
        operator=_OP_MIC,
        legal_basis=_moscow_decree(11, 4, 2023, 688),
        email="seed@mic.example",
        phone="+7 495 120-45-30",
        variants=(
            _industry("artificial-intelligence"),
            _industry("fintech"),
            _industry("urban-technologies"),
            _industry("edtech"),
            _industry("foodtech"),
        ),
    ),
    _Family(
        key="innovators-academy",
        kind="acceleration",
        title=Text("Академия инноваторов: {}", "Academy of Innovators: {}"),
        summary=Text(
            "Бесплатная образовательная программа Агентства инноваций Москвы для начинающих "
            "технологических предпринимателей.",
            "A free educational programme of the Moscow Innovation Agency for new technology entrepreneurs.",
        ),
        audiences=("startup", "individual_entrepreneur", "university", "research_institute"),
        amounts=((None, None),),
        eligibility=(
            Text("Участнику исполнилось 18 лет.", "The participant is at least 18 years old."),
            Text(
                "У участника есть идея технологического продукта или команда.",
                "The participant has a technology product idea or a team.",
            ),
        ),
        documents=(
            Text("Анкета участника.", "A participant form."),
            Text("Мотивационное письмо.", "A motivation letter."),
            _DOC_CONSENT,
        ),
        how_to_apply=(
            Text(
                "Зарегистрируйтесь на сайте Академии инноваторов и пройдите вступительное тестирование.",
                "Register on the Academy of Innovators website and take the entry test.",
            ),
        ),
        operator=_OP_AGENCY,
        legal_basis=_NO_LEGAL_BASIS,
        email="academy@innoagency.example",
        phone="+7 495 870-12-46",
        variants=(
            _variant(
                "entrepreneurship-school",
                "школа технологического предпринимательства",
                "school of technology entrepreneurship",
                note=Text(
                    "Десять недель занятий: от проверки идеи до первых продаж.",
                    "Ten weeks of classes, from testing an idea to first sales.",
                ),
            ),
            _variant(
                "idea-to-mvp",
                "интенсив «От идеи до MVP»",
                "From Idea to MVP intensive course",
                note=Text(
                    "Четыре недели, за которые команда собирает минимальную версию продукта.",
                    "Four weeks in which a team builds a minimum viable product.",
                ),
            ),
            _variant(
                "students",
                "трек для студентов",
                "student track",
                audiences=("university", "startup"),
                note=Text(
                    "Занятия проходят по вечерам и совмещаются с учёбой.",
                    "Classes take place in the evenings and fit around studies.",
                ),
            ),
            _variant(
                "researchers",
                "трек для научных сотрудников",
                "track for researchers",
                audiences=("research_institute", "university"),
                note=Text(
                    "Программа о том, как превратить научный результат в продукт.",
                    "A programme on turning a research result into a product.",
                ),
            ),
            _variant(
                "mentoring",
                "менторская программа",
                "mentoring programme",
                note=Text(
                    "Три месяца регулярных встреч с опытным предпринимателем.",
                    "Three months of regular meetings with an experienced entrepreneur.",
                ),
            ),
        ),
    ),
    _Family(
        key="corporate-accelerator",
        kind="acceleration",
        title=Text("Корпоративный акселератор: {}", "Corporate accelerator: {}"),
        summary=Text(
            "Стартапы решают задачи крупных заказчиков и получают шанс на пилотный контракт.",
            "Start-ups tackle challenges set by large customers and get a chance at a pilot contract.",
        ),
        note=Text("Заказчики программы — {}.", "Programme customers: {}."),
        audiences=("startup", "small_business", "large_business"),
        amounts=((None, None),),
        eligibility=(
            Text(
                "Решение стартапа отвечает на одну из опубликованных задач заказчика.",
                "The start-up's solution addresses one of the customer's published challenges.",
            ),
            Text("Есть работающий прототип или продукт.", "There is a working prototype or product."),
        ),
        documents=(
            _DOC_PITCH,
            Text(
                "Описание решения применительно к задаче заказчика.",
                "A description of the solution as applied to the customer's challenge.",
            ),
            Text("Контакты руководителя проекта.", "Contact details of the project lead."),
        ),
        how_to_apply=(
            _APPLY_PLATFORM,
            Text(
                "Заказчики сами выбирают стартапы для пилотов, а Московский инновационный кластер "
                "сопровождает переговоры.",
                "The customers choose start-ups for pilots themselves, and the Moscow Innovation "
                "Cluster supports the negotiations.",
            ),
        ),
        operator=_OP_MIC,
        legal_basis=_NO_LEGAL_BASIS,
        email="corporate@mic.example",
        phone="+7 495 120-45-32",
        variants=(
            _variant(
                "transport",
                "транспортный комплекс Москвы",
                "the Moscow transport complex",
                "transport-logistics",
            ),
            _variant(
                "healthcare", "здравоохранение", "healthcare", "medical-devices", "artificial-intelligence"
            ),
            _variant(
                "utilities",
                "жилищно-коммунальное хозяйство",
                "housing and utilities",
                "urban-technologies",
                "energy-cleantech",
            ),
            _variant(
                "industry",
                "промышленные предприятия",
                "industrial companies",
                "mechanical-engineering",
                "robotics",
            ),
            _variant("finance", "банки и финансовые компании", "banks and financial companies", "fintech"),
            _variant("retail", "розничная торговля", "retail", "foodtech", "information-technology"),
        ),
    ),
    _Family(
        key="university-accelerator",
        kind="acceleration",
        title=Text(
            "Акселератор университетских технологических проектов: {}",
            "Accelerator for university technology projects: {}",
        ),
        summary=Text(
            "Программа помогает командам вузов проверить спрос на разработку и найти первого заказчика.",
            "The programme helps university teams test demand for their technology and find a "
            "first customer.",
        ),
        audiences=("university", "research_institute", "startup"),
        amounts=((None, None),),
        eligibility=(
            Text(
                "В команде есть студенты, аспиранты или сотрудники вуза.",
                "The team includes students, postgraduates or university staff.",
            ),
            Text(
                "Проект основан на собственной разработке команды.",
                "The project is based on the team's own technology.",
            ),
        ),
        documents=(
            Text("Анкета команды с описанием разработки.", "A team form describing the technology."),
            Text("Письмо поддержки от вуза.", "A support letter from the university."),
        ),
        how_to_apply=(
            Text(
                "Заявку подаёт капитан команды на сайте Агентства инноваций; программа длится восемь недель.",
                "The team captain applies on the Innovation Agency website; the programme lasts eight weeks.",
            ),
        ),
        operator=_OP_AGENCY,
        legal_basis=_NO_LEGAL_BASIS,
        email="campus@innoagency.example",
        phone="+7 495 870-12-48",
        variants=(
            _variant(
                "engineering",
                "инженерный трек",
                "engineering track",
                "robotics",
                "aerospace",
                note=Text(
                    "Для проектов в робототехнике, авиации и приборостроении.",
                    "For projects in robotics, aviation and instrument making.",
                ),
            ),
            _variant(
                "biomedical",
                "биомедицинский трек",
                "biomedical track",
                "biotechnology",
                "medical-devices",
                note=Text(
                    "Для проектов в диагностике, биотехнологиях и медицинской технике.",
                    "For projects in diagnostics, biotechnology and medical equipment.",
                ),
            ),
            _variant(
                "digital",
                "цифровой трек",
                "digital track",
                "information-technology",
                "telecommunications",
                note=Text(
                    "Для проектов в программном обеспечении, связи и анализе данных.",
                    "For projects in software, telecommunications and data analytics.",
                ),
            ),
        ),
    ),
    # --- Pilot testing ---
    _Family(
        key="city-pilot-testing",
        kind="pilot_testing",
        title=Text(
            "Пилотное тестирование инноваций в городской среде: {}",
            "Pilot testing of innovations in the city: {}",
        ),
        summary=Text(
            "Агентство инноваций подбирает городскую площадку, где компания бесплатно проверяет "
            "своё решение в реальных условиях.",
            "The Moscow Innovation Agency finds a city site where a company can test its solution "
            "in real conditions free of charge.",
        ),
        note=Text("Городская отрасль для тестирования — {}.", "City sector for testing: {}."),
        audiences=("startup", "small_business", "medium_business", "large_business"),
        amounts=((None, None),),
        eligibility=(
            Text(
                "Решение готово к испытаниям и не требует доработки на площадке.",
                "The solution is ready for testing and needs no further development on site.",
            ),
            Text(
                "Заявитель берёт на себя расходы на установку и демонтаж.",
                "The applicant covers installation and removal costs.",
            ),
            Text(
                "Решение соответствует требованиям безопасности для городской среды.",
                "The solution meets safety requirements for use in the city.",
            ),
        ),
        documents=(
            Text(
                "Описание решения и сценария тестирования.",
                "A description of the solution and the test scenario.",
            ),
            Text(
                "Сертификаты или декларации соответствия, если они требуются.",
                "Certificates or declarations of conformity, where required.",
            ),
            _DOC_PITCH,
        ),
        how_to_apply=(
            Text(
                "Заявка подаётся на платформе «Инновации в Москве»; агентство согласует площадку с "
                "городскими организациями.",
                "Apply on the Innovation in Moscow platform; the agency agrees a test site with "
                "city organisations.",
            ),
            Text(
                "По итогам тестирования компания получает акт с результатами, который можно "
                "использовать в продажах.",
                "After the test, the company receives a results report that it can use in sales.",
            ),
        ),
        operator=_OP_AGENCY,
        legal_basis=_moscow_decree(2, 3, 2023, 340),
        email="pilots@innoagency.example",
        phone="+7 495 870-12-50",
        variants=(
            _variant("transport", "транспорт", "transport", "transport-logistics"),
            _variant("healthcare", "здравоохранение", "healthcare", "medical-devices"),
            _variant(
                "utilities", "жилищно-коммунальное хозяйство", "housing and utilities", "urban-technologies"
            ),
            _variant("education", "образование", "education", "edtech"),
            _variant("environment", "экология", "the environment", "energy-cleantech"),
            _variant("safety", "безопасность", "public safety", "artificial-intelligence"),
            _variant("construction", "строительство", "construction", "construction-technologies"),
            _variant("culture", "культура и досуг", "culture and leisure", "creative-industries"),
        ),
    ),
    _Family(
        key="commercial-pilot-grant",
        kind="pilot_testing",
        title=Text(
            "Грант на пилотное тестирование у коммерческих заказчиков: {}",
            "Grant for pilot testing with commercial customers: {}",
        ),
        summary=Text(
            "Город компенсирует до 50% стоимости пилотного проекта на площадке промышленного или "
            "коммерческого заказчика.",
            "The city covers up to 50% of the cost of a pilot project at an industrial or "
            "commercial customer's site.",
        ),
        audiences=("startup", "small_business", "medium_business"),
        amounts=((500_000, 20 * _MILLION), (1 * _MILLION, 30 * _MILLION)),
        eligibility=(
            _ELIG_MOSCOW,
            Text(
                "С заказчиком заключено соглашение о пилотном проекте.",
                "A pilot agreement has been signed with a customer.",
            ),
            Text(
                "Заказчик не аффилирован с заявителем.", "The customer is not affiliated with the applicant."
            ),
        ),
        documents=(
            Text("Соглашение о пилотном проекте.", "The pilot project agreement."),
            Text("Программа и методика испытаний.", "The test programme and methodology."),
            Text("Смета пилотного проекта.", "The pilot project budget."),
            _DOC_CHARTER,
        ),
        how_to_apply=(
            _APPLY_PLATFORM,
            Text(
                "Грант выплачивается после подписания заказчиком акта о результатах пилотного проекта.",
                "The grant is paid once the customer signs the pilot results report.",
            ),
        ),
        operator=_OP_MIC,
        legal_basis=_moscow_decree(27, 2, 2024, 389),
        email="pilot-grants@mic.example",
        phone="+7 495 120-45-34",
        variants=(
            _industry("robotics"),
            _industry("artificial-intelligence"),
            _industry("energy-cleantech"),
            _industry("transport-logistics"),
            _industry("agritech"),
            _industry("telecommunications"),
        ),
    ),
    _Family(
        key="regulatory-sandbox",
        kind="pilot_testing",
        title=Text("Экспериментальный правовой режим в Москве: {}", "Regulatory sandbox in Moscow: {}"),
        summary=Text(
            "Временные особые правила позволяют испытать технологию, которую не допускает "
            "действующее регулирование.",
            "Temporary special rules make it possible to test a technology that current "
            "regulations do not allow.",
        ),
        note=Text("Сфера эксперимента — {}.", "Sandbox area: {}."),
        audiences=("startup", "medium_business", "large_business"),
        amounts=((None, None),),
        eligibility=(
            Text(
                "Технологию нельзя применять без изменения действующих норм.",
                "The technology cannot be used without changes to the current rules.",
            ),
            Text(
                "Заявитель страхует ответственность перед третьими лицами.",
                "The applicant insures its liability to third parties.",
            ),
        ),
        documents=(
            Text(
                "Предложение об установлении экспериментального правового режима.",
                "A proposal to establish a regulatory sandbox.",
            ),
            Text(
                "Описание рисков и мер по их снижению.",
                "A description of the risks and how they are mitigated.",
            ),
            Text("Программа экспериментального правового режима.", "The sandbox programme."),
        ),
        how_to_apply=(
            Text(
                "Предложение направляется в Минэкономразвития России через Агентство инноваций "
                "Москвы, которое помогает подготовить программу режима.",
                "The proposal goes to the Ministry of Economic Development through the Moscow "
                "Innovation Agency, which helps prepare the sandbox programme.",
            ),
        ),
        operator=_OP_MINECONOMY,
        legal_basis=Text(
            "Федеральный закон от 31.07.2020 № 258-ФЗ «Об экспериментальных правовых режимах в "
            "сфере цифровых инноваций в Российской Федерации»",
            "Federal Law No. 258-FZ of 31 July 2020 on Regulatory Sandboxes for Digital Innovation "
            "in the Russian Federation",
        ),
        email="sandbox@mineconomy.example",
        phone="+7 495 870-29-40",
        variants=(
            _variant(
                "self-driving-cars",
                "беспилотные автомобили",
                "self-driving cars",
                "transport-logistics",
                "artificial-intelligence",
            ),
            _variant(
                "ai-medicine",
                "искусственный интеллект в медицине",
                "artificial intelligence in medicine",
                "artificial-intelligence",
                "medical-devices",
            ),
            _variant("drones", "беспилотные авиационные системы", "unmanned aircraft systems", "aerospace"),
            _variant("telemedicine", "телемедицина", "telemedicine", "medical-devices", "telecommunications"),
        ),
    ),
    _Family(
        key="metro-testing",
        kind="pilot_testing",
        title=Text(
            "Тестирование решений на инфраструктуре Московского метрополитена: {}",
            "Testing solutions on Moscow Metro infrastructure: {}",
        ),
        summary=Text(
            "Метрополитен предоставляет станции, депо и подвижной состав для испытаний "
            "технологических решений.",
            "The Metro provides stations, depots and rolling stock for testing technology solutions.",
        ),
        note=Text("Направление испытаний — {}.", "Testing area: {}."),
        audiences=("startup", "small_business", "medium_business"),
        amounts=((None, None),),
        eligibility=(
            Text(
                "Решение не влияет на безопасность движения поездов.",
                "The solution does not affect the safety of train operations.",
            ),
            Text(
                "Оборудование для испытаний заявитель предоставляет за свой счёт.",
                "The applicant provides the test equipment at its own expense.",
            ),
        ),
        documents=(
            Text(
                "Описание решения и ожидаемого эффекта.",
                "A description of the solution and its expected effect.",
            ),
            Text("Программа испытаний.", "The test programme."),
            _DOC_PITCH,
        ),
        how_to_apply=(
            Text(
                "Заявка подаётся на платформе «Инновации в Москве»; технический совет "
                "метрополитена рассматривает её в течение 30 дней.",
                "Apply on the Innovation in Moscow platform; the Metro's technical council reviews "
                "it within 30 days.",
            ),
        ),
        operator=_OP_METRO,
        legal_basis=_NO_LEGAL_BASIS,
        email="innovation@metro.example",
        phone="+7 495 539-54-54",
        variants=(
            _variant(
                "passenger-information",
                "навигация и информирование пассажиров",
                "passenger navigation and information",
                "transport-logistics",
                "urban-technologies",
            ),
            _variant(
                "rolling-stock",
                "диагностика подвижного состава",
                "rolling stock diagnostics",
                "transport-logistics",
                "robotics",
            ),
            _variant("energy-saving", "энергосбережение", "energy saving", "energy-cleantech"),
        ),
    ),
)

# --- Support measures: dates -------------------------------------------------------------------------
# Offsets in days from `today` are drawn once with a fixed seed, so the same day always gives the same
# dates and another day gives the same measures shifted in time. About 45% of the measures accept
# applications, 25% open later and 30% are closed, as on a real catalogue.

_MEASURE_SEED = 20_261_125
_OPEN_COUNT, _UPCOMING_COUNT, _CLOSED_COUNT = 90, 50, 60
# The first measures of each status sit on the edges of its window, where off-by-one errors show.
_EDGE_OFFSETS = {
    "open": [(-30, 0), (0, 45)],  # deadline today; opens today
    "closed": [(-40, -1)],  # deadline yesterday
    "upcoming": [(1, 40)],  # opens tomorrow
}


def _date_offsets(rolling: list[bool]) -> list[tuple[int | None, int | None]]:
    """(opens, deadline) offsets in days for each measure; None means no date."""
    rng = random.Random(_MEASURE_SEED)
    statuses = (
        ["open"] * (_OPEN_COUNT - sum(rolling)) + ["upcoming"] * _UPCOMING_COUNT + ["closed"] * _CLOSED_COUNT
    )
    assert len(statuses) == rolling.count(False), "status counts must add up to the measures with rounds"
    rng.shuffle(statuses)
    pending = iter(statuses)
    edges = {status: list(offsets) for status, offsets in _EDGE_OFFSETS.items()}
    offsets: list[tuple[int | None, int | None]] = []
    for all_year in rolling:
        if all_year:
            # Half of the all-year measures name the day the programme started, half do not.
            offsets.append((-rng.randint(120, 900), None) if rng.random() < 0.5 else (None, None))
            continue
        status = next(pending)
        if edges[status]:
            offsets.append(edges[status].pop(0))
        elif status == "open":
            offsets.append((-rng.randint(3, 75), rng.randint(5, 120)))
        elif status == "upcoming":
            opens = rng.randint(2, 90)
            offsets.append((opens, opens + rng.randint(20, 75)))
        else:
            deadline = -rng.randint(2, 240)
            offsets.append((deadline - rng.randint(20, 75), deadline))
    return offsets


def _shift(today: datetime.date, days: int | None) -> datetime.date | None:
    return None if days is None else today + datetime.timedelta(days=days)


def measures(today: datetime.date) -> list[MeasureData]:
    """The 200 support measures, their application windows counted from `today`."""
    rows = [
        (family, number, variant) for family in _FAMILIES for number, variant in enumerate(family.variants)
    ]
    offsets = _date_offsets([family.rolling for family, _, _ in rows])
    result = []
    for (family, number, variant), (opens, deadline) in zip(rows, offsets, strict=True):
        amount_min, amount_max = variant.amount or family.amounts[number % len(family.amounts)]
        note = variant.note
        if note is None and family.note is not None:
            note = Text(family.note.ru.format(variant.label.ru), family.note.en.format(variant.label.en))
        summary = family.summary
        if note is not None:
            summary = Text(f"{summary.ru} {note.ru}", f"{summary.en} {note.en}")
        result.append(
            MeasureData(
                slug=f"{family.key}-{variant.key}",
                title=Text(
                    family.title.ru.format(variant.label.ru), family.title.en.format(variant.label.en)
                ),
                summary=summary,
                kind=family.kind,
                audiences=variant.audiences or family.audiences,
                industries=variant.industries,
                amount_min=amount_min,
                amount_max=amount_max,
                currency=variant.currency or family.currency,
                opens=_shift(today, opens),
                deadline=_shift(today, deadline),
                eligibility=family.eligibility + variant.eligibility,
                documents=family.documents,
                how_to_apply=family.how_to_apply,
                operator=family.operator,
                legal_basis=family.legal_basis,
                contact_email=family.email,
                contact_phone=family.phone,
            )
        )
    return result


# --- Clusters ----------------------------------------------------------------------------------------


def _cluster(
    slug: str,
    industry: str,
    title: Text,
    summary: Text,
    description: tuple[Text, Text],
    goals: tuple[Text, ...],
    coordinator: Text,
    members: int,
    residents: int,
    phone: str,
) -> ClusterData:
    """A cluster page; its last paragraph gives the cluster's size in the same words for every cluster."""
    size = Text(
        f"Сегодня в кластере более {members} участников, "
        f"из них {residents} — резиденты московских технопарков.",
        f"Today the cluster has more than {members:,} members, "
        f"{residents} of them residents of Moscow technoparks.",
    )
    return ClusterData(
        slug=slug,
        title=title,
        industry=industry,
        summary=summary,
        description=(*description, size),
        goals=goals,
        coordinator=Text(f"{coordinator.ru}, координатор кластера", f"{coordinator.en}, cluster coordinator"),
        contact_email=f"{slug}@mic.example",
        contact_phone=phone,
    )


_CLUSTERS = (
    _cluster(
        slug="information-technology",
        industry="information-technology",
        title=Text("Кластер информационных технологий", "Information technology cluster"),
        summary=Text(
            "Разработчики программного обеспечения, облачных сервисов и средств защиты информации.",
            "Developers of software, cloud services and information security tools.",
        ),
        description=(
            Text(
                "Кластер объединяет московских разработчиков корпоративного и потребительского "
                "программного обеспечения, облачных платформ и средств защиты информации. "
                "Участники заменяют зарубежные решения и выводят свои продукты на рынки "
                "стран-партнёров.",
                "The cluster brings together Moscow developers of enterprise and consumer "
                "software, cloud platforms and information security tools. Members replace foreign "
                "solutions and take their products to partner countries' markets.",
            ),
            Text(
                "Крупнейшие заказчики участников — городские информационные системы, банки и "
                "промышленные холдинги. Кластер помогает компаниям выходить на них и готовиться к "
                "закупкам.",
                "Members' largest customers are city information systems, banks and industrial "
                "holdings. The cluster helps companies reach them and prepare for tenders.",
            ),
        ),
        goals=(
            Text(
                "Увеличить долю российского ПО в городских и корпоративных системах.",
                "Increase the share of Russian software in city and corporate systems.",
            ),
            Text(
                "Помочь участникам получить аккредитацию и налоговые льготы для ИТ-компаний.",
                "Help members obtain IT accreditation and the related tax benefits.",
            ),
            Text(
                "Вывести продукты участников на рынки Азии и Ближнего Востока.",
                "Bring members' products to markets in Asia and the Middle East.",
            ),
            Text(
                "Развивать отраслевые стандарты совместимости программных продуктов.",
                "Develop industry compatibility standards for software products.",
            ),
        ),
        coordinator=Text("Ирина Волкова", "Irina Volkova"),
        members=5200,
        residents=640,
        phone="+7 495 120-46-01",
    ),
    _cluster(
        slug="artificial-intelligence",
        industry="artificial-intelligence",
        title=Text("Кластер искусственного интеллекта", "Artificial intelligence cluster"),
        summary=Text(
            "Компании, которые создают и внедряют решения на основе машинного обучения, "
            "компьютерного зрения и обработки языка.",
            "Companies building and deploying solutions based on machine learning, computer vision "
            "and language processing.",
        ),
        description=(
            Text(
                "Москва — один из крупнейших центров компетенций в области искусственного "
                "интеллекта: здесь работают исследовательские лаборатории, разработчики моделей и "
                "интеграторы. Кластер связывает их с городскими службами и промышленностью.",
                "Moscow is one of the largest centres of expertise in artificial intelligence, "
                "home to research labs, model developers and integrators. The cluster connects "
                "them with city services and industry.",
            ),
            Text(
                "Город предоставляет участникам обезличенные наборы данных для обучения моделей и "
                "площадки для испытаний, в том числе в рамках экспериментальных правовых режимов.",
                "The city gives members anonymised datasets for training models and sites for "
                "trials, including under regulatory sandboxes.",
            ),
        ),
        goals=(
            Text(
                "Расширить применение ИИ в здравоохранении, транспорте и городском хозяйстве.",
                "Expand the use of AI in healthcare, transport and city management.",
            ),
            Text(
                "Обеспечить компаниям доступ к вычислительным мощностям и наборам данных.",
                "Give companies access to computing power and datasets.",
            ),
            Text(
                "Подготовить этические и технические стандарты для городских систем ИИ.",
                "Prepare ethical and technical standards for the city's AI systems.",
            ),
        ),
        coordinator=Text("Дмитрий Орлов", "Dmitry Orlov"),
        members=1400,
        residents=210,
        phone="+7 495 120-46-02",
    ),
    _cluster(
        slug="biotechnology-pharmaceuticals",
        industry="biotechnology",
        title=Text("Кластер биотехнологий и фармацевтики", "Biotechnology and pharmaceuticals cluster"),
        summary=Text(
            "Разработчики и производители лекарственных препаратов, биоматериалов и диагностических систем.",
            "Developers and manufacturers of medicines, biomaterials and diagnostic systems.",
        ),
        description=(
            Text(
                "В кластер входят фармацевтические заводы, биотехнологические стартапы, "
                "контрактные исследовательские организации и научные институты. Вместе они "
                "покрывают весь путь препарата — от поиска молекулы до серийного выпуска.",
                "The cluster includes pharmaceutical plants, biotech start-ups, contract research "
                "organisations and research institutes. Together they cover a medicine's entire "
                "journey, from finding the molecule to serial production.",
            ),
            Text(
                "Площадка ОЭЗ «Технополис „Москва“» в Печатниках и городские центры коллективного "
                "пользования дают компаниям доступ к чистым помещениям и лабораториям уровня GMP.",
                "The Technopolis Moscow SEZ site in Pechatniki and the city's shared equipment "
                "centres give companies access to cleanrooms and GMP-grade laboratories.",
            ),
        ),
        goals=(
            Text(
                "Локализовать производство жизненно важных лекарственных препаратов.",
                "Localise production of essential medicines.",
            ),
            Text(
                "Сократить срок вывода новых препаратов на рынок.",
                "Shorten the time it takes to bring new medicines to market.",
            ),
            Text(
                "Развивать клинические исследования в московских медицинских организациях.",
                "Develop clinical trials at Moscow medical institutions.",
            ),
            Text(
                "Поддержать экспорт фармацевтических субстанций и готовых лекарственных форм.",
                "Support exports of active pharmaceutical ingredients and finished dosage forms.",
            ),
        ),
        coordinator=Text("Елена Соколова", "Elena Sokolova"),
        members=820,
        residents=95,
        phone="+7 495 120-46-03",
    ),
    _cluster(
        slug="medical-devices",
        industry="medical-devices",
        title=Text("Кластер медицинских изделий", "Medical devices cluster"),
        summary=Text(
            "Производители медицинской техники, изделий для диагностики и реабилитации, "
            "разработчики медицинского ПО.",
            "Makers of medical equipment and of diagnostic and rehabilitation products, and "
            "developers of medical software.",
        ),
        description=(
            Text(
                "Участники кластера выпускают оборудование для больниц, носимые устройства, "
                "протезы и расходные материалы. Многие из них начинали с пилотного тестирования в "
                "городских поликлиниках.",
                "Cluster members produce hospital equipment, wearables, prostheses and "
                "consumables. Many of them started with pilot testing in city polyclinics.",
            ),
            Text(
                "Кластер помогает пройти регистрацию медицинских изделий, организует клинические "
                "испытания и знакомит производителей с закупщиками Департамента здравоохранения.",
                "The cluster helps with medical device registration, organises clinical trials and "
                "introduces manufacturers to buyers at the Moscow Health Department.",
            ),
        ),
        goals=(
            Text(
                "Сократить сроки регистрации медицинских изделий.",
                "Reduce medical device registration times.",
            ),
            Text(
                "Увеличить долю отечественного оборудования в городских больницах.",
                "Increase the share of Russian-made equipment in city hospitals.",
            ),
            Text(
                "Развивать экспорт медицинской техники в страны СНГ и Персидского залива.",
                "Grow exports of medical equipment to the CIS and the Gulf states.",
            ),
        ),
        coordinator=Text("Андрей Морозов", "Andrei Morozov"),
        members=760,
        residents=130,
        phone="+7 495 120-46-04",
    ),
    _cluster(
        slug="microelectronics",
        industry="microelectronics",
        title=Text("Кластер микроэлектроники", "Microelectronics cluster"),
        summary=Text(
            "Дизайн-центры и производители электронных компонентов и модулей, прежде всего в Зеленограде.",
            "Design centres and makers of electronic components and modules, mostly in Zelenograd.",
        ),
        description=(
            Text(
                "Зеленоград исторически является центром отечественной микроэлектроники. Сегодня "
                "здесь работают фабрики, дизайн-центры и поставщики материалов, а площадка ОЭЗ в "
                "Алабушеве предлагает помещения с чистыми зонами.",
                "Zelenograd has long been the centre of Russian microelectronics. Today it is home "
                "to fabs, design centres and materials suppliers, and the SEZ site in Alabushevo "
                "offers premises with cleanrooms.",
            ),
            Text(
                "Кластер сводит заказчиков электроники — производителей оборудования связи, "
                "транспорта и медицинской техники — с разработчиками компонентов.",
                "The cluster brings electronics customers, such as makers of telecom, transport "
                "and medical equipment, together with component developers.",
            ),
        ),
        goals=(
            Text(
                "Выпускать в Москве электронные компоненты для критически важных отраслей.",
                "Produce electronic components in Moscow for critical industries.",
            ),
            Text(
                "Создать общую инфраструктуру для испытаний и сертификации электроники.",
                "Build shared infrastructure for testing and certifying electronics.",
            ),
            Text(
                "Готовить инженеров вместе с МИЭТ и другими вузами.",
                "Train engineers together with MIET and other universities.",
            ),
        ),
        coordinator=Text("Сергей Кузнецов", "Sergei Kuznetsov"),
        members=430,
        residents=88,
        phone="+7 495 120-46-05",
    ),
    _cluster(
        slug="robotics",
        industry="robotics",
        title=Text("Кластер робототехники", "Robotics cluster"),
        summary=Text(
            "Разработчики промышленных и сервисных роботов, систем машинного зрения и "
            "автоматизации производства.",
            "Developers of industrial and service robots, machine vision systems and factory automation.",
        ),
        description=(
            Text(
                "В кластере работают производители манипуляторов, складских и сервисных роботов, а "
                "также интеграторы, которые автоматизируют производство под ключ.",
                "The cluster includes manufacturers of robotic arms, warehouse and service robots, "
                "and integrators who deliver turnkey factory automation.",
            ),
            Text(
                "Главная задача — повысить плотность роботизации московской промышленности: "
                "кластер собирает потребности предприятий и подбирает под них отечественные "
                "решения.",
                "The main aim is to raise robot density in Moscow industry: the cluster collects "
                "companies' needs and matches them with Russian-made solutions.",
            ),
        ),
        goals=(
            Text(
                "Увеличить число промышленных роботов на московских предприятиях.",
                "Increase the number of industrial robots at Moscow factories.",
            ),
            Text(
                "Локализовать производство ключевых узлов: приводов, редукторов и контроллеров.",
                "Localise production of key components: drives, gearboxes and controllers.",
            ),
            Text(
                "Открыть учебные полигоны для операторов и наладчиков роботов.",
                "Open training grounds for robot operators and technicians.",
            ),
        ),
        coordinator=Text("Ольга Лебедева", "Olga Lebedeva"),
        members=610,
        residents=120,
        phone="+7 495 120-46-06",
    ),
    _cluster(
        slug="new-materials",
        industry="new-materials",
        title=Text("Кластер новых материалов", "New materials cluster"),
        summary=Text(
            "Создатели композитов, специальных сплавов, полимеров и материалов для аддитивного производства.",
            "Makers of composites, special alloys, polymers and materials for additive manufacturing.",
        ),
        description=(
            Text(
                "Участники кластера разрабатывают материалы для авиации, энергетики, строительства "
                "и медицины и работают в тесной связке с научными институтами и университетом "
                "МИСИС.",
                "Cluster members develop materials for aviation, energy, construction and "
                "medicine, working closely with research institutes and MISIS University.",
            ),
            Text(
                "Кластер помогает довести разработку от лабораторного образца до "
                "опытно-промышленной партии и найти первых потребителей.",
                "The cluster helps take a development from laboratory sample to pilot batch and "
                "find its first customers.",
            ),
        ),
        goals=(
            Text(
                "Снизить зависимость промышленности от импортных материалов.",
                "Reduce industry's dependence on imported materials.",
            ),
            Text(
                "Создать испытательный центр для новых материалов.",
                "Create a testing centre for new materials.",
            ),
            Text(
                "Развивать аддитивное производство на московских предприятиях.",
                "Develop additive manufacturing at Moscow companies.",
            ),
        ),
        coordinator=Text("Николай Фёдоров", "Nikolai Fedorov"),
        members=380,
        residents=64,
        phone="+7 495 120-46-07",
    ),
    _cluster(
        slug="energy-cleantech",
        industry="energy-cleantech",
        title=Text("Кластер энергетики и экологических технологий", "Energy and clean technology cluster"),
        summary=Text(
            "Компании, которые снижают энергопотребление и выбросы: накопители энергии, зарядная "
            "инфраструктура, переработка отходов.",
            "Companies cutting energy use and emissions: energy storage, charging infrastructure "
            "and waste recycling.",
        ),
        description=(
            Text(
                "Кластер объединяет разработчиков накопителей энергии, зарядных станций для "
                "электротранспорта, систем энергоменеджмента и технологий переработки отходов.",
                "The cluster brings together developers of energy storage, charging stations for "
                "electric vehicles, energy management systems and waste recycling technologies.",
            ),
            Text(
                "Москва — крупный заказчик таких решений: город переводит общественный транспорт "
                "на электрическую тягу и развивает раздельный сбор отходов.",
                "Moscow is a major customer for such solutions: the city is moving public "
                "transport to electric traction and expanding separate waste collection.",
            ),
        ),
        goals=(
            Text(
                "Расширить зарядную инфраструктуру для электробусов и электромобилей.",
                "Expand charging infrastructure for electric buses and cars.",
            ),
            Text(
                "Внедрить отечественные системы накопления энергии на городских объектах.",
                "Deploy Russian-made energy storage systems at city facilities.",
            ),
            Text("Увеличить долю перерабатываемых отходов.", "Increase the share of waste that is recycled."),
        ),
        coordinator=Text("Мария Новикова", "Maria Novikova"),
        members=520,
        residents=71,
        phone="+7 495 120-46-08",
    ),
    _cluster(
        slug="transport-logistics",
        industry="transport-logistics",
        title=Text("Кластер транспорта и логистики", "Transport and logistics cluster"),
        summary=Text(
            "Разработчики беспилотного транспорта, систем управления движением и логистических сервисов.",
            "Developers of self-driving vehicles, traffic management systems and logistics services.",
        ),
        description=(
            Text(
                "Московский транспортный комплекс — один из крупнейших в мире, и ему постоянно "
                "нужны новые решения: от беспилотных трамваев до умных светофоров.",
                "Moscow's transport system is one of the largest in the world and constantly needs "
                "new solutions, from driverless trams to smart traffic lights.",
            ),
            Text(
                "Участники кластера испытывают разработки на инфраструктуре метрополитена, "
                "наземного транспорта и городских дорог, а логистические компании — на складах и в "
                "сервисах доставки.",
                "Cluster members test their developments on metro, surface transport and road "
                "infrastructure, while logistics companies test theirs in warehouses and delivery "
                "services.",
            ),
        ),
        goals=(
            Text(
                "Вывести беспилотный транспорт на городские маршруты.",
                "Bring self-driving vehicles onto city routes.",
            ),
            Text(
                "Сократить время в пути за счёт интеллектуального управления движением.",
                "Reduce journey times through smart traffic management.",
            ),
            Text(
                "Развивать роботизированную доставку последней мили.", "Develop robotic last-mile delivery."
            ),
        ),
        coordinator=Text("Павел Егоров", "Pavel Egorov"),
        members=690,
        residents=58,
        phone="+7 495 120-46-09",
    ),
    _cluster(
        slug="urban-technologies",
        industry="urban-technologies",
        title=Text("Кластер городских технологий", "Urban technologies cluster"),
        summary=Text(
            "Решения для умного города: ЖКХ, безопасность, благоустройство и цифровые городские сервисы.",
            "Smart city solutions: utilities, safety, public spaces and digital city services.",
        ),
        description=(
            Text(
                "Кластер объединяет компании, которые делают городскую среду удобнее: "
                "разработчиков датчиков и платформ для ЖКХ, систем видеоаналитики и сервисов для "
                "жителей.",
                "The cluster brings together companies that make the city more comfortable: "
                "developers of sensors and platforms for utilities, video analytics systems and "
                "services for residents.",
            ),
            Text(
                "Город — главный заказчик и испытательный полигон для участников: пилотные проекты "
                "проходят в жилых домах, парках и на улицах Москвы.",
                "The city is both the main customer and the testing ground for members: pilot "
                "projects take place in Moscow's residential buildings, parks and streets.",
            ),
        ),
        goals=(
            Text(
                "Перевести приборы учёта в многоквартирных домах на дистанционную передачу показаний.",
                "Switch meters in apartment buildings to remote reading.",
            ),
            Text(
                "Расширить применение видеоаналитики для благоустройства и безопасности.",
                "Expand the use of video analytics for public spaces and safety.",
            ),
            Text(
                "Сделать городские цифровые сервисы доступными для всех жителей.",
                "Make the city's digital services accessible to every resident.",
            ),
        ),
        coordinator=Text("Татьяна Павлова", "Tatiana Pavlova"),
        members=1100,
        residents=150,
        phone="+7 495 120-46-10",
    ),
    _cluster(
        slug="fintech",
        industry="fintech",
        title=Text("Кластер финансовых технологий", "Fintech cluster"),
        summary=Text(
            "Платёжные сервисы, цифровые финансовые активы, кредитный скоринг и решения для "
            "регуляторной отчётности.",
            "Payment services, digital financial assets, credit scoring and regulatory reporting solutions.",
        ),
        description=(
            Text(
                "Участники кластера — финтех-стартапы, разработчики банковского программного "
                "обеспечения и компании, которые работают на стыке финансов и анализа данных.",
                "Cluster members are fintech start-ups, banking software developers and companies "
                "working where finance meets data analytics.",
            ),
            Text(
                "Кластер взаимодействует с банками и регулятивной платформой Банка России и "
                "помогает стартапам проверять продукты в пилотных проектах.",
                "The cluster works with banks and the Bank of Russia's regulatory platform and "
                "helps start-ups test their products in pilot projects.",
            ),
        ),
        goals=(
            Text(
                "Упростить малому бизнесу доступ к финансовым сервисам.",
                "Make financial services easier for small businesses to access.",
            ),
            Text(
                "Развивать отечественную платёжную инфраструктуру.", "Develop Russian payment infrastructure."
            ),
            Text(
                "Ускорить внедрение решений финтех-стартапов в банках.",
                "Speed up the adoption of fintech start-ups' solutions by banks.",
            ),
        ),
        coordinator=Text("Алексей Смирнов", "Alexei Smirnov"),
        members=900,
        residents=45,
        phone="+7 495 120-46-11",
    ),
    _cluster(
        slug="creative-industries",
        industry="creative-industries",
        title=Text("Кластер креативных индустрий", "Creative industries cluster"),
        summary=Text(
            "Студии видеоигр и анимации, дизайнеры, создатели иммерсивного и музыкального контента.",
            "Video game and animation studios, designers and creators of immersive and music content.",
        ),
        description=(
            Text(
                "Креативные индустрии — одна из самых быстрорастущих частей московской экономики. "
                "Кластер объединяет разработчиков игр, анимационные студии, дизайн-бюро и "
                "компании, работающие с иммерсивными технологиями.",
                "The creative industries are one of the fastest-growing parts of Moscow's economy. "
                "The cluster brings together game developers, animation studios, design bureaus "
                "and companies working with immersive technologies.",
            ),
            Text(
                "Участники получают доступ к льготным помещениям, грантам на создание контента и "
                "экспортной поддержке на международных рынках.",
                "Members get access to discounted premises, content creation grants and export "
                "support on international markets.",
            ),
        ),
        goals=(
            Text(
                "Увеличить экспорт московских игр, анимации и цифрового контента.",
                "Increase exports of Moscow games, animation and digital content.",
            ),
            Text(
                "Создать новые площадки для креативных команд на бывших промышленных территориях.",
                "Create new spaces for creative teams on former industrial sites.",
            ),
            Text(
                "Развивать образовательные программы для креативных профессий.",
                "Develop educational programmes for creative professions.",
            ),
        ),
        coordinator=Text("Виктория Алексеева", "Victoria Alekseeva"),
        members=1600,
        residents=80,
        phone="+7 495 120-46-12",
    ),
)


def clusters() -> list[ClusterData]:
    """The twelve cross-industry clusters of the Moscow Innovation Cluster."""
    return list(_CLUSTERS)


# --- News --------------------------------------------------------------------------------------------
# Fifteen kinds of story, four stories each. A template's "{name}" slots are filled from its stories,
# each slot already in the grammatical case the Russian sentence needs.


def _p(ru: str, en: str) -> Section:
    return Section("paragraph", Text(ru, en))


def _h(ru: str, en: str) -> Section:
    return Section("heading", Text(ru, en))


@dataclass(frozen=True)
class _Story:
    key: str
    topics: tuple[str, ...]  # added to the template's topics
    slots: dict[str, Text] = field(hash=False)


def _story(key: str, topics: tuple[str, ...] = (), **slots: tuple[str, str]) -> _Story:
    return _Story(key, topics, {name: Text(*value) for name, value in slots.items()})


@dataclass(frozen=True)
class _NewsTemplate:
    key: str
    topics: tuple[str, ...]
    title: Text
    lead: Text
    body: tuple[Section, ...]
    stories: tuple[_Story, ...]


_NEWS_TEMPLATES = (
    _NewsTemplate(
        key="applications-open",
        topics=("grants",),
        title=Text("Открыт приём заявок: {measure}", "Applications open: {measure}"),
        lead=Text(
            "Московский инновационный кластер начал приём заявок на {measure_acc}; максимальный "
            "размер поддержки — {amount}.",
            "The Moscow Innovation Cluster has started accepting applications for {measure_acc}; "
            "the maximum award is {amount}.",
        ),
        body=(
            _p(
                "Претендовать на поддержку могут {audience}. Заявку можно подать в личном кабинете "
                "на платформе «Инновации в Москве».",
                "Eligible applicants are {audience}. Applications are submitted in the personal "
                "account on the Innovation in Moscow platform.",
            ),
            _p(
                "Экспертный совет рассмотрит заявки в течение 45 рабочих дней после окончания приёма.",
                "The expert council will review the applications within 45 working days after the "
                "window closes.",
            ),
            _h("Как подготовиться", "How to prepare"),
            _p(
                "Организаторы советуют заранее проверить отсутствие налоговой задолженности и "
                "подготовить смету проекта: чаще всего заявки отклоняют именно из-за этого.",
                "The organisers advise checking in advance that you have no tax arrears and "
                "preparing a project budget: these are the most common reasons for rejection.",
            ),
        ),
        stories=(
            _story(
                "pilot-testing-grant",
                ("startups",),
                measure=("грант на пилотное тестирование", "pilot testing grant"),
                measure_acc=("грант на пилотное тестирование", "the pilot testing grant"),
                amount=("30 млн рублей", "30 million roubles"),
                audience=(
                    "технологические компании, заключившие соглашение с заказчиком",
                    "technology companies that have signed an agreement with a customer",
                ),
            ),
            _story(
                "patenting-subsidy",
                ("science",),
                measure=("субсидия на патентование", "patenting subsidy"),
                measure_acc=("субсидию на патентование", "the patenting subsidy"),
                amount=("2 млн рублей", "2 million roubles"),
                audience=(
                    "малые компании и индивидуальные предприниматели",
                    "small companies and sole proprietors",
                ),
            ),
            _story(
                "creative-industries-grant",
                ("digital",),
                measure=("грант для креативных индустрий", "creative industries grant"),
                measure_acc=("грант для креативных индустрий", "the creative industries grant"),
                amount=("10 млн рублей", "10 million roubles"),
                audience=(
                    "студии видеоигр, анимации и иммерсивного контента",
                    "video game, animation and immersive content studios",
                ),
            ),
            _story(
                "science-business-grants",
                ("science",),
                measure=(
                    "гранты на совместные проекты бизнеса и науки",
                    "grants for joint business and research projects",
                ),
                measure_acc=(
                    "гранты на совместные проекты бизнеса и науки",
                    "grants for joint business and research projects",
                ),
                amount=("50 млн рублей", "50 million roubles"),
                audience=(
                    "консорциумы компаний с вузами и научными институтами",
                    "consortia of companies with universities and research institutes",
                ),
            ),
        ),
    ),
    _NewsTemplate(
        key="technopark-opens",
        topics=("technoparks", "industry"),
        title=Text("В {where} открылся технопарк «{name}»", "{name} technopark opens in {where}"),
        lead=Text(
            "Специализация нового технопарка площадью {area} — {focus}.",
            "The new {area} technopark specialises in {focus}.",
        ),
        body=(
            _p(
                "Первыми резидентами технопарка стали {residents}; ещё несколько заявок находятся "
                "на рассмотрении.",
                "The technopark's first residents are {residents}, and several more applications "
                "are under review.",
            ),
            _p(
                "Резиденты получают налоговые льготы и доступ к центру коллективного пользования с "
                "испытательным оборудованием.",
                "Residents receive tax benefits and access to a shared equipment centre with "
                "testing facilities.",
            ),
            _h("Как стать резидентом", "How to become a resident"),
            _p(
                "Заявки на размещение принимает управляющая компания технопарка; свободные "
                "помещения опубликованы в разделе мер поддержки.",
                "The technopark's management company accepts applications for space; available "
                "premises are listed in the support measures section.",
            ),
        ),
        stories=(
            _story(
                "elma-2-zelenograd",
                where=("Зеленограде", "Zelenograd"),
                name=("Элма-2", "Elma-2"),
                area=("42 тысячи квадратных метров", "42,000-square-metre"),
                focus=("микроэлектроника и приборостроение", "microelectronics and instrument making"),
                residents=("18 компаний", "18 companies"),
            ),
            _story(
                "technograd-pechatniki",
                where=("Печатниках", "Pechatniki"),
                name=("Техноград-Юг", "Technograd-South"),
                area=("27 тысяч квадратных метров", "27,000-square-metre"),
                focus=("фармацевтика и медицинские изделия", "pharmaceuticals and medical devices"),
                residents=("11 компаний", "11 companies"),
            ),
            _story(
                "kommunarka-tech",
                ("science",),
                where=("Новой Москве", "New Moscow"),
                name=("Коммунарка-Тех", "Kommunarka Tech"),
                area=("35 тысяч квадратных метров", "35,000-square-metre"),
                focus=("робототехника и новые материалы", "robotics and new materials"),
                residents=("14 компаний", "14 companies"),
            ),
            _story(
                "strogino-2",
                ("digital",),
                where=("районе Строгино", "the Strogino district"),
                name=("Строгино-2", "Strogino-2"),
                area=("19 тысяч квадратных метров", "19,000-square-metre"),
                focus=("информационные технологии и связь", "information technology and telecommunications"),
                residents=("25 компаний", "25 companies"),
            ),
        ),
    ),
    _NewsTemplate(
        key="export-deals",
        topics=("export", "events"),
        title=Text(
            "Московские компании заключили {deals} на {event}", "Moscow companies sign {deals} at {event}"
        ),
        lead=Text(
            "Московский экспортный центр подвёл итоги: заключены {deals}, проведено более ста "
            "переговоров с покупателями.",
            "The Moscow Export Centre has summed up the results: {deals} signed and more than a "
            "hundred meetings with buyers held.",
        ),
        body=(
            _p(
                "На коллективном стенде Москвы свои решения в области {sectors} представили {companies}.",
                "{companies} presented solutions in {sectors} at the Moscow pavilion.",
            ),
            _p(
                "Экспортный центр взял на себя аренду и застройку стенда, а также организовал "
                "встречи с заранее отобранными покупателями.",
                "The Export Centre covered the stand rental and construction and arranged meetings "
                "with pre-selected buyers.",
            ),
            _p(
                "Ближайшие выставки с коллективным стендом Москвы и условия участия опубликованы в "
                "разделе мер поддержки.",
                "Upcoming fairs with a Moscow pavilion and the terms of participation are listed "
                "in the support measures section.",
            ),
        ),
        stories=(
            _story(
                "gitex-dubai",
                ("digital",),
                event=("выставке GITEX Global в Дубае", "GITEX Global in Dubai"),
                deals=("контракты на 1,2 млрд рублей", "contracts worth 1.2 billion roubles"),
                companies=("26 компаний", "Twenty-six companies"),
                sectors=(
                    "искусственного интеллекта и кибербезопасности",
                    "artificial intelligence and cybersecurity",
                ),
            ),
            _story(
                "tashkent-mission",
                event=("бизнес-миссии в Ташкенте", "a business mission to Tashkent"),
                deals=("соглашения на 640 млн рублей", "agreements worth 640 million roubles"),
                companies=("19 компаний", "Nineteen companies"),
                sectors=(
                    "строительных технологий и агропромышленности",
                    "construction technology and agriculture",
                ),
            ),
            _story(
                "arab-health-dubai",
                event=("выставке Arab Health в Дубае", "Arab Health in Dubai"),
                deals=("контракты на 870 млн рублей", "contracts worth 870 million roubles"),
                companies=("28 компаний", "Twenty-eight companies"),
                sectors=("медицинских изделий и телемедицины", "medical devices and telemedicine"),
            ),
            _story(
                "ciie-shanghai",
                ("industry",),
                event=("выставке CIIE в Шанхае", "CIIE in Shanghai"),
                deals=("контракты на 2,3 млрд рублей", "contracts worth 2.3 billion roubles"),
                companies=("45 компаний", "Forty-five companies"),
                sectors=("пищевой промышленности и химии", "food processing and chemicals"),
            ),
        ),
    ),
    _NewsTemplate(
        key="startup-raises",
        topics=("startups", "investments"),
        title=Text("Стартап «{name}» привлёк {amount} инвестиций", "{name} start-up raises {amount}"),
        lead=Text(
            "Московский разработчик {product} закрыл инвестиционный раунд.",
            "The Moscow developer of {product} has closed a funding round.",
        ),
        body=(
            _p(
                "Средства пойдут на расширение команды, сертификацию продукта и выход на новые "
                "рынки. Ведущий инвестор раунда — {investor}.",
                "The money will go towards expanding the team, certifying the product and entering "
                "new markets. The round was led by {investor}.",
            ),
            _p(
                "Компания — выпускник акселератора Moscow Seed и резидент одного из городских "
                "технопарков; ранее она прошла пилотное тестирование при поддержке Агентства "
                "инноваций Москвы.",
                "The company is a Moscow Seed accelerator graduate and a resident of a city "
                "technopark; earlier it ran a pilot with the support of the Moscow Innovation "
                "Agency.",
            ),
        ),
        stories=(
            _story(
                "neuroscan",
                ("digital",),
                name=("Нейроскан", "Neuroscan"),
                amount=("120 млн рублей", "120 million roubles"),
                product=("системы анализа КТ-снимков с помощью ИИ", "an AI system for analysing CT scans"),
                investor=("венчурный фонд «Восход Капитал»", "the Voskhod Capital venture fund"),
            ),
            _story(
                "agroritm",
                name=("Агроритм", "Agroritm"),
                amount=("45 млн рублей", "45 million roubles"),
                product=("платформы точного земледелия", "a precision farming platform"),
                investor=("агрохолдинг «Зелёная долина»", "the Green Valley agricultural holding"),
            ),
            _story(
                "katod",
                ("industry",),
                name=("Катод", "Katod"),
                amount=("300 млн рублей", "300 million roubles"),
                product=("натрий-ионных аккумуляторов", "sodium-ion batteries"),
                investor=("промышленный холдинг «Энергосфера»", "the Energosfera industrial holding"),
            ),
            _story(
                "paylink",
                name=("ПэйЛинк", "PayLink"),
                amount=("80 млн рублей", "80 million roubles"),
                product=(
                    "сервиса мгновенных платежей для малого бизнеса",
                    "an instant payment service for small businesses",
                ),
                investor=("синдикат бизнес-ангелов", "a syndicate of business angels"),
            ),
        ),
    ),
    _NewsTemplate(
        key="research-result",
        topics=("science",),
        title=Text(
            "{team} и резиденты кластера представили {result}", "{team} and cluster members present {result}"
        ),
        lead=Text(
            "Разработка создана по гранту на совместные проекты бизнеса и науки и уже проходит "
            "испытания у индустриального партнёра.",
            "The development was created under a grant for joint business and research projects "
            "and is already being tested by an industrial partner.",
        ),
        body=(
            _p("По словам авторов, {benefit}.", "According to the authors, {benefit}."),
            _p(
                "Серийное производство планируется развернуть в Москве; команда уже подала заявку "
                "на патент при поддержке городской субсидии.",
                "Serial production is planned in Moscow; the team has already filed a patent "
                "application with the help of a city subsidy.",
            ),
        ),
        stories=(
            _story(
                "misis-alloy",
                ("industry",),
                team=("Учёные университета МИСИС", "MISIS University scientists"),
                result=("новый сплав для аддитивного производства", "a new alloy for additive manufacturing"),
                benefit=(
                    "сплав на 20% легче аналогов и выдерживает нагрев до 900 градусов",
                    "the alloy is 20% lighter than its counterparts and withstands temperatures of "
                    "up to 900 degrees",
                ),
            ),
            _story(
                "mipt-sensor",
                team=("Исследователи МФТИ", "MIPT researchers"),
                result=(
                    "отечественный датчик для промышленных роботов",
                    "a Russian-made sensor for industrial robots",
                ),
                benefit=(
                    "датчик втрое дешевле импортных аналогов",
                    "the sensor costs a third as much as imported equivalents",
                ),
            ),
            _story(
                "sechenov-sepsis-test",
                team=("Специалисты Сеченовского университета", "Sechenov University specialists"),
                result=(
                    "тест-систему для ранней диагностики сепсиса",
                    "a test system for early sepsis diagnosis",
                ),
                benefit=(
                    "тест даёт результат за 40 минут вместо суток",
                    "the test gives a result in 40 minutes instead of a day",
                ),
            ),
            _story(
                "catalyst-recycling",
                ("industry",),
                team=(
                    "Химики Института органической химии РАН",
                    "Chemists from the RAS Institute of Organic Chemistry",
                ),
                result=(
                    "катализатор для переработки пластиковых отходов",
                    "a catalyst for recycling plastic waste",
                ),
                benefit=(
                    "катализатор позволяет перерабатывать смешанные отходы без предварительной сортировки",
                    "the catalyst makes it possible to recycle mixed waste without sorting it first",
                ),
            ),
        ),
    ),
    _NewsTemplate(
        key="registration-open",
        topics=("events",),
        title=Text("Открыта регистрация на {event}", "Registration opens for {event}"),
        lead=Text(
            "{name} пройдёт {place}; участие бесплатное по предварительной регистрации.",
            "{name} will take place {place}; participation is free with prior registration.",
        ),
        body=(
            _p("В программе — {programme}.", "The programme includes {programme}."),
            _p(
                "Зарегистрироваться можно в разделе «Мероприятия» на платформе «Инновации в "
                "Москве»; число мест ограничено.",
                "You can register in the Events section of the Innovation in Moscow platform; "
                "places are limited.",
            ),
        ),
        stories=(
            _story(
                "innovation-forum",
                ("investments",),
                event=("Московский инновационный форум", "the Moscow Innovation Forum"),
                name=("Московский инновационный форум", "The Moscow Innovation Forum"),
                place=("в Центре международной торговли", "at the World Trade Center Moscow"),
                programme=(
                    "пленарная сессия с участием руководителей города, питч-сессии стартапов и "
                    "встречи с инвесторами",
                    "a plenary session with city leaders, start-up pitch sessions and meetings "
                    "with investors",
                ),
            ),
            _story(
                "city-technologies-conference",
                ("digital",),
                event=("конференцию «Технологии для города»", "the Technologies for the City conference"),
                name=("Конференция «Технологии для города»", "The Technologies for the City conference"),
                place=("на ВДНХ", "at VDNKh"),
                programme=(
                    "дискуссии о беспилотном транспорте, цифровых сервисах ЖКХ и городском "
                    "искусственном интеллекте",
                    "discussions on self-driving transport, digital utility services and "
                    "artificial intelligence in the city",
                ),
            ),
            _story(
                "technoparks-open-day",
                ("technoparks",),
                event=("день открытых дверей технопарков", "the technoparks' open day"),
                name=("День открытых дверей", "The open day"),
                place=("в 12 технопарках Москвы", "at 12 Moscow technoparks"),
                programme=(
                    "экскурсии по лабораториям и производствам, мастер-классы и встречи с резидентами",
                    "tours of laboratories and production lines, workshops and meetings with residents",
                ),
            ),
            _story(
                "digital-industry-hackathon",
                ("industry", "digital"),
                event=("хакатон «Цифровая промышленность»", "the Digital Industry hackathon"),
                name=("Хакатон «Цифровая промышленность»", "The Digital Industry hackathon"),
                place=("в технопарке «Калибр»", "at the Kalibr technopark"),
                programme=(
                    "48 часов работы над задачами промышленных предприятий и призовой фонд 3 млн рублей",
                    "48 hours of work on challenges from industrial companies and a prize fund of "
                    "3 million roubles",
                ),
            ),
        ),
    ),
    _NewsTemplate(
        key="demo-day",
        topics=("startups", "education"),
        title=Text(
            "Демо-день {programme}: {teams} представили продукты инвесторам",
            "{programme} demo day: {teams} pitch to investors",
        ),
        lead=Text("{outcome}", "{outcome}"),
        body=(
            _p(
                "Программа длилась {weeks} и включала работу с трекерами, экспертные сессии и "
                "подготовку к переговорам с заказчиками.",
                "The programme lasted {weeks} and included work with trackers, expert sessions and "
                "preparation for negotiations with customers.",
            ),
            _p(
                "Приём заявок в следующий поток откроется в ближайшие месяцы; условия опубликованы "
                "в разделе мер поддержки.",
                "Applications for the next intake will open in the coming months; the terms are "
                "published in the support measures section.",
            ),
        ),
        stories=(
            _story(
                "moscow-seed",
                ("investments",),
                programme=("акселератора Moscow Seed", "Moscow Seed"),
                teams=("15 команд", "15 teams"),
                weeks=("12 недель", "12 weeks"),
                outcome=(
                    "Пять стартапов получили предложения о посевных инвестициях, ещё семь "
                    "договорились о пилотных проектах.",
                    "Five start-ups received seed investment offers, and seven more agreed on "
                    "pilot projects.",
                ),
            ),
            _story(
                "transport-accelerator",
                programme=("транспортного корпоративного акселератора", "Transport corporate accelerator"),
                teams=("18 команд", "18 teams"),
                weeks=("10 недель", "10 weeks"),
                outcome=(
                    "Девять команд начнут пилотные проекты в метрополитене и на наземном транспорте.",
                    "Nine teams will start pilot projects in the Metro and on surface transport.",
                ),
            ),
            _story(
                "innovators-academy",
                programme=("Академии инноваторов", "Academy of Innovators"),
                teams=("30 команд", "30 teams"),
                weeks=("8 недель", "8 weeks"),
                outcome=(
                    "Выпускники защитили проекты перед экспертами, лучшие получили приглашение в "
                    "акселератор Moscow Seed.",
                    "Graduates defended their projects before experts, and the best were invited "
                    "to the Moscow Seed accelerator.",
                ),
            ),
            _story(
                "university-accelerator",
                ("science",),
                programme=("университетского акселератора", "University accelerator"),
                teams=("26 команд", "26 teams"),
                weeks=("14 недель", "14 weeks"),
                outcome=(
                    "Четыре команды зарегистрировали компании и стали резидентами университетских "
                    "технопарков.",
                    "Four teams registered companies and became residents of university technoparks.",
                ),
            ),
        ),
    ),
    _NewsTemplate(
        key="academy-enrolment",
        topics=("education",),
        title=Text(
            "Академия инноваторов открывает набор на программу «{course}»",
            "Academy of Innovators opens enrolment for {course}",
        ),
        lead=Text(
            "Обучение бесплатное, занятия проходят {format} в течение {duration}.",
            "Tuition is free; classes run {format} for {duration}.",
        ),
        body=(
            _p(
                "Программа рассчитана на {audience}. Слушатели работают над собственными проектами "
                "под руководством наставников-предпринимателей.",
                "The programme is designed for {audience}. Participants work on their own projects "
                "under the guidance of entrepreneur mentors.",
            ),
            _p(
                "Выпускники получают сертификат и преимущество при отборе в акселератор Moscow Seed.",
                "Graduates receive a certificate and an advantage when applying to the Moscow Seed "
                "accelerator.",
            ),
        ),
        stories=(
            _story(
                "entrepreneurship-basics",
                ("startups",),
                course=(
                    "Основы технологического предпринимательства",
                    "Fundamentals of Technology Entrepreneurship",
                ),
                format=("онлайн по вечерам", "online in the evenings"),
                duration=("шести недель", "six weeks"),
                audience=("начинающих предпринимателей и студентов", "new entrepreneurs and students"),
            ),
            _story(
                "sales-for-startups",
                ("startups",),
                course=("Продажи для технологических стартапов", "Sales for Technology Start-ups"),
                format=("очно в кластере «Ломоносов»", "in person at the Lomonosov cluster"),
                duration=("двух месяцев", "two months"),
                audience=(
                    "основателей стартапов с готовым продуктом",
                    "founders of start-ups with a ready product",
                ),
            ),
            _story(
                "ai-in-product",
                ("digital",),
                course=("Искусственный интеллект в продукте", "AI in Your Product"),
                format=("в смешанном формате", "in a blended format"),
                duration=("восьми недель", "eight weeks"),
                audience=("продуктовых менеджеров и разработчиков", "product managers and developers"),
            ),
            _story(
                "science-to-business",
                ("science",),
                course=("Из науки в бизнес", "From Science to Business"),
                format=("по выходным в технопарке «Строгино»", "at weekends at the Strogino technopark"),
                duration=("трёх месяцев", "three months"),
                audience=("научных сотрудников и аспирантов", "researchers and postgraduate students"),
            ),
        ),
    ),
    _NewsTemplate(
        key="new-service",
        topics=("digital",),
        title=Text("На платформе появился сервис «{service}»", "New on the platform: {service}"),
        lead=Text("{what}", "{what}"),
        body=(
            _p(
                "Сервис работает на русском и английском языках и соответствует требованиям "
                "доступности для людей с инвалидностью.",
                "The service works in Russian and English and meets accessibility requirements for "
                "people with disabilities.",
            ),
            _p("{detail}", "{detail}"),
        ),
        stories=(
            _story(
                "measure-finder",
                ("grants",),
                service=("Подбор мер поддержки", "support measure finder"),
                what=(
                    "Ответив на несколько вопросов, компания получит список подходящих грантов, "
                    "субсидий и льгот.",
                    "After answering a few questions, a company gets a list of the grants, "
                    "subsidies and benefits that suit it.",
                ),
                detail=(
                    "Результаты можно отфильтровать по сроку приёма заявок и сумме поддержки.",
                    "The results can be filtered by application deadline and amount of support.",
                ),
            ),
            _story(
                "manufacturer-directory",
                ("industry",),
                service=("Каталог контрактных производителей", "contract manufacturer directory"),
                what=(
                    "В каталоге собраны московские производства, готовые выпускать изделия по "
                    "заказу технологических компаний.",
                    "The directory lists Moscow factories ready to manufacture products to order "
                    "for technology companies.",
                ),
                detail=(
                    "Производителей можно искать по технологиям, оборудованию и району Москвы.",
                    "Manufacturers can be searched by technology, equipment and Moscow district.",
                ),
            ),
            _story(
                "selection-calendar",
                ("grants",),
                service=("Календарь отборов", "selection calendar"),
                what=(
                    "Календарь показывает сроки приёма заявок по всем мерам поддержки и напоминает "
                    "о дедлайнах.",
                    "The calendar shows the application windows of all support measures and sends "
                    "deadline reminders.",
                ),
                detail=(
                    "Подписаться можно на все меры сразу или только на выбранные отрасли.",
                    "You can subscribe to all measures or only to selected industries.",
                ),
            ),
            _story(
                "technopark-account",
                ("technoparks",),
                service=("Личный кабинет резидента технопарка", "technopark resident account"),
                what=(
                    "Резиденты технопарков теперь подают отчёты и заявления на льготы онлайн.",
                    "Technopark residents now submit reports and benefit claims online.",
                ),
                detail=(
                    "Отчётность занимает несколько минут вместо нескольких дней.",
                    "Reporting now takes a few minutes instead of several days.",
                ),
            ),
        ),
    ),
    _NewsTemplate(
        key="serial-production",
        topics=("industry",),
        title=Text(
            "Резидент технопарка запустил серийный выпуск {product}",
            "Technopark resident launches serial production of {product}",
        ),
        lead=Text(
            "Компания «{company}» вложила в производство {investment}, в том числе средства "
            "льготного займа городского фонда.",
            "{company} has invested {investment} in production, including a soft loan from a city fund.",
        ),
        body=(
            _p(
                "Мощность новой линии — {capacity} в год; первые партии уже отгружены заказчикам.",
                "The new line can produce {capacity} a year; the first batches have already been "
                "shipped to customers.",
            ),
            _p("На производстве создано {jobs} рабочих мест.", "The plant has created {jobs} jobs."),
        ),
        stories=(
            _story(
                "machine-tool-controllers",
                ("technoparks",),
                product=("отечественных контроллеров для станков", "Russian-made machine tool controllers"),
                company=("Станкоформ", "Stankoform"),
                investment=("340 млн рублей", "340 million roubles"),
                capacity=("5 тысяч контроллеров", "5,000 controllers"),
                jobs=("120", "120"),
            ),
            _story(
                "patient-monitors",
                ("science",),
                product=("медицинских мониторов пациента", "patient monitors"),
                company=("Кардиотех", "Kardiotekh"),
                investment=("210 млн рублей", "210 million roubles"),
                capacity=("12 тысяч мониторов", "12,000 monitors"),
                jobs=("85", "85"),
            ),
            _story(
                "composite-drone-parts",
                ("investments",),
                product=("композитных деталей для беспилотников", "composite parts for drones"),
                company=("Аэрокомпозит-М", "Aerocomposite-M"),
                investment=("160 млн рублей", "160 million roubles"),
                capacity=("40 тысяч деталей", "40,000 parts"),
                jobs=("60", "60"),
            ),
            _story(
                "electric-bus-chargers",
                ("technoparks",),
                product=("зарядных станций для электробусов", "charging stations for electric buses"),
                company=("Вольтаж", "Voltazh"),
                investment=("95 млн рублей", "95 million roubles"),
                capacity=("800 станций", "800 stations"),
                jobs=("45", "45"),
            ),
        ),
    ),
    _NewsTemplate(
        key="pilot-results",
        topics=("startups", "digital"),
        title=Text(
            "Итоги пилотного тестирования: {solution} внедрят {where}",
            "Pilot results: {solution} to be rolled out {where}",
        ),
        lead=Text(
            "Решение {duration} проходило испытания на городских объектах при поддержке Агентства "
            "инноваций Москвы.",
            "The solution was tested at city sites for {duration} with the support of the Moscow "
            "Innovation Agency.",
        ),
        body=(
            _p("{result}", "{result}"),
            _p(
                "Пилотное тестирование в городе бесплатно для компаний: заявку можно подать в "
                "разделе мер поддержки.",
                "Pilot testing in the city is free for companies: you can apply in the support "
                "measures section.",
            ),
        ),
        stories=(
            _story(
                "road-defects",
                solution=(
                    "систему распознавания дефектов дорожного покрытия",
                    "a road defect detection system",
                ),
                where=("на всех городских дорогах", "on all city roads"),
                duration=("три месяца", "three months"),
                result=(
                    "Ямы и трещины распознавались с точностью 94%, а время реакции дорожных служб "
                    "сократилось вдвое.",
                    "Potholes and cracks were detected with 94% accuracy, and road services' "
                    "response time was halved.",
                ),
            ),
            _story(
                "smart-water-meters",
                solution=("умные счётчики воды", "smart water meters"),
                where=("в 300 многоквартирных домах", "in 300 apartment buildings"),
                duration=("полгода", "six months"),
                result=(
                    "Счётчики сами передают показания и сообщают об утечках, что позволило снизить "
                    "потери воды на 15%.",
                    "The meters send readings automatically and report leaks, which cut water losses by 15%.",
                ),
            ),
            _story(
                "doctor-ai-assistant",
                solution=("ИИ-помощника для врачей", "an AI assistant for doctors"),
                where=("в 46 городских поликлиниках", "in 46 city polyclinics"),
                duration=("четыре месяца", "four months"),
                result=(
                    "Помощник готовит черновик медицинской записи по итогам приёма и экономит "
                    "врачу до семи минут на пациента.",
                    "The assistant drafts the medical record after each appointment, saving "
                    "doctors up to seven minutes per patient.",
                ),
            ),
            _story(
                "vr-physics-labs",
                ("education",),
                solution=("VR-лаборатории по физике", "VR physics labs"),
                where=("в 120 московских школах", "in 120 Moscow schools"),
                duration=("два месяца", "two months"),
                result=(
                    "Ученики, занимавшиеся в VR-лаборатории, лучше справились с практическими "
                    "заданиями по физике.",
                    "Pupils who worked in the VR lab did better on practical physics assignments.",
                ),
            ),
        ),
    ),
    _NewsTemplate(
        key="fund-invests",
        topics=("investments",),
        title=Text("{fund} вложил {amount} в {target}", "{fund} invests {amount} in {target}"),
        lead=Text("Инвестиции направят на {purpose}.", "The investment will go towards {purpose}."),
        body=(
            _p(
                "Фонд вкладывает средства в технологические компании ранних стадий вместе с "
                "частными соинвесторами: на каждый рубль фонда приходится не меньше рубля частных "
                "денег.",
                "The fund invests in early-stage technology companies alongside private "
                "co-investors: every rouble from the fund is matched by at least one rouble of "
                "private money.",
            ),
            _p(
                "Заявки на инвестиции принимаются круглый год через платформу «Инновации в Москве».",
                "Investment applications are accepted all year round through the Innovation in "
                "Moscow platform.",
            ),
        ),
        stories=(
            _story(
                "venture-fund-ai",
                ("digital",),
                fund=("Московский венчурный фонд", "The Moscow Venture Fund"),
                amount=("250 млн рублей", "250 million roubles"),
                target=("три стартапа в области ИИ", "three AI start-ups"),
                purpose=("вывод продуктов на рынки стран Азии", "bringing the products to Asian markets"),
            ),
            _story(
                "seed-fund-graduates",
                ("startups",),
                fund=("Фонд посевных инвестиций Москвы", "The Moscow Seed Investment Fund"),
                amount=("90 млн рублей", "90 million roubles"),
                target=("шесть проектов выпускников акселераторов", "six projects by accelerator graduates"),
                purpose=("доработку продуктов и первые продажи", "product refinement and first sales"),
            ),
            _story(
                "industrial-fund-robots",
                ("industry",),
                fund=("Городской фонд промышленных инноваций", "The City Industrial Innovation Fund"),
                amount=("600 млн рублей", "600 million roubles"),
                target=("разработчика промышленных роботов", "an industrial robot developer"),
                purpose=(
                    "запуск серийного производства в Зеленограде",
                    "launching serial production in Zelenograd",
                ),
            ),
            _story(
                "biomedical-fund",
                ("science",),
                fund=("Фонд биомедицинских технологий", "The Biomedical Technology Fund"),
                amount=("400 млн рублей", "400 million roubles"),
                target=("производителя тест-систем", "a test system manufacturer"),
                purpose=(
                    "клинические испытания и расширение лаборатории",
                    "clinical trials and expanding the laboratory",
                ),
            ),
        ),
    ),
    _NewsTemplate(
        key="cluster-milestone",
        topics=("industry",),
        title=Text(
            "Кластер {cluster}: число участников превысило {members}",
            "{cluster} cluster passes {members} members",
        ),
        lead=Text(
            "За год к кластеру присоединились {joined}; большинство новых участников — малые "
            "технологические компании.",
            "{joined} joined the cluster over the year; most of the new members are small "
            "technology companies.",
        ),
        body=(
            _p(
                "Участники кластера получают доступ к базе заказчиков, отраслевым мероприятиям и "
                "приоритетным консультациям по мерам поддержки.",
                "Cluster members get access to a customer database, industry events and priority "
                "advice on support measures.",
            ),
            _p(
                "Вступить в кластер можно бесплатно: достаточно заполнить анкету в личном кабинете.",
                "Joining the cluster is free: just fill in the form in your personal account.",
            ),
        ),
        stories=(
            _story(
                "information-technology-5000",
                ("digital",),
                cluster=("информационных технологий", "Information technology"),
                members=("5000", "5,000"),
                joined=("более 900 компаний", "More than 900 companies"),
            ),
            _story(
                "biotechnology-800",
                ("science",),
                cluster=("биотехнологий и фармацевтики", "Biotechnology and pharmaceuticals"),
                members=("800", "800"),
                joined=("около 150 компаний", "About 150 companies"),
            ),
            _story(
                "robotics-600",
                cluster=("робототехники", "Robotics"),
                members=("600", "600"),
                joined=("120 компаний", "120 companies"),
            ),
            _story(
                "creative-industries-1500",
                ("startups",),
                cluster=("креативных индустрий", "Creative industries"),
                members=("1500", "1,500"),
                joined=("более 300 компаний", "More than 300 companies"),
            ),
        ),
    ),
    _NewsTemplate(
        key="export-growth",
        topics=("export",),
        title=Text(
            "Несырьевой экспорт московских {sector} вырос на {growth}",
            "Non-commodity exports by Moscow {sector} up {growth}",
        ),
        lead=Text(
            "По итогам {period} объём поставок за рубеж составил {volume}.",
            "Over {period}, exports reached {volume}.",
        ),
        body=(
            _p("Основными направлениями поставок стали {markets}.", "The main destinations were {markets}."),
            _p(
                "Московский экспортный центр помогает компаниям с сертификацией, логистикой и "
                "участием в зарубежных выставках; заявки принимаются на платформе.",
                "The Moscow Export Centre helps companies with certification, logistics and "
                "foreign trade fairs; applications are accepted on the platform.",
            ),
        ),
        stories=(
            _story(
                "medical-devices",
                ("industry",),
                sector=("производителей медицинских изделий", "medical device makers"),
                growth=("18%", "18%"),
                period=("девяти месяцев", "the first nine months"),
                volume=("410 млн долларов", "410 million US dollars"),
                markets=("страны Персидского залива и Центральной Азии", "the Gulf states and Central Asia"),
            ),
            _story(
                "it-companies",
                ("digital",),
                sector=("ИТ-компаний", "IT companies"),
                growth=("24%", "24%"),
                period=("полугодия", "the first half of the year"),
                volume=("1,1 млрд долларов", "1.1 billion US dollars"),
                markets=("Индия, Вьетнам и страны СНГ", "India, Vietnam and the CIS countries"),
            ),
            _story(
                "food-producers",
                sector=("пищевых производств", "food producers"),
                growth=("12%", "12%"),
                period=("трёх кварталов", "three quarters"),
                volume=("680 млн долларов", "680 million US dollars"),
                markets=("Китай и Узбекистан", "China and Uzbekistan"),
            ),
            _story(
                "engineering-companies",
                ("industry",),
                sector=("машиностроительных предприятий", "engineering companies"),
                growth=("9%", "9%"),
                period=("года", "the year"),
                volume=("1,6 млрд долларов", "1.6 billion US dollars"),
                markets=("Турция, Казахстан и Беларусь", "Turkey, Kazakhstan and Belarus"),
            ),
        ),
    ),
    _NewsTemplate(
        key="selection-results",
        topics=("grants",),
        title=Text(
            "Подведены итоги отбора: {winners} получат {award}",
            "Selection results: {winners} to receive {award}",
        ),
        lead=Text(
            "Экспертный совет рассмотрел {applications}; общий объём поддержки составит {total}.",
            "The expert council reviewed {applications}; total support will amount to {total}.",
        ),
        body=(
            _p(
                "Чаще всего побеждали проекты в области {areas}.",
                "The most successful projects were in {areas}.",
            ),
            _h("Что дальше", "What happens next"),
            _p(
                "В течение месяца победители подпишут соглашения; компании, не прошедшие отбор, "
                "получат рекомендации экспертов и смогут подать заявку повторно.",
                "Winners will sign agreements within a month; applicants who were not selected "
                "will receive expert feedback and may apply again.",
            ),
        ),
        stories=(
            _story(
                "innovative-products",
                ("startups",),
                winners=("35 компаний", "35 companies"),
                award=(
                    "гранты на разработку инновационной продукции",
                    "innovative product development grants",
                ),
                applications=("410 заявок", "410 applications"),
                total=("520 млн рублей", "520 million roubles"),
                areas=(
                    "искусственного интеллекта, медицинских изделий и новых материалов",
                    "artificial intelligence, medical devices and new materials",
                ),
            ),
            _story(
                "start-programme",
                ("startups", "science"),
                winners=("48 команд", "48 teams"),
                award=("гранты программы «Старт»", "Start programme grants"),
                applications=("600 заявок", "600 applications"),
                total=("190 млн рублей", "190 million roubles"),
                areas=(
                    "биотехнологий, электроники и программного обеспечения",
                    "biotechnology, electronics and software",
                ),
            ),
            _story(
                "shared-equipment-centres",
                ("science",),
                winners=("12 научных центров", "12 research centres"),
                award=(
                    "субсидии на развитие центров коллективного пользования",
                    "subsidies for shared equipment centres",
                ),
                applications=("37 заявок", "37 applications"),
                total=("640 млн рублей", "640 million roubles"),
                areas=(
                    "микроэлектроники, материаловедения и биомедицины",
                    "microelectronics, materials science and biomedicine",
                ),
            ),
            _story(
                "creative-industries",
                ("digital",),
                winners=("60 студий", "60 studios"),
                award=("гранты для креативных индустрий", "creative industries grants"),
                applications=("520 заявок", "520 applications"),
                total=("280 млн рублей", "280 million roubles"),
                areas=(
                    "видеоигр, анимации и образовательных приложений",
                    "video games, animation and educational apps",
                ),
            ),
        ),
    ),
)

_NEWS_SEED = 20_261_126
_NEWS_SPAN_DAYS = 200


def _fill(template: Text, slots: dict[str, Text]) -> Text:
    return Text(
        template.ru.format(**{name: value.ru for name, value in slots.items()}),
        template.en.format(**{name: value.en for name, value in slots.items()}),
    )


def news(today: datetime.date) -> list[NewsData]:
    """The 60 news items of the last ~200 days, newest first."""
    stories = [(template, story) for template in _NEWS_TEMPLATES for story in template.stories]
    rng = random.Random(_NEWS_SEED)
    days_ago = [rng.randint(0, _NEWS_SPAN_DAYS) for _ in stories]
    # Every seventh item shares its day with the one before it: busy days have several news items.
    for index in range(7, len(days_ago), 7):
        days_ago[index] = days_ago[index - 1]
    items = [
        NewsData(
            slug=f"{template.key}-{story.key}",
            title=_fill(template.title, story.slots),
            date=today - datetime.timedelta(days=ago),
            lead=_fill(template.lead, story.slots),
            topics=template.topics + story.topics,
            body=tuple(Section(section.kind, _fill(section.text, story.slots)) for section in template.body),
        )
        for (template, story), ago in zip(stories, days_ago, strict=True)
    ]
    return sorted(items, key=lambda item: (item.date, item.slug), reverse=True)


# --- Standard pages ----------------------------------------------------------------------------------
# The contact details match the site footer that seed_demo fills in.

STANDARD_PAGES = (
    StandardPageData(
        slug="about",
        title=Text("О платформе", "About the platform"),
        intro=Text(
            "imoscow — открытая платформа, на которой инновационные компании Москвы находят меры "
            "государственной поддержки, площадки и партнёров.",
            "imoscow is an open platform where Moscow's innovative companies find state support "
            "measures, premises and partners.",
        ),
        body=(
            _h("Зачем нужна платформа", "Why the platform exists"),
            _p(
                "Меры поддержки предлагают десятки городских и федеральных организаций, и найти "
                "подходящую бывает непросто. Платформа собирает их в одном месте и позволяет "
                "отфильтровать по отрасли, типу поддержки и сроку приёма заявок.",
                "Support measures are offered by dozens of city and federal organisations, and "
                "finding the right one can be hard. The platform gathers them in one place and "
                "lets you filter them by industry, type of support and application deadline.",
            ),
            _h("Что есть на платформе", "What you will find"),
            _p(
                "Каталог мер поддержки с условиями, списками документов и контактами операторов; "
                "страницы двенадцати межотраслевых кластеров Московского инновационного кластера; "
                "новости о новых отборах, мероприятиях и результатах компаний.",
                "A catalogue of support measures with their conditions, document lists and "
                "operators' contacts; pages of the twelve cross-industry clusters of the Moscow "
                "Innovation Cluster; and news about selection rounds, events and companies' "
                "results.",
            ),
            _h("Открытый код и доступность", "Open source and accessibility"),
            _p(
                "Исходный код платформы открыт. Все страницы доступны на русском и английском "
                "языках и разрабатываются с учётом требований доступности WCAG 2.2 уровня AA.",
                "The platform's source code is open. Every page is available in Russian and "
                "English and is built to meet the WCAG 2.2 level AA accessibility requirements.",
            ),
        ),
    ),
    StandardPageData(
        slug="contacts",
        title=Text("Контакты", "Contacts"),
        intro=Text(
            "Как связаться с командой платформы и операторами мер поддержки.",
            "How to reach the platform team and the operators of support measures.",
        ),
        body=(
            _h("Адрес", "Address"),
            _p(
                "123022, Москва, улица 1905 года, дом 7, строение 1. Вход с улицы 1905 года, "
                "пропуск оформляется по паспорту на стойке информации.",
                "Building 1, 7 Ulitsa 1905 Goda, Moscow 123022. The entrance is on Ulitsa 1905 "
                "Goda; visitors receive a pass at the information desk on showing an identity "
                "document.",
            ),
            _h("Телефон и электронная почта", "Phone and email"),
            _p(
                "Единая справочная служба: +7 495 777-77-77. Электронная почта: info@imoscow.example.",
                "Helpline: +7 495 777-77-77. Email: info@imoscow.example.",
            ),
            _h("Часы работы", "Opening hours"),
            _p(
                "С понедельника по четверг с 9:00 до 18:00, в пятницу с 9:00 до 16:45 по "
                "московскому времени; суббота и воскресенье — выходные дни.",
                "Monday to Thursday from 9:00 to 18:00 and Friday from 9:00 to 16:45, Moscow time; "
                "closed on Saturdays and Sundays.",
            ),
            _p(
                "По вопросам конкретной меры поддержки обращайтесь к её оператору: телефон и адрес "
                "электронной почты указаны на странице меры.",
                "For questions about a particular support measure, contact its operator: the phone "
                "number and email address are on the measure's page.",
            ),
        ),
    ),
    StandardPageData(
        slug="privacy",
        title=Text("Политика обработки персональных данных", "Personal data policy"),
        intro=Text(
            "Как платформа обрабатывает и защищает персональные данные пользователей.",
            "How the platform processes and protects its users' personal data.",
        ),
        body=(
            _h("Общие положения", "General provisions"),
            _p(
                "Настоящая политика определяет порядок обработки персональных данных пользователей "
                "платформы и разработана в соответствии с Федеральным законом от 27.07.2006 № "
                "152-ФЗ «О персональных данных».",
                "This policy sets out how the personal data of platform users is processed. It was "
                "prepared in accordance with Federal Law No. 152-FZ of 27 July 2006 on Personal "
                "Data.",
            ),
            _h("Какие данные мы обрабатываем", "What data we process"),
            _p(
                "Имя, адрес электронной почты и номер телефона, которые вы указываете при "
                "регистрации, подписке на рассылку или в форме обратной связи, а также технические "
                "данные: IP-адрес, сведения о браузере и файлы cookie.",
                "The name, email address and phone number you give when registering, subscribing "
                "to newsletters or using the feedback form, as well as technical data: your IP "
                "address, browser details and cookies.",
            ),
            _h("Цели и сроки обработки", "Purposes and retention"),
            _p(
                "Данные используются только для ответов на обращения, рассылки выбранных вами "
                "уведомлений и обеспечения работы сайта. Мы храним их не дольше, чем требуют эти "
                "цели, и не передаём третьим лицам без вашего согласия, кроме случаев, "
                "предусмотренных законом.",
                "Data is used only to answer your enquiries, send the notifications you chose and "
                "keep the site running. We keep it no longer than these purposes require and do "
                "not pass it to third parties without your consent, except where the law requires "
                "it.",
            ),
            _h("Ваши права", "Your rights"),
            _p(
                "Вы можете запросить сведения о своих данных, потребовать их уточнения или "
                "удаления и отозвать согласие на обработку, написав на privacy@imoscow.example. Мы "
                "отвечаем в течение десяти рабочих дней.",
                "You can ask what data we hold about you, have it corrected or deleted, and "
                "withdraw your consent to processing by writing to privacy@imoscow.example. We "
                "reply within ten working days.",
            ),
        ),
    ),
    StandardPageData(
        slug="accessibility",
        title=Text("Заявление о доступности", "Accessibility statement"),
        intro=Text(
            "Мы хотим, чтобы платформой могли пользоваться все, в том числе люди с инвалидностью.",
            "We want everyone, including people with disabilities, to be able to use the platform.",
        ),
        body=(
            _h("Стандарты", "Standards"),
            _p(
                "Платформа разрабатывается в соответствии с рекомендациями WCAG 2.2 уровня AA и "
                "национальным стандартом ГОСТ Р 52872-2019 о доступности интернет-ресурсов для "
                "людей с инвалидностью по зрению.",
                "The platform is developed in line with WCAG 2.2 level AA and the Russian national "
                "standard GOST R 52872-2019 on the accessibility of web resources for people with "
                "visual impairments.",
            ),
            _p(
                "Страницами можно полностью пользоваться с клавиатуры и с программами экранного "
                "доступа, текст увеличивается до 200% без потери содержания, а контрастность "
                "соответствует требованиям стандарта. Версия для слабовидящих (ссылка в шапке "
                "каждой страницы) меняет размер шрифта, цветовую схему, интервалы и отключает "
                "изображения, в том числе без JavaScript.",
                "Pages can be used fully with a keyboard and with screen readers, text can be "
                "enlarged to 200% without losing content, and colour contrast meets the standard. "
                "The version for the visually impaired (linked in the header of every page) changes "
                "the font size, colour scheme and spacing and turns images off, also without "
                "JavaScript.",
            ),
            _p(
                "Каждое изменение проверяется автоматически в браузере: каждый тип страниц на обоих "
                "языках и во всех цветовых схемах проходит проверку axe-core по WCAG 2.2 A и AA, "
                "проверку работы с клавиатуры и видимого фокуса, перестроения при ширине 320 пикселей "
                "и при увеличении текста до 200%, а также разметки для программ экранного доступа.",
                "Every change is checked automatically in a browser: each page type, in both "
                "languages and every colour scheme, is audited with axe-core against WCAG 2.2 A and "
                "AA, checked for keyboard use and visible focus, for reflow at 320 pixels and at 200% "
                "text, and for the markup screen readers rely on.",
            ),
            _h("Известные ограничения", "Known limitations"),
            _p(
                "Некоторые документы операторов мер поддержки опубликованы в формате PDF без "
                "текстового слоя, а в части старых новостей есть изображения без подробного "
                "описания. Мы заменяем такие материалы доступными версиями. Страница серверной "
                "ошибки всегда показывается в обычной версии сайта.",
                "Some documents from support measure operators are published as PDFs without a "
                "text layer, and some older news items contain images without detailed "
                "descriptions. We are replacing such materials with accessible versions. The server "
                "error page is always shown in the usual version of the site.",
            ),
            _h("Как сообщить о проблеме", "How to report a problem"),
            _p(
                "Если вы столкнулись с трудностями, воспользуйтесь формой ниже, напишите на "
                "accessibility@imoscow.example или позвоните по телефону +7 495 777-77-77. "
                "Укажите адрес страницы и опишите "
                "проблему: мы ответим в течение пяти рабочих дней и предоставим информацию в "
                "удобном для вас формате.",
                "If you run into difficulties, use the form below, write to "
                "accessibility@imoscow.example or call +7 495 777-77-77. Give the page address "
                "and describe the problem: we will reply "
                "within five working days and provide the information in a format that suits you.",
            ),
        ),
    ),
)
