/**
 * Undo and redo over immutable values (the notebook is replaced as a whole on every edit, so a
 * step is just the previous value). Consecutive edits with the same key within `coalesceMs` —
 * typing in one source cell — make one step, so undo takes back a burst of typing rather than a
 * character. Pure: every function returns a new history.
 */

export interface Step<T> {
	value: T;
	/** What the step did, for the button's title ("Undo: delete cell"). */
	label: string;
}

export interface History<T> {
	/** Values before each step, oldest first. */
	past: Step<T>[];
	/** Values undone, most recently undone last. */
	future: Step<T>[];
	/** Key and time (ms) of the last recorded edit, for coalescing. */
	lastKey: string | null;
	lastAt: number;
}

/** How many steps are kept; older ones are dropped. */
export const MAX_STEPS = 200;

/** An empty history. */
export function emptyHistory<T>(): History<T> {
	return { past: [], future: [], lastKey: null, lastAt: -Infinity };
}

/**
 * Records that `before` is about to be replaced by an edit described by `label`. An edit with the
 * same non-null `key` as the previous one, within `coalesceMs`, joins that step. Any edit clears the
 * redo list. `now` is in ms (pass `Date.now()`).
 * @example record(emptyHistory(), nb0, 'edit text', 'text:c-1', 1000)
 */
export function record<T>(
	h: History<T>,
	before: T,
	label: string,
	key: string | null,
	now: number,
	coalesceMs = 1000
): History<T> {
	if (key !== null && key === h.lastKey && now - h.lastAt <= coalesceMs && h.past.length)
		return { ...h, future: [], lastAt: now };
	const past = [...h.past, { value: before, label }];
	if (past.length > MAX_STEPS) past.splice(0, past.length - MAX_STEPS);
	return { past, future: [], lastKey: key, lastAt: now };
}

/**
 * Steps back: returns the value to show and the new history, or null when there is nothing to undo.
 * `current` goes onto the redo list under the undone step's label.
 */
export function undo<T>(h: History<T>, current: T): { value: T; history: History<T>; label: string } | null {
	const r = shift(h.past, h.future, current);
	return r && { value: r.value, label: r.label, history: fresh(r.from, r.to) };
}

/** Steps forward again after an undo; null when there is nothing to redo. */
export function redo<T>(h: History<T>, current: T): { value: T; history: History<T>; label: string } | null {
	const r = shift(h.future, h.past, current);
	return r && { value: r.value, label: r.label, history: fresh(r.to, r.from) };
}

/** Takes the last step off `from` and puts `current` on `to` under that step's label. */
function shift<T>(from: Step<T>[], to: Step<T>[], current: T) {
	const step = from.at(-1);
	if (!step) return null;
	return {
		value: step.value,
		label: step.label,
		from: from.slice(0, -1),
		to: [...to, { value: current, label: step.label }]
	};
}

/** A history after an undo or redo: nothing to coalesce with. */
function fresh<T>(past: Step<T>[], future: Step<T>[]): History<T> {
	return { past, future, lastKey: null, lastAt: -Infinity };
}
