#include "core/text/scriptvariants.h"

#include <QCoreApplication>
#include <QString>
#include <opencc/DictEntry.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>
#include <opencc/SerializableDict.hpp>
#include <vector>

namespace PortalDesk {

namespace {

constexpr char32_t Limit = 0x40000; // every CJK block lies below

// Characters OpenCC's tables map to another form but Hong Kong writes as they are.
constexpr char16_t HongKongForms[] = u"群峰恒床秘痴晒粽雇霉炖栖昵羡瓮";
// Characters OpenCC's tables map to another form but Simplified text keeps in set words.
constexpr char16_t SimplifiedForms[] = u"麴醣菸甯摺榘捱吒";

char32_t single(const std::string &utf8)
{
    const QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    const QList<uint> ucs4 = text.toUcs4();
    return ucs4.size() == 1 ? char32_t(ucs4.first()) : 0;
}

struct Tables
{
    std::vector<bool> simplifiedOnly = std::vector<bool>(Limit);
    std::vector<bool> traditionalOnly = std::vector<bool>(Limit);
    QString error;
};

// Marks every single-character key whose conversions do not include itself.
void markKeys(const char *file, std::vector<bool> &marks)
{
    const auto dict = opencc::SerializableDict::NewFromFile<opencc::MarisaDict>(
        std::string(PORTALDESK_OPENCC_DATA) + file);
    for (const auto &entry : *dict->GetLexicon()) {
        const std::string key = entry->Key();
        const char32_t c = single(key);
        if (c == 0 || c >= Limit)
            continue;
        bool self = false;
        for (const std::string &value : entry->Values())
            self = self || value == key;
        if (!self)
            marks[c] = true;
    }
}

// Clears the marks of every single-character value (forms the other table produces).
void clearValues(const char *file, std::vector<bool> &marks)
{
    const auto dict = opencc::SerializableDict::NewFromFile<opencc::MarisaDict>(
        std::string(PORTALDESK_OPENCC_DATA) + file);
    for (const auto &entry : *dict->GetLexicon()) {
        for (const std::string &value : entry->Values()) {
            if (const char32_t c = single(value); c != 0 && c < Limit)
                marks[c] = false;
        }
    }
}

void clear(const char16_t *chars, std::vector<bool> &marks)
{
    for (const char16_t *p = chars; *p; ++p)
        marks[*p] = false;
}

Tables build()
{
    Tables tables;
    try {
        markKeys("STCharacters.ocd2", tables.simplifiedOnly);
        clearValues("STCharacters.ocd2", tables.simplifiedOnly);
        clearValues("HKVariants.ocd2", tables.simplifiedOnly);
        clear(HongKongForms, tables.simplifiedOnly);
        markKeys("TSCharacters.ocd2", tables.traditionalOnly);
        markKeys("HKVariantsRev.ocd2", tables.traditionalOnly);
        clearValues("TSCharacters.ocd2", tables.traditionalOnly);
        clear(SimplifiedForms, tables.traditionalOnly);
    } catch (const std::exception &e) {
        tables.error
            = QCoreApplication::translate("PortalDesk::Text", "cannot load OpenCC character tables: %1")
                  .arg(QString::fromUtf8(e.what()));
    }
    return tables;
}

// Built once (C++ makes a function-local static's initialisation thread-safe) and only
// read afterwards: OpenCC's MarisaDict lookups are const and keep no state, so every
// thread reads the same tables.
const Tables &tables()
{
    static const Tables built = build();
    return built;
}

} // namespace

bool ScriptVariants::isSimplifiedOnly(char32_t c)
{
    return c >= 0x3400 && c < Limit && tables().simplifiedOnly[c];
}

bool ScriptVariants::isTraditionalOnly(char32_t c)
{
    return c >= 0x3400 && c < Limit && tables().traditionalOnly[c];
}

Status ScriptVariants::load()
{
    if (!tables().error.isEmpty())
        return fail(Error::Code::Unsupported, tables().error);
    return {};
}

} // namespace PortalDesk
