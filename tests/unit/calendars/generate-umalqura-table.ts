/**
 * Regenerates `src/lib/core/calendars/umalqura-data.ts` from the platform's ICU calendar.
 * Run: `npx tsx tests/unit/calendars/generate-umalqura-table.ts > src/lib/core/calendars/umalqura-data.ts`
 * then `npx prettier --write` it. Kept beside the tests because it is a tool, not runtime code.
 */
const FIRST = 1300;
const LAST = 1600;
const fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
	timeZone: 'UTC',
	year: 'numeric',
	month: 'numeric',
	day: 'numeric'
});
function hijri(day: number): [number, number, number] {
	const parts = fmt.formatToParts(new Date(day * 86_400_000));
	const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
	return [get('year'), get('month'), get('day')];
}
// 1 Muharram 1300 AH is 1882-11-12; start a little before it and walk forward.
const starts = new Map<string, number>();
for (let day = -32_000; ; day++) {
	const [y, m, d] = hijri(day);
	if (y > LAST + 1) break;
	if (d === 1 && y >= FIRST && y <= LAST + 1) starts.set(`${y}-${m}`, day);
}
const first = starts.get(`${FIRST}-1`)!;
const rows: string[] = [];
for (let y = FIRST; y <= LAST; y++) {
	let mask = 0;
	for (let m = 1; m <= 12; m++) {
		const a = starts.get(`${y}-${m}`)!;
		const b = m === 12 ? starts.get(`${y + 1}-1`)! : starts.get(`${y}-${m + 1}`)!;
		const len = b - a;
		if (len !== 29 && len !== 30) throw new Error(`month ${y}-${m} has ${len} days`);
		if (len === 30) mask |= 1 << (m - 1);
	}
	rows.push(`${y} ${mask.toString(16).padStart(3, '0')}`);
}
console.log(`/**
 * Umm al-Qura month lengths, ${FIRST}–${LAST} AH, generated from ICU ${process.versions.icu} by
 * tests/unit/calendars/generate-umalqura-table.ts and checked day by day against ICU by the tests.
 * One year per line: the year, then 12 bits in hex (bit m-1 set ⇒ month m has 30 days, else 29).
 */
export const UMALQURA_FIRST_YEAR = ${FIRST};
export const UMALQURA_LAST_YEAR = ${LAST};
/** Day number (days since 1970-01-01) of 1 Muharram ${FIRST} AH. */
export const UMALQURA_FIRST_DAY = ${first};

export default \`
${rows.join('\n')}
\`;`);
