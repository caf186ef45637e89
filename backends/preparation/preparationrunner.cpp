#include "preparationrunner.h"

#include "core/tr.h"
#include "core/unifieddiff.h"
#include "remote/host.h"

#include <QThread>

namespace Mailwarden {

namespace {

// Every script is fixed text; what varies comes in "$@". Root scripts start by
// dropping stdin: it carried sudo's password, and if sudo did not read it (no
// password needed after all) nothing may read it by mistake.
constexpr auto kPath = "PATH=/usr/sbin:/usr/bin:/sbin:/bin\n";

constexpr auto kRootStateScript = R"sh(for f in "$@"; do
  if [ -L "$f" ]; then echo other
  elif [ -f "$f" ]; then printf 'regular %s\n' "$(sha256sum <"$f" | cut -c1-64)"
  elif [ -e "$f" ]; then echo other
  else echo missing
  fi
done)sh";

// put SRC DEST MODE EXPECT NEW CHECK: SRC (the admin's upload) over DEST as
// root:root MODE, only if DEST still is EXPECT ("missing" or its SHA-256) and
// the copy has the SHA-256 NEW. CHECK "visudo": the temp file must pass
// visudo -c -f, and after the rename the whole configuration visudo -c, or the
// previous DEST comes back. Temp names start with '.', which sudo's includedir
// skips. Exit: 65 changed meanwhile, 66 not a plain file, 67 damaged upload,
// 69 visudo refused the file, 70 visudo refused the whole configuration.
constexpr auto kPutScript = R"sh(set -u
src=$1 dest=$2 mode=$3 expect=$4 new=$5 check=$6
dir=${dest%/*} base=${dest##*/}
fail() { code=$1; shift; printf '%s\n' "$*" >&2; exit "$code"; }
[ -d "$dir" ] || mkdir -p -m 0755 "$dir" || fail 1 "cannot create $dir"
if [ -L "$dest" ] || { [ -e "$dest" ] && [ ! -f "$dest" ]; }; then fail 66 "$dest is not a plain file"; fi
if [ -f "$dest" ]; then now=$(sha256sum <"$dest" | cut -c1-64); else now=missing; fi
[ "$now" = "$expect" ] || fail 65 "$dest changed since it was checked (now: $now)"
tmp=$(mktemp "$dir/.$base.mw-new-XXXXXXXX") || fail 1 "cannot create a temp file in $dir"
old=
trap 'rm -f "$tmp" ${old:+"$old"}' EXIT
cat <"$src" >"$tmp" && chown root:root "$tmp" && chmod "$mode" "$tmp" || fail 1 "cannot write $tmp"
[ "$(sha256sum <"$tmp" | cut -c1-64)" = "$new" ] || fail 67 "the uploaded file does not have the planned SHA-256"
if [ "$check" = visudo ]; then
  out=$(visudo -c -f "$tmp" 2>&1) || fail 69 "$out"
fi
if [ -f "$dest" ]; then
  old=$(mktemp "$dir/.$base.mw-old-XXXXXXXX") && cat <"$dest" >"$old" || fail 1 "cannot keep a copy of $dest"
  chmod --reference="$dest" "$old"
fi
sync "$tmp" 2>/dev/null
mv -f "$tmp" "$dest" || fail 1 "cannot rename the new file into $dest"
if [ "$check" = visudo ] && ! out=$(visudo -c 2>&1); then
  if [ -n "$old" ]; then mv -f "$old" "$dest"; old=; else rm -f "$dest"; fi
  fail 70 "$out"
fi
sync "$dir" 2>/dev/null
[ "$check" != visudo ] || printf '%s\n' "$out"
exit 0)sh";

// visudo -c -f on the upload itself, before anything is installed.
constexpr auto kCheckScript = R"sh(visudo -c -f "$1" 2>&1)sh";

QString outputOf(const CommandResult &result)
{
    QString out = QString::fromUtf8(result.out).trimmed();
    const QString err = QString::fromUtf8(result.err).trimmed();
    if (!err.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral("\n")) + err;
    return out;
}

QByteArray modeText(uint mode)
{
    return QByteArray::number(mode, 8).rightJustified(4, '0');
}

} // namespace

PreparationRunner::PreparationRunner(Host &host, PreparationPlan plan, Options options, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_plan(std::move(plan))
    , m_options(std::move(options))
    , m_report(std::make_unique<Report>(Tr::tr("Prepare %1 for Mailwarden").arg(host.displayName())))
{
}

PreparationRunner::~PreparationRunner()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_options.sudoPassword.fill('\0');
}

void PreparationRunner::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        const Outcome outcome = run();
        m_options.sudoPassword.fill('\0');
        m_outcome = outcome;
        Q_EMIT finished(outcome);
    });
    m_thread->start();
}

PreparationRunner::Outcome PreparationRunner::wait()
{
    if (m_thread)
        m_thread->wait();
    return m_outcome;
}

bool PreparationRunner::step(const QString &text, const std::function<bool(Report *)> &body)
{
    Report *node = m_report->newChild(text);
    Q_EMIT stepStarted(text);
    const bool ok = body(node);
    if (!ok || node->status() != Report::Status::Skipped)
        node->setStatus(ok ? Report::Status::Done : Report::Status::Failed);
    Q_EMIT stepFinished(text, ok);
    return ok;
}

Command PreparationRunner::asRoot(const QByteArray &script, const QByteArrayList &args) const
{
    Command command;
    command.argv = {"/bin/sh", "-c", QByteArrayLiteral("exec </dev/null\n") + kPath + script, "mailwarden-prepare"};
    command.argv += args;
    command.timeout = std::chrono::minutes(2);
    if (m_options.sudoPassword.isEmpty()) {
        command.sudo = true; // sudo -n --
    } else {
        // -S: the password from stdin; -k: always ask, so the line is never
        // left for the command; -p '': no prompt text in the output.
        command.argv = QByteArrayList {"sudo", "-S", "-k", "-p", "", "--"} + command.argv;
        command.input = m_options.sudoPassword + '\n';
    }
    return command;
}

std::optional<CommandResult> PreparationRunner::runAsRoot(Report *node, const Command &command)
{
    Command sent = command;
    const auto result = m_host.run(sent).result();
    sent.input.fill('\0');
    if (!result) {
        node->addOutput(result.error().toString());
        if (result.error().kind == RemoteError::Kind::SudoRefused)
            node->addOutput(Tr::tr("This account's sudo asks for a password: give it (it is sent to sudo "
                                   "only, never stored)."));
        return std::nullopt;
    }
    const QByteArray err = result->err;
    if (err.contains("incorrect password") || err.contains("Sorry, try again")
        || err.contains("no password was provided")) {
        node->addOutput(Tr::tr("sudo did not accept the password. Nothing was changed."));
        return std::nullopt;
    }
    if (err.contains("is not in the sudoers file") || err.contains("is not allowed to execute")
        || err.contains("may not run sudo")) {
        node->addOutput(Tr::tr("This account may not run commands as root with sudo (%1). Prepare the host "
                               "with an account that has full sudo, or install the files shown by hand.")
                .arg(QString::fromUtf8(err.trimmed())));
        return std::nullopt;
    }
    return *result;
}

bool PreparationRunner::checkRoot(Report *node)
{
    const auto result = runAsRoot(node, asRoot("id -u"));
    if (!result)
        return false;
    if (result->exitCode != 0 || result->out.trimmed() != "0") {
        node->addOutput(Tr::tr("Could not become root: %1").arg(outputOf(*result)));
        return false;
    }
    return true;
}

bool PreparationRunner::readAsRoot(Report *node)
{
    QByteArrayList paths;
    const QList<PlannedFile> files = m_plan.files();
    for (const PlannedFile &f : files)
        paths.append(f.path.toUtf8());
    const auto result = runAsRoot(node, asRoot(kRootStateScript, paths));
    if (!result)
        return false;
    const QList<QByteArray> lines = result->out.split('\n');
    bool ok = true;
    m_states.clear();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const PlannedFile &planned = files.at(i);
        FileState state;
        state.kind = FileState::compare(lines.value(i).trimmed(), planned, &state.sha256);
        if (state.kind == FileState::Kind::Unreadable)
            state.kind = FileState::Kind::NotRegular; // root reads everything: this is not a file
        node->addOutput(QStringLiteral("%1: %2").arg(planned.path, state.describe()));
        if (state.kind == FileState::Kind::NotRegular) {
            ok = false;
        } else if (state.kind == FileState::Kind::Different) {
            const auto content = runAsRoot(node, asRoot("cat -- \"$1\"", {planned.path.toUtf8()}));
            if (content && content->exitCode == 0) {
                state.content = content->out;
                node->addOutput(QString::fromUtf8(UnifiedDiff::diff(state.content, planned.content, planned.path)));
            }
            if (!m_options.replaceDifferent) {
                node->addOutput(Tr::tr("%1 is already there and differs from the plan (there: SHA-256 %2, "
                                       "planned: %3). It is replaced only if you confirm that.")
                        .arg(planned.path, QString::fromLatin1(state.sha256), QString::fromLatin1(planned.sha256())));
                ok = false;
            }
        }
        m_states.append(state);
    }
    m_refused = !ok;
    return ok;
}

bool PreparationRunner::upload(Report *node)
{
    Command mk {{"mktemp", "-d"}, false, {}, std::chrono::seconds(30)};
    const auto dir = m_host.run(mk).result();
    if (!dir || dir->exitCode != 0) {
        node->addOutput(dir ? outputOf(*dir) : dir.error().toString());
        return false;
    }
    m_staging = dir->out.trimmed();
    node->addOutput(Tr::tr("Temporary directory %1").arg(QString::fromUtf8(m_staging)));
    for (const PlannedFile &f : m_plan.files()) {
        Command write;
        write.argv
            = {"/bin/sh", "-c", "umask 077; cat >\"$1\"", "sh", m_staging + '/' + QByteArray::number(int(f.role))};
        write.input = f.content;
        write.timeout = std::chrono::minutes(1);
        const auto written = m_host.run(write).result();
        if (!written || written->exitCode != 0) {
            node->addOutput(written ? outputOf(*written) : written.error().toString());
            return false;
        }
    }
    return true;
}

bool PreparationRunner::checkSudoers(Report *node)
{
    const QByteArray staged = m_staging + '/' + QByteArray::number(int(PlannedFile::Role::Sudoers));
    const auto result = runAsRoot(node, asRoot(kCheckScript, {staged}));
    if (!result)
        return false;
    node->addOutput(outputOf(*result).replace(QString::fromUtf8(staged), m_plan.sudoers.path));
    if (result->exitCode != 0) {
        node->addOutput(Tr::tr("visudo refused the new sudo rules: nothing was installed."));
        m_refused = true;
        return false;
    }
    return true;
}

bool PreparationRunner::install(Report *node, int index)
{
    const PlannedFile planned = m_plan.files().at(index);
    const FileState &state = m_states.at(index);
    if (state.kind == FileState::Kind::Same) {
        node->addOutput(Tr::tr("Already installed, identical."));
        node->setStatus(Report::Status::Skipped);
        return true;
    }
    const QByteArray expect = state.kind == FileState::Kind::Missing ? QByteArray("missing") : state.sha256;
    const QByteArray check = planned.role == PlannedFile::Role::Sudoers ? "visudo" : "none";
    const auto result = runAsRoot(node,
        asRoot(kPutScript,
            {m_staging + '/' + QByteArray::number(int(planned.role)), planned.path.toUtf8(), modeText(planned.mode),
                expect, planned.sha256(), check}));
    if (!result)
        return false;
    const QString out = outputOf(*result);
    switch (result->exitCode) {
    case 0:
        node->addOutput(Tr::tr("%1 installed: root:root %2, SHA-256 %3")
                .arg(planned.path, QString::fromLatin1(modeText(planned.mode)), QString::fromLatin1(planned.sha256())));
        if (!out.isEmpty())
            node->addOutput(out);
        return true;
    case 69:
        node->addOutput(Tr::tr("visudo refused the new sudo rules; %1 is unchanged:\n%2").arg(planned.path, out));
        break;
    case 70:
        node->addOutput(Tr::tr("With the new file sudo's configuration as a whole does not pass visudo -c; "
                               "the previous state is back:\n%1")
                .arg(out));
        break;
    case 65:
        node->addOutput(Tr::tr("%1 changed while we worked; it is left as it is: %2").arg(planned.path, out));
        break;
    default:
        node->addOutput(
            Tr::tr("Installing %1 failed (exit code %2): %3").arg(planned.path).arg(result->exitCode).arg(out));
        break;
    }
    return false;
}

bool PreparationRunner::verifySudoList(Report *node)
{
    // As the admin, without a password: what the console's own `sudo -n` calls will find.
    const auto result = m_host.run(Command {{"sudo", "-n", "-l"}, false, {}, std::chrono::seconds(30)}).result();
    if (!result || result->exitCode != 0) {
        node->addOutput(result ? outputOf(*result) : result.error().toString());
        return false;
    }
    const QList<QByteArray> listed = HostState::nopasswdCommands(result->out);
    bool ok = true;
    for (const SudoRule &rule : m_plan.rules) {
        const bool found = listed.contains(rule.command());
        node->addOutput((found ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + QString::fromUtf8(rule.command()));
        ok = ok && found;
    }
    if (!ok)
        node->addOutput(Tr::tr("sudo -n -l does not list every planned rule."));
    return ok;
}

bool PreparationRunner::verifyHelper(Report *node)
{
    Command facts {{"/bin/sh", "-c", "sha256sum <\"$1\" | cut -c1-64; stat -c '%u:%g %a' -- \"$1\"", "sh",
                       m_plan.helper.path.toUtf8()},
        false, {}, std::chrono::seconds(30)};
    const auto seen = m_host.run(facts).result();
    if (!seen || seen->exitCode != 0) {
        node->addOutput(seen ? outputOf(*seen) : seen.error().toString());
        return false;
    }
    const QList<QByteArray> lines = seen->out.trimmed().split('\n');
    const QByteArray hash = lines.value(0).trimmed();
    const QByteArray owner = lines.value(1).trimmed();
    node->addOutput(Tr::tr("%1 on the host: SHA-256 %2, owner:group:mode %3")
            .arg(m_plan.helper.path, QString::fromLatin1(hash), QString::fromLatin1(owner)));
    if (hash != m_plan.helper.sha256() || owner != "0:0 755") {
        node->addOutput(Tr::tr("The helper on the host is not the shipped one (SHA-256 %1, root:root 755).")
                .arg(QString::fromLatin1(m_plan.helper.sha256())));
        return false;
    }
    Command stat {{m_plan.helper.path.toUtf8(), "stat", m_plan.probePath.toUtf8()}, true, {}, std::chrono::seconds(30)};
    const auto probed = m_host.run(stat).result();
    if (!probed || probed->exitCode != 0) {
        node->addOutput(probed ? outputOf(*probed) : probed.error().toString());
        return false;
    }
    node->addOutput(QStringLiteral("sudo -n %1 stat %2: %3")
            .arg(m_plan.helper.path, m_plan.probePath, QString::fromUtf8(probed->out.trimmed())));
    return true;
}

void PreparationRunner::removeStaging()
{
    if (m_staging.isEmpty())
        return;
    (void)m_host.run(Command {{"rm", "-rf", "--", m_staging}, false, {}, std::chrono::seconds(30)}).result();
    m_staging.clear();
}

PreparationRunner::Outcome PreparationRunner::finish(Outcome outcome, const QString &summary)
{
    removeStaging();
    m_summary = summary;
    m_report->addOutput(summary);
    m_report->setStatus(outcome == Outcome::Prepared ? Report::Status::Done : Report::Status::Failed);
    return outcome;
}

PreparationRunner::Outcome PreparationRunner::run()
{
    const QString name = m_host.displayName();
    const QString unchanged = Tr::tr("Nothing on %1 was changed.").arg(name);
    QString why;
    if (!step(Tr::tr("Check root access (sudo)"), [this, &why](Report *n) {
            const bool ok = checkRoot(n);
            why = n->output().section(QLatin1Char('\n'), -1);
            return ok;
        }))
        return finish(Outcome::Refused, Tr::tr("No root access: %1").arg(why.isEmpty() ? unchanged : why));
    if (!step(Tr::tr("Look at what is installed now (as root)"), [this](Report *n) { return readAsRoot(n); }))
        return finish(m_refused ? Outcome::Refused : Outcome::Failed,
            Tr::tr("A file is in the way (see above). %1").arg(unchanged));
    if (!step(Tr::tr("Upload the files to a private temporary directory"), [this](Report *n) { return upload(n); }))
        return finish(Outcome::Failed, Tr::tr("The upload failed. %1").arg(unchanged));
    if (!step(Tr::tr("Check the sudo rules (visudo -c -f)"), [this](Report *n) { return checkSudoers(n); }))
        return finish(m_refused ? Outcome::Refused : Outcome::Failed,
            Tr::tr("The sudo rules do not pass visudo. %1").arg(unchanged));
    const QList<PlannedFile> files = m_plan.files();
    for (int i = 0; i < files.size(); ++i) {
        const QString text = Tr::tr("Install %1 (%2)").arg(files.at(i).path, files.at(i).purpose());
        if (!step(text, [this, i](Report *n) { return install(n, i); }))
            return finish(Outcome::Failed,
                Tr::tr("Installing %1 failed; files installed before it stay (see the report).").arg(files.at(i).path));
    }
    if (!step(Tr::tr("Verify: sudo -n -l lists every rule"), [this](Report *n) { return verifySudoList(n); }))
        return finish(Outcome::Failed, Tr::tr("Installed, but sudo does not list every rule (see the report)."));
    if (!step(Tr::tr("Verify: the helper's SHA-256 on the host"), [this](Report *n) { return verifyHelper(n); }))
        return finish(Outcome::Failed, Tr::tr("Installed, but the helper on the host does not check out."));
    return finish(Outcome::Prepared,
        Tr::tr("%1 is prepared: sudo -n -l lists all %2 rules, and the helper's SHA-256 is the shipped one.")
            .arg(name)
            .arg(m_plan.rules.size()));
}

} // namespace Mailwarden
