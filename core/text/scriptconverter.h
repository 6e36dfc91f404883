#pragma once

// Converts Chinese text between the Hong Kong Traditional and the Simplified editions,
// phrase by phrase with OpenCC (頭髮 → 头发, 一只猫 → 一隻貓), and switches the quotation
// marks to the target edition's. Latin text, numbers, URLs, code and Markdown syntax
// come out exactly as they went in. Safe to call from any thread; the OpenCC
// dictionaries are loaded once, on first use.

#include "core/content/language.h"
#include "core/error.h"

#include <QString>
#include <QStringView>

namespace PortalDesk {

class ScriptConverter
{
public:
    // `from` and `to` are zh-Hant-HK or zh-Hans; the same language returns the text as is.
    // Fails with Unsupported for English and when OpenCC's data cannot be loaded.
    static Result<QString> convert(QStringView text, Language from, Language to);

    static Result<QString> toSimplified(QStringView text)
    {
        return convert(text, Language::ZhHantHK, Language::ZhHans);
    }
    static Result<QString> toTraditional(QStringView text)
    {
        return convert(text, Language::ZhHans, Language::ZhHantHK);
    }

    // Loads both converters now (e.g. before starting worker threads); reports a missing install.
    static Status preload();
    static Status preload(Language to); // only the converter into `to`

    // Names the dictionaries and rules a conversion came from, so text converted and
    // stored earlier is trusted only while they are the same ("opencc 1.1.5 hk2s/s2hk r1").
    static QString fingerprint();
};

} // namespace PortalDesk
