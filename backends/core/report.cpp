#include "report.h"

#include "tr.h"

namespace Mailwarden {

namespace {

QString statusWord(Report::Status status)
{
    switch (status) {
    case Report::Status::Running:
        return Tr::tr("running");
    case Report::Status::Done:
        return Tr::tr("done");
    case Report::Status::Failed:
        return Tr::tr("failed");
    case Report::Status::Skipped:
        break;
    }
    return Tr::tr("skipped");
}

} // namespace

Report::Report(const QString &text) : m_text(text), m_started(QDateTime::currentDateTimeUtc()) { }

Report *Report::newChild(const QString &text)
{
    auto child = std::make_unique<Report>(text);
    child->m_parent = this;
    m_children.push_back(std::move(child));
    return m_children.back().get();
}

void Report::addOutput(const QString &output)
{
    if (output.isEmpty())
        return;
    if (!m_output.isEmpty() && !m_output.endsWith(QLatin1Char('\n')))
        m_output += QLatin1Char('\n');
    m_output += output;
}

void Report::setStatus(Status status)
{
    m_status = status;
    if (status != Status::Running)
        m_finished = QDateTime::currentDateTimeUtc();
}

qint64 Report::durationMs() const
{
    return m_started.msecsTo(m_finished.isValid() ? m_finished : QDateTime::currentDateTimeUtc());
}

QList<const Report *> Report::children() const
{
    QList<const Report *> out;
    for (const auto &child : m_children)
        out.append(child.get());
    return out;
}

void Report::appendText(QString &out, int depth) const
{
    const QString indent(depth * 2, QLatin1Char(' '));
    out += indent + m_text + QStringLiteral(" [%1, %2 ms]\n").arg(statusWord(m_status)).arg(durationMs());
    if (!m_output.isEmpty()) {
        for (const QString &line : m_output.split(QLatin1Char('\n'))) {
            if (!line.isEmpty())
                out += indent + QStringLiteral("  | ") + line + QLatin1Char('\n');
        }
    }
    for (const auto &child : m_children)
        child->appendText(out, depth + 1);
}

QString Report::toText() const
{
    QString out;
    appendText(out, 0);
    return out;
}

void Report::appendHtml(QString &out) const
{
    out += QStringLiteral("<li><span class=\"%1\">%2</span> <small>%3, %4 ms</small>")
               .arg(m_status == Status::Failed ? QStringLiteral("failed") : QStringLiteral("ok"),
                   m_text.toHtmlEscaped(), statusWord(m_status))
               .arg(durationMs());
    if (!m_output.isEmpty())
        out += QStringLiteral("<pre>%1</pre>").arg(m_output.toHtmlEscaped());
    if (!m_children.empty()) {
        out += QStringLiteral("<ul>");
        for (const auto &child : m_children)
            child->appendHtml(out);
        out += QStringLiteral("</ul>");
    }
    out += QStringLiteral("</li>");
}

QString Report::toHtml() const
{
    QString out = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                                 "<style>.failed{color:#b00;font-weight:bold}pre{background:#f4f4f4}</style>"
                                 "</head><body><ul>")
                      .arg(m_text.toHtmlEscaped());
    appendHtml(out);
    out += QStringLiteral("</ul></body></html>\n");
    return out;
}

} // namespace Mailwarden
