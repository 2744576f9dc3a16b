import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './types';

export type DB = Kysely<Database>;

/**
 * Opens the SQLite file (creating its folder), in WAL mode with foreign keys enforced.
 * synchronous=NORMAL is durable against a process crash in WAL mode, which is what a single
 * Node process on one machine needs; a power loss can drop only the last commits.
 */
export function openDatabase(path: string, options: { onQuery?: () => void } = {}): DB {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const sqlite = new SQLite(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	const log = options.onQuery ? () => options.onQuery?.() : undefined;
	return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), log });
}
