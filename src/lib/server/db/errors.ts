/** better-sqlite3's error for a UNIQUE constraint, e.g. two writers taking the same e-mail. */
export const isUniqueViolation = (e: unknown) =>
	e instanceof Error && 'code' in e && e.code === 'SQLITE_CONSTRAINT_UNIQUE';
