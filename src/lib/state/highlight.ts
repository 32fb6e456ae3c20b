import type { ShownMention } from '$lib/core/notebook';

/** A run of one paragraph: plain text, a date mention or an actor/outlet mention. */
export type Run = (
	| { kind: 'text'; text: string }
	| { kind: 'date'; text: string; mention: ShownMention }
	| { kind: 'actor'; text: string; id: string; outlet: boolean }
) & {
	/** Inside the span being shown (an item's sentence). */
	focus?: boolean;
};

export interface Paragraph {
	/** Offset of the paragraph in the whole text (UTF-16). */
	start: number;
	runs: Run[];
	/** The rest of a line too long for one piece (see `chunks`): drawn without a gap above. */
	cont?: boolean;
}

/** A span of the text to show highlighted (UTF-16 offsets, end exclusive). */
export interface Span {
	start: number;
	end: number;
}

/**
 * Splits a text into paragraphs (one per line) and each paragraph into runs, marking date
 * mentions and actor mentions. Dates win where the two overlap; marks never cross a line. Offsets
 * are UTF-16, end exclusive. Example: `paragraphs('a\nb', [], [])` → two paragraphs.
 */
export function paragraphs(
	text: string,
	dates: readonly ShownMention[],
	actors: readonly { id: string; start: number; end: number; outlet: boolean }[]
): Paragraph[] {
	type Mark = { start: number; end: number; run: (t: string) => Run };
	const marks: Mark[] = [];
	for (const m of dates)
		marks.push({ start: m.start, end: m.end, run: (t) => ({ kind: 'date', text: t, mention: m }) });
	// dates come sorted and apart: whether an actor overlaps one is a binary search, not a scan
	const dateCount = marks.length;
	const taken = (s: number, e: number) => {
		let lo = 0;
		let hi = dateCount;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (marks[mid].end <= s) lo = mid + 1;
			else hi = mid;
		}
		return lo < dateCount && marks[lo].start < e;
	};
	const sortedDates = marks.every((m, i) => i === 0 || marks[i - 1].end <= m.start);
	for (const a of actors)
		if (sortedDates ? !taken(a.start, a.end) : !marks.some((m) => a.start < m.end && m.start < a.end))
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
		const plain = (s: number, e: number) => runs.push({ kind: 'text', text: text.slice(s, e) });
		while (k < marks.length && marks[k].end <= start) k++;
		for (let j = k; j < marks.length && marks[j].start < end; j++) {
			const m = marks[j];
			const s = Math.max(m.start, at);
			const e = Math.min(m.end, end);
			if (e <= s) continue;
			if (s > at) plain(at, s);
			runs.push(m.run(text.slice(s, e)));
			at = e;
		}
		if (at < end) plain(at, end);
		out.push({ start, runs });
		pos = end + 1;
	}
	return out;
}

/**
 * A paragraph's runs with `focus` set on those inside `span` (an item's sentence being shown),
 * plain text cut where the span begins and ends; marks inside it or across its ends are marked
 * whole. The paragraph's own runs when the span misses it.
 * Example: `focusRuns(p, {start: 10, end: 40})`.
 */
export function focusRuns(p: Paragraph, span: Span | null): Run[] {
	const len = p.runs.reduce((n, r) => n + r.text.length, 0);
	if (!span || span.end <= p.start || span.start >= p.start + len) return p.runs;
	const out: Run[] = [];
	let at = p.start;
	for (const r of p.runs) {
		const s = at;
		const e = at + r.text.length;
		at = e;
		if (e <= span.start || s >= span.end) out.push(r);
		else if (r.kind !== 'text') out.push({ ...r, focus: true });
		else {
			const a = Math.max(s, span.start) - s;
			const b = Math.min(e, span.end) - s;
			if (a > 0) out.push({ kind: 'text', text: r.text.slice(0, a) });
			out.push({ kind: 'text', text: r.text.slice(a, b), focus: true });
			if (b < r.text.length) out.push({ kind: 'text', text: r.text.slice(b) });
		}
	}
	return out;
}

/** A run of consecutive paragraphs, drawn (or held by a placeholder of its estimated height) as one block. */
export interface Chunk {
	/** Offset of its first paragraph. */
	start: number;
	/** Offset after its last paragraph's text. */
	end: number;
	paragraphs: Paragraph[];
}

/** Largest chunk, in characters (a longer line is cut into pieces of about this size). */
export const CHUNK_CHARS = 3000;

/**
 * The paragraphs grouped into chunks of at most about `max` characters, so that a long source is
 * drawn a chunk at a time (only those in view) and no block of the page holds more than a few
 * hundred marks. A line longer than `max` is cut into pieces between runs, or inside a text run
 * at a space, never inside a mark. Example: `chunks(paragraphs(text, dates, actors))`.
 */
export function chunks(paras: Paragraph[], max = CHUNK_CHARS): Chunk[] {
	const out: Chunk[] = [];
	let cur: Chunk | null = null;
	const length = (p: Paragraph) => p.runs.reduce((n, r) => n + r.text.length, 0);
	const add = (p: Paragraph, len: number) => {
		if (!cur || (cur.paragraphs.length && cur.end - cur.start + len > max)) {
			cur = { start: p.start, end: p.start, paragraphs: [] };
			out.push(cur);
		}
		cur.paragraphs.push(p);
		cur.end = p.start + len;
	};
	for (const p of paras) {
		const len = length(p);
		if (len <= max) {
			add(p, len);
			continue;
		}
		for (const piece of cut(p, max)) add(piece, length(piece));
	}
	return out;
}

/** A long paragraph cut into pieces of about `max` characters (see `chunks`). */
function cut(p: Paragraph, max: number): Paragraph[] {
	const pieces: Paragraph[] = [];
	let runs: Run[] = [];
	let start = p.start;
	let len = 0;
	const flush = () => {
		if (!runs.length) return;
		pieces.push({ start, runs, ...(pieces.length ? { cont: true } : {}) });
		start += len;
		runs = [];
		len = 0;
	};
	for (const r of p.runs) {
		if (r.kind !== 'text' || len + r.text.length <= max) {
			if (len + r.text.length > max) flush();
			runs.push(r);
			len += r.text.length;
			continue;
		}
		// a long text run: cut it at spaces
		let t = r.text;
		while (len + t.length > max) {
			const room = Math.max(1, max - len);
			let at = t.lastIndexOf(' ', room);
			if (at <= 0) at = room;
			runs.push({ ...r, text: t.slice(0, at) });
			len += at;
			flush();
			t = t.slice(at);
		}
		if (t) {
			runs.push({ ...r, text: t });
			len += t.length;
		}
	}
	flush();
	return pieces;
}
