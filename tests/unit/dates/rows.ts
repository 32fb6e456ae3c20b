import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/core/dates';

/** [lang, ref, text, exactly the mentions found, as "span=day" or "span=first/last"]. */
export type Row = [string, string, string, string[]];

/** One `describe` per table: each row must find exactly its mentions, in order, nothing else. */
export function describeRows(title: string, rows: Record<string, Row[]>): void {
	describe(title, () => {
		for (const [name, table] of Object.entries(rows)) {
			describe(name, () => {
				it.each(table)('[%s, ref %s] in "%s" finds exactly %j', (lang, ref, text, want) => {
					const got = findDates(text, { lang, ref }).map((m) =>
						m.earliest === m.latest ? `${m.text}=${m.earliest}` : `${m.text}=${m.earliest}/${m.latest}`
					);
					expect(got).toEqual(want);
				});
			});
		}
	});
}
