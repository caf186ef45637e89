// Sendmail's catalogue comes from the sendmail.cf that runs, qmail's from a
// listing of its directories and running tcpservers: the lab hosts' real
// files and listing are the test data (tests/data/mta).
#include "mta/qmailcatalogue.h"
#include "mta/sendmailcatalogue.h"

#include <QFile>
#include <QTest>

using namespace Mailwarden;
using Group = CatalogueEntry::Group;

namespace {

QByteArray dataFile(const QString &name)
{
    QFile file(QStringLiteral(MW_SOURCE_DIR "/tests/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(name));
    return file.readAll();
}

QStringList summary(const QList<CatalogueEntry> &entries)
{
    QStringList out;
    for (const CatalogueEntry &e : entries)
        out.append(
            QStringLiteral("%1:%2 <- %3 [%4]").arg(e.mapType, e.path, e.usedBy.join(QLatin1Char('|')), e.formatType));
    return out;
}

} // namespace

class TestMtaCatalogues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendmailLab()
    {
        const QList<CatalogueEntry> entries
            = SendmailCatalogue::fromCf(dataFile(QStringLiteral("mta/sendmail-lab.cf")));
        const QStringList expected {
            QStringLiteral(":/etc/mail/local-host-names <- Fw [sendmail-list]"),
            QStringLiteral(":/etc/mail/relay-domains <- FR|F{R} [sendmail-list]"),
            QStringLiteral(":/etc/mail/virtual-domains <- F{VirtHost} [sendmail-list]"),
            QStringLiteral(":/etc/mail/generics-domains <- F{G} [sendmail-list]"),
            QStringLiteral("hash:/etc/mail/access <- Kaccess [sendmail-access]"),
            QStringLiteral("hash:/etc/mail/virtusertable <- Kvirtuser [sendmail-map]"),
            QStringLiteral("hash:/etc/mail/mailertable <- Kmailertable [sendmail-map]"),
            QStringLiteral("hash:/etc/mail/genericstable <- Kgenerics [sendmail-map]"),
            QStringLiteral("hash:/etc/mail/aliases <- AliasFile [aliases]"),
        };
        QCOMPARE(summary(entries), expected);
        QCOMPARE(entries[1].group, Group::AccessAndRelay);
        QCOMPARE(entries[4].group, Group::AccessAndRelay);
        QCOMPARE(entries[6].group, Group::Routing);
        QCOMPARE(entries[8].group, Group::Aliases);
        QVERIFY(entries[4].isIndexed());
    }

    // Debian's stock sendmail.cf: the access map, no FEATUREs beyond it.
    void sendmailStock()
    {
        const QStringList list
            = summary(SendmailCatalogue::fromCf(dataFile(QStringLiteral("formats/sendmail/debian-stock-sendmail.cf"))));
        QVERIFY2(list.contains(QStringLiteral("hash:/etc/mail/access <- Kaccess [sendmail-access]")),
            qPrintable(list.join(u'\n')));
        QVERIFY(list.contains(QStringLiteral(":/etc/mail/local-host-names <- Fw [sendmail-list]")));
    }

    void sendmailRows_data()
    {
        QTest::addColumn<QByteArray>("cf");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("maps-without-files") << QByteArray("Karith arith\nKdequote dequote\nKbestmx bestmx -T.\n"
                                                          "Kresolve host -t\nKmacro macro\n")
                                            << QStringList {};
        QTest::newRow("options-and-unknown-map")
            << QByteArray("Kauthinfo hash -o /etc/mail/authinfo\nKlocal btree -o -N /etc/mail/local.db\n"
                          "O AliasFile=/etc/mail/aliases, btree:/etc/mail/more-aliases\n")
            << QStringList {QStringLiteral("hash:/etc/mail/authinfo <- Kauthinfo [sendmail-map]"),
                   QStringLiteral("btree:/etc/mail/local.db <- Klocal []"),
                   QStringLiteral("hash:/etc/mail/aliases <- AliasFile [aliases]"),
                   QStringLiteral("btree:/etc/mail/more-aliases <- AliasFile [aliases]")};
        QTest::newRow("class-from-program-or-nothing")
            << QByteArray("Fw|/usr/bin/list-domains\nF{\nFx\nFw -o\n") << QStringList {};
    }
    void sendmailRows()
    {
        QFETCH(QByteArray, cf);
        QFETCH(QStringList, expected);
        QCOMPARE(summary(SendmailCatalogue::fromCf(cf)), expected);
    }

    void qmailLab()
    {
        const QList<CatalogueEntry> entries
            = QmailCatalogue::fromListing(dataFile(QStringLiteral("mta/qmail-lab-listing.txt")));
        const QStringList list = summary(entries);
        QCOMPARE(entries.size(), 13 + 1 + 35 + 1);
        QVERIFY(
            list.contains(QStringLiteral(":/var/qmail/control/rcpthosts <- qmail-send/qmail-smtpd [qmail-control]")));
        QVERIFY(list.contains(
            QStringLiteral(":/var/qmail/control/smtproutes <- qmail-send/qmail-smtpd [qmail-smtproutes]")));
        QVERIFY(list.contains(QStringLiteral("cdb:/var/qmail/users/assign <- qmail-lspawn [qmail-assign]")));
        QVERIFY(list.contains(QStringLiteral(":/var/qmail/alias/.qmail-postmaster <- qmail-local [qmail-dotqmail]")));
        QCOMPARE(list.last(), QStringLiteral("cdb:/etc/tcp.smtp <- tcpserver -x [qmail-tcprules]"));
        for (const CatalogueEntry &e : entries) {
            if (e.path.endsWith(QLatin1String("/me")) || e.path.endsWith(QLatin1String("/databytes")))
                QCOMPARE(e.group, Group::ControlFiles);
        }
    }

    void qmailHostileListing()
    {
        // names with '/', '..' or relative tcprules paths never become paths
        const QList<CatalogueEntry> entries = QmailCatalogue::fromListing(
            "control ../../etc/shadow\ncontrol .hidden\nalias .qmail-x/../../y\ntcprules relative.cdb\n"
            "tcprules /etc/../etc/shadow.cdb\ntcprules /etc/x.notcdb\nunknown verb\n\ncontrol\n");
        QCOMPARE(summary(entries), QStringList());
    }

    // Backups and the journal that changes leave in control/ and alias/ are no
    // tables; an admin's own "rcpthosts.mwbak" (no timestamp) stays.
    void qmailOwnFilesLeftOut()
    {
        const QList<CatalogueEntry> entries = QmailCatalogue::fromListing(
            "control rcpthosts\ncontrol rcpthosts.mwbak-20261205T071500Z-0a1b2c3d\n"
            "control me.mwbak-20261205T071500Z\ncontrol mailwarden-journal\n"
            "alias .qmail-root\nalias .qmail-root.mwbak-20261205T071500Z-0a1b2c3d\ncontrol rcpthosts.mwbak\n");
        QCOMPARE(summary(entries),
            QStringList({QStringLiteral(":/var/qmail/control/rcpthosts <- qmail-send/qmail-smtpd [qmail-control]"),
                QStringLiteral(":/var/qmail/alias/.qmail-root <- qmail-local [qmail-dotqmail]"),
                QStringLiteral(":/var/qmail/control/rcpthosts.mwbak <- qmail-send/qmail-smtpd [qmail-control]")}));
    }
};

QTEST_GUILESS_MAIN(TestMtaCatalogues)
#include "tst_mtacatalogues.moc"
