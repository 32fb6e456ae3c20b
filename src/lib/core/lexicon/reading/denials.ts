/**
 * What makes a statement a denial without a denial verb, and what a denial answers
 * (format: ../lines.ts).
 *
 *   dismissal       words that call what was said false («مفبركة», «بی‌پایه», "fabricated"): said
 *                   of a report, they make the statement a denial
 *   occurred        a verb saying something happened; negated («لم يحدث», «صورت نگرفته است»,
 *                   "did not take place", "no such meeting took place") it makes a denial
 *   noinfo          "has no information about": a denial of a report
 *   involvement     a noun of taking part in something; right after "no" / «أي» / «هیچ» with a
 *                   negation before it («لم يكن للوزارة أي تورط», "had no involvement", "played no
 *                   part"), what was said is a denial
 *   rejection       a noun of rejecting: followed within a few words by a claim word, what was
 *                   said is a denial («أعلنت رفضها القاطع لأي اتهامات», "announced its rejection of
 *                   the allegations», «تکذیب قاطع این ادعاها را اعلام کرد»)
 *   selfneg         the speaker (a pronoun) and a negated past verb opening what was said: a denial
 *                   of having done it ("said it did not target civilians", «قالت إنها لم ترسل»)
 *   selfnegnot      a verb after such an opening that denies nothing ("it did not know", "we have
 *                   not received", «إنها لم تتلق», "did not comment")
 *   anaphor         a claim referred back to without its owner («هذه الاتهامات», «این اتهام», "this
 *                   claim", "the report"): a denial of it answers the last claim or report its
 *                   article told before it
 *   claimword EN    a noun for something said that a denial or a refusal can answer (تقرير →
 *                   report); the actor right after it (or its owner before it in English) owns it
 */
export default `
dismissal: لا أساس لها من الصحة | لا أساس له من الصحة | لا أساس لها | لا أساس له | عار عن الصحة | عارية عن الصحة | عارية من الصحة | عار من الصحة | لا صحة لها | لا صحة له | لا صحة لهذه | غير صحيحة | غير صحيح | غير دقيقة | كاذبة | كاذب | الكاذبة | مفبركة | مفبرك | ملفقة | ملفق | مختلقة | مختلق | واهية | أكاذيب | افتراءات | افتراء | محض افتراء | هراء | تضليل | مضللة | التزييف | تزييف | شائعات | إشاعات | غير ذات صلة | لا علاقة لها بالواقع | جملة وتفصيلا | جملةً وتفصيلاً
dismissal: بی‌پایه | بی پایه | بی‌اساس | بی اساس | کذب | کذب محض | دروغ | دروغین | ساختگی | جعلی | شایعه | شایعات | عاری از حقیقت | عاری از صحت | فاقد اعتبار | واهی | نادرست | صحت ندارد | صحت نداشته | صحت ندارند | بی‌معنی | مضحک | بی‌ربط
dismissal: not involved | was not involved | were not involved | nothing to do with | no involvement | played no role | no role in | لا علاقة لها | لا علاقة له | لا علاقة لنا | ليس لها علاقة | ليست لها علاقة | لم تكن لها علاقة | لا صلة لها | لا صلة له | عدم صلتها | عدم صلته | عدم تورطها | عدم تورطه | نقشی نداشته | نقشی ندارد | هیچ نقشی | دخالتی نداشته | ارتباطی ندارد | ارتباطی نداشته | هیچ ارتباطی | baseless | groundless | fabricated | fabrication | false | untrue | fake news | fake | nonsense | lies | unfounded | without foundation | no truth | not true | disinformation | misinformation | propaganda | rumours | rumors | irrelevant | ridiculous | absurd | completely wrong | categorically false | fiction | complete fiction | a lie | lied | lying | hoax | عبث | كذبة | أكذوبة
dismissal: لا أساس | لا صحة | ليس صحيحا | ليس صحيحاً | الأكاذيب | بالأكاذيب | حرب نفسية | الحرب النفسية | عمليات نفسية | العمليات النفسية | باطلة | باطل | سخيفة | مضحكة | جنگ روانی | عملیات روانی | داستان‌سرایی | داستانسرایی | داستان سرایی | مسخره | دروغ‌پردازی | دروغپردازی | psychological warfare | psychological operation | psychological operations
dismissal: ليست متورطة | ليس متورطا | ليس متورطاً | ليسوا متورطين | لسنا متورطين | غير متورطة | غير متورط | ليست ضالعة | ليس ضالعا | ليس ضالعاً | غير ضالعة | غير ضالع | لم تتورط | لم يتورط | لم نتورط | لم يتورطوا | ليست وراء | ليس وراء | لسنا وراء | لم تكن وراء | لم يكن وراء | لم نكن وراء
dismissal: دست نداشته | دست نداشته است | دست نداشته‌ایم | دست نداشته‌اند | دست نداشتند | دستی نداشته‌اند | دخالتی نداشته‌اند | نقشی نداشته‌اند | نقشی نداشتند | دست نداریم | نقشی نداریم | دستی نداشته | دخالت نداشته | دخالت نداشته است | پشت این حمله نبوده | مسئولیتی ندارد | مسئولیتی نداریم
dismissal: meaningless | laughable | preposterous | carried out no | conducted no | launched no | there was no operation | there was no attack | there was no strike | there were no strikes | there were no attacks | no such operation | no such attack | no such strike | no such meeting
dismissal: الكاذب | المفبرك | المفبركة | الملفق | الملفقة | المختلق | المختلقة | الباطل | الباطلة | الزائف | الزائفة | زائفة | زائف | عار تماما عن الصحة | عار تماماً عن الصحة | عارية تماما عن الصحة | عارية تماماً عن الصحة | عارية تماما من الصحة | عار تماما من الصحة | لا أساس لها على الإطلاق | لا صحة لها على الإطلاق
dismissal: لا تمت للحقيقة بصلة | لا يمت للحقيقة بصلة | لا تمت إلى الحقيقة بصلة | لا يمت إلى الحقيقة بصلة | لا تمت للواقع بصلة | لا يمت للواقع بصلة | لا تمت بصلة للحقيقة | لا يمت بصلة للحقيقة | بعيدة عن الحقيقة | بعيد عن الحقيقة | بعيدة كل البعد عن الحقيقة | مجافية للحقيقة | منافية للحقيقة
dismissal: في إطار الحرب الإعلامية | جزء من الحرب الإعلامية | ضمن الحرب الإعلامية | في سياق الحرب الإعلامية | في إطار حرب إعلامية | جزء من حرب إعلامية | دعاية مغرضة | الدعاية المغرضة | بروباغندا | بروباجندا | حملة تضليل | حملة التضليل | تضليل إعلامي
dismissal: واقعیت ندارد | واقعیت ندارند | واقعیت نداشته | واقعیت نداشته است | حقیقت ندارد | حقیقت ندارند | حقیقت نداشته | صحت ندارد | اساس ندارد | پایه و اساس ندارد | پایه و اساسی ندارد | پایه و اساسی ندارند | هیچ مبنایی ندارد | هیچ پایه و اساسی | بی‌پایه و اساس | بی پایه و اساس | تبلیغات دشمن | تبلیغات دشمنان | پروپاگاندا | جنگ تبلیغاتی | تبلیغات منفی | تبلیغات رسانه‌ای
dismissal: لا يعكس الواقع | لا تعكس الواقع | لا يعكس الحقيقة | لا تعكس الحقيقة | does not reflect reality | does not reflect the reality | do not reflect reality | دور از واقعیت | به دور از واقعیت | دور از حقیقت | به دور از حقیقت | بعيدة عن الواقع | بعيد عن الواقع | far from reality | far from the reality | far from the truth | has no basis in fact | no basis in fact | categorically untrue | patently false | totally false | completely false | entirely false | pure fabrication | a fabrication | made up | fabricated story | smear campaign | a smear | smear
dismissal: ليس لديه تواجد | ليس له تواجد | ليس لديه وجود | ليس له وجود | ليس لها وجود | لا وجود له | لا وجود لها | لا تواجد له | حضور ندارد | حضوری ندارد | حضوری نداشته | has no presence | had no presence | no presence in
dismissal: not behind | were not behind | was not behind | is not behind | are not behind | wasn't behind | weren't behind | wasn't us | was not us | it wasn't us | not responsible for | no part in | had no part | no connection to | no connection with | no links to | not involved in | uninvolved
occurred: حدث | يحدث | تحدث | جرى | يجر | تجر | جرت | عقد | يعقد | تعقد | تم | يتم | وقع | يقع | حصل | يحصل | تحصل
occurred: صورت گرفت | صورت گرفته | صورت نگرفت | صورت نگرفته | صورت نگرفته است | رخ داد | رخ نداد | رخ نداده | انجام شد | انجام نشد | انجام نشده | برگزار شد | برگزار نشد | برگزار نشده | اتفاق افتاد | اتفاق نیفتاد | اتفاق نیفتاده | وجود نداشت | وجود ندارد | وجود نداشته
occurred: took place | take place | happened | happen | occurred | occur | existed | exist | was held | were held
noinfo: لم نر أي مؤشر | لم نر أي دليل | لا يوجد أي دليل | لا يوجد دليل | لا دليل على | لا توجد أي مؤشرات | لا مؤشر على | هیچ نشانه‌ای | هیچ مدرکی | شواهدی وجود ندارد | مدرکی وجود ندارد | no indication that | no indication of | no evidence that | no evidence of | no evidence to suggest | not seen any indication | not seen any evidence | no sign of
noinfo: no evidence was found | no evidence has been found | no evidence had been found | لم يتم العثور على أي دليل | لم يعثر على أي دليل | هیچ مدرکی یافت نشد | هیچ شواهدی یافت نشد
noinfo: no information to indicate | no information indicating | no information suggesting | nothing to indicate | no indication to suggest | no evidence to indicate | no evidence indicating
noinfo: لم تر أي مؤشر | لم ير أي مؤشر | لم تر أي دليل | لم ير أي دليل | لم يروا أي مؤشر | seen no indication | saw no indication | see no indication | seen no evidence | saw no evidence | see no evidence
noinfo: لسنا على علم | لسنا على دراية | لا علم لدينا | we are not aware | we were not aware
noinfo: لا علم لنا | لا علم له | لا علم لها | لا علم لهم | لم يكن على علم | لم تكن على علم | ليس على علم | ليس لدينا أي معلومات | ليس لدينا معلومات | لا تملك معلومات | لا معلومات لدينا | اطلاعی ندارد | اطلاعی نداریم | اطلاعی در این باره | هیچ اطلاعی | had no information | has no information | have no information | no information about | was not aware of | is not aware of | no knowledge of
noinfo: هیچ اطلاعاتی | اطلاعاتی ندارد | اطلاعاتی نداریم | اطلاعاتی ندارند | اطلاعی ندارند | هیچ خبری نداریم | خبری نداریم | آگاهی نداریم
involvement: تورط | التورط | ضلوع | الضلوع | علاقة | صلة | دور | مشاركة | يد | involvement | role | part | link | links | hand | connection | نقش | نقشی | دخالت | دخالتی | ارتباط | ارتباطی | مشارکت | مشارکتی
rejection: رفض | رفضه | رفضها | رفضهم | رفضنا | الرفض | نفي | نفيه | نفيها | نفيهم | النفي | تكذيب | تكذيبه | تكذيبها | تكذيبهم | التكذيب | استنكاره | استنكارها
rejection: رد | تکذیب | انکار | رد قاطع | تکذیب قاطع
rejection: rejection of | denial of | rejected | repudiation of | reject | rejects | categorically reject | categorically rejects | firmly reject | strongly reject
selfneg: his country did not | her country did not | his government did not | its forces did not | our country did not | it did not | it didn't | it had not | it hadn't | it has not | it hasn't | it never | it was not | it wasn't | they did not | they didn't | they had not | they hadn't | they have not | they haven't | they never | they were not | they weren't | we did not | we didn't | we had not | we have not | we haven't | we never | we were not | he did not | he didn't | he had not | he has not | he never | he was not | she did not | she didn't | she had not | she has not | she never | she was not | i did not | i never
selfneg: إن بلاده لم | أن بلاده لم | بأن بلاده لم | إن بلادها لم | أن بلادها لم | إن بلادنا لم | أن بلادنا لم | إن حكومته لم | أن حكومته لم | إن قواتها لم | أن قواتها لم | إن الحركة لم | أن الحركة لم | أنها لم | إنها لم | بأنها لم | أنهم لم | إنهم لم | بأنهم لم | أننا لم | إننا لم | بأننا لم | أنني لم | إنني لم | أنها لم تكن | إنها لم تكن | أنهم لم يكونوا | إننا لم نكن
selfnegnot: know | knew | expect | expected | think | believe | want | wanted | intend | plan | receive | received | comment | commented | specify | elaborate | respond | responded | say | said | mention | disclose | reveal | give | provide | see | hear | heard | immediately | yet | be | been | have | had | do | make public | confirm | deny | rule out | identify | name
selfnegnot: تتلق | يتلق | نتلق | تتلقى | يتلقى | نتلقى | تعلم | يعلم | نعلم | تعلق | يعلق | نعلق | تتوقع | يتوقع | نتوقع | تحدد | يحدد | نحدد | تكشف | يكشف | نكشف | تذكر | يذكر | نذكر | تؤكد | يؤكد | نؤكد | تنف | ينف | ننف | تتمكن | يتمكن | نتمكن | تتخذ | يتخذ | نتخذ | يصدر | تصدر | نصدر | ترد | يرد | نرد
anaphor: هذه الاتهامات | هذا الاتهام | هذه الادعاءات | هذا الادعاء | هذه المزاعم | هذه التقارير | هذا التقرير | هذه الأنباء | هذه الأخبار | هذه التصريحات | تلك الاتهامات | تلك التقارير | تلك المزاعم
anaphor: این اتهام | این اتهامات | این ادعا | این ادعاها | این گزارش | این گزارش‌ها | این گزارشها | این خبر | این اخبار | این اظهارات | این ادعای | چنین ادعایی | چنین ادعاهایی
anaphor: this claim | these claims | the claim | the claims | this report | these reports | the report | the reports | this allegation | these allegations | the allegations | these accusations | the accusations | such claims | such reports
claimword report: تقرير | تقارير | التقرير | التقارير | ما أورده | ما أوردته | ما ذكره | ما ذكرته | ما نشرته | ما نشره | ما ورد | ما تداولته | ما يتم تداوله | الأنباء | أنباء | الأخبار | أخبار | خبر | گزارش | گزارش‌ها | گزارشها | گزارش‌های | خبر | اخبار | report | reports | story | article
claimword claim: تصريحات | التصريحات | تصريح | ادعاءات | الادعاءات | ادعاء | الادعاء | مزاعم | المزاعم | اتهامات | الاتهامات | اتهام | رواية | معلومات | المعلومات | ادعا | ادعای | ادعاها | ادعاهای | اظهارات | اتهام | اتهامات | سخنان | claim | claims | allegation | allegations | accusation | accusations | assertion | assertions | remarks | comments | suggestion | suggestions | version | versions | narrative | روایت | روایت‌ها
`;
