#pragma once

// A conversation recorded from a lab server, as "C: " (client) and "S: "
// (server) lines in tests/data/probes (swaks shows sessions the same way).

#include <QByteArrayList>
#include <QFile>
#include <QTest>

namespace Mailwarden::Probes::Testing {

struct RecordedStep {
    bool fromClient = false;
    QByteArray line;
};

inline QList<RecordedStep> loadRecorded(const QString &name)
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/probes/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        // Fails the running test function, not the whole program.
        QTest::qFail(qPrintable(QStringLiteral("missing test data %1").arg(file.fileName())), __FILE__, __LINE__);
        return {};
    }
    QList<RecordedStep> steps;
    for (QByteArray line : file.readAll().split('\n')) {
        if (line.startsWith("C: "))
            steps.append({true, line.mid(3)});
        else if (line.startsWith("S: "))
            steps.append({false, line.mid(3)});
    }
    return steps;
}

/// What the server sent, CRLF-terminated, as it came over the wire.
inline QByteArray serverBytes(const QList<RecordedStep> &steps)
{
    QByteArray bytes;
    for (const RecordedStep &step : steps) {
        if (!step.fromClient)
            bytes += step.line + "\r\n";
    }
    return bytes;
}

} // namespace Mailwarden::Probes::Testing
