// What the queue benchmarks share: RSS, the GUI event loop's longest stall,
// and a listing loaded into the Queue tab's model and a view set up as the
// tab's, timed as the admin sees it.
#pragma once

#include "queue/queuemodel.h"
#include "queue/queuereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

namespace Mailwarden::Bench {

inline qint64 rssBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

// The longest time between two ticks of a 5 ms timer, minus the 5 ms.
struct GapProbe {
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    GapProbe()
    {
        timer.setInterval(5);
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            worst = qMax(worst, now - last - 5'000'000);
            last = now;
        });
    }
    void start()
    {
        clock.start();
        last = 0;
        worst = 0;
        timer.start();
    }
    double stopMs()
    {
        timer.stop();
        return double(worst) / 1e6;
    }
};

// A reader's listing into the model and view, wired as QueuePage does.
struct TabLoad {
    QueueModel model;
    QTableView view;
    qint64 rssBefore = 0;
    qint64 firstRows = -1; ///< ms after the request until the first rows are painted
    qint64 lastBatch = -1; ///< ms after the request when the last batch was in the model
    qint64 lastByte = -1; ///< ms after the request when the reader finished (its last byte was in)
    qint64 finishMs = -1; ///< finishLoading's own time
    qint64 done = -1; ///< ms after the request when the whole listing was painted
    qint64 worstAppendNs = 0;
    qsizetype biggestBatch = 0;
    double stallMs = 0; ///< the GUI event loop's longest stall while loading
    QString error;

    TabLoad()
    {
        view.setModel(&model);
        view.setSortingEnabled(true);
        view.verticalHeader()->hide();
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 6);
        view.horizontalHeader()->setStretchLastSection(true);
        view.setShowGrid(false);
        view.setWordWrap(false);
        view.resize(1200, 700);
        view.show();
        // The baseline after the first paint: the window's backing store
        // (1200 x 700 x 4 bytes), fonts and glyph caches are the same for
        // 10 messages or 100,000 and are no cost per message.
        view.viewport()->repaint();
        QCoreApplication::processEvents();
        rssBefore = rssBytes();
    }

    void load(Queue::QueueReader &reader)
    {
        QElapsedTimer t;
        QObject::connect(
            &reader, &Queue::QueueReader::messagesArrived, &model, [&](const QList<Queue::QueueMessage> &batch) {
                QElapsedTimer append;
                append.start();
                model.appendMessages(batch);
                worstAppendNs = qMax(worstAppendNs, append.nsecsElapsed());
                biggestBatch = qMax(biggestBatch, batch.size());
                if (firstRows < 0) {
                    view.viewport()->repaint();
                    firstRows = t.elapsed();
                }
                lastBatch = t.elapsed();
            });
        QObject::connect(&reader, &Queue::QueueReader::nextRetriesKnown, &model, &QueueModel::setNextRetries);
        QObject::connect(&reader, &Queue::QueueReader::finished, &model, [&](const QString &failure) {
            error = failure;
            lastByte = t.elapsed();
            model.finishLoading();
            finishMs = t.elapsed() - lastByte;
            view.viewport()->repaint();
            done = t.elapsed();
        });
        GapProbe probe;
        probe.start();
        t.start();
        reader.start();
        while (done < 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        stallMs = probe.stopMs();
    }
};

} // namespace Mailwarden::Bench
