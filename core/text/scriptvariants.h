#pragma once

// Which characters belong to one script only, for the lint's script.mixed rule:
// 发 and 们 are Simplified-only (wrong in a zh-Hant-HK article), 發 and 們 are
// Traditional-only (wrong in zh-Hans), 干, 只 and 后 are good in both. Built once from
// OpenCC's character tables, with the forms Hong Kong writes every day (群, 恒, 峰 …)
// kept legal in Traditional text.

#include "core/error.h"

namespace PortalDesk {

class ScriptVariants
{
public:
    static bool isSimplifiedOnly(char32_t c);
    static bool isTraditionalOnly(char32_t c);

    // Loads the tables now; reports missing OpenCC data (the checks then find nothing).
    static Status load();
};

} // namespace PortalDesk
