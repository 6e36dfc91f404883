#pragma once

// The real wire copy the text tests read (an etnet page with a PR Newswire release),
// and readable QString output in Catch2's failure messages.

#include <QFile>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return '[' + value.join(QStringLiteral("|")).toStdString() + ']';
    }
};
} // namespace Catch

namespace PortalDesk::Test {

inline QString wireFixture()
{
    QFile file(QStringLiteral(PORTALDESK_FIXTURES_DIR "/wire-prnewswire-etnet.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace PortalDesk::Test
