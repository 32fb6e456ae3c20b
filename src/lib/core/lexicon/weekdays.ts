/**
 * Weekdays in Arabic, Persian and English: `number: spellings` with 0 = Sunday … 6 = Saturday.
 * `*` marks a spelling that is also an everyday word (Persian جمعه "Friday" is safe; Arabic
 * الجمعة is the Friday prayer too, but as a date it is the usual reading). Arabic جمعة folds to
 * Persian جمعه, so its doubt is marked for Arabic texts only. "Tues", "Weds" and "Thurs" are no
 * English words, so (capitalised, as every English weekday must be) they need no support.
 */
export default `
0: الأحد | الاحد | أحد* | یکشنبه | يكشنبه | یک‌شنبه | یک شنبه | sunday | sun*
1: الاثنين | الإثنين | الأثنين | اثنين* | الاثنین | دوشنبه | دو شنبه | monday | mon*
2: الثلاثاء | الثلاثا | ثلاثاء* | سه‌شنبه | سه شنبه | سەشنبه | tuesday | tue* | tues
3: الأربعاء | الاربعاء | أربعاء* | چهارشنبه | چهار شنبه | wednesday | wed* | weds
4: الخميس | خميس* | پنجشنبه | پنج‌شنبه | پنج شنبه | thursday | thu* | thur* | thurs
5: الجمعة | جمعة*@ar | جمعه | آدینه | friday | fri*
6: السبت | سبت* | شنبه | saturday | sat*
`;
