#pragma once

// One edition of the portal (繁 / 简 / EN): which articles it carries, its fixed
// words, and content turned into its script. The Simplified edition converts
// Traditional text through the text engine (or uses an article's own
// Simplified body); conversions are cached per article version.

#include "core/content/article.h"
#include "core/content/promo.h"
#include "core/error.h"

#include <QJsonObject>
#include <optional>

namespace PortalDesk {

class Edition
{
public:
    explicit Edition(Language language);

    Language language() const { return m_language; }
    QString folder() const; // zh-hant, zh-hans, en
    QString label() const; // 繁, 简, EN
    QJsonObject labels() const;

    // Does an article or promo in `language` appear in this edition?
    bool carries(Language language) const;

    // The article as this edition shows it.
    Result<Article> localise(const Article &article) const;
    Result<Promo> localise(const Promo &promo) const;
    // Text written in `from`, in this edition's script.
    Result<QString> text(const QString &text, Language from) const;
    // A name given per language, in this edition (converting when only Traditional exists).
    QString name(const LocalizedText &names) const;

    // The texts localise() converts, in a fixed order, for keeping a conversion
    // (EditionTextStore); remember() puts such texts back as `article`'s conversion.
    static QStringList texts(const Article &article);
    void remember(const Article &article, const QStringList &texts) const;
    // The conversion localise() made or was given for exactly this article text, if any.
    std::optional<Article> remembered(const Article &article) const;

private:
    Language m_language;
};

} // namespace PortalDesk
