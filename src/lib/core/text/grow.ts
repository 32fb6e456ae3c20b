/**
 * A typed array twice as long, holding `a`'s values at the start: the growth step of the scanners'
 * column buffers (growth is rare — the buffers are reused between calls).
 * Example: `starts = grown(starts)` when `starts` is full.
 */
export function grown<T extends Int32Array | Uint8Array>(a: T): T {
	const b = new (a.constructor as { new (n: number): T })(a.length * 2);
	b.set(a);
	return b;
}
