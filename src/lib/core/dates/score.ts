/**
 * The scoring rules of ../shared/eval/score-dates.js, as a function (used by the dev-set test and
 * the benchmark): detection by span overlap, value by an exact match of [earliest, latest] with one
 * accepted gold interval; optional gold mentions neither count nor penalise.
 */
export interface GoldCase {
	id: string;
	text: string;
	lang?: string;
	ref?: string;
	gold: { text: string; values: string[]; optional?: boolean; start?: number; end?: number }[];
}

export interface PredMention {
	start: number;
	end: number;
	text?: string;
	earliest: string | null;
	latest: string | null;
}

export interface PRF {
	P: number;
	R: number;
	F1: number;
}

/** Score predictions (by case id) against gold. */
export function scoreDates(
	gold: GoldCase[],
	preds: Map<string, PredMention[]>
): { detection: PRF; value: PRF; misses: string[]; nGold: number; nPred: number } {
	let nGold = 0;
	let nPred = 0;
	let detG = 0;
	let detP = 0;
	let valG = 0;
	let valP = 0;
	const misses: string[] = [];
	for (const k of gold) {
		let from = 0;
		const golds = k.gold.map((m) => {
			const start = Number.isInteger(m.start) ? m.start! : k.text.indexOf(m.text, from);
			from = start + 1;
			return {
				...m,
				start,
				end: Number.isInteger(m.end) ? m.end! : start + m.text.length,
				ivs: m.values.map((v) => {
					const [a, b] = v.split('/');
					return [a, b || a];
				})
			};
		});
		const ps = (preds.get(k.id) ?? []).map((p) => ({
			...p,
			iv: [String(p.earliest || '').slice(0, 10), String(p.latest || '').slice(0, 10)]
		}));
		type G = (typeof golds)[number];
		type P = (typeof ps)[number];
		const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
			a.start < b.end && b.start < a.end;
		const exact = (p: P, g: G) => g.ivs.some(([a, b]) => p.iv[0] === a && p.iv[1] === b);
		for (const g of golds) {
			if (g.optional) continue;
			nGold++;
			const over = ps.filter((p) => overlaps(p, g));
			if (over.length) detG++;
			if (over.some((p) => exact(p, g))) valG++;
			else
				misses.push(
					`${k.id} MISS "${g.text}" want ${g.values.join(' | ')} got ${over.map((p) => p.iv.join('/')).join(', ') || 'nothing'}`
				);
		}
		for (const p of ps) {
			const over = golds.filter((g) => overlaps(p, g));
			if (over.length && over.every((g) => g.optional)) continue;
			nPred++;
			if (over.length) detP++;
			else misses.push(`${k.id} FALSE "${p.text ?? ''}" ${p.iv.join('/')}`);
			if (over.some((g) => exact(p, g))) valP++;
		}
	}
	const f1 = (tpP: number, tpG: number): PRF => {
		const P = nPred ? tpP / nPred : 0;
		const R = nGold ? tpG / nGold : 0;
		return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
	};
	return { detection: f1(detP, detG), value: f1(valP, valG), misses, nGold, nPred };
}
