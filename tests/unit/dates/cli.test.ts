import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { processLine, runJsonl } from '../../../src/cli/commands/dates';

describe('the dates --jsonl line processor', () => {
	it('writes one line with the id and the mentions in the DESIGN.md §4 shape', () => {
		const out = JSON.parse(processLine('{"id":"a","text":"۱۸ دی ۱۳۹۴","lang":"fa"}'));
		expect(out.id).toBe('a');
		expect(Object.keys(out.mentions[0])).toEqual(
			expect.arrayContaining([
				'start',
				'end',
				'text',
				'calendar',
				'earliest',
				'latest',
				'precision',
				'edtf',
				'relative'
			])
		);
		expect(out.mentions[0].earliest).toBe('2016-01-08');
	});

	it.each([
		['not json', /not valid JSON/],
		['[1,2]', /JSON object/],
		['{"id":"x"}', /"text" must be a string/],
		['{"id":"x","text":"a","ref":"yesterday"}', /"ref" must be a day/]
	])('names the problem with a bad line: %s', (line, msg) => {
		expect(() => processLine(line)).toThrow(msg);
	});

	it('answers every input line with one output line, blank and bad lines too', async () => {
		const input = [
			'{"id":"a","text":"۱۸ دی ۱۳۹۴","lang":"fa"}',
			'',
			'   ',
			'not json',
			'{"id":"b","text":"On 12 March 99999."}',
			''
		].join('\n');
		let out = '';
		let err = '';
		const code = await runJsonl(
			Readable.from([input]),
			{ write: (s: string) => (out += s) },
			{ write: (s: string) => (err += s) }
		);
		const lines = out
			.split('\n')
			.slice(0, -1)
			.map((l) => JSON.parse(l));
		expect(lines.map((o) => o.id)).toEqual(['a', null, null, null, 'b']);
		expect(lines[1]).toEqual({ id: null, mentions: [] });
		expect(lines[3].error).toMatch(/line 4: not valid JSON/);
		expect(lines[4].mentions[0].invalid).toMatch(/Year 99999/);
		expect(err).toMatch(/line 2: empty/);
		expect(err).toMatch(/line 3: empty/);
		expect(code).toBe(1);
	});
});
