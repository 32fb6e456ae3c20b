import { it } from 'vitest';
import { seedInputs } from '../../fixtures/seeds';
import { parseHtmlNode } from '../../../src/lib/core/reading/html-node';
import { readDocuments } from '../../../src/lib/core/story';
it('x', () => {
  const story = readDocuments(seedInputs(), { parseHtml: parseHtmlNode });
  const per: Record<string, number> = {};
  for (const l of story.links) if (l.type !== 'reports-on') per[l.type + ' ' + l.from] = (per[l.type + ' ' + l.from] ?? 0) + 1;
  console.log(story.statements.length, story.links.length, JSON.stringify(per));
  const byDoc: Record<string, number> = {};
  for (const s of story.statements) for (const e of s.evidence) byDoc[e.doc] = (byDoc[e.doc] ?? 0) + 1;
  console.log(JSON.stringify(byDoc));
  const pos = new Map(story.statements.map((s, i) => [s.id, i]));
  for (const l of story.links) if (l.type === 'denies' && pos.has(l.to)) console.log(l.from, l.to, pos.get(l.from)! - pos.get(l.to)!, JSON.stringify(story.statements[pos.get(l.from)!].evidence), JSON.stringify(story.statements[pos.get(l.to)!].evidence));
});
