#include "sendmailmcform.h"

#include "mta/mtaedits.h"
#include "mta/sendmailmta.h"
#include "sendmail/sendmailmc.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Mailwarden {

namespace {
struct Known {
    const char *name;
    const char *text;
};

// Our own one-sentence descriptions of the features and defines admins use most.
constexpr Known kFeatures[] = {
    {"access_db", QT_TRANSLATE_NOOP("SendmailMcForm", "Reads the access table: who may relay, who is refused.")},
    {"always_add_domain", QT_TRANSLATE_NOOP("SendmailMcForm", "Adds the domain to local addresses without one.")},
    {"blocklist_recipients",
        QT_TRANSLATE_NOOP(
            "SendmailMcForm", "Lets the access table refuse recipients (To: entries), not only senders.")},
    {"conncontrol",
        QT_TRANSLATE_NOOP("SendmailMcForm", "Limits concurrent connections per client through the access table.")},
    {"delay_checks",
        QT_TRANSLATE_NOOP(
            "SendmailMcForm", "Delays the client and sender checks until RCPT, so postmaster can still be reached.")},
    {"dnsbl", QT_TRANSLATE_NOOP("SendmailMcForm", "Refuses clients listed on a DNS blocklist (argument: the list).")},
    {"enhdnsbl", QT_TRANSLATE_NOOP("SendmailMcForm", "Like dnsbl, with a choice of which answers count.")},
    {"genericstable", QT_TRANSLATE_NOOP("SendmailMcForm", "Rewrites outgoing sender addresses through a table.")},
    {"greet_pause",
        QT_TRANSLATE_NOOP(
            "SendmailMcForm", "Waits this many milliseconds before greeting; clients that talk first are refused.")},
    {"local_procmail", QT_TRANSLATE_NOOP("SendmailMcForm", "Delivers local mail through procmail.")},
    {"mailertable", QT_TRANSLATE_NOOP("SendmailMcForm", "Routes domains to chosen mailers and hosts.")},
    {"masquerade_entire_domain",
        QT_TRANSLATE_NOOP("SendmailMcForm", "Masquerades hosts of the masqueraded domains too.")},
    {"masquerade_envelope",
        QT_TRANSLATE_NOOP("SendmailMcForm", "Masquerades the envelope sender, not only the headers.")},
    {"nouucp", QT_TRANSLATE_NOOP("SendmailMcForm", "Treats ! in addresses as an ordinary character (no UUCP).")},
    {"ratecontrol",
        QT_TRANSLATE_NOOP("SendmailMcForm", "Limits connections per client and minute through the access table.")},
    {"redirect", QT_TRANSLATE_NOOP("SendmailMcForm", "Answers mail to user.REDIRECT with the user's new address.")},
    {"relay_entire_domain",
        QT_TRANSLATE_NOOP("SendmailMcForm", "Relays for every host of the local domains: wider than you may want.")},
    {"smrsh",
        QT_TRANSLATE_NOOP("SendmailMcForm", "Runs programs from .forward and aliases through the restricted shell.")},
    {"use_ct_file", QT_TRANSLATE_NOOP("SendmailMcForm", "Reads trusted users from trusted-users.")},
    {"use_cw_file", QT_TRANSLATE_NOOP("SendmailMcForm", "Reads the local host names from local-host-names.")},
    {"virtusertable",
        QT_TRANSLATE_NOOP("SendmailMcForm", "Maps virtual domains' addresses to local users or other addresses.")},
};

constexpr Known kDefines[] = {
    {"SMART_HOST", QT_TRANSLATE_NOOP("SendmailMcForm", "The host all outgoing mail is relayed through.")},
    {"confAUTH_MECHANISMS", QT_TRANSLATE_NOOP("SendmailMcForm", "The SASL mechanisms offered to clients.")},
    {"confAUTH_OPTIONS",
        QT_TRANSLATE_NOOP("SendmailMcForm", "AUTH options; p keeps plain-text passwords off unencrypted sessions.")},
    {"confBAD_RCPT_THROTTLE",
        QT_TRANSLATE_NOOP("SendmailMcForm", "After this many unknown recipients, answers slow down.")},
    {"confCACERT", QT_TRANSLATE_NOOP("SendmailMcForm", "The CA certificate file for TLS.")},
    {"confCACERT_PATH", QT_TRANSLATE_NOOP("SendmailMcForm", "The directory of CA certificates for TLS.")},
    {"confCONNECTION_RATE_THROTTLE",
        QT_TRANSLATE_NOOP("SendmailMcForm", "Most new connections per second the daemon accepts.")},
    {"confDOMAIN_NAME",
        QT_TRANSLATE_NOOP("SendmailMcForm", "The host's full name ($j), when detection gets it wrong.")},
    {"confLOG_LEVEL", QT_TRANSLATE_NOOP("SendmailMcForm", "How much Sendmail logs (9 is the default).")},
    {"confMAX_DAEMON_CHILDREN", QT_TRANSLATE_NOOP("SendmailMcForm", "Most SMTP sessions at once (0: no limit).")},
    {"confMAX_MESSAGE_SIZE", QT_TRANSLATE_NOOP("SendmailMcForm", "The largest message accepted, in bytes.")},
    {"confMAX_RCPTS_PER_MESSAGE", QT_TRANSLATE_NOOP("SendmailMcForm", "Most recipients per message.")},
    {"confPRIVACY_FLAGS",
        QT_TRANSLATE_NOOP("SendmailMcForm", "PrivacyOptions: what Sendmail refuses to tell (see the Privacy tab).")},
    {"confQUEUE_LA", QT_TRANSLATE_NOOP("SendmailMcForm", "Above this load, mail is queued instead of delivered.")},
    {"confREFUSE_LA", QT_TRANSLATE_NOOP("SendmailMcForm", "Above this load, new connections are refused.")},
    {"confSERVER_CERT", QT_TRANSLATE_NOOP("SendmailMcForm", "The server's TLS certificate: STARTTLS needs it.")},
    {"confSERVER_KEY", QT_TRANSLATE_NOOP("SendmailMcForm", "The private key of the server's certificate.")},
    {"confSMTP_LOGIN_MSG", QT_TRANSLATE_NOOP("SendmailMcForm", "The greeting after 220 (see the Privacy tab).")},
    {"confTO_IDENT", QT_TRANSLATE_NOOP("SendmailMcForm", "How long to wait for an ident answer (0: do not ask).")},
    {"confTO_QUEUERETURN", QT_TRANSLATE_NOOP("SendmailMcForm", "How long undeliverable mail stays queued.")},
    {"confTO_QUEUEWARN", QT_TRANSLATE_NOOP("SendmailMcForm", "When the sender is warned that mail is delayed.")},
};

QTreeWidget *twoColumns(const QString &first, const QString &second, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels({first, second});
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->setMinimumHeight(tree->fontMetrics().height() * 7);
    return tree;
}
} // namespace

QString SendmailMcForm::explanation(const QString &name)
{
    for (const Known &k : kFeatures) {
        if (name == QLatin1String(k.name))
            return tr(k.text);
    }
    for (const Known &k : kDefines) {
        if (name == QLatin1String(k.name))
            return tr(k.text);
    }
    return {};
}

SendmailMcForm::SendmailMcForm(QWidget *parent)
    : QWidget(parent)
    , m_features(twoColumns(tr("Feature"), tr("Arguments"), this))
    , m_featureName(new QComboBox(this))
    , m_featureArgs(new QLineEdit(this))
    , m_defines(twoColumns(tr("Define"), tr("Value"), this))
    , m_defineName(new QComboBox(this))
    , m_defineValue(new QLineEdit(this))
    , m_daemons(new QListWidget(this))
    , m_daemonEntry(new QLineEdit(this))
    , m_masquerade(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("SendmailMcForm"));
    m_features->setObjectName(QStringLiteral("features"));
    m_featureName->setObjectName(QStringLiteral("featureName"));
    m_featureName->setEditable(true);
    for (const Known &k : kFeatures) {
        m_featureName->addItem(QString::fromLatin1(k.name));
        m_featureName->setItemData(m_featureName->count() - 1, tr(k.text), Qt::ToolTipRole);
    }
    m_featureName->setCurrentText({});
    m_featureArgs->setObjectName(QStringLiteral("featureArguments"));
    m_featureArgs->setPlaceholderText(tr("arguments, separated by commas (most features take none)"));
    m_defines->setObjectName(QStringLiteral("defines"));
    m_defineName->setObjectName(QStringLiteral("defineName"));
    m_defineName->setEditable(true);
    for (const Known &k : kDefines) {
        m_defineName->addItem(QString::fromLatin1(k.name));
        m_defineName->setItemData(m_defineName->count() - 1, tr(k.text), Qt::ToolTipRole);
    }
    m_defineName->setCurrentText({});
    m_defineValue->setObjectName(QStringLiteral("defineValue"));
    m_defineValue->setPlaceholderText(tr("value"));
    m_daemons->setObjectName(QStringLiteral("daemonOptions"));
    m_daemons->setMinimumHeight(m_daemons->fontMetrics().height() * 4);
    m_daemonEntry->setObjectName(QStringLiteral("daemonEntry"));
    m_daemonEntry->setPlaceholderText(QStringLiteral("Port=smtp, Addr=127.0.0.1, Name=MTA"));
    m_masquerade->setObjectName(QStringLiteral("masqueradeAs"));
    m_masquerade->setPlaceholderText(tr("example.org (empty: no masquerading)"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);

    const auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    auto *addFeatureButton = button(tr("Add Feature"), "addFeature");
    auto *removeFeatureButton = button(tr("Remove Feature"), "removeFeature");
    auto *setDefineButton = button(tr("Set Define"), "setDefine");
    auto *removeDefineButton = button(tr("Remove Define"), "removeDefine");
    auto *addDaemonButton = button(tr("Add Daemon"), "addDaemon");
    auto *removeDaemonButton = button(tr("Remove Daemon"), "removeDaemon");
    auto *setMasqueradeButton = button(tr("Set Masquerading"), "setMasquerade");

    auto *features = new QGroupBox(tr("Features"), this);
    auto *fl = new QGridLayout(features);
    fl->addWidget(m_features, 0, 0, 1, 3);
    fl->addWidget(m_featureName, 1, 0);
    fl->addWidget(m_featureArgs, 1, 1);
    auto *fb = new QVBoxLayout;
    fb->addWidget(addFeatureButton);
    fb->addWidget(removeFeatureButton);
    fl->addLayout(fb, 1, 2);
    auto *defines = new QGroupBox(tr("Definitions"), this);
    auto *dl = new QGridLayout(defines);
    dl->addWidget(m_defines, 0, 0, 1, 3);
    dl->addWidget(m_defineName, 1, 0);
    dl->addWidget(m_defineValue, 1, 1);
    auto *db = new QVBoxLayout;
    db->addWidget(setDefineButton);
    db->addWidget(removeDefineButton);
    dl->addLayout(db, 1, 2);
    auto *daemons = new QGroupBox(tr("Listening (DAEMON_OPTIONS)"), this);
    auto *nl = new QGridLayout(daemons);
    nl->addWidget(m_daemons, 0, 0, 1, 2);
    nl->addWidget(m_daemonEntry, 1, 0);
    auto *nb = new QVBoxLayout;
    nb->addWidget(addDaemonButton);
    nb->addWidget(removeDaemonButton);
    nl->addLayout(nb, 1, 1);
    auto *masquerade = new QGroupBox(tr("Masquerading (MASQUERADE_AS)"), this);
    auto *ml = new QHBoxLayout(masquerade);
    ml->addWidget(m_masquerade, 1);
    ml->addWidget(setMasqueradeButton);

    auto *content = new QWidget(this);
    auto *cl = new QVBoxLayout(content);
    auto *hint = new QLabel(tr("Each change adds, changes or removes one call of sendmail.mc; the rest stays as "
                               "written. Apply rebuilds sendmail.cf from it with m4."),
        content);
    hint->setWordWrap(true);
    cl->addWidget(hint);
    cl->addWidget(features);
    cl->addWidget(defines);
    cl->addWidget(daemons);
    cl->addWidget(masquerade);
    cl->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);

    connect(addFeatureButton, &QPushButton::clicked, this,
        [this] { addFeature(m_featureName->currentText(), m_featureArgs->text()); });
    connect(removeFeatureButton, &QPushButton::clicked, this, &SendmailMcForm::removeSelectedFeature);
    connect(setDefineButton, &QPushButton::clicked, this,
        [this] { setDefine(m_defineName->currentText(), m_defineValue->text()); });
    connect(m_defineValue, &QLineEdit::returnPressed, setDefineButton, &QPushButton::click);
    connect(removeDefineButton, &QPushButton::clicked, this, &SendmailMcForm::removeSelectedDefine);
    connect(m_defines, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        m_defineName->setCurrentText(item->text(0));
        m_defineValue->setText(item->text(1));
    });
    connect(addDaemonButton, &QPushButton::clicked, this, [this] {
        const QByteArray options = m_daemonEntry->text().trimmed().toUtf8();
        Q_EMIT editRequested(
            [options](const QString &path, const QByteArray &mc) {
                return MtaEdits::addSendmailCall(path, mc, "DAEMON_OPTIONS", {options});
            },
            tr("DAEMON_OPTIONS(%1)").arg(QString::fromUtf8(options)));
    });
    connect(removeDaemonButton, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_daemons->currentItem();
        if (!item)
            return;
        const QByteArray options = item->text().toUtf8();
        Q_EMIT editRequested(
            [options](const QString &path, const QByteArray &mc) {
                return MtaEdits::removeSendmailCall(path, mc, "DAEMON_OPTIONS", options);
            },
            tr("No DAEMON_OPTIONS(%1)").arg(QString::fromUtf8(options)));
    });
    connect(setMasqueradeButton, &QPushButton::clicked, this, [this] {
        const QByteArray domain = m_masquerade->text().trimmed().toUtf8();
        const QByteArray now = m_masqueradeNow;
        if (domain == now)
            return;
        Q_EMIT editRequested(
            [domain, now](const QString &path, const QByteArray &mc) -> std::expected<FileChange, QString> {
                QByteArray without = mc;
                if (!now.isEmpty()) {
                    const auto removed = MtaEdits::removeSendmailCall(path, without, "MASQUERADE_AS", now);
                    if (!removed)
                        return removed;
                    without = removed->after;
                }
                if (domain.isEmpty())
                    return FileChange {path, QStringLiteral("sendmail-mc"), {}, mc, without};
                auto added = MtaEdits::addSendmailCall(path, without, "MASQUERADE_AS", {domain});
                if (added)
                    added->before = mc;
                return added;
            },
            domain.isEmpty() ? tr("No masquerading") : tr("MASQUERADE_AS(%1)").arg(QString::fromUtf8(domain)));
    });
}

void SendmailMcForm::addFeature(const QString &name, const QString &arguments)
{
    const QByteArray feature = name.trimmed().toUtf8();
    QList<QByteArray> args {feature};
    for (const QString &a : arguments.split(QLatin1Char(','), Qt::SkipEmptyParts))
        args.append(a.trimmed().toUtf8());
    Q_EMIT editRequested([args](const QString &path,
                             const QByteArray &mc) { return MtaEdits::addSendmailCall(path, mc, "FEATURE", args); },
        tr("FEATURE(%1)").arg(QString::fromUtf8(args.join(", "))));
}

void SendmailMcForm::setDefine(const QString &name, const QString &value)
{
    const QByteArray n = name.trimmed().toUtf8(), v = value.trimmed().toUtf8();
    Q_EMIT editRequested(
        [n, v](const QString &path, const QByteArray &mc) { return MtaEdits::setSendmailDefine(path, mc, n, v); },
        tr("define(%1, %2)").arg(QString::fromUtf8(n), QString::fromUtf8(v)));
}

void SendmailMcForm::removeSelectedFeature()
{
    QTreeWidgetItem *item = m_features->currentItem();
    if (!item)
        return;
    const QByteArray name = item->text(0).toUtf8();
    const QByteArray first = item->data(1, Qt::UserRole).toByteArray();
    const std::optional<QByteArray> second = first.isNull() ? std::nullopt : std::optional<QByteArray>(first);
    Q_EMIT editRequested(
        [name, second](const QString &path, const QByteArray &mc) {
            return MtaEdits::removeSendmailCall(path, mc, "FEATURE", name, second);
        },
        tr("No FEATURE(%1)").arg(QString::fromUtf8(name)));
}

void SendmailMcForm::removeSelectedDefine()
{
    QTreeWidgetItem *item = m_defines->currentItem();
    if (!item)
        return;
    const QByteArray name = item->text(0).toUtf8();
    Q_EMIT editRequested(
        [name](const QString &path, const QByteArray &mc) { return MtaEdits::unsetSendmailDefine(path, mc, name); },
        tr("No define(%1)").arg(QString::fromUtf8(name)));
}

void SendmailMcForm::setContent(const QByteArray &mc)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    const QString feature = m_features->currentItem() ? m_features->currentItem()->text(0) : QString();
    const QString define = m_defines->currentItem() ? m_defines->currentItem()->text(0) : QString();
    m_features->clear();
    m_defines->clear();
    m_daemons->clear();
    m_masqueradeNow.clear();
    const auto parsed = SendmailMc::parse(mc);
    m_error->setText(
        parsed ? QString() : tr("sendmail.mc cannot be read as a form: %1").arg(parsed.error().toString()));
    if (!parsed)
        return;
    for (const SendmailMc::Call &call : parsed->calls()) {
        const QString first = QString::fromUtf8(call.args.value(0));
        const QString rest = QString::fromUtf8(call.args.mid(1).join(", "));
        if (call.name == "FEATURE") {
            auto *item = new QTreeWidgetItem(m_features, {first, rest});
            item->setToolTip(0, explanation(first));
            // the second argument tells repeated features (dnsbl) apart
            if (call.args.size() > 1)
                item->setData(1, Qt::UserRole, call.args.at(1));
            if (first == feature)
                m_features->setCurrentItem(item);
        } else if (call.name == "define") {
            // as m4 hands it to sendmail: a "dnl" line break inside the quotes is no part of it
            auto *item = new QTreeWidgetItem(
                m_defines, {first, QString::fromUtf8(SendmailMta::defineValue(call.args.value(1)))});
            item->setToolTip(0, explanation(first));
            if (first == define)
                m_defines->setCurrentItem(item);
        } else if (call.name == "DAEMON_OPTIONS") {
            m_daemons->addItem(first);
        } else if (call.name == "MASQUERADE_AS") {
            m_masqueradeNow = call.args.value(0);
        }
    }
    m_masquerade->setText(QString::fromUtf8(m_masqueradeNow));
}

void SendmailMcForm::setEditable(bool editable)
{
    for (QWidget *w : findChildren<QWidget *>()) {
        if (qobject_cast<QPushButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w))
            w->setEnabled(editable);
    }
}

QStringList SendmailMcForm::features() const
{
    QStringList out;
    for (int i = 0; i < m_features->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_features->topLevelItem(i);
        out.append(
            item->text(1).isEmpty() ? item->text(0) : QStringLiteral("%1(%2)").arg(item->text(0), item->text(1)));
    }
    return out;
}

QStringList SendmailMcForm::defines() const
{
    QStringList out;
    for (int i = 0; i < m_defines->topLevelItemCount(); ++i)
        out.append(m_defines->topLevelItem(i)->text(0) + QLatin1Char('=') + m_defines->topLevelItem(i)->text(1));
    return out;
}

QStringList SendmailMcForm::daemonOptions() const
{
    QStringList out;
    for (int i = 0; i < m_daemons->count(); ++i)
        out.append(m_daemons->item(i)->text());
    return out;
}

QString SendmailMcForm::masqueradeAs() const
{
    return QString::fromUtf8(m_masqueradeNow);
}

} // namespace Mailwarden
