#include "formathandler.h"

#include <algorithm>

namespace Mailwarden {

QList<FormatHandler> formatHandlers()
{
    static const QList<FormatHandler> all = [] {
        QList<FormatHandler> list = sharedFormatHandlers();
        list += postfixFormatHandlers();
        list += sendmailFormatHandlers();
        list += qmailFormatHandlers();
        std::sort(
            list.begin(), list.end(), [](const FormatHandler &a, const FormatHandler &b) { return a.type < b.type; });
        return list;
    }();
    return all;
}

const FormatHandler *findFormatHandler(const QString &type)
{
    static const QList<FormatHandler> all = formatHandlers();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const FormatHandler &h) { return h.type == type; });
    return it == all.cend() ? nullptr : &*it;
}

} // namespace Mailwarden
