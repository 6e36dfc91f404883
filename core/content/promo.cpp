#include "core/content/promo.h"

#include "core/content/rules.h"

#include <QCoreApplication>

namespace PortalDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Promo", text);
}
} // namespace

QList<Error> validate(const Promo &promo)
{
    QList<Error> errors;
    auto add = [&errors](const char *field, const QString &message) {
        errors.append(Error::invalid(QString::fromLatin1(field), message));
    };
    if (!Rules::isSafeKey(promo.slot))
        add("slot", tr("“%1” is not a valid slot name, e.g. sidebar.feature").arg(promo.slot));
    if (promo.text.trimmed().isEmpty())
        add("text", tr("the promo text is required"));
    if (promo.link.isEmpty())
        add("link", tr("a link is required"));
    else if (const std::optional<QString> hidden = Rules::hiddenCharacterProblem(promo.link))
        add("link", *hidden);
    else if (!Rules::isWebLink(promo.link) && !Rules::isArticleReference(promo.link))
        add("link", tr("the link must start with https:// or http://, or point to an article"));
    if (!promo.image.isEmpty() && !Rules::isSafeFileName(promo.image))
        add("image", tr("“%1” is not a usable file name").arg(promo.image));
    if (promo.startsAt.isValid() && promo.endsAt.isValid() && promo.endsAt <= promo.startsAt)
        add("ends_at", tr("the schedule must end after it starts"));
    if (!promo.simplifiedOverride.isEmpty() && promo.language != Language::ZhHantHK)
        add("zh_hans_override",
            tr("only a zh-Hant-HK promo has a separate Simplified text; clear it or set the language "
               "back to zh-Hant-HK"));
    if (promo.position < 0)
        add("position", tr("the position cannot be negative"));
    return errors;
}

bool isShowing(const Promo &promo, const QDateTime &moment)
{
    if (!promo.enabled)
        return false;
    if (promo.startsAt.isValid() && moment < promo.startsAt)
        return false;
    return !promo.endsAt.isValid() || moment < promo.endsAt;
}

} // namespace PortalDesk
