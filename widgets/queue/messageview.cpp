#include "messageview.h"

#include "core/displaytext.h"
#include "queue/messagecontent.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtConcurrentRun>

namespace Mailwarden {

MessageView::MessageView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show &All"), this))
{
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Select one message to read its header and body."));
    m_note->setObjectName(QStringLiteral("messageNote"));
    m_note->setWordWrap(true);
    m_showAll->setObjectName(QStringLiteral("showWholeMessage"));
    m_showAll->setToolTip(tr("Read the whole message (up to 16 MiB)"));
    m_showAll->hide();
    connect(m_showAll, &QPushButton::clicked, this, [this] { load(Queue::kMaxMessageBytes); });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_note, 1);
    bar->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(bar);
}

MessageView::~MessageView() = default;

void MessageView::setMessage(Host *host, MtaKind mta, const QString &id)
{
    if (host == m_host && mta == m_mta && id == m_id)
        return;
    m_host = host;
    m_mta = mta;
    m_id = id;
    m_loadedId.clear();
    ++m_generation;
    m_loading = false;
    m_text->clear();
    m_note->clear();
    m_showAll->hide();
    if (isVisible())
        load(Queue::kPreviewBytes);
}

QString MessageView::text() const
{
    return m_text->toPlainText();
}

QString MessageView::note() const
{
    return m_note->text();
}

void MessageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loadedId != m_id)
        load(Queue::kPreviewBytes);
}

void MessageView::load(qint64 maxBytes)
{
    m_loadedId = m_id;
    if (!m_host || m_id.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_showAll->setEnabled(false);
    m_note->setText(tr("Reading message %1…").arg(m_id));
    Host *host = m_host;
    const MtaKind mta = m_mta;
    const QString id = m_id;
    m_loads
        .track(QtConcurrent::run(
            [host, mta, id, maxBytes] { return Queue::readMessageContent(*host, mta, id, maxBytes); }))
        .then(this, [this, generation](const std::expected<Queue::MessageContent, QString> &content) {
            if (generation != m_generation)
                return; // another message was selected meanwhile
            m_loading = false;
            m_showAll->setEnabled(true);
            if (!content) {
                m_text->clear();
                m_note->setText(displayText(content.error(), LineBreaks::Join));
                m_showAll->hide();
            } else {
                m_text->setPlainText(displayText(QString::fromUtf8(content->text)));
                const QLocale locale;
                if (content->truncated) {
                    m_note->setText(content->bodySize >= 0
                            ? tr("The first %1 of the body's %2 are shown.")
                                  .arg(locale.formattedDataSize(content->bodyShown),
                                      locale.formattedDataSize(content->bodySize))
                            : tr("The first %1 of the body are shown; the message goes on.")
                                  .arg(locale.formattedDataSize(content->bodyShown)));
                    m_showAll->setVisible(content->bodyShown < Queue::kMaxMessageBytes);
                } else {
                    m_note->clear();
                    m_showAll->hide();
                }
            }
            Q_EMIT loaded();
        });
}

} // namespace Mailwarden
