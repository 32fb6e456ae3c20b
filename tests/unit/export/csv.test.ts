import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, toCsv } from '../../../src/lib/core/export/csv';
import { ImportError } from '../../../src/lib/core/export/import-error';

describe('CSV writing', () => {
	it.each([
		['plain text stays bare', 'abc', 'abc'],
		['a comma gets the field quoted', 'a,b', '"a,b"'],
		['a quote is doubled inside quotes', 'say "no"', '"say ""no"""'],
		['a line break gets the field quoted', 'a\nb', '"a\nb"'],
		['Arabic text is written as is', 'طالبان تنفي', 'طالبان تنفي'],
		['a formula-looking cell gets an apostrophe', '=SUM(A1)', "'=SUM(A1)"],
		['a leading minus is guarded too', '-12', "'-12"],
		['a leading at-sign is guarded', '@cmd', "'@cmd"]
	])('%s', (_name, cell, expected) => {
		expect(toCsv([[cell]])).toBe(`${BOM}${expected}\r\n`);
	});

	it('starts with a byte-order mark and ends rows with CRLF', () => {
		expect(
			toCsv([
				['a', 'b'],
				['1', '2']
			])
		).toBe('\uFEFFa,b\r\n1,2\r\n');
	});
});

describe('CSV reading', () => {
	it.each([
		[
			'with CRLF',
			'a,b\r\n1,2\r\n',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'with LF only',
			'a,b\n1,2\n',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'without a final line break',
			'a,b\n1,2',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'with empty fields',
			'a,,c\n,,\n',
			[
				['a', '', 'c'],
				['', '', '']
			]
		],
		['with a quoted line break', 'a\n"x\ny",z\n', [['a'], ['x\ny', 'z']]],
		['with a BOM', '\uFEFFa\n', [['a']]]
	])('parses fields %s', (_name, text, rows) => {
		expect(parseCsv(text).rows).toEqual(rows);
	});

	it('gives each row the line it starts on, counting quoted line breaks', () => {
		expect(parseCsv('h\n"a\nb"\nc\n').lines).toEqual([1, 2, 4]);
	});

	it('reads back exactly what it wrote, hostile cells included', () => {
		const rows = [
			['id', 'text'],
			['1', 'قال "المتحدث"، إن\r\nالتقرير كاذب'],
			['2', '=HYPERLINK("http://x")'],
			['3', "'=already guarded"],
			['4', "'plain apostrophe"],
			['5', '+98 21 …']
		];
		expect(parseCsv(toCsv(rows)).rows).toEqual(rows);
	});

	it.each([
		['an unterminated quote', 'a\n"open,b\n', 2, 'never closed'],
		['text after a closing quote', 'a\n"x"y,b\n', 2, 'after the closing quote']
	])('rejects %s naming the line', (_name, text, row, words) => {
		try {
			parseCsv(text);
			expect.fail('should throw');
		} catch (e) {
			expect(e).toBeInstanceOf(ImportError);
			expect((e as ImportError).issues[0].row).toBe(row);
			expect((e as Error).message).toContain(words);
		}
	});
});
