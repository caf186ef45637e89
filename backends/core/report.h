#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Mailwarden {

/// A tree of what a long job did, for the admin to read and save (kpmcore's
/// Report): a ChangeSet's steps, a probe run, a hardening audit. Each node has
/// a line of text, the output of what it ran, how it ended and its children.
/// Not thread-safe: one runner writes it, and hands it over when done.
class Report final
{
public:
    enum class Status { Running, Done, Failed, Skipped };

    explicit Report(const QString &text = {});
    Q_DISABLE_COPY_MOVE(Report)

    /// A new child, owned by this node.
    Report *newChild(const QString &text);
    void addOutput(const QString &output);
    void setStatus(Status status);

    QString text() const { return m_text; }
    QString output() const { return m_output; }
    Status status() const { return m_status; }
    QDateTime started() const { return m_started; }
    qint64 durationMs() const;
    const Report *parent() const { return m_parent; }
    QList<const Report *> children() const;

    /// Indented plain text, one node a line, its output below it.
    QString toText() const;
    /// A self-contained HTML document (for "Save report").
    QString toHtml() const;

private:
    void appendText(QString &out, int depth) const;
    void appendHtml(QString &out) const;

    QString m_text;
    QString m_output;
    Status m_status = Status::Running;
    QDateTime m_started;
    QDateTime m_finished;
    Report *m_parent = nullptr;
    std::vector<std::unique_ptr<Report>> m_children;
};

} // namespace Mailwarden
