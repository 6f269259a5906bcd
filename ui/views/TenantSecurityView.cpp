#include "TenantSecurityView.h"

#include "TenantService.h"
#include "views/TenantConfigurationView.h"
#include "widgets/Labels.h"
#include "widgets/MessageLabel.h"
#include "widgets/SchemaForm.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

const QString kSecurity = u"/configuration/security"_s;

QString statusText(ConformanceStatus status)
{
    switch (status) {
    case ConformanceStatus::Pass:
        return TenantSecurityView::tr("pass");
    case ConformanceStatus::Warn:
        return TenantSecurityView::tr("warn");
    case ConformanceStatus::Fail:
        return TenantSecurityView::tr("fail");
    }
    return {};
}

} // namespace

TenantSecurityView::TenantSecurityView(TenantService &service,
                                       TenantConfigurationView &configuration, QWidget *parent)
    : SectionEditor(service, configuration, parent)
{
    setObjectName(u"securityView"_s);

    // Conformance badges, one per framework.
    auto *badges = new QHBoxLayout;
    auto *caption = new QLabel(tr("Conformance:"));
    caption->setToolTip(tr("The policies as edited, against each framework's clauses (hover a "
                           "badge for them)"));
    badges->addWidget(caption);
    if (const auto policies = m_service.securityPolicies()) {
        for (const auto &[id, name] : policies->frameworks()) {
            auto *badge = new QLabel(policies->shortName(id));
            badge->setObjectName(u"badge_"_s + id);
            badge->setMargin(4);
            badge->setAutoFillBackground(true);
            badges->addWidget(badge);
            m_badges.insert(id, badge);
        }
    }
    badges->addStretch(1);

    QWidget *formHost = new QWidget;
    auto *formLayout = new QVBoxLayout(formHost);
    if (const auto engine = m_service.configEngine()) {
        m_form = new SchemaForm(engine->schema(), kSecurity,
                                {{u"password_policy"_s, tr("Password")},
                                 {u"mfa_config"_s, tr("Multi-factor authentication")},
                                 {u"lockout"_s, tr("Lockout")},
                                 {u"session"_s, tr("Sessions")},
                                 {u"encryption"_s, tr("Encryption")}});
        formLayout->addWidget(m_form);
        connect(m_form, &SchemaForm::edited, this, &TenantSecurityView::edit);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formHost);

    // Try a password: evaluated here, on the policy as edited; never stored.
    auto *tryBox = new QGroupBox(tr("Try a password"));
    tryBox->setObjectName(u"tryPassword"_s);
    auto *tryForm = new QFormLayout(tryBox);
    m_user = new QLineEdit;
    m_user->setObjectName(u"tryUser"_s);
    m_user->setPlaceholderText(tr("optional"));
    m_email = new QLineEdit;
    m_email->setObjectName(u"tryEmail"_s);
    m_email->setPlaceholderText(tr("optional"));
    m_password = new QLineEdit;
    m_password->setObjectName(u"tryPasswordField"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password to try"));
    m_password->setToolTip(tr("Checked against this tenant's policy as you type; not stored, "
                              "not logged"));
    auto *show = m_password->addAction(QIcon::fromTheme(u"view-reveal-symbolic"_s),
                                       QLineEdit::TrailingPosition);
    show->setCheckable(true);
    show->setToolTip(tr("Show the password"));
    connect(show, &QAction::toggled, this, [this](bool on) {
        m_password->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_meter = new QProgressBar;
    m_meter->setObjectName(u"strengthMeter"_s);
    m_meter->setRange(0, 100);
    m_meter->setFormat(tr("strength %v of 100"));
    m_meter->setAccessibleName(tr("Password strength"));
    m_strength = new QLabel;
    m_strength->setWordWrap(true);
    m_findings = new QListWidget;
    m_findings->setObjectName(u"passwordFindings"_s);
    m_findings->setAccessibleName(tr("Rules the password breaks"));
    m_findings->setWordWrap(true);
    tryForm->addRow(tr("&User name:"), m_user);
    tryForm->addRow(tr("E-&mail:"), m_email);
    tryForm->addRow(tr("Pass&word:"), m_password);
    tryForm->addRow(m_meter);
    tryForm->addRow(m_strength);
    tryForm->addRow(m_findings);
    for (QLineEdit *field : {m_user, m_email, m_password})
        connect(field, &QLineEdit::textChanged, this, &TenantSecurityView::tryPassword);

    auto *split = new QSplitter;
    split->addWidget(scroll);
    split->addWidget(tryBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({560, 320});
    tryBox->setMinimumWidth(220);
    scroll->setMinimumWidth(300);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(badges);
    layout->addWidget(split, 1);
    layout->addLayout(buttonRow());
    recheck();
}

TenantSecurityView::~TenantSecurityView() = default;

QJsonValue TenantSecurityView::storedValue(const QString &pointer) const
{
    // The rules a stored policy leaves out show (and compare) as their defaults.
    return valueAt(SecurityPolicyEngine::effectiveSecurity(state().document),
                   pointer.mid(kSecurity.size()));
}

void TenantSecurityView::refreshView()
{
    const auto engine = m_service.configEngine();
    const auto policies = m_service.securityPolicies();
    if (!engine || !policies || !m_form)
        return;
    m_form->setEditable(m_service.can(Permission::EditConfiguration));
    const ConfigurationState &state = this->state();
    const QJsonObject document = edited();
    // The form shows every rule, defaults included, each with where it comes from.
    QHash<QString, QString> layers;
    for (const ProvenanceEntry &p : provenance())
        layers.insert(p.pointer, Labels::configLayer(p.layer));
    QHash<QString, QString> sources;
    for (const QString &pointer : m_form->pointers()) {
        const bool edited
            = std::any_of(edits().cbegin(), edits().cend(),
                          [&](const ConfigOverride &o) { return o.pointer == pointer; });
        sources.insert(pointer,
                       edited ? tr("edited (not applied)") : layers.value(pointer, tr("default")));
    }
    m_form->setValues(SecurityPolicyEngine::effectiveSecurity(document), sources);

    // Problems next to their fields; those of a whole section at its first field.
    QList<ConfigOverride> overrides = state.revision.overrides;
    for (const ConfigOverride &e : edits())
        Overrides::upsert(overrides, e);
    QHash<QString, QString> problems;
    QStringList elsewhere;
    for (const Error &e : engine->check(document, state.tenant.id, state.tenant.tier, overrides)) {
        QString at = e.field;
        if (!m_form->pointers().contains(at)) {
            const auto first
                = std::find_if(m_form->pointers().cbegin(), m_form->pointers().cend(),
                               [&](const QString &p) { return p.startsWith(at + u'/'); });
            at = first != m_form->pointers().cend() ? *first : QString();
        }
        if (at.isEmpty()) {
            elsewhere << e.message;
            continue;
        }
        if (!problems.contains(at))
            problems.insert(at, e.message);
    }
    m_form->showProblems(problems);
    if (!problems.isEmpty())
        setBlocking(problems.cbegin().value());
    else if (!elsewhere.isEmpty())
        setBlocking(elsewhere.first());

    // Conformance of the configuration as edited.
    const QList<ConformanceResult> results = policies->conformance(document);
    for (auto it = m_badges.begin(); it != m_badges.end(); ++it) {
        ConformanceStatus worst = ConformanceStatus::Pass;
        QStringList lines;
        for (const ConformanceResult &r : results) {
            if (r.framework != it.key())
                continue;
            if (r.status == ConformanceStatus::Fail
                || (r.status == ConformanceStatus::Warn && worst == ConformanceStatus::Pass)) {
                worst = r.status;
            }
            lines << u"%1 %2 — %3: %4"_s.arg(statusText(r.status).toUpper(), r.clause, r.title,
                                             r.requirement);
        }
        QLabel *badge = it.value();
        const QString name = policies->shortName(it.key());
        const QString mark = worst == ConformanceStatus::Pass ? u"✓"_s
            : worst == ConformanceStatus::Warn                ? u"⚠"_s
                                                              : u"✗"_s;
        badge->setText(name + u' ' + mark);
        badge->setAccessibleName(tr("%1 conformance: %2").arg(name, statusText(worst)));
        badge->setToolTip(tr("%1: %2").arg(name, statusText(worst)) + u'\n' + lines.join(u'\n'));
        QPalette palette = badge->palette();
        palette.setColor(QPalette::Window,
                         worst == ConformanceStatus::Pass       ? QColor(0xd4, 0xed, 0xda)
                             : worst == ConformanceStatus::Warn ? QColor(0xff, 0xf3, 0xcd)
                                                                : QColor(0xf8, 0xd7, 0xda));
        palette.setColor(QPalette::WindowText, Qt::black);
        badge->setPalette(palette);
    }

    tryPassword();
}

void TenantSecurityView::tryPassword()
{
    const auto policies = m_service.securityPolicies();
    m_findings->clear();
    if (!policies || !isLoaded() || m_password->text().isEmpty()) {
        m_meter->setValue(0);
        m_strength->clear();
        return;
    }
    const ConfigurationState &state = this->state();
    const QJsonObject policy
        = SecurityPolicyEngine::effectiveSecurity(edited()).value(u"password_policy"_s).toObject();
    PasswordContext context;
    context.username = m_user->text();
    context.email = m_email->text();
    context.otherWords = {state.tenant.id, state.tenant.name};
    // Well under a millisecond: no need to leave the GUI thread (bench_password).
    const PasswordEvaluation e
        = policies->evaluate(PasswordPolicy::fromJson(policy), m_password->text(), context);
    m_meter->setValue(e.strength.score);
    QPalette palette = m_meter->palette();
    palette.setColor(QPalette::Highlight,
                     e.strength.score >= 70       ? QColor(0x2e, 0x7d, 0x32)
                         : e.strength.score >= 40 ? QColor(0xef, 0x6c, 0x00)
                                                  : QColor(0xc6, 0x28, 0x28));
    m_meter->setPalette(palette);
    m_strength->setText(
        tr("About 10^%1 guesses: %2 for an offline attack on a slow hash.")
            .arg(QString::number(e.strength.guessesLog10, 'f', 1), e.strength.crackTime));
    for (const PasswordFinding &f : e.violations)
        new QListWidgetItem(u"✗ "_s + f.message, m_findings);
    if (e.acceptable()) {
        auto *ok = new QListWidgetItem(tr("✓ Satisfies the policy."), m_findings);
        ok->setFlags(Qt::ItemIsEnabled);
    }
}

} // namespace Tenancy::Ui
