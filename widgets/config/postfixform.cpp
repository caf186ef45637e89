#include "postfixform.h"

#include "postfixparametermodel.h"

#include "mta/postfixparameters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Mailwarden {

namespace {
enum EditorPage { NoneSelected, BoolPage, NumberPage, TimePage, RestrictionsPage, TextPage };

const QRegularExpression &timePattern()
{
    static const QRegularExpression time(QStringLiteral("^(\\d+)([smhdw]?)$"));
    return time;
}
} // namespace

PostfixForm::PostfixForm(QWidget *parent)
    : QWidget(parent)
    , m_model(new PostfixParameterModel(this))
    , m_filter(new PostfixParameterFilter(this))
    , m_search(new QLineEdit(this))
    , m_onlyChanged(new QCheckBox(tr("Only changed from default"), this))
    , m_view(new QTreeView(this))
    , m_name(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_default(new QLabel(this))
    , m_editors(new QStackedWidget(this))
    , m_bool(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_numberUnit(new QLabel(this))
    , m_time(new QLineEdit(this))
    , m_timeUnit(new QComboBox(this))
    , m_restrictions(new QListWidget(this))
    , m_newRestriction(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_tables(new QLabel(this))
    , m_set(new QPushButton(tr("Set"), this))
    , m_reset(new QPushButton(tr("Reset to Default"), this))
{
    setObjectName(QStringLiteral("PostfixForm"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Find a parameter by name or description…"));
    m_search->setClearButtonEnabled(true);
    m_onlyChanged->setObjectName(QStringLiteral("onlyChanged"));
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("parameters"));
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // the value is what one reads: it gets the room; long names are cut, their tooltip says all
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(PostfixParameterModel::Value, QHeaderView::Stretch);
    m_view->header()->resizeSection(PostfixParameterModel::Name, fontMetrics().averageCharWidth() * 38);
    m_view->header()->resizeSection(PostfixParameterModel::Default, fontMetrics().averageCharWidth() * 12);
    m_view->setTextElideMode(Qt::ElideRight);

    m_name->setObjectName(QStringLiteral("parameterName"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_default->setObjectName(QStringLiteral("default"));
    m_default->setWordWrap(true);
    m_default->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // One editor per type; the stack shows the selected parameter's.
    auto *none = new QLabel(tr("Select a parameter to see what it does and change it."), this);
    none->setWordWrap(true);
    none->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_editors->addWidget(none);

    m_bool->setObjectName(QStringLiteral("boolValue"));
    m_bool->addItem(tr("yes"), QByteArrayLiteral("yes"));
    m_bool->addItem(tr("no"), QByteArrayLiteral("no"));
    auto *boolPage = new QWidget(this);
    auto *boolLayout = new QHBoxLayout(boolPage);
    boolLayout->setContentsMargins(0, 0, 0, 0);
    boolLayout->addWidget(m_bool);
    boolLayout->addStretch(1);
    m_editors->addWidget(boolPage);

    m_number->setObjectName(QStringLiteral("numberValue"));
    m_number->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]+")), m_number));
    auto *numberPage = new QWidget(this);
    auto *numberLayout = new QHBoxLayout(numberPage);
    numberLayout->setContentsMargins(0, 0, 0, 0);
    numberLayout->addWidget(m_number, 1);
    numberLayout->addWidget(m_numberUnit);
    m_editors->addWidget(numberPage);

    m_time->setObjectName(QStringLiteral("timeValue"));
    m_time->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]+")), m_time));
    m_timeUnit->setObjectName(QStringLiteral("timeUnit"));
    const std::pair<QString, char> units[]
        = {{tr("seconds"), 's'}, {tr("minutes"), 'm'}, {tr("hours"), 'h'}, {tr("days"), 'd'}, {tr("weeks"), 'w'}};
    for (const auto &[text, unit] : units)
        m_timeUnit->addItem(text, QByteArray(1, unit));
    auto *timePage = new QWidget(this);
    auto *timeLayout = new QHBoxLayout(timePage);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    timeLayout->addWidget(m_time, 1);
    timeLayout->addWidget(m_timeUnit);
    m_editors->addWidget(timePage);

    // An ordered list: the first restriction that decides wins, so order is the point.
    m_restrictions->setObjectName(QStringLiteral("restrictions"));
    m_restrictions->setDragDropMode(QAbstractItemView::InternalMove);
    m_restrictions->setDefaultDropAction(Qt::MoveAction);
    m_newRestriction->setObjectName(QStringLiteral("newRestriction"));
    m_newRestriction->setPlaceholderText(tr("permit_mynetworks, check_client_access hash:/etc/postfix/access, …"));
    auto *up = new QPushButton(tr("&Up"), this);
    up->setObjectName(QStringLiteral("restrictionUp"));
    auto *down = new QPushButton(tr("&Down"), this);
    down->setObjectName(QStringLiteral("restrictionDown"));
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(QStringLiteral("restrictionRemove"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("restrictionAdd"));
    auto *restrictionsPage = new QWidget(this);
    auto *restrictionsLayout = new QGridLayout(restrictionsPage);
    restrictionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *order = new QLabel(tr("Checked from the top; the first that decides wins. Drag to reorder."), this);
    order->setWordWrap(true);
    restrictionsLayout->addWidget(order, 0, 0, 1, 2);
    restrictionsLayout->addWidget(m_restrictions, 1, 0, 4, 1);
    restrictionsLayout->addWidget(up, 1, 1);
    restrictionsLayout->addWidget(down, 2, 1);
    restrictionsLayout->addWidget(remove, 3, 1);
    restrictionsLayout->setRowStretch(4, 1);
    restrictionsLayout->addWidget(m_newRestriction, 5, 0);
    restrictionsLayout->addWidget(add, 5, 1);
    m_editors->addWidget(restrictionsPage);

    m_text->setObjectName(QStringLiteral("textValue"));
    m_tables->setObjectName(QStringLiteral("tables"));
    m_tables->setWordWrap(true);
    m_tables->setTextFormat(Qt::RichText);
    auto *textPage = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_text);
    textLayout->addWidget(m_tables);
    textLayout->addStretch(1);
    m_editors->addWidget(textPage);

    m_set->setObjectName(QStringLiteral("set"));
    m_reset->setObjectName(QStringLiteral("reset"));
    m_reset->setToolTip(tr("Remove the parameter from main.cf, so Postfix's default applies."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_set);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_name);
    detailLayout->addWidget(m_explanation);
    detailLayout->addWidget(m_default);
    detailLayout->addWidget(m_editors, 1);
    detailLayout->addLayout(buttons);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_onlyChanged);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    connect(m_onlyChanged, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOnlyChanged(on);
        m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        m_selected = index.data(PostfixParameterModel::NameRole).toString().toUtf8();
        showSelected();
    });
    connect(m_bool, &QComboBox::activated, this, [this] { requestValue(m_bool->currentData().toByteArray()); });
    connect(m_timeUnit, &QComboBox::activated, this, &PostfixForm::requestFromEditor);
    for (QLineEdit *edit : {m_number, m_time, m_text})
        connect(edit, &QLineEdit::returnPressed, this, &PostfixForm::requestFromEditor);
    connect(m_set, &QPushButton::clicked, this, &PostfixForm::requestFromEditor);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (!m_selected.isEmpty())
            Q_EMIT resetRequested(m_selected);
    });
    connect(up, &QPushButton::clicked, this, [this] { moveRestriction(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveRestriction(1); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_restrictions->currentItem()) {
            delete item;
            requestRestrictions();
        }
    });
    const auto addEntered = [this] {
        const QList<QByteArray> entries = PostfixParameters::splitRestrictions(m_newRestriction->text().toUtf8());
        if (entries.isEmpty())
            return;
        const int at = m_restrictions->currentRow() < 0 ? m_restrictions->count() : m_restrictions->currentRow() + 1;
        for (int i = 0; i < entries.size(); ++i)
            m_restrictions->insertItem(at + i, QString::fromUtf8(entries[i]));
        m_newRestriction->clear();
        requestRestrictions();
    };
    connect(add, &QPushButton::clicked, this, addEntered);
    connect(m_newRestriction, &QLineEdit::returnPressed, this, addEntered);
    // a drag within the list
    connect(m_restrictions->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_filling)
            requestRestrictions();
    });
    connect(m_tables, &QLabel::linkActivated, this, &PostfixForm::openTableRequested);
    showSelected();
}

void PostfixForm::setContent(const QList<MtaOption> &options, const QByteArray &mainCf)
{
    const QByteArray selected = m_selected;
    const QString restriction
        = m_restrictions->currentItem() ? m_restrictions->currentItem()->text() : QString(); // keep it selected
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        m_model->setParameters(options, mainCf);
        m_view->expandAll();
    }
    m_selected.clear();
    if (!selected.isEmpty())
        select(selected);
    else
        showSelected();
    if (!restriction.isEmpty()) {
        const auto found = m_restrictions->findItems(restriction, Qt::MatchExactly);
        if (!found.isEmpty())
            m_restrictions->setCurrentItem(found.first());
    }
}

void PostfixForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showSelected(); // the links' colour is fixed when their text is set
}

void PostfixForm::setEditable(bool editable)
{
    m_editable = editable;
    showSelected();
}

bool PostfixForm::select(const QByteArray &name)
{
    const QModelIndex source = m_model->indexOf(name);
    if (!source.isValid())
        return false;
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) { // filtered out: show everything again
        m_search->clear();
        m_onlyChanged->setChecked(false);
        index = m_filter->mapFromSource(source);
    }
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_selected = name;
    showSelected();
    return true;
}

QStringList PostfixForm::restrictionEntries() const
{
    QStringList out;
    for (int i = 0; i < m_restrictions->count(); ++i)
        out.append(m_restrictions->item(i)->text());
    return out;
}

void PostfixForm::showSelected()
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    const PostfixParameterModel::Parameter *p = m_selected.isEmpty() ? nullptr : m_model->parameter(m_selected);
    m_set->setVisible(false);
    m_reset->setVisible(p && p->set);
    m_reset->setEnabled(m_editable);
    if (!p) {
        m_name->clear();
        m_explanation->clear();
        m_default->clear();
        m_editors->setCurrentIndex(NoneSelected);
        return;
    }
    QString title = QStringLiteral("<b>%1</b>").arg(QString::fromUtf8(p->name).toHtmlEscaped());
    if (!p->known)
        title += QLatin1Char(' ') + tr("— not known to this Postfix: it ignores this line");
    else if (p->deprecated)
        title += QLatin1Char(' ') + tr("— deprecated: %1").arg(p->warning.toHtmlEscaped());
    m_name->setText(title);
    m_explanation->setText(p->explanation.isEmpty()
            ? tr("postconf(5) on the host describes this parameter (man 5 postconf).")
            : p->explanation);
    m_default->setText(!p->known        ? QString()
            : p->defaultValue.isEmpty() ? tr("Default: (empty)")
                                        : tr("Default: %1").arg(QString::fromUtf8(p->defaultValue)));

    using Type = MtaOption::Type;
    const QByteArray v = p->value.trimmed();
    bool number = false;
    (void)v.toLongLong(&number);
    const auto time = timePattern().match(QString::fromUtf8(v));
    EditorPage page = TextPage;
    if (p->type == Type::Bool && (v == "yes" || v == "no")) {
        page = BoolPage;
        m_bool->setCurrentIndex(v == "yes" ? 0 : 1);
    } else if ((p->type == Type::Number || p->type == Type::Size) && number) {
        page = NumberPage;
        m_number->setText(QString::fromUtf8(v));
        m_numberUnit->setText(p->type == Type::Size ? tr("bytes") : QString());
    } else if (p->type == Type::Time && time.hasMatch()) {
        page = TimePage;
        m_time->setText(time.captured(1));
        // no unit: the parameter's own default unit, usually seconds; keep what the default uses
        QString unit = time.captured(2);
        if (unit.isEmpty()) {
            const auto def = timePattern().match(QString::fromUtf8(p->defaultValue.trimmed()));
            unit = def.hasMatch() && !def.captured(2).isEmpty() ? def.captured(2) : QStringLiteral("s");
        }
        m_timeUnit->setCurrentIndex(qMax(0, m_timeUnit->findData(unit.toUtf8())));
    } else if (p->type == Type::Restrictions) {
        page = RestrictionsPage;
        m_restrictions->clear();
        for (const QByteArray &entry : PostfixParameters::splitRestrictions(p->value))
            m_restrictions->addItem(QString::fromUtf8(entry));
    } else {
        m_text->setText(QString::fromUtf8(p->value));
    }
    // The tables it names, each a link into the Tables tab.
    QStringList links;
    for (const QByteArray &table : PostfixParameters::tablesIn(p->value)) {
        const QString path = QString::fromUtf8(table.mid(table.indexOf(':') + 1));
        if (path.startsWith(QLatin1Char('/')))
            // the colour spelt out: rich text takes it once, from the palette of that moment
            links.append(QStringLiteral("<a style=\"color: %3\" href=\"%1\">%2</a>")
                    .arg(path.toHtmlEscaped(), QString::fromUtf8(table).toHtmlEscaped(),
                        palette().color(QPalette::Link).name()));
    }
    m_tables->setText(
        links.isEmpty() ? QString() : tr("Open in the Tables tab: %1").arg(links.join(QLatin1String(", "))));
    m_tables->setVisible(!links.isEmpty() && page == TextPage);
    m_editors->setCurrentIndex(page);
    m_editors->currentWidget()->setEnabled(m_editable);
    m_set->setVisible(page == NumberPage || page == TimePage || page == TextPage);
    m_set->setEnabled(m_editable);
}

void PostfixForm::requestValue(const QByteArray &value)
{
    if (m_filling || m_selected.isEmpty() || !m_editable)
        return;
    const PostfixParameterModel::Parameter *p = m_model->parameter(m_selected);
    if (p && p->value == value)
        return;
    // Queued: the edit comes back as new content, which rebuilds these
    // controls, and the control asking (a drop into the list) must be done first.
    QMetaObject::invokeMethod(
        this, [this, name = m_selected, value] { Q_EMIT setRequested(name, value); }, Qt::QueuedConnection);
}

void PostfixForm::requestFromEditor()
{
    switch (m_editors->currentIndex()) {
    case NumberPage:
        requestValue(m_number->text().toUtf8());
        break;
    case TimePage:
        requestValue(m_time->text().toUtf8() + m_timeUnit->currentData().toByteArray());
        break;
    case TextPage:
        requestValue(m_text->text().toUtf8().trimmed());
        break;
    case BoolPage:
        requestValue(m_bool->currentData().toByteArray());
        break;
    case RestrictionsPage:
        requestRestrictions();
        break;
    default:
        break;
    }
}

void PostfixForm::requestRestrictions()
{
    QList<QByteArray> entries;
    for (int i = 0; i < m_restrictions->count(); ++i)
        entries.append(m_restrictions->item(i)->text().toUtf8());
    const PostfixParameterModel::Parameter *p = m_model->parameter(m_selected);
    // the same entries in the same order: keep main.cf's own spelling of the list
    if (p && PostfixParameters::splitRestrictions(p->value) == entries)
        return;
    requestValue(PostfixParameters::joinRestrictions(entries));
}

void PostfixForm::moveRestriction(int delta)
{
    const int row = m_restrictions->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_restrictions->count())
        return;
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        QListWidgetItem *item = m_restrictions->takeItem(row);
        m_restrictions->insertItem(to, item);
        m_restrictions->setCurrentRow(to);
    }
    requestRestrictions();
}

} // namespace Mailwarden
