#include "queuealarmsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Mailwarden {

namespace {

QSpinBox *limitBox(QWidget *parent, const QString &name, qint64 value, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, maximum);
    box->setSpecialValueText(QueueAlarmsDialog::tr("Off"));
    box->setSuffix(suffix);
    box->setValue(int(std::clamp<qint64>(value, 0, maximum)));
    return box;
}

} // namespace

QueueAlarmsDialog::QueueAlarmsDialog(const QString &host, const Queue::QueueThresholds &limits, QWidget *parent)
    : QDialog(parent)
    , m_deferred(limitBox(this, QStringLiteral("deferredLimit"), limits.deferred, 10'000'000, QString()))
    , m_growth(limitBox(this, QStringLiteral("growthLimit"), limits.growthPerMinute, 1'000'000, tr(" per minute")))
    , m_oldest(limitBox(this, QStringLiteral("oldestLimit"), limits.oldestMinutes, 100'000, tr(" min")))
{
    setObjectName(QStringLiteral("queueAlarmsDialog"));
    setWindowTitle(tr("Queue Alarms for %1").arg(host));
    auto *explanation = new QLabel(tr("While %1 is connected, Mailwarden counts its queue every minute (names only, "
                                      "no listing) and warns in the host list and on the desktop when a limit "
                                      "is passed. The oldest message's age comes from the Queue tab's last listing.")
                                       .arg(host),
        this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("More &deferred messages than:"), m_deferred);
    form->addRow(tr("Queue &grows by more than:"), m_growth);
    form->addRow(tr("&Oldest message older than:"), m_oldest);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Queue::QueueThresholds QueueAlarmsDialog::limits() const
{
    Queue::QueueThresholds limits;
    limits.deferred = m_deferred->value();
    limits.growthPerMinute = m_growth->value();
    limits.oldestMinutes = m_oldest->value();
    return limits;
}

} // namespace Mailwarden
