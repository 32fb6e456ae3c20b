/**
 * Gregorian month names, one month per line: `number: spelling | spelling | …`.
 * Egyptian/Gulf (يناير…), Levantine/Iraqi (كانون الثاني…), Maghrebi (جانفي…), Persian (ژانویه…),
 * Afghan Dari (جنوری، فبروری…), English with abbreviations. A trailing `*` marks a spelling that is also a common word (آب "water",
 * May, March): it counts as a month only with a day, a year, a paired name or a cue word. A trailing
 * `?` is weaker doubt (Arabic مارس is also "he practised"): a preposition before it is enough.
 * Spellings are folded (alef forms, ي/ی, ة/ه…) at load, so one spelling per real variant suffices.
 */
export default `
1: يناير | ينايِر | كانون الثاني | كانون ثاني | جانفي | جانفييه | ژانویه | ژانویهٔ | ژانوئیه | جنوری | جنوري | january | jan*
2: فبراير | فبرایر | شباط | فيفري | فورییه | فوریه | فبروری | فبروري | february | feb*
3: مارس? | آذار | مارث | مارچ | march* | mar*
4: أبريل | ابريل | إبريل | نيسان | أفريل | افريل | آوریل | اوریل | اپریل | اپریل | ابريل | april | apr*
5: مايو | ماي? | أيار | ايار | مه* | می*@fa | may*
6: يونيو | يونيه | حزيران | جوان?@ar | ژوئن | جون*@fa | june | jun*
7: يوليو | يوليه | تموز | جويلية | جويليه | ژوئیه | جولای | جولاي | يوليوز | july | jul*
8: أغسطس | اغسطس | آب*@ar | أوت | اوت | اغشت | غشت | اوت | آگوست | اگوست | اگست | august | aug*
9: سبتمبر | سپتمبر | أيلول | ايلول | شتنبر | سپتامبر | september | sep* | sept*
10: أكتوبر | اكتوبر | تشرين الأول | تشرين اول | أكتوبر | اکتبر | اکتوبر | october | oct*
11: نوفمبر | تشرين الثاني | تشرين ثاني | نونبر | نوامبر | نومبر | november | nov*
12: ديسمبر | كانون الأول | كانون اول | دجنبر | دسامبر | دسمبر | december | dec*
`;
