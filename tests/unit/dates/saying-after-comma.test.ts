import { describeRows, type Row } from './rows';

/**
 * A verb of saying a few words after a comma ("…, said the PIA spokesman", «…، قال المتحدث»,
 * «…، سخنگو گفت») tells when it was said, not the tense of the date before the comma: the scan for a
 * tense word ahead of a date stops there (dates/tense.ts, words.ts `say`). A past verb after a comma
 * that is no saying still counts. Each row: [lang, ref, text, exactly the mentions found, as
 * "span=day" or "span=first/last"].
 */

const REF = '2023-05-21';

const rows: Record<string, Row[]> = {
	'English: a future clause before "…, said X" looks forward': [
		[
			'en',
			REF,
			'The post-Hajj operation will be completed from July 2 to August 2, said the PIA spokesman.',
			['July 2=2023-07-02', 'August 2=2023-08-02']
		],
		['en', REF, 'Flights will resume on July 2, the airline said.', ['July 2=2023-07-02']]
	],
	'English look-alikes: a past verb after a comma that is no saying; a past clause before the saying': [
		['en', REF, 'In July, officials closed the road.', ['July=2022-07-01/2022-07-31']],
		['en', REF, 'Flights resumed on July 2, the airline said.', ['July 2=2022-07-02']]
	],
	'Arabic: a future clause before «، قال المتحدث» looks forward': [
		['ar', REF, 'ستستأنف الرحلات في 2 يوليو، قال المتحدث', ['2 يوليو=2023-07-02']]
	],
	'Arabic look-alike: a past verb after the comma': [
		['ar', REF, 'في 2 يوليو، عقدت اللجنة اجتماعها', ['2 يوليو=2022-07-02']]
	],
	'Persian: a future clause before «، سخنگو گفت» looks forward': [
		['fa', REF, 'پروازها از ۱۰ تیر از سر گرفته خواهد شد، سخنگو گفت', ['۱۰ تیر=2023-07-01']]
	],
	'Persian look-alike: a past verb after the comma': [
		['fa', REF, 'در ۱۰ تیر، جلسه برگزار شد', ['۱۰ تیر=2022-07-01']]
	]
};

describeRows('A verb of saying after a comma is not the tense of the date before it', rows);
