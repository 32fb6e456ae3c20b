import { describeRows, type Row } from './rows';

/**
 * The two names of one month paired with a space only («7 يوليو تموز», «16 أكتوبر تشرين الأول», «۷
 * ژوئیه جولای»): another spelling of the same month of the same calendar right after a month is its
 * pair, one mention, as «يوليو/تموز» and «سبتمبر (أيلول)» already were. Two different months, or one
 * month of another calendar in brackets, stay two mentions.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a month and its other spelling with a space between': [
		[
			'ar',
			'2024-07-01',
			'تبدأ السنة يوم الأحد 7 يوليو تموز من عام 2024.',
			['يوم الأحد 7 يوليو تموز من عام 2024=2024-07-07']
		],
		[
			'ar',
			'2025-08-28',
			'تنطلق في 16 أكتوبر تشرين الأول وتستمر أسبوعا.',
			['16 أكتوبر تشرين الأول=2025-10-16']
		],
		['ar', '2025-08-28', 'في كانون الثاني يناير 2020', ['كانون الثاني يناير 2020=2020-01-01/2020-01-31']],
		['fa', '2025-08-28', 'در ۷ ژوئیه جولای', ['۷ ژوئیه جولای=2025-07-07']]
	],
	'look-alikes: two months, another calendar, the same word twice': [
		['ar', '2025-08-28', 'بين يوليو أغسطس', ['يوليو=2025-07-01/2025-07-31', 'أغسطس=2025-08-01/2025-08-31']],
		['ar', '2025-08-28', 'في 7 يوليو يوليو', ['7 يوليو=2025-07-07', 'يوليو=2025-07-01/2025-07-31']],
		['fa', '2025-08-28', 'روز ۷ ژوئیه (۱۶ تیر) برگزار شد.', ['روز ۷ ژوئیه=2025-07-07', '۱۶ تیر=2025-07-07']],
		[
			'en',
			'2025-08-28',
			'from July to August 2024',
			['July=2024-07-01/2024-07-31', 'August 2024=2024-08-01/2024-08-31']
		],
		['en', '2025-08-28', 'On 7 July Tammuz began.', ['7 July=2025-07-07']]
	]
};

describeRows('a month paired with its other name by a space', rows);
