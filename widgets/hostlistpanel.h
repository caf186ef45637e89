#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTreeView;

namespace Mailwarden {

/// The host list on the left of the main window: a tree of host groups and
/// hosts over any item model, with a hint in place of an empty list.
class HostListPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit HostListPanel(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QTreeView *view() const;
    bool isShowingEmptyHint() const;

private:
    void updateEmptyHint();

    QTreeView *m_view;
    QLabel *m_emptyHint;
};

} // namespace Mailwarden
