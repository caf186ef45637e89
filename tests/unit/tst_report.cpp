// Report: the tree a ChangeSet run, a probe or an audit writes for the admin.
#include "core/report.h"

#include <QTest>

using namespace Mailwarden;

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tree()
    {
        Report root(QStringLiteral("Apply 1 change to postfix"));
        Report *cas = root.newChild(QStringLiteral("Check /etc/postfix/main.cf is unchanged"));
        cas->setStatus(Report::Status::Done);
        Report *reload = root.newChild(QStringLiteral("postfix reload"));
        reload->addOutput(QStringLiteral("postfix/postfix-script: refreshing the Postfix mail system"));
        reload->addOutput(QStringLiteral("second <line>"));
        reload->setStatus(Report::Status::Failed);
        root.setStatus(Report::Status::Failed);

        QCOMPARE(root.children().size(), 2);
        QCOMPARE(reload->parent(), &root);
        QCOMPARE(reload->output(),
            QStringLiteral("postfix/postfix-script: refreshing the Postfix mail system\nsecond <line>"));
        const QString text = root.toText();
        QVERIFY(text.startsWith(QLatin1String("Apply 1 change to postfix [failed, ")));
        QVERIFY(text.contains(QLatin1String("\n  postfix reload [failed, ")));
        QVERIFY(text.contains(QLatin1String("\n    | second <line>\n")));
        const QString html = root.toHtml();
        QVERIFY(html.contains(QLatin1String("second &lt;line&gt;")));
        QVERIFY(!html.contains(QLatin1String("<line>")));
        QVERIFY(html.contains(QLatin1String("<span class=\"failed\">postfix reload</span>")));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
