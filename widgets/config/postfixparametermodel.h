#pragma once

#include "mta/mtaoption.h"
#include "mta/postfixparameters.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

namespace Mailwarden {

/// main.cf's parameters as the Postfix form shows them: every parameter the
/// host's Postfix knows (its `postconf -d`, so nothing it would not
/// understand), grouped (PostfixParameters::groupOf), with the value main.cf
/// gives it or the default, marked when it differs from the default, flagged
/// when deprecated. Parameters main.cf sets that this Postfix does not know
/// come last, flagged too. Groups are the top level, parameters their rows.
class PostfixParameterModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Value, Default, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, ChangedRole, SearchTextRole };

    struct Parameter {
        QByteArray name;
        QByteArray value; ///< main.cf's, else the default
        QByteArray defaultValue;
        bool set = false; ///< main.cf sets it
        bool known = true; ///< this Postfix knows it
        bool deprecated = false;
        QString warning; ///< postconf's words about it
        QString explanation;
        MtaOption::Type type = MtaOption::Type::Text;
        bool changed() const { return set && value != defaultValue; }
    };

    explicit PostfixParameterModel(QObject *parent = nullptr);

    /// The host's parameters (\a options, the survey's) with the values of
    /// \a mainCf (pending edits included).
    void setParameters(const QList<MtaOption> &options, const QByteArray &mainCf);
    /// The parameter \a name, or nullptr.
    const Parameter *parameter(QByteArrayView name) const;
    /// The index (column 0) of parameter \a name; invalid when there is none.
    QModelIndex indexOf(QByteArrayView name) const;
    int changedCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct GroupRows {
        QString title;
        QList<Parameter> rows;
    };
    QList<GroupRows> m_groups;
};

/// Filters the parameters by words in their name or explanation, and to those
/// changed from the default; a group stays while one of its parameters does.
class PostfixParameterFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PostfixParameterFilter(QObject *parent = nullptr);
    void setText(const QString &text);
    void setOnlyChanged(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_onlyChanged = false;
};

} // namespace Mailwarden
