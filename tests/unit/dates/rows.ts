import { describe, expect, it } from 'vitest';
import { findDates, mentionEnds, type TimeMention } from '../../../src/lib/core/dates';

/**
 * [lang, ref, text, exactly the mentions found, as "span=day" or "span=first/last"]. A range is
 * shown as its two ends (`mentionEnds`, the `dates --jsonl` form the blind sets are annotated in).
 */
export type Row = [string, string, string, string[]];

/** A mention as "span=day" or "span=first/last". */
function show(m: TimeMention): string {
	return m.earliest === m.latest ? `${m.text}=${m.earliest}` : `${m.text}=${m.earliest}/${m.latest}`;
}

/** One `describe` per table: each row must find exactly its mentions, in order, nothing else. */
export function describeRows(title: string, rows: Record<string, Row[]>): void {
	describe(title, () => {
		for (const [name, table] of Object.entries(rows)) {
			describe(name, () => {
				it.each(table)('[%s, ref %s] in "%s" finds exactly %j', (lang, ref, text, want) => {
					expect(mentionEnds(findDates(text, { lang, ref })).map(show)).toEqual(want);
				});
			});
		}
	});
}

/**
 * The ends of the mentions of a text (`mentionEnds`) with the two ends of each range shown as one string, "first ⟷ second"
 * (each shown as above). An endpoint whose partner is missing or does not point back shows as
 * "span=… (unpaired end)", so a broken pair fails the row.
 */
export function showPaired(ms: TimeMention[]): string[] {
	const at = new Map(ms.map((m) => [m.start, m]));
	const out: string[] = [];
	for (const m of ms) {
		if (m.rangeFrom !== undefined) {
			if (at.get(m.rangeFrom)?.rangeTo !== m.start) out.push(`${show(m)} (unpaired end)`);
			continue;
		}
		if (m.rangeTo === undefined) out.push(show(m));
		else {
			const b = at.get(m.rangeTo);
			out.push(b && b.rangeFrom === m.start ? `${show(m)} ⟷ ${show(b)}` : `${show(m)} (unpaired end)`);
		}
	}
	return out;
}

/** As `describeRows`, with each range's endpoints shown together by `showPaired`. */
export function describePairedRows(title: string, rows: Record<string, Row[]>): void {
	describe(title, () => {
		for (const [name, table] of Object.entries(rows)) {
			describe(name, () => {
				it.each(table)('[%s, ref %s] in "%s" finds exactly %j', (lang, ref, text, want) => {
					expect(showPaired(mentionEnds(findDates(text, { lang, ref })))).toEqual(want);
				});
			});
		}
	});
}
