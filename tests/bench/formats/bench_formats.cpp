// Parse + write throughput and peak memory of the lossless parsers on generated
// files: a 1,000,000-line access table and a 200,000-line main.cf-style file.
// Goal (issue 4): >= 100 MB/s parse, <= 3x the file size in memory.
// Prints the figures; asserts nothing (timings depend on the machine).
#include "postfix/postfixmaincf.h"
#include "postfix/postfixtable.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

#include <sys/wait.h>
#include <unistd.h>

using namespace Mailwarden;

namespace {

// Peak resident set (VmHWM) in bytes; the kernel keeps it per process.
qint64 peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so each phase gets its own peak.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

qint64 currentRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

QByteArray accessTable(int lines)
{
    QByteArray out;
    out.reserve(qsizetype(lines) * 32);
    for (int i = 0; i < lines; ++i) {
        if (i % 50 == 0)
            out += "# block " + QByteArray::number(i / 50) + '\n';
        else if (i % 3 == 0)
            out += QByteArray::number(10 + i % 200) + '.' + QByteArray::number(i % 256) + '.'
                + QByteArray::number(i / 256 % 256) + "\tREJECT\n";
        else
            out += "user" + QByteArray::number(i) + "@example" + QByteArray::number(i % 97) + ".com\tOK\n";
    }
    return out;
}

QByteArray mainCf(int lines)
{
    QByteArray out;
    out.reserve(qsizetype(lines) * 40);
    for (int i = 0; i < lines; ++i) {
        if (i % 10 == 0)
            out += "# comment line " + QByteArray::number(i) + '\n';
        else if (i % 10 == 5)
            out += "    permit_mynetworks, reject_unauth_destination\n"; // continuation
        else
            out += "param_" + QByteArray::number(i) + " = $myhostname, { inet:localhost:" + QByteArray::number(i)
                + " }\n";
    }
    return out;
}

template<typename Document>
void run(const char *label, const QByteArray &bytes, int lines)
{
    const double mb = double(bytes.size()) / (1024.0 * 1024.0);
    resetPeak();
    const qint64 before = currentRss();
    QElapsedTimer timer;
    timer.start();
    auto doc = Document::parse(bytes, QStringLiteral("bench"));
    const double parseSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 parsePeak = peakRss() - before;
    if (!doc) {
        std::printf("%s: parse failed: %s\n", label, qPrintable(doc.error().toString()));
        return;
    }
    // Writing an untouched document hands back the shared buffer; edit one line so
    // the figure measures a real concatenation of every record.
    timer.restart();
    const QByteArray same = doc->toBytes();
    const double writeSharedSeconds = double(timer.nsecsElapsed()) / 1e9;
    if constexpr (std::is_same_v<Document, PostfixTable>)
        doc->addEntry("bench.example", "OK");
    else
        doc->setParameter("myhostname", "bench.example");
    timer.restart();
    const QByteArray written = doc->toBytes();
    const double writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 totalPeak = peakRss() - before;
    std::printf("%s: %d lines, %.1f MB, round trip %s\n", label, lines, mb, same == bytes ? "identical" : "DIFFERS");
    std::printf("  parse:           %8.1f ms  %8.1f MB/s\n", parseSeconds * 1e3, mb / parseSeconds);
    std::printf("  write untouched: %8.3f ms  (shares the source buffer)\n", writeSharedSeconds * 1e3);
    std::printf("  write after edit:%8.1f ms  %8.1f MB/s\n", writeSeconds * 1e3, mb / writeSeconds);
    std::printf("  memory: parse peak +%.1f MB (%.2fx file), parse+write peak +%.1f MB (%.2fx file)\n",
        double(parsePeak) / 1048576.0, double(parsePeak) / double(bytes.size()), double(totalPeak) / 1048576.0,
        double(totalPeak) / double(bytes.size()));
}

} // namespace

int main()
{
    // Each benchmark in its own process: freed heap of one would hide the peak of the next.
    const auto benchmarks = {+[] { run<PostfixTable>("access table", accessTable(1000000), 1000000); },
        +[] { run<PostfixMainCf>("main.cf", mainCf(200000), 200000); }};
    for (auto benchmark : benchmarks) {
        std::fflush(stdout);
        const pid_t child = fork();
        if (child == 0) {
            benchmark();
            std::fflush(stdout);
            _exit(0);
        }
        int status = 0;
        waitpid(child, &status, 0);
    }
    return 0;
}
