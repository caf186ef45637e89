#include "postfixsurvey.h"

#include "postfix/postfixmastercf.h"
#include "postfixcatalogue.h"
#include "postfixoptions.h"

#include <QMap>

namespace Mailwarden {

namespace {

constexpr QByteArrayView kDefaults = "@@mailwarden postconf -d@@\n";
constexpr QByteArrayView kSet = "@@mailwarden postconf -n@@\n";
constexpr QByteArrayView kMaster = "@@mailwarden master.cf@@\n";
constexpr QByteArrayView kPaths = "@@mailwarden paths@@\n";
constexpr QByteArrayView kReal = "@@mailwarden realpath@@\n";
constexpr QByteArrayView kEnd = "@@mailwarden postfix end@@\n";

// The text between \a marker and the next "@@mailwarden" line.
std::optional<QByteArrayView> section(QByteArrayView out, QByteArrayView marker)
{
    const qsizetype at = out.indexOf(marker);
    if (at < 0)
        return std::nullopt;
    QByteArrayView rest = out.sliced(at + marker.size());
    const qsizetype next = rest.indexOf("@@mailwarden ");
    return next < 0 ? rest : rest.first(next);
}

// postconf prints "name = value", and "name =" for an empty value.
QByteArrayView nameOf(QByteArrayView line)
{
    qsizetype eq = line.indexOf(" = ");
    if (eq < 0 && line.endsWith(" ="))
        eq = line.size() - 2;
    return eq > 0 ? line.first(eq) : QByteArrayView();
}

} // namespace

QByteArray PostfixSurvey::script()
{
    // postconf -d and -n once each (their output kept in variables), the facts
    // MtaEvidence wants read from -d without another postconf, master.cf, and
    // every absolute path in all three (repeats and all) resolved by one realpath (-m: one output
    // line per argument, so the two lists pair up even for missing files).
    return QByteArrayLiteral(R"SH(if command -v postconf >/dev/null 2>&1; then
    pd=$(postconf -d 2>/dev/null)
    pn=$(postconf -n)
    # one sed (the shell's own ${pd%%...} is quadratic: 130 ms on 60 kB);
    # postconf -d is sorted, so config_directory comes before mail_version
    { read -r d; read -r v; } <<EOF
$(printf '%s\n' "$pd" | sed -n -e 's/^config_directory = //p' -e 's/^mail_version = //p')
EOF
    [ -n "$d" ] && [ -f "$d/main.cf" ] && echo "postfix.config=$d/main.cf"
    echo "postfix.version=$v"
    mc=
    [ -n "$d" ] && [ -r "$d/master.cf" ] && mc=$(cat "$d/master.cf")
    printf '@@mailwarden postconf -d@@\n%s\n@@mailwarden postconf -n@@\n%s\n@@mailwarden master.cf@@\n%s\n' "$pd" "$pn" "$mc"
    paths=$(printf '%s\n' "$pd" "$pn" "$mc" "$d/main.cf" "$d/master.cf" | grep -oE '/[^][:space:],;"'\''(){}=]+')
    printf '@@mailwarden paths@@\n%s\n@@mailwarden realpath@@\n' "$paths"
    set -f
    # shellcheck disable=SC2086 # one word per path: the paths hold no blanks
    [ -n "$paths" ] && realpath -m -- $paths
    set +f
    echo '@@mailwarden postfix end@@'
fi
)SH");
}

QByteArray PostfixSurvey::mergePostconf(QByteArrayView defaults, QByteArrayView set, QByteArrayView warnings)
{
    // Plain postconf prints every parameter sorted by name (byte order, as -d
    // does): the defaults, main.cf's value where it sets one, and main.cf's own
    // names unless postconf calls them unused (a name only $name refers to is
    // used). QMap keeps byte order.
    QMap<QByteArray, QByteArray> lines;
    for (const QByteArray &line : defaults.toByteArray().split('\n')) {
        if (const QByteArrayView name = nameOf(line); !name.isEmpty())
            lines.insert(name.toByteArray(), line);
    }
    for (const QByteArray &line : set.toByteArray().split('\n')) {
        const QByteArrayView name = nameOf(line);
        if (name.isEmpty())
            continue;
        if (!lines.contains(name.toByteArray())
            && warnings.contains(QByteArray("unused parameter: " + name.toByteArray() + '=')))
            continue;
        lines.insert(name.toByteArray(), line);
    }
    QByteArray merged;
    merged.reserve(defaults.size() + set.size());
    for (const QByteArray &line : std::as_const(lines))
        merged += line + '\n';
    return merged;
}

QByteArray PostfixSurvey::masterOverrides(const QByteArray &masterCf)
{
    const auto master = PostfixMasterCf::parse(masterCf, QStringLiteral("master.cf"));
    if (!master)
        return {};
    QByteArray lines;
    for (const PostfixService &service : master->services()) {
        if (!service.enabled)
            continue;
        for (const auto &[name, value] : service.options)
            lines += service.name + '/' + service.type + '/' + name + " = " + value + '\n';
    }
    return lines;
}

std::optional<PostfixSurvey::Result> PostfixSurvey::parse(QByteArrayView out, QByteArrayView err)
{
    const auto defaults = section(out, kDefaults);
    const auto set = section(out, kSet);
    const auto masterCf = section(out, kMaster);
    const auto paths = section(out, kPaths);
    const auto real = section(out, kReal);
    if (!defaults || !set || !masterCf || !paths || !real || !out.contains(kEnd))
        return std::nullopt;

    QString configDirectory;
    for (const QByteArray &line : defaults->toByteArray().split('\n')) {
        if (line.startsWith("config_directory = "))
            configDirectory = QString::fromUtf8(line.sliced(19));
    }
    Result result;
    result.catalogue = PostfixCatalogue::fromPostconf(
        mergePostconf(*defaults, *set, err), masterOverrides(masterCf->trimmed().toByteArray() + '\n'));
    result.options = PostfixOptions::fromPostconf(*defaults, *set, err, configDirectory + QStringLiteral("/main.cf"));

    const QList<QByteArray> from = paths->trimmed().toByteArray().split('\n');
    const QList<QByteArray> to = real->trimmed().toByteArray().split('\n');
    QHash<QString, QString> links;
    if (from.size() == to.size()) {
        for (qsizetype i = 0; i < from.size(); ++i)
            links.insert(QString::fromUtf8(from.at(i)), QString::fromUtf8(to.at(i)));
    }
    for (CatalogueEntry &entry : result.catalogue) {
        const auto found = links.constFind(entry.path);
        if (found == links.cend()) {
            result.linksUnresolved = true;
            continue;
        }
        if (found->startsWith(QLatin1Char('/')) && *found != entry.path) {
            entry.configuredPath = entry.path;
            entry.path = *found;
        }
    }
    return result;
}

} // namespace Mailwarden
