/**
 * Closed-class words reading needs, one meaning per line (format: ../lines.ts):
 *
 *   complementizer   introduces what was said (إن، أن، بأن، که، that)
 *   preposition      an actor right after it is an object, an addressee or a place, not a subject
 *   addressee        a preposition that marks whom something was said to (لـ، به، to)
 *   locative         a preposition before a place (في، در، in, at)
 *   negator          right before a speech verb, cancels it ("لم ينف", "did not deny")
 *   opener           after a comma, starts a new clause (an event's participants stop there)
 *   nounending       ends an Arabic word that is a plural or has a pronoun glued on («مسعفون», «حينها»,
 *                    «بعضهم»), never a one-word name («وقال نتنياهو إن» is a name; «وقال آخرون إن» is not)
 *   fronted          opens an adverbial put before a verb-final clause's subject and closed by a comma
 *                    («به دنبال …، وزارت خارجه گفت», «پس از …، X اعلام کرد»): no subject stands in it
 *   purpose          ends an event's participant window (لبحث، حول، to discuss)
 *   target           before an actor: what a meeting or exchange is against or about, not a party
 *   generic          a common head before a name (تنظيم داعش، گروه طالبان, the)
 *   stop             a word that is never part of a person's name
 *   pronoun KIND     a pronoun or bare noun pointing back to the last speaker (any) or the last
 *                    actor of a kind (outlet, agency, group, anonymous, person); `anonymous HEAD…`:
 *                    the last anonymous source told by one of those heads («المصدر» → the last
 *                    "source" or "sources", not the last witnesses), else the last anonymous one
 *   future           marks a clause about what will happen
 *   refused          what a refusal is of when it is no speech act («رفض التعليق», «رفض الكشف»)
 *   relative         a relative pronoun: the verb after it belongs to the noun before it
 *   determiner       a word before a noun: after it "reports" is a noun, not a verb
 *   nounfollower     a word after a noun: before it "claims" is a noun ("claims by", "claims of")
 *   dateprep         a word before a date («يوم الأحد», «روز شنبه», "on Monday")
 *   source           the preposition before whom a relay cites («نقلت X عن Y», «به نقل از Y»)
 *   agent            after a referred claim, before its owner ("a report by X", "claims from X")
 *   madeby           between a referred claim and its owner (or its agent word): "the accusations made
 *                    by X", «الاتهامات التي أدلى بها X», «ادعاهای مطرح شده از سوی X»
 *   claimprep        after a referred claim and its owner, before what it says («مبنی بر», "that")
 *   continuer        opens a clause that goes on with the last speaker («همچنین», «نیز», "also")
 *   negverb          a negated light verb right after an event noun: it did not happen («دیدار نکرد»,
 *                    «حمله نکردند», «کشته نشد»)
 *   unreal           before an event word in its clause: it is threatened, planned, possible, wished
 *                    for or habitual, not told as having happened ("threatened to strike", «هددت بشن»,
 *                    «ممکن است حمله کند», "whenever it attacks")
 *   underway         right after an event word (or «تم» right before it): it took place or is under way
 *                    («تحقیقات آغاز شده است», "investigations are ongoing", «تم إرسال فرق التحقيق»): an event
 *                    word that needs a party or a date is kept without them
 *   attributive      a determiner before a participle that describes the noun after it ("a leaked
 *                    document", "the detained employees"): the participle tells no event
 *   participle       the ending of such a participle (an English past participle: -ed)
 *   attempt          before a killing, an injury or a death (or "attempt"/"bid" right after it): it was
 *                    tried, not done («محاولة اغتيال», «تلاش برای کشتن», "an assassination bid")
 *   occasion         before an event noun beside a speech verb, it names the occasion of the saying
 *                    ("said at a press conference on Monday", «قال خلال اجتماع», «در دیدار با … گفت»):
 *                    the event took place when the statement was made
 *   occurs           a verb that also means "took place": right before an event noun it says that one
 *                    happened and is no event of its own («وقعت التفجيرات»: not «وقّعت», signed)
 *   anaphor          a demonstrative before (or, for «مذکور», after) an event noun: the one told before
 *   characterise     a verb that calls something by a name or a quality ("called", "described",
 *                    «وصف», «توصیف کرد», «خواند»): said of the accusations made against the speaker's side
 *                    (`accusation`), it is a rebuttal of them, a denial, whatever it calls them ("called the
 *                    accusations 'conjectural'", «ادعای انگلیس را ناپخته و شتاب‌زده توصیف کرد»)
 *   accusation       a word for what was alleged against someone (allegations, «الاتهامات», «ادعاها»):
 *                    not a report or remarks, which may be called anything
 *   negquant         a "no" before a happening ("no meeting took place", «هیچ دیداری صورت نگرفته»)
 *   article          an English article between a linker and the body it links ("of the ministry")
 *   namebuilder      an Arabic-script word that ends compound first names after a name word
 *   portfolio        opens what a post deals with («مساعد وزير الخارجية للشؤون السياسية», «معاون وزیر در امور
 *                    حقوقی»): up to two words after it name no one
 *   givenname        a word the lexicon knows (a role, a common word) that is also a first name: a
 *                    name word when a name word follows it («امیر سعید ایروانی»)
 *                    («حمد الله», «نور الدين», «عبد الرحمن»), though it is a common word too
 *   passive          an auxiliary before a passive verb ("was dismissed by X": X speaks)
 *   activeshod       a Persian preverb whose «شد» is no passive: «مدعی شد» (claimed), «یادآور شد»
 *                    (recalled) — the subject speaks, as with «کرد»
 *   coordinator      joins a second verb to the same subject ("acknowledged …, but said …")
 *   subjectgap       a word that may stand between an Arabic verb and its subject («قال اليوم الوزير»)
 *   conjunction      joins two subjects of one verb («روسیه و چین … رد کردند», "Russia and China said")
 *   possessive       an English possessive opening what was said before what the speaker has ("its Air
 *                    Force", "our forces"): with a negated past verb up to three words on, a denial of
 *                    having done it
 *   negstate         "to be" opening a negation ("were not"): after a `possessive`, a state told, not a
 *                    deed denied
 *   postprep         between an English post and the state or body it is at ("ambassador to Tajikistan")
 *   kana             «كان» opening an Arabic clause: its subject stands between it and the verb after
 *                    («وكان نائب وزير الدفاع أناتولي أنتونوف اتهم»), not after the verb
 *   svogap           a word that may stand between an Arabic subject and its verb after it («الوزارة قد نفت»)
 *   namepart         a small word inside a Latin-script name (al-, bin, van, de)
 *   infinitive       an English infinitive marker: a speech verb right after it is no act of its own
 *   bothof           opens subjects joined by «و» after a verb («أعلن كل من X و Y»): the «من» in it is no
 *                    preposition
 *   habitual         between a speaker and the verb (or right before a verb that opens its clause): said
 *                    again and again, at no one time ("has consistently denied", «لطالما نفت», «همواره … متهم کرده»):
 *                    the statement takes no date from its page
 *   ongoing          right before a speech verb in its -ing form or its present: said on and on, at no one
 *                    time ("has been denying", «لا تزال تنفي», «ما زالت تؤكد»): as `habitual`
 *                    ("refused to confirm", "asked him to deny") …
 *   goeson           … unless this word stands before the marker: it says the act was done ("went on
 *                    to deny", "was quick to reject", "was forced to admit")
 *   demonstrative    before a claim word: the claim is one told before («این گزارش», «هذه التقارير», "this
 *                    report"); what follows it is not its owner («این گزارش را «دروغ محض» خواند»)
 *   document         a document a source cue names («در اعلامیه آمده است», «وجاء في البيان»): with no owner
 *                    after it, it is the last speaker's (who issued it)
 *   objectmarker     after a Persian noun phrase, marks it the object («حملات سپاه را … خواند»): never the subject
 *   whatword         a negator that is also "what" («ما») …
 *   whatbefore       … and the words before it that make it "what", not "not" («وهو ما نفته الرباط»)
 *   orgadjective     a word that may stand between a body's kind and whose it is («وزارت دفاع ملی امارت
 *                    اسلامی», «وزارة الدفاع الوطني السوري», "the national defence ministry of X")
 *   reactionto       before a relay that opens with «به» («به گزارش X»): it is the report reacted to, no relay
 *                    («در واکنش به گزارش وال‌استریت ژورنال», «با اشاره به گزارش X»)
 *   bodyname         a common word that, right after the word heading a body's name, is part of it
 *                    («ستاد کل», «اداره کل»: "general"; elsewhere «كل» is "all", never in a name)
 *   official         a word for "official, state" between an outlet's kind and its name
 *   servicelinker    ends a role that serves whom follows («المتحدث باسم X», "spokesman for X")
 *   inlink           a body after it is where a source sits («قائد في طالبان»): an indefinite role is anonymous
 *   namer            between a role or a descriptor and the name it introduces («مسؤول في طالبان يدعى X», "an official named X")
 *   adjdual          an ending an Arabic nationality adjective in «ي» takes for two («مسؤولان أميركيان»)
 *   quotedas         after whom a relay cites, when nothing else follows: what was said is the
 *                    quotation the sentence opens with ('"…," Axios quoted an official as saying')
 *   undertaking      what is launched that is no missile (an operation, a campaign, an inquiry)
 *   publication      what is released or published, not freed («released a report», «أطلق فيديو»)
 *   negpast          a negated past verb: after the speaker's own side opening what was said, a
 *                    denial («قالت الخارجية الإيرانية إن طهران لم ترسل»)
 *   negassert        a negation opening what was said that denies what it asserts: a negated past or
 *                    perfect verb, "there was no", «لا يوجد», «لم», «هیچ … نشده»; `negassertnot` after it, a
 *                    future or an unreal word before it, and it denies nothing ("did not know", "will not")
 *   negexist         "there was no", «لا يوجد», «وجود ندارد»: a negated existence opening what was said, a denial
 *   hedge            before such a negation in what was said, makes it a guess, not a denial ("likely did not
 *                    order", «من المرجح أن … لم»)
 *   negassertnot     … a word right after such a negation that makes it no denial ("not only", "not yet")
 *   backref          opens a sentence that points back to what was just said and tells its occasion («جاء ذلك
 *                    خلال تصريحات … الخميس», "The remarks came on Thursday"): its date is the last statements'
 *   figurative       after an injury word, a feeling: «أصيب بخيبة أمل» (was disappointed) is no injury
 *   hyphenowner      after a name and a hyphen, says the press is that actor's («Houthi-run media»)
 *   describes        opens an English apposition that describes a state or a body before its verb
 *                    ("the UAE, a US ally, said", "Hengaw, based in Oslo, said")
 *   placehead        a word for a place (a district, a province, a town) opening what a post is of,
 *                    not a name («حاكم منطقة باكوا», «ولسوال ولسوالی بکواه»)
 *   seat             after a role and whom it serves, before an international body: where the post
 *                    sits, not whom it serves («مندوب روسيا لدى الأمم المتحدة», «نماینده ایران در سازمان ملل»)
 *   subjectpronoun   a pronoun subject of a speech verb ("he said", "it added"): the last speaker
 *   between          a word that may stand between a subject and its speech verb (adverbs, auxiliaries,
 *                    "in a statement"): any other word there means the subject is someone else
 */
export default `
complementizer: إن | أن | إنه | أنه | إنها | أنها | إنهم | أنهم | بأن | بأنه | بأنها | بأنهم | ان | انه | انها | قوله | قولها | قولهم | عن أن | على أن | إلى أن | الى أن | من أن | که | اینکه | این که | that
preposition: في | فى | من | إلى | الى | على | عن | مع | ضد | حول | بين | لدى | بشأن | إزاء | تجاه | نحو | عبر | خلال | بعد | قبل | منذ | عند
preposition: در | از | به | با | بر | برای | علیه | درباره | دربارهٔ | درباره‌ی | نزد | توسط | بین | میان | سوی | جانب
preposition: in | to | with | from | against | of | for | on | at | by | about | over | into | between | among | toward | towards
addressee: ل | لـ | لل | به | با | to | with
locative: في | فى | ب | در | in | at | inside | near
negator: لا | لم | لن | ما | ليس | ليست | ليسوا | لسنا | لست | نمی | نه | هرگز | not | never | didn't | did not | does not | doesn't | hadn't | had not | hasn't | has not | haven't | have not | wasn't | weren't | isn't | aren't | wouldn't | couldn't | cannot | can't | won't | no | nobody | no one | هیچ کس | هیچکس | هیچ‌کس | لا أحد
negverb: نیست | نیستند | نبود | نبودند | نکرد | نکردند | نرسید | نرسیدند | نرسیده | نرساند | نرساندند | نزد | نزدند | نکرده | نکرده‌اند | نکرده است | نمی‌کند | نمیکند | نمی‌کنند | نمیکنند | نشد | نشدند | نشده | نشده‌اند | نشده است | نخواهد | نخواهند | نداشت | نداشتند | نداشته | نداشته‌اند | نداد | ندادند | نداده | نگرفت | نگرفته | نگرفته است | صورت نگرفت | صورت نگرفته | صورت نگرفته است | رخ نداد | رخ نداده
unreal: could | might | may | would | was to | were to | called for | calls for | urged | demanded | threatened to | threatens to | threaten to | threatening to | plans to | planned to | plan to | planned | hoped to | hopes to | aims to | aimed at | intends to | intended to | vowed to | vows to | wants to | wanted to | seeks to | sought to | ready to | whenever | if | unless
unreal: لعقد | إلى عقد | الى عقد | دعا إلى | دعت إلى | دعا الى | دعت الى | طالب ب | طالبت ب | ربما | يمكن | يمكن أن | من الممكن | من المحتمل | قد يكون | هدد | هددت | تهدد | يهدد | توعد | توعدت | يتوعد | تعتزم | يعتزم | تخطط | يخطط | تنوي | ينوي | تسعى | يسعى | إذا | اذا | لو | كلما
unreal: خواستار | خواستار برگزاری | ممکن است | ممکن | شاید | احتمالا | احتمالاً | تهدید کرد | تهدید کرده | تهدید | قصد | قصد دارد | درصدد | در صدد | اگر | هر زمان که | هرگاه | هر گاه | هر وقت
underway: آغاز شد | آغاز شده | آغاز شده است | آغاز کرد | آغاز کردند | در حال انجام | جریان دارد | ادامه دارد | انجام شد | صورت گرفت | برگزار شد
underway: تم | بدأ | بدأت | انطلق | انطلقت | جارية | جار | تجري | يجري | أجري | أجريت | بدء
underway: began | begun | started | launched | is underway | are underway | was underway | underway | ongoing | is ongoing | are ongoing | was suspended | were suspended | was held | were held | took place | is under way | are under way
attributive: a | an | the | these | those | some | its | their
participle: ed
attempt: محاولة | بمحاولة | لمحاولة | محاولات | حاول | حاولت | يحاول | تحاول | تلاش برای | در تلاش برای | سعی در | قصد | attempt to | attempted to | attempting to | an attempt to | trying to | tried to | try to | aimed at | aiming at | aimed at killing
attempt: attempt | attempts | bid | plot | attempted
occasion: خلال | أثناء | اثناء | لدى | در | طی | during | at
occurs: وقع | وقعت | وقعا | وقعتا
anaphor: this | these | those | the | این | آن | همین | همان | هذا | هذه | ذلك | تلك | هذين | هاتين | مذکور | یادشده | یاد شده | المذكور | المذكورة
nounending: ون | ها | هم | هن | هما | كم
fronted: به دنبال | به‌دنبال | بدنبال | در پی | در پى | پس از | بعد از | پیش از | قبل از | در جریان | در واکنش به | در پاسخ به | در ادامه | همزمان با | هم‌زمان با | با توجه به | در حالی که | درحالی که | در حالیکه | با وجود | علی‌رغم | علیرغم | على رغم
opener: حيث | مثلما | بينما | لكن | لكنه | لكنها | فيما | مما | كما | بعدما | عندما | حين | اما | أما | while | but | when | after | as | although | whereas | ولی | اما | در حالی که | درحالیکه | زیرا | چون | در همین حال | درهمین حال | در عین حال | درعین حال | در این حال | meanwhile | في الأثناء | في غضون ذلك | في هذه الأثناء
purpose: لبحث | فيما يتعلق | بخصوص | في ما يتعلق | لمناقشة | حول | بشأن | برای | درباره | دربارهٔ | to discuss | about | regarding | on
target: ضد | علیه | against | لمكافحة | لمحاربة | محاربة | مكافحة | قتال | مبارزه | combat | fight
topic: حول | عن | بشأن | درباره | about | on
generic: تنظيم | جماعة | حركة | گروه | جنبش | group | the
stop: في | من | إن | أن | الذي | التي | الذين | اللذين | و | أو | ثم | قد | كان | كانت | هذا | هذه | ذلك | تلك | هو | هي | هم | كل | بعض | أي | عدة | لا | لم
stop: که | از | در | با | این | آن | یکی | یک | هم | نیز | همچنین | همچنان | سپس | را | و | یا | اما | هر | همه | چند | برخی | بود | است | هست | شد | باید | نباید
stop: منه | منها | منهم | عنه | عنها | عنهم | له | لها | لهم | به | بها | بهم | فيه | فيها | فيهم | عليه | عليها | عليهم | إليه | إليها | إليهم | معه | معها | معهم | لدیه | وی | او | ما | شما | ایشان | آنها | کشورمان | خود | خویش
stop: أحد | the | a | an | and | or | of | in | on | at | to | for | with | by | from | as | that | this | these | those | it | its | he | she | they | we | i | you | his | her | their | our | has | have | had | was | were | is | are | be | been | will | would | could | should | may | might | also | not | no | but | if | than | then | there | here | who | whom | which | what | when | where | why | how | after | before | during | while | since | until | over | under | about | into | said | says | told | mr | ms | mrs
stop: initially | originally | subsequently | eventually | ultimately | reportedly | allegedly | apparently | notably | similarly | likewise | accordingly | consequently | overall | specifically | officially | publicly | privately | separately
stop: instead | meanwhile | however | moreover | furthermore | separately | additionally | nevertheless | nonetheless | therefore | thus | indeed | earlier | later | yesterday | today | tonight | afterwards | previously
stop: following | despite | amid | amidst | thousands | hundreds | dozens | scores | millions
stop: طلب | طلبت | تحدث | تحدثت | زار | زارت | التقى | التقت | وصل | وصلت | غادر | غادرت | أرسل | أرسلت | هدد | هددت | حذر | حذرت | قرر | قررت | أجرى | أجرت | استقبل | استقبلت | ترأس | ترأست | شارك | شاركت | أدان | أدانت | ندد | نددت | رحب | رحبت | تلقى | تلقت | بعث | بعثت | أبلغ | أبلغت | أصدر | أصدرت | سافر | سافرت | توجه | توجهت | أمر | أمرت | وقع | وقعت | ناقش | ناقشت | بحث | بحثت | عقد | عقدت | هنأ | هنأت | أجاب | أجابت | علق | علقت | اعترف | اعترفت
stop: يطلب | تطلب | يتحدث | تتحدث | يزور | تزور | يلتقي | تلتقي | يصل | تصل | يغادر | تغادر | يرسل | ترسل | يهدد | تهدد | يحذر | تحذر | يقرر | تقرر | يجري | تجري | يستقبل | تستقبل | يشارك | تشارك | يدين | تدين | يرحب | ترحب | يبحث | تبحث | يعقد | تعقد
stop: أيضا | أيضاً | مجددا | مجدداً | علنا | علناً | قاطعا | قاطعاً | ردا | رداً | رسميا | رسمياً | سابقا | سابقاً | لاحقا | لاحقاً | حاليا | حالياً | شخصيا | شخصياً | مباشرة | فورا | فوراً | تماما | تماماً | إبلاغ | إرسال | عقب | إثر | خلال | بشأن | حول
stop: پیشتر | پیش‌تر | قبلا | قبلاً | اخیرا | اخیراً | سابقا | سابقاً | هنوز | بارها | هرگز | اکنون | حالا | تاکنون | فعلا | فعلاً
stop: نیز | همچنین | پیرامون | درباره | دربارهٔ | طی | ضمن | علیه | برای | بدون | توسط | گرفته | کرده | داده | شده | نموده | داشته | گفته
stop: تويتر | تيوتر | إكس | اكس | فيسبوك | فيس بوك | تلغرام | تيليغرام | تليجرام | إنستغرام | يوتيوب | منصة | توییتر | ایکس | فیسبوک | فیس‌بوک | تلگرام | اینستاگرام | یوتیوب | twitter | facebook | telegram | instagram | youtube
stop: شامگاه | بامداد | صبح | ظهر | عصر | شب | امشب | امروز | دیروز | صباح | مساء | فجر | ليلة | الليلة | اليوم | أمس | morning | evening | night | overnight
pronoun any: وی | او | ایشان | هو | هي | he | she
quotedas: as saying | as telling | as having said | as writing | as stating
subjectpronoun: he | she | they | it | we | i
pronoun group: الحركة | الجماعة | التنظيم | الحزب | الجبهة | این جبهه | the front | این گروه | این جنبش | این حزب | the group | the movement | the party | the militants | the militant group
pronoun outlet: الصحيفة | الجريدة | الشبكة | القناة | الموقع | این روزنامه | روزنامه | این رسانه | این شبکه | این پایگاه | the newspaper | the paper | the daily | the channel | the broadcaster | the outlet | the website
pronoun agency: الوكالة | این خبرگزاری | the agency | the news agency
pronoun organisation: المنظمة | المنظمه | این سازمان | the organization | the organisation | the company | the firm | the airline | the carrier | the operator | این شرکت | این شرکت هواپیمایی | شركة الطيران | الهيئة | الوكالة الأممية | المكتب | الحكومة | الرئاسة | این نهاد | the office | the government | the guard | the guards | the corps
pronoun organisation ministry: الوزارة | الخارجية | این وزارتخانه | این وزارت | وزارتخانه | the ministry | the department
pronoun organisation embassy: السفارة | این سفارت | the embassy
pronoun organisation army: الجيش | the army | the military
pronoun state: البلاد | این کشور | the country
pronoun anonymous source sources: هذه المصادر | تلك المصادر | المصادر | المصدر | این منابع | این منبع | منابع مذکور | these sources | the sources | the source | those sources
pronoun anonymous official officials: المسؤول | المسئول | المسؤولون | هؤلاء المسؤولين | این مقام | این مقامات | those officials | these officials | this official | the official | the officials
pronoun report: التقرير | البيان | این گزارش | این بیانیه | این اطلاعیه | این اعلامیه | the report | the statement
future: سوف | لن | سيتم | ستتم | سيكون | ستكون | خواهد | خواهند | قرار است | قرار بود | will | shall | is to | are to | is due to | are due to | is expected to | are expected to | plans to | is scheduled to
between: also | has | have | had | would | will | was | were | is | are | been | later | earlier | then | separately | further | furthermore | previously | publicly | repeatedly | recently | again | once | on | in | at | a | an | the | statement | post | interview | tweet | briefing | news | conference | press | reporters | journalists | late | early | night | morning | afternoon | evening | day | week | month | year | last | this | today | yesterday | tuesday | monday | wednesday | thursday | friday | saturday | sunday | immediately | quickly | strongly | flatly | firmly | vehemently | categorically | angrily | swiftly | on x | in a | separately | herself | himself | themselves | itself | also | however | meanwhile | not | never | did | does | do | had | said | spokesman | spokeswoman | spokesperson
between: به طور رسمی | به صورت رسمی | رسما | رسماً | به طور | به صورت | صراحتا | صراحتاً | بار دیگر
between: نیز | هم | همچنین | روز | امروز | دیروز | در | یک | این | باره | مورد | پیامی | بیانیه‌ای | بیانیه | مصاحبه‌ای | گفتگویی | گفت‌وگویی | نشست | خبری | توییتی | پستی | شبکه | ایکس | بار | دیگر | اخیر | قبل | پیش | از | تاکید
determiner: the | a | an | these | those | this | that | his | her | their | its | such | of | by | این | آن | هذا | هذه | تلك | ذلك
nounfollower: by | of | that | from | about
characterise: called | calls | described | describes | termed | terms | branded | brands | labelled | labeled | labels | dubbed | dubs | characterised | characterized
characterise: وصف@ar | وصفت@ar | وصفوا@ar | يصف@ar | تصف@ar | اعتبر@ar | اعتبرت@ar | اعتبروا@ar | يعتبر@ar | تعتبر@ar
characterise: توصیف کرد | توصیف کردند | توصیف کرده | توصیف کرده است | توصیف کرده‌اند | توصیف نمود | خواند@fa | خواندند@fa | خوانده است@fa | خوانده‌اند@fa | دانست@fa | دانستند@fa
accusation: allegations | allegation | accusations | accusation | claims | charges | assertions
accusation: الاتهامات | اتهامات | الاتهام | اتهام | اتهامها | اتهامه | اتهامهم | اتهاماتها | الادعاءات | ادعاءات | المزاعم | مزاعم | الإدعاءات | إدعاءات
accusation: اتهام | اتهامات | اتهامات | ادعا | ادعای | ادعاها | ادعاهای | این ادعا | این ادعاها | این اتهام | این اتهامات
dateprep: يوم | روز | on | في | فى | در | صباح | مساء | ظهر | عصر | فجر | ليلة | ليل | صبح | بامداد | ظهر | عصر | شامگاه | شب | بعدازظهر | بعد از ظهر | late | early
source: عن | از
madeby: made | leveled | levelled | raised | voiced | published | issued | put forward | aired | repeated | circulated | spread
madeby: التي أدلى بها | التي أدلت بها | الذي أدلى به | التي أدلى | التي أطلقها | التي أطلقتها | الذي أطلقه | التي وجهها | التي وجهتها | الذي وجهه | التي نشرتها | التي نشرها | الذي نشرته | الذي نشره | التي ساقها | التي رددها | التي رددتها | التي روجها | التي روجت لها | الصادرة عن | الصادر عن | المنسوبة إلى | المنسوب إلى
madeby: مطرح شده | مطرح‌شده | مطرح شده‌ی | منتشر شده | منتشرشده | منتشر شده‌ی | اعلام شده | اعلام‌شده | عنوان شده | عنوان‌شده
agent: by | from | از سوی | از سوي | توسط | از طرف | از جانب | من قبل | من جانب | من طرف
claimprep: مبني | مبنی | درباره | حول | that | about | claiming | saying | alleging | suggesting
continuer: همچنین | نیز | هم | وی | او | also | كما | أيضا | ايضا
negquant: no | never | هیچ | أي | اي | any
article: the | a | an
infinitive: to
bothof: كل من | كلا من
ongoing: has been | have been | had been | لا يزال | لا تزال | لا يزالون | ما زال | ما زالت | ما زالوا | ما يزال | ما تزال
habitual: consistently | repeatedly | routinely | always | long | frequently | regularly | often | دائما | دائماً | مرارا | مراراً | طالما | لطالما | باستمرار | تكرارا | تكراراً | عادة | عادةً | كثيرا ما | كثيراً ما | غالبا ما | غالباً ما | همواره | همیشه | بارها | مکررا | مکرراً | پیوسته | اغلب
goeson: on | quick | quickly | moved | rushed | hastened | proceeded | forced | compelled | later | then | also | continued | continues | continue
demonstrative: this | these | those | such | این | آن | همین | همان | چنین | هذا | هذه | ذلك | تلك | هذين | هاتين | تلکم
document: بیانیه | اعلامیه | اطلاعیه | گزارش | پیام | نامه | بيان | البيان | تقرير | التقرير | statement | report
objectmarker: را
whatword: ما
whatbefore: وهو | وهي | هو | هي | وهذا | هذا | وذلك | ذلك | وهذه | هذه | كل | وكل
orgadjective: ملی | الوطني | الوطنية | national
reactionto: واکنش | پاسخ | اشاره | توجه | استناد | نسبت
bodyname: کل | كل
namebuilder: الله | اللہ | الدين | الدین | الرحمن | الرحیم | الحق | النبي | النبی
portfolio: للشؤون | لشؤون | للشئون | لشئون | در امور
givenname: أمير | امیر | امير | عادل | کریم | كريم | ملک | ملك | شاه | میر | مير | علي | علی
activeshod: مدعی | یادآور | متذکر | خواستار | منکر | مطمئن | معتقد | متعهد
passive: was | were | been | is | are | be | being | شد | شدند | شده | می‌شود | می‌شوند | میشود | میشوند
coordinator: and | but | or | while | yet
conjunction: و | and
subjectgap: يوم | اليوم | الى | إلى | ايضا | أيضا | كذلك | امس | أمس | مساء | صباح | الليلة
possessive: its | our | their
negstate: was | were | wasn't | weren't
postprep: to | in | at
kana: كان@ar | كانت@ar | كانوا@ar | كانا@ar | كانتا@ar
svogap: قد | لقد | بدوره | بدورها | بدورهم | أيضا | ايضا | كذلك
namepart: al | el | bin | ibn | de | van | von | da | di | le | la | du | of | the | and
official: الرسمي | الرسمية | رسمي | رسمية | رسمی | الحكومية | الحكومي | دولتی | state | official | state-run | state-owned | رسميه | صادر | صادره | مسؤول | مسئول | مسؤولة | مسئولة | مطلع | مطلعة | مسؤولا | مسؤولاً | خبری | الإعلامية | إعلامية | اعلامی
servicelinker: باسم | ل | لـ | of | for
inlink: في | فى | من | in | at
adjdual: ان
namer: يدعى | يُدعى | تدعى | تُدعى | يدعي | اسمه | اسمها | به نام | بنام | named | called
seat: لدى | في | فى | در | at | to
publication: report | reports | statement | statements | video | videos | footage | images | photos | pictures | figures | data | details | findings | list | names | document | documents | audio | recording | tape | communique | تقريرا | تقريراً | التقرير | بيانا | بياناً | البيان | فيديو | مقطع | صورا | صوراً | أسماء | قائمة | گزارش | بیانیه | ویدیو | ویدئو | فیلم | تصاویر | فهرست | اسامی
negassert: did not | didn't | has not | hasn't | have not | haven't | had not | hadn't | was not | wasn't | were not | weren't | never
negexist: there is no | there are no | there was no | there were no | there has been no | there have been no | لا يوجد | لا توجد | ليس هناك | ليست هناك | لم يكن هناك | لم تكن هناك | لا وجود | وجود ندارد | وجود ندارند | وجود نداشت | وجود نداشته | وجود نداشته است
negassert: لم | لم يكن | لم تكن | لم يتم | لم تتم
negassert: نکرد | نکردند | نکرده | نکرده است | نکرده‌اند | نکرده‌ایم | نکردیم | نشد | نشدند | نشده | نشده است | نشده‌اند | نشده‌ایم | نشدیم | نداد | ندادند | نداده | نداده است | نداده‌اند | نداده‌ایم | ندادیم | نبود | نبودند | نبوده | نبوده است | نبوده‌اند | نبوده‌ایم | نبودیم | نداشت | نداشتند | نداشته | نداشته است | نداشته‌اند | نداشته‌ایم | نداشتیم | نگرفت | نگرفتند | نگرفته | نگرفته است | نگرفته‌اند | نگرفته‌ایم | نگرفتیم | نرسید | نرسیدند | نرسیده | نرسیده است | نرسیده‌اند | نرسیده‌ایم | نرسیدیم | نآمد | نآمدند | نآمده | نآمده است | نآمده‌اند | نآمده‌ایم | نآمدیم | نرفت | نرفتند | نرفته | نرفته است | نرفته‌اند | نرفته‌ایم | نرفتیم | نکشت | نکشتند | نکشته | نکشته است | نکشته‌اند | نکشته‌ایم | نکشتیم | نفرستاد | نفرستادند | نفرستاده | نفرستاده است | نفرستاده‌اند | نفرستاده‌ایم | نفرستادیم | نفروخت | نفروختند | نفروخته | نفروخته است | نفروخته‌اند | نفروخته‌ایم | نفروختیم | نگذاشت | نگذاشتند | نگذاشته | نگذاشته است | نگذاشته‌اند | نگذاشته‌ایم | نگذاشتیم | نیافت | نیافتند | نیافته | نیافته است | نیافته‌اند | نیافته‌ایم | نیافتیم | نافتاد | نافتادند | نافتاده | نافتاده است | نافتاده‌اند | نافتاده‌ایم | نافتادیم | نساخت | نساختند | نساخته | نساخته است | نساخته‌اند | نساخته‌ایم | نساختیم | نمی‌شود | نمیشود | نمی شود | نمی‌شوند | نمیشوند | نمی شوند | نمی‌کند | نمیکند | نمی کند | نمی‌کنند | نمیکنند | نمی کنند | نمی‌گیرد | نمیگیرد | نمی گیرد | نمی‌گیرند | نمیگیرند | نمی گیرند | نمی‌رسد | نمیرسد | نمی رسد | نمی‌رسند | نمیرسند | نمی رسند
negassertnot: only | yet | result | cause | يسفر | تسفر | تؤد | يؤد | خسارتی | خسارت | just | necessarily | know | knew | expect | expected | think | believe | want | wanted | intend | plan | comment | commented | specify | elaborate | respond | responded | immediately | clear | sure | aware | possible | able | ready | enough | سوى | إلا | فقط | فحسب | بعد | تعلم | يعلم | نعلم | تعلق | يعلق | تتوقع | يتوقع | تحدد | يحدد | تنها | هنوز | حتى الآن | حتى اللحظة | so far
hedge: likely | probably | unlikely | perhaps | possibly | من المرجح | المرجح | يرجح | ربما | على الأرجح | احتمالا | احتمالاً | به احتمال زیاد | به نظر می‌رسد | به نظر میرسد
figurative: خيبة | بخيبة | الصدمة | بالصدمة | صدمة | بصدمة | الذهول | بالذهول | الإحباط | بالإحباط | الدهشة | بالدهشة | القلق | بالقلق | بالهلع | الهلع
backref: جاء ذلك | وجاء ذلك | جاءت هذه التصريحات | وجاءت هذه التصريحات | جاءت تصريحاته | وجاءت تصريحاته | جاءت تصريحات | وجاءت تصريحات | جاء هذا | وجاء هذا | this came | the remarks came | his remarks came | her remarks came | the comments came | his comments came | the statement came | these remarks came | این اظهارات | این سخنان | اظهارات وی | سخنان وی
negpast: did not | didn't | has not | hasn't | have not | haven't | had not | hadn't | was not | wasn't | were not | weren't | never | has never | have never | had never | لم | لم يكن | لم تكن | ليس | ليست | نکرد | نکردند | نکرده | نکرده است | نکرده‌اند | نداد | ندادند | نداده | نداده است | نداده‌اند | نبود | نبوده | نبوده است | نشد | نشده | نشده است | نداشت | نداشته | نداشته است | نفرستاد | نفرستاده | نفرستاده است | نفروخت | نفروخته | نفروخته است | نزد | نزده | نزده است
undertaking: operation | operations | offensive | campaign | investigation | probe | inquiry | attack | attacks | assault | raid | raids | crackdown | war | initiative | programme | program | appeal | bid | website | service | حملة | حملات | عملية | عمليات | تحقيق | تحقيقا | تحقيقاً | عملیات | عملیاتی | کارزار | تحقیقات
hyphenowner: run | backed | affiliated | linked | aligned | controlled | owned | allied | funded | sponsored
describes: a | an | based | headquartered | founded | led | backed | run | funded | known
placehead: منطقة | المنطقة | ولاية | الولاية | محافظة | المحافظة | مدينة | المدينة | إقليم | الإقليم | قرية | القرية | بلدة | البلدة | مديرية | ناحية | قضاء | منطقه | ولایت | ولسوالی | استان | شهرستان | شهر | روستا | ناحیه | ولسوالي | province | governorate | district | city | town | village | region
refused: التعليق | الكشف | الإفصاح | الرد | الإدلاء | comment | commenting | to comment | elaborate
relative: الذي | التي | الذين | اللذين | اللتين | اللواتي | اللاتي | که | who | which | that
# the relative pronouns that open an aside about who or what was named («برادر که …، گفت», 'X, who …, said'): not 'that', which also opens what was said
relativeaside: الذي | التي | الذين | اللذين | اللتين | اللواتي | اللاتي | که | who | which
# English pronouns an object may be ('called it a …')
objectpronoun: it | him | her | them | this | that
`;
