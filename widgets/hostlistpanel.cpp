#include "hostlistpanel.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Mailwarden {

HostListPanel::HostListPanel(QWidget *parent)
    : QWidget(parent), m_view(new QTreeView(this)), m_emptyHint(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("hostView"));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setText(tr("No hosts yet.\nUse Host ▸ Add Host… to manage a Postfix, Sendmail or qmail server."));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setMargin(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_emptyHint);
    updateEmptyHint();
}

void HostListPanel::setModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &HostListPanel::updateEmptyHint);
    connect(model, &QAbstractItemModel::modelReset, this, &HostListPanel::updateEmptyHint);
    updateEmptyHint();
}

QTreeView *HostListPanel::view() const
{
    return m_view;
}

bool HostListPanel::isShowingEmptyHint() const
{
    return !m_emptyHint->isHidden();
}

void HostListPanel::updateEmptyHint()
{
    const bool empty = !m_view->model() || m_view->model()->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    m_view->setVisible(!empty);
}

} // namespace Mailwarden
