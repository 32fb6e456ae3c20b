/** One problem found while importing a file: where (1-based row of the file, column name) and what. */
export interface ImportIssue {
	/** 1-based row in the file as a spreadsheet shows it (the CSV header is row 1); 0 = whole file. */
	row: number;
	/** Column (CSV header name) or JSON path (`events[3].when.earliest`); '' when not about one field. */
	column: string;
	message: string;
}

/**
 * Thrown by every importer for bad input. `issues` lists every problem found (up to a cap), so a
 * person can fix a file in one pass; `message` names the first few with row and column.
 */
export class ImportError extends Error {
	readonly issues: ImportIssue[];
	constructor(fileKind: string, issues: ImportIssue[]) {
		const shown = issues.slice(0, 5).map(describeIssue);
		const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
		super(`Cannot import this ${fileKind}: ${shown.join('; ')}${more}`);
		this.name = 'ImportError';
		this.issues = issues;
	}
}

/** "row 3, column earliest: …" — the words a person reads in the error message. */
export function describeIssue(issue: ImportIssue): string {
	const where = [
		issue.row > 0 ? `row ${issue.row}` : '',
		issue.column ? `column ${issue.column}` : ''
	].filter(Boolean);
	return where.length ? `${where.join(', ')}: ${issue.message}` : issue.message;
}
