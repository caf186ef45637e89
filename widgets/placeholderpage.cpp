#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Mailwarden {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_explanation(new QLabel(explanation, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_explanation->setAlignment(Qt::AlignHCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addStretch(2);
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

QString PlaceholderPage::explanation() const
{
    return m_explanation->text();
}

} // namespace Mailwarden
