#include "ConnectionDialog.h"

#include "ConnectionEditor.h"
#include "TenantService.h"
#include "security/SecretStore.h"
#include "settings/Settings.h"
#include "widgets/MessageLabel.h"
#include "widgets/Prompts.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

ConnectionDialog::ConnectionDialog(TenantService &service, SecretStore &secrets, Settings &settings,
                                   QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_secrets(secrets)
    , m_settings(settings)
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connections"));

    // In tab order: the list, the editor, the test, the buttons.
    QWidget *list = buildList();
    m_editor = new ConnectionEditor;
    m_testButton = new QPushButton(tr("&Test Connection"));
    m_testButton->setObjectName(u"testButton"_s);
    m_busyBar = new QProgressBar;
    m_busyBar->setObjectName(u"testBusy"_s);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->hide();
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_busyBar);
    testRow->addStretch();
    m_result = new MessageLabel(u"testResult"_s);
    m_result->setAccessibleName(tr("Connection test result"));
    auto *right = new QVBoxLayout;
    right->setContentsMargins({});
    right->addWidget(m_editor);
    right->addLayout(testRow);
    right->addWidget(m_result);
    right->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(list);
    columns->addSpacing(8);
    columns->addLayout(right, 1);
    // Created after the inputs, so they come last in the tab order.
    auto *buttons = new QDialogButtonBox;
    m_saveButton = buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_connectButton = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(780, 460);

    connect(m_editor, &ConnectionEditor::changed, this, &ConnectionDialog::edited);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::test);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionDialog::save);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionDialog::connectToProfile);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(&m_service, &TenantService::connectionTested, this, &ConnectionDialog::onTested);
    connect(&m_service, &TenantService::failed, this, &ConnectionDialog::onFailed);

    m_profiles = loadProfiles(m_settings);
    refreshList();
    const QString current = m_settings.value(SettingKeys::currentConnection);
    int index = 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].name == current)
            index = i;
    }
    if (m_profiles.isEmpty())
        newProfile();
    else
        select(index);
}

ConnectionDialog::~ConnectionDialog() = default;

QWidget *ConnectionDialog::buildList()
{
    auto *box = m_listBox = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins({});
    auto *caption = new QLabel(tr("&Profiles:"));
    m_list = new QListWidget;
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Connection profiles"));
    caption->setBuddy(m_list);
    auto *newButton = new QPushButton(tr("&New"));
    newButton->setObjectName(u"newButton"_s);
    m_deleteButton = new QPushButton(tr("De&lete"));
    m_deleteButton->setObjectName(u"deleteButton"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(newButton);
    row->addWidget(m_deleteButton);
    layout->addWidget(caption);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    box->setFixedWidth(220);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int selected) {
        if (selected >= 0)
            select(selected);
    });
    connect(newButton, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    return box;
}

void ConnectionDialog::refreshList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QString current = m_settings.value(SettingKeys::currentConnection);
    for (const ConnectionProfile &profile : m_profiles) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setToolTip(TenantService::describe(profile.url));
        if (profile.name == current) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setToolTip(tr("%1 (the current connection)").arg(item->toolTip()));
        }
    }
    m_list->setCurrentRow(m_current);
    m_deleteButton->setEnabled(m_current >= 0);
}

void ConnectionDialog::select(int index)
{
    if (index < 0 || index >= m_profiles.size())
        return;
    m_current = index;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(index);
    }
    m_deleteButton->setEnabled(true);
    m_editor->setOtherNames(otherNames());
    m_editor->load(m_profiles.at(index));
}

void ConnectionDialog::newProfile()
{
    m_current = -1;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    m_deleteButton->setEnabled(false);
    m_editor->setOtherNames(otherNames());
    // The first profile starts as the console's own default file; later ones start empty.
    m_editor->startNew(m_profiles.isEmpty() ? DatabaseUrl::defaultSqlitePath() : QString());
}

QStringList ConnectionDialog::otherNames() const
{
    QStringList names;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (i != m_current)
            names << m_profiles[i].name;
    }
    return names;
}

Result<ConnectionProfile> ConnectionDialog::profile() const
{
    return m_editor->profile();
}

void ConnectionDialog::edited()
{
    // An answer about what the form held before no longer applies.
    m_testRequest = 0;
    m_result->clearMessage();
    updateButtons();
}

void ConnectionDialog::updateButtons()
{
    const bool valid = m_editor->profile().ok();
    for (QPushButton *button : {m_testButton, m_saveButton, m_connectButton})
        button->setEnabled(valid && !m_busy);
}

void ConnectionDialog::withPassword(const DatabaseUrl &url,
                                    const std::function<void(const QString &)> &use)
{
    m_keychainNote.clear();
    if (url.backend() != Backend::Postgres || !m_editor->password().isEmpty()) {
        use(m_editor->password());
        return;
    }
    setBusy(true, tr("Reading the password from the keychain…"));
    QPointer<ConnectionDialog> self(this);
    m_secrets.read(url.secretKey(), [self, use](Result<std::optional<QString>> read) {
        if (!self)
            return;
        self->setBusy(false);
        if (!read)
            self->m_keychainNote = read.error().message;
        else if (!read->has_value())
            self->m_keychainNote = tr("no password is saved in the keychain for this connection");
        use(read && read->has_value() ? **read : QString());
    });
}

void ConnectionDialog::test()
{
    auto p = profile();
    if (!p)
        return;
    withPassword(p->url, [this, url = p->url](const QString &password) {
        setBusy(true, tr("Testing the connection…"));
        m_testRequest = m_service.testConnection(url, password);
    });
}

void ConnectionDialog::onTested(quint64 request, const QString &serverVersion)
{
    if (request == 0 || request != m_testRequest)
        return;
    m_testRequest = 0;
    setBusy(false);
    m_result->showMessage(tr("Connected: %1").arg(serverVersion), MessageLabel::Tone::Success);
}

void ConnectionDialog::onFailed(quint64 request, const Error &error)
{
    if (request == 0 || request != m_testRequest)
        return;
    m_testRequest = 0;
    setBusy(false);
    QString message = error.message;
    if (!m_keychainNote.isEmpty())
        message += u" ("_s + m_keychainNote + u')';
    m_result->showMessage(message);
}

void ConnectionDialog::store(const std::function<void(const QString &)> &done)
{
    auto p = m_editor->profile();
    if (!p)
        return;
    if (m_current >= 0) {
        m_profiles[m_current] = *p;
    } else {
        m_profiles.append(*p);
        m_current = int(m_profiles.size()) - 1;
    }
    saveProfiles(m_settings, m_profiles);
    m_editor->keepName();
    m_editor->setOtherNames(otherNames());
    refreshList();
    const QString password = m_editor->password();
    if (p->url.backend() != Backend::Postgres || password.isEmpty()) {
        done({});
        return;
    }
    setBusy(true, tr("Saving the password in the keychain…"));
    QPointer<ConnectionDialog> self(this);
    m_secrets.write(p->url.secretKey(), password, [self, done](Result<void> written) {
        if (!self)
            return;
        self->setBusy(false);
        done(written ? QString() : written.error().message);
    });
}

void ConnectionDialog::save()
{
    const bool withPassword = !m_editor->password().isEmpty();
    store([this, withPassword](const QString &keychainError) {
        if (!keychainError.isEmpty())
            m_result->showMessage(
                tr("the profile is saved, but the password could not be saved in the keychain: %1")
                    .arg(keychainError));
        else if (withPassword)
            m_result->showMessage(tr("Saved; the password is in the keychain."),
                                  MessageLabel::Tone::Success);
        else
            m_result->showMessage(tr("Saved."), MessageLabel::Tone::Success);
    });
}

void ConnectionDialog::connectToProfile()
{
    store([this](const QString &keychainError) {
        const ConnectionProfile chosen = m_profiles.at(m_current);
        m_settings.setValue(SettingKeys::currentConnection, chosen.name);
        m_settings.sync();
        withPassword(chosen.url, [this, keychainError, url = chosen.url](const QString &pw) {
            if (!keychainError.isEmpty())
                m_keychainNote
                    = tr("the password could not be saved in the keychain: %1").arg(keychainError);
            Q_EMIT connectRequested(url, pw);
            accept();
        });
    });
}

void ConnectionDialog::deleteProfile()
{
    if (m_current < 0)
        return;
    const ConnectionProfile doomed = m_profiles.at(m_current);
    if (Prompts::question(this, tr("Delete Profile"),
                          tr("Delete the connection profile \"%1\"? The database itself is not "
                             "touched.")
                              .arg(doomed.name))
        != QMessageBox::Yes)
        return;
    m_profiles.removeAt(m_current);
    saveProfiles(m_settings, m_profiles);
    if (m_settings.value(SettingKeys::currentConnection) == doomed.name)
        m_settings.reset(SettingKeys::currentConnection);
    const int next = qMin(m_current, int(m_profiles.size()) - 1);
    m_current = -1;
    refreshList();
    if (next >= 0)
        select(next);
    else
        newProfile();
    // Its password goes too, unless another profile logs in the same way.
    const QString key = doomed.url.secretKey();
    const bool shared = std::any_of(m_profiles.begin(), m_profiles.end(), [&](const auto &p) {
        return p.url.backend() == Backend::Postgres && p.url.secretKey() == key;
    });
    if (doomed.url.backend() != Backend::Postgres || shared)
        return;
    QPointer<ConnectionDialog> self(this);
    m_secrets.remove(key, [self](Result<void> removed) {
        if (self && !removed)
            self->m_result->showMessage(
                tr("the profile is deleted, but its password could not be removed from the "
                   "keychain: %1")
                    .arg(removed.error().message));
    });
}

void ConnectionDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_editor->setEnabled(!busy);
    m_listBox->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
        m_result->showMessage(what, MessageLabel::Tone::Info);
        for (QPushButton *button : {m_testButton, m_saveButton, m_connectButton})
            button->setEnabled(false);
    } else {
        unsetCursor();
        m_result->clearMessage();
        updateButtons();
    }
}

void ConnectionDialog::reject()
{
    m_testRequest = 0;
    QDialog::reject();
}

} // namespace Tenancy::Ui
