import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeXml, num } from '../../../src/lib/core/export/xml';
import { exportFileName } from '../../../src/lib/core/export/filename';

describe('XML escaping of untrusted text', () => {
	it.each([
		['markup characters', `<a href="x">&'`, '&lt;a href=&quot;x&quot;&gt;&amp;&apos;'],
		['control characters XML forbids', 'a\u0000b\u001Fc\uFFFE', 'abc'],
		['a lone surrogate', 'a\uD800b', 'ab'],
		['a bidi override used to reorder text', 'abc\u202Edef\u202C', 'abcdef'],
		['a bidi isolate', '\u2067طالبان\u2069', 'طالبان'],
		['Persian ZWNJ and marks, which spelling needs', 'می\u200Cگوید\u200F', 'می\u200Cگوید\u200F'],
		['a complete emoji', 'ok 👍', 'ok 👍']
	])('handles %s', (_name, input, expected) => {
		expect(escapeXml(input)).toBe(expected);
	});

	it('escapes HTML for TimelineJS text', () => {
		expect(escapeHtml(`<img src=x onerror="y">'`)).toBe('&lt;img src=x onerror=&quot;y&quot;&gt;&#39;');
	});

	it.each([
		[1.005, '1'],
		[-0.001, '0'],
		[Number.NaN, '0'],
		[12.345, '12.35']
	])('writes coordinate %d as %s', (x, s) => {
		expect(num(x)).toBe(s);
	});
});

describe('download file names', () => {
	it.each([
		['Russia / Taliban', 'png', 2, 'Russia-Taliban@2x.png'],
		['../../etc/passwd', 'svg', 1, 'etc-passwd.svg'],
		['همکاری اطلاعاتی', 'csv', undefined, 'همکاری-اطلاعاتی.csv'],
		['', 'json', undefined, 'timeline.json']
	])('makes %j safe', (title, ext, scale, expected) => {
		expect(exportFileName(title, ext, scale)).toBe(expected);
	});
});
