/**
 * Solar Hijri month names, one month per line: Iranian (فروردین…) and Afghan Dari zodiac (حمل…حوت).
 * `*` marks a spelling that is also an everyday word or name (مهر "Mehr News"/"kindness", تیر
 * "arrow", بهمن a given name, جدی "serious", میزان "level"…): a month only with a day, a year,
 * "ماه", a cue or a relative word. Forms glued to ماه (دی‌ماه, دیماه, تیرماه) are derived at load.
 */
export default `
1: فروردین | فروردين | حمل* | farvardin
2: اردیبهشت | ارديبهشت | ثور* | ordibehesht
3: خرداد | جوزا* | جوزاء* | khordad
4: تیر* | سرطان* | tir*
5: مرداد | امرداد | اسد* | mordad | amordad
6: شهریور | شهريور | سنبله* | shahrivar
7: مهر* | میزان* | mehr*
8: آبان | عقرب* | aban
9: آذر | قوس* | azar
10: دی* | دي* | جدی* | جدي* | dey*
11: بهمن* | دلو* | bahman*
12: اسفند | حوت* | esfand
`;
