-- The tables of one tenant's storage, the same for every isolation level. %PREFIX% stands for
-- where they live: tenant_ for the shared tables (every tenant's rows, keyed by tenant_id and,
-- on PostgreSQL, guarded by row-level security), "t_acme". for a tenant's own schema (or, on
-- SQLite, its own file attached under that name), and nothing in a database of its own.
-- Portable SQL (SQLite and PostgreSQL); every statement is idempotent, so an interrupted
-- allocation simply runs again. Statements end with a semicolon at the end of a line.
CREATE TABLE IF NOT EXISTS %PREFIX%info (
    tenant_id TEXT PRIMARY KEY,
    ddl_version INTEGER NOT NULL,
    isolation TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS %PREFIX%accounts (
    tenant_id TEXT NOT NULL,
    id TEXT NOT NULL,
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, email)
);
CREATE TABLE IF NOT EXISTS %PREFIX%settings (
    tenant_id TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
CREATE TABLE IF NOT EXISTS %PREFIX%integrations (
    tenant_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    config TEXT NOT NULL,
    PRIMARY KEY (tenant_id, kind, name)
);
CREATE TABLE IF NOT EXISTS %PREFIX%documents (
    tenant_id TEXT NOT NULL,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
