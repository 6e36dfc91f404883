#pragma once

// Look-alike hosts (issue 19): a link whose host mixes scripts the way no real name does
// (a Cyrillic "а" among Latin letters: "pаypal.com"), or spells a Latin-looking word in
// another script entirely ("рау.com" in Cyrillic under a Latin top-level domain), is shown
// in its punycode form, as browsers show it, so an editor sees "xn--pypal-4ve.com" and
// not a name they trust. Built on ICU's spoof checker (UTS #39): each label must be "highly
// restrictive" (one script, or Latin with Han and kana, Bopomofo or Hangul, as 港融.hk is),
// and a label in another script whose confusable skeleton is plain ASCII looks Latin.

#include <QString>
#include <optional>

namespace PortalDesk::HostCheck {

struct LookAlike
{
    QString host; // as written: "pаypal.com"
    QString ace; // as browsers show it: "xn--pypal-4ve.com"
};

// The link's host when it is a look-alike; nothing for an ordinary host, a link without
// one, or one that is not a URL at all.
std::optional<LookAlike> lookAlike(const QString &link);

// "the address's host “pаypal.com” is shown as xn--pypal-4ve.com: it mixes letters of
// different scripts that look alike; check it is the site you mean", translated.
QString warning(const LookAlike &found);

} // namespace PortalDesk::HostCheck
