import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './types';

export type DB = Kysely<Database>;

/**
 * Kysely's SQLite driver prepares every query anew; preparing was a tenth of a profile.get's CPU
 * time (npm run bench). The app's queries are a few hundred distinct SQL texts, so each is
 * prepared once and reused: better-sqlite3 runs statements synchronously, so a cached one is
 * never in use twice at a time. Bounded, in case a caller builds SQL with varying shapes.
 */
function cachingStatements(sqlite: SQLite.Database) {
	const cache = new Map<string, SQLite.Statement>();
	return {
		prepare(sql: string) {
			let statement = cache.get(sql);
			if (!statement) {
				if (cache.size >= 500) cache.delete(cache.keys().next().value as string);
				statement = sqlite.prepare(sql);
				cache.set(sql, statement);
			}
			return statement;
		},
		close() {
			cache.clear();
			sqlite.close();
		}
	};
}

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
	return new Kysely<Database>({
		dialect: new SqliteDialect({ database: cachingStatements(sqlite) }),
		log
	});
}
