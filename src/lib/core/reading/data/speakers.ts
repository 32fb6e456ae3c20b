/**
 * Descriptors of speakers who are not named, one per line:  kind | form | English
 *
 * head     — a noun for a person or group ("مسؤول" → official); the English is used in the id
 *            "anonymous senior Russian official"
 * plural   — the English head is plural ("officials")
 * rank     — a modifier ("رفيع" → senior, "سابق" → former)
 * count    — "اثنان من" → two
 * link     — joins a head to its affiliation ("في طالبان", "من روسيا", "باسم الكرملين")
 * role     — a named role: "المتحدث باسم X" → "X spokesperson" (not anonymous); `=` means the
 *            phrase names X itself ("تقرير صادر عن X" → X)
 * title    — an honorific before a name, dropped from it (المحامي، ژنرال)
 * intro    — introduces a quoted name that is the speaker (حساب باسم "X")
 * anaphor  — a definite noun pointing back to an actor of a kind (الصحيفة → the last outlet;
 *            group = a non-state organisation, what الحركة points to)
 */
export default `
head | مسؤول | official
head | وزير | minister
head | نائب وزير | deputy minister
head | سفير | ambassador
head | مبعوث | envoy
head | دبلوماسي | diplomat
head | وزیر | minister
head | سفیر | ambassador
head | نماینده | representative
head | minister | minister
head | سفارت | embassy
head | سفارة | embassy
head | embassy | embassy
head | خبرگزاری | agency
head | شبكة | outlet
head | قناة | outlet
head | شبکه | outlet
head | ambassador | ambassador
head | envoy | envoy
head | مسئول | official
head | قيادي | official
head | قيادى | official
head | قائد | commander
head | مصدر | source
head | ممثل | representative
head | عضو | member
head | دبلوماسي | diplomat
head | مقام | official
head | فرمانده | commander
head | منبع | source
head | official | official
head | source | source
head | commander | commander
head | leader | leader
head | diplomat | diplomat
plural | leaders | leaders
plural | commanders | commanders
plural | diplomats | diplomats
plural | members | members
head | spokesman | spokesperson
head | spokeswoman | spokesperson
head | spokesperson | spokesperson
plural | مسؤولون | officials
plural | مسئولون | officials
plural | المسؤولون | officials
plural | المسئولون | officials
plural | مسؤولين | officials
plural | المسؤولين | officials
plural | المسئولين | officials
plural | مسئولين | officials
plural | قادة | leaders
plural | قياديون | officials
plural | مصادر | sources
plural | مقامات | officials
plural | فرماندهان | commanders
plural | تحلیلگران | analysts
head | صحيفة | newspaper
head | جريدة | newspaper
head | وكالة | agency
head | روزنامه | newspaper
head | newspaper | newspaper
head | ناشط | activist
plural | الناشطين | activists
plural | ناشطين | activists
plural | ناشطون | activists
head | حساب | account
plural | officials | officials
plural | sources | sources
rank | رفيع | senior
rank | رفيع المستوى | senior
rank | بارز | senior
rank | كبير | senior
rank | رفيعة | senior
rank | ارشد | senior
rank | بلندپایه | senior
rank | عالي المستوى | senior
rank | senior | senior
rank | سابق | former
rank | سابقون | former
rank | سابقين | former
rank | سابق | former
rank | former | former
count | اثنان من | two
count | اثنين من | two
count | ثلاثة من | three
count | أحد | one
count | یکی از | one
count | two | two
link | في
link | فى
link | من
link | ب
link | باسم
link | عن
link | لدى
link | از
link | در
link | of
link | in
link | from
role | المتحدث باسم | spokesperson
role | المتحدث الرسمي باسم | spokesperson
role | الناطق الرسمي باسم | spokesperson
role | المتحدثة باسم | spokesperson
role | المتحدثة الرسمية باسم | spokesperson
role | الناطقة باسم | spokesperson
role | المتحدث الرسمي ل | spokesperson
role | المتحدثة الرسمية ل | spokesperson
role | سخنگوی رسمی | spokesperson
role | صادر عن | =
role | صادرة عن | =
role | issued by | =
role | منتشر شده از سوی | =
role | متحدث باسم | spokesperson
role | الناطق باسم | spokesperson
role | سخنگوی | spokesperson
role | ممثل | representative
role | spokesman for | spokesperson
role | spokesperson for | spokesperson
intro | حساب باسم
intro | صفحة باسم
intro | account named
title | المحامي
title | الدكتور
title | الشيخ
title | الجنرال
title | اللواء
title | العميد
title | ژنرال
title | دکتر
title | General
title | Dr.
anaphor | الصحيفة | outlet
anaphor | الجريدة | outlet
anaphor | الشبكة | outlet
anaphor | الوكالة | agency
anaphor | روزنامه | outlet
anaphor | این روزنامه | outlet
anaphor | the newspaper | outlet
anaphor | the paper | outlet
anaphor | الحركة | group
anaphor | الجماعة | group
anaphor | التنظيم | group
anaphor | این گروه | group
anaphor | the group | group
anaphor | المسؤول | anonymous
anaphor | المسئول | anonymous
anaphor | القيادي | any
anaphor | القيادى | any
anaphor | the official | anonymous
anaphor | التقرير | any
anaphor | وی | any
anaphor | او | any
anaphor | he | any
anaphor | she | any
anaphor | the report | any
`;
