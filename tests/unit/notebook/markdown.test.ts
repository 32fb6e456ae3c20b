import { describe, expect, it } from 'vitest';
import { NOTE_ATTRIBUTES, NOTE_LINK, NOTE_TAGS, noteToHtml } from '../../../src/lib/core/notebook/markdown';

// The sanitising itself needs a DOM and is tested in the browser (tests/e2e/notebook-notes.test.ts).
describe('note Markdown before sanitising', () => {
	it('turns an image into a link to it, so nothing is fetched when the note is shown', () => {
		const html = noteToHtml('![map of Kabul](https://example.org/k.png "Kabul")');
		expect(html).not.toContain('<img');
		expect(html).toContain('<a href="https://example.org/k.png" title="Kabul">🖼 map of Kabul</a>');
	});

	it('keeps an image with an unsafe address as its text only', () => {
		expect(noteToHtml('![x](javascript:alert(1))')).toBe('<p>x</p>\n');
	});

	it('turns task-list boxes into glyphs, not form fields', () => {
		const html = noteToHtml('- [x] done\n- [ ] open');
		expect(html).not.toContain('<input');
		expect(html).toContain('☑ done');
		expect(html).toContain('☐ open');
	});

	it('renders Arabic and Persian text, tables and code', () => {
		const html = noteToHtml('**طالبان** تنفي\n\n| a | b |\n|---|--:|\n| ۱ | 2 |\n\n`code`');
		expect(html).toContain('<strong>طالبان</strong>');
		expect(html).toContain('<td align="right">2</td>');
		expect(html).toContain('<code>code</code>');
	});
});

describe('the notes allow-list', () => {
	it.each([
		'style',
		'form',
		'input',
		'button',
		'img',
		'iframe',
		'object',
		'embed',
		'svg',
		'math',
		'link',
		'meta',
		'base',
		'script',
		'video',
		'audio',
		'textarea',
		'select'
	])('has no %s', (tag) => expect(NOTE_TAGS).not.toContain(tag));

	it.each([
		'style',
		'class',
		'id',
		'src',
		'srcset',
		'background',
		'action',
		'formaction',
		'onclick',
		'onerror'
	])('keeps no %s attribute', (attr) => expect(NOTE_ATTRIBUTES).not.toContain(attr));

	it.each([
		['https://example.org', true],
		['http://example.org', true],
		['mailto:a@example.org', true],
		['#top', true],
		['javascript:alert(1)', false],
		['JAVASCRIPT:alert(1)', false],
		['data:text/html,x', false],
		['vbscript:x', false],
		['//evil.example', false],
		['file:///etc/passwd', false]
	])('a link to %s is kept: %s', (href, ok) => expect(NOTE_LINK.test(href)).toBe(ok));
});
