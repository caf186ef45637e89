#include "qmailcontrolform.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Mailwarden {

QmailControlForm::QmailControlForm(QWidget *parent)
    : QWidget(parent), m_state(new QLabel(this)), m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("QmailControlForm"));
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(true);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *hint = new QLabel(tr("qmail reads the first line of each file in /var/qmail/control; a missing file "
                               "means qmail's default. Press Return to keep a value; empty a field to remove "
                               "the file."),
        this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_state);
    layout->addWidget(m_scroll, 1);
}

void QmailControlForm::setSettings(const QList<MtaOption> &options, const Pending &pending)
{
    m_options = options;
    m_pending = pending;
    rebuild();
}

void QmailControlForm::setEditable(bool editable, const QString &why)
{
    m_editable = editable;
    m_state->setText(why);
    m_state->setVisible(!why.isEmpty());
    rebuild();
}

QString QmailControlForm::valueShown(const QByteArray &name) const
{
    if (auto *field = findChild<QLineEdit *>(QStringLiteral("value-") + QString::fromUtf8(name)))
        return field->text();
    return {};
}

void QmailControlForm::enter(const QByteArray &name, const QString &value)
{
    if (auto *field = findChild<QLineEdit *>(QStringLiteral("value-") + QString::fromUtf8(name))) {
        field->setText(value);
        Q_EMIT field->returnPressed();
    }
}

void QmailControlForm::rebuild()
{
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setVerticalSpacing(10);
    int row = 0;
    for (const MtaOption &o : std::as_const(m_options)) {
        QByteArray value = o.source == MtaOption::Source::Default ? QByteArray() : o.value;
        bool set = o.source != MtaOption::Source::Default;
        bool pending = false;
        if (m_pending) {
            if (const auto p = m_pending(o.name)) {
                pending = true;
                set = p->has_value();
                value = p->value_or(QByteArray());
            }
        }
        auto *title = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                .arg(QString::fromUtf8(o.name).toHtmlEscaped(), o.explanation.toHtmlEscaped()));
        title->setWordWrap(true);
        grid->addWidget(title, row, 0);

        auto *field = new QLineEdit(QString::fromUtf8(value));
        const QString name = QString::fromUtf8(o.name);
        field->setObjectName(QStringLiteral("value-") + name);
        field->setEnabled(m_editable);
        field->setPlaceholderText(o.defaultValue.isEmpty() ? tr("missing: qmail derives it (from me)")
                                                           : tr("missing: %1").arg(QString::fromUtf8(o.defaultValue)));
        if (o.type == MtaOption::Type::Number || o.type == MtaOption::Type::Size || o.type == MtaOption::Type::Time)
            field->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), field));
        const QByteArray was = value;
        connect(field, &QLineEdit::returnPressed, this, [this, field, o, was] {
            const QByteArray now = field->text().trimmed().toUtf8();
            if (now != was)
                Q_EMIT setRequested(o.name, now);
        });
        grid->addWidget(field, row, 1);

        QString state = pending ? tr("not applied") : set ? tr("set") : tr("qmail's default");
        if (o.type == MtaOption::Type::Size)
            state = tr("bytes; %1").arg(state);
        else if (o.type == MtaOption::Type::Time)
            state = tr("seconds; %1").arg(state);
        auto *stateLabel = new QLabel(state);
        stateLabel->setObjectName(QStringLiteral("state-") + name);
        grid->addWidget(stateLabel, row, 2);
        // me has no default: qmail's programs stop without it
        if (set && o.name != "me") {
            auto *remove = new QPushButton(tr("Use Default"));
            remove->setObjectName(QStringLiteral("default-") + name);
            remove->setToolTip(tr("Remove /var/qmail/control/%1, so qmail's default applies.").arg(name));
            remove->setEnabled(m_editable);
            connect(remove, &QPushButton::clicked, this, [this, name = o.name] { Q_EMIT setRequested(name, {}); });
            grid->addWidget(remove, row, 3);
        }
        ++row;
    }
    grid->setRowStretch(row, 1);
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater(); // may hold the field whose Return brought us here
    m_scroll->setWidget(content);
}

} // namespace Mailwarden
