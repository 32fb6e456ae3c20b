import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile, textLines } from '../../../src/cli/read-text';

// Issue 16.5: text in another encoding is read as such, or refused by name — never lost silently.

/** Windows-1256 bytes of an Arabic text (the inverse of the platform's decoder). */
function cp1256(text: string): Buffer {
	const all = new TextDecoder('windows-1256').decode(new Uint8Array(256).map((_, i) => i));
	const back = new Map([...all].map((c, i) => [c, i]));
	return Buffer.from([...text].map((c) => back.get(c)!));
}

const AR =
	'طالبان تنفي تبادل المعلومات مع موسكو\n\nنفت حركة طالبان يوم 23 ديسمبر 2015 تقارير أفادت بأن ممثلين عنها التقوا مسؤولين من روسيا.\n';

function cli(args: string[], input?: Buffer | string) {
	const r = spawnSync('npx', ['tsx', 'src/cli/taqvim.ts', ...args], { input, encoding: 'utf8' });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

async function collect(chunks: (string | Uint8Array)[]) {
	const notes: string[] = [];
	const out: string[] = [];
	async function* src() {
		for (const c of chunks) yield c;
	}
	for await (const l of textLines(src(), (n, m) => notes.push(`${n}: ${m}`))) out.push(l);
	return { out, notes };
}

describe('reading lines from stdin', () => {
	it('splits UTF-8 lines across chunk borders, inside a letter too, and drops "\\r"', async () => {
		const bytes = Buffer.from('{"a":"طالبان"}\r\n\n{"b":2}\nlast', 'utf8');
		const chunks = [bytes.subarray(0, 9), bytes.subarray(9, 20), bytes.subarray(20)];
		expect((await collect(chunks)).out).toEqual(['{"a":"طالبان"}', '', '{"b":2}', 'last']);
	});

	it('reads a Windows-1256 line as such and says so, the UTF-8 lines around it unchanged', async () => {
		const lines = Buffer.concat([
			Buffer.from('{"id":1,"text":"5 March 2016"}\n'),
			Buffer.from('{"id":2,"text":"'),
			cp1256('الأحد الماضي'),
			Buffer.from('"}\n{"id":3,"text":"طالبان"}\n')
		]);
		const { out, notes } = await collect([lines]);
		expect(out).toEqual([
			'{"id":1,"text":"5 March 2016"}',
			'{"id":2,"text":"الأحد الماضي"}',
			'{"id":3,"text":"طالبان"}'
		]);
		expect(notes).toEqual(['2: not UTF-8: read as Windows-1256 (Arabic)']);
	});

	it('reads a stream that starts with a UTF-16 mark as UTF-16', async () => {
		const text = '{"id":1,"text":"۵ دی ۱۳۹۴"}\r\n{"id":2}\n';
		const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		const { out } = await collect([bytes.subarray(0, 7), bytes.subarray(7)]);
		expect(out).toEqual(['{"id":1,"text":"۵ دی ۱۳۹۴"}', '{"id":2}']);
	});
});

describe('reading article files', () => {
	const dir = mkdtempSync(join(tmpdir(), 'taqvim-enc-'));

	it.each([
		['utf8.txt', Buffer.from(AR, 'utf8'), 'utf-8', ''],
		['cp1256.txt', cp1256(AR), 'windows-1256', 'not UTF-8: read as Windows-1256 (Arabic)'],
		[
			'utf16.txt',
			Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(AR, 'utf16le')]),
			'utf-16le',
			'not UTF-8: read as UTF-16 (little endian)'
		]
	])('reads %s', (name, bytes, encoding, note) => {
		writeFileSync(join(dir, name), bytes);
		expect(readTextFile(join(dir, name))).toEqual({ ok: true, text: AR, encoding, note });
	});

	it('follows the charset an HTML page declares', () => {
		const page = `<html><head><meta charset="windows-1256"><title>ت</title></head><body><p>${AR}</p></body></html>`;
		writeFileSync(join(dir, 'page.html'), cp1256(page));
		expect(readTextFile(join(dir, 'page.html'))).toMatchObject({ ok: true, text: page });
	});
});

describe('the command line with text in another encoding', () => {
	const dir = mkdtempSync(join(tmpdir(), 'taqvim-enc-cli-'));

	it('extract reads a Windows-1256 article with its date and names the encoding; refuses what it cannot tell', () => {
		writeFileSync(join(dir, 'cp1256.txt'), cp1256(AR));
		writeFileSync(
			join(dir, 'cp1256.txt.meta.json'),
			cp1256(JSON.stringify({ outlet: 'الشرق الأوسط', published: '2015-12-27' }))
		);
		// Arabic letters in Windows-1256 mixed with Western European ones: no encoding can be told.
		writeFileSync(
			join(dir, 'mixed.txt'),
			Buffer.concat([cp1256('الأحد الماضي '), Buffer.from('señora Straße Köln Ångström Øresund', 'latin1')])
		);
		const r = cli(['extract', join(dir, 'cp1256.txt'), join(dir, 'mixed.txt')]);
		expect(r.err).toContain(`${join(dir, 'cp1256.txt')}: not UTF-8: read as Windows-1256 (Arabic)`);
		expect(r.err).toMatch(/mixed\.txt: is not UTF-8, and its encoding could not be told/);
		expect(r.code).toBe(1);
		const story = JSON.parse(r.out);
		expect(story.documents).toHaveLength(1);
		expect(story.documents[0].outlet).toBe('الشرق الأوسط');
		expect(JSON.stringify(story)).not.toContain('\uFFFD');
		const denial = story.statements.find((s: { act: string }) => s.act === 'denial');
		expect(denial.text).toContain('نفت حركة طالبان');
	}, 60_000);

	it('dates --jsonl reads a Windows-1256 line for its dates and refuses a line it cannot read, one line out per line in', () => {
		const input = Buffer.concat([
			Buffer.from('{"id":"a","text":"'),
			cp1256('نفت حركة طالبان يوم 23 ديسمبر 2015'),
			Buffer.from('","lang":"ar"}\n{"id":"b","text":"'),
			Buffer.from([0xc7, 0xe1, 0xff, 0xfe, 0x41, 0xe9, 0x42]),
			Buffer.from('"}\n{"id":"c","text":"5 March 2016"}\n')
		]);
		const r = cli(['dates', '--jsonl'], input);
		const out = r.out
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c']);
		expect(out[0].mentions.map((m: { text: string }) => m.text)).toEqual([
			expect.stringContaining('23 ديسمبر 2015')
		]);
		expect(out[1]).toMatchObject({ mentions: [], error: expect.stringMatching(/U\+FFFD/) });
		expect(out[2].mentions).toHaveLength(1);
		expect(r.err).toContain('line 1: not UTF-8: read as Windows-1256 (Arabic)');
		expect(r.err).toMatch(/line 2: .*U\+FFFD/);
		expect(r.code).toBe(1);
	}, 60_000);
});

describe('a UTF-8 file that already lost letters', () => {
	it('is read as it is, and the note says how many replacement characters it holds', () => {
		const dir = mkdtempSync(join(tmpdir(), 'taqvim-fffd-'));
		writeFileSync(join(dir, 'lost.txt'), 'Kabul, 5 March 2016: \uFFFD\uFFFD\uFFFD met.\n');
		expect(readTextFile(join(dir, 'lost.txt'))).toMatchObject({
			ok: true,
			encoding: 'utf-8',
			note: 'holds 3 replacement characters (U+FFFD) where letters were lost before it was saved'
		});
	});
});
