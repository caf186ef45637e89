#include "core/componentversions.h"
#include "versioninfo.h"

#include <QRegularExpression>
#include <QTest>

using namespace Mailwarden;

class TestComponentVersions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void qcaHasOpenSslProvider()
    {
        // The TLS test and the vault need qca-ossl; without it they cannot work.
        QVERIFY2(
            qcaProviders().contains(QStringLiteral("qca-ossl")), qPrintable(qcaProviders().join(QLatin1Char(','))));
    }

    void linesName_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("mailwarden") << QStringLiteral(R"(^Mailwarden \d+\.\d+\.\d+$)");
        QTest::newRow("qt6") << QStringLiteral(R"(^Qt 6\.\d+\.\d+ \(built with 6\.\d+\.\d+\)$)");
        QTest::newRow("qca-with-ossl") << QStringLiteral(R"(^QCA 2\.\d+\.\d+ \(providers: .*qca-ossl.*\)$)");
        QTest::newRow("libssh") << QStringLiteral(R"(^libssh 0\.\d+\.\d+)");
        QTest::newRow("qtkeychain") << QStringLiteral(R"(^QtKeychain \d+\.\d+\.\d+ \()");
        QTest::newRow("ksyntaxhighlighting")
            << QStringLiteral(R"(^KSyntaxHighlighting 6\.\d+\.\d+ \(\d+ definitions\)$)");
    }
    void linesName()
    {
        QFETCH(QString, pattern);
        const QStringList lines = versionLines({syntaxHighlightingComponent()});
        const QRegularExpression re(pattern);
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return re.match(l).hasMatch(); }),
            qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void ksyntaxHighlightingDefinitionsLoaded()
    {
        // "GNU M4" is what sendmail.mc is shown with; the count line must be > 100.
        const QString line
            = versionLines({syntaxHighlightingComponent()}).filter(QStringLiteral("KSyntaxHighlighting")).value(0);
        const int count
            = QRegularExpression(QStringLiteral(R"(\((\d+) definitions\))")).match(line).captured(1).toInt();
        QVERIFY2(count > 100, qPrintable(line));
    }

    void componentLineFormat()
    {
        const QStringList lines = componentLines({{QStringLiteral("A"), QStringLiteral("1"), QString()},
            {QStringLiteral("B"), QStringLiteral("2"), QStringLiteral("x")}});
        QCOMPARE(lines, (QStringList {QStringLiteral("A 1"), QStringLiteral("B 2 (x)")}));
    }
};

QTEST_GUILESS_MAIN(TestComponentVersions)
#include "tst_componentversions.moc"
