/**
 * Speech acts, one meaning per line (format: ../lines.ts):
 *
 *   speech ACT ROLE: spelling | …
 *
 * ACT: claim · report · denial · confirmation · none. A claim by an outlet or agency is read as a
 * report and a report by anyone else as a claim, so the act of a verb such as ذكر / reported only
 * says which of the two it leans to. `none` forms are no speech act at all ("declined to confirm
 * or deny", «رفض التعليق»): a cue inside one is dropped.
 * ROLE, where the speaker and what was said stand:
 *   verb    a speech verb; the speaker is its subject; in Arabic what follows must be introduced
 *           (إن، أن، :، «) or quoted
 *   verbo   a speech verb whose object may be what was said (نفت التقارير، كشف عن، announced X)
 *   object  a speech act only with a claim-like object ("rejected the report", not "rejected a plan")
 *   source  the speaker follows the cue ("according to X", «بحسب X», «به گفته X», «جاء في بيان X»)
 *   relay   who relays someone else ("نقلت X عن Y", «به گزارش X», «به نقل از X», "citing X")
 *   told    the outlet or person after it was spoken to ("told X", «در گفت‌وگو با X»): it joins the
 *           chain, never the speaker
 *   manner  a participle that goes with the main verb of its subject («مضيفا», "adding"): the same
 *           statement; a denial one («نافيا», «با رد», "denying") makes that statement a denial
 *   noun    a claim referred to by its owner («تصريحات X», «ادعای X», "X's allegation", "a report by X")
 * Arabic spellings also match with a glued و / ف (../reading/proclitics.ts). `needs=W,W2…`: the cue
 * counts only when one of the words follows within sixteen words («عبر X عن قلقه»: «عبر» is also
 * "across"); `unless=W,W2…`: and none of these comes before it («تبنى قرارا بشأن الهجوم» adopts a
 * resolution, «تبنت الحركة الهجوم» claims the attack); `after=W,W2…`: one of the words comes within
 * sixteen words before it («مسئولیت این حمله را بر عهده گرفت»: the responsibility is named first).
 * `said=introduced`: a speech act only when a colon or a complementizer introduces what was said right
 * after it («وی ادامه داد: …», "he continued that …"; «به کار خود ادامه داد» is no speech).
 *
 * Persian compound verbs are a preverb and a light verb: `fa-compound ACT: preverb | …` lines
 * combine with every form of their light verb (`fa-light VERB: form | …`), so an inflection needs
 * no line of its own: «تکذیب» + «کردند» → تکذیب کردند.
 *
 * Cues made of words from several lists: `part NAME: word | …` is a list, and `joined ACT ROLE: A + B`
 * makes a cue of every word of list A followed by every word of list B («بر اساس» + «گزارش» →
 * بر اساس گزارش), so a new preposition or a new word for what was said is one spelling.
 */
export default `
# ——— Arabic
speech claim verb: قال | قالت | قالوا | قلن | يقول | تقول | يقولون
speech claim manner: calling | asserting | claiming | arguing | accusing | blaming | قائلا | قائلاً | قائلة | مضيفا | مضيفاً | مضيفة | مؤكدا | مؤكداً | مؤكدة | مشيرا | مشيراً | مشيرة | موضحا | موضحاً | موضحة | معتبرا | معتبراً | معتبرة | محذرا | محذراً | محذرة | لافتا | لافتاً | لافتة | adding | saying | noting | stressing | warning | insisting
speech claim verb: أكد | أكدت | أكدوا | يؤكد | تؤكد | يؤكدون | شدد | شددت | يشدد | تشدد | أضاف | أضافت | أضافوا | يضيف | تضيف | تابع | تابعت | أوضح | أوضحت | يوضح | توضح | خلص | خلصت
speech claim verb: أصر | أصرت | أصروا | يصر | تصر | يصرون
# the dual and the feminine plural («مسؤولان أمريكيان قالا», «نفتا»)
speech claim verb: قالا@ar | قالتا@ar | يقولان@ar | تقولان@ar | أكدا@ar | أكدتا@ar | يؤكدان@ar | تؤكدان@ar | أكدن@ar | أضافا@ar | أضافتا@ar | أوضحا@ar | أوضحتا@ar | أشارا@ar | أشارتا@ar | أفادا@ar | أفادتا@ar | حذرا@ar | حذرتا@ar
speech claim verbo: أعلنا@ar | أعلنتا@ar | يعلنان@ar | تعلنان@ar | اتهما@ar | اتهمتا@ar | يتهمان@ar | تتهمان@ar | دعتا@ar
speech report verbo: ذكرا@ar | ذكرتا@ar
speech denial verbo: نفيا@ar | نفتا@ar | ينفيان@ar | تنفيان@ar | نفين@ar
speech denial object: رفضا@ar | رفضتا@ar | يرفضان@ar | ترفضان@ar
speech claim verb: نوه@ar | نوهت@ar | ينوه@ar | تنوه@ar | روى@ar | روت@ar | أخبر@ar | أخبرت@ar | اقترح@ar | اقترحت@ar | يقترح@ar | تقترح@ar | نبه@ar | نبهت@ar | ينبه@ar | تنبه@ar | لاحظ@ar | لاحظت@ar | أفصح@ar | أفصحت@ar | أبان@ar | أبانت@ar | أجاب@ar | أجابت@ar
speech claim verb: رد@ar | ردت@ar | ردوا@ar
speech claim verbo needs=باللوم: ألقى | ألقت | ألقوا | يلقي | تلقي | يلقون
speech claim verbo: أفاد | أفادت | أفادوا | يفيد | تفيد | يفيدون
speech claim verbo: شكر | شكرت | أثنى على | أثنت على
speech claim verbo: أشاد@ar | أشادت@ar | أشادوا@ar | انتقد@ar | انتقدت@ar | انتقدوا@ar
speech claim verb: تساءل | تساءلت | يتساءل | صرح | صرحت | يصرح | لفت | لفتت | اعتبر | اعتبرت | يعتبر | تعتبر | رأى@ar | رأت | يرى | ترى | زعم | زعمت | يزعم | تزعم | ادعى | ادعت | يدعي | تدعي
speech claim verbo needs=بالقلق: تشعر | يشعر | شعرت | شعر
speech claim verb: expressed concern | voiced concern | expressed serious concern | expressed serious concerns | expressed deep concern | expressed grave concern | expressed concerns | voiced concerns | ابراز نگرانی کرد | ابراز نگرانی کردند
speech claim verbo needs=المسؤولية,مسؤولية,المسئولية,مسئولية: حمل | حملت | حمّل | حمّلت | يحمل | تحمل | يحمّل | تحمّل | حملوا
# commenting on («الخارجية الإيرانية تعلق على قصف …»): only with «على» right after («علق صورا على» hangs pictures)
speech claim verbo: علق على@ar | علقت على@ar | يعلق على@ar | تعلق على@ar | علقوا على@ar | تعليقا على@ar | تعليقاً على@ar
# claiming an attack («تبنت حركة X الهجوم»; «تبنى مجلس الأمن قرارا» adopts, and says nothing)
speech claim verb after=مسئولیت,مسوولیت,مسؤولیت: بر عهده گرفت | بر عهده گرفتند | بر عهده گرفته | بر عهده گرفته است | بر عهده گرفته‌اند | به عهده گرفت | به عهده گرفتند | به عهده گرفته | به عهده گرفته است | به عهده گرفته‌اند | پذیرفت | پذیرفتند | پذیرفته است | پذیرفته‌اند
speech claim verbo needs=الهجوم,الهجمات,العملية,العمليات,التفجير,التفجيرات,الاعتداء,الاعتداءات,المسؤولية,الهجومين unless=قرار,قرارا,قرارات,مشروع,موقف,سياسة,خطة,مبادرة,نهج,رواية: تبنى | تبنت | تبنوا | يتبنى | تتبنى | يتبنون
speech claim verbo: أرجع | أرجعت | أرجعوا | عزا | عزت | عزوا
speech claim verbo needs=إلى: تطرق | تطرقت | يتطرق | تتطرق
speech claim verbo needs=إلى: أشار@ar | أشارت@ar | أشاروا@ar | يشير@ar | تشير@ar
speech claim verbo needs=عن: تحدث | تحدثت | تحدثوا | يتحدث | تتحدث | يتحدثون
speech claim verbo needs=عن: عبر | عبرت | يعبر | تعبر | أعرب | أعربت | يعرب | تعرب
speech claim verb: أدان | أدانت | يدين | تدين | ندد | نددت | استنكرت | يعتقد | تعتقد | أعلم | حذر | حذرت | يحذر | تحذر | أبلغ | أبلغت | أردف | أردفت | استطرد | ختم | جدد | جددت | غرد | غردت | كتب في تغريدة | قال في تغريدة
speech claim verbo: أعلن | أعلنت | أعلنوا | يعلن | تعلن | كشف@ar | كشفت@ar | كشفوا@ar | يكشف@ar | تكشف@ar | وصف | وصفت | يصف | تصف | اتهم | اتهمت | يتهم | تتهم | أصدر بيانا | أصدرت بيانا | أصدر بياناً | أصدرت بياناً | أصدر بيانًا | أصدرت بيانًا | أصدرت بيانا رسميا | أصدر بيانا رسميا
speech claim verbo: أدلى بتصريحات | أدلت بتصريحات | نشر | نشرت | كتب | كتبت | طالب | طالبت | طالبوا | يطالب | تطالب | يطالبون | دعا | دعت | أبدى | أبدت | أبدوا | حث | حثت | حثوا | يحث | تحث
speech claim verbo: هدد | هددت | يهدد | تهدد | توعد | توعدت | يتوعد | تتوعد | تعهد | تعهدت | يتعهد | تتعهد | رحب | رحبت | يرحب | ترحب
speech report verbo: ذكر | ذكرت | ذكروا | يذكر | تذكر | أورد | أوردت | أوردت | تورد | يورد | بثت | بث | نقلت مصادر
speech denial verb: أكد عدم | أكدت عدم | يؤكد عدم | تؤكد عدم | نفى صحة | نفت صحة | شدد على عدم | شددت على عدم
speech denial verbo: نفى | نفت@ar | نفوا | ينفي | تنفي | ينفون | أنكر | أنكرت | ينكر | تنكر | فند | فندت | يفند | تفند | دحض | دحضت | كذب | كذبت | يكذب | تكذب
speech denial object: رفض | رفضت | يرفض | ترفض | استنكر | استنكرت | سخر من | سخرت من | ندد | نددت | ندّد | ندّدت | يندد | تندد | استنكروا | نددوا
speech confirmation verb: أكد صحة | أكدت صحة | يؤكد صحة | تؤكد صحة | أقر | أقرت | يقر | تقر | اعترف | اعترفت | يعترف | تعترف | صادق على صحة
speech claim source: وفق ما أفادت | وفق ما أفاد | وفق ما ذكرت | وفق ما ذكر | وفق ما قالت | وفق ما قال | وفقا لما أفادت | وفقا لما أفاد | وفقا لما ذكرت | وفقا لما ذكر | وفقاً لما أفادت | وفقاً لما ذكرت | حسب ما أفادت | حسب ما أفاد | حسب ما ذكرت | حسب ما ذكر | حسبما أفاد | حسبما ذكر | بحسب ما نقلت | حسبما نقلت | وفق ما نقلت | بحسب ما أعلنت | حسبما أعلنت | وفق ما أعلنت
speech claim source: بحسب | حسب | وفقا | وفقاً | طبقا | طبقاً | استنادا إلى | استناداً إلى | وفقا ل | وفقاً ل | وفقا لـ | وفقاً لـ | وفق | طبقا ل | طبقاً ل | طبقا لـ | على لسان | بحسب ما قال | بحسب ما ذكر | بحسب ما ذكرت | بحسب ما أفاد | بحسب ما أفادت | حسبما ذكرت | حسبما أفادت | حسبما قال | كما جاء في | جاء في بيان | جاء في بيان صادر عن | جاء في البيان | وجاء في بيان | جاء في التقرير | ورد في البيان | ورد في التقرير
speech report relay: نقلت | نقل | نقلا عن | نقلاً عن | نقل عن | تنقل | ينقل
speech claim told: في مقابلة مع | في حديث مع | في حديث ل | في حديث لـ | في تصريح ل | في تصريح لـ | في تصريحات ل | في تصريحات لـ | في تصريحات خاصة ل | في اتصال مع | في لقاء مع
speech claim noun: حديث | تصريحات | تصريح | ادعاءات | ادعاء | مزاعم | اتهامات | اتهام | رواية | إعلان | بيان@ar | تقرير | تقارير
# the definite forms, owned by the state whose adjective follows («المزاعم الأمريكية», «الاتهامات الإسرائيلية»)
speech claim noun: التصريحات | الادعاءات | الادعاء | المزاعم | الاتهامات | الاتهام | الرواية@ar
speech denial manner: نافيا | نافياً | نافية | نافين | منكرا | منكراً | مكذبا | مكذباً | با رد | ضمن رد | با تکذیب | ضمن تکذیب | با انکار | ضمن انکار | denying | rejecting | dismissing | refuting | rebuffing | disputing | رافضا | رافضاً | رافضة | مفندا | مفنداً | مفندة
speech none none: لم يتسن التحقق | لم يتسن لنا التحقق | لم يتسن التأكد | تعذر التحقق | لم تتمكن من التحقق | لم يتمكن من التحقق | رفض التعليق | رفضت التعليق | امتنع عن التعليق | امتنعت عن التعليق | لم يرد | لم ترد | رفض تأكيد أو نفي | رفضت تأكيد أو نفي | لم يؤكد ولم ينف | لم تؤكد ولم تنف | لم ينف ولم يؤكد | لم تنف ولم تؤكد | دون أن يؤكد أو ينفي | رفض الكشف | رفضت الكشف | رفض الإفصاح

# ——— Persian (simple verbs: every form written out; compound verbs below)
speech claim verb: گفت | گفتند | گفته | گفته است | گفته‌است | گفته‌اند | گفته بود | گفته بودند | می‌گوید | می‌گویند | میگوید | میگویند | گفته شد
speech claim verb: افزود | افزودند | افزوده | افزوده است | افزوده‌است | افزوده‌اند | می‌افزاید | میافزاید
speech report verb: نوشت | نوشتند | نوشته است | نوشته‌است | نوشته‌اند | می‌نویسد | نوشته
speech report verb: نگاشت | نگاشتند | نگاشته است | نگاشته‌است | نگاشته‌اند | نگاشته | می‌نگارد | مینگارد
speech claim verb: خواند | خواندند | خوانده است | خوانده‌اند | می‌خواند
speech denial verb: را رد@fa | را تکذیب@fa | را نادرست خواند@fa | را بی‌اساس خواند@fa | را بی‌پایه خواند@fa
speech claim verb: معتقد است | معتقدند | بر این باور است | خواستار شد | خواستار شدند | خواسته است | خواسته‌است | خواسته‌اند | خواست | خواستند | محکوم کرد | محکوم کردند | هشدار داده | آمده است | آمده‌است | مدعی شد | مدعی شدند | مدعی شده است | مدعی است | مدعی هستند | یادآور شد | یادآور شدند | یادآور شده است | متذکر شد | متذکر شدند
speech claim verb: را مسئول دانست | را مسئول دانستند | را مسئول می‌داند | را مسئول میداند | را مسؤول دانست | وعده داد | وعده دادند | وعده داده است | وعده داده‌اند | قول داد | قول دادند
speech claim verb: بیانیه‌ای صادر کرد | بیانیه صادر کرد | اعلامیه‌ای صادر کرد | اعلامیه ای صادر کرد | اعلامیه صادر کرد | اعلامیه‌ای نشر کرد | اعلامیه ای نشر کرد | اعلامیه‌ای منتشر کرد | اعلامیه ای منتشر کرد | اعلامیه‌ای صادر کردند | اعلامیه‌ای نشر کردند | بیانیه‌ای منتشر کرد | بیانیه منتشر کرد | بیانیه‌ای صادر کردند | بیانیه‌ای منتشر کردند | بیانیه ای صادر کرد | بیانیه ای منتشر کرد | بیانیه ای صادر کردند | بیانیه ای منتشر کردند | اطلاعیه‌ای صادر کرد | اطلاعیه ای صادر کرد | اطلاعیه‌ای منتشر کرد | اطلاعیه ای منتشر کرد | بیانیه‌ای صادر کرده | بیانیه ای صادر کرده | بیانیه‌ای نشر کرد | بیانیه ای نشر کرد
speech report verb: گزارشی منتشر کرد | گزارشی منتشر کردند | گزارشی منتشر کرده است | گزارشی منتشر کرده‌است | گزارشی منتشر کرده‌اند | گزارشی منتشر کرده
speech claim verb: افزوده بود | اظهارداشت | اظهارداشتند | اظهارداشته | اظهارداشته است
speech claim source: به گفته | به گفتۀ | به گفتهٔ | به گفته‌ی | به ادعای | به زعم | به اعلام
# a source named after a preposition and a word for what it said («بر اساس گزارش X», «به بنیاد اعلامیۀ X»,
# «براساس ارزیابی‌های طالبان»): every preposition with every word
part fa-according: بر اساس | براساس | بر پایه | بر پایهٔ | بر پایۀ | بنا بر | بنابر | بنا به | طبق | مطابق | به استناد | استناد بر | بر بنیاد | به بنیاد | بر مبنای
part fa-said-thing: گزارش | گزارش‌های | گزارشهای | ادعای | ادعاهای | اعلام | اعلامیه | اعلامیه‌ی | اعلامیۀ | بیانیه | بیانیه‌ی | بیانیۀ | اطلاعیه | اطلاعیه‌ی | اطلاعیۀ | خبرنامه | اطلاعات | ارزیابی | ارزیابی‌های | ارزیابیهای | یافته‌های | یافته‌ها | تحقیقات | روایت | گفته | گفته‌های | گفته‌ی | گفتۀ | گفتهٔ | اظهارات | نوشته | نوشته‌ی | نوشتۀ | این گزارش | این بیانیه | این اطلاعیه | این اعلامیه | این ادعا | آمار | آمارهای | ارقام | برآورد | برآوردهای | شمارش | تصاویر | داده‌های | دادههای
joined claim source: fa-according + fa-said-thing
speech claim source needs=آمده,نوشته,ذکر,تصریح,اشاره: در بیانیه | در گزارش | در پیام | در اطلاعیه | در اعلامیه | در نامه | در متن بیانیه | در متن گزارش | در متن پیام | در بخشی از بیانیه | در بخشی از گزارش | در بخشی از پیام | در ادامه بیانیه | در ادامه گزارش | در بیانیه‌ی
speech claim verb said=introduced: ادامه داد | ادامه دادند | ادامه داده است | ادامه داده‌است | خواسته | خواسته بود | نوشته | continued | responded | replied | countered | retorted
speech report relay: به گزارش | به نقل از | به نقل | نقل از | بنا بر گزارش | به نوشته | به نوشتهٔ | به نوشته‌ی | بنا به نوشته | بنابر نوشته
speech claim told: در گفت‌وگو با | در گفتگو با | در گفت و گو با | در مصاحبه با | در مصاحبه‌ای با | در گفت‌وگویی با | در گفتگویی با | به خبرنگار | به خبرنگاران
speech claim noun: ادعای | ادعاهای | اظهارات | گزارش | گزارش‌های | اتهام | اتهامات | سخنان | ادعا | ادعاها
speech none none: به طور مستقل تأیید کند | به طور مستقل تایید کند | به‌طور مستقل تأیید کند | به‌طور مستقل تایید کند | به طور مستقل تأیید کنیم | به طور مستقل تایید کنیم | به صورت مستقل تأیید کند | به صورت مستقل تایید کند | به طور مستقل راستی‌آزمایی کند | از اظهار نظر خودداری کرد | از اظهارنظر خودداری کرد | حاضر به اظهار نظر نشد | حاضر به اظهارنظر نشد | نه تأیید کرد و نه تکذیب | نه تایید کرد و نه تکذیب | نه رد کرد و نه تأیید | از تأیید یا رد | از تایید یا رد | از تأیید یا تکذیب | از تایید یا تکذیب

fa-compound claim: اعلام پشتیبانی | اعلام حمایت | تشریح | انتقاد | اطمینان | گوشزد | نکوهش | هشدار | توضیح | گزارش | خبر | پاسخ | اطلاع | ابراز امیدواری | ابراز نگرانی | ابراز تاسف | ابراز تأسف | ابراز خرسندی | ابراز حمایت | ابراز همبستگی | ابراز همدردی | ابراز امیدواری | مدعی | یادآور | متذکر | اعلام | تاکید | تأکید | تصریح | اظهار | بیان | عنوان | خاطرنشان | ادعا | اشاره | ابراز | اضافه | فاش | افشا | متهم | مطرح | توییت | اعلام آمادگی | یادآوری | ذکر | توصیف | تهدید | استقبال | محکوم | تقبیح | استناد | تشکر | قدردانی | سپاسگزاری | به این نتیجه | نتیجه | علاوه
fa-compound denial: تکذیب | را تکذیب | رد | را رد | انکار | را انکار | نفی | را نفی
fa-compound confirmation: تایید | تأیید | را تایید | را تأیید | اذعان | اعتراف | تصدیق
fa-light کرد: کرد | کردند | کرده | کرده است | کرده‌اند | کرده بود | کرده بودند | می‌کند | میکند | می‌کنند | میکنند | کند | کنند | نمود | نمودند | نموده است | نموده‌اند | کرده‌ایم | کردیم | می‌کنیم | کرده‌است
fa-light داشت: داشت | داشتند | داشته | داشته بود | داشته است | داشته‌اند | می‌دارد | می‌دارند | داشته‌است | دارد | دارند
fa-light ساخت: ساخت | ساختند | ساخته | ساخته است | ساخته‌اند | می‌سازد | ساخته‌است
fa-light داد: داد | دادند | داده | داده است | داده‌است | داده‌اند | داده بود | داده بودند | می‌دهد | می‌دهند | داده‌ایم | دادیم
fa-light شد: شد | شدند | شده | شده بود | شده بودند | شده است | شده‌اند | می‌شود | می‌شوند | شده‌است
fa-light رسید: رسید | رسیدند | رسیده | رسیده است | رسیده‌اند | رسیده‌است | رسیده بود | رسیده بودند | می‌رسد | می‌رسند
fa-light گرفت: گرفت | گرفتند | گرفته | گرفته است | گرفته‌اند | گرفته‌است | گرفته بود
fa-uses کرد: اعلام پشتیبانی | اعلام حمایت | تشریح | انتقاد | گوشزد | ابراز امیدواری | ابراز نگرانی | ابراز تاسف | ابراز تأسف | ابراز خرسندی | ابراز حمایت | ابراز همبستگی | ابراز همدردی | اعلام | تاکید | تأکید | تصریح | اظهار | بیان | عنوان | خاطرنشان | ادعا | اشاره | ابراز | اضافه | فاش | افشا | متهم | مطرح | توییت | اعلام آمادگی | یادآوری | ذکر | تکذیب | را تکذیب | رد | را رد | انکار | را انکار | نفی | را نفی | تایید | تأیید | را تایید | را تأیید | اذعان | اعتراف | تصدیق | توصیف | تهدید | استقبال | محکوم | تقبیح | نکوهش | استناد | تشکر | قدردانی | سپاسگزاری | علاوه
fa-uses داشت: اعلام | اظهار | بیان | عنوان | تاکید | تأکید | ابراز
fa-uses ساخت: خاطرنشان | متذکر
fa-uses رسید: به این نتیجه
fa-uses گرفت: نتیجه
fa-uses داد: هشدار | توضیح | گزارش | خبر | پاسخ | اطلاع | اطمینان
fa-uses شد: اعلام | مطرح | یادآور | متذکر | مدعی | تاکید | تأکید | اشاره | تصریح | خاطرنشان | تکذیب | رد | انکار | نفی | تایید | تأیید

# ——— English
speech claim verb: indicated | remarked | highlighted | cautioned | underscored | held responsible | holds responsible | suggest | suggests | mentioned | mentions | commented | comments | commenting | described | describes | condemned | condemns | denounced | urged | urges | called on | called for | demanded | demands | believes | believe | expressed | said | says | say | saying | stated | states | claimed | claims | claim | added | adds | announced | announces | declared | declares | insisted | insists | stressed | stresses | noted | notes | warned | warns | explained | argued | asserted | asserts | alleged | alleges | accused | accuses | revealed | reveals | disclosed | tweeted | posted | told reporters | said in a statement | said in a post | said on x | wrote on x | made clear | pointed out | clarified | clarifies | thinks | believed | emphasized | emphasised | underlined | reiterated | affirmed | contended | suggested | threatened | threatens | vowed | vows | pledged | pledges | promised | blamed | blames | welcomed | welcomes | assured | assures | reassured | attributed | attributes
speech claim verb said=introduced: maintained
speech claim verb: reaffirmed | reaffirms | reaffirm | reasserted | reasserts
# voicing support, sympathy or solidarity ('Theresa May had voiced her support for Denmark')
speech claim verb: voiced support | voiced her support | voiced his support | voiced its support | voiced their support | voiced solidarity | voiced sympathy
# the present of the plural ('Saudi Arabia and its allies accuse Iran')
speech claim verb: accuse | allege | warn | insist | blame | argue | assert | stress
speech report verb: reported | reports | wrote | writes | published
speech claim verb: predicted | predicts | proclaimed | complained | complains | lamented | laments | signalled | signaled | concluded | concludes | found that | shot back | thanked | thanks
speech claim verb said=introduced: estimated | estimates | observed | recalled | recalls
# a document's words: 'the statement read', 'the letter reads'
speech claim verb after=statement,letter,message,communique,communiqué,tweet,post,note: read | reads
# what a report, an investigation or images show: 'a report by X showed', «تحقیقات X نشان می‌دهد»
speech claim verb after=report,reports,investigation,investigations,inquiry,study,analysis,findings,assessment,survey,images,footage,data,documents: showed | shows | suggested
speech claim verb after=گزارش,گزارش‌ها,گزارشها,تحقیقات,تحقیق,بررسی,بررسی‌ها,پژوهش,ارزیابی,تصاویر,آمار,اسناد: نشان می‌دهد | نشان میدهد | نشان می‌دهند | نشان میدهند | نشان داد | نشان دادند | نشان داده است | نشان داده‌است | نشان داده
speech claim verbo: conveyed | conveys
speech claim verbo: spoke of | spoke about | speaks of | talked of | talked about
speech claim verbo: outlined | outlines | slammed | slams | lashed out at | lashes out at | named
speech claim verbo: praised | criticized | criticised | hailed | recommended | recommends | proposed | proposes | issued a statement | released a statement | put out a statement | issued a communique
speech denial verb: pleaded not guilty | pleads not guilty | pleaded innocent | denied | denies | deny | denying | refuted | refutes | rebutted | disputed | disputes
speech claim object: called | calls
speech claim verbo: branded | brands | labelled | labeled | termed | dubbed
speech denial object: rejected | rejects | reject | dismissed | dismisses | dismiss | rebuff | refute | refutes | refuting | rebut | rebuts | rebutted | rebutting | denounced | denounces | denouncing | contradict | pushed back against | pushed back on | pushes back against | hit back at | hits back at | rebuffed | brushed aside | contradicted | contradicts | contested | contests | debunked | challenged | challenges | disputed | disputes | refuted | refutes
speech confirmation verb: confirmed | confirms | confirm | acknowledged | acknowledges | acknowledge | admitted | admits | admit | conceded | concedes | concede
speech claim source: according to | as cited by | in the words of | according to a report by | according to a report from | according to a report in | according to a report published by | according to reports by | according to a statement by | according to a statement from | according to a statement issued by | according to an investigation by | according to a tally by | according to figures from | according to data from | according to an assessment by
speech claim verb: was quoted | were quoted | is quoted | are quoted | has been quoted | have been quoted | was quoted as saying | were quoted as saying
speech report relay: quoted | quoting | citing | cited | as quoted by | as reported by
speech claim told: told | tells | in an interview with | speaking to | speaking with | said to | in comments to | in a statement to
speech claim noun: allegation | allegations | claim | claims | report | reports | accusation | accusations | statement | remarks | comments | assertion
speech none none: could not independently verify | could not independently confirm | cannot independently verify | cannot independently confirm | was unable to independently verify | were unable to independently verify | has not been able to independently verify | could not be independently verified | could not immediately verify | could not immediately confirm | declined to comment | declined to confirm or deny | declined to confirm | refused to comment | would not confirm or deny | would neither confirm nor deny | neither confirmed nor denied | did not respond to a request for comment | did not immediately respond | could not be reached for comment | did not confirm or deny | no comment
`;
