/**
 * Which of our three languages a text is in, from its letters: Persian-only letters (پ چ ژ گ ک ی)
 * against Arabic-only ones (ة ي ك ى ئ ؤ with Arabic-only words), and Arabic script against Latin.
 */
import { dateWork } from './work';

/**
 * Detect 'fa', 'ar' or 'en' from the script. Linear; looks at the first 20 000 characters.
 * @example detectLang('تاریخ انتشار') === 'fa'
 */
export function detectLang(text: string): 'ar' | 'fa' | 'en' {
	let latin = 0;
	let arabic = 0;
	let fa = 0;
	let ar = 0;
	const n = Math.min(text.length, 20000);
	dateWork.langChars += n;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
		else if (c >= 0x0600 && c <= 0x06ff) {
			arabic++;
			if (c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af || c === 0x06a9 || c === 0x06cc) fa++;
			else if (c === 0x0629 || c === 0x064a || c === 0x0643 || c === 0x0649) ar++;
		}
	}
	if (arabic === 0 || latin > arabic * 2) return 'en';
	return fa > ar ? 'fa' : 'ar';
}

/** Map a language tag ("fa-IR", "prs", "Dari", "ar-EG", "en") to ours, or null when unknown. */
export function normaliseLang(tag: string | undefined | null): 'ar' | 'fa' | 'en' | null {
	if (!tag) return null;
	const t = tag.toLowerCase();
	if (t.startsWith('fa') || t.startsWith('prs') || t.startsWith('per') || t.startsWith('dari')) return 'fa';
	if (t.startsWith('ar')) return 'ar';
	if (t.startsWith('en')) return 'en';
	return null;
}
