// MTA detection and the catalogue against the real lab hosts: the detected
// MTA is the one that runs, and every table the MTA's own tools name is in the
// catalogue, with a file behind it on the host.
#include "labhost.h"
#include "mta/mta.h"
#include "mta/mtadetector.h"
#include "mta/mtasurvey.h"
#include "remote/sshhost.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Mailwarden;
using namespace Mailwarden::Testing;

class TestMtaLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

    std::unique_ptr<SshHost> host(const QString &name)
    {
        const auto lab = labHost(name, m_scratch);
        if (!lab)
            return nullptr;
        return std::make_unique<SshHost>(lab->profile, lab->credentials(), lab->options());
    }

    // What the MTA's own tools say its files are, found independently of our parsers.
    QStringList toolPaths(Host &h, MtaKind kind)
    {
        QByteArrayList argv;
        QRegularExpression pattern;
        switch (kind) {
        case MtaKind::Postfix: // literal TYPE:/path in the explicit settings
            argv = {"sh", "-c", "/usr/sbin/postconf -n"};
            pattern.setPattern(QStringLiteral("\\b(?:hash|lmdb|cdb|btree|regexp|pcre|cidr|texthash):(/[^\\s,]+)"));
            break;
        case MtaKind::Sendmail: // K lines with a file
            argv = {"sh", "-c", "grep '^K' /etc/mail/sendmail.cf"};
            pattern.setPattern(QStringLiteral("^K\\S+\\s+(?:hash|btree|dbm)\\s.*?(/\\S+)$"));
            break;
        default: // qmail: the control directory, without Mailwarden's own backups and journal
            argv = {"sh", "-c",
                "ls /var/qmail/control | grep -v -e '^mailwarden-journal$' -e '[.]mwbak-' "
                "| sed 's|^|/var/qmail/control/|'"};
            pattern.setPattern(QStringLiteral("^(/.+)$"));
            break;
        }
        pattern.setPatternOptions(QRegularExpression::MultilineOption);
        const auto result = h.run(Mailwarden::Command {argv, false, {}, {}}).result();
        if (!result || !result->succeeded())
            return {};
        QStringList out;
        auto it = pattern.globalMatch(QString::fromUtf8(result->out));
        while (it.hasNext()) {
            const QString path = it.next().captured(1);
            if (!out.contains(path))
                out.append(path);
        }
        return out;
    }

private Q_SLOTS:
    void detectAndCatalogue_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<MtaKind>("kind");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("postfix") << QStringLiteral("postfix") << MtaKind::Postfix << 12;
        QTest::newRow("sendmail") << QStringLiteral("sendmail") << MtaKind::Sendmail << 9;
        QTest::newRow("qmail") << QStringLiteral("qmail") << MtaKind::Qmail << 15;
    }

    void detectAndCatalogue()
    {
        QFETCH(QString, name);
        QFETCH(MtaKind, kind);
        QFETCH(int, atLeast);
        const auto h = host(name);
        if (!h)
            MW_SKIP_OR_FAIL(labProblem());

        const auto detection = MtaDetector::detect(*h).result();
        QVERIFY2(detection, why(detection).constData());
        QCOMPARE(mtaKindName(detection->kind), mtaKindName(kind));
        QVERIFY(detection->running);
        QVERIFY2(detection->warnings.isEmpty(), qPrintable(detection->warnings.join(u'\n')));

        const Mta *mta = MtaRegistry::forKind(detection->kind);
        QVERIFY(mta);
        const auto entries = mta->catalogue(*h).result();
        QVERIFY2(entries, why(entries).constData());
        QVERIFY2(entries->size() >= atLeast, qPrintable(QString::number(entries->size())));

        QStringList paths;
        for (const CatalogueEntry &e : *entries) {
            paths.append(e.path);
            if (e.readOnly)
                continue;
            const auto info = h->stat(e.path).result();
            QVERIFY2(info, why(info).constData());
            QVERIFY2(info->exists && info->isRegularFile, qPrintable(e.path + QLatin1String(" is not a file")));
        }
        const QStringList named = toolPaths(*h, kind);
        QVERIFY2(named.size() >= 4, qPrintable(named.join(u' ')));
        for (const QString &path : named)
            QVERIFY2(paths.contains(path), qPrintable(path + QLatin1String(" is missing from the catalogue")));
    }

    // The survey (one round trip for Postfix) gives what detection, catalogue()
    // and options() give one by one: the same MTA, entries and options.
    void surveyEqualsTheSeparateCalls_data() { detectAndCatalogue_data(); }
    void surveyEqualsTheSeparateCalls()
    {
        QFETCH(QString, name);
        QFETCH(MtaKind, kind);
        const auto h = host(name);
        if (!h)
            MW_SKIP_OR_FAIL(labProblem());
        const auto survey = MtaSurvey::survey(*h).result();
        QVERIFY2(survey, why(survey).constData());
        QCOMPARE(mtaKindName(survey->detection.kind), mtaKindName(kind));
        QVERIFY(survey->mta);
        QCOMPARE(mtaKindName(survey->mta->kind()), mtaKindName(kind));
        if (kind == MtaKind::Postfix)
            QCOMPARE(survey->roundTrips, 1);

        const auto detection = MtaDetector::detect(*h).result();
        QVERIFY2(detection, why(detection).constData());
        QCOMPARE(survey->detection.version, detection->version);
        QCOMPARE(survey->detection.reasons, detection->reasons);
        QCOMPARE(survey->detection.warnings, detection->warnings);

        const auto entries = survey->mta->catalogue(*h).result();
        QVERIFY2(entries, why(entries).constData());
        const auto describe = [](const QList<CatalogueEntry> &list) {
            QStringList lines;
            for (const CatalogueEntry &e : list)
                lines.append(QStringList {e.path, e.configuredPath, e.mapType, e.formatType, e.usedBy.join(u','),
                    QString::number(int(e.group)), e.readOnly ? QStringLiteral("ro") : QStringLiteral("rw")}
                        .join(u'|'));
            return lines;
        };
        QCOMPARE(describe(survey->catalogue), describe(*entries));
        QVERIFY(!survey->catalogue.isEmpty());

        const auto options = survey->mta->options(*h).result();
        QVERIFY2(options, why(options).constData());
        QCOMPARE(survey->options.size(), options->size());
        for (qsizetype i = 0; i < options->size(); ++i) {
            if (options->at(i).name == "process_id")
                continue; // postconf's own pid: differs per run
            QVERIFY2(survey->options.at(i) == options->at(i), options->at(i).name.constData());
        }
    }

    // Version awareness: the options offered are exactly the parameters this
    // Postfix knows (postconf -d), the changed ones exactly main.cf's (postconf -n).
    void postfixOptionsAreThisVersions()
    {
        const auto h = host(QStringLiteral("postfix"));
        if (!h)
            MW_SKIP_OR_FAIL(labProblem());
        const auto options = MtaRegistry::forKind(MtaKind::Postfix)->options(*h).result();
        QVERIFY2(options, why(options).constData());
        auto names = [&](const QByteArray &command) {
            const auto r = h->run(Mailwarden::Command {{"sh", "-c", command}, false, {}, {}}).result();
            QSet<QByteArray> out;
            for (const QByteArray &line : r ? r->out.split('\n') : QList<QByteArray>()) {
                if (line.contains(" ="))
                    out.insert(line.left(line.indexOf(" =")));
            }
            return out;
        };
        const QSet<QByteArray> known = names("/usr/sbin/postconf -d"), set = names("/usr/sbin/postconf -n");
        QSet<QByteArray> offered, changed;
        for (const MtaOption &o : *options) {
            offered.insert(o.name);
            if (o.source != MtaOption::Source::Default)
                changed.insert(o.name);
        }
        QVERIFY(known.size() > 900);
        QCOMPARE(offered, known);
        QCOMPARE(changed, set);
        const auto vrfy = std::find_if(
            options->cbegin(), options->cend(), [](const MtaOption &o) { return o.name == "disable_vrfy_command"; });
        QVERIFY(vrfy != options->cend());
        QCOMPARE(vrfy->type, MtaOption::Type::Bool);
        QCOMPARE(vrfy->defaultValue, QByteArray("no"));
        QCOMPARE(vrfy->value, QByteArray("yes"));
        QVERIFY(!vrfy->explanation.isEmpty());
    }

    void qmailAndSendmailOptions()
    {
        const auto q = host(QStringLiteral("qmail"));
        const auto s = host(QStringLiteral("sendmail"));
        if (!q || !s)
            MW_SKIP_OR_FAIL(labProblem());
        const auto qmail = MtaRegistry::forKind(MtaKind::Qmail)->options(*q).result();
        QVERIFY2(qmail, why(qmail).constData());
        QHash<QByteArray, QByteArray> values;
        for (const MtaOption &o : *qmail)
            values.insert(o.name, o.value);
        QCOMPARE(values.value("me"), QByteArray("qmail.lab.test"));
        QVERIFY(values.value("databytes").toLongLong() > 0);
        QCOMPARE(values.value("timeoutsmtpd"), QByteArray("1200")); // not set: qmail's default
        const auto sendmail = MtaRegistry::forKind(MtaKind::Sendmail)->options(*s).result();
        QVERIFY2(sendmail, why(sendmail).constData());
        bool privacy = false;
        for (const MtaOption &o : *sendmail)
            privacy = privacy
                || (o.name == "confPRIVACY_FLAGS" && o.value.contains("authwarnings") && !o.value.contains("dnl"));
        QVERIFY(privacy);
    }
};

QTEST_GUILESS_MAIN(TestMtaLab)
#include "tst_mtalab.moc"
