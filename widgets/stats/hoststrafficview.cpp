#include "hoststrafficview.h"

#include "trafficcharts.h"

#include "mta/mtasurvey.h"
#include "remote/host.h"
#include "stats/hostlogs.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <ranges>

namespace Mailwarden {

using Stats::HostLogFile;
using Stats::Traffic;

namespace {

// One colour per host, apart from each other and from the kinds' colours as far as eight go.
QColor hostColor(std::size_t index)
{
    static const std::array<QRgb, 8> colors {
        0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x17becf};
    return QColor(colors[index % colors.size()]);
}

constexpr int kStateColumn = 6;

} // namespace

HostsTrafficView::HostsTrafficView(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
    , m_kindBox(new QComboBox)
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView)
    , m_empty(new QLabel)
{
    QChart *chart = newTrafficChart(tr("Messages per minute by host, last hour"));
    m_axes = LiveAxes::add(chart);
    m_view = new QChartView(chart);
    m_view->setObjectName(QStringLiteral("hostsChart"));
    m_view->setRenderHint(QPainter::Antialiasing);

    m_kindBox->setObjectName(QStringLiteral("hostsKind"));
    for (const TrafficKind &kind : trafficKinds())
        m_kindBox->addItem(kind.name);
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_kind = std::max(0, index);
        redraw();
    });
    auto *kindLabel = new QLabel(tr("&Draw:"));
    kindLabel->setBuddy(m_kindBox);

    m_model->setHorizontalHeaderLabels({tr("Host"), trafficKinds()[0].name, trafficKinds()[1].name,
        trafficKinds()[2].name, trafficKinds()[3].name, trafficKinds()[4].name, tr("State")});
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("hostsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(160);

    m_empty->setWordWrap(true);
    m_empty->setText(tr("Connect to hosts in the list on the left: every connected host gets a line here. The "
                        "last hour's counts are per host, below."));

    auto *top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kindBox);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_table);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &HostsTrafficView::tick);
    redraw();
}

HostsTrafficView::~HostsTrafficView()
{
    stopAll();
}

void HostsTrafficView::setHosts(const QList<ActiveHost> &hosts)
{
    // Drop the hosts that went (or whose Host object changed: the profile was edited).
    for (auto it = m_hosts.begin(); it != m_hosts.end();) {
        const auto still = std::find_if(hosts.cbegin(), hosts.cend(),
            [&it](const ActiveHost &h) { return h.name == it->first && h.host == it->second.host.host; });
        if (still != hosts.cend()) {
            ++it;
            continue;
        }
        delete it->second.follower;
        m_view->chart()->removeSeries(it->second.series);
        delete it->second.series;
        it = m_hosts.erase(it);
    }
    for (const ActiveHost &h : hosts) {
        if (h.state != ActiveHost::State::Ready || !h.host)
            continue;
        if (const auto it = m_hosts.find(h.name); it != m_hosts.end()) {
            resurveyed(it->second, h);
            continue;
        }
        Followed &followed = m_hosts[h.name];
        followed.host = h;
        followed.series = new QLineSeries;
        followed.series->setName(h.name);
        m_axes.attach(m_view->chart(), followed.series);
        if (m_active)
            start(followed);
    }
    // Colours by position in name order, so that they stay put while hosts come and go elsewhere.
    std::size_t index = 0;
    for (Followed &followed : std::views::values(m_hosts))
        followed.series->setColor(hostColor(index++));
    m_empty->setVisible(m_hosts.empty());
    updateTable();
    redraw();
}

// The same host surveyed again (Config ▸ Apply does that): a moved log, a new
// syslog_name or another MTA needs a new follower; otherwise the line goes on.
void HostsTrafficView::resurveyed(Followed &followed, const ActiveHost &now)
{
    if (!now.survey || now.survey == followed.host.survey)
        return;
    const HostSurvey &before = *followed.host.survey;
    const bool moved = before.mtaKind() != now.survey->mtaKind()
        || before.optionValue("maillog_file") != now.survey->optionValue("maillog_file")
        || before.postfixSyslogName() != now.survey->postfixSyslogName();
    followed.host = now;
    if (!moved)
        return;
    delete followed.follower;
    followed.path.clear();
    followed.listing = false; // a listing in flight is for the old survey: its answer is dropped
    followed.state.clear();
    if (m_active)
        start(followed);
}

void HostsTrafficView::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!active) {
        stopAll();
        return;
    }
    for (Followed &followed : std::views::values(m_hosts))
        start(followed);
    m_timer->start();
}

void HostsTrafficView::start(Followed &followed)
{
    const ActiveHost &h = followed.host;
    if (h.survey->mtaKind() == MtaKind::Qmail) {
        followed.state = tr("not followed: qmail-send's log is readable only by root");
        return;
    }
    if (followed.path.isEmpty()) {
        if (followed.listing)
            return;
        followed.listing = true;
        followed.state = tr("looking for the mail log…");
        const QString maillogFile = QString::fromUtf8(h.survey->optionValue("maillog_file"));
        const QString name = h.name;
        Host *host = h.host;
        const std::weak_ptr<const HostSurvey> survey = h.survey;
        Stats::listHostLogs(*host, maillogFile.isEmpty() ? QStringList() : QStringList {maillogFile})
            .then(
                this, [this, name, host, survey, maillogFile](const std::expected<QList<HostLogFile>, QString> &files) {
                    const auto it = m_hosts.find(name);
                    if (it == m_hosts.end() || it->second.host.host != host || it->second.host.survey != survey.lock())
                        return; // gone or surveyed again meanwhile
                    Followed &f = it->second;
                    f.listing = false;
                    f.path = files ? Stats::mainLogBase(*files, maillogFile) : QString();
                    if (f.path.isEmpty()) {
                        f.state = files ? tr("no mail log this account may read") : files.error();
                        updateTable();
                        return;
                    }
                    if (m_active)
                        start(f);
                });
        return;
    }
    if (followed.follower)
        return;
    followed.window.clear();
    followed.follower
        = new Stats::HostLogFollower(*h.host, followed.path, h.survey->mtaKind(), h.survey->postfixSyslogName(), this);
    followed.state = tr("following %1").arg(followed.path);
    const QString name = h.name;
    connect(followed.follower, &Stats::HostLogFollower::failed, this, [this, name](const QString &why) {
        if (const auto it = m_hosts.find(name); it != m_hosts.end()) {
            it->second.follower->deleteLater();
            it->second.state = tr("stopped: %1").arg(why);
            updateTable();
        }
    });
}

void HostsTrafficView::stopAll()
{
    m_timer->stop();
    for (Followed &followed : std::views::values(m_hosts)) {
        if (followed.follower) {
            delete followed.follower; // stops tail on the host
            followed.state = tr("stopped");
        }
    }
    updateTable();
}

void HostsTrafficView::tick()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    bool counted = false;
    for (Followed &followed : std::views::values(m_hosts)) {
        if (followed.follower)
            counted |= !isEmpty(followed.window.add(followed.follower->totals(), now));
    }
    redraw();
    updateTable();
    if (counted)
        Q_EMIT trafficCounted();
}

void HostsTrafficView::redraw()
{
    const qint64 minute = QDateTime::currentSecsSinceEpoch() / 60;
    const auto field = trafficKinds()[std::size_t(m_kind)].field;
    std::int64_t max = 0;
    for (Followed &followed : std::views::values(m_hosts))
        followed.series->replace(followed.window.points(minute, field, max));
    m_axes.show(minute, TrafficWindow::Minutes, max);
}

void HostsTrafficView::updateTable()
{
    if (m_model->rowCount() != int(m_hosts.size())) {
        m_model->removeRows(0, m_model->rowCount());
        for (std::size_t i = 0; i < m_hosts.size(); ++i) {
            QList<QStandardItem *> row;
            for (int c = 0; c <= kStateColumn; ++c) {
                auto *item = new QStandardItem;
                if (c > 0 && c < kStateColumn)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                row << item;
            }
            m_model->appendRow(row);
        }
    }
    int r = 0;
    for (const Followed &followed : std::views::values(m_hosts)) {
        const Traffic hour = followed.window.lastHour();
        m_model->item(r, 0)->setText(followed.host.name);
        m_model->item(r, 0)->setData(followed.series->color(), Qt::DecorationRole);
        for (std::size_t k = 0; k < trafficKinds().size(); ++k)
            m_model->item(r, int(k) + 1)->setText(QLocale().toString(qlonglong(hour.*trafficKinds()[k].field)));
        m_model->item(r, kStateColumn)->setText(followed.state);
        ++r;
    }
}

QStringList HostsTrafficView::hostNames() const
{
    QStringList names;
    for (const Followed &followed : std::views::values(m_hosts))
        names << followed.host.name;
    return names;
}

Traffic HostsTrafficView::lastHour(const QString &host) const
{
    const auto it = m_hosts.find(host);
    return it == m_hosts.end() ? Traffic {} : it->second.window.lastHour();
}

QString HostsTrafficView::stateText(const QString &host) const
{
    const auto it = m_hosts.find(host);
    return it == m_hosts.end() ? QString() : it->second.state;
}

void HostsTrafficView::setKind(int kind)
{
    m_kindBox->setCurrentIndex(kind);
}

} // namespace Mailwarden
