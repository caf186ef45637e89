#pragma once

// A server on 127.0.0.1 that plays a script, for the broken servers the lab
// does not have: garbage, early close, 421, endless lines, silence.

#include "recordedsession.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace Mailwarden::Probes::Testing {

struct ScriptStep {
    enum class Action {
        Send, ///< write data (CRLF is not added)
        Expect, ///< wait for one line from the client
        Close, ///< close the connection
    };
    Action action = Action::Send;
    QByteArray data;
};
using Script = QList<ScriptStep>;

inline ScriptStep sendLine(const QByteArray &line)
{
    return {ScriptStep::Action::Send, line + "\r\n"};
}
inline ScriptStep expectLine()
{
    return {ScriptStep::Action::Expect, {}};
}
inline ScriptStep closeConnection()
{
    return {ScriptStep::Action::Close, {}};
}

/// A recorded lab session as a script: its server lines, waiting for a
/// client line wherever the client spoke.
inline Script scriptFrom(const QList<RecordedStep> &steps)
{
    Script script;
    for (const RecordedStep &step : steps)
        script.append(step.fromClient ? expectLine() : sendLine(step.line));
    return script;
}

/// Plays scripts()[n] to the n-th connection (the last one to later
/// connections); a script that runs out leaves the connection open and silent.
class ScriptedServer : public QTcpServer
{
public:
    explicit ScriptedServer(QList<Script> scripts) : m_scripts(std::move(scripts))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                const Script script = m_scripts.value(qMin(m_connections, m_scripts.size() - 1));
                ++m_connections;
                socket->setParent(this);
                auto position = std::make_shared<qsizetype>(0);
                const auto play = [this, socket, script, position] {
                    while (*position < script.size()) {
                        const ScriptStep &step = script[*position];
                        if (step.action == ScriptStep::Action::Expect) {
                            if (!socket->canReadLine())
                                return;
                            received.append(socket->readLine().trimmed());
                        } else if (step.action == ScriptStep::Action::Send) {
                            socket->write(step.data);
                        } else {
                            socket->disconnectFromHost();
                        }
                        ++*position;
                    }
                    // Count what the client says after the script ran out.
                    while (socket->canReadLine())
                        received.append(socket->readLine().trimmed());
                };
                connect(socket, &QTcpSocket::readyRead, this, play);
                play();
            }
        });
    }

    quint16 port() const { return serverPort(); }
    int connections() const { return m_connections; }
    QByteArrayList received; ///< every line clients sent, in order

private:
    QList<Script> m_scripts;
    int m_connections = 0;
};

} // namespace Mailwarden::Probes::Testing
