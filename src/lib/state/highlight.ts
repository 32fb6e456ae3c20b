import type { ShownMention } from '$lib/core/notebook';

/** A run of one paragraph: plain text, a date mention or an actor/outlet mention. */
export type Run =
	| { kind: 'text'; text: string }
	| { kind: 'date'; text: string; mention: ShownMention }
	| { kind: 'actor'; text: string; id: string; outlet: boolean };

export interface Paragraph {
	/** Offset of the paragraph in the whole text (UTF-16). */
	start: number;
	runs: Run[];
}

/**
 * Splits a text into paragraphs (one per line) and each paragraph into runs, marking date
 * mentions and actor mentions. Dates win where the two overlap; marks never cross a line.
 * Offsets are UTF-16, end exclusive. Example: `paragraphs('a\nb', [], [])` → two paragraphs.
 */
export function paragraphs(
	text: string,
	dates: ShownMention[],
	actors: { id: string; start: number; end: number; outlet: boolean }[]
): Paragraph[] {
	type Mark = { start: number; end: number; run: (t: string) => Run };
	const marks: Mark[] = [];
	for (const m of dates)
		marks.push({ start: m.start, end: m.end, run: (t) => ({ kind: 'date', text: t, mention: m }) });
	const taken = (s: number, e: number) => marks.some((m) => s < m.end && m.start < e);
	for (const a of actors)
		if (!taken(a.start, a.end))
			marks.push({
				start: a.start,
				end: a.end,
				run: (t) => ({ kind: 'actor', text: t, id: a.id, outlet: a.outlet })
			});
	marks.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: Paragraph[] = [];
	let k = 0;
	let pos = 0;
	for (const line of text.split('\n')) {
		const start = pos;
		const end = start + line.length;
		const runs: Run[] = [];
		let at = start;
		while (k < marks.length && marks[k].end <= start) k++;
		for (let j = k; j < marks.length && marks[j].start < end; j++) {
			const m = marks[j];
			const s = Math.max(m.start, at);
			const e = Math.min(m.end, end);
			if (e <= s) continue;
			if (s > at) runs.push({ kind: 'text', text: text.slice(at, s) });
			runs.push(m.run(text.slice(s, e)));
			at = e;
		}
		if (at < end) runs.push({ kind: 'text', text: text.slice(at, end) });
		out.push({ start, runs });
		pos = end + 1;
	}
	return out;
}
