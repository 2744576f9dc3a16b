/** A statement line: one package over one period. Amounts are integer minor units. */
export interface StatementLine {
	packageId: string;
	packageName: string;
	/** Users who held the package at some point of the period. */
	users: number;
	/** The package's rate for one user and a whole month. */
	baseRate: number;
	/** The base rate prorated by day over every subscription of the period. */
	baseAmount: number;
	includedMinutes: number;
	minutesUsed: number;
	extraMinutes: number;
	minuteRate: number;
	extraAmount: number;
	/** baseAmount + extraAmount. */
	total: number;
}

export interface Statement {
	/** YYYY-MM. */
	period: string;
	currency: string;
	/** The current period, computed up to today. */
	current: boolean;
	/** YYYY-MM-DD, inclusive; `to` is the last day counted. */
	from: string;
	to: string;
	lines: StatementLine[];
	subtotal: number;
	/** The tax rate in percent, as the operator set it ("14.975"), or null without tax. */
	taxRate: string | null;
	tax: number;
	total: number;
}

export interface StatementSummary {
	period: string;
	total: number;
	currency: string;
	current: boolean;
}

/**
 * The billing service of shared/DESIGN.md §4: statements of a company. The embedded default
 * computes them from the portal's own database; a deployment can inject its billing system.
 */
export interface BillingService {
	/** Every period from the company's first subscription to now, newest first. */
	statements(companyId: string, now: Date): Promise<StatementSummary[]>;
	/** One period's statement, or null for a period outside statements(). */
	statement(companyId: string, period: string, now: Date): Promise<Statement | null>;
}
