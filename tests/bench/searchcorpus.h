#pragma once

// The generated portal search_bench searches: Hong Kong financial news in Traditional
// Chinese (seven in ten) and English, the same articles for the same count every time.

#include "core/store/database.h"

namespace SearchCorpus {

// Adds `count` articles (ids a000000…, a quarter of an hour apart from 2022-01-01)
// and four sections, in one transaction; false after printing why.
bool generate(const PortalDesk::DatabasePtr &database, int count);

} // namespace SearchCorpus
