import { describe, expect, it } from 'vitest';
import { processLine } from '../../../src/cli/commands/dates';

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
});
