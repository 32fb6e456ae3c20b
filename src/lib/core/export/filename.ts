/**
 * A safe download name from a timeline title: letters of any script, digits, dashes; nothing that a
 * file system or a shell would read as a path. Example: `exportFileName('Russia / Taliban', 'png', 2)`
 * → `'Russia-Taliban@2x.png'`.
 */
export function exportFileName(title: string, ext: string, scale?: number): string {
	const stem =
		title
			.normalize('NFC')
			.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 80) || 'timeline';
	return `${stem}${scale && scale !== 1 ? `@${scale}x` : ''}.${ext.replace(/[^a-z0-9]/gi, '')}`;
}
