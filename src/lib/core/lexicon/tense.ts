/**
 * Words that tell the tense of a clause, one meaning per line: `tense DIR: spelling | spelling`,
 * read by the same loader as words.ts. A day, month, weekday, season or holiday said without a year
 * resolves forward (the earliest such one on or after the reference) when the nearest of these words
 * in its clause says future, and back (the latest on or before) otherwise (DESIGN.md §3).
 *
 *   tense future   a future marker: "will", «سوف», «خواهد», «قرار است», "due to", "scheduled"…
 *   tense futureopen  a future word that opens a clause of its own («…، على أن تختتم يوم 2 فبراير»):
 *                  future for a date after it; a date before it takes the tense of its own clause
 *                  when that clause tells one («انطلقت في الأول من يناير، على أن تختتم …» is 1 January
 *                  just past), else this future («تجرى في الداخل 10 و11 نوفمبر، على أن تعلن …»)
 *   tense hope     a hope, said or expressed («ابراز امیدواری کرد», «عن أمله», "expressed hope"): future for
 *                  a date after it (what is hoped); a date before it is when the hope was told
 *   tense onset    a word of starting right before the date, future there and nothing further away:
 *                  "announced … the resumption of flights, beginning Tuesday", "starting Monday"
 *   tense past     a past marker that, nearer to the date, overrides a future one further away:
 *                  "He said on Monday that talks will resume in June" (Monday is past, June future)
 *   tense sa       an Arabic imperfect verb that news puts after the future prefix سـ: each spelling
 *                  here stands for its future form («يعقد» → «سيعقد»), so «سيعقد في يناير» looks forward
 *   tense futureprefix  the Arabic future prefix glued to an imperfect verb of `sa` and `sched` (سـ)
 *   tense mayword  an Arabic word of possibility before an imperfect verb of `sa` and `sched` («قد»):
 *                  «قد يتم», «قد يكون» look forward (as "could" does; «قد» before a perfect, «قد تم», does not)
 *   tense sched    an Arabic imperfect verb of a scheduled happening (held, opened, met, concluded,
 *                  voted): future on its own as well as after سـ — news puts what is to come in the
 *                  imperfect («وتختتم الجولة يوم السبت», «يختارون نوابهم 11 نوفمبر»), and so does the
 *                  copula «يكون» (will be: «فيكون الأربعاء غرة رمضان», «ويكون الدوام يوم الأحد»). Verbs of saying
 *                  are not here: a headline puts them in the present for the past («طالبان تنفي»)
 *   tense near     a Persian present of a change or a measure taking effect («کاهش می‌یابد», «برطرف
 *                  می‌شود», «اعمال می‌شود»): Persian puts both what is to come and what holds since a
 *                  recent day in the present, so a date without a year is the nearer of the last such
 *                  one and the next («از اول شهریور کاهش می‌یابد» said on 26 Mordad is five days ahead;
 *                  «از ۱۵ مهر اعمال می‌شود» said on 18 Mehr is three days back). Verbs of saying are not here
 *   tense present  a present copula («است», «هو», «هي»): a day named by what it is («چهارشنبه عید قربان
 *                  است», «الأحد هو المتمم لشهر شعبان») is the nearer of the last such one and the next, as
 *                  after `near`; Persian's anywhere after the date in its clause (not after a past
 *                  participle: «گفته است» is a perfect), Arabic's only right after it
 *   tense declare  a past verb of announcing or deciding («اعلام کرد», «أعلن», «قرر», "declared"): a past
 *                  as `past` is, except that a day of a month a few days after the reference, said
 *                  without a year, stays that day to come («۲۸ جوزا را روز عید اعلام کرد», find.ts
 *                  `SOON_AFTER`), as it would not after a past of a happening («عقد في 11 نوفمبر»)
 *   tense passive  "be", "been", "being", "remain", "stay": a past participle right after one is no past
 *                  ("will be held", "will remain closed through Friday")
 *   tense deadline a future marker only right before the date, and only when no past word comes
 *                  before it in the clause: "must return by Jan. 14", not "had filed reports by Wednesday"
 *   tense neutral  no tense, though a tense word starts it: "due to" (because of) before a date, "due date"
 *                  (a date may be due past or to come: "taxes with a due date on or after March 19")
 *   tense infinitive  "to": the past before it is not the deadline's ("asked it to respond by Oct. 31")
 *   tense clause   a word that starts another clause: the tense after it is not looked at for a date
 *                  before it ("output fell in April and would recover by December")
 *   tense complement  a word that introduces what was said («إن», «که»): as a clause word, and the
 *                  verb of saying before it is not the tense of a date after it («گفت که ۹ مرداد
 *                  مراسم تحلیف … برگزار می‌شود» looks forward)
 *
 * English past tense is also read from the ending -ed (dates/tense.ts), so only irregular past forms
 * are listed. `@lang` limits a spelling to texts of one language.
 */
export default `
tense future: will@en | next@en | ' ll@en | shall@en | would@en | must@en | should@en | won ' t@en | going to@en | due to be@en | due to begin@en | due to start@en | due to open@en | due to end@en | due to expire@en | due to arrive@en | due to meet@en | due to resume@en | due to hold@en | due to take@en | due@en | set to@en | scheduled@en | scheduled to@en | slated@en | slated for@en | slated to@en | expected to@en | is expected@en | are expected@en | plans to@en | plan to@en | planned@en | planning@en | intends to@en | to begin@en | to start@en | to open@en | to end@en | to expire@en | expire@en | expires@en | to take effect@en | takes effect@en | effective@en | payable@en | deadline@en | extended to@en | extend to@en | extends to@en | postponed to@en | postponed until@en | delayed until@en | upcoming@en | forthcoming@en | is to@en | are to@en | runs until@en | run until@en | continues until@en | lasts until@en | valid until@en | open until@en | opens@en | closes@en | begins@en | starts@en | resumes@en | reconvenes@en | convenes@en | kicks off@en | is targeting@en | are targeting@en | targeted for@en | no earlier than@en | no later than@en | no sooner than@en | not earlier than@en | not later than@en
# what may happen ("another inch of rain could fall … from midnight Tuesday to noon Thursday"); not
# what could have happened ("how he could have hidden it on April 8"), nor "could not", "could be",
# nor what one could perceive, a past ("residents could hear explosions on Tuesday")
tense future: could@en | might@en
tense past: could have@en | might have@en | could hear@en | could see@en | could feel@en | could smell@en
# the same in Arabic and Persian: «من المحتمل أن», «يمكن أن», «ممکن است», «احتمال دارد»; «قد» before an
# imperfect of \`sa\` below («قد يتم», «قد يكون»; the loader adds them)
tense future: يمكن أن@ar | من الممكن@ar | من المحتمل@ar | من المرجح@ar | يرجح أن@ar | يحتمل أن@ar | ممکن است@fa | احتمال دارد@fa | احتمال می‌رود@fa | احتمال می رود@fa | احتمال میرود@fa | امکان دارد@fa
tense neutral: could not@en | couldn ' t@en | could be@en | might be@en
tense onset: beginning@en | starting@en
# the verb "expects", forecasts and expectations of something («يتوقع هطول أمطار يوم الأحد», "the forecast
# for Sunday", "over expectations of another output hike in August"; not "beat expectations" alone)
tense future: يتوقع@ar | تتوقع@ar | يتوقعون@ar | forecast@en | forecasts@en | expectations of@en | expectation of@en | expectations for@en | expectations that@en
# a condition to be met («وفي حال ثبوت رؤية الهلال مساء يوم 17 شباط», «در صورت …», "if the talks fail on Monday")
tense future: في حال@ar | في حالة@ar | إذا@ar | اذا@ar | در صورت@fa | در صورتی که@fa | اگر@fa | if@en
# what runs up to a day ("the festival runs through Sunday") and what is set for one
tense future: runs through@en | run through@en | continues through@en | lasts through@en | open through@en | is set for@en | are set for@en
# on the way to happening: "are on track to launch … early Friday", "is poised to", "aims to" ("track
# to", not "on track to": "on" before most dates would start a phrase to look up)
tense future: track to@en | poised to@en | is about to@en | are about to@en | aims to@en | aim to@en | hopes to@en | hope to@en | expects to@en | expect to@en
# a hope, said or expressed, is of what is to come («ابراز امیدواری کرد مهرماه سال تحصیلی جدید با شور و نشاط
# برگزار شود», «أعرب عن أمله بانطلاق العام الدراسي في أكتوبر», "expressed hope that talks resume on Sunday")
tense hope: ابراز امیدواری کرد@fa | ابراز امیدواری کردند@fa | امیدوار است@fa | امیدواریم@fa | امیدوارم@fa | عن أمله@ar | عن أملها@ar | عن أملهم@ar | عن الأمل@ar | يأمل@ar | تأمل@ar | نأمل@ar | expressed hope@en | expressed the hope@en | hopes that@en | hope that@en
# a possessive day before "targeted": "Friday's targeted launch" ("planned", "scheduled", "expected" are future words
# on their own)
tense future: ' s targeted@en
tense future: سوف@ar | اعتبارا من@ar | اعتبارًا من@ar | ابتداء من@ar | ابتداءً من@ar | بدءا من@ar | بدءًا من@ar | تمديد@ar | من المقرر@ar | من المنتظر@ar | من المتوقع@ar | المقرر@ar | المقررة@ar | المنتظر@ar | المنتظرة@ar | المرتقب@ar | المرتقبة@ar | المزمع@ar | المزمعة@ar | يعتزم@ar | تعتزم@ar | يُنتظر@ar | ينتظر أن@ar
tense futureopen: على أن@ar
tense future: مورد انتظار@fa | انتظار می‌رود@fa | انتظار می رود@fa | پیش‌بینی می‌شود@fa | پیش‌بینی شده@fa | پیش بینی شده@fa
# a forecast told in the pluperfect was of days now past («… برای روزهای یکشنبه و دوشنبه پیش‌بینی شده بود»)
tense past: پیش‌بینی شده بود@fa | پیش بینی شده بود@fa | پیش‌بینی شده بودند@fa | پیش بینی شده بودند@fa
tense future: تمدید شد@fa | تمدید کرد@fa | تمدید شده@fa | تمدید شده است@fa | برگزار می‌شود@fa | برگزار می شود@fa | برگزار می‌گردد@fa | برگزار می گردد@fa | آغاز می‌شود@fa | آغاز می شود@fa | افتتاح می‌شود@fa | افتتاح می شود@fa | برپا می‌شود@fa | دایر می‌شود@fa | خواهد@fa | خواهند@fa | خواهم@fa | خواهیم@fa | خواهید@fa | خواهی@fa | نخواهد@fa | نخواهند@fa | قرار است@fa | قرار است که@fa | قراراست@fa | قرار شده@fa | پیش بینی می شود@fa | برنامه ریزی شده@fa
# the future words above as pages copy them, without the half-space («برگزار میشود»)
tense future: برگزار میشود@fa | برگزار میگردد@fa | آغاز میشود@fa | آغاز می گردد@fa | آغاز میگردد@fa | افتتاح میشود@fa
tense near: بسته می شود@fa | بسته میشود@fa | شروع می شود@fa | شروع میشود@fa | کاهش می یابد@fa | کاهش مییابد@fa | افزایش می یابد@fa | افزایش مییابد@fa | ادامه می یابد@fa | ادامه مییابد@fa | پایان می یابد@fa | پایان مییابد@fa | خاتمه می یابد@fa
tense near: برطرف می شود@fa | برطرف میشود@fa | اجرا می شود@fa | اجرا میشود@fa | اجرایی می شود@fa | اجرایی میشود@fa | اعمال می شود@fa | اعمال میشود@fa | برقرار می شود@fa | برقرار میشود@fa | بازگشایی می شود@fa | بازگشایی میشود@fa | تعطیل می شود@fa | تعطیل میشود@fa | فعال می شود@fa | فعال میشود@fa | لازم الاجرا می شود@fa | عرضه می شود@fa | عرضه میشود@fa | پرداخت می شود@fa | پرداخت میشود@fa | توزیع می شود@fa | توزیع میشود@fa
# what was to be, told from a day before it («قرار بود», «كان من المقرر», "was to conclude on April 8"): the
# plan lay ahead of the telling, which is past, so a day without a year is the nearer of the last such
# day and the next, as after \`near\` (said on 7 April, "April 8" is tomorrow; said in June, "was to take
# place on March 3, but" is the March just past)
tense near: was to@en | were to@en | was due to@en | were due to@en | كان من المقرر@ar | كان من المفترض@ar | كان من المنتظر@ar | كان من المتوقع@ar | كانت من المقرر@ar | قرار بود@fa | قرار بود که@fa | قراربود@fa | مقرر بود@fa | بنا بود@fa
tense past: was@en | were@en | had@en | did@en | said@en | told@en | began@en | met@en | went@en | came@en | took@en | gave@en | made@en | fell@en | rose@en | won@en | lost@en | left@en | held@en | saw@en | ago@en | earlier@en | since@en
# the past of the scheduled happenings of \`sched\` below («انطلقت فترة الانتقالات في الأول من يناير»)
# and of arriving and closing («ووصل الوفد إلى بغداد في 12 مارس», «أغلقت الشوارع في 26 يوليو»)
tense past: وصل@ar | وصلت@ar | وصلوا@ar | أغلق@ar | أغلقت@ar | أغلقوا@ar
tense past: انطلق@ar | انطلقت@ar | اختتم@ar | اختتمت@ar | افتتح@ar | افتتحت@ar | استأنف@ar | استأنفت@ar | اجتمع@ar | اجتمعت@ar | انعقد@ar | انعقدت@ar | استضاف@ar | استضافت@ar | التقى@ar | التقت@ar | غادر@ar | غادرت@ar | زار@ar | زارت@ar | سافر@ar | سافرت@ar | استمر@ar | استمرت@ar | أقيم@ar | أقيمت@ar | اقيم@ar | اقيمت@ar
tense past: قال@ar | قالت@ar | ذكر@ar | ذكرت@ar | أكد@ar | أكدت@ar | أضاف@ar | أضافت@ar | كان@ar | كانت@ar | جرى@ar | جرت@ar | وقع@ar | وقعت@ar | شهد@ar | شهدت@ar | عقد@ar | عقدت@ar | بدأ@ar | بدأت@ar | انتهى@ar | انتهت@ar | أصدر@ar | أصدرت@ar | نشر@ar | نشرت@ar | منذ@ar
tense past: آغاز شده@fa | آغاز شده است@fa | شروع شده@fa | شروع شده است@fa | گفت@fa | گفتند@fa | کرد@fa | کردند@fa | شد@fa | شدند@fa | بود@fa | بودند@fa | داد@fa | دادند@fa | رسید@fa | رسیدند@fa | آمد@fa | آمدند@fa | رفت@fa | رفتند@fa | گذشت@fa | داشت@fa | داشتند@fa | یافت@fa | یافتند@fa | گرفت@fa | گرفتند@fa | کشت@fa | نوشت@fa | خواست@fa | ساخت@fa | گذاشت@fa | افتاد@fa | ماند@fa | زد@fa
tense declare: announced@en | declared@en | decided@en | أعلن@ar | أعلنت@ar | أعلنوا@ar | قرر@ar | قررت@ar | حدد@ar | حددت@ar | اعلام کرد@fa | اعلام کردند@fa | اعلام شد@fa | اعلام شده@fa | اعلام شده است@fa | اعلان کرد@fa | اعلان کردند@fa | اعلان شد@fa | اعلان شده@fa | تعیین کرد@fa | تعیین شد@fa | دستور داد@fa
# a decision of what is to be («مقرر شد فصل صید … از دهم مهرماه … آغاز شود»): what was decided lies
# ahead, as after «قرار است» and «من المقرر» («وتقرر تأجيل جلسة 12 مارس» names a session already set, so
# «تقرر» is not here; nor "agreed to": "Roth on Thursday agreed to plead guilty" dates the agreeing)
tense future: قرار شد@fa | مقرر شد@fa | مقرر شده@fa | مقرر شده است@fa | مقرر است@fa | مقرر گردید@fa | مقرر گرديد@fa
# a past of telling news («از برپایی جشن … خبر داد»): an announcement, which may be of a day to come
tense declare: خبر داد@fa | خبر دادند@fa | خبر داده@fa | خبر داده است@fa
# "before then": a date right after it is told of the past («ظریف پیشتر در تاریخ بیست‌وهفتم خرداد … سفر
# کرده بود» in a sentence whose main clause is future, «سبق أن زار … في 12 مارس», "had previously met on June 3")
tense past: پیشتر@fa | پیش‌تر@fa | پیش تر@fa | قبلا@fa | قبلاً@fa | سابقا | سابقاً | سبق أن@ar | سبق وأن@ar | في وقت سابق@ar | previously@en
# a present copula: a day named by what it is («چهارشنبه عید قربان است», «الأحد هو المتمم لشهر شعبان»)
# is the nearer of the last such day and the next (dates/tense.ts PRESENT; English "is" is read there)
tense present: است@fa | هست@fa | می‌باشد@fa | میباشد@fa | می باشد@fa | هو@ar | هي@ar
tense futureprefix: س
tense mayword: قد
tense sa: يتم | تتم | يصل | تصل | يعلن | تعلن | يصدر | تصدر | يعود | تعود | يشارك | تشارك | يحضر | تحضر | يناقش | تناقش | يبحث | تبحث | يوقع | توقع | يلقي | تلقي | ينظم | تنظم | يخوض | تخوض | يدخل | تدخل | يطلق | تطلق | نعقد | نبدأ | يحتفل | تحتفل | يقوم | تقوم | يعرض | تعرض | يكشف | تكشف
# (weather in the imperfect is a forecast: «تتأثر البلاد بمنخفض جوي يوم الخميس», «ترتفع درجات الحرارة يوم الجمعة»)
tense sched: يكون | تكون | تتأثر | يتأثر | تهطل | يهطل | تتساقط | يتساقط | يرتفع | ترتفع | ينخفض | تنخفض | يعقد | تعقد | يغلق | تغلق | يفتح | تفتح | يجري | تجري | يجرى | تجرى | يسافر | تسافر | يشهد | تشهد | يستمر | تستمر | يبدأ | تبدأ | ينطلق | تنطلق | يلتقي | تلتقي | يستضيف | تستضيف | ينتهي | تنتهي | يقام | تقام | يفتتح | تفتتح | يجتمع | تجتمع | ينعقد | تنعقد | يزور | تزور | يغادر | تغادر | يتوجه | تتوجه | يستأنف | تستأنف | يصوت | تصوت | تختتم | يختتم | يختارون | تختار | يختار
tense deadline: by@en
tense neutral: due to@en | because of@en | earlier than@en | due date@en | due dates@en
tense infinitive: to@en
tense clause: and@en | but@en | while@en | whereas@en | although@en | though@en | because@en | when@en | after@en | before@en
tense complement: إن@ar | إنه@ar | إنها@ar | إنهم@ar | أن@ar | أنه@ar | أنها@ar | أنهم@ar | بأن@ar | که@fa
tense passive: be@en | been@en | being@en | is@en | are@en | remain@en | remains@en | stay@en | stays@en
`;
