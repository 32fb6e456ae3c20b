import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, declaredHtmlCharset } from '../../../src/lib/core/text/encoding';
import { findDates } from '../../../src/lib/core/dates';

/** Encodes `text` in a single-byte WHATWG encoding (the inverse of the platform's decoder). */
function encodeSingle(text: string, encoding: 'windows-1256' | 'windows-1252'): Uint8Array {
	const all = decoded(encoding);
	const back = new Map<string, number>();
	for (let i = 255; i >= 0; i--) back.set(all[i], i);
	return Uint8Array.from([...text], (ch) => {
		const b = back.get(ch);
		if (b === undefined) throw new Error(`${JSON.stringify(ch)} has no byte in ${encoding}`);
		return b;
	});
}

/** The 256 bytes as the encoding reads them (Windows-1252 from its index written out below). */
function decoded(encoding: 'windows-1256' | 'windows-1252'): string {
	const bytes = new Uint8Array(256).map((_, i) => i);
	if (encoding === 'windows-1256') return new TextDecoder(encoding).decode(bytes);
	return String.fromCharCode(...bytes).replace(/[\x80-\x9f]/g, (c) => W1252.get(c.charCodeAt(0))!);
}

// The bytes 0x80–0x9F of Windows-1252, written out (from the WHATWG encoding index).
const W1252 = new Map([...'€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ'].map((c, i) => [0x80 + i, c]));

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
	const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
	const units = bom ? '\uFEFF' + text : text;
	for (let i = 0; i < units.length; i++) {
		const u = units.charCodeAt(i);
		out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
		out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
	}
	return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

// The Arabic and Persian seeds, with what Windows-1256 cannot hold written as it would be:
// Persian ی as Arabic ي, Arabic-Indic and Persian digits as Western ones, other marks dropped.
const representable = (s: string) => {
	const all = new TextDecoder('windows-1256').decode(new Uint8Array(256).map((_, i) => i));
	const ok = new Set(all);
	return [
		...s
			.replace(/ی/g, 'ي')
			.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
			.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
	]
		.filter((c) => ok.has(c))
		.join('');
};
const AR = representable(readFileSync('seeds/001_5efe405581343bf2.txt', 'utf8'));
const FA = representable(readFileSync('seeds/002_c9650de6e31c8931.txt', 'utf8'));
const AR_LINE = 'نفت حركة طالبان يوم 23 ديسمبر 2015 تقارير أفادت بأن ممثلين عنها التقوا مسؤولين من روسيا.';
const FA_LINE = 'سخنگوی طالبان روز ۵ دی ۱۳۹۴ گفت که این گزارش‌ها بی‌اساس است.';
const EN =
	'Kabul, 27 December 2015 – The Taliban’s spokesman said on Sunday that “there were no contacts” with Moscow. ' +
	'Zürich-based analysts and the Café Rouge bureau in Genève saw it differently… Ägypten, señor, façade.';

describe('decoding the bytes people bring', () => {
	it.each([
		['Arabic seed', readFileSync('seeds/001_5efe405581343bf2.txt', 'utf8')],
		['Persian seed', readFileSync('seeds/002_c9650de6e31c8931.txt', 'utf8')],
		['English with curly quotes and accents', EN],
		['pure ASCII', 'Kabul, 5 March 2016.'],
		['empty', '']
	])('reads UTF-8 (%s) as it is', (_, text) => {
		expect(decodeText(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
	});

	it('drops a UTF-8 byte-order mark', () => {
		expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(AR_LINE)]))).toEqual({
			ok: true,
			text: AR_LINE,
			encoding: 'utf-8'
		});
	});

	it.each([
		['the Arabic seed', AR],
		['the Persian seed', FA],
		['one Arabic line', representable(AR_LINE)],
		['one Persian line', representable(FA_LINE)],
		['a short Arabic phrase', 'الأحد الماضي'],
		['Arabic with Latin names', 'قال متحدث باسم CNN إن طالبان نفت ذلك يوم 27 ديسمبر 2015.']
	])('reads Windows-1256 (%s) back to the same letters', (_, text) => {
		expect(decodeText(encodeSingle(text, 'windows-1256'))).toEqual({
			ok: true,
			text,
			encoding: 'windows-1256'
		});
	});

	it.each([
		['English with curly quotes, dashes and accents', EN],
		['one accented word', 'Café'],
		['German', 'Die Gespräche in Genf begannen am 5. März 2016; Außenminister äußerten sich.'],
		['Spanish', 'El portavoz talibán negó el 27 de diciembre de 2015 cualquier reunión.']
	])('reads Windows-1252 (%s) back to the same letters', (_, text) => {
		expect(decodeText(encodeSingle(text, 'windows-1252'))).toEqual({
			ok: true,
			text,
			encoding: 'windows-1252'
		});
	});

	it('reads punctuation both single-byte encodings share the same either way', () => {
		const got = decodeText(encodeSingle('Kabul – 5 March 2016 “quoted”…', 'windows-1252'));
		expect(got).toMatchObject({ ok: true, text: 'Kabul – 5 March 2016 “quoted”…' });
	});

	it.each([
		['Arabic, little endian, with a mark', AR_LINE, 'le', true],
		['Arabic, big endian, with a mark', AR_LINE, 'be', true],
		['Persian, little endian, no mark', FA_LINE, 'le', false],
		['Persian, big endian, no mark', FA_LINE, 'be', false],
		['English, little endian, no mark', EN, 'le', false],
		[
			'Arabic seed, little endian, no mark',
			readFileSync('seeds/001_5efe405581343bf2.txt', 'utf8'),
			'le',
			false
		]
	] as const)('reads UTF-16 (%s)', (_, text, order, bom) => {
		expect(decodeText(utf16(text, order, bom))).toEqual({ ok: true, text, encoding: `utf-16${order}` });
	});

	it('lets a Windows-1256 Arabic line be read for its dates (which replacement characters lost)', () => {
		const bytes = encodeSingle(representable(AR_LINE), 'windows-1256');
		const lossy = new TextDecoder('utf-8').decode(bytes);
		expect(findDates(lossy, { lang: 'ar' })).toHaveLength(0);
		const got = decodeText(bytes);
		expect(got.ok && findDates(got.text, { lang: 'ar' }).map((m) => m.text)).toEqual([
			expect.stringContaining('23 ديسمبر 2015')
		]);
	});

	it.each([
		[
			'a PNG header',
			Uint8Array.from([
				0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52
			]),
			/binary/
		],
		['NUL bytes in ASCII', Uint8Array.from([0x61, 0x00, 0x62, 0x63, 0x00, 0x00, 0x64]), /binary/],
		['control bytes', Uint8Array.from([0x61, 0x01, 0x02, 0x03, 0x62, 0xe9]), /binary/],
		[
			'UTF-8 Arabic with one broken byte',
			Uint8Array.from([...utf8(AR_LINE.slice(0, 20)), 0xff, ...utf8(AR_LINE.slice(20))]),
			/UTF-8 with 1 malformed byte/
		],
		['UTF-8 cut in the middle of a letter', utf8('طالبان').subarray(0, 5), /UTF-8 with 1 malformed byte/],
		[
			'a mix of Arabic and Western European bytes',
			Uint8Array.from([
				...encodeSingle('الأحد الماضي', 'windows-1256'),
				0x20,
				...encodeSingle('señora Straße Köln Ångström Øresund', 'windows-1252')
			]),
			/could not be told/
		]
	])('refuses %s, saying why', (_, bytes, why) => {
		const got = decodeText(bytes);
		expect(got.ok).toBe(false);
		expect(!got.ok && got.reason).toMatch(why);
	});

	it('never gives text with replacement characters for any of the cases above', () => {
		for (const bytes of [
			encodeSingle(AR, 'windows-1256'),
			encodeSingle(EN, 'windows-1252'),
			utf16(FA_LINE, 'be', false)
		]) {
			const got = decodeText(bytes);
			expect(got.ok && got.text.includes('\uFFFD')).toBe(false);
		}
	});

	it('follows an HTML page’s declared charset when its bytes are not UTF-8', () => {
		const page = `<html><head><meta charset="windows-1256"><title>x</title></head><body><p>${'ب'}</p></body></html>`;
		const bytes = encodeSingle(page, 'windows-1256');
		expect(declaredHtmlCharset(bytes)).toBe('windows-1256');
		expect(decodeText(bytes, declaredHtmlCharset(bytes))).toMatchObject({
			ok: true,
			encoding: 'windows-1256',
			text: page
		});
		const meta = utf8('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">');
		expect(declaredHtmlCharset(meta)).toBe('ISO-8859-1');
	});
});
