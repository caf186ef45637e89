#include "findingsview.h"

#include <QHeaderView>

namespace Mailwarden {

using namespace Hardening;

QIcon statusIcon(const QStyle *style, Status status)
{
    switch (status) {
    case Status::Pass:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Status::Fail:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Status::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Status::Unknown:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case Status::NotApplicable:
        break;
    }
    return {};
}

FindingsView::FindingsView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("findings"));
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
}

QString FindingsView::ruleId(const QTreeWidgetItem *item)
{
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void FindingsView::setReports(const AuditReport &before, const AuditReport *after, const QStringList &only)
{
    m_before = before;
    m_after = after ? std::optional<AuditReport>(*after) : std::nullopt;
    clear();
    QStringList labels {tr("Rule"), tr("Severity"), after ? tr("Before") : tr("Result")};
    if (after)
        labels << tr("After");
    labels << tr("Evidence");
    setHeaderLabels(labels);
    const int evidenceColumn = int(labels.size()) - 1;
    QHash<int, QTreeWidgetItem *> sections;
    for (const Rule &rule : rules()) {
        const Finding *b = before.find(rule.id);
        if (!b || (!only.isEmpty() && !only.contains(rule.id)))
            continue;
        const Finding *a = after ? after->find(rule.id) : nullptr;
        QTreeWidgetItem *&section = sections[int(rule.section)];
        if (!section) {
            section = new QTreeWidgetItem(this, {sectionLabel(rule.section)});
            section->setFirstColumnSpanned(true);
        }
        const Finding &shown = a ? *a : *b;
        auto *row = new QTreeWidgetItem(section, {rule.title, severityLabel(rule.severity), statusLabel(b->status)});
        row->setData(0, Qt::UserRole, rule.id);
        row->setIcon(2, statusIcon(style(), b->status));
        if (a) {
            row->setText(3, statusLabel(a->status));
            row->setIcon(3, statusIcon(style(), a->status));
        }
        row->setText(evidenceColumn, shown.evidence);
        row->setToolTip(evidenceColumn, shown.evidence);
        row->setToolTip(0, shown.where.isEmpty() ? rule.id : rule.id + QLatin1Char('\n') + shown.where);
    }
    expandAll();
    for (int c = 0; c < evidenceColumn; ++c)
        resizeColumnToContents(c);
}

QString FindingsView::details() const
{
    const QString id = ruleId(currentItem());
    const Finding *f = m_after ? m_after->find(id) : m_before.find(id);
    const auto rule = findRule(id);
    if (!f || !rule)
        return {};
    QString text
        = QStringLiteral("%1 (%2): %3\n%4\n%5\n").arg(rule->title, id, statusLabel(f->status), f->evidence, rule->why);
    if (!f->where.isEmpty())
        text += tr("Seen in: %1").arg(f->where) + QLatin1Char('\n');
    if (!f->transcript.isEmpty())
        text += QLatin1Char('\n') + f->transcript;
    return text;
}

} // namespace Mailwarden
