import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function extract(...files: string[]) {
	const r = spawnSync('npx', ['tsx', 'src/cli/taqvim.ts', 'extract', ...files], { encoding: 'utf8' });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('taqvim extract', () => {
	it('prints the seed story as JSON with the contract fields', () => {
		const r = extract('seeds/000_bc47ae5588ddb94c.txt', 'seeds/002_c9650de6e31c8931.txt');
		expect(r.code).toBe(0);
		const story = JSON.parse(r.out);
		expect(Object.keys(story)).toEqual(['documents', 'actors', 'events', 'statements', 'links']);
		expect(story.documents[1]).toMatchObject({
			lang: 'fa',
			publishedSource: 'label',
			published: { earliest: '2015-12-26' }
		});
		const st = story.statements[0];
		for (const k of ['id', 'act', 'speaker', 'saidAt', 'about', 'chain', 'evidence'])
			expect(st).toHaveProperty(k);
	}, 60000);

	it('names bad files and still reads the good ones', () => {
		const dir = mkdtempSync(join(tmpdir(), 'taqvim-'));
		writeFileSync(join(dir, 'empty.txt'), '');
		writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
		const r = extract(
			join(dir, 'empty.txt'),
			join(dir, 'bin.txt'),
			join(dir, 'missing.txt'),
			'seeds/000_bc47ae5588ddb94c.txt'
		);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/empty\.txt: is empty/);
		expect(r.err).toMatch(/bin\.txt: looks binary/);
		expect(r.err).toMatch(/missing\.txt: no such file/);
		expect(JSON.parse(r.out).documents).toHaveLength(1);
	}, 60000);

	it('reads metadata from FILE.meta.json beside the file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'taqvim-'));
		const f = join(dir, 'a.txt');
		writeFileSync(
			f,
			'عنوان\n\nقالت صحيفة واشنطن بوست إن باكستان تقدم دعما استخباراتيا لطالبان في حربها ضد داعش.\n'
		);
		writeFileSync(`${f}.meta.json`, JSON.stringify({ outlet: 'Al Arabiya', published: '2021-10-24' }));
		const story = JSON.parse(extract(f).out);
		expect(story.documents[0]).toMatchObject({
			outlet: 'Al Arabiya',
			publishedSource: 'analyst',
			published: { edtf: '2021-10-24' }
		});
	}, 60000);
});
