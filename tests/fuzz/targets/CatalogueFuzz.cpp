// ISO control catalogue files: parse; an accepted catalogue is sorted and has unique ids.
#include "FuzzTargets.h"

#include "iso/IsoTypes.h"

#include <QSet>

namespace cd::fuzz {

int fuzzIsoCatalogue(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto parsed = iso::Catalogue::fromJson(bytes);
    if (!parsed) {
        CD_FUZZ_CHECK("iso_catalogue", !parsed.message().isEmpty());
        return 0;
    }
    QSet<QString> ids;
    int previous = 0;
    for (const iso::CatalogueControl& c : parsed->controls) {
        const int key = iso::Catalogue::sortKey(c.id);
        CD_FUZZ_CHECK("iso_catalogue", key > previous);
        CD_FUZZ_CHECK("iso_catalogue", !c.titleEn.isEmpty() && !c.titleZh.isEmpty());
        previous = key;
        ids.insert(c.id);
    }
    CD_FUZZ_CHECK("iso_catalogue", ids.size() == parsed->controls.size());
    return 0;
}

} // namespace cd::fuzz
