/**
 * A trie of strings by UTF-16 code unit, for the gazetteer's matcher: `find` steps through it at
 * every word of every sentence, so its steps are array reads, not a Map per node. Nodes are
 * numbers (the root is 0); node n's child by unit c sits in one open-addressed table of (n, c)
 * pairs. Built once from all its strings (`CodeTrie.of`), then only read.
 */
export class CodeTrie<T> {
	/** The root node: `step(CodeTrie.ROOT, c)` begins a walk. */
	static readonly ROOT = 0;

	private constructor(
		/** The table's slots: the parent node (-1 for an empty slot), the unit and the child node. */
		private readonly parents: Int32Array,
		private readonly units: Uint16Array,
		private readonly children: Int32Array,
		/** What ends at each node (a shared empty list where nothing does). */
		private readonly ending: readonly (readonly T[])[]
	) {}

	/**
	 * The trie of `items` (a string and what it stands for), each string's values kept in the
	 * order the items come. Strings are one code unit or more; an empty one is left out.
	 * @example CodeTrie.of([['ab', 1]]).ends(trie.step(trie.step(0, 97), 98)) → [1]
	 */
	static of<T>(items: Iterable<readonly [string, T]>): CodeTrie<T> {
		// first as nested maps, then laid out in the arrays
		const next: Map<number, number>[] = [new Map()];
		const ending: T[][] = [[]];
		for (const [s, value] of items) {
			if (!s) continue;
			let node = 0;
			for (let k = 0; k < s.length; k++) {
				const c = s.charCodeAt(k);
				let child = next[node].get(c);
				if (child === undefined) {
					child = next.length;
					next.push(new Map());
					ending.push([]);
					next[node].set(c, child);
				}
				node = child;
			}
			ending[node].push(value);
		}
		const edges = next.length - 1;
		// at most half full: a missing child is told after a probe or two
		let size = 2;
		while (size < 2 * edges) size *= 2;
		const parents = new Int32Array(size).fill(-1);
		const units = new Uint16Array(size);
		const children = new Int32Array(size);
		const mask = size - 1;
		next.forEach((m, node) => {
			for (const [c, child] of m) {
				let h = slot(node, c) & mask;
				while (parents[h] !== -1) h = (h + 1) & mask;
				parents[h] = node;
				units[h] = c;
				children[h] = child;
			}
		});
		const none: readonly T[] = [];
		return new CodeTrie(
			parents,
			units,
			children,
			ending.map((e) => (e.length ? e : none))
		);
	}

	/** The child of `node` by code unit `c`, or -1 when no string goes on so. */
	step(node: number, c: number): number {
		const mask = this.parents.length - 1;
		for (let h = slot(node, c) & mask; ; h = (h + 1) & mask) {
			const p = this.parents[h];
			if (p === -1) return -1;
			if (p === node && this.units[h] === c) return this.children[h];
		}
	}

	/** The values of the strings that end at `node` (empty for none). */
	ends(node: number): readonly T[] {
		return this.ending[node];
	}
}

/** Where the pair (node, unit) is looked for first: a multiplicative hash of both. */
function slot(node: number, c: number): number {
	const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b);
	return (h ^ (h >>> 15)) >>> 0;
}
