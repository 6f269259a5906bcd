#include "ConnectionEditor.h"

#include "widgets/MessageLabel.h"
#include "widgets/Prompts.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

const QString defaultSslmode = u"prefer"_s;

bool isHostName(const QString &host)
{
    if (!QHostAddress(host).isNull())
        return true;
    // DNS names (underscores tolerated: container networks use them).
    static const QRegularExpression re(
        u"^(?=.{1,253}\\.?\\z)[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
        "(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?\\z"_s);
    return re.match(host).hasMatch();
}

Result<DatabaseUrl> sqliteUrl(const QString &path)
{
    return DatabaseUrl::parse(u"sqlite:"_s
                              + QString::fromLatin1(QUrl::toPercentEncoding(path, "/")));
}

// A label and its input on one row, the input's error message under the input.
MessageLabel *addRow(QGridLayout *grid, const QString &caption, QWidget *input,
                     const QString &errorName = {})
{
    const int row = grid->rowCount();
    auto *label = new QLabel(caption);
    label->setBuddy(input);
    grid->addWidget(label, row, 0);
    grid->addWidget(input, row, 1);
    if (errorName.isEmpty())
        return nullptr;
    auto *error = new MessageLabel(errorName, input);
    grid->addWidget(error, row + 1, 1);
    return error;
}

QGridLayout *formGrid(QWidget *parent)
{
    auto *grid = new QGridLayout(parent);
    grid->setContentsMargins({});
    grid->setColumnStretch(1, 1);
    return grid;
}

} // namespace

ConnectionEditor::ConnectionEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = formGrid(this);

    m_name = new QLineEdit;
    m_name->setObjectName(u"nameField"_s);
    m_name->setAccessibleName(tr("Profile name"));
    m_errors.insert(u"name"_s, addRow(grid, tr("N&ame:"), m_name, u"nameError"_s));

    m_sqliteButton = new QRadioButton(tr("Local file (S&QLite)"));
    m_sqliteButton->setObjectName(u"sqliteButton"_s);
    m_postgresButton = new QRadioButton(tr("Post&greSQL server"));
    m_postgresButton->setObjectName(u"postgresButton"_s);
    m_kind = new QButtonGroup(this);
    m_kind->addButton(m_sqliteButton, SqliteKind);
    m_kind->addButton(m_postgresButton, PostgresKind);
    auto *kinds = new QWidget;
    kinds->setAccessibleName(tr("Kind of database"));
    auto *kindRow = new QHBoxLayout(kinds);
    kindRow->setContentsMargins({});
    kindRow->addWidget(m_sqliteButton);
    kindRow->addWidget(m_postgresButton);
    kindRow->addStretch();
    grid->addWidget(new QLabel(tr("Kind:")), grid->rowCount(), 0);
    grid->addWidget(kinds, grid->rowCount() - 1, 1);

    m_pages = new QStackedWidget;
    m_pages->insertWidget(SqliteKind, buildSqlitePage());
    m_pages->insertWidget(PostgresKind, buildPostgresPage());
    // The captions of the outer form and of both pages line up in one column.
    const QList<QGridLayout *> grids {grid,
                                      qobject_cast<QGridLayout *>(m_pages->widget(0)->layout()),
                                      qobject_cast<QGridLayout *>(m_pages->widget(1)->layout())};
    int captionWidth = 0;
    for (QGridLayout *g : grids) {
        for (int r = 0; r < g->rowCount(); ++r) {
            if (QLayoutItem *item = g->itemAtPosition(r, 0); item && item->widget())
                captionWidth = qMax(captionWidth, item->widget()->sizeHint().width());
        }
    }
    for (QGridLayout *g : grids)
        g->setColumnMinimumWidth(0, captionWidth);
    grid->addWidget(m_pages, grid->rowCount(), 0, 1, 2);
    auto *urlError = new MessageLabel(u"urlError"_s);
    m_errors.insert(u"url"_s, urlError);
    grid->addWidget(urlError, grid->rowCount(), 0, 1, 2);

    connect(m_name, &QLineEdit::textChanged, this, &ConnectionEditor::edited);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameFollows = false; });
    connect(m_kind, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        // The stack takes the height of the page shown, not of the tallest one.
        for (int i = 0; i < m_pages->count(); ++i) {
            const auto policy = i == id ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_pages->widget(i)->setSizePolicy(policy, policy);
        }
        m_pages->setCurrentIndex(id);
        edited();
    });
    m_sqliteButton->setChecked(true);
}

ConnectionEditor::~ConnectionEditor() = default;

QWidget *ConnectionEditor::buildSqlitePage()
{
    auto *page = new QWidget;
    auto *grid = formGrid(page);
    m_path = new QLineEdit;
    m_path->setObjectName(u"pathField"_s);
    m_path->setAccessibleName(tr("Database file"));
    m_path->setPlaceholderText(DatabaseUrl::defaultSqlitePath());
    auto *choose = new QPushButton(tr("C&hoose…"));
    choose->setObjectName(u"chooseButton"_s);
    auto *pathRow = new QWidget;
    auto *row = new QHBoxLayout(pathRow);
    row->setContentsMargins({});
    row->addWidget(m_path, 1);
    row->addWidget(choose);
    m_errors.insert(u"path"_s, addRow(grid, tr("&File:"), pathRow, u"pathError"_s));
    auto *note = new QLabel(tr("A file that does not exist yet is created on first connect."));
    note->setWordWrap(true);
    note->setEnabled(false);
    grid->addWidget(note, grid->rowCount(), 1);
    grid->setRowStretch(grid->rowCount(), 1);

    connect(m_path, &QLineEdit::textChanged, this, &ConnectionEditor::edited);
    connect(choose, &QPushButton::clicked, this, &ConnectionEditor::chooseFile);
    return page;
}

QWidget *ConnectionEditor::buildPostgresPage()
{
    auto *page = new QWidget;
    auto *grid = formGrid(page);
    m_host = new QLineEdit;
    m_host->setObjectName(u"hostField"_s);
    m_host->setAccessibleName(tr("Host"));
    m_host->setPlaceholderText(tr("db.example.com, 10.0.0.5 or a socket folder"));
    m_errors.insert(u"host"_s, addRow(grid, tr("&Host:"), m_host, u"hostError"_s));
    m_port = new QSpinBox;
    m_port->setObjectName(u"portField"_s);
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addRow(grid, tr("&Port:"), m_port);
    m_database = new QLineEdit;
    m_database->setObjectName(u"databaseField"_s);
    m_database->setAccessibleName(tr("Database"));
    m_database->setPlaceholderText(tr("tenancy"));
    m_errors.insert(u"database"_s, addRow(grid, tr("&Database:"), m_database, u"databaseError"_s));
    m_user = new QLineEdit;
    m_user->setObjectName(u"userField"_s);
    m_user->setAccessibleName(tr("User"));
    m_user->setPlaceholderText(tr("your operating system user name"));
    addRow(grid, tr("&User:"), m_user);
    m_sslmode = new QComboBox;
    m_sslmode->setObjectName(u"sslmodeCombo"_s);
    m_sslmode->setAccessibleName(tr("SSL mode"));
    const QList<std::pair<QString, QString>> modes {
        {u"disable"_s, tr("No encryption")},
        {u"allow"_s, tr("Encrypt only if the server insists")},
        {u"prefer"_s, tr("Encrypt if the server can (default)")},
        {u"require"_s, tr("Always encrypt; do not check the certificate")},
        {u"verify-ca"_s, tr("Always encrypt; check the certificate's issuer")},
        {u"verify-full"_s, tr("Always encrypt; check the issuer and the host name")},
    };
    for (const auto &[mode, explanation] : modes) {
        m_sslmode->addItem(mode, mode);
        m_sslmode->setItemData(m_sslmode->count() - 1, explanation, Qt::ToolTipRole);
    }
    m_sslmode->setCurrentIndex(m_sslmode->findData(defaultSslmode));
    m_sslmode->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addRow(grid, tr("&SSL mode:"), m_sslmode);
    m_password = new QLineEdit;
    m_password->setObjectName(u"passwordField"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("saved in the OS keychain"));
    m_password->setToolTip(tr("Saved in the OS keychain, never in the settings file. Leave it "
                              "empty to use the saved password, or libpq's PGPASSWORD or "
                              ".pgpass."));
    addRow(grid, tr("Pass&word:"), m_password);
    grid->setRowStretch(grid->rowCount(), 1);

    for (QLineEdit *field : {m_host, m_database, m_user, m_password})
        connect(field, &QLineEdit::textChanged, this, &ConnectionEditor::edited);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionEditor::edited);
    connect(m_sslmode, &QComboBox::currentIndexChanged, this, &ConnectionEditor::edited);
    return page;
}

void ConnectionEditor::load(const ConnectionProfile &profile)
{
    const DatabaseUrl &url = profile.url;
    m_nameFollows = false;
    m_name->setText(profile.name);
    m_password->clear();
    m_otherOptions = url.options();
    m_otherOptions.remove(u"host"_s);
    m_otherOptions.remove(u"sslmode"_s);
    if (url.backend() == Backend::Sqlite) {
        m_path->setText(QDir::toNativeSeparators(url.sqlitePath()));
        // What a switch to PostgreSQL starts from, not the previous profile's server.
        m_host->setText(u"localhost"_s);
        m_port->setValue(5432);
        m_database->clear();
        m_user->clear();
        m_sslmode->setCurrentIndex(m_sslmode->findData(defaultSslmode));
        m_sqliteButton->setChecked(true);
    } else {
        m_path->clear();
        m_host->setText(url.effectiveHost());
        m_port->setValue(url.port());
        m_database->setText(url.databaseName());
        m_user->setText(url.user());
        const int mode = m_sslmode->findData(url.options().value(u"sslmode"_s, defaultSslmode));
        m_sslmode->setCurrentIndex(qMax(0, mode));
        m_postgresButton->setChecked(true);
    }
    edited();
}

void ConnectionEditor::startNew(const QString &sqlitePath)
{
    load(ConnectionProfile {});
    m_path->setText(QDir::toNativeSeparators(sqlitePath));
    // Named after what it connects to, until the user names it.
    m_nameFollows = true;
    edited();
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionEditor::setOtherNames(const QStringList &names)
{
    m_otherNames = names;
    edited();
}

void ConnectionEditor::keepName()
{
    m_nameFollows = false;
}

QString ConnectionEditor::password() const
{
    return m_kind->checkedId() == PostgresKind ? m_password->text() : QString();
}

QString ConnectionEditor::suggestedName() const
{
    if (m_kind->checkedId() == SqliteKind) {
        const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        if (QDir::cleanPath(path) == QDir::cleanPath(DatabaseUrl::defaultSqlitePath()))
            return tr("Local file");
        const QString file = QFileInfo(path).fileName();
        return file.isEmpty() ? tr("New connection") : file;
    }
    const QString database = m_database->text().trimmed();
    const QString host = m_host->text().trimmed();
    if (database.isEmpty() || host.isEmpty())
        return tr("PostgreSQL server");
    return tr("%1 on %2").arg(database, host);
}

QString ConnectionEditor::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2; m_otherNames.contains(name); ++n)
        name = u"%1 %2"_s.arg(base).arg(n);
    return name;
}

void ConnectionEditor::chooseFile()
{
    const QString suggested
        = m_path->text().isEmpty() ? DatabaseUrl::defaultSqlitePath() : m_path->text();
    const QString chosen = Prompts::saveFileName(
        this, tr("Choose or Create a Database File"), suggested,
        tr("SQLite databases (*.sqlite *.db);;All files (*)"), QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

Result<ConnectionProfile> ConnectionEditor::profile() const
{
    return build(nullptr);
}

Result<ConnectionProfile> ConnectionEditor::build(QMap<QString, QString> *problems) const
{
    std::optional<Error> first;
    const auto problem = [&](const QString &field, const QString &message) {
        if (problems)
            problems->insert(field, message);
        if (!first)
            first = Error::invalid(field, message);
    };

    ConnectionProfile result;
    result.name = m_name->text().trimmed();
    if (result.name.isEmpty())
        problem(u"name"_s, tr("the profile needs a name"));
    if (m_otherNames.contains(result.name))
        problem(u"name"_s, tr("another profile is named \"%1\"").arg(result.name));

    QString text;
    if (m_kind->checkedId() == SqliteKind) {
        const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        const QFileInfo info(path);
        if (path.isEmpty())
            problem(u"path"_s, tr("choose the database file, or type the path of a new one"));
        else if (!info.isAbsolute())
            problem(u"path"_s,
                    tr("give the full path of the file, such as %1")
                        .arg(QDir::toNativeSeparators(DatabaseUrl::defaultSqlitePath())));
        else if (info.isDir())
            problem(u"path"_s, tr("%1 is a folder; choose a file in it").arg(m_path->text()));
    } else {
        const QString host = m_host->text().trimmed();
        const bool socketDir = host.startsWith(u'/');
        if (host.isEmpty())
            problem(u"host"_s,
                    tr("the host is required: a name, an IP address or a socket folder"));
        else if (!socketDir && !isHostName(host))
            problem(u"host"_s, tr("\"%1\" is not a host name or an IP address").arg(host));
        const QString database = m_database->text().trimmed();
        if (database.isEmpty())
            problem(u"database"_s, tr("the database name is required"));
        else if (database.contains(u'/'))
            problem(u"database"_s, tr("a database name cannot contain '/'"));
        QUrl url;
        url.setScheme(u"postgresql"_s);
        url.setUserName(m_user->text().trimmed());
        url.setHost(socketDir ? u"localhost"_s : host);
        url.setPort(m_port->value());
        url.setPath(u'/' + database);
        QUrlQuery query;
        QMap<QString, QString> options = m_otherOptions;
        if (socketDir)
            options.insert(u"host"_s, host);
        if (m_sslmode->currentData().toString() != defaultSslmode)
            options.insert(u"sslmode"_s, m_sslmode->currentData().toString());
        for (auto it = options.begin(); it != options.end(); ++it)
            query.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
        url.setQuery(query);
        if (!first)
            text = url.toString(QUrl::FullyEncoded);
    }
    if (first)
        return *first;
    auto parsed = m_kind->checkedId() == SqliteKind
        ? sqliteUrl(QDir::fromNativeSeparators(m_path->text().trimmed()))
        : DatabaseUrl::parse(text);
    if (!parsed) {
        problem(u"url"_s, parsed.error().message);
        return *first;
    }
    result.url = *parsed;
    return result;
}

void ConnectionEditor::edited()
{
    if (m_nameFollows && !m_naming) {
        const QScopedValueRollback naming(m_naming, true);
        m_name->setText(uniqueName(suggestedName()));
    }
    QMap<QString, QString> problems;
    (void)build(&problems); // the problems are what matters here
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        it.value()->showMessage(problems.value(it.key()));
    Q_EMIT changed();
}

} // namespace Tenancy::Ui
