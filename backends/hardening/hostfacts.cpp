#include "hostfacts.h"

#include "core/tr.h"
#include "mta/mtacommands.h"

#include <QHostAddress>
#include <QtEndian>

#include <algorithm>

namespace Mailwarden::Hardening {

namespace {

// Fixed text: the MTA's name (one of three words) and the paths arrive as
// arguments. Each line is one fact; paths and contents are base64, so no
// file name or content can break a line.
// clang-format off
const char kScript[] = R"SH(mta=$1; shift
b() { base64 -w0; }
fact() { # fact r|s PATH
    if [ ! -e "$2" ] && [ ! -L "$2" ]; then printf 'N %s\n' "$(printf %s "$2" | b)"; return; fi
    st=$(stat -L -c '%a %U %G %s' -- "$2" 2>/dev/null) || st='- - - 0'
    if [ "$1" = r ] && [ -f "$2" ] && [ -r "$2" ]; then
        printf 'F %s %s %s\n' "$st" "$(printf %s "$2" | b)" "$(head -c 1048576 -- "$2" | b)"
    else
        printf 'S %s %s\n' "$st" "$(printf %s "$2" | b)"
    fi
}
for a in "$@"; do fact "${a%%/*}" "/${a#*/}"; done
for f in /etc/ssh/sshd_config.d/*.conf /etc/ssh/sshd_config; do
    [ -e "$f" ] && { fact r "$f"; printf 'D %s\n' "$(printf %s "$f" | b)"; }
done
if command -v ss >/dev/null 2>&1; then
    printf 'C ss %s\n' "$(ss -ltnH 2>/dev/null | b)"
else # a minimal system without iproute2: the kernel's own table
    printf 'C proc %s\n' "$(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null | b)"
fi
case $mta in
postfix) v=$(postconf -h mail_version 2>&1) ;;
sendmail) v=$(sendmail -d0.1 -bt </dev/null 2>&1 | head -n 1) ;;
*) v= ;;
esac
printf 'C version %s\n' "$(printf %s "$v" | b)"
)SH";
// clang-format on

QByteArray unbase(const QByteArray &text)
{
    return QByteArray::fromBase64(text);
}

} // namespace

bool ListeningSocket::isLoopback() const
{
    const QHostAddress a(address);
    return !a.isNull() && a.isLoopback();
}

const FileFact *HostFacts::file(const QString &path) const
{
    const auto it = files.constFind(path);
    return it == files.constEnd() ? nullptr : &*it;
}

namespace {

// /proc/net/tcp{,6}: "sl local_address rem_address st ...", addresses in hex as
// the kernel stores them (each 32-bit word in host order: little-endian here).
std::optional<ListeningSocket> procSocket(const QList<QByteArray> &fields)
{
    if (fields.size() < 4 || fields.at(3) != "0A") // 0A: LISTEN
        return std::nullopt;
    const QList<QByteArray> local = fields.at(1).split(':');
    if (local.size() != 2)
        return std::nullopt;
    bool ok = false;
    const uint port = local.at(1).toUInt(&ok, 16);
    const QByteArray hex = local.at(0);
    if (!ok || port == 0 || port > 65535 || (hex.size() != 8 && hex.size() != 32))
        return std::nullopt;
    QByteArray bytes = QByteArray::fromHex(hex);
    for (qsizetype word = 0; word + 4 <= bytes.size(); word += 4)
        std::reverse(bytes.begin() + word, bytes.begin() + word + 4);
    const QHostAddress address = bytes.size() == 4 ? QHostAddress(qFromBigEndian<quint32>(bytes.constData()))
                                                   : QHostAddress(reinterpret_cast<const quint8 *>(bytes.constData()));
    QString text = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol && address.isEqual(QHostAddress::AnyIPv6))
        text = QStringLiteral("::");
    return ListeningSocket {text, quint16(port)};
}

// ss -ltnH: "State Recv-Q Send-Q Local:Port Peer:Port [Process]"
std::optional<ListeningSocket> ssSocket(const QList<QByteArray> &fields)
{
    if (fields.size() < 4)
        return std::nullopt;
    const QByteArray local = fields.at(3);
    const qsizetype colon = local.lastIndexOf(':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const uint port = local.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    QByteArray address = local.left(colon);
    if (address.startsWith('[') && address.endsWith(']'))
        address = address.mid(1, address.size() - 2);
    if (const qsizetype percent = address.indexOf('%'); percent > 0)
        address.truncate(percent); // 127.0.0.53%lo
    return ListeningSocket {QString::fromLatin1(address), quint16(port)};
}

} // namespace

QList<ListeningSocket> HostFacts::listeningSockets() const
{
    QList<ListeningSocket> out;
    for (const QByteArray &line : listening.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        const auto s = fromProc ? procSocket(fields) : ssSocket(fields);
        if (s && !out.contains(*s))
            out.append(*s);
    }
    return out;
}

QByteArray HostFacts::sshdValue(QByteArrayView keyword, QString *where) const
{
    for (const QString &path : sshdFiles) {
        const FileFact *f = file(path);
        if (!f || !f->read)
            continue;
        int number = 0;
        for (const QByteArray &raw : f->content.split('\n')) {
            ++number;
            const QByteArray line = raw.trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const qsizetype end = line.indexOf(' ') < 0 ? line.indexOf('\t') : line.indexOf(' ');
            const QByteArray key = (end < 0 ? line : line.left(end)).toLower();
            if (key == "match")
                break; // what follows applies to some connections only
            if (key == QByteArray(keyword).toLower() && end > 0) {
                QByteArray value = line.mid(end + 1).trimmed();
                if (value.startsWith('='))
                    value = value.mid(1).trimmed();
                if (where)
                    *where = QStringLiteral("%1:%2").arg(path).arg(number);
                return value.toLower();
            }
        }
    }
    return {};
}

Command HostFacts::command(MtaKind mta, const QStringList &read, const QStringList &statOnly)
{
    QByteArrayList args {mtaKindName(mta).toLatin1()};
    for (const QString &path : read)
        args.append("r" + path.toUtf8());
    for (const QString &path : statOnly)
        args.append("s" + path.toUtf8());
    Command command = mtaShell(kScript, args);
    command.maxOutputBytes = 96 << 20;
    return command;
}

std::expected<HostFacts, QString> HostFacts::parse(const QByteArray &output)
{
    HostFacts facts;
    int number = 0;
    for (const QByteArray &line : output.split('\n')) {
        ++number;
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split(' ');
        const QByteArray kind = f.first();
        const auto malformed = [&] {
            return std::unexpected(Tr::tr("host facts, line %1: malformed '%2' record")
                    .arg(number)
                    .arg(QString::fromLatin1(kind.left(8))));
        };
        if (kind == "N" && f.size() == 2) {
            FileFact file;
            file.path = QString::fromUtf8(unbase(f.at(1)));
            facts.files.insert(file.path, file);
        } else if ((kind == "F" && f.size() == 7) || (kind == "S" && f.size() == 6)) {
            FileFact file;
            file.exists = true;
            bool ok = false;
            const int mode = QString::fromLatin1(f.at(1)).toInt(&ok, 8);
            file.mode = ok ? mode : -1;
            file.owner = QString::fromUtf8(f.at(2));
            file.group = QString::fromUtf8(f.at(3));
            file.size = f.at(4).toLongLong();
            file.path = QString::fromUtf8(unbase(f.at(5)));
            if (kind == "F") {
                file.read = true;
                file.content = unbase(f.at(6));
                file.truncated = file.size > kReadLimit;
            }
            facts.files.insert(file.path, file);
        } else if (kind == "D" && f.size() == 2) {
            facts.sshdFiles.append(QString::fromUtf8(unbase(f.at(1))));
        } else if (kind == "C" && f.size() == 3) {
            if (f.at(1) == "ss" || f.at(1) == "proc") {
                facts.listening = unbase(f.at(2));
                facts.fromProc = f.at(1) == "proc";
            } else if (f.at(1) == "version")
                facts.version = unbase(f.at(2)).trimmed();
        } else {
            return malformed();
        }
    }
    return facts;
}

} // namespace Mailwarden::Hardening
