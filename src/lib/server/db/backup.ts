import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';

// Online backups through SQLite's backup API: the copy is consistent (a snapshot of one
// moment, WAL included) while the server keeps reading and writing.

export class BackupError extends Error {}

/** SQLite's integrity verdict on a file ('ok'); a file that is no database at all is refused. */
function integrity(path: string): string {
	const db = new SQLite(path, { readonly: true, fileMustExist: true });
	try {
		return String(db.pragma('integrity_check', { simple: true }));
	} catch (e) {
		if (e instanceof SQLite.SqliteError && /^SQLITE_(NOTADB|CORRUPT)/.test(e.code))
			throw new BackupError(`${path} is not a SQLite database`);
		throw e;
	} finally {
		db.close();
	}
}

/** Copies the live database at `from` to `out`, then checks the copy. */
export async function backupDatabase(from: string, out: string): Promise<{ bytes: number }> {
	if (!existsSync(from)) throw new BackupError(`${from} does not exist (DATABASE_PATH)`);
	if (resolve(from) === resolve(out))
		throw new BackupError('--out: the backup cannot be the database itself');
	mkdirSync(dirname(out), { recursive: true });
	const db = new SQLite(from, { fileMustExist: true });
	try {
		db.pragma('busy_timeout = 5000');
		const progress = await db.backup(out);
		const verdict = integrity(out);
		if (verdict !== 'ok') throw new BackupError(`the copy failed its integrity check: ${verdict}`);
		return { bytes: progress.totalPages * Number(db.pragma('page_size', { simple: true })) };
	} finally {
		db.close();
	}
}

/**
 * Puts a backup back at `to` (stop the server first): the backup is checked, then copied over
 * the database through the same API, so that the old WAL cannot survive beside it.
 */
export async function restoreDatabase(backup: string, to: string): Promise<void> {
	if (!existsSync(backup)) throw new BackupError(`--from: ${backup} does not exist`);
	const verdict = integrity(backup);
	if (verdict !== 'ok')
		throw new BackupError(`--from: ${backup} failed its integrity check: ${verdict}`);
	const source = new SQLite(backup, { readonly: true, fileMustExist: true });
	try {
		const hasSchema = source
			.prepare("select 1 from sqlite_master where name = 'kysely_migration'")
			.get();
		if (!hasSchema) throw new BackupError(`--from: ${backup} is not a Company Profile database`);
		mkdirSync(dirname(to), { recursive: true });
		await source.backup(to);
	} finally {
		source.close();
	}
	// The restored file is complete by itself; no journal of the old one may be replayed into it.
	for (const suffix of ['-wal', '-shm']) if (existsSync(to + suffix)) rmSync(to + suffix);
}
