#include "core/text/hostcheck.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <algorithm>
#include <memory>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>

namespace PortalDesk::HostCheck {

namespace {

struct SpoofCloser
{
    void operator()(USpoofChecker *checker) const { uspoof_close(checker); }
};

// One checker for the thread: opening one reads ICU's confusables data.
USpoofChecker *checker()
{
    thread_local std::unique_ptr<USpoofChecker, SpoofCloser> made = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<USpoofChecker, SpoofCloser> opened(uspoof_open(&status));
        if (U_FAILURE(status))
            return std::unique_ptr<USpoofChecker, SpoofCloser>();
        uspoof_setRestrictionLevel(opened.get(), USPOOF_HIGHLY_RESTRICTIVE);
        uspoof_setChecks(
            opened.get(), USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_NUMBERS | USPOOF_INVISIBLE, &status);
        return U_SUCCESS(status) ? std::move(opened) : std::unique_ptr<USpoofChecker, SpoofCloser>();
    }();
    return made.get();
}

const UChar *units(const QString &text)
{
    return reinterpret_cast<const UChar *>(text.utf16());
}

// A label in one script other than Latin, Han, kana and Hangul whose skeleton (what it
// looks like) is plain ASCII letters: "рау" in Cyrillic reads as the Latin "pay".
bool looksLatin(USpoofChecker *spoof, const QString &label)
{
    bool foreign = false;
    for (const char32_t c : label.toUcs4()) {
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(UChar32(c), &status);
        if (script == USCRIPT_COMMON || script == USCRIPT_INHERITED || script == USCRIPT_LATIN)
            continue;
        if (script != USCRIPT_CYRILLIC && script != USCRIPT_GREEK && script != USCRIPT_ARMENIAN)
            return false;
        foreign = true;
    }
    if (!foreign)
        return false;
    UErrorCode status = U_ZERO_ERROR;
    QString skeleton(label.size() * 2 + 8, Qt::Uninitialized);
    const int32_t length = uspoof_getSkeleton(spoof, 0, units(label), int32_t(label.size()),
        reinterpret_cast<UChar *>(skeleton.data()), int32_t(skeleton.size()), &status);
    if (U_FAILURE(status))
        return false;
    skeleton.truncate(length);
    for (const QChar c : std::as_const(skeleton)) {
        if (c.unicode() > 0x7f || !(c.isLetterOrNumber() || c == u'-'))
            return false;
    }
    return true;
}

} // namespace

std::optional<LookAlike> lookAlike(const QString &link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    // Qt shows a host in Unicode only under the top-level domains on its list; the check
    // reads every host in Unicode, and gives the ACE form as browsers would show it.
    const QByteArray ace = url.host(QUrl::EncodeUnicode).toLatin1();
    const QString host = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist);
    if (!url.isValid() || host.isEmpty())
        return std::nullopt;
    USpoofChecker *spoof = checker();
    if (!spoof)
        return std::nullopt;
    const QStringList labels = host.split(u'.');
    // A top-level domain in Latin letters makes a whole label in another script suspect;
    // "пример.рф" is Cyrillic through and through, as its readers expect.
    const bool latinTop = !labels.isEmpty()
        && std::all_of(
            labels.last().cbegin(), labels.last().cend(), [](QChar c) { return c.unicode() < 0x80; });
    bool suspect = false;
    for (const QString &label : labels) {
        if (label.isEmpty())
            continue;
        const bool ascii
            = std::all_of(label.cbegin(), label.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (ascii)
            continue;
        UErrorCode status = U_ZERO_ERROR;
        const int32_t found = uspoof_check2(spoof, units(label), int32_t(label.size()), nullptr, &status);
        if (U_SUCCESS(status) && found != 0) {
            suspect = true;
            break;
        }
        if (latinTop && looksLatin(spoof, label)) {
            suspect = true;
            break;
        }
    }
    if (!suspect)
        return std::nullopt;
    return LookAlike { host, QString::fromLatin1(ace) };
}

QString warning(const LookAlike &found)
{
    return QCoreApplication::translate("PortalDesk::HostCheck",
        "the address's host “%1” is shown as %2, as browsers show it: it mixes letters of different "
        "scripts that look alike; check that it is the site you mean")
        .arg(found.host, found.ace);
}

} // namespace PortalDesk::HostCheck
