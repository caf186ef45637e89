#include "preparehostwidget.h"

#include "core/unifieddiff.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Mailwarden {

namespace {

QPlainTextEdit *monospaceView(QWidget *parent, const QString &objectName)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

PrepareHostWidget::PrepareHostWidget(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_files(new QTreeWidget(this))
    , m_helperHash(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_sudoers(monospaceView(this, QStringLiteral("sudoersText")))
    , m_filePaths(monospaceView(this, QStringLiteral("filePathsText")))
    , m_differences(monospaceView(this, QStringLiteral("differencesText")))
    , m_leftOut(new QLabel(this))
    , m_consent(new QCheckBox(this))
    , m_replace(new QCheckBox(tr("&Replace the files that differ (see Differences)"), this))
    , m_passwordRow(new QWidget(this))
    , m_password(new QLineEdit(this))
    , m_steps(new QListWidget(this))
    , m_result(new QLabel(this))
    , m_report(monospaceView(this, QStringLiteral("reportText")))
{
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_files->setObjectName(QStringLiteral("files"));
    m_files->setHeaderLabels({tr("File (root:root)"), tr("Mode"), tr("What it is"), tr("On the host now")});
    m_files->setRootIsDecorated(false);
    m_files->setSelectionMode(QAbstractItemView::NoSelection);
    m_files->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_files->header()->setStretchLastSection(true);
    m_files->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_helperHash->setObjectName(QStringLiteral("helperHash"));
    m_helperHash->setTextFormat(Qt::PlainText);
    m_helperHash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_helperHash->setWordWrap(true);

    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->addTab(m_sudoers, tr("Sudo rules"));
    m_tabs->addTab(m_filePaths, tr("Files the helper may touch"));
    m_tabs->addTab(m_differences, tr("Differences"));
    m_tabs->addTab(m_report, tr("Report"));

    m_leftOut->setObjectName(QStringLiteral("leftOut"));
    m_leftOut->setWordWrap(true);
    m_leftOut->setTextFormat(Qt::PlainText);
    m_leftOut->hide();

    m_consent->setObjectName(QStringLiteral("consent"));
    m_replace->setObjectName(QStringLiteral("replace"));
    m_replace->hide();
    m_password->setObjectName(QStringLiteral("sudoPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("sent to sudo on the host only, never stored"));
    auto *passwordLayout = new QFormLayout(m_passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addRow(tr("sudo &password:"), m_password);

    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setIconSize(QSize(16, 16));
    m_steps->hide();
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_consent, &QCheckBox::toggled, this, &PrepareHostWidget::readyChanged);
    connect(m_password, &QLineEdit::textChanged, this, &PrepareHostWidget::readyChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_files);
    layout->addWidget(m_helperHash);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_leftOut);
    layout->addWidget(m_consent);
    layout->addWidget(m_replace);
    layout->addWidget(m_passwordRow);
    layout->addWidget(m_steps);
    layout->addWidget(m_result);
    showLoading(QString());
}

PrepareHostWidget::~PrepareHostWidget()
{
    m_password->clear();
}

void PrepareHostWidget::showLoading(const QString &text)
{
    m_intro->setText(text);
    m_files->hide();
    m_helperHash->hide();
    m_tabs->hide();
    m_consent->hide();
    m_passwordRow->hide();
}

void PrepareHostWidget::showError(const QString &text)
{
    showLoading(QString());
    m_intro->setText(text);
    m_intro->setForegroundRole(QPalette::Text);
}

void PrepareHostWidget::showPlan(const HostProfile &profile, const PreparationPlan &plan, const HostState &state)
{
    m_intro->setText(tr("Mailwarden changes root's files on %1 (%2, %3) only through one helper and the sudo rules "
                        "below. These files are installed as root, once, after you agree:")
            .arg(profile.name, profile.target(), plan.mtaTitle()));
    showFiles(plan, state);
    QString differences;
    bool anyDifferent = false;
    const QList<PlannedFile> files = plan.files();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const FileState s = state.files.value(i);
        if (s.kind == FileState::Kind::Different || s.kind == FileState::Kind::NotRegular) {
            anyDifferent = true;
            if (!s.content.isEmpty())
                differences += QString::fromUtf8(UnifiedDiff::diff(s.content, files.at(i).content, files.at(i).path));
        }
    }
    m_helperHash->setText(tr("Helper %1, SHA-256 %2 (the file shipped with Mailwarden, byte for byte)")
            .arg(plan.helper.path, QString::fromLatin1(plan.helper.sha256())));
    m_sudoers->setPlainText(QString::fromUtf8(plan.sudoers.content));
    m_filePaths->setPlainText(QString::fromUtf8(plan.filePaths.content));
    m_differences->setPlainText(differences.isEmpty()
            ? (anyDifferent ? tr("This account cannot read the file that differs; it is shown as root before "
                                 "anything is installed.")
                            : tr("Nothing on the host differs from the plan."))
            : differences);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_report), false);
    m_leftOut->setText(
        plan.leftOut.isEmpty() ? QString() : tr("Left out: %1").arg(plan.leftOut.join(QLatin1Char('\n'))));
    m_leftOut->setVisible(!plan.leftOut.isEmpty());
    m_consent->setText(tr("I have read the sudo rules and want these files installed as root on %1").arg(profile.name));
    m_replace->setVisible(anyDifferent);
    m_needsPassword = !state.sudoWithoutPassword;
    m_passwordRow->setVisible(m_needsPassword);
    m_password->setToolTip(tr("The sudo password of %1 on %2. Mailwarden hands it to sudo on the host for this run "
                              "only and does not keep it.")
            .arg(profile.user, profile.name));
    for (QWidget *w : {static_cast<QWidget *>(m_files), static_cast<QWidget *>(m_helperHash),
             static_cast<QWidget *>(m_tabs), static_cast<QWidget *>(m_consent)})
        w->show();
    Q_EMIT readyChanged();
}

void PrepareHostWidget::showFiles(const PreparationPlan &plan, const HostState &state)
{
    m_files->clear();
    const QList<PlannedFile> files = plan.files();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const PlannedFile &f = files.at(i);
        const FileState s = state.files.value(i);
        auto *item = new QTreeWidgetItem(m_files,
            {f.path, QString::number(f.mode, 8).rightJustified(4, QLatin1Char('0')), f.purpose(), s.describe()});
        item->setToolTip(0, tr("SHA-256 %1").arg(QString::fromLatin1(f.sha256())));
        item->setToolTip(3, s.describe());
        if (s.kind == FileState::Kind::Different || s.kind == FileState::Kind::NotRegular)
            item->setIcon(3, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    // Exactly the three rows: no scrolling, no empty space.
    m_files->setFixedHeight(
        m_files->header()->sizeHint().height() + 3 * m_files->sizeHintForRow(0) + 2 * m_files->frameWidth() + 2);
}

bool PrepareHostWidget::readyToRun() const
{
    return m_consent->isVisible() && m_consent->isEnabled() && m_consent->isChecked()
        && (!m_needsPassword || !m_password->text().isEmpty());
}

bool PrepareHostWidget::replaceDifferent() const
{
    return m_replace->isVisible() && m_replace->isChecked();
}

QByteArray PrepareHostWidget::takePassword()
{
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    return password;
}

void PrepareHostWidget::setRunning(bool running)
{
    m_consent->setEnabled(!running);
    m_replace->setEnabled(!running);
    m_password->setEnabled(!running);
    if (running) {
        m_steps->clear();
        // Room for every step (nine) without scrolling.
        m_steps->setFixedHeight(9 * (QFontMetrics(m_steps->font()).height() + 6) + 2 * m_steps->frameWidth());
        m_steps->show();
        m_result->clear();
    }
}

void PrepareHostWidget::stepStarted(const QString &text)
{
    auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_BrowserReload), text, m_steps);
    m_steps->scrollToItem(item);
}

void PrepareHostWidget::stepFinished(const QString &text, bool ok)
{
    for (int i = m_steps->count() - 1; i >= 0; --i) {
        QListWidgetItem *item = m_steps->item(i);
        if (item->text() == text) {
            item->setIcon(style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical));
            return;
        }
    }
}

void PrepareHostWidget::showResult(bool ok, const QString &text, const QString &report)
{
    m_result->setText(text);
    QPalette palette = m_result->palette();
    // Green that reads on the light and on the dark scheme.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (ok)
        palette.setColor(QPalette::WindowText, dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32));
    m_result->setPalette(palette);
    QFont font = m_result->font();
    font.setBold(true);
    m_result->setFont(font);
    m_report->setPlainText(report);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_report), true);
    m_tabs->setCurrentWidget(m_report);
}

} // namespace Mailwarden
