#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

namespace Mailwarden::Testing {

/// The relay the lab MTAs send outside mail to (LabHost::deadPort), opened for
/// a flush test: it takes mail for one domain and answers 451 for every other
/// recipient, so the lab's own deferred mail stays deferred and a test sees
/// both outcomes of one flush.
class SmtpSink final : public QObject
{
public:
    explicit SmtpSink(QByteArray acceptedDomain = "flush.example", QObject *parent = nullptr);

    bool listen(quint16 port);
    /// Messages taken (the final "." answered 250).
    int delivered() const { return m_delivered; }
    /// Every command line the relay was sent, for a test's failure message.
    QByteArray transcript() const { return m_transcript; }

private:
    void serve();

    QTcpServer m_server;
    QByteArray m_acceptedSuffix;
    int m_delivered = 0;
    QByteArray m_transcript;
};

} // namespace Mailwarden::Testing
