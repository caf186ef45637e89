#pragma once

#include "queue/queuecounter.h"

#include <QDialog>

class QSpinBox;

namespace Mailwarden {

/// The queue alarm limits of one host: more deferred messages than N, growth
/// per minute, the oldest message's age; 0 turns a limit off.
class QueueAlarmsDialog final : public QDialog
{
    Q_OBJECT
public:
    QueueAlarmsDialog(const QString &host, const Queue::QueueThresholds &limits, QWidget *parent = nullptr);
    Queue::QueueThresholds limits() const;

private:
    QSpinBox *m_deferred;
    QSpinBox *m_growth;
    QSpinBox *m_oldest;
};

} // namespace Mailwarden
