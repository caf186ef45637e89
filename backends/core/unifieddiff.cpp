#include "unifieddiff.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <vector>

namespace Mailwarden {

namespace {

QList<QByteArrayView> splitLines(QByteArrayView text)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf('\n', start);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.append(text.sliced(start, end - start));
        start = end;
    }
    return lines;
}

enum class Op : char { Keep = ' ', Remove = '-', Add = '+' };

struct Edit {
    Op op;
    qsizetype a; ///< index in before (Keep, Remove)
    qsizetype b; ///< index in after (Keep, Add)
};

// Myers' greedy forward search over a[aBegin, aEnd) and b[bBegin, bEnd), lines
// given as ids. Appends the script; false when more than maxEdits are needed.
bool myers(const std::vector<int> &a, const std::vector<int> &b, qsizetype maxEdits, std::vector<Edit> &out,
    qsizetype aOffset, qsizetype bOffset)
{
    const qsizetype n = qsizetype(a.size()), m = qsizetype(b.size());
    const qsizetype max = std::min(n + m, maxEdits);
    const qsizetype offset = max + 1;
    std::vector<qsizetype> v(size_t(2 * max + 3), 0);
    std::vector<std::vector<qsizetype>> trace;
    for (qsizetype d = 0; d <= max; ++d) {
        trace.push_back(v);
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                ? v[size_t(offset + k + 1)]
                : v[size_t(offset + k - 1)] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                // Walk the snapshots back from (n, m) to (0, 0).
                std::vector<Edit> script;
                qsizetype cx = n, cy = m;
                for (qsizetype e = d; e > 0; --e) {
                    const std::vector<qsizetype> &pv = trace[size_t(e)];
                    const qsizetype ck = cx - cy;
                    const bool down
                        = ck == -e || (ck != e && pv[size_t(offset + ck - 1)] < pv[size_t(offset + ck + 1)]);
                    const qsizetype pk = down ? ck + 1 : ck - 1;
                    const qsizetype px = pv[size_t(offset + pk)];
                    const qsizetype py = px - pk;
                    while (cx > px + (down ? 0 : 1) && cy > py + (down ? 1 : 0)) {
                        --cx;
                        --cy;
                        script.push_back({Op::Keep, aOffset + cx, bOffset + cy});
                    }
                    if (down) {
                        --cy;
                        script.push_back({Op::Add, aOffset + cx, bOffset + cy});
                    } else {
                        --cx;
                        script.push_back({Op::Remove, aOffset + cx, bOffset + cy});
                    }
                }
                while (cx > 0 && cy > 0) {
                    --cx;
                    --cy;
                    script.push_back({Op::Keep, aOffset + cx, bOffset + cy});
                }
                out.insert(out.end(), script.rbegin(), script.rend());
                return true;
            }
        }
    }
    return false;
}

std::vector<Edit> editScript(const QList<QByteArrayView> &a, const QList<QByteArrayView> &b, qsizetype maxEdits)
{
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;

    std::vector<Edit> script;
    for (qsizetype i = 0; i < head; ++i)
        script.push_back({Op::Keep, i, i});
    // The middle: lines as small ids, so the search compares ints.
    QHash<QByteArrayView, int> ids;
    auto idOf = [&ids](QByteArrayView line) {
        if (const auto it = ids.constFind(line); it != ids.cend())
            return *it;
        const int id = int(ids.size());
        ids.insert(line, id);
        return id;
    };
    std::vector<int> ma, mb;
    for (qsizetype i = head; i < a.size() - tail; ++i)
        ma.push_back(idOf(a[i]));
    for (qsizetype i = head; i < b.size() - tail; ++i)
        mb.push_back(idOf(b[i]));
    if (!myers(ma, mb, maxEdits, script, head, head)) {
        for (qsizetype i = head; i < a.size() - tail; ++i)
            script.push_back({Op::Remove, i, head});
        for (qsizetype i = head; i < b.size() - tail; ++i)
            script.push_back({Op::Add, a.size() - tail, i});
    }
    for (qsizetype i = 0; i < tail; ++i)
        script.push_back({Op::Keep, a.size() - tail + i, b.size() - tail + i});
    return script;
}

void appendLine(QByteArray &out, char prefix, QByteArrayView line)
{
    out += prefix;
    out += line;
    if (!line.endsWith('\n'))
        out += "\n\\ No newline at end of file\n";
}

QByteArray range(qsizetype start, qsizetype count)
{
    // diff -u: "l,s"; a count of 1 is just "l"; an empty range names the line before it
    if (count == 0)
        return QByteArray::number(start) + ",0";
    if (count == 1)
        return QByteArray::number(start + 1);
    return QByteArray::number(start + 1) + ',' + QByteArray::number(count);
}

} // namespace

namespace {

// The part of both texts that can differ, on line boundaries, with up to
// \a context equal lines around it: a one-line change in a 30 MB table is then
// one memcmp pass and a few lines to split, not two million. Outside the
// window both texts are the same bytes.
struct Window {
    QByteArrayView a, b;
    qsizetype linesBefore = 0; ///< lines of the texts before the window
};

Window window(QByteArrayView before, QByteArrayView after, int context)
{
    const qsizetype common = std::min(before.size(), after.size());
    const qsizetype head = std::mismatch(before.begin(), before.begin() + common, after.begin()).first - before.begin();
    qsizetype tail = 0;
    while (tail < common - head && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    // Back to the start of the line of the first difference, then `context` lines more.
    qsizetype start = head;
    while (start > 0 && before[start - 1] != '\n')
        --start;
    for (int i = 0; i < context && start > 0; ++i) {
        --start;
        while (start > 0 && before[start - 1] != '\n')
            --start;
    }
    // The common tail begins at tA in before and tB in after. Move both ends
    // forward by the same count d (the bytes there are equal) to a line end,
    // then `context` lines more.
    const qsizetype tA = before.size() - tail, tB = after.size() - tail;
    auto atLineStart = [](QByteArrayView text, qsizetype i) { return i == 0 || text[i - 1] == '\n'; };
    qsizetype d = 0;
    if (!atLineStart(before, tA) || !atLineStart(after, tB)) {
        const qsizetype nl = before.indexOf('\n', tA);
        d = (nl < 0 ? before.size() : nl + 1) - tA;
    }
    for (int i = 0; i < context && tA + d < before.size(); ++i) {
        const qsizetype nl = before.indexOf('\n', tA + d);
        d = (nl < 0 ? before.size() : nl + 1) - tA;
    }
    Window w {before.sliced(start, tA + d - start), after.sliced(start, tB + d - start), 0};
    w.linesBefore = std::count(before.begin(), before.begin() + start, '\n');
    return w;
}

} // namespace

QByteArray UnifiedDiff::diff(
    QByteArrayView before, QByteArrayView after, const QString &path, int context, qsizetype maxEdits)
{
    if (before == after)
        return {};
    const Window w = window(before, after, context);
    const QList<QByteArrayView> a = splitLines(w.a), b = splitLines(w.b);
    const std::vector<Edit> script = editScript(a, b, maxEdits);

    // git's style: a/etc/postfix/main.cf, not a//etc/postfix/main.cf
    const QByteArray name = path.startsWith(QLatin1Char('/')) ? path.sliced(1).toUtf8() : path.toUtf8();
    QByteArray out = "--- a/" + name + "\n+++ b/" + name + '\n';
    const qsizetype n = qsizetype(script.size());
    qsizetype i = 0;
    while (i < n) {
        while (i < n && script[size_t(i)].op == Op::Keep)
            ++i;
        if (i >= n)
            break;
        // A hunk: from `context` lines before this change to `context` lines after
        // the last change that is at most 2*context lines from the next.
        const qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        while (end < n) {
            qsizetype j = end;
            while (j < n && script[size_t(j)].op != Op::Keep)
                ++j;
            qsizetype keep = j;
            while (keep < n && script[size_t(keep)].op == Op::Keep)
                ++keep;
            if (keep >= n || keep - j > 2 * context) {
                end = std::min(n, j + context);
                break;
            }
            end = keep;
        }
        const Edit &first = script[size_t(start)];
        qsizetype countA = 0, countB = 0;
        for (qsizetype k = start; k < end; ++k) {
            countA += script[size_t(k)].op != Op::Add;
            countB += script[size_t(k)].op != Op::Remove;
        }
        out += "@@ -" + range(w.linesBefore + first.a, countA) + " +" + range(w.linesBefore + first.b, countB)
            + " @@\n";
        for (qsizetype k = start; k < end; ++k) {
            const Edit &e = script[size_t(k)];
            appendLine(out, char(e.op), e.op == Op::Add ? b[e.b] : a[e.a]);
        }
        i = end;
    }
    return out;
}

UnifiedDiff::Stats UnifiedDiff::stats(QByteArrayView before, QByteArrayView after, qsizetype maxEdits)
{
    Stats s;
    if (before == after)
        return s;
    const Window w = window(before, after, 0);
    for (const Edit &e : editScript(splitLines(w.a), splitLines(w.b), maxEdits)) {
        s.added += e.op == Op::Add;
        s.removed += e.op == Op::Remove;
    }
    return s;
}

} // namespace Mailwarden
