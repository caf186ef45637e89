#include "testsupport.h"

#include <QFile>

namespace Mailwarden::Testing {

bool prerequisitesRequired()
{
    auto set = [](const char *name) {
        const QByteArray value = qgetenv(name);
        return !value.isEmpty() && value != "0" && value != "false";
    };
    return set("CI") || set("MAILWARDEN_REQUIRE_LAB");
}

QByteArray testData(const QString &path, QString *error)
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/") + path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("test data %1: %2").arg(file.fileName(), file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace Mailwarden::Testing
