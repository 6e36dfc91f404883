#include "core/ingest/wireprofile.h"

namespace PortalDesk {

namespace {

// Pieces the profiles' patterns are written with. Copy mixes half- and full-width
// punctuation and every kind of dash, so each piece accepts all of them.
const QString Month
    = QStringLiteral(R"((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[A-Za-z]{0,6}\.?)");
const QString Day = QStringLiteral(R"(\d{1,2}(?:st|nd|rd|th)?)");
const QString Comma = QStringLiteral("[,，、]");
const QString Open = QStringLiteral(R"([(（]\s*)");
const QString Close = QStringLiteral(R"(\s*[)）])");
const QString Slash = QStringLiteral("[/／]");
const QString Sep = QStringLiteral(R"(\s*(?:-{2,3}|—{1,2}|–{1,2}|―|－{1,2}|-)\s*)");
const QString Zones
    = QStringLiteral("HKT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|SGT|JST|KST|"
                     "AEST|AEDT|IST|CST");

// "Mar 4, 2025", "March 4 2025", "4 March 2025", and without the year when `year` is "?".
QString englishDate(const char *year)
{
    return QStringLiteral(R"((?:%1\s*%2(?:\s*%3?\s*\d{4})%4|%2\s+%1(?:\s*%3?\s*\d{4})%4))")
        .arg(Month, Day, Comma, QLatin1StringView(year));
}

QString chineseDate(const char *year)
{
    return QStringLiteral(R"((?:\d{4}\s*年\s*)%1\d{1,2}\s*月\s*\d{1,2}\s*[日號号])")
        .arg(QLatin1StringView(year));
}

QString anyDate(const char *year)
{
    return QStringLiteral("(?<date>%1|%2)").arg(englishDate(year), chineseDate(year));
}

// ", 08:00 ET", " 8:30 a.m. HKT": a time of day after a dateline's date, optional.
QString timeOfDay()
{
    return QStringLiteral(
        R"((?:\s*%1?\s*(?<time>\d{1,2}\s*[:：]\s*\d{2}(?:\s*(?i:[ap]\.?\s?m\.?))?)(?:\s*(?<tz>%2)\b)?)?)")
        .arg(Comma, Zones);
}

// A place in capitals or words ("HONG KONG", "Shenzhen, China"): no digits, slashes or brackets.
const QString Place = QStringLiteral(R"((?<place>[^\s,，/／(（\d][^/／(（\d]{0,80}?))");

// Unicode properties: \\d takes full-width digits (２０２５年３月６日) and \\s every space.
QRegularExpression compile(const QString &pattern)
{
    QRegularExpression expression(pattern, QRegularExpression::UseUnicodePropertiesOption);
    expression.optimize();
    Q_ASSERT_X(expression.isValid(), "WireProfiles", qPrintable(expression.errorString()));
    return expression;
}

// "中新社香港3月6日電（記者李明）", "（美通社香港2025年6月18日電）": the agency first, 電 closing the
// dateline (and the bracket, when it opened with one), a reporter's credit after it.
QRegularExpression serviceDateline(const QString &agencies)
{
    return compile(QStringLiteral(
        R"(^(?<open>[（(]\s*)?(?<agency>%1)\s*(?<place>[^\d\s（）()/／，,。]{0,12}?)\s*)"
        R"(%2\s*[電电](?(<open>)\s*[）)])\s*)"
        R"((?:[（(]\s*(?<byline>(?:本社|本網|本网|特約|特约|實習|实习)?(?:記者|记者|通訊員|通讯员))"
        R"([^（）()]{1,30}?)\s*[）)])?\s*)")
                       .arg(agencies, QStringLiteral("(?<date>%1)").arg(chineseDate("?"))));
}

// "HONG KONG (Reuters) -", "BEIJING, March 6 (Xinhua) --": the agency in brackets after the place.
QRegularExpression bracketDateline(const QString &agencies)
{
    return compile(QStringLiteral(
        R"(^(?<place>[A-Z][^,，/／(（\d]{0,60}?)(?:\s*%1\s*(?<date>%2))?\s*%3(?<agency>%4)%5%6)")
                       .arg(Comma, englishDate("?"), Open, agencies, Close, Sep));
}

QRegularExpression line(const QString &pattern)
{
    return compile(u'^' + pattern + u'$');
}

WireMark mark(WireMark::Role role, const QString &pattern)
{
    return { role, line(pattern) };
}

QList<WireProfile> makeProfiles()
{
    using Role = WireMark::Role;
    QList<WireProfile> profiles;

    // HKSAR Government press releases: no dateline; a title underlined with *****, and
    // "Ends/Thursday, March 6, 2025" + "Issued at HKT 11:05" + "NNNN" (or 完 + the date and
    // 香港時間11時05分) closing the release. The release time is Hong Kong time.
    profiles.append({ QStringLiteral("hksar-gov"), QStringLiteral("HKSAR Government"),
        QStringLiteral("香港特區政府"), QStringLiteral("香港特区政府"),
        { QStringLiteral("HKSAR Government"), QStringLiteral("香港特區政府"), QStringLiteral("香港特区政府"),
            QStringLiteral("政府新聞公報"), QStringLiteral("政府新闻公报") },
        {},
        { mark(Role::Date,
              QStringLiteral(R"((?i:ends)\s*[/／]\s*(?:[A-Za-z]{3,9}\.?\s*%1?\s*)?(?<date>%2)\s*\.?)")
                  .arg(Comma, englishDate(""))),
            mark(Role::Date,
                QStringLiteral(R"((?<date>%1)\s*[（(]\s*(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]\s*[）)])")
                    .arg(chineseDate(""))),
            mark(Role::Time,
                QStringLiteral(
                    R"((?i:issued\s+at)\s*(?<tz>HKT)?\s*(?<time>\d{1,2}\s*[:：.]\s*\d{2}(?:\s*(?i:[ap]\.?\s?m\.?))?))")),
            mark(Role::Time,
                QStringLiteral(R"((?:香港時間|香港时间)\s*(?<time>\d{1,2}\s*[時时:：]\s*\d{1,2}\s*分?))")),
            mark(Role::End, QStringLiteral(R"((?i:ends)\s*\.?)")) },
        QStringLiteral("Hong Kong"), QStringLiteral("香港"), QTimeZone("Asia/Hong_Kong") });

    // GlobeNewswire: "SINGAPORE, March 3, 2025 (GLOBE NEWSWIRE) -- Body".
    profiles.append({ QStringLiteral("globenewswire"), QStringLiteral("GlobeNewswire"),
        QStringLiteral("GlobeNewswire"), QStringLiteral("GlobeNewswire"),
        { QStringLiteral("GlobeNewswire"), QStringLiteral("Globe Newswire") },
        { compile(QStringLiteral(R"(^%1\s*%2\s*%3%4\s*%5(?<agency>(?i:globe\s*newswire))%6%7)")
                      .arg(Place, Comma, anyDate(""), timeOfDay(), Open, Close, Sep)) },
        {}, {}, {}, QTimeZone() });

    // Business Wire: "TOKYO--(BUSINESS WIRE)--Mar 4, 2025--Body", "香港--(美國商業資訊)--".
    profiles.append({ QStringLiteral("businesswire"), QStringLiteral("Business Wire"),
        QStringLiteral("美國商業資訊"), QStringLiteral("美国商业资讯"),
        { QStringLiteral("Business Wire"), QStringLiteral("美國商業資訊"), QStringLiteral("美国商业资讯") },
        { compile(
            QStringLiteral(R"(^(?<place>[^-–—―－/／(（\d\s][^/／(（]{0,80}?)%1%2)"
                           R"((?<agency>(?i:business\s*wire)|美國商業資訊|美国商业资讯)%3%1(?:%4%5%1)?)")
                .arg(Sep, Open, Close, anyDate("?"), timeOfDay())) },
        { mark(Role::Note, QStringLiteral(R"((?i:view\s+source\s+version\s+on\s+businesswire\.com).*)")),
            mark(Role::Note, QStringLiteral(R"(在\s*businesswire\.com\s*上查看源版本.*)")) },
        {}, {}, QTimeZone() });

    // ACN Newswire (and its Japanese sister JCN): "SINGAPORE, Mar 5, 2025 - (ACN Newswire) - Body",
    // closing with its copyright line.
    profiles.append({ QStringLiteral("acn"), QStringLiteral("ACN Newswire"), QStringLiteral("亞太商訊"),
        QStringLiteral("亚太商讯"),
        { QStringLiteral("ACN Newswire"), QStringLiteral("JCN Newswire"), QStringLiteral("亞太商訊"),
            QStringLiteral("亚太商讯") },
        { compile(QStringLiteral(
            R"(^%1\s*%2\s*%3%4%5%6(?<agency>(?i:[AJ]CN\s*Newswire)|亞太商訊|亚太商讯)(?:\s+(?i:via)\s+[^)）]{1,40})?%7%5)")
                      .arg(Place, Comma, anyDate(""), timeOfDay(), Sep, Open, Close)) },
        { mark(Role::End, QStringLiteral(R"((?i:copyright)\s*(?:©\s*)?\d{4}\s*(?i:[AJ]CN\s*Newswire).*)")) },
        {}, {}, QTimeZone() });

    // Agencies whose English dateline puts their name in brackets, and whose Chinese
    // service opens 路透社香港3月6日電.
    const auto agency = [&](const char *key, const QString &en, const QString &hant, const QString &hans,
                            const QStringList &spellings, const QString &englishTags) {
        WireProfile profile { QString::fromLatin1(key), en, hant, hans, spellings, {}, {}, {}, {},
            QTimeZone() };
        profile.datelines.append(bracketDateline(englishTags));
        profile.marks.append(mark(Role::Note,
            QStringLiteral(
                R"([(（]\s*(?i:reporting|writing|additional\s+reporting|editing|compiled)\s+by\b.*[)）])")));
        // "(编审 张三)", "（記者 李明；編輯 王五）": the Chinese services' credits.
        profile.marks.append(mark(Role::Note,
            QStringLiteral(
                R"([(（]\s*(?:编审|編審|编辑|編輯|责任编辑|責任編輯|记者|記者|报道|報道|撰稿|整理|翻译|翻譯)[^()（）]{0,60}[)）])")));
        profile.marks.append(mark(Role::Note,
            QStringLiteral(R"((?:Associated\s+Press|AP|Reuters|AFP)\s+(?i:writers?|reporters?|journalists?|)"
                           R"(correspondents?|photographers?)\b.{0,200}(?i:contributed).{0,60})")));
        return profile;
    };
    WireProfile reuters
        = agency("reuters", QStringLiteral("Reuters"), QStringLiteral("路透社"), QStringLiteral("路透社"),
            { QStringLiteral("Reuters"), QStringLiteral("路透社"), QStringLiteral("路透") },
            QStringLiteral("Reuters|REUTERS"));
    // Reuters' Chinese service: "路透香港3月6日 - ".
    reuters.datelines.append(
        compile(QStringLiteral(R"(^(?<agency>路透社?)\s*(?<place>[^\d\s（）()/／，,。]{0,12}?)\s*)"
                               R"((?<date>%1)%2%3)")
                    .arg(chineseDate("?"), timeOfDay(), Sep)));
    profiles.append(reuters);
    profiles.append(
        agency("ap", QStringLiteral("Associated Press"), QStringLiteral("美聯社"), QStringLiteral("美联社"),
            { QStringLiteral("AP"), QStringLiteral("Associated Press"), QStringLiteral("美聯社"),
                QStringLiteral("美联社") },
            QStringLiteral("AP|Associated Press")));
    profiles.append(agency("afp", QStringLiteral("AFP"), QStringLiteral("法新社"), QStringLiteral("法新社"),
        { QStringLiteral("AFP"), QStringLiteral("法新社") }, QStringLiteral("AFP")));

    // Xinhua and Xinhua Silk Road: "新華社香港6月18日電", "BEIJING, June 18 (Xinhua) --".
    WireProfile xinhua
        = agency("xinhua", QStringLiteral("Xinhua"), QStringLiteral("新華社"), QStringLiteral("新华社"),
            { QStringLiteral("Xinhua"), QStringLiteral("新華社"), QStringLiteral("新华社"),
                QStringLiteral("新華網"), QStringLiteral("新华网") },
            QStringLiteral("Xinhua|XINHUA"));
    profiles.append(xinhua);
    profiles.append({ QStringLiteral("xinhua-silk-road"), QStringLiteral("Xinhua Silk Road"),
        QStringLiteral("新華絲路"), QStringLiteral("新华丝路"),
        { QStringLiteral("Xinhua Silk Road"), QStringLiteral("新華絲路"), QStringLiteral("新华丝路") }, {},
        {}, {}, {}, QTimeZone() });

    // China News Service (中新社, 中新網) and China News Agency (中通社): "中新社香港3月6日電（記者李明）",
    // the story closing with （完） and an editor's line.
    const QList<WireMark> chinaNewsMarks { mark(Role::End,
        QStringLiteral(
            R"(【?[（(]?\s*(?:責任編輯|责任编辑|編輯|编辑|責編|责编)\s*[:：]\s*[^】()（）]{1,20}\s*[)）]?】?)")) };
    profiles.append({ QStringLiteral("chinanews"), QStringLiteral("China News Service"),
        QStringLiteral("中新社"), QStringLiteral("中新社"),
        { QStringLiteral("中新社"), QStringLiteral("中新網"), QStringLiteral("中新网"),
            QStringLiteral("China News Service") },
        {}, chinaNewsMarks, {}, {}, QTimeZone() });
    profiles.append({ QStringLiteral("zhongtongshe"), QStringLiteral("China News Agency"),
        QStringLiteral("中通社"), QStringLiteral("中通社"), { QStringLiteral("中通社") }, {}, chinaNewsMarks,
        {}, {}, QTimeZone() });

    // PR Newswire and 美通社 last: their datelines are the most general forms, "PLACE, date
    // /AGENCY/ --" and "香港2025年6月18日 /美通社/ --", which other services' slashes also use.
    profiles.append({ QStringLiteral("prnewswire"), QStringLiteral("PR Newswire"), QStringLiteral("美通社"),
        QStringLiteral("美通社"),
        { QStringLiteral("PR Newswire"), QStringLiteral("PRNewswire"), QStringLiteral("PR Newswire Asia"),
            QStringLiteral("PRNewswire-AsiaNet"), QStringLiteral("美通社") },
        { compile(QStringLiteral(
              R"(^%1\s*[,，]\s*(?<date>%2)%3\s*(?:%4\s*(?<agency>[^/／]{2,40}?)\s*%4)?(?<sep>%5)?\s*)")
                      .arg(Place, englishDate(""), timeOfDay(), Slash, Sep)),
            compile(QStringLiteral(R"(^(?<place>[^\d/／\s][^\d/／]{0,30}?)?\s*(?<date>%1)%2\s*)"
                                   R"((?:%3\s*(?<agency>[^/／]{2,40}?)\s*%3)?(?<sep>%4)?\s*)")
                        .arg(chineseDate(""), timeOfDay(), Slash, Sep)) },
        {}, {}, {}, QTimeZone() });

    // Every service with a Chinese name can open 「社名 + place + date + 電」.
    QStringList chineseNames;
    for (const WireProfile &profile : std::as_const(profiles)) {
        for (const QString &spelling : profile.spellings) {
            if (!spelling.isEmpty() && spelling.at(0).unicode() >= 0x2E80)
                chineseNames.append(QRegularExpression::escape(spelling));
        }
    }
    profiles.prepend({ QStringLiteral("chinese-service"), {}, {}, {}, {},
        { serviceDateline(chineseNames.join(u'|')) }, {}, {}, {}, QTimeZone() });
    return profiles;
}

WireProfile makeCommon()
{
    using Role = WireMark::Role;
    WireProfile common;
    common.key = QStringLiteral("common");
    common.marks = {
        mark(Role::End, QStringLiteral(R"(N{4})")),
        mark(Role::End, QStringLiteral(R"(#{3})")),
        mark(Role::End, QStringLiteral(R"(_{3,})")),
        mark(Role::End, QStringLiteral(R"([-–—]\s*(?:0|30)\s*[-–—])")),
        mark(Role::End, QStringLiteral(R"([-–—=*]*\s*(?i:ends?)\s*[-–—=*]*)")),
        mark(Role::End, QStringLiteral(R"([-–—=*（(【\[]*\s*完\s*[-–—=*）)】\]]*)")),
        // "Copyright 2025 Example Wire. All rights reserved.", not a photo's "© 2025 Agency".
        mark(Role::End,
            QStringLiteral(
                R"((?:(?i:copyright)\s*)?(?:©|\([cC]\)|(?i:copyright))\s*\d{4}\b.{0,100}(?i:all\s+rights\s+reserved).{0,60})")),
    };
    return common;
}

} // namespace

QString WireProfile::name(Language language) const
{
    switch (language) {
    case Language::En:
        return nameEn;
    case Language::ZhHans:
        return nameHans;
    case Language::ZhHantHK:
        break;
    }
    return nameHant;
}

const QList<WireProfile> &WireProfiles::all()
{
    static const QList<WireProfile> profiles = makeProfiles();
    return profiles;
}

const WireProfile &WireProfiles::common()
{
    static const WireProfile profile = makeCommon();
    return profile;
}

const WireProfile *WireProfiles::byAgency(QStringView agency)
{
    const QString key = agency.toString().remove(u' ').remove(u'　').toLower();
    if (key.isEmpty())
        return nullptr;
    for (const WireProfile &profile : all()) {
        for (const QString &spelling : profile.spellings) {
            if (QString(spelling).remove(u' ').toLower() == key)
                return &profile;
        }
    }
    return nullptr;
}

bool WireProfiles::isBoilerplateHead(QStringView line)
{
    static const QRegularExpression head = compile(QStringLiteral(
        R"(^(?:(?:About|ABOUT)\s+\S.{0,80}|(?:關於|关于)\S.{0,40}|(?:有關|有关)\S.{1,20}(?:簡介|简介|公司|集團|集团))"
        R"(|(?i:forward[-\s]looking\s+statements?|safe\s+harbou?r\s+statements?|cautionary\s+(?:note|statement|language).{0,60})"
        R"(|disclaimer|important\s+(?:notice|information)|notes?\s+to\s+editors?))"
        R"(|前瞻性(?:陳述|陈述|聲明|声明)|免責聲明|免责声明|編者按|编者按)\s*[:：]?$)"));
    if (line.size() > 90)
        return false;
    // A sentence ends with a stop; a company's name may end with "Ltd." or "Inc." all the same.
    static const QRegularExpression company(
        QStringLiteral(R"(\b(?:ltd|inc|co|corp|pte|plc|llc|bhd|limited|s\.a|n\.v|l\.p|ag|se)\.$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QChar last = line.isEmpty() ? QChar() : line.back();
    if (QStringView(u"。!！?？,，;；").contains(last) || (last == u'.' && !company.match(line).hasMatch()))
        return false;
    return head.match(line).hasMatch();
}

bool WireProfiles::isContactHead(QStringView line)
{
    static const QRegularExpression head = compile(QStringLiteral(
        R"(^(?:(?i:(?:(?:media|press|investor|ir|pr|news)\s*(?:relations\s*)?)?(?:contacts?|enquiries|inquiries))"
        R"((?:\s+(?:information|details|for\s+.{1,60}))?)\s*(?:[:：].*)?)"
        R"(|(?i:media\s+relations|investor\s+relations|press\s+office|press\s+contacts?)\s*(?:[:：].*)?)"
        R"(|(?i:for\s+(?:further\s+|more\s+|additional\s+)?(?:media\s+|press\s+|investor\s+)?)"
        R"((?:information|details|enquiries|inquiries).{0,60}(?:contact|reach).{0,20})\s*[:：]?)"
        R"(|(?:傳媒|媒體|媒体|新聞|新闻|投資者|投资者)?(?:查詢|查询|聯絡|联络|聯繫|联系)(?:人|方式|資料|资料|詳情|详情)?\s*(?:[:：].*)?)"
        R"(|(?:如有|如需).{0,12}(?:查詢|查询|詳情|详情).{0,12}(?:聯絡|联络|聯繫|联系|致電|致电).{0,20}[:：]?)$)"));
    return line.size() <= 120 && head.match(line).hasMatch();
}

} // namespace PortalDesk
