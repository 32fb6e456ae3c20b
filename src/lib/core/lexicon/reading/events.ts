/**
 * Event words, one meaning per line (format: ../lines.ts). Nouns and verbs alike: «هجوم»,
 * «هاجم», «حمله», «حمله کرد», "attack", "attacked".
 *
 *   event TYPE: spelling | …          a word that says an event of TYPE happened
 *   eventtype TYPE HEAD FLAG…         how a TYPE is summarised (HEAD, `_` for spaces) and read:
 *       pair      needs two parties (a meeting): with one found, the speaker's side or the rest
 *                 of the sentence supplies the other
 *       incident  a concrete happening (an attack) kept even when no participant or date is read
 *       weak      kept only with a participant or a date of its own
 *       family=F  kinds of one family told in one clause are one event («عمليات إرهابية استهدفت قوات
 *                 الأمن»: an operation that targeted is one attack)
 *       not=KIND  no event of its own when a word of the grammar kind KIND follows it in its noun
 *                 phrase, before a preposition or a break («released a report»: `not=publication`;
 *                 «launched a new cross-border operation»: `not=undertaking`, the operation is the event)
 *       undoes    it says a planned one did not take place when planned (postponed, cancelled): a visit,
 *                 meeting or call told in its sentence is what was undone, not an event of its own
 *       outcome=F what an event of family F does to people («killed in an attack», «در حمله هوایی …
 *                 کشته شدند»): an event of its own beside the attack (the deaths), never what the attack
 *                 aimed at; the outcomes of one sentence (the dead and the wounded) are one; tried
 *                 («محاولة اغتيال») it is none
 */
export default `
eventtype attack attack incident family=violence
eventtype strike strike incident family=violence
eventtype killing killing incident outcome=violence
eventtype clash clashes incident family=violence
eventtype arrest arrest incident
eventtype release release not=publication
eventtype meeting meeting pair
eventtype visit visit
eventtype call phone_call pair
eventtype death death outcome=violence
eventtype injury injury incident outcome=violence not=figurative
eventtype hospitalisation hospitalisation
eventtype agreement agreement
eventtype delivery delivery weak
eventtype sale sale weak
eventtype election election weak
eventtype protest protest incident
eventtype appointment appointment weak
eventtype resignation resignation
eventtype deportation deportation weak
eventtype contacts contacts_and_information_sharing pair
eventtype support support pair
eventtype arms arms_supplies pair
eventtype announcement announcement weak
eventtype fall fall_of_the_regime
eventtype invasion invasion
eventtype operation operation incident weak family=violence
eventtype allegiance allegiance pair
eventtype cancellation cancellation undoes
eventtype postponement postponement undoes
eventtype conference press_conference
eventtype investigation investigation weak
eventtype suspension suspension weak
eventtype ceremony ceremony weak
eventtype incursion incursion incident
eventtype shootdown shootdown incident
eventtype launch launch incident family=violence not=undertaking
eventtype exercise military_exercise
eventtype leak leak
eventtype order order weak
eventtype massacre massacre incident
eventtype torture torture incident
eventtype sabotage sabotage incident family=violence
eventtype sanctions sanctions weak
eventtype summons summons
eventtype disappearance disappearance weak
eventtype withdrawal withdrawal weak
eventtype takeover takeover weak
eventtype founding founding weak
eventtype evacuation evacuation weak
eventtype crash crash incident
eventtype drowning drowning weak outcome=violence
eventtype eviction forced_eviction weak
eventtype annexation annexation
eventtype sentence sentencing weak
eventtype designation terrorist_designation weak
eventtype hack cyberattack weak
eventtype severance severance_of_ties weak
eventtype lawsuit lawsuit weak

event attack: هجوم | الهجوم | هجمات | الهجمات | هجوما | هجوماً | هاجم | هاجمت | هاجموا | يهاجم | اعتداء | الاعتداء | اعتداءات | استهدف* | استهدفت* | استهداف* | تفجير | التفجير | تفجيرات | التفجيرات | انفجار | الانفجار | كمين | كميناً | كمينا | هجوم انتحاري | عملية انتحارية
event attack: حمله@fa | حملات@fa | حمله کرد | حمله کردند | مورد حمله | هدف قرار* | انفجار | انفجارها | بمب‌گذاری | بمبگذاری | انتحاری | کمین | حمله تروریستی | حمله انتحاری
event attack: attack | attacks | attacked | attacking | bombing | bombings | explosion | blast | blasts | ambush | ambushed | assault | suicide bombing | raid* | raided
event strike: غارة | غارات | الغارة | الغارات | قصف | القصف | قصفت | قصف جوي | ضربة@ar | ضربات@ar | الضربة@ar | الضربات@ar | ضربة جوية | ضربات جوية | هجوم جوي | هجمات جوية | الهجمات الجوية | الهجوم الجوي | هجمات جوية ليلية | ضربة صاروخية | ضربات صاروخية | ضربة بطائرة مسيرة
event strike: حمله هوایی@fa | حملات هوایی@fa | حمله موشکی@fa | حملات موشکی@fa | حمله پهپادی@fa | بمباران | گلوله‌باران
event strike: airstrike | airstrikes | air strike | air strikes | strike* | strikes* | struck* | shelling | shelled | bombardment | bombarded | drone strike | missile strike | drone attack
event killing: قتل | قتلت | قتلوا | قتلته | قتلتهم | قتلى | مقتل | اغتيال | اغتال | اغتيل | لقي حتفه | لقوا حتفهم | لقي مصرعه | لقوا مصرعهم | استشهد | استشهاد | شهداء | شهيد | قتيل | أعدم | إعدام
event killing: کشته | کشتند | را کشت | به قتل رساند | به قتل رساندند | کشته شد | کشته شدند | کشته شده | کشته شده‌اند | کشتن | قتل | به قتل رسید | به قتل رسیدند | ترور | ترور شد | جان باخت | جان باختند | جان خود را از دست | شهید | شهید شد | شهید شدند | اعدام
event killing: killed | killing | killings | killed in | were killed | was killed | assassinated | assassination | executed | execution | death toll
event clash: اشتباك | اشتباكات | الاشتباكات | مواجهات | اشتبك | اشتبكت | معارك | معركة | درگیری | درگیری‌ها | درگیریها | درگیر شد | درگیر شدند | درگیر شده‌اند | زد و خورد | نبرد | تیراندازی | clash | clashes | clashed | fighting | firefight | exchange of fire | gunfight | battle
event arrest: اعتقال | اعتقل | اعتقلت | اعتقلوا | اعتقلا | اعتقلتهم | اعتقلهم | احتجزتهم | احتجزهم | توقيف | أوقف | أوقفت | القبض | ألقت القبض | ألقى القبض | احتجاز | احتجز | احتجزت | اختطاف | اختطف | خطف*
event arrest: بازداشت | بازداشت شد | بازداشت شدند | بازداشت کرد | بازداشت کردند | دستگیر | دستگیری | دستگیر شد | دستگیر شدند | ربوده | ربودن | گروگان
event arrest: arrested | arrest | arrests | detained | detention | detains | seized* | abducted | kidnapped | taken into custody | in custody | held in custody
event disappearance: اختفى | اختفت | اختفاء | اختفائه | اختفائها | ناپدید شد | ناپدید شدند | ناپدید شده | ناپدیدشدن | disappeared | went missing | vanished | disappearance
event release: أفرج | أفرجت | الإفراج | إطلاق سراح | أطلق سراح | أطلقت سراح | سراح | سراحهم | سراحه | أخلي سبيل | آزاد شد | آزاد شدند | آزاد کرد | آزاد کردند | رها شد | released | freed | release
event meeting: التقى | التقت | التقوا | يلتقي | لقاء | اللقاء | لقاءات | اجتماع | الاجتماع | اجتماعا | اجتماعاً | اجتمع | اجتمعوا | محادثات | مباحثات | مفاوضات | قمة | القمة | جولة مفاوضات | جولة محادثات
event meeting: دیدار | دیدار کرد | دیدار کردند | ملاقات | ملاقات کرد | نشست* | گفتگو* | گفت‌وگو* | مذاکره | مذاکرات | رایزنی | اجلاس | گردهمایی
event meeting: met | meet* | meeting | meetings | talks | held talks | summit | negotiations | met with
event visit: زيارة | الزيارة | زيارته | زيارتها | زار | زارت | يزور | تزور | وصل إلى | وصلت إلى | زيارة رسمية
event visit: سفر* | سفر کرد | سفر کردند | بازدید | بازدید کرد | عازم | وارد شد* | visit | visited | visits | visiting | trip | arrived in | travelled to | traveled to | toured
event call: اتصال هاتفي | اتصالا هاتفيا | اتصالاً هاتفياً | مكالمة هاتفية | مكالمة | تماس تلفنی | گفتگوی تلفنی | گفت‌وگوی تلفنی | phone call | telephone call | spoke by phone | phoned | spoke by telephone | held a phone call | in a phone call | in a telephone call | اتصل هاتفيا | اتصل هاتفياً | تلفنی گفتگو کرد | تلفنی گفت‌وگو کرد | تلفنی صحبت کرد
event death: توفي | توفى | وفاة | الوفاة | رحل* | رحيل* | درگذشت | فوت | فوت کرد | died | death* | passed away | dies* | bodies were found | bodies were recovered | body was found | body was recovered | العثور على جثث | العثور على جثة | انتشال جثث | انتشال جثة | اجساد | جسد بی‌جان | پیکر بی‌جان
# bodies recovered
event death: انتشال جثث | انتشلت جثث | انتشال جثة | اجساد@fa
event injury: أصيب | أصيبت | أصيبوا | إصابة | إصابات | جرح | جرحى | جريح | مصابين | أصيبوا بجروح | أصيب بجروح | أصيبت بجروح | بجروح | زخمی | زخمی شد | زخمی شدند | زخمی شده | زخمی شده‌اند | زخمی شده بودند | مجروح | مجروح شد | مجروح شدند | injured | wounded | injuring | hurt*
event hospitalisation: نقل إلى المستشفى | نقله إلى المستشفى | نقلها إلى المستشفى | نقل إلى مستشفى | نقله إلى مستشفى | أدخل المستشفى | أدخل إلى المستشفى | دخل المستشفى | دخول المستشفى | بستری | بستری شد | به بیمارستان منتقل | به بیمارستان منتقل شد | به شفاخانه منتقل | به شفاخانه منتقل شد | به شفاخانه منتقل شدند | به شفاخانه انتقال | به بیمارستان انتقال | در شفاخانه بستری | hospitalised | hospitalized | taken to hospital | admitted to hospital | rushed to hospital | taken to a hospital
event agreement: اتفاق* | الاتفاق* | اتفاقية | الاتفاقية | اتفاقا* | اتفاقاً* | وقع* | وقعت | وقعا | توقيع | معاهدة | مذكرة تفاهم | صفقة تبادل | هدنة | وقف إطلاق النار
event agreement: توافق* | توافقنامه | قرارداد | امضا | امضای | امضا کرد | امضا کردند | امضا شد | تفاهم‌نامه | تفاهمنامه | پیمان | آتش‌بس | آتش بس
event agreement: agreement | agreed* | signed | deal* | accord | treaty | memorandum | ceasefire | truce
event delivery: تسليم* | سلمت | تسلم | تسلمت | إرسال* | أرسل* | أرسلت* | شحنة | شحنات | تحویل | تحویل داد | ارسال* | ارسال کرد | محموله | deliver | delivered | delivery | deliveries | shipment | shipments | shipped | supplied* | handed over
event sale: بيع* | باع | باعت | صفقة* | صفقات* | صفقة أسلحة | شراء* | اشترى | اشترت | فروش | فروخت | خرید* | خریداری | sold | sale | sales | purchase* | purchased | bought | sell* | arms deal
event election: انتخابات | الانتخابات | انتخاب* | انتخب* | انتخبت* | اقتراع | انتخابات | انتخاب شد | رای‌گیری | election | elections | elected | vote* | voted* | polls*
event protest: احتجاج | احتجاجات | تظاهرة | تظاهرات | مظاهرات | مظاهرة | اعتصام | تجمع احتجاجي | اعتراض | اعتراضات | تجمع اعتراضی | راهپیمایی | protest | protests | protested | demonstration | demonstrations | rally | rallies
event appointment: عينت | تعيين | عُين | منصوب | منصوب شد | انتصاب | appointed | appointment | named as | nominated | sworn in
event resignation: استقالة | استقال | استقالت | استقالته | استعفا | استعفا داد | استعفای | کناره‌گیری | resigned | resignation | resigns | stepped down | step down
event deportation: ترحيل | الترحيل | إبعاد | اخراج | اخراج شد | اخراج شدند | اخراج کرد | رد مرز | اخراج اجباری | بازگشت اجباری | deported | deportation | deportations | expelled | expulsion | forced returns
event contacts: اتصالات | قنوات اتصال | قنوات الاتصال | تواصل | ارتباط | ارتباطات | تبادل معلومات | تبادل المعلومات | تبادل للمعلومات | مشاركة المعلومات | تبادل اطلاعات | تشریک اطلاعات | تبادل استخباراتى | intelligence sharing | information exchange | contacts | channels of communication
event support: الدعم الاستخباراتى | الدعم الاستخباراتي | دعم استخباراتي | دعم استخباراتى | دعم مادي | الدعم المادي | دعم عسكري | مساعدات عسكرية | military support | intelligence support | technical support | financial support | material support
event arms: توريد أسلحة | توريد الأسلحة | بتوريد أسلحة | تسليح | بتسليح | تزويد بالسلاح | مد بالسلاح | کمک تسلیحاتی | ارسال سلاح | تسلیح | arming | arms supplies | supplying weapons | supplied weapons
event announcement: الإعلان | إعلان | تعلن وفاته | اعلام شد
event fall: سقوط نظامها | سقوط نظام | سقوط حكومة | سقوط النظام | fall of
event invasion: الاجتياح | اجتياح | الغزو السوفياتي | الغزو السوفيتي | الغزو* | غزو* | حمله شوروی | تهاجم* | اشغال | invasion | invaded
event operation: عملية أمنية | عملية عسكرية | عمليات عسكرية | حملة عسكرية | عملیات نظامی | عملیات* | military operation | security operation | offensive*
event allegiance: مبايعة | بايعوا | بايع | بیعت | pledged allegiance
event cancellation: إلغاء | ألغى | ألغت | ألغيت | لغو | لغو شد | لغو کرد | cancelled | canceled | cancellation | called off | scrapped
event postponement: تأجيل | أجل | أجلت | تأجلت | أرجأ | أرجأت | إرجاء | أرجئت | تعویق | به تعویق | postponed | postponement | delayed | put off
event conference: مؤتمر صحفي | مؤتمرا صحفيا | مؤتمراً صحفياً | المؤتمر الصحفي | مؤتمر صحافي | نشست خبری | نشست مطبوعاتی | کنفرانس خبری | کنفرانس مطبوعاتی | press conference | news conference | press briefing
event investigation: تحقيق | التحقيق | تحقيقات | التحقيقات | فتح تحقيق | تحقیق | تحقیقات | بازرسی | investigation | investigations | probe | inquiry
event suspension: قطع خدمة | قطع | تعلیق@fa | قطع شد | suspended | suspension | cut off | shut down
event ceremony: عرض عسكري | عرض الاحتفال | احتفال | الاحتفال | احتفالات | مراسم | مراسم | رژه | جشن | parade | ceremony | celebration | commemoration
event incursion: دخل المجال الجوي | اختراق المجال الجوي | انتهاك المجال الجوي | انتهاك الأجواء | خرق المجال الجوي | نقض حریم هوایی | نقض حاکمیت | تجاوز به حریم | violation of airspace | violated airspace | entered airspace | incursion | entry of the airship | airspace violation
event shootdown: إسقاط | أسقط | أسقطت | أسقطها | سرنگون | سرنگونی | سرنگون کرد | shot down | shoot down | downed | downing
event launch: أطلق صواريخ | أطلقت صواريخ | إطلاق صواريخ | إطلاق صاروخ | أطلق صاروخا | شلیک | شلیک کرد | پرتاب | launched | fired | launch
event exercise: مناورات | مناورة | تدريبات عسكرية | رزمایش | مانور | exercise | exercises | drills | war games
event leak: تسريب | تسريبات | تسرب | افشای | درز | leak | leaked | leaks
event order: بأوامر | بأمر | أمر | أمرت | دستور | دستور داد | ordered | orders
event massacre: مجزرة | مذبحة | مجازر | كشتار | کشتار | قتل عام | massacre | massacres | mass killing
event torture: تعذيب | شکنجه | torture | tortured
event sabotage: تخريب | تفجير خط | عمل تخريبي | خرابکاری | sabotage | sabotaged | blowing up | blew up | blown up
event sanctions: عقوبات | فرض عقوبات | تحریم | تحریم‌ها | sanctions | sanctioned
event summons: استدعاء | استدعى | استدعت | احضار | فراخواند | summoned | summons
event delivery: تزويد | بتزويد | لتزويد | زودت | زود | زرع متفجرات | كاشتن
event withdrawal: انسحاب | الانسحاب | انسحبت | انسحب | انسحبوا | سحب القوات | خروج القوات | خروج نیروهای | خروج نیروها | عقب‌نشینی | عقب نشینی | withdrew | withdrawal | withdrawn | pulled out | pullout | pull-out
event takeover: استولت | استولى | الاستيلاء | العودة إلى السلطة | عودة إلى السلطة | تسلم السلطة | تصرف | تصرف کرد | تصرف کردند | به قدرت رسید | به قدرت رسیدند | بازگشت به قدرت | seized power | took power | taking power | took control | takeover | take-over | return to power | returned to power | reclaimed power | came to power | seized control
event founding: تأسس | تأسست | تأسيس | تاسیس شد | تأسیس شد | founded | was founded
event evacuation: إخلاء | أخلت | أخلى | تخلیه | تخلیه کرد | تخلیه کردند | evacuated | evacuation
event sabotage: planted explosives | planted bombs | planted a bomb | زرعت متفجرات | زرع عبوات
event crash: تحطم | تحطمت | تحطم طائرة | تحطم مروحية | سقوط طائرة | سقوط المروحية | سقوط مروحية | سقوط بالگرد | سقوط هواپیما | سانحه هوایی | سانحه بالگرد | سانحه | crash | crashed | plane crash | helicopter crash | crash-landed
event drowning: غرق | غرقوا | غرقت | غرقى | الغرق | غرق شد | غرق شدند | غرق شده | غرق شده‌اند | drowned | drowning
event summons: فراخوانده شد | فراخوانده شده | فراخوانده شده بود | احضار شد
event takeover: سيطر | سيطرت | سيطروا | سيطرة على
event eviction: تهجير | تهجير قسري | إخلاء قسري | أوامر طرد | أوامر إخلاء | کوچ اجباری | کوچ دادن | کوچ داده | کوچ داده شده | اخراج اجباری | evicted | eviction | evictions | forcibly displaced | forced displacement | forcibly evicted
event annexation: الضم | ضمیمه کرد | ضمیمه شد | به خاک خود ملحق کرد | annexed | annexation | annexing
event sentence: حكم بالإعدام | حكما بالإعدام | حكماً بالإعدام | حكم بإعدام | حكما بإعدام | حكماً بإعدام | أحكام بالإعدام | أحكاما بالإعدام | حكم بالسجن | حكما بالسجن | حكماً بالسجن | أحكام بالسجن | قضت المحكمة | حكمت المحكمة | حكم عليه | حكم عليها | حكم عليهم | صدر حكم | أصدرت حكما | أصدرت حكماً
event sentence: به اعدام محکوم | به اعدام محکوم شد | به اعدام محکوم شدند | به اعدام محکوم کرد | به زندان محکوم | به زندان محکوم شد | به حبس محکوم | به حبس محکوم شد | محکوم به اعدام | محکوم به زندان | حکم اعدام | احکام اعدام | حکم زندان | حکم حبس
event sentence: sentenced | sentencing | sentenced to death | death sentence | death sentences | prison sentence | jail sentence | prison term | jail term | convicted | conviction
event designation: قائمة الإرهاب | لائحة الإرهاب | قائمة المنظمات الإرهابية | لائحة المنظمات الإرهابية | قوائم الإرهاب | على قائمة الإرهاب | فهرست تروریستی | فهرست گروه‌های تروریستی | فهرست گروههای تروریستی | فهرست سازمان‌های تروریستی | فهرست سازمانهای تروریستی | فهرست تروریسم
event designation: به عنوان سازمان تروریستی | به عنوان یک سازمان تروریستی | به عنوان گروه تروریستی | به عنوان یک گروه تروریستی | به‌عنوان سازمان تروریستی | به‌عنوان یک سازمان تروریستی | به‌عنوان گروه تروریستی | به‌عنوان یک گروه تروریستی | as a terrorist organization | as a terrorist organisation | as a terrorist group | as a terrorist entity | as a foreign terrorist organization | منظمة إرهابية أجنبية | كمنظمة إرهابية | كجماعة إرهابية
event designation: designated | designation | terrorist list | terror list | blacklisted | blacklisting | listed as a terrorist | terrorist designation
event hack: hacked | hack | hacking | cyberattack | cyberattacks | cyber attack | cyber attacks | cyber-attack | هجوم إلكتروني | هجمات إلكترونية | هجوم سيبراني | هجمات سيبرانية | قرصنة | اخترق | اخترقوا | اختراق حساب | اختراق البريد | حمله سایبری | حملات سایبری | هک | هک شد | هک کرد | هک کردند | هک شده
event severance: قطع العلاقات | قطع علاقاتها | قطعت علاقاتها | قطع علاقاته | قطع علاقاتهم | قطع العلاقات الدبلوماسية | قطع رابطه | قطع روابط | قطع روابط دیپلماتیک | قطع رابطه دیپلماتیک | cut ties | cut off ties | cut diplomatic ties | severed ties | severed diplomatic ties | broke off relations | broke off diplomatic relations | severing ties
event takeover: تحت سيطرة | تحت سيطرتها | تحت سيطرته | تحت سيطرتهم | بسط سيطرتها | بسط سيطرته | روی کار آمدن | روی کار آمدند | روی کار آمد | تسلط | تسلط دوباره | took back control | regained control | seized control | gained control | taking control
event withdrawal: سحب سفيرها | سحب السفير | سحب سفيره | سحب أعضاء بعثتها | سحب بعثتها | سحب البعثة | سحب دبلوماسييها | سفیر خود را فراخواند | recalled its ambassador | recalled its envoy | recalled the ambassador | recalled its diplomats | withdrew its diplomats | withdrew its ambassador
# shots fired, buildings stormed («اقتحم»); the dual of Arabic event nouns («انفجارين وقعا»); Persian plural + indefinite («حملاتی»)
event attack: إطلاق النار | إطلاق نار | أطلق النار | أطلقت النار | أطلقوا النار | اطلق النار | اطلقت النار | اطلقوا النار | فتح النار | فتحوا النار | اقتحم | اقتحمت | اقتحموا | اقتحام | هجومين | هجومان | الهجومين | الهجومان | انفجارين | انفجاران | الانفجارين | الانفجاران | تفجيرين | تفجيران | التفجيرين | التفجيران
event attack: آتش گشود | آتش گشودند | یورش | یورش برد | یورش بردند | حملاتی | حمله‌هایی | انفجارهایی
event attack: opened fire | open fire | opening fire
event strike: غارتين | غارتان | الغارتين | الغارتان | ضربتين@ar | الضربتين@ar
# killed by gunfire or as a "liquidation"; lives taken or lost
event killing: gunned down | shot dead | shot and killed | تصفيته | تصفيتهم | تصفيتها | أودى بحياة | أودت بحياة | حصد أرواح
event death: مصرع | lost their lives | lost his life | lost her life | فقدوا حياتهم | فقد حياته | فقدت حياتها
# ships and trains seized by force
event arrest: seizure | hijacked | hijacking | اختطاف سفينة | احتجاز السفينة | احتجاز سفينة | توقیف
# taken to hospital, with the article or in the feminine and plural
event hospitalisation: taken to the hospital | rushed to the hospital | transported to the hospital | transported to hospital | transferred to hospital | transferred to the hospital | admitted to the hospital | نقلت إلى المستشفى | نقلوا إلى المستشفى | نقلت إلى مستشفى | نقلوا إلى مستشفى | أدخلت المستشفى | أدخلت إلى المستشفى | أدخلوا المستشفى | دخلت المستشفى | به بیمارستان برده | به بیمارستان اعزام | به شفاخانه برده | به شفاخانه اعزام
# bombs that went off, bombers who blew themselves up, missiles test-fired
event attack: exploded | blew himself up | blew herself up | blew themselves up | انفجرت | انفجر | فجر نفسه | فجرا نفسيهما | منفجر شد | منفجر شدند | منفجر کرد | منفجر کردند | هدف گلوله
event launch: test-fired | test fired | test-fire | آزمایش موشکی | تجربة صاروخية
# shot and wounded
event injury: was shot | were shot
# the other persons and genders of verbs the lexicon has («أعدم», «ربوده»), and expelling an envoy
event killing: أعدمت | أعدموا
event arrest: ربود | ربودند
event deportation: طردت | طردوا
event protest: تظاهر | تظاهروا | took to the streets
# people evacuated («إجلاء»; «إخلاء» empties a building), towns and positions captured
event evacuation: إجلاء | الإجلاء | أجلى | أجلوا | تم إجلاء
event takeover: captured | recaptured
# inaugurations and funerals
event ceremony: inauguration | inaugurated | تنصيب | حفل تنصيب | مراسم تنصيب | حفل التنصيب | مراسم تحلیف | تحلیف
event ceremony: funeral | funerals | mourned | burial | تشييع | جنازة | الجنازة | مراسم تشييع | تشییع | تشییع جنازه | مراسم تشییع | خاکسپاری | مراسم خاکسپاری
# phone conversations
event call: telephone conversation | phone conversation | phone conversations | telephone conversations | محادثة هاتفية | محادثات هاتفية | مكالمات هاتفية | تماس‌های تلفنی | مکالمه تلفنی
# lawsuits filed
event lawsuit: lawsuit | lawsuits | filed a lawsuit | filed suit | sued | دعوى قضائية | رفع دعوى | أقام دعوى | دعاوى قضائية | دعوای حقوقی | شکایت حقوقی | اقامه دعوا | طرح دعوا
# Persian set free in the perfect («آزاد شده‌اند») and let go («رها کردند»)
event release: آزاد شده | آزاد شده‌اند | آزاد شده است | آزاد کرده | آزاد کرده‌اند | آزاد کرده است | رها شده | رها شده‌اند | رها شدند | رها کرد | رها کردند
`;
