#include "mta.h"
#include "postfixmta.h"
#include "qmailmta.h"
#include "sendmailmta.h"

#include <memory>
#include <vector>

namespace Mailwarden {

RemoteResult<QList<FileChange>> Mta::derivedChanges(Host &, const QList<FileChange> &) const
{
    return QList<FileChange>();
}

const Mta *MtaRegistry::forKind(MtaKind kind)
{
    static const std::vector<std::unique_ptr<Mta>> all = [] {
        std::vector<std::unique_ptr<Mta>> list;
        list.push_back(std::make_unique<PostfixMta>());
        list.push_back(std::make_unique<SendmailMta>());
        list.push_back(std::make_unique<QmailMta>());
        return list;
    }();
    for (const auto &mta : all) {
        if (mta->kind() == kind)
            return mta.get();
    }
    return nullptr;
}

} // namespace Mailwarden
