#pragma once

#include "postfix/postfixmastercf.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace Mailwarden {

/// master.cf's services as a table: a commented-out service is a row that is
/// switched off (checking it uncomments the service where it stands, instead
/// of adding a second one), the fields edit in place.
class MasterServiceModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Private, Unprivileged, Chroot, Wakeup, MaxProc, Command, ColumnCount };
    /// An edit of the parsed file; false when the file refuses it.
    using Edit = std::function<bool(PostfixMasterCf &)>;

    explicit MasterServiceModel(QObject *parent = nullptr);
    void setServices(const QList<PostfixService> &services);
    const QList<PostfixService> &services() const { return m_services; }
    void setEditable(bool editable) { m_editable = editable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The model is not changed: the page edits the file and sets the services again.
    void editRequested(const Mailwarden::MasterServiceModel::Edit &edit, const QString &description);

private:
    QList<PostfixService> m_services;
    bool m_editable = true;
};

/// The Config tab's form for master.cf: the service table, and the selected
/// service's `-o` overrides.
class MasterForm final : public QWidget
{
    Q_OBJECT
public:
    explicit MasterForm(QWidget *parent = nullptr);
    void setContent(const QByteArray &masterCf);
    void setEditable(bool editable);
    MasterServiceModel *model() const { return m_model; }
    /// Selects service \a name / \a type (the active one when both exist).
    bool select(const QByteArray &name, const QByteArray &type);
    QStringList overrides() const;

Q_SIGNALS:
    void editRequested(const Mailwarden::MasterServiceModel::Edit &edit, const QString &description);

private:
    void showOverrides();
    const PostfixService *selected() const;

    MasterServiceModel *m_model;
    QTableView *m_view;
    QLabel *m_overridesTitle;
    QListWidget *m_overrides;
    QLineEdit *m_override;
    QPushButton *m_setOverride;
    QPushButton *m_removeOverride;
    QLabel *m_error;
    bool m_editable = true;
};

} // namespace Mailwarden
