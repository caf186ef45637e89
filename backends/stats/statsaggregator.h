#pragma once

#include "dayrange.h"
#include "mailevent.h"
#include "statsfigures.h"

#include <QtGlobal>

#include <memory>
#include <string>
#include <vector>

namespace Mailwarden::Stats {

/// Builds StatsFigures from MailEvents, with pflogsumm's pairing rules per
/// queue id (a message's size comes from its qmgr line, its sender counts
/// only when a client handed it in, a message counts as deferred once).
///
/// Memory is bounded by the distinct keys (senders, recipients, domains,
/// reasons) and the queue ids still in the queue: a queue id's state is
/// dropped when the log says "removed".
///
/// Parallel use: split a log into consecutive parts, give every part but the
/// first its own aggregator with setHasPredecessor(true), feed the parts on
/// several threads, then absorb() them in log order into the first one. A part
/// that meets a queue id it has not seen born keeps that id's dependent steps
/// as small pending operations, and absorb() replays them on the state the
/// earlier parts left, so the result equals one sequential pass.
/// Not thread-safe: one aggregator per thread.
class StatsAggregator final : public EventSink
{
public:
    StatsAggregator();
    ~StatsAggregator() override;
    Q_DISABLE_COPY_MOVE(StatsAggregator)

    /// This aggregator reads a part that does not start the log.
    void setHasPredecessor(bool hasPredecessor);

    /// Count only events of these days (lines are still counted); every day by default.
    void setDayRange(const DayRange &days) { m_days = days; }
    const DayRange &dayRange() const { return m_days; }

    /// Keep a per-second series of the last \a seconds seconds (live follow); 0 = off.
    void setLiveWindow(int seconds);

    void event(const MailEvent &event) override;

    /// Counts one input line, \a matched when a parser recognised it.
    void countLine(bool matched)
    {
        ++m_figures.lines;
        m_figures.matchedLines += matched;
    }
    /// \a count lines were longer than the readers' bound and arrived cut.
    void countOverlongLines(std::int64_t count) { m_figures.overlongLines += count; }

    /// Adds the figures of \a later, the part of the log right after this one's.
    void absorb(StatsAggregator &later);

    /// Gives year-less syslog days their year: the last such day belongs to the
    /// year of \a referenceYear/\a referenceMonth (the file's time, or now),
    /// or the year before if its month lies after the reference month.
    void resolveYears(int referenceYear, int referenceMonth);

    const StatsFigures &figures() const { return m_figures; }
    StatsFigures takeFigures() { return std::move(m_figures); }

    /// Per-second traffic of the live window, by epoch second.
    const std::map<std::int64_t, Traffic> &liveSeries() const { return m_live; }

    /// Queue ids currently tracked (for tests and memory checks).
    std::size_t trackedQueueIds() const { return m_queue.size(); }

private:
    struct PendingOp;
    struct QueueState;

    Traffic &dayTraffic(const LogTime &time);
    void traffic(const LogTime &time, std::int64_t Traffic::*field);
    const std::string *intern(std::string_view s);
    KeyHashMap<QueueState>::iterator stateFor(std::string_view qid, bool dependent);
    void birth(std::string_view qid, const std::string *origin, std::int32_t outstanding);
    void finalDelivery(KeyHashMap<QueueState>::iterator it);
    void applyQueued(QueueState &q, std::string_view sender, std::int64_t size);
    void applyDeliveredBytes(const QueueState &q, DeliveryVolume &domain, Volume &recipient);
    void applyDeferredOnce(QueueState &q);
    void replay(std::string_view qid, std::vector<PendingOp> &ops);
    void reject(const MailEvent &e, int index, std::int64_t StatsFigures::*total);

    StatsFigures m_figures;
    KeyHashMap<QueueState> m_queue;
    KeyMap<bool> m_origins; ///< client domains; QueueState::origin points at keys
    std::vector<std::pair<std::string, std::vector<PendingOp>>> m_orphans;
    bool m_hasPredecessor = false;
    DayRange m_days;
    std::string m_buffer, m_buffer2, m_keyBuffer;

    // Year-less days: relative year offset from the first line, rollover by month order.
    int m_firstMonth = 0, m_lastMonth = 0, m_yearOffset = 0;
    std::int32_t m_dayKey = -1;
    Traffic *m_day = nullptr;

    int m_liveWindow = 0;
    std::map<std::int64_t, Traffic> m_live;
};

} // namespace Mailwarden::Stats
