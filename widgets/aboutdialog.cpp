#include "aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Mailwarden {

AboutDialog::AboutDialog(const QStringList &componentLines, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Mailwarden"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/mailwarden.svg")).pixmap(64, 64));

    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::RichText);
    heading->setText(QStringLiteral("<h2>Mailwarden %1</h2>").arg(QCoreApplication::applicationVersion()));

    auto *blurb = new QLabel(tr("A console for administrators of sendmail, Postfix and qmail hosts: "
                                "tables, configuration, privacy options, queue, statistics and tests, "
                                "over SSH."),
        this);
    blurb->setWordWrap(true);

    auto *librariesLabel = new QLabel(tr("Libraries in use:"), this);
    auto *libraries = new QPlainTextEdit(componentLines.join(QLatin1Char('\n')), this);
    libraries->setObjectName(QStringLiteral("libraries"));
    libraries->setReadOnly(true);
    libraries->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    int widest = 0;
    for (const QString &line : componentLines)
        widest = qMax(widest, libraries->fontMetrics().horizontalAdvance(line));
    libraries->setFixedSize(
        qBound(400, widest + 40, 900), libraries->fontMetrics().lineSpacing() * (componentLines.size() + 2));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(heading, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(blurb);
    layout->addWidget(librariesLabel);
    layout->addWidget(libraries);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

} // namespace Mailwarden
