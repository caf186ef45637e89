// The Config tab's forms without a host. main.cf: the model (checked by
// QAbstractItemModelTester) groups what postconf knows and marks what main.cf
// changes; search and "only changed" filter it; each type's control asks for
// exactly the value it shows; the restriction list reorders entry by entry.
// master.cf: services switched on by uncommenting, fields and overrides.
// sendmail.mc: features, defines, daemons and masquerading, one call each.
#include "config/masterform.h"
#include "config/postfixform.h"
#include "config/postfixparametermodel.h"
#include "config/sendmailmcform.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Mailwarden;

namespace {
MtaOption option(const char *name, const char *defaultValue, MtaOption::Type type, bool deprecated = false)
{
    MtaOption o;
    o.name = name;
    o.defaultValue = defaultValue;
    o.value = defaultValue;
    o.type = type;
    o.deprecated = deprecated;
    o.warning = deprecated ? QStringLiteral("support for parameter will be removed") : QString();
    o.explanation = QStringLiteral("what %1 does").arg(QString::fromLatin1(name));
    return o;
}

const QList<MtaOption> kOptions {
    option("myhostname", "localhost", MtaOption::Type::Text),
    option("message_size_limit", "10240000", MtaOption::Type::Size),
    option("disable_vrfy_command", "no", MtaOption::Type::Bool),
    option("maximal_queue_lifetime", "5d", MtaOption::Type::Time),
    option("smtpd_helo_restrictions", "", MtaOption::Type::Restrictions),
    option("transport_maps", "", MtaOption::Type::Tables),
    option("disable_dns_lookups", "no", MtaOption::Type::Bool, true),
};

const QByteArray kMainCf = "# a comment\n"
                           "myhostname = mx.example.org\n"
                           "message_size_limit = 10240000\n"
                           "smtpd_helo_restrictions = permit_mynetworks,\n"
                           "    check_helo_access hash:/etc/postfix/helo_access, reject_invalid_helo_hostname\n"
                           "transport_maps = hash:/etc/postfix/transport\n"
                           "no_such_parameter = 1\n";
} // namespace

class TestConfigForms : public QObject
{
    Q_OBJECT

    // The value the form asks for after \a act (queued), or "" when it asks for none.
    static QByteArray requested(PostfixForm &form, const std::function<void()> &act)
    {
        QSignalSpy spy(&form, &PostfixForm::setRequested);
        act();
        if (!spy.wait(1000))
            return {};
        return spy.first().at(1).toByteArray();
    }

private Q_SLOTS:
    void modelGroupsAndMarks()
    {
        PostfixParameterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setParameters(kOptions, kMainCf);
        const auto *hostname = model.parameter("myhostname");
        QVERIFY(hostname && hostname->set && hostname->changed());
        QCOMPARE(hostname->value, QByteArray("mx.example.org"));
        const auto *size = model.parameter("message_size_limit");
        QVERIFY(size->set && !size->changed()); // set, to the default
        QVERIFY(!model.parameter("disable_vrfy_command")->set);
        QCOMPARE(model.parameter("smtpd_helo_restrictions")->value,
            QByteArray("permit_mynetworks, check_helo_access hash:/etc/postfix/helo_access, "
                       "reject_invalid_helo_hostname"));
        const auto *unknown = model.parameter("no_such_parameter");
        QVERIFY(unknown && !unknown->known);
        QCOMPARE(model.changedCount(), 4); // myhostname, smtpd_helo_restrictions, transport_maps, the unknown
        // groups on top, parameters under them; the unknown last
        QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(), QStringLiteral("Not known to this Postfix"));
        const QModelIndex vrfy = model.indexOf("disable_vrfy_command");
        QCOMPARE(vrfy.parent().data().toString(), QStringLiteral("SMTP server restrictions"));
        QVERIFY(model.indexOf("disable_dns_lookups").data(Qt::DecorationRole).isValid()); // deprecated
        QVERIFY(model.indexOf("myhostname").data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.indexOf("message_size_limit").data(Qt::FontRole).value<QFont>().bold());

        PostfixParameterFilter filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setText(QStringLiteral("queue lifetime"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0, filter.index(0, 0)).data().toString(), QStringLiteral("maximal_queue_lifetime"));
        filter.setText({});
        filter.setOnlyChanged(true);
        int shown = 0;
        for (int g = 0; g < filter.rowCount(); ++g)
            shown += filter.rowCount(filter.index(g, 0));
        QCOMPARE(shown, 4); // the three changed and the unknown one
    }

    void controlsAskForTheirValue()
    {
        PostfixForm form;
        form.resize(1000, 600);
        form.show();
        form.setContent(kOptions, kMainCf);

        QVERIFY(form.select("disable_vrfy_command"));
        auto *boolBox = form.findChild<QComboBox *>(QStringLiteral("boolValue"));
        QVERIFY(boolBox->isVisible());
        QCOMPARE(boolBox->currentData().toByteArray(), QByteArray("no"));
        QCOMPARE(requested(form,
                     [&] {
                         boolBox->setCurrentIndex(0);
                         Q_EMIT boolBox->activated(0);
                     }),
            QByteArray("yes"));

        QVERIFY(form.select("maximal_queue_lifetime"));
        auto *time = form.findChild<QLineEdit *>(QStringLiteral("timeValue"));
        auto *unit = form.findChild<QComboBox *>(QStringLiteral("timeUnit"));
        QVERIFY(time->isVisible());
        QCOMPARE(time->text(), QStringLiteral("5"));
        QCOMPARE(unit->currentData().toByteArray(), QByteArray("d"));
        QCOMPARE(requested(form,
                     [&] {
                         time->setText(QStringLiteral("3"));
                         QTest::keyClick(time, Qt::Key_Return);
                     }),
            QByteArray("3d"));

        QVERIFY(form.select("message_size_limit"));
        auto *number = form.findChild<QLineEdit *>(QStringLiteral("numberValue"));
        QVERIFY(number->isVisible());
        QCOMPARE(requested(form, [&] { QTest::keyClick(number, Qt::Key_Return); }), QByteArray()); // unchanged
        QCOMPARE(requested(form,
                     [&] {
                         number->setText(QStringLiteral("20480000"));
                         form.findChild<QPushButton *>(QStringLiteral("set"))->click();
                     }),
            QByteArray("20480000"));

        // Tables named by the value link into the Tables tab.
        QVERIFY(form.select("transport_maps"));
        auto *tables = form.findChild<QLabel *>(QStringLiteral("tables"));
        QVERIFY(tables->isVisible());
        QVERIFY(tables->text().contains(QLatin1String("href=\"/etc/postfix/transport\"")));
        QSignalSpy open(&form, &PostfixForm::openTableRequested);
        Q_EMIT tables->linkActivated(QStringLiteral("/etc/postfix/transport"));
        QCOMPARE(open.size(), 1);

        QSignalSpy reset(&form, &PostfixForm::resetRequested);
        form.findChild<QPushButton *>(QStringLiteral("reset"))->click();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(reset.first().first().toByteArray(), QByteArray("transport_maps"));
    }

    void restrictionsReorder()
    {
        PostfixForm form;
        form.resize(1000, 600);
        form.show();
        form.setContent(kOptions, kMainCf);
        QVERIFY(form.select("smtpd_helo_restrictions"));
        QCOMPARE(form.restrictionEntries(),
            (QStringList {QStringLiteral("permit_mynetworks"),
                QStringLiteral("check_helo_access hash:/etc/postfix/helo_access"),
                QStringLiteral("reject_invalid_helo_hostname")}));
        auto *list = form.findChild<QListWidget *>(QStringLiteral("restrictions"));
        list->setCurrentRow(2);
        QCOMPARE(requested(form, [&] { form.findChild<QPushButton *>(QStringLiteral("restrictionUp"))->click(); }),
            QByteArray("permit_mynetworks, reject_invalid_helo_hostname, check_helo_access "
                       "hash:/etc/postfix/helo_access"));
        // the new content comes back: the moved entry stays selected
        QByteArray moved = kMainCf;
        moved.replace("smtpd_helo_restrictions = permit_mynetworks,\n"
                      "    check_helo_access hash:/etc/postfix/helo_access, reject_invalid_helo_hostname",
            "smtpd_helo_restrictions = permit_mynetworks, reject_invalid_helo_hostname, check_helo_access "
            "hash:/etc/postfix/helo_access");
        form.setContent(kOptions, moved);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("reject_invalid_helo_hostname"));

        auto *entry = form.findChild<QLineEdit *>(QStringLiteral("newRestriction"));
        list->setCurrentRow(0);
        QCOMPARE(requested(form,
                     [&] {
                         entry->setText(QStringLiteral("reject_non_fqdn_helo_hostname"));
                         QTest::keyClick(entry, Qt::Key_Return);
                     }),
            QByteArray("permit_mynetworks, reject_non_fqdn_helo_hostname, reject_invalid_helo_hostname, "
                       "check_helo_access hash:/etc/postfix/helo_access"));
        form.setContent(kOptions, moved);
        list->setCurrentRow(2);
        QCOMPARE(requested(form, [&] { form.findChild<QPushButton *>(QStringLiteral("restrictionRemove"))->click(); }),
            QByteArray("permit_mynetworks, reject_invalid_helo_hostname"));
    }

    // master.cf: a commented-out service is switched on where it stands (not
    // added again), one that runs already is not started twice, a field and
    // an override change only their own text.
    void masterServices()
    {
        const QByteArray master = "# service type  private unpriv  chroot  wakeup  maxproc command + args\n"
                                  "smtp      inet  n       -       y       -       -       smtpd\n"
                                  "#smtp      inet  n       -       y       -       1       postscreen\n"
                                  "#tlsproxy  unix  -       -       y       -       0       tlsproxy\n"
                                  "#submission inet n       -       y       -       -       smtpd\n"
                                  "#  -o syslog_name=postfix/submission\n"
                                  "pickup    unix  n       -       y       60      1       pickup\n"
                                  "  -o content_filter=\n";
        MasterForm form;
        form.resize(1000, 600);
        form.show();
        QAbstractItemModelTester tester(form.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        form.setContent(master);
        MasterServiceModel *model = form.model();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->index(2, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

        MasterServiceModel::Edit edit;
        QString description;
        connect(&form, &MasterForm::editRequested, this, [&](const MasterServiceModel::Edit &e, const QString &d) {
            edit = e;
            description = d;
        });
        const auto applied = [&](const std::function<void()> &act) -> QByteArray {
            edit = {};
            act();
            if (!QTest::qWaitFor([&] { return bool(edit); }, 1000))
                return {};
            auto cf = PostfixMasterCf::parse(master, QStringLiteral("master.cf"));
            return cf && edit(*cf) ? cf->toBytes() : QByteArray("refused");
        };

        // the running smtp/inet is not started a second time through postscreen's commented line
        QVERIFY(!model->setData(model->index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QByteArray on = master;
        on.replace("#submission inet", "submission inet").replace("#  -o syslog", "  -o syslog");
        QCOMPARE(applied([&] { QVERIFY(model->setData(model->index(3, 0), Qt::Checked, Qt::CheckStateRole)); }), on);
        QVERIFY(description.contains(QLatin1String("submission")));
        QByteArray wakeup = master;
        wakeup.replace("unix  n       -       y       60      1       pickup",
            "unix  n       -       y       30      1       pickup");
        QCOMPARE(applied([&] {
            QVERIFY(model->setData(model->index(4, MasterServiceModel::Wakeup), QStringLiteral("30")));
        }),
            wakeup);

        QVERIFY(form.select("pickup", "unix"));
        QCOMPARE(form.overrides(), QStringList {QStringLiteral("content_filter=")});
        auto *field = form.findChild<QLineEdit *>(QStringLiteral("override"));
        QByteArray overridden = master;
        overridden.replace(
            "  -o content_filter=\n", "  -o content_filter=\n  -o receive_override_options=no_milters\n");
        const QByteArray withOverride = applied([&] {
            field->setText(QStringLiteral("receive_override_options=no_milters"));
            form.findChild<QPushButton *>(QStringLiteral("setOverride"))->click();
        });
        QVERIFY2(withOverride.contains("-o receive_override_options=no_milters"), withOverride.constData());
        QVERIFY(withOverride.startsWith(master.left(master.indexOf("pickup"))));
    }

    void sendmailMc()
    {
        const QByteArray mc = "divert(-1)dnl\ninclude(`/usr/share/sendmail/cf/m4/cf.m4')dnl\n"
                              "define(`confPRIVACY_FLAGS', `authwarnings,novrfy')dnl\n"
                              "DAEMON_OPTIONS(`Family=inet, Name=MTA-v4, Port=smtp, Addr=127.0.0.1')dnl\n"
                              "FEATURE(`access_db')dnl\n"
                              "FEATURE(`dnsbl', `a.example.net')dnl\n"
                              "FEATURE(`dnsbl', `b.example.net')dnl\n"
                              "MASQUERADE_AS(`example.org')dnl\n"
                              "MAILER(`local')dnl\nMAILER(`smtp')dnl\n";
        SendmailMcForm form;
        form.resize(1000, 700);
        form.show();
        form.setContent(mc);
        QCOMPARE(form.features(),
            (QStringList {QStringLiteral("access_db"), QStringLiteral("dnsbl(a.example.net)"),
                QStringLiteral("dnsbl(b.example.net)")}));
        QCOMPARE(form.defines(), QStringList {QStringLiteral("confPRIVACY_FLAGS=authwarnings,novrfy")});
        QCOMPARE(
            form.daemonOptions(), QStringList {QStringLiteral("Family=inet, Name=MTA-v4, Port=smtp, Addr=127.0.0.1")});
        QCOMPARE(form.masqueradeAs(), QStringLiteral("example.org"));
        QVERIFY(!SendmailMcForm::explanation(QStringLiteral("virtusertable")).isEmpty());

        FormEdit edit;
        connect(&form, &SendmailMcForm::editRequested, this, [&](const FormEdit &e, const QString &) { edit = e; });
        const auto result = [&](const std::function<void()> &act) -> std::expected<FileChange, QString> {
            edit = {};
            act();
            if (!edit)
                return std::unexpected(QStringLiteral("no edit asked for"));
            return edit(QStringLiteral("/etc/mail/sendmail.mc"), mc);
        };
        auto added = result([&] { form.addFeature(QStringLiteral("virtusertable"), {}); });
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added->after,
            QByteArray(mc).replace("FEATURE(`dnsbl', `b.example.net')dnl\n",
                "FEATURE(`dnsbl', `b.example.net')dnl\nFEATURE(`virtusertable')dnl\n"));
        QVERIFY(!result([&] { form.addFeature(QStringLiteral("access_db"), {}); })); // there already
        auto defined = result([&] { form.setDefine(QStringLiteral("confMAX_DAEMON_CHILDREN"), QStringLiteral("20")); });
        QVERIFY2(defined, qPrintable(defined.error()));
        QVERIFY(defined->after.contains("define(`confMAX_DAEMON_CHILDREN', `20')dnl\n"));
        // m4 would run these: refused with the reason
        const auto hostile
            = result([&] { form.setDefine(QStringLiteral("confDOMAIN_NAME"), QStringLiteral("esyscmd(id)")); });
        QVERIFY(!hostile);
        QVERIFY(!result([&] { form.addFeature(QStringLiteral("dnsbl"), QStringLiteral("x.example')dnl")); }));

        // the second dnsbl goes, the first stays
        auto *features = form.findChild<QTreeWidget *>(QStringLiteral("features"));
        features->setCurrentItem(features->topLevelItem(2));
        auto removed = result([&] { form.findChild<QPushButton *>(QStringLiteral("removeFeature"))->click(); });
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(removed->after, QByteArray(mc).replace("FEATURE(`dnsbl', `b.example.net')dnl\n", ""));

        auto *masquerade = form.findChild<QLineEdit *>(QStringLiteral("masqueradeAs"));
        masquerade->clear();
        auto unmasked = result([&] { form.findChild<QPushButton *>(QStringLiteral("setMasquerade"))->click(); });
        QVERIFY2(unmasked, qPrintable(unmasked.error()));
        QCOMPARE(unmasked->after, QByteArray(mc).replace("MASQUERADE_AS(`example.org')dnl\n", ""));
    }
};

QTEST_MAIN(TestConfigForms)
#include "tst_configforms.moc"
