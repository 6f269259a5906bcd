// SecurityPolicyEngine::evaluate() per call, as the console's "Try a password" box calls it on
// every keystroke: 20-character passwords (and the prefixes a typist goes through) against the
// professional tier's policy, with a user's context. Target: median under 2 ms.
//
//   bench_password [--passwords N] [--runs R]
#include "security/SecurityPolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Tenancy;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t i = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[i];
}

// Passwords as people type them: words, digits and a symbol; and random ones.
QString makePassword(QRandomGenerator &random, int length)
{
    static const QStringList words {u"harbor"_s, u"Quill"_s, u"marmot"_s, u"Summer"_s,
                                    u"acme"_s,   u"Tiger"_s, u"orbit"_s,  u"Velvet"_s};
    static const QString symbols = u"!#$%&*-_+=?@"_s;
    static const QString any
        = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&*-_+=?@"_s;
    QString out;
    if (random.bounded(2) == 0) {
        while (out.size() < length) {
            out += words.at(int(random.bounded(words.size())));
            out += QString::number(random.bounded(100));
            out += symbols.at(int(random.bounded(symbols.size())));
        }
    } else {
        while (out.size() < length)
            out += any.at(int(random.bounded(any.size())));
    }
    return out.left(length);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"passwords"_s, u"distinct passwords (default 2000)"_s, u"N"_s, u"2000"_s});
    parser.addOption({u"runs"_s, u"passes over them (default 3)"_s, u"R"_s, u"3"_s});
    parser.process(app);
    const int count = std::max(1, parser.value(u"passwords"_s).toInt());
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    QTextStream out(stdout);

    auto engine = SecurityPolicyEngine::load();
    if (!engine) {
        out << engine.error().message << '\n';
        return 1;
    }
    PasswordPolicy policy; // the professional tier's: the defaults
    const PasswordContext context {u"alice.smith"_s,
                                   u"alice.smith@acme.example"_s,
                                   u"Alice Smith"_s,
                                   {u"acme-corp"_s, u"ACME Corporation"_s}};
    QRandomGenerator random(20261201);
    QStringList passwords;
    for (int i = 0; i < count; ++i)
        passwords << makePassword(random, 20);

    out << "Command: bench_password --passwords " << count << " --runs " << runs << '\n'
        << "evaluate() with the default policy, a user context and the common-password list; "
        << "zxcvbn-c "
        << "(libzxcvbn0), " << QSysInfo::prettyProductName() << '\n';
    std::vector<double> full;
    std::vector<double> typing;
    int acceptable = 0;
    volatile int sink = 0;
    for (int run = 0; run < runs; ++run) {
        for (const QString &password : std::as_const(passwords)) {
            QElapsedTimer timer;
            timer.start();
            const PasswordEvaluation e = (*engine)->evaluate(policy, password, context);
            full.push_back(double(timer.nsecsElapsed()) / 1e6);
            sink = sink + e.strength.score;
            if (run == 0 && e.acceptable())
                ++acceptable;
        }
    }
    // Keystroke by keystroke: every prefix of the first 100 passwords.
    for (int i = 0; i < std::min<int>(100, int(passwords.size())); ++i) {
        for (int n = 1; n <= passwords.at(i).size(); ++n) {
            QElapsedTimer timer;
            timer.start();
            sink = sink
                + (*engine)->evaluate(policy, passwords.at(i).left(n), context).strength.score;
            typing.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    out << Qt::fixed;
    out.setRealNumberPrecision(3);
    out << "20-character passwords: " << full.size() << " calls, median " << percentile(full, 0.5)
        << " ms, p95 " << percentile(full, 0.95) << " ms, max "
        << *std::max_element(full.begin(), full.end()) << " ms (target: median < 2 ms); "
        << acceptable << " of " << count << " satisfy the policy\n";
    out << "as typed (prefixes of 1-20 characters): " << typing.size() << " calls, median "
        << percentile(typing, 0.5) << " ms, p95 " << percentile(typing, 0.95) << " ms\n";
    return 0;
}
