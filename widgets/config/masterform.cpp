#include "masterform.h"

#include <QApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Mailwarden {

namespace {
QByteArray field(const PostfixService &s, int column)
{
    switch (column) {
    case MasterServiceModel::Name:
        return s.name;
    case MasterServiceModel::Type:
        return s.type;
    case MasterServiceModel::Private:
        return s.privateField;
    case MasterServiceModel::Unprivileged:
        return s.unprivileged;
    case MasterServiceModel::Chroot:
        return s.chroot;
    case MasterServiceModel::Wakeup:
        return s.wakeup;
    case MasterServiceModel::MaxProc:
        return s.maxproc;
    case MasterServiceModel::Command:
        return s.command;
    }
    return {};
}

PostfixMasterCf::Field fieldOf(int column)
{
    return static_cast<PostfixMasterCf::Field>(column); // the columns follow master.cf's fields
}

/// Posted, not emitted at once: the file comes back and resets the model, which
/// must not happen inside the view's own call.
void post(QObject *from, const std::function<void()> &emit)
{
    QMetaObject::invokeMethod(from, emit, Qt::QueuedConnection);
}
} // namespace

MasterServiceModel::MasterServiceModel(QObject *parent) : QAbstractTableModel(parent) { }

void MasterServiceModel::setServices(const QList<PostfixService> &services)
{
    beginResetModel();
    m_services = services;
    endResetModel();
}

int MasterServiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int MasterServiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MasterServiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostfixService &s = m_services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == Command && role == Qt::DisplayRole && !s.arguments.isEmpty())
            return QString::fromUtf8(s.command + ' ' + s.arguments.join(' '));
        return QString::fromUtf8(field(s, index.column()));
    case Qt::CheckStateRole:
        if (index.column() == Name)
            return s.enabled ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ForegroundRole:
        if (!s.enabled)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        if (!s.enabled)
            return tr("Commented out in master.cf (line %1): check it to switch the service on where it stands.")
                .arg(s.line);
        return tr("master.cf line %1").arg(s.line);
    }
    return {};
}

bool MasterServiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_editable)
        return false;
    const PostfixService s = m_services.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Name) {
        const bool on = value.value<Qt::CheckState>() == Qt::Checked;
        if (on == s.enabled)
            return false;
        if (on) {
            for (const PostfixService &other : std::as_const(m_services)) {
                if (other.enabled && other.name == s.name && other.type == s.type)
                    return false; // it runs already: uncommenting would start it twice
            }
        }
        post(this, [this, s, on] {
            Q_EMIT editRequested([s, on](PostfixMasterCf &cf) { return cf.setEnabled(s.name, s.type, on); },
                on ? tr("Switch on %1 (%2)").arg(QString::fromUtf8(s.name), QString::fromUtf8(s.type))
                   : tr("Switch off %1 (%2)").arg(QString::fromUtf8(s.name), QString::fromUtf8(s.type)));
        });
        return true;
    }
    if (role != Qt::EditRole || index.column() < Private)
        return false;
    const QByteArray text = value.toString().trimmed().toUtf8();
    if (text.isEmpty() || text.contains(' ') || text == field(s, index.column()))
        return false;
    const PostfixMasterCf::Field f = fieldOf(index.column());
    post(this, [this, s, f, text, column = index.column()] {
        Q_EMIT editRequested([s, f, text](PostfixMasterCf &cf) { return cf.setField(s.name, s.type, f, text); },
            tr("%1 (%2): %3 = %4")
                .arg(QString::fromUtf8(s.name), QString::fromUtf8(s.type),
                    headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), QString::fromUtf8(text)));
    });
    return true;
}

Qt::ItemFlags MasterServiceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_editable)
        return f;
    if (index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    else if (index.column() >= Private)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MasterServiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Private:
            return tr("y: only Postfix itself may connect (private socket)");
        case Unprivileged:
            return tr("y: runs as the mail_owner account, not as root");
        case Chroot:
            return tr("y: runs chrooted into the queue directory");
        case Wakeup:
            return tr("Seconds between automatic wake-ups (0: none)");
        case MaxProc:
            return tr("Most processes at once (-: default_process_limit; 0: no limit)");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Service");
    case Type:
        return tr("Type");
    case Private:
        return tr("Private");
    case Unprivileged:
        return tr("Unpriv.");
    case Chroot:
        return tr("Chroot");
    case Wakeup:
        return tr("Wakeup");
    case MaxProc:
        return tr("Max. proc.");
    case Command:
        return tr("Command");
    }
    return {};
}

MasterForm::MasterForm(QWidget *parent)
    : QWidget(parent)
    , m_model(new MasterServiceModel(this))
    , m_view(new QTableView(this))
    , m_overridesTitle(new QLabel(this))
    , m_overrides(new QListWidget(this))
    , m_override(new QLineEdit(this))
    , m_setOverride(new QPushButton(tr("Set Override"), this))
    , m_removeOverride(new QPushButton(tr("Remove Override"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("MasterForm"));
    m_view->setObjectName(QStringLiteral("services"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_overrides->setObjectName(QStringLiteral("overrides"));
    m_override->setObjectName(QStringLiteral("override"));
    m_override->setPlaceholderText(tr("parameter=value, e.g. smtpd_tls_security_level=encrypt"));
    m_setOverride->setObjectName(QStringLiteral("setOverride"));
    m_removeOverride->setObjectName(QStringLiteral("removeOverride"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);

    auto *hint = new QLabel(tr("A service that is switched off is commented out in master.cf; switching it on "
                               "uncomments it where it stands. Double-click a field to change it."),
        this);
    hint->setWordWrap(true);
    auto *overrides = new QWidget(this);
    auto *grid = new QGridLayout(overrides);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_overridesTitle, 0, 0, 1, 3);
    grid->addWidget(m_overrides, 1, 0, 1, 3);
    grid->addWidget(m_override, 2, 0);
    grid->addWidget(m_setOverride, 2, 1);
    grid->addWidget(m_removeOverride, 2, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(overrides);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);

    connect(m_model, &MasterServiceModel::editRequested, this, &MasterForm::editRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MasterForm::showOverrides);
    connect(m_overrides, &QListWidget::currentTextChanged, m_override, &QLineEdit::setText);
    const auto setOverride = [this] {
        const PostfixService *s = selected();
        const QByteArray text = m_override->text().trimmed().toUtf8();
        const qsizetype eq = text.indexOf('=');
        if (!s || eq <= 0 || text.contains(' ')) {
            m_error->setText(tr("An override is parameter=value, without blanks."));
            return;
        }
        m_error->clear();
        const QByteArray name = text.left(eq), value = text.mid(eq + 1);
        Q_EMIT editRequested(
            [s = *s, name, value](PostfixMasterCf &cf) { return cf.setOption(s.name, s.type, name, value); },
            tr("%1 (%2): -o %3").arg(QString::fromUtf8(s->name), QString::fromUtf8(s->type), QString::fromUtf8(text)));
    };
    connect(m_setOverride, &QPushButton::clicked, this, setOverride);
    connect(m_override, &QLineEdit::returnPressed, this, setOverride);
    connect(m_removeOverride, &QPushButton::clicked, this, [this] {
        const PostfixService *s = selected();
        QListWidgetItem *item = m_overrides->currentItem();
        if (!s || !item)
            return;
        const QByteArray name = item->text().toUtf8().left(item->text().toUtf8().indexOf('='));
        Q_EMIT editRequested([s = *s, name](PostfixMasterCf &cf) { return cf.removeOption(s.name, s.type, name); },
            tr("%1 (%2): no -o %3")
                .arg(QString::fromUtf8(s->name), QString::fromUtf8(s->type), QString::fromUtf8(name)));
    });
    showOverrides();
}

void MasterForm::setContent(const QByteArray &masterCf)
{
    const PostfixService *was = selected();
    const QByteArray name = was ? was->name : QByteArray(), type = was ? was->type : QByteArray();
    const auto cf = PostfixMasterCf::parse(masterCf, QStringLiteral("master.cf"));
    m_error->setText(cf ? QString() : tr("master.cf cannot be read as a form: %1").arg(cf.error().toString()));
    m_model->setServices(cf ? cf->services() : QList<PostfixService> {});
    if (!name.isEmpty())
        select(name, type);
    showOverrides();
}

void MasterForm::setEditable(bool editable)
{
    m_editable = editable;
    m_model->setEditable(editable);
    showOverrides();
}

bool MasterForm::select(const QByteArray &name, const QByteArray &type)
{
    int found = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PostfixService &s = m_model->services().at(row);
        if (s.name == name && s.type == type && (found < 0 || s.enabled))
            found = row;
    }
    if (found < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(found, 0));
    m_view->scrollTo(m_model->index(found, 0));
    return true;
}

QStringList MasterForm::overrides() const
{
    QStringList out;
    for (int i = 0; i < m_overrides->count(); ++i)
        out.append(m_overrides->item(i)->text());
    return out;
}

const PostfixService *MasterForm::selected() const
{
    const int row = m_view->selectionModel()->currentIndex().row();
    return row >= 0 && row < m_model->rowCount() ? &m_model->services().at(row) : nullptr;
}

void MasterForm::showOverrides()
{
    const PostfixService *s = selected();
    m_overrides->clear();
    m_overridesTitle->setText(s
            ? tr("Overrides (-o) of %1 (%2):").arg(QString::fromUtf8(s->name), QString::fromUtf8(s->type))
            : tr("Select a service to see its overrides (-o)."));
    if (s) {
        for (const auto &[name, value] : s->options)
            m_overrides->addItem(QString::fromUtf8(name + '=' + value));
    }
    const bool can = s && m_editable && s->enabled;
    m_override->setEnabled(can);
    m_setOverride->setEnabled(can);
    m_removeOverride->setEnabled(can);
}

} // namespace Mailwarden
