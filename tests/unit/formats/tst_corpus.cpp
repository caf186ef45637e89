// Every file of ../shared/corpus (see its MANIFEST.tsv) must round-trip
// byte-identically through its parser, and every file whose name ends in
// -invalid must be rejected with a positioned error instead. Documentation
// excerpts (-elided) that elide text with "..." may be rejected too, as the MTA
// would reject them, but only at a line with the elision.
#include "formats/formathandler.h"

#include "testsupport.h"
#include <QDir>
#include <QFile>

#include <QTest>

using namespace Mailwarden;

namespace {

QString corpusDir()
{
    return QStringLiteral(MW_SHARED_DIR "/corpus");
}

// MANIFEST's format column names a folder; a few folders mix types, told apart by name.
QString typeFor(const QString &format, const QString &file)
{
    if (format == QLatin1String("postfix-main-cf"))
        return QStringLiteral("postfix-main");
    if (format == QLatin1String("postfix-master-cf"))
        return QStringLiteral("postfix-master");
    if (format == QLatin1String("postfix-table") || format == QLatin1String("postfix-dynamicmaps-cf"))
        return QStringLiteral("postfix-table");
    if (format == QLatin1String("postfix-regexp-table"))
        return QStringLiteral("postfix-regexp");
    if (format == QLatin1String("sendmail-maps"))
        return QStringLiteral("sendmail-map");
    if (format == QLatin1String("qmail-control")) {
        if (file.contains(QLatin1String("virtualdomains")))
            return QStringLiteral("qmail-virtualdomains");
        if (file.contains(QLatin1String("smtproutes")))
            return QStringLiteral("qmail-smtproutes");
        return QStringLiteral("qmail-control");
    }
    if (format == QLatin1String("qmail-dot-qmail"))
        return QStringLiteral("qmail-dotqmail");
    if (format == QLatin1String("qmail-users-assign"))
        return QStringLiteral("qmail-assign");
    return format; // aliases, sendmail-access, sendmail-mc, qmail-tcprules
}

// Files the MTA's own tool refuses although their names do not end in -invalid.
// They must be rejected; the corpus should rename them.
bool refusedByTheMta(const QString &path)
{
    // tcprules(1) illustrates address matching with placeholder instructions
    // ("joe@127.0.0.1:first"), which tcprules refuses: "unable to parse this line".
    return path.endsWith(QLatin1String("/qmail-tcprules/ucspi-tcp-man-tcprules-examples"));
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("path");
        QFile manifest(corpusDir() + QStringLiteral("/MANIFEST.tsv"));
        if (!manifest.open(QIODevice::ReadOnly))
            MW_SKIP_OR_FAIL(QStringLiteral(
                "../shared/corpus is absent; the corpus test needs the shared folder beside the repository"));
        manifest.readLine(); // header
        int rows = 0;
        while (!manifest.atEnd()) {
            const QList<QByteArray> fields = manifest.readLine().trimmed().split('\t');
            if (fields.size() < 2)
                continue;
            const QString format = QString::fromUtf8(fields[0]), file = QString::fromUtf8(fields[1]);
            QTest::addRow("%s/%s", fields[0].constData(), fields[1].constData())
                << typeFor(format, file) << corpusDir() + QLatin1Char('/') + format + QLatin1Char('/') + file;
            ++rows;
        }
        QVERIFY2(rows > 700, "MANIFEST.tsv lists fewer files than expected");
    }

    void roundTrip()
    {
        QFETCH(QString, type);
        QFETCH(QString, path);
        const FormatHandler *handler = findFormatHandler(type);
        QVERIFY2(handler, qPrintable(QStringLiteral("no parser for type %1").arg(type)));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        const auto written = handler->roundTrip(bytes, path);
        if (path.endsWith(QLatin1String("-invalid")) || refusedByTheMta(path)) {
            QVERIFY2(!written, "an -invalid corpus file was accepted");
            QVERIFY(written.error().line > 0);
            QVERIFY(!written.error().message.isEmpty());
            return;
        }
        if (!written && path.endsWith(QLatin1String("-elided"))) {
            const QByteArray line = bytes.split('\n').value(written.error().line - 1);
            QVERIFY2(line.contains("..."), qPrintable(written.error().toString()));
            return;
        }
        QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
        if (*written != bytes) {
            // Name the first differing line: a byte offset alone is useless to a reader.
            const QList<QByteArray> a = bytes.split('\n'), b = written->split('\n');
            int line = 0;
            while (line < qMin(a.size(), b.size()) && a[line] == b[line])
                ++line;
            QFAIL(qPrintable(QStringLiteral("%1:%2: round trip differs:\n  read:  %3\n  wrote: %4")
                    .arg(path)
                    .arg(line + 1)
                    .arg(QString::fromUtf8(a.value(line)), QString::fromUtf8(b.value(line)))));
        }
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
