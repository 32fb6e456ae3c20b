/**
 * TEMPORARY stand-in for engineer B's `src/lib/core/dates` (findDates / findPublicationDate) with
 * the same signatures, covering only what reading needs until the real module lands. Delete this
 * file and point `dates-port.ts` at `../dates` then.
 */
import { toGregorian } from 'jalaali-js';
import type { TimeMention, FindDatesOptions } from '../dates/mention';
import type { TimeValue } from '../time/time-value';

const MONTHS: [string, number][] = [];
const add = (m: number, names: string) => names.split(' ').forEach((n) => MONTHS.push([n, m]));
add(1, 'يناير كانون_الثاني جانفي ژانویه ژانويه January Jan');
add(2, 'فبراير شباط فيفري فوریه February Feb');
add(3, 'مارس آذار مارچ March Mar');
add(4, 'أبريل إبريل ابريل نيسان أفريل آوریل آپریل April Apr');
add(5, 'مايو أيار ماي مه می May');
add(6, 'يونيو يونيه حزيران جوان ژوئن June Jun');
add(7, 'يوليو يوليه تموز جويلية ژوئیه جولای July Jul');
add(8, 'أغسطس آب أوت اوت August Aug');
add(9, 'سبتمبر أيلول سپتامبر September Sep');
add(10, 'أكتوبر اكتوبر تشرين_الأول أكتوبر اکتبر October Oct');
add(11, 'نوفمبر تشرين_الثاني نوامبر November Nov');
add(12, 'ديسمبر كانون_الأول دجنبر دسامبر December Dec');
const PERSIAN: string[] = 'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند'.split(' ');
const WEEKDAYS: [string, number][] = [];
const wd = (d: number, names: string) => names.split(' ').forEach((n) => WEEKDAYS.push([n, d]));
wd(0, 'الأحد الاحد یکشنبه Sunday');
wd(1, 'الاثنين الإثنين دوشنبه Monday');
wd(2, 'الثلاثاء سه‌شنبه Tuesday');
wd(3, 'الأربعاء الاربعاء چهارشنبه Wednesday');
wd(4, 'الخميس پنجشنبه Thursday');
wd(5, 'الجمعة جمعه Friday');
wd(6, 'السبت شنبه Saturday');
const ORD =
	'الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي عشر|الثاني عشر|الثالث عشر|الرابع عشر|الخامس عشر|السادس عشر|السابع عشر|الثامن عشر|التاسع عشر|العشرون|الحادي والعشرون|الثاني والعشرون|الثالث والعشرون|الرابع والعشرون|الخامس والعشرون|السادس والعشرون|السابع والعشرون|الثامن والعشرون|التاسع والعشرون|الثلاثون|الحادي والثلاثون'.split(
		'|'
	);
const SEASONS: [string, number, number][] = [
	['صيف', 6, 8],
	['الصيف', 6, 8],
	['شتاء', 12, 2],
	['ربيع', 3, 5],
	['خريف', 9, 11],
	['تابستان', 6, 8],
	['summer', 6, 8]
];

const digits = (s: string) =>
	s
		.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
		.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const dim = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/_/g, ' ');
const alt = (xs: string[]) =>
	xs
		.map(esc)
		.sort((a, b) => b.length - a.length)
		.join('|');
const MON = alt(MONTHS.map(([n]) => n));
const monthOf = (s: string) => MONTHS.find(([n]) => n.replace(/_/g, ' ') === s)?.[1] ?? 0;
const PAST = '(?:\\s+(?:الماضي|الماضى|المنصرم|گذشته))';
const NUM = '[0-9٠-٩۰-۹]';

function mention(
	text: string,
	start: number,
	end: number,
	ey: number,
	em: number,
	ed: number,
	ly: number,
	lm: number,
	ld: number,
	precision: TimeMention['precision'],
	edtf: string,
	relative = false,
	anchor?: string,
	calendar: TimeMention['calendar'] = 'gregorian'
): TimeMention {
	return {
		start,
		end,
		text: text.slice(start, end),
		calendar,
		earliest: iso(ey, em, ed),
		latest: iso(ly, lm, ld),
		precision,
		edtf,
		relative,
		...(anchor ? { anchor } : {})
	};
}

function unresolved(
	text: string,
	start: number,
	end: number,
	precision: TimeMention['precision']
): TimeMention {
	return {
		start,
		end,
		text: text.slice(start, end),
		calendar: 'gregorian',
		earliest: null,
		latest: null,
		precision,
		edtf: null,
		relative: true,
		unresolved: 'no publication date to resolve against'
	};
}

/** Shim of B's findDates: Gregorian month names, ordinals, years, seasons, weekdays, Persian dd-mm-yyyy. */
export function findDates(text: string, opts: FindDatesOptions = {}): TimeMention[] {
	const ref = opts.ref ?? null;
	const [ry, rm, rd] = ref ? ref.split('-').map(Number) : [0, 0, 0];
	const out: TimeMention[] = [];
	const taken = (s: number, e: number) => out.some((m) => s < m.end && e > m.start);
	const push = (m: TimeMention) => {
		if (!taken(m.start, m.end)) out.push(m);
	};
	let r: RegExpExecArray | null;
	// day month [(alt)|/alt] [year] [past]
	const dayRe = new RegExp(
		`(?:(${NUM}{1,2})|(${ORD.join('|')})\\s+من)\\s+(${MON})(?:\\s*[(/]\\s*(?:${MON})\\s*\\)?)?(?:\\s+(?:عام\\s+|سنة\\s+)?(${NUM}{4}))?(${PAST})?`,
		'g'
	);
	while ((r = dayRe.exec(text))) {
		const day = r[1] ? Number(digits(r[1])) : ORD.indexOf(r[2]) + 1;
		const m = monthOf(r[3]);
		let y = r[4] ? Number(digits(r[4])) : 0;
		let rel = false;
		if (!y) {
			if (!ref) {
				push(unresolved(text, r.index, r.index + r[0].length, 'day'));
				continue;
			}
			rel = true;
			y = m < rm || (m === rm && day <= rd && !r[5]) ? ry : ry - 1;
			if (r[5] && m === rm) y = ry - 1;
		}
		if (day < 1 || day > dim(y, m)) continue;
		push(
			mention(
				text,
				r.index,
				r.index + r[0].length,
				y,
				m,
				day,
				y,
				m,
				day,
				'day',
				iso(y, m, day),
				rel,
				rel ? ref! : undefined
			)
		);
	}
	// month [(alt)|/alt] [year] [past]
	const monRe = new RegExp(
		`(?<![\\p{L}])(${MON})(?:\\s*[(/]\\s*(?:${MON})\\s*\\)?)?(?:\\s+(?:من\\s+)?(?:عام\\s+|سنة\\s+)?(${NUM}{4}))?(${PAST})?(?![\\p{L}])`,
		'gu'
	);
	while ((r = monRe.exec(text))) {
		const m = monthOf(r[1]);
		let y = r[2] ? Number(digits(r[2])) : 0;
		let rel = false;
		if (!y) {
			if (r[1].length < 4 && !/^[A-Z]/.test(r[1])) continue; // short Arabic-script words are too ambiguous
			if (!ref) {
				push(unresolved(text, r.index, r.index + r[0].length, 'month'));
				continue;
			}
			rel = true;
			y = m < rm || (m === rm && !r[3]) ? ry : ry - 1;
		}
		push(
			mention(
				text,
				r.index,
				r.index + r[0].length,
				y,
				m,
				1,
				y,
				m,
				dim(y, m),
				'month',
				`${y}-${pad(m)}`,
				rel,
				rel ? ref! : undefined
			)
		);
	}
	// Persian numeric label dd-mm-yyyy (Solar Hijri) and d month yyyy (Solar Hijri)
	const faRe = new RegExp(`(${NUM}{2})-(${NUM}{2})-(1[34]${NUM}{2}|[۱١][۳۴٣٤]${NUM}{2})`, 'g');
	while ((r = faRe.exec(text))) {
		const [d, m, y] = [r[1], r[2], r[3]].map((x) => Number(digits(x)));
		if (m < 1 || m > 12 || d < 1 || d > 31) continue;
		const g = toGregorian(y, m, d);
		push(
			mention(
				text,
				r.index,
				r.index + r[0].length,
				g.gy,
				g.gm,
				g.gd,
				g.gy,
				g.gm,
				g.gd,
				'day',
				iso(g.gy, g.gm, g.gd),
				false,
				undefined,
				'persian'
			)
		);
	}
	const faMonRe = new RegExp(`(${NUM}{1,2})\\s+(${PERSIAN.join('|')})\\s+(${NUM}{4})`, 'g');
	while ((r = faMonRe.exec(text))) {
		const d = Number(digits(r[1]));
		const m = PERSIAN.indexOf(r[2]) + 1;
		const y = Number(digits(r[3]));
		const g = toGregorian(y, m, d);
		push(
			mention(
				text,
				r.index,
				r.index + r[0].length,
				g.gy,
				g.gm,
				g.gd,
				g.gy,
				g.gm,
				g.gd,
				'day',
				iso(g.gy, g.gm, g.gd),
				false,
				undefined,
				'persian'
			)
		);
	}
	// seasons with a year
	const seasonRe = new RegExp(
		`(${SEASONS.map((s) => s[0]).join('|')})\\s+(?:عام\\s+|سنة\\s+)?(${NUM}{4})`,
		'gi'
	);
	while ((r = seasonRe.exec(text))) {
		const s = SEASONS.find(([n]) => n.toLowerCase() === r![1].toLowerCase())!;
		const y = Number(digits(r[2]));
		const ly = s[2] < s[1] ? y + 1 : y;
		push(
			mention(
				text,
				r.index,
				r.index + r[0].length,
				y,
				s[1],
				1,
				ly,
				s[2],
				dim(ly, s[2]),
				'season',
				`${y}-${s[1] === 6 ? 22 : s[1] === 12 ? 24 : s[1] === 3 ? 21 : 23}`
			)
		);
	}
	// bare years
	const yearRe = new RegExp(
		`(?<![0-9٠-٩۰-۹])((?:19|20)[0-9]{2}|[١][٩][٠-٩]{2}|[٢][٠][٠-٩]{2})(?![0-9٠-٩۰-۹])`,
		'g'
	);
	while ((r = yearRe.exec(text))) {
		const y = Number(digits(r[1]));
		const before = text.slice(Math.max(0, r.index - 12), r.index);
		if (!/(في|عام|سنة|منذ|in|since|سال|of)\s*$/i.test(before)) continue;
		push(mention(text, r.index, r.index + r[0].length, y, 1, 1, y, 12, 31, 'year', String(y)));
	}
	// weekdays (relative)
	const wdRe = new RegExp(
		`(?<![\\p{L}])(?:يوم\\s+|روز\\s+)?(${WEEKDAYS.map(([n]) => n).join('|')})(${PAST})?(?![\\p{L}])`,
		'gu'
	);
	while ((r = wdRe.exec(text))) {
		const d = WEEKDAYS.find(([n]) => n === r![1])![1];
		if (/^(شنبه|جمعه)$/.test(r[1]) && !/^روز/.test(r[0])) continue; // Persian bare weekday words are common nouns
		if (!ref) {
			push(unresolved(text, r.index, r.index + r[0].length, 'day'));
			continue;
		}
		const base = Date.UTC(ry, rm - 1, rd);
		const rw = new Date(base).getUTCDay();
		let back = (rw - d + 7) % 7;
		if (r[2] && back === 0) back = 7;
		const t = new Date(base - back * 86400000);
		const [y, m, day] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
		push(
			mention(text, r.index, r.index + r[0].length, y, m, day, y, m, day, 'day', iso(y, m, day), true, ref)
		);
	}
	return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Shim of B's findPublicationDate: a labelled date near the top, else a date in the header lines, else the URL. */
export function findPublicationDate(
	text: string,
	opts: { lang?: string; url?: string | null } = {}
): { value: TimeValue | null; source: 'label' | 'header' | 'url' | null; reason: string } {
	const top = text.slice(0, 600);
	const label = /(تاريخ النشر|نشر في|تاریخ انتشار|انتشار|Published|Posted)\s*[:：]?/i.exec(top);
	const toValue = (m: TimeMention): TimeValue | null =>
		m.earliest && m.latest && m.edtf
			? {
					earliest: m.earliest,
					latest: m.latest,
					precision: m.precision,
					calendar: m.calendar,
					edtf: m.edtf,
					text: m.text
				}
			: null;
	if (label) {
		const ms = findDates(top.slice(label.index, label.index + 80), { lang: opts.lang }).filter(
			(m) => !m.relative
		);
		const v = ms[0] ? toValue(ms[0]) : null;
		if (v) return { value: v, source: 'label', reason: `after the label "${label[1]}"` };
	}
	if (opts.url) {
		const u = decodeURIComponent(opts.url);
		const m1 = /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_-]|$)/.exec(u);
		const m2 = new RegExp(`(${MON})-(\\d{1,2}),-((?:19|20)\\d{2})`, 'i').exec(u);
		const ymd = m1
			? [Number(m1[1]), Number(m1[2]), Number(m1[3])]
			: m2
				? [Number(m2[3]), monthOf(m2[1][0].toUpperCase() + m2[1].slice(1).toLowerCase()), Number(m2[2])]
				: null;
		if (ymd && ymd[1] >= 1 && ymd[1] <= 12 && ymd[2] >= 1 && ymd[2] <= dim(ymd[0], ymd[1])) {
			const d = iso(ymd[0], ymd[1], ymd[2]);
			return {
				value: { earliest: d, latest: d, precision: 'day', calendar: 'gregorian', edtf: d, text: '' },
				source: 'url',
				reason: 'date in the URL'
			};
		}
	}
	return { value: null, source: null, reason: 'no labelled date found' };
}
