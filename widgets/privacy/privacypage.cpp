#include "privacypage.h"

#include "changes/pendingedits.h"

#include "mta/mta.h"
#include "mta/mtasurvey.h"
#include "remote/host.h"

#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QVBoxLayout>

namespace Mailwarden {

namespace {
QString sectionName(PrivacySetting::Section section)
{
    switch (section) {
    case PrivacySetting::Section::Disclosure:
        return PrivacyPage::tr("What the server gives away");
    case PrivacySetting::Section::Protocol:
        return PrivacyPage::tr("SMTP protocol");
    case PrivacySetting::Section::Limits:
        return PrivacyPage::tr("Limits");
    case PrivacySetting::Section::Blocklists:
        return PrivacyPage::tr("Blocklists");
    case PrivacySetting::Section::Encryption:
        return PrivacyPage::tr("Encryption");
    }
    return {};
}
} // namespace

PrivacyPage::PrivacyPage(PendingEdits *edits, QWidget *parent)
    : QWidget(parent)
    , m_edits(edits)
    , m_stack(new QStackedWidget(this))
    , m_stateLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("PrivacyPage"));
    m_stateLabel->setObjectName(QStringLiteral("state"));
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    m_stack->addWidget(m_stateLabel);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_summary);
    pageLayout->addWidget(m_scroll, 1);
    pageLayout->addWidget(m_status);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_edits, &PendingEdits::fileChanged, this, [this](const QString &host, const QString &path) {
        if (host == m_host.name && m_host.survey && files().contains(path))
            rebuildAfterClick();
    });
    setActiveHost(ActiveHost {});
}

PrivacyPage::~PrivacyPage() = default;

void PrivacyPage::showState(const QString &text)
{
    m_stateLabel->setText(text);
    m_stack->setCurrentIndex(0);
}

void PrivacyPage::setActiveHost(const ActiveHost &host)
{
    const bool sameSurvey = host.name == m_host.name && host.survey && host.survey == m_host.survey;
    m_host = host;
    const QString waiting
        = waitingText(host, tr("Select a host in the list on the left to see its privacy and hardening settings."),
            tr("Connect to %1 to see its privacy settings (Host ▸ Connect).").arg(host.name));
    if (!waiting.isEmpty()) {
        showState(waiting);
        return;
    }
    m_stack->setCurrentIndex(1);
    if (sameSurvey)
        return;
    m_loaded.remove(host.name); // a new survey: what was read is stale
    rebuild();
    loadFiles();
}

QList<QString> PrivacyPage::files() const
{
    QList<QString> out;
    if (!m_host.survey)
        return out;
    for (const PrivacySetting &s : PrivacySettings::forHost(*m_host.survey)) {
        const QString path = PrivacySettings::fileOf(s, *m_host.survey);
        if (!path.isEmpty() && !out.contains(path))
            out.append(path);
    }
    return out;
}

void PrivacyPage::loadFiles()
{
    const quint64 generation = ++m_generation;
    m_loadFailed = false;
    m_status->setText(tr("Reading the files these settings live in…"));
    Host *host = m_host.host;
    const QString name = m_host.name;
    const QList<QString> paths = files();
    m_loads
        .track(QtConcurrent::run([host, paths] {
            QHash<QString, RemoteResult<LoadedFile>> out;
            for (const QString &path : paths)
                out.insert(path, MtaFiles::load(*host, path));
            return out;
        }))
        .then(this, [this, generation, name](const QHash<QString, RemoteResult<LoadedFile>> &loaded) {
            if (generation != m_generation || name != m_host.name)
                return;
            QStringList errors;
            for (auto it = loaded.begin(); it != loaded.end(); ++it) {
                if (it.value())
                    m_loaded[name].insert(it.key(), *it.value());
                else
                    errors.append(tr("%1: %2").arg(it.key(), it.value().error().toString()));
            }
            m_loadFailed = !errors.isEmpty();
            m_status->setText(
                errors.isEmpty() ? QString() : tr("Cannot change settings: %1").arg(errors.join(QLatin1String("; "))));
            rebuild();
            Q_EMIT ready();
        });
}

void PrivacyPage::rebuildAfterClick()
{
    // Leaving a field to click a checkbox records the field's value at the press;
    // rebuilding then would take the checkbox away before the release clicks it.
    if (QApplication::mouseButtons() != Qt::NoButton) {
        if (!m_rebuildWaiting) {
            m_rebuildWaiting = true;
            QTimer::singleShot(50, this, [this] {
                m_rebuildWaiting = false;
                rebuildAfterClick();
            });
        }
        return;
    }
    rebuild();
}

void PrivacyPage::refreshSettings()
{
    const QString name = m_host.name;
    m_settings = PrivacySettings::forHost(
        *m_host.survey,
        [this, name](const QString &path) -> std::optional<QByteArray> {
            if (const auto change = m_edits->file(name, path))
                return change->after;
            return std::nullopt;
        },
        [this, name](const QString &path) -> std::optional<QByteArray> {
            const auto files = m_loaded.constFind(name);
            if (files == m_loaded.cend() || !files->contains(path))
                return std::nullopt;
            return files->value(path).bytes;
        });
}

void PrivacyPage::rebuild()
{
    if (!m_host.survey)
        return;
    refreshSettings();
    int meets = 0, possible = 0;
    for (const PrivacySetting &s : std::as_const(m_settings)) {
        if (s.rule == PrivacySetting::Rule::Always || s.rule == PrivacySetting::Rule::NotPossible)
            continue;
        ++possible;
        if (s.meetsRecommendation())
            ++meets;
    }
    m_summary->setText(tr("<b>%1 of %2 settings</b> on %3 are as recommended. Changes wait in Edit ▸ Apply Changes… "
                          "with the other tabs' edits.")
            .arg(meets)
            .arg(possible)
            .arg(m_host.name.toHtmlEscaped()));

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 2);
    grid->setVerticalSpacing(10);
    int row = 0;
    std::optional<PrivacySetting::Section> section;
    for (const PrivacySetting &s : std::as_const(m_settings)) {
        if (section != s.section) {
            section = s.section;
            auto *heading = new QLabel(QStringLiteral("<h3>%1</h3>").arg(sectionName(s.section).toHtmlEscaped()));
            grid->addWidget(heading, row++, 0, 1, 4);
        }
        addRow(grid, row++, s);
    }
    grid->setRowStretch(row, 1);
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater(); // may be the sender of the edit that brought us here
    m_scroll->setWidget(content);
}

void PrivacyPage::addRow(QGridLayout *grid, int row, const PrivacySetting &s)
{
    const bool loaded = m_loaded.value(m_host.name).contains(PrivacySettings::fileOf(s, *m_host.survey));
    auto *title = new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(s.title.toHtmlEscaped(), s.why.toHtmlEscaped()));
    title->setWordWrap(true);
    title->setObjectName(QStringLiteral("title-") + s.id);
    grid->addWidget(title, row, 0);

    // the live value, and whether it is as recommended
    QString shown;
    if (s.kind == PrivacySetting::Kind::Toggle)
        shown = s.isOn() ? tr("on") : tr("off");
    else if (s.kind == PrivacySetting::Kind::Unavailable && s.option.isEmpty())
        shown = tr("not possible with %1").arg(mtaKindTitle(m_host.survey->mta->kind()));
    else
        shown = s.value.isEmpty() ? tr("(empty)") : QString::fromUtf8(s.value);
    if (s.isDefault && !s.option.isEmpty())
        shown = tr("%1 (default)").arg(shown);
    if (s.pending)
        shown = tr("%1 — not applied").arg(shown);
    const bool ok = s.meetsRecommendation();
    auto *current = new QLabel;
    current->setObjectName(QStringLiteral("current-") + s.id);
    current->setText(shown);
    current->setWordWrap(true);
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const bool impossible = s.rule == PrivacySetting::Rule::NotPossible;
    const QStyle::StandardPixmap mark = impossible ? QStyle::SP_MessageBoxInformation
        : ok                                       ? QStyle::SP_DialogApplyButton
                                                   : QStyle::SP_MessageBoxWarning;
    icon->setPixmap(style()->standardIcon(mark).pixmap(size));
    icon->setToolTip(impossible ? tr("This MTA cannot do it; the text says what can")
            : ok                ? tr("As recommended")
                                : tr("Not as recommended"));
    auto *valueBox = new QHBoxLayout;
    valueBox->addWidget(icon);
    valueBox->addWidget(current, 1);
    grid->addLayout(valueBox, row, 1);

    // the control
    const bool editable = loaded && !m_loadFailed;
    if (s.kind == PrivacySetting::Kind::Toggle) {
        auto *box = new QCheckBox(tr("On"));
        box->setObjectName(QStringLiteral("toggle-") + s.id);
        box->setChecked(s.isOn());
        box->setEnabled(editable);
        connect(box, &QCheckBox::toggled, this,
            [this, id = s.id](bool on) { setValue(id, on ? QByteArrayLiteral("yes") : QByteArrayLiteral("no")); });
        grid->addWidget(box, row, 2);
    } else if (s.kind == PrivacySetting::Kind::Number || s.kind == PrivacySetting::Kind::Text) {
        auto *edit = new QLineEdit(QString::fromUtf8(s.value));
        edit->setObjectName(QStringLiteral("value-") + s.id);
        edit->setEnabled(editable);
        edit->setPlaceholderText(tr("default"));
        if (s.kind == PrivacySetting::Kind::Number)
            edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), edit));
        auto *box = new QHBoxLayout;
        box->addWidget(edit, 1);
        if (!s.unit.isEmpty())
            box->addWidget(new QLabel(s.unit));
        connect(edit, &QLineEdit::textEdited, this, &PrivacyPage::uncommittedEditsChanged);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, id = s.id, was = s.value] {
            edit->setModified(false);
            if (edit->text().toUtf8() != was)
                setValue(id, edit->text().toUtf8());
            Q_EMIT uncommittedEditsChanged();
        });
        grid->addLayout(box, row, 2);
    }

    // the recommendation
    if (s.rule != PrivacySetting::Rule::Always && s.rule != PrivacySetting::Rule::NotPossible
        && !s.recommended.isEmpty()) {
        const QString recommended = s.kind == PrivacySetting::Kind::Toggle
            ? (s.recommended == "yes" ? tr("on") : tr("off"))
            : QString::fromUtf8(s.recommended);
        auto *box = new QHBoxLayout;
        box->setSpacing(12);
        box->addWidget(new QLabel(tr("Recommended: %1").arg(recommended)));
        if (!ok && s.kind != PrivacySetting::Kind::Unavailable) {
            auto *use = new QPushButton(tr("Use"));
            use->setObjectName(QStringLiteral("use-") + s.id);
            use->setEnabled(editable);
            connect(
                use, &QPushButton::clicked, this, [this, id = s.id, value = s.recommended] { setValue(id, value); });
            box->addWidget(use);
        }
        box->addStretch(1);
        grid->addLayout(box, row, 3);
    }
}

bool PrivacyPage::setValue(const QString &id, const QByteArray &value)
{
    if (!m_host.survey)
        return false;
    if (m_rebuildWaiting)
        refreshSettings(); // the controls wait for a click to end; the values must not
    const auto it
        = std::find_if(m_settings.cbegin(), m_settings.cend(), [&](const PrivacySetting &s) { return s.id == id; });
    if (it == m_settings.cend())
        return false;
    const PrivacySetting setting = *it; // m_settings is rebuilt by the edit below
    const QString path = PrivacySettings::fileOf(setting, *m_host.survey);
    const QHash<QString, LoadedFile> files = m_loaded.value(m_host.name);
    if (path.isEmpty() || !files.contains(path)) {
        m_status->setText(tr("%1 cannot be changed here.").arg(setting.title));
        return false;
    }
    const LoadedFile loaded = files.value(path);
    const std::optional<FileChange> pending = m_edits->file(m_host.name, path);
    const QByteArray content = pending ? pending->after : loaded.bytes;
    const bool absent = pending ? pending->absentAfter : loaded.absent;
    const QByteArray original = pending ? pending->before : loaded.bytes;
    auto change = PrivacySettings::change(setting, *m_host.survey, content, absent, value, original);
    if (!change) {
        m_status->setText(tr("Not changed: %1").arg(change.error()));
        rebuild(); // the control shows the value again
        return false;
    }
    change->before = content;
    if (!pending)
        change->absentBefore = loaded.absent;
    m_status->setText(tr("%1 will change on Apply.").arg(path));
    m_edits->edit(m_host.name, *change,
        tr("%1: %2").arg(setting.title,
            setting.kind == PrivacySetting::Kind::Toggle ? (value == "yes" ? tr("on") : tr("off"))
                                                         : QString::fromUtf8(value)));
    return true;
}

QLineEdit *PrivacyPage::editedField() const
{
    // a value typed but not yet confirmed (Return or leaving the field)
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!field || !isAncestorOf(field) || !field->isModified()
        || !field->objectName().startsWith(QLatin1String("value-")))
        return nullptr;
    return field;
}

void PrivacyPage::commitEdits()
{
    if (QLineEdit *field = editedField()) {
        field->setModified(false);
        const QString id = field->objectName().mid(int(qstrlen("value-")));
        for (const PrivacySetting &s : std::as_const(m_settings)) {
            if (s.id == id && s.value != field->text().toUtf8()) {
                setValue(id, field->text().toUtf8());
                return;
            }
        }
    }
}

bool PrivacyPage::hasUncommittedEdits() const
{
    return editedField() != nullptr;
}

QString PrivacyPage::statusText() const
{
    return m_status->text();
}

} // namespace Mailwarden
