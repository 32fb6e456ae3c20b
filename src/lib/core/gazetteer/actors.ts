/**
 * The shipped gazetteer: actors and outlets, one per line.
 *
 *   id | kind | parent | en | ar | fa | aliases (;) | adjectives (;) | not followed by (;)
 *
 * `id` is the canonical English name used everywhere (CLI output, links, filters). `aliases`
 * lists every spelling met in the wild, in any language; `adjectives` are nationality/membership
 * adjectives ("روسي", "Pakistani") that let "مسؤول روسي" resolve to an anonymous Russian
 * official; `not followed by` lists words that turn a match into something else (القاعدة
 * العسكرية is a military base, not al-Qaeda). Kinds: state · organisation · person · outlet · agency.
 * A spelling ending in `!` is found only as written, capitals included: "US!" is the United States,
 * "let us" is not. Metonymy is data too: موسكو/مسکو stand for Russia, the Kremlin for the Russian presidency.
 */
export default `
# — states
Russia | state | - | Russia | روسيا | روسیه | موسكو; مسکو; Moscow; الروس; روسها; روس‌ها; Russian Federation; روسيا الاتحادية | روسي; الروسي; الروسية; روسية; روسی; Russian; Russians | -
Pakistan | state | - | Pakistan | باكستان | پاکستان | Islamabad; إسلام آباد; اسلام‌آباد; جمهوری اسلامی پاکستان; جمهورية باكستان الإسلامية; Islamic Republic of Pakistan | باكستاني; الباكستاني; الباكستانية; باكستانية; باكستانيون; باكستانيين; پاکستانی; Pakistani | -
United States | state | - | United States | الولايات المتحدة | آمریکا | أمريكا; أميركا; امریکا; ایالات متحده; ایالات متحده آمریکا; United States; USA!; U.S.!; America; Washington; واشنطن; واشنگتن | أمريكي; الأمريكي; الأمريكية; أمريكية; أميركي; الأميركي; الأميركية; الامريكى; آمریکایی; امریکایی; American | بوست; پست; Post
Afghanistan | state | - | Afghanistan | أفغانستان | افغانستان | Afghanistan; كابل; کابل; Kabul | أفغاني; الأفغاني; الأفغانية; أفغانية; افغان; افغانی; Afghan | -
Afghan Foreign Ministry | organisation | Afghan government | Afghan Foreign Ministry | وزارة الخارجية الأفغانية | وزارت امور خارجه افغانستان | الخارجية الأفغانية; Afghan foreign ministry; وزارت خارجه افغانستان; وزارت خارجهٔ افغانستان | - | -
Afghan government | organisation | Afghanistan | Afghan government | الحكومة الأفغانية | دولت افغانستان | interim Afghan government; Afghan interim government; interim government of Afghanistan; الحكومة الأفغانية المؤقتة; الحكومة المؤقتة في أفغانستان; جمهوری اسلامی افغانستان; الجمهورية الإسلامية الأفغانية; جمهورية أفغانستان الإسلامية; Islamic Republic of Afghanistan; حكومة كابل; الحكومة الأفغانية السابقة; دولت کابل; حکومت سرپرست; حکومت سرپرست افغانستان; دولت سرپرست افغانستان; Afghan government; Afghanistan's caretaker government | - | -
Soviet Union | state | - | Soviet Union | الاتحاد السوفيتي | اتحاد جماهیر شوروی | الاتحاد السوفياتي; اتحاد شوروی; شوروی; USSR; Soviet Union | السوفياتي; السوفيتي; السوفييتي; سوفيتية; السوفيتية; السوفياتية; شوروی; Soviet | -
Iran | state | - | Iran | إيران | ایران | طهران; تهران; Tehran; Iran; جمهوری اسلامی; جمهوری اسلامی ایران; الجمهورية الإسلامية; الجمهورية الإسلامية الإيرانية; جمهورية إيران الإسلامية; Islamic Republic of Iran; Islamic Republic! | إيراني; الإيراني; الإيرانية; ایرانی; Iranian | -
China | state | - | China | الصين | چین | بكين; پکن; Beijing; China | صيني; الصيني; الصينية; چینی; Chinese | -
India | state | - | India | الهند | هند | نيودلهي; دهلی نو; New Delhi; India | هندي; الهندي; الهندية; هندی; Indian | -
Syria | state | - | Syria | سوريا | سوریه | سورية; دمشق; Damascus; Syria | سوري; السوري; السورية; سوری; Syrian | -
Tajikistan | state | - | Tajikistan | طاجيكستان | تاجیکستان | طاجاكستان; طاجكستان; دوشنبه; دوشمبي; Dushanbe; Tajikistan | طاجيكي; الطاجيكية; الطاجاكستانية; تاجیک; Tajik | -
Uzbekistan | state | - | Uzbekistan | أوزبكستان | ازبکستان | Uzbekistan; ازبیکستان; اوزبکستان; تاشکند; طشقند; Tashkent | أوزبكي; الأوزبكي; الأوزبكية; أوزبكية; ازبک; ازبیک; ازبکی; اوزبک; Uzbek | -
Kurdistan Region | state | Iraq | Kurdistan Region | إقليم كردستان | اقلیم کردستان | إقليم كردستان العراق; كردستان العراق; إقليم كوردستان; اقلیم کردستان عراق; کردستان عراق; حكومة إقليم كردستان; حكومة الإقليم; دولت اقلیم کردستان; Kurdistan Region; Kurdistan region; Iraqi Kurdistan; Kurdistan Regional Government; KRG! | كردستاني; الكردستاني; الكردستانية; کردستانی | -
Turkmenistan | state | - | Turkmenistan | تركمانستان | ترکمنستان | Turkmenistan | - | -
United Kingdom | state | - | United Kingdom | بريطانيا | بریتانیا | المملكة المتحدة; لندن; انگلیس; United Kingdom; Britain; UK!; London | بريطاني; البريطاني; البريطانية; بريطانية; انگلیسی; بریتانیایی; British | -
# — state bodies
Kremlin | organisation | Russia | Kremlin | الكرملين | کرملین | الكريملين; Kremlin | - | -
Russian Foreign Ministry | organisation | Russia | Russian Foreign Ministry | وزارة الخارجية الروسية | وزارت امور خارجه روسیه | الخارجية الروسية; وزارت امورخارجه روسیه; وزارت خارجه روسیه; Russian Foreign Ministry; Russian foreign ministry | - | -
Russian Defence Ministry | organisation | Russia | Russian Defence Ministry | وزارة الدفاع الروسية | وزارت دفاع روسیه | الدفاع الروسية; Russian Defence Ministry; Russian Defense Ministry | - | -
Igor Konashenkov | person | Russian Defence Ministry | Igor Konashenkov | إيغور كوناشينكوف | ایگور کوناشنکوف | إيجور كوناشينكوف; كوناشينكوف; كوناشنكوف; Konashenkov | - | -
Igor Morgulov | person | Russian Foreign Ministry | Igor Morgulov | إيغور مورغولوف | ایگور مورگولوف | إيجور مورجولوف; مورجولوف; مورغولوف; Morgulov | - | -
Afghan intelligence | organisation | Afghan government | National Directorate of Security | جهاز الاستخبارات الأفغاني | امنیت ملی افغانستان | الاستخبارات الأفغانية; ریاست امنیت ملی; NDS | - | -
ISI | organisation | Pakistan | Inter-Services Intelligence | الاستخبارات الباكستانية | سازمان اطلاعات پاکستان | المخابرات الباكستانية; آی‌اس‌آی; ISI | - | -
Pakistani Foreign Ministry | organisation | Pakistan | Pakistani Foreign Ministry | الخارجية الباكستانية | وزارت خارجه پاکستان | وزارة الخارجية الباكستانية; Pakistan Foreign Office | - | -
Iranian Foreign Ministry | organisation | Iran | Iranian Foreign Ministry | الخارجية الإيرانية | وزارت امور خارجه ایران | وزارة الخارجية الإيرانية; وزارت خارجه ایران; Iranian Foreign Ministry | - | -
US State Department | organisation | United States | US State Department | وزارة الخارجية الأمريكية | وزارت امور خارجه آمریکا | الخارجية الأمريكية; الخارجية الأميركية; وزارة الخارجية الأميركية; وزارت خارجه آمریکا; State Department; US Department of State; U.S. Department of State; Department of State; US State Department | - | -
CIA | organisation | United States | CIA | وكالة المخابرات المركزية الأمريكية | سیا | سازمان سیا; سي آي إيه; الاستخبارات المركزية الأمريكية; CIA | - | -
FBI | organisation | United States | Federal Bureau of Investigation | مكتب التحقيقات الفيدرالي | اداره تحقیقات فدرال | FBI!; F.B.I.; Federal Bureau of Investigation; مكتب التحقيقات الفدرالي; إف بي آي; اف‌بی‌آی; اف بی آی; ادارۀ تحقیقات فدرال; اداره تحقیقات فدرال آمریکا; پلیس فدرال آمریکا | - | -
Fifth Fleet | organisation | United States | US Fifth Fleet | الأسطول الخامس | ناوگان پنجم | Fifth Fleet; US Fifth Fleet; NAVCENT; Naval Forces Central Command; الأسطول الخامس الأمريكي; الأسطول الأمريكي الخامس; ناوگان پنجم آمریکا; ناوگان پنجم نیروی دریایی آمریکا | - | -
US Central Command | organisation | United States | US Central Command | القيادة المركزية الأمريكية | فرماندهی مرکزی آمریکا | CENTCOM!; سنتکام; سنتكوم; القيادة المركزية الأميركية; القيادة المركزية للجيش الأمريكي; فرماندهی مرکزی ارتش آمریکا; فرماندهی مرکزی ایالات متحده; US Central Command; U.S. Central Command; Central Command | - | -
Pentagon | organisation | United States | Pentagon | البنتاغون | پنتاگون | البنتاجون; Pentagon; Defense Department; Department of Defense; US Department of Defense; Defence Department; وزارة الدفاع الأمريكية; وزارة الدفاع الأميركية; وزارت دفاع آمریکا; وزارت دفاع امریکا | - | -
US Justice Department | organisation | United States | US Justice Department | وزارة العدل الأمريكية | وزارت دادگستری آمریکا | Justice Department; Department of Justice; US Department of Justice; وزارة العدل الأميركية; وزارت دادگستری امریکا | - | -
Saudi Aramco | organisation | Saudi Arabia | Saudi Aramco | أرامكو السعودية | آرامکو عربستان | Aramco; Saudi Aramco; أرامكو; آرامكو; شركة أرامكو; آرامکو | - | -
Royal Canadian Mounted Police | organisation | Canada | Royal Canadian Mounted Police | شرطة الخيالة الملكية الكندية | پلیس سواره سلطنتی کانادا | RCMP; Royal Canadian Mounted Police | - | -
US Congress | organisation | United States | US Congress | الكونغرس | کنگره | الكونجرس; Congress | - | -
# — people
Vladimir Putin | person | Kremlin | Vladimir Putin | فلاديمير بوتين | ولادیمیر پوتین | بوتين; پوتین; الرئيس الروسي; رئيس روسيا; رئیس جمهوری روسیه; رئیس‌جمهور روسیه; رئیس جمهور روسیه; Putin; Russian President | - | -
Dmitry Peskov | person | Kremlin | Dmitry Peskov | ديمتري بيسكوف | دمیتری پسکوف | بيسكوف; پسکوف; Peskov | - | -
Sergey Lavrov | person | Russian Foreign Ministry | Sergey Lavrov | سيرغي لافروف | سرگئی لاوروف | لافروف; لاوروف; Lavrov | - | -
Maria Zakharova | person | Russian Foreign Ministry | Maria Zakharova | ماريا زاخاروفا | ماریا زاخارووا | زاخاروفا; زاخارووا; زاخاروا; Zakharova | - | -
Zamir Kabulov | person | Kremlin | Zamir Kabulov | زامير كابولوف | ضمیر کابلوف | كابولوف; كابلوف; کابلوف; کابولوف; زمیر کابلوف; Kabulov | - | -
Akhtar Mansour | person | Taliban | Akhtar Mansour | أختر منصور | اختر منصور | الملا أختر منصور; الملا اختر محمد منصور; ملا اختر منصور; ملا منصور; الملا منصور; منصور; Mansour; Mullah Mansour; Akhtar Mohammad Mansour | - | -
Mullah Omar | person | Taliban | Mullah Omar | الملا عمر | ملا عمر | الملا محمد عمر; ملا محمد عمر; الملا عمر مجاهد; Mullah Omar; Mullah Mohammad Omar | - | -
Zabihullah Mujahid | person | Taliban | Zabihullah Mujahid | ذبيح الله مجاهد | ذبیح‌الله مجاهد | ذبیح الله مجاهد; Zabihullah Mujahid | - | -
Bilal Karimi | person | Taliban | Bilal Karimi | بلال كريمي | بلال کریمی | Bilal Karimi | - | -
Suhail Shaheen | person | Taliban | Suhail Shaheen | سهيل شاهين | سهیل شاهین | Suhail Shaheen | - | -
Hibatullah Akhundzada | person | Taliban | Hibatullah Akhundzada | هبة الله أخوند زاده | هبت‌الله آخوندزاده | هبت الله آخوندزاده; Akhundzada | - | -
Hamid Karzai | person | Afghan government | Hamid Karzai | حامد كرزاي | حامد کرزی | كرزاي; کرزی; Karzai | - | -
Abdullah Abdullah | person | Afghan government | Abdullah Abdullah | عبد الله عبد الله | عبدالله عبدالله | Abdullah Abdullah | - | -
Gulbuddin Hekmatyar | person | Hezb-e Islami | Gulbuddin Hekmatyar | قلب الدين حكمتيار | گلبدین حکمتیار | حكمتيار; حکمتیار; Hekmatyar | - | -
Hezb-e Islami | organisation | - | Hezb-e Islami | الحزب الإسلامي الأفغاني | حزب اسلامی افغانستان | Hezb-e Islami | - | -
Sirajuddin Haqqani | person | Haqqani network | Sirajuddin Haqqani | سراج الدين حقاني | سراج‌الدین حقانی | سراج الدین حقانی; Sirajuddin Haqqani | - | -
Haqqani network | organisation | Taliban | Haqqani network | شبكة حقاني | شبکه حقانی | Haqqani network | - | -
Abdul Ghani Baradar | person | Taliban | Abdul Ghani Baradar | عبد الغني برادر | عبدالغنی برادر | الملا برادر; ملا برادر; Baradar | - | -
Zalmay Khalilzad | person | US State Department | Zalmay Khalilzad | زلماي خليل زاد | زلمی خلیلزاد | خليل زاد; خلیلزاد; زلمی خلیل‌زاد; Khalilzad | - | -
John Nicholson | person | United States | John Nicholson | جون نيكولسون | جان نیکلسون | نيكولسون; Nicholson | - | -
Imran Khan | person | Pakistan | Imran Khan | عمران خان | عمران خان | Imran Khan | - | -
Ashraf Ghani | person | Afghan government | Ashraf Ghani | أشرف غني | اشرف غنی | Ashraf Ghani | - | -
Abu Mohammad al-Jolani | person | Hayat Tahrir al-Sham | Abu Mohammad al-Jolani | أبو محمد الجولاني | ابومحمد جولانی | الجولاني; أبو محمد الجولاني; ابو محمد جولانی; جولانی; al-Jolani; al-Julani; Jolani | - | -
Ayman al-Zawahiri | person | al-Qaeda | Ayman al-Zawahiri | أيمن الظواهري | ایمن الظواهری | الظواهري; Zawahiri | - | -
Abu Bakr al-Baghdadi | person | ISIS | Abu Bakr al-Baghdadi | أبو بكر البغدادي | ابوبکر البغدادی | البغدادي; Baghdadi | - | -
# — armed organisations
Taliban | organisation | -; Afghanistan from 2021-08-15 | Taliban | طالبان | طالبان | حركة طالبان; حركة طالبان الأفغانية; طالبان الأفغانية; الإمارة الإسلامية; إمارة أفغانستان الإسلامية; امارت اسلامی; گروه طالبان; Taliban; the Taliban; Islamic Emirate | - | الباكستانية; باكستان; پاکستان; Pakistan
Tehrik-i-Taliban Pakistan | organisation | - | Tehrik-i-Taliban Pakistan | حركة طالبان باكستان | تحریک طالبان پاکستان | طالبان الباكستانية; طالبان باكستان; طالبان پاکستان; Pakistani Taliban; TTP | - | -
ISIS | organisation | - | Islamic State | داعش | داعش | تنظيم داعش; تنظيم الدولة; تنظيم الدولة الإسلامية; الدولة الإسلامية; الدولة الاسلامية في العراق والشام; دولت اسلامی; ولاية خراسان; ISIS; ISIL; Islamic State; Daesh; ISKP; ISIS-K; IS-K | - | -
al-Qaeda | organisation | - | al-Qaeda | القاعدة | القاعده | تنظيم القاعدة; al-Qaeda; al-Qaida; Al Qaeda | - | العسكرية; الجوية; البحرية; الأمريكية; الروسية
Hayat Tahrir al-Sham | organisation | - | Hayat Tahrir al-Sham | هيئة تحرير الشام | هیئت تحریر الشام | تحرير الشام; جبهة النصرة; النصرة; جبهة فتح الشام; HTS; Hayat Tahrir al-Sham | - | -
Hamas | organisation | - | Hamas | حماس | حماس | حركة حماس; حركة المقاومة الإسلامية; حركة المقاومة الإسلامية حماس; جنبش حماس; جنبش مقاومت اسلامی حماس; Hamas | - | -
Palestinian Islamic Jihad | organisation | - | Palestinian Islamic Jihad | حركة الجهاد الإسلامي | جنبش جهاد اسلامی | الجهاد الإسلامي في فلسطين; حركة الجهاد الإسلامي في فلسطين; جهاد اسلامی فلسطین; Palestinian Islamic Jihad; Islamic Jihad | - | -
Fatah | organisation | - | Fatah | حركة فتح | جنبش فتح | Fatah | - | -
Palestinian Authority | organisation | - | Palestinian Authority | السلطة الفلسطينية | تشکیلات خودگردان فلسطین | السلطة الوطنية الفلسطينية; Palestinian Authority | - | -
Popular Mobilization Forces | organisation | - | Popular Mobilization Forces | الحشد الشعبي | حشد الشعبی | هيئة الحشد الشعبي; قوات الحشد الشعبي; نیروهای حشد الشعبی; Popular Mobilization Forces; Popular Mobilisation Forces; PMF!; Hashd al-Shaabi | - | -
Kataib Hezbollah | organisation | - | Kataib Hezbollah | كتائب حزب الله | کتائب حزب‌الله | كتائب حزب الله العراقية; کتائب حزب الله; Kataib Hezbollah; Kata'ib Hezbollah | - | -
Syrian Democratic Forces | organisation | - | Syrian Democratic Forces | قوات سوريا الديمقراطية | نیروهای دموکراتیک سوریه | قسد; Syrian Democratic Forces; SDF! | - | -
Polisario Front | organisation | - | Polisario Front | جبهة البوليساريو | جبهه پولیساریو | البوليساريو; Polisario Front; Polisario | - | -
Hezbollah | organisation | - | Hezbollah | حزب الله | حزب‌الله | حزب الله اللبناني; Hezbollah | - | -
Lashkar-e-Taiba | organisation | - | Lashkar-e-Taiba | لشكر طيبة | لشکر طیبه | Lashkar-e-Taiba | - | -
Jaish-e-Mohammed | organisation | - | Jaish-e-Mohammed | جيش محمد | جیش محمد | Jaish-e-Mohammed | - | -
NATO | organisation | - | NATO | الناتو | ناتو | حلف شمال الأطلسي; حلف الناتو; NATO | - | -
United Nations | organisation | - | United Nations | الأمم المتحدة | سازمان ملل | سازمان ملل متحد; الأمم المتحدة; United Nations; UN!; U.N.! | أممي; الأممية | -
UN Security Council | organisation | United Nations | UN Security Council | مجلس الأمن الدولي | شورای امنیت سازمان ملل | مجلس الأمن; شورای امنیت; Security Council | - | -
National Security Council | organisation | - | National Security Council | مجلس الأمن القومي | شورای امنیت ملی | مجلس الامن القومي; National Security Council; NSC! | - | -
European Union | organisation | - | European Union | الاتحاد الأوروبي | اتحادیه اروپا | الاتحاد الاوروبي; اتحادیهٔ اروپا; EU!; European Union | أوروبي; الأوروبي; الأوروبية; اروپایی; European | -
African Union | organisation | - | African Union | الاتحاد الأفريقي | اتحادیه آفریقا | الاتحاد الإفريقي; African Union | - | -
Arab League | organisation | - | Arab League | جامعة الدول العربية | اتحادیه عرب | الجامعة العربية; Arab League | - | -
Gulf Cooperation Council | organisation | - | Gulf Cooperation Council | مجلس التعاون الخليجي | شورای همکاری خلیج فارس | مجلس التعاون لدول الخليج العربية; GCC | - | -
IAEA | organisation | United Nations | International Atomic Energy Agency | الوكالة الدولية للطاقة الذرية | آژانس بین‌المللی انرژی اتمی | آژانس بین المللی انرژی اتمی; آژانس بینالمللی انرژی اتمی; آژانس انرژی اتمی; وكالة الطاقة الذرية; الوكالة الدولية للطاقة; IAEA; International Atomic Energy Agency; UN nuclear watchdog; the UN atomic watchdog | - | -
World Food Programme | organisation | United Nations | World Food Programme | برنامج الأغذية العالمي | برنامه جهانی غذا | World Food Programme; World Food Program; WFP! | - | -
Afghanistan Independent Human Rights Commission | organisation | - | Afghanistan Independent Human Rights Commission | اللجنة الأفغانية المستقلة لحقوق الإنسان | کمیسیون مستقل حقوق بشر افغانستان | کمیسیون حقوق بشر افغانستان; Afghan Human Rights Commission; Afghanistan Independent Human Rights Commission; AIHRC | - | -
UNAMA | organisation | United Nations | UN Assistance Mission in Afghanistan | بعثة الأمم المتحدة لمساعدة أفغانستان | یوناما | يوناما; دفتر یوناما; هیئت معاونت سازمان ملل در افغانستان; UNAMA; United Nations Assistance Mission in Afghanistan | - | -
Organisation of Islamic Cooperation | organisation | - | Organisation of Islamic Cooperation | منظمة التعاون الإسلامي | سازمان همکاری اسلامی | Organisation of Islamic Cooperation; Organization of Islamic Cooperation; OIC! | - | -
World Health Organization | organisation | United Nations | World Health Organization | منظمة الصحة العالمية | سازمان بهداشت جهانی | World Health Organization | - | -
UNHCR | organisation | United Nations | UN refugee agency | المفوضية السامية للأمم المتحدة لشؤون اللاجئين | کمیساریای عالی سازمان ملل در امور پناهندگان | مفوضية اللاجئين; UNHCR | - | -
International Criminal Court | organisation | - | International Criminal Court | المحكمة الجنائية الدولية | دیوان کیفری بین‌المللی | دیوان بین‌المللی کیفری; ICC; International Criminal Court | - | -
Red Cross | organisation | - | International Committee of the Red Cross | اللجنة الدولية للصليب الأحمر | کمیته بین‌المللی صلیب سرخ | الصليب الأحمر; صلیب سرخ; ICRC; Red Cross | - | -
White House | organisation | United States | White House | البيت الأبيض | کاخ سفید | White House | - | -
Houthis | organisation | - | Houthis | الحوثيون | حوثی‌ها | أنصار الله; جماعة أنصار الله; الحوثيين; جماعة الحوثي; الحوثي; انصارالله; انصار الله; حوثی ها; حوثیها; Ansar Allah; Houthi; Houthi rebels; the Houthis | حوثي; الحوثية; Houthi | -
IRGC | organisation | Iran | Islamic Revolutionary Guard Corps | الحرس الثوري | سپاه پاسداران | الحرس الثوري الإيراني; سپاه پاسداران انقلاب اسلامی; سپاه; IRGC; Revolutionary Guards; Revolutionary Guard; Revolutionary Guards Corps; Revolutionary Guard Corps; Islamic Revolutionary Guards Corps; Islamic Revolutionary Guard Corps; الحرس; Sepah! | - | الوطني; الحدود; الجمهوري; الملكي; الخاص; الرئاسي; الأمني; الشخصي; الشعبي; القديم; السوري; العراقي; السعودي; الكويتي; الإماراتي; البحريني
Quds Force | organisation | IRGC | Quds Force | فيلق القدس | نیروی قدس | Quds Force | - | -
Israeli army | organisation | Israel | Israel Defense Forces | الجيش الإسرائيلي | ارتش اسرائیل | جيش الاحتلال; ارتش رژیم صهیونیستی; IDF; Israel Defense Forces; Israeli military | - | -
Mossad | organisation | Israel | Mossad | الموساد | موساد | Mossad | - | -
PKK | organisation | - | Kurdistan Workers' Party | حزب العمال الكردستاني | پ‌ک‌ک | پ ک ک; PKK; Kurdistan Workers' Party; Kurdistan Workers Party; Kurdistan Workers’ Party; حزب کارگران کردستان; العمال الكردستاني | - | -
HPG | organisation | PKK | People's Defence Forces | قوات الدفاع الشعبي | نیروهای دفاع خلق | HPG; People's Defense Forces; People's Defence Forces; قوات الدفاع الشعبية; هێزەکانی پاراستنی گەل | - | -
SDF | organisation | - | Syrian Democratic Forces | قوات سوريا الديمقراطية | نیروهای دموکراتیک سوریه | قسد; SDF; Syrian Democratic Forces | - | -
Wagner Group | organisation | - | Wagner Group | فاغنر | واگنر | مجموعة فاغنر; گروه واگنر; Wagner | - | -
al-Shabaab | organisation | - | al-Shabaab | حركة الشباب | الشباب | الشباب المجاهدين; al-Shabaab; Al Shabaab | - | -
Boko Haram | organisation | - | Boko Haram | بوكو حرام | بوکوحرام | Boko Haram | - | -
Muslim Brotherhood | organisation | - | Muslim Brotherhood | الإخوان المسلمين | اخوان المسلمین | جماعة الإخوان; الإخوان; Muslim Brotherhood | - | -
UNICEF | organisation | United Nations | UNICEF | اليونيسف | یونیسف | منظمة الأمم المتحدة للطفولة; UNICEF | - | -
WFP | organisation | United Nations | World Food Programme | برنامج الأغذية العالمي | برنامه جهانی غذا | WFP; World Food Programme; World Food Program | - | -
UNRWA | organisation | United Nations | UNRWA | الأونروا | آنروا | UNRWA | - | -
OHCHR | organisation | United Nations | UN human rights office | مفوضية الأمم المتحدة لحقوق الإنسان | دفتر حقوق بشر سازمان ملل | OHCHR | - | -
Amnesty International | organisation | - | Amnesty International | منظمة العفو الدولية | عفو بین‌الملل | سازمان عفو بین الملل; Amnesty International; Amnesty | - | -
Human Rights Watch | organisation | - | Human Rights Watch | هيومن رايتس ووتش | دیده‌بان حقوق بشر | دیدبان حقوق بشر; Human Rights Watch; HRW | - | -
Lebanese Forces | organisation | - | Lebanese Forces | القوات اللبنانية | حزب نیروهای لبنانی | حزب القوات اللبنانية; Lebanese Forces!; Lebanese Forces party | - | -
Amal Movement | organisation | - | Amal Movement | حركة أمل | جنبش امل | Amal Movement; Amal movement | - | -
Free Patriotic Movement | organisation | - | Free Patriotic Movement | التيار الوطني الحر | جریان آزاد ملی | Free Patriotic Movement | - | -
Kurdistan Democratic Party | organisation | - | Kurdistan Democratic Party | الحزب الديمقراطي الكردستاني | حزب دموکرات کردستان عراق | KDP!; Kurdistan Democratic Party | - | الإيراني; ایران
Democratic Party of Iranian Kurdistan | organisation | - | Democratic Party of Iranian Kurdistan | الحزب الديمقراطي الكردستاني الإيراني | حزب دموکرات کردستان ایران | KDPI!; PDKI!; Democratic Party of Iranian Kurdistan | - | -
Patriotic Union of Kurdistan | organisation | - | Patriotic Union of Kurdistan | الاتحاد الوطني الكردستاني | اتحادیه میهنی کردستان | PUK!; Patriotic Union of Kurdistan | - | -
Pakistan Tehreek-e-Insaf | organisation | - | Pakistan Tehreek-e-Insaf | حركة الإنصاف الباكستانية | تحریک انصاف پاکستان | PTI!; Tehreek-e-Insaf; Pakistan Tehreek-e-Insaf; حزب حركة الإنصاف; حزب تحریک انصاف; حزب إنصاف | - | -
Pakistan Muslim League-N | organisation | - | Pakistan Muslim League-Nawaz | الرابطة الإسلامية الباكستانية جناح نواز | حزب مسلم لیگ نواز | PML-N!; Pakistan Muslim League-Nawaz; Pakistan Muslim League (Nawaz); مسلم لیگ نواز | - | -
Sadrist Movement | organisation | - | Sadrist Movement | التيار الصدري | جریان صدر | Sadrist Movement; Sadrist movement; جریان صدری | - | -
Ennahda | organisation | - | Ennahda | حركة النهضة | جنبش النهضه | Ennahda; Ennahda Movement; جنبش نهضت تونس | - | -
ISPR | organisation | Pakistan | Inter-Services Public Relations | العلاقات العامة للجيش الباكستاني | روابط عمومی ارتش پاکستان | ISPR!; آی‌اس‌پی‌آر; آی اس پی آر; Inter-Services Public Relations; الجناح الإعلامي للجيش الباكستاني | - | -
Shin Bet | organisation | Israel | Shin Bet | الشاباك | شین بت | Shin Bet; Shabak; جهاز الأمن العام الإسرائيلي; شاباک; سرویس امنیت داخلی اسرائیل | - | -
OPCW | organisation | - | Organisation for the Prohibition of Chemical Weapons | منظمة حظر الأسلحة الكيميائية | سازمان منع سلاح‌های شیمیایی | OPCW!; سازمان منع گسترش سلاح‌های شیمیایی; Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons | - | -
IOM | organisation | United Nations | International Organization for Migration | المنظمة الدولية للهجرة | سازمان بین‌المللی مهاجرت | IOM!; International Organization for Migration; سازمان بین المللی مهاجرت | - | -
OCHA | organisation | United Nations | UN Office for the Coordination of Humanitarian Affairs | مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية | دفتر هماهنگی امور بشردوستانه سازمان ملل | OCHA!; أوتشا; اوچا | - | -
MSF | organisation | - | Doctors Without Borders | أطباء بلا حدود | پزشکان بدون مرز | MSF!; Médecins Sans Frontières; Doctors Without Borders; منظمة أطباء بلا حدود | - | -
Syrian Observatory for Human Rights | organisation | - | Syrian Observatory for Human Rights | المرصد السوري لحقوق الإنسان | دیده‌بان حقوق بشر سوریه | SOHR!; Syrian Observatory for Human Rights; المرصد السوري; دیدبان حقوق بشر سوریه | - | -
Hengaw | organisation | - | Hengaw | منظمة هنغاو | سازمان حقوق بشری هەنگاو | Hengaw; هەنگاو; هنگاو; هنغاو | - | -
HRANA | agency | - | Human Rights Activists News Agency | وكالة هرانا | خبرگزاری هرانا | HRANA!; هرانا; مجموعه فعالان حقوق بشر در ایران | - | -
Qassam Brigades | organisation | Hamas | Izz ad-Din al-Qassam Brigades | كتائب القسام | گردان‌های قسام | Qassam Brigades; al-Qassam Brigades; كتائب عز الدين القسام; گردان‌های عزالدین قسام; گردانهای قسام | - | -
Al-Quds Brigades | organisation | Palestinian Islamic Jihad | Al-Quds Brigades | سرايا القدس | سرایا القدس | Al-Quds Brigades; Saraya al-Quds | - | -
Islamic Resistance in Iraq | organisation | - | Islamic Resistance in Iraq | المقاومة الإسلامية في العراق | مقاومت اسلامی عراق | Islamic Resistance in Iraq | - | -
Asaib Ahl al-Haq | organisation | - | Asaib Ahl al-Haq | عصائب أهل الحق | عصائب اهل الحق | Asaib Ahl al-Haq; العصائب | - | -
Harakat al-Nujaba | organisation | - | Harakat al-Nujaba | حركة النجباء | جنبش نجباء | Harakat al-Nujaba; Nujaba; حركة النجباء العراقية | - | -
Badr Organization | organisation | - | Badr Organization | منظمة بدر | سازمان بدر | Badr Organization; Badr Organisation | - | -
Jaish al-Adl | organisation | - | Jaish al-Adl | جيش العدل | جیش‌العدل | Jaish al-Adl; جیش العدل; Jaish ul-Adl | - | -
Baloch Liberation Army | organisation | - | Baloch Liberation Army | جيش تحرير بلوشستان | ارتش آزادی‌بخش بلوچستان | BLA!; Baloch Liberation Army; Balochistan Liberation Army; ارتش آزادیبخش بلوچ; ارتش آزادی‌بخش بلوچ; ارتش آزادیبخش بلوچستان | - | -
National Resistance Front | organisation | - | National Resistance Front of Afghanistan | جبهة المقاومة الوطنية | جبهه مقاومت ملی | NRF!; National Resistance Front; جبهه مقاومت ملی افغانستان; جبهة المقاومة الوطنية الأفغانية | - | -
Afghanistan Freedom Front | organisation | - | Afghanistan Freedom Front | جبهة الحرية الأفغانية | جبهه آزادی افغانستان | AFF!; Afghanistan Freedom Front | - | -
Komala | organisation | - | Komala | حزب كومله | حزب کومله | Komala; کومله; كومله | - | -
PJAK | organisation | - | PJAK | حزب الحياة الحرة الكردستاني | پژاک | PJAK!; حزب حیات آزاد کردستان; بيجاك | - | -
Peshmerga | organisation | Kurdistan Region | Peshmerga | البيشمركة | پیشمرگه | Peshmerga; قوات البيشمركة; نیروهای پیشمرگه | - | -
Basij | organisation | IRGC | Basij | الباسيج | سازمان بسیج | Basij; نیروی مقاومت بسیج; قوات الباسيج | - | -
AEOI | organisation | Iran | Atomic Energy Organization of Iran | منظمة الطاقة الذرية الإيرانية | سازمان انرژی اتمی ایران | AEOI!; منظمة الطاقة الذرية في إيران; Atomic Energy Organization of Iran | - | -
Supreme National Security Council | organisation | Iran | Supreme National Security Council | المجلس الأعلى للأمن القومي | شورای عالی امنیت ملی | SNSC!; Supreme National Security Council; المجلس الأعلى للأمن القومي الإيراني; شورای عالی امنیت ملی ایران | - | -
Guardian Council | organisation | Iran | Guardian Council | مجلس صيانة الدستور | شورای نگهبان | Guardian Council; Council of Guardians | - | -
Iranian parliament | organisation | Iran | Islamic Consultative Assembly | مجلس الشورى الإسلامي | مجلس شورای اسلامی | Majlis; Iranian parliament; البرلمان الإيراني; مجلس الشورى الإيراني | - | -
# — outlets and agencies
Al-Hadath | outlet | - | Al-Hadath | قناة الحدث | شبکه الحدث | Al-Hadath; Al Hadath; قناة الحدث السعودية | - | -
Asharq News | outlet | - | Asharq News | قناة الشرق | شبکه الشرق | Asharq News; الشرق للأخبار; قناة الشرق للأخبار | - | -
Alsumaria | outlet | - | Alsumaria | قناة السومرية | شبکه السومریه | Alsumaria; Al Sumaria; السومرية نيوز | - | -
Al-Ahram | outlet | Egypt | Al-Ahram | صحيفة الأهرام | روزنامه الاهرام | Al-Ahram; Ahram Online; بوابة الأهرام; جريدة الأهرام | - | -
Youm7 | outlet | Egypt | Youm7 | موقع اليوم السابع | پایگاه الیوم السابع | Youm7; صحيفة اليوم السابع | - | -
Al-Masry Al-Youm | outlet | Egypt | Al-Masry Al-Youm | صحيفة المصري اليوم | روزنامه المصری الیوم | Al-Masry Al-Youm; Egypt Independent; جريدة المصري اليوم | - | -
Rai Al-Youm | outlet | - | Rai Al-Youm | صحيفة رأي اليوم | روزنامه رأی الیوم | Rai Al-Youm; Rai al-Youm | - | -
The New Arab | outlet | - | The New Arab | العربي الجديد | العربی الجدید | The New Arab; Al-Araby Al-Jadeed; Al Araby Al Jadeed | - | -
Enab Baladi | outlet | - | Enab Baladi | عنب بلدي | عنب بلدی | Enab Baladi | - | -
Independent Arabia | outlet | - | Independent Arabia | اندبندنت عربية | ایندیپندنت عربی | Independent Arabia; إندبندنت عربية | - | -
Independent Persian | outlet | - | Independent Persian | اندبندنت فارسي | ایندیپندنت فارسی | Independent Persian; ایندیپندنت فارسی | - | -
ILNA | agency | Iran | ILNA | وكالة إيلنا | ایلنا | ILNA!; خبرگزاری ایلنا; خبرگزاری کار ایران | - | -
Mizan | agency | Iran | Mizan News Agency | وكالة ميزان | خبرگزاری میزان | Mizan Online; Mizan News Agency; خبرگزاری قوه قضاییه | - | -
Hamshahri | outlet | Iran | Hamshahri | صحيفة همشهري | روزنامه همشهری | Hamshahri; همشهری آنلاین | - | -
Etemad | outlet | Iran | Etemad | صحيفة اعتماد | روزنامه اعتماد | Etemad; Etemad newspaper | - | -
Shargh | outlet | Iran | Shargh | صحيفة شرق | روزنامه شرق | Shargh; Shargh Daily | - | -
Tabnak | outlet | Iran | Tabnak | موقع تابناك | پایگاه خبری تابناک | Tabnak; سایت تابناک | - | -
Khabar Online | outlet | Iran | Khabar Online | موقع خبر أونلاين | خبرآنلاین | Khabar Online; خبر آنلاین | - | -
Asr Iran | outlet | Iran | Asr Iran | موقع عصر إيران | سایت عصر ایران | Asr Iran; Asriran; پایگاه خبری عصر ایران | - | -
Entekhab | outlet | Iran | Entekhab | موقع انتخاب | پایگاه خبری انتخاب | Entekhab; سایت انتخاب | - | -
Jamaran | outlet | Iran | Jamaran | موقع جماران | پایگاه خبری جماران | Jamaran; جماران نیوز | - | -
IranWire | outlet | - | IranWire | إيران واير | ایران‌وایر | IranWire; Iran Wire; ایران وایر | - | -
Radio Zamaneh | outlet | - | Radio Zamaneh | راديو زمانه | رادیو زمانه | Radio Zamaneh | - | -
Manoto | outlet | - | Manoto | قناة منوتو | منوتو | Manoto; شبکه منوتو | - | -
Salam Watandar | outlet | Afghanistan | Salam Watandar | راديو سلام وطندار | سلام وطندار | Salam Watandar; رادیو سلام وطندار | - | -
ANI | agency | India | Asian News International | وكالة أنباء آسيا الدولية | خبرگزاری ای‌ان‌آی | ANI!; Asian News International | - | -
NDTV | outlet | India | NDTV | قناة إن دي تي في | ان‌دی‌تی‌وی | NDTV; اندیتیوی; ان دی تی وی | - | -
The Times of India | outlet | India | The Times of India | تايمز أوف إنديا | تایمز آو ایندیا | Times of India; The Times of India | - | -
Hindustan Times | outlet | India | Hindustan Times | هندوستان تايمز | هندوستان تایمز | Hindustan Times | - | -
IRIB | outlet | Iran | IRIB | هيئة الإذاعة والتلفزيون الإيرانية | صدا و سیما | IRIB!; صدا وسیما; صداوسیما; سازمان صدا و سیما | - | -
TRT | outlet | Turkey | TRT | تي آر تي | تی‌آر‌تی | TRT!; TRT World; تي ار تي عربي; تی آر تی | - | -
Axios | outlet | - | Axios | موقع أكسيوس | اکسیوس | أكسيوس; أكسيوس الأمريكي; Axios | - | -
Politico | outlet | - | Politico | بوليتيكو | پولیتیکو | مجلة بوليتيكو; پلتیکو; Politico | - | -
Bloomberg | outlet | - | Bloomberg | بلومبرغ | بلومبرگ | بلومبيرغ; بلومبرج; وكالة بلومبرغ; Bloomberg | - | -
The Wall Street Journal | outlet | - | The Wall Street Journal | وول ستريت جورنال | وال استریت ژورنال | صحيفة وول ستريت جورنال; وال‌استریت ژورنال; Wall Street Journal; The Wall Street Journal; WSJ! | - | -
Financial Times | outlet | - | Financial Times | فايننشال تايمز | فایننشال تایمز | فاينانشال تايمز; فايننشيال تايمز; فاینشنال تایمز; Financial Times; FT! | - | -
NBC News | outlet | - | NBC News | إن بي سي نيوز | ان‌بی‌سی نیوز | شبكة إن بي سي; ان بی سی; NBC News; NBC! | - | -
CBS News | outlet | - | CBS News | سي بي إس نيوز | سی‌بی‌اس نیوز | شبكة سي بي إس; سی بی اس; CBS News; CBS! | - | -
ABC News | outlet | - | ABC News | إيه بي سي نيوز | ای‌بی‌سی نیوز | شبكة إيه بي سي; ABC News; ABC! | - | -
Fox News | outlet | - | Fox News | فوكس نيوز | فاکس نیوز | شبكة فوكس نيوز; Fox News | - | -
Sky News | outlet | - | Sky News | سكاي نيوز | اسکای نیوز | سكاي نيوز عربية; Sky News; Sky News Arabia | - | -
Press TV | outlet | Iran | Press TV | برس تي في | پرس تی‌وی | پرس تی وی; Press TV; PressTV | - | -
Kayhan | outlet | Iran | Kayhan | صحيفة كيهان | روزنامه کیهان | Kayhan; کیهان تهران | - | -
Nournews | outlet | Iran | Nournews | نور نيوز | نورنیوز | Nour News; Nournews; نور نیوز | - | -
Mashregh News | outlet | Iran | Mashregh News | مشرق نيوز | مشرق نیوز | Mashregh; مشرق‌نیوز; خبرگزاری مشرق | - | -
Al-Monitor | outlet | - | Al-Monitor | المونيتور | المانیتور | موقع المونيتور; Al-Monitor; Al Monitor | - | -
Middle East Eye | outlet | - | Middle East Eye | ميدل إيست آي | میدل ایست آی | موقع ميدل إيست آي; Middle East Eye | - | -
The Economist | outlet | - | The Economist | الإيكونوميست | اکونومیست | مجلة الإيكونوميست; The Economist; Economist | - | -
Der Spiegel | outlet | - | Der Spiegel | دير شبيغل | اشپیگل | مجلة دير شبيغل; Der Spiegel; Spiegel | - | -
Le Monde | outlet | - | Le Monde | لوموند | لوموند فرانسه | صحيفة لوموند; روزنامه لوموند; Le Monde | - | -
Deutsche Welle | outlet | - | Deutsche Welle | دويتشه فيله | دویچه وله | DW!; Deutsche Welle | - | -
Euronews | outlet | - | Euronews | يورونيوز | یورونیوز | Euronews | - | -
France 24 | outlet | - | France 24 | فرانس 24 | فرانس ۲۴ | France 24; France24 | - | -
Haaretz | outlet | - | Haaretz | هآرتس | هاآرتص | صحيفة هآرتس; هاآرتس; Haaretz | - | -
Yedioth Ahronoth | outlet | - | Yedioth Ahronoth | يديعوت أحرونوت | یدیعوت آحارونوت | يديعوت أحرونوت; يديعوت احرونوت; Yedioth Ahronoth; Yedioth; Ynet; Ynetnews | - | -
The Times of Israel | outlet | - | The Times of Israel | تايمز أوف إسرائيل | تایمز اسرائیل | تايمز اوف اسرائيل; Times of Israel; The Times of Israel | - | -
The Jerusalem Post | outlet | - | The Jerusalem Post | جيروزاليم بوست | جروزالم پست | Jerusalem Post; The Jerusalem Post | - | -
Kan | outlet | Israel | Kan | هيئة البث الإسرائيلية | شبکه کان | قناة كان; Kan!; Kan 11; Israeli public broadcaster | - | -
i24NEWS | outlet | - | i24NEWS | آي 24 نيوز | آی ۲۴ نیوز | i24NEWS; i24 News | - | -
An-Nahar | outlet | - | An-Nahar | صحيفة النهار | روزنامه النهار | An-Nahar; Annahar | - | -
Al-Masirah | outlet | Houthis | Al-Masirah | قناة المسيرة | شبکه المسیره | Al-Masirah; Al Masirah; شبکه تلویزیونی المسیره | - | -
Shamshad TV | outlet | - | Shamshad TV | قناة شمشاد | تلویزیون شمشاد | Shamshad TV; Shamshad News; شمشاد نیوز | - | -
SANA | agency | Syria | Syrian Arab News Agency | الوكالة العربية السورية للأنباء | خبرگزاری رسمی سوریه | سانا; SANA!; خبرگزاری سانا | - | -
WAM | agency | United Arab Emirates | Emirates News Agency | وكالة أنباء الإمارات | خبرگزاری امارات | WAM!; Emirates News Agency | - | -
SPA | agency | Saudi Arabia | Saudi Press Agency | وكالة الأنباء السعودية | خبرگزاری عربستان سعودی | واس; SPA!; Saudi Press Agency | - | -
QNA | agency | Qatar | Qatar News Agency | وكالة الأنباء القطرية | خبرگزاری قطر | QNA!; Qatar News Agency | - | -
KUNA | agency | Kuwait | Kuwait News Agency | وكالة الأنباء الكويتية | خبرگزاری کویت | كونا; KUNA!; Kuwait News Agency | - | -
MENA | agency | Egypt | Middle East News Agency | وكالة أنباء الشرق الأوسط | خبرگزاری خاورمیانه | MENA!; Middle East News Agency | - | -
INA | agency | Iraq | Iraqi News Agency | وكالة الأنباء العراقية | خبرگزاری عراق | INA!; واع; Iraqi News Agency | - | -
Saba | agency | - | Saba News Agency | وكالة سبأ | خبرگزاری سبأ | سبأ; Saba News Agency | - | -
Bakhtar | agency | Afghanistan | Bakhtar News Agency | وكالة باختر | خبرگزاری باختر | آژانس باختر; Bakhtar News Agency | - | -
Afghanistan International | outlet | - | Afghanistan International | أفغانستان إنترناشيونال | افغانستان اینترنشنال | Afghanistan International; افغانستان انترنشنال; أفغانستان انترناشيونال | - | -
Aamaj News | outlet | - | Aamaj News | آماج نيوز | آماج نیوز | Aamaj; آماج‌نیوز; رسانه آماج | - | -
Iran International | outlet | - | Iran International | إيران إنترناشيونال | ایران اینترنشنال | Iran International; ایران انترنشنال; إيران انترناشيونال; ايران انترناشيونال | - | -
Amu TV | outlet | - | Amu TV | قناة آمو | آمو تی‌وی | Amu TV; آمو تی وی; تلویزیون آمو | - | -
KabulNow | outlet | - | KabulNow | كابل ناو | کابل‌ناو | KabulNow; Kabul Now; کابل ناو | - | -
Hasht-e Subh | outlet | - | Hasht-e Subh | صحيفة هشت صبح | روزنامه هشت صبح | Hasht-e Subh; Hasht-e-Subh; 8am Media; روزنامه ۸ صبح | - | -
Etilaatroz | outlet | - | Etilaatroz | اطلاعات روز | روزنامه اطلاعات روز | Etilaatroz; Etilaat Roz | - | -
Shafaq News | outlet | - | Shafaq News | شفق نيوز | شفق نیوز | Shafaq News; وكالة شفق نيوز; خبرگزاری شفق نیوز | - | -
Rudaw | outlet | - | Rudaw | روداو | رووداو | Rudaw; شبكة روداو; شبکه رووداو | - | -
Kurdistan24 | outlet | - | Kurdistan24 | كوردستان24 | کوردستان۲۴ | Kurdistan24; Kurdistan 24 | - | -
Al Mayadeen | outlet | - | Al Mayadeen | قناة الميادين | شبکه المیادین | Al Mayadeen; Al-Mayadeen; المیادین; الميادين نت | - | -
Al-Manar | outlet | Hezbollah | Al-Manar | قناة المنار | شبکه المنار | Al-Manar; Al Manar | - | -
LBCI | outlet | - | LBCI | المؤسسة اللبنانية للإرسال | ال‌بی‌سی‌آی | LBCI! | - | -
L'Orient Today | outlet | - | L'Orient Today | لوريان لوجور | لوریان لوژور | L'Orient Today; L’Orient Today; L'Orient-Le Jour; L’Orient-Le Jour | - | -
Geo News | outlet | - | Geo News | جيو نيوز | جیو نیوز | Geo News; Geo TV; جیو تی‌وی | - | -
ARY News | outlet | - | ARY News | إيه آر واي نيوز | ای‌آر‌وای نیوز | ARY News | - | -
The Express Tribune | outlet | - | The Express Tribune | إكسبريس تريبيون | اکسپرس تریبیون | Express Tribune; The Express Tribune | - | -
The Washington Post | outlet | - | The Washington Post | واشنطن بوست | واشنگتن پست | Washington Post; The Washington Post | - | -
The Sunday Times | outlet | - | The Sunday Times | صنداي تايمز | ساندی تایمز | صاندي تايمز; صنداى تايمز; سنداي تايمز; ساندي تايمز; Sunday Times; The Sunday Times | - | -
The Times | outlet | - | The Times | التايمز | تایمز | The Times | - | -
The New York Times | outlet | - | The New York Times | نيويورك تايمز | نیویورک تایمز | New York Times; The New York Times; نیویارک تایمز; نیویارک‌تایمز; نیویورک‌تایمز | - | -
The Daily Telegraph | outlet | - | The Daily Telegraph | الديلي تلغراف | دیلی تلگراف | ديلي تلغراف; Daily Telegraph; The Telegraph; Sunday Telegraph; The Sunday Telegraph; تلغراف; التلغراف; صنداي تلغراف; تلگراف | - | -
The Globe and Mail | outlet | - | The Globe and Mail | غلوب آند ميل | گلوب اند میل | Globe and Mail; The Globe and Mail; غلوب أند مايل; ذي غلوب أند مايل; غلوب اند ميل; گلوب‌اند‌میل | - | -
New York Post | outlet | - | New York Post | نيويورك بوست | نیویورک پست | New York Post; NY Post; نیویورک‌پست; نیویورکپست | - | -
Al-Qahera News | outlet | - | Al-Qahera News | القاهرة الإخبارية | القاهره نیوز | Al-Qahera News; Al Qahera News; قناة القاهرة الإخبارية | - | -
Arab World Press | agency | - | Arab World Press | وكالة أنباء العالم العربي | خبرگزاری جهان عرب | AWP; Arab World Press | - | -
The Guardian | outlet | - | The Guardian | الغارديان | گاردین | Guardian | - | -
CNN | outlet | - | CNN | سي إن إن | سی‌ان‌ان | سی.ان.ان; سی ان ان; سي ان ان; CNN | - | -
BBC | outlet | - | BBC | بي بي سي | بی‌بی‌سی | بی بی سی; BBC | - | -
Al Jazeera | outlet | - | Al Jazeera | قناة الجزيرة | شبکه الجزیره | الجزيرة نت; الجزيرة; الجزیره; Al Jazeera | - | العربية; الكورية; الإيبيرية; الهندية; السورية; الفراتية; السورى; الكوري
Al Arabiya | outlet | - | Al Arabiya | العربية نت | شبکه العربیه | قناة العربية; العربية.نت; Al Arabiya | - | -
Asharq Al-Awsat | outlet | - | Asharq Al-Awsat | صحيفة الشرق الأوسط | روزنامه الشرق الاوسط | جريدة الشرق الأوسط; Asharq Al-Awsat | - | -
Al-Ray Press | outlet | - | Al-Ray Press | الرأي برس | الرای پرس | Al-Ray Press | - | -
Levant News | outlet | - | Levant News | ليفانت نيوز | لوانت نیوز | Levant News; The Levant News | - | -
RT | outlet | Russia | RT | قناة روسيا اليوم | شبکه راشاتودی | قناة (روسيا اليوم); RT Arabic; Russia Today | - | -
Xinhua | agency | China | Xinhua | شينخوا | شینهوا | وكالة شينخوا; خبرگزاری شینهوا; Xinhua | - | -
Anadolu | agency | Turkey | Anadolu | الأناضول | خبرگزاری آناتولی | وكالة الأناضول; Anadolu Agency; آناتولی! | - | -
Al-Quds Al-Arabi | outlet | - | Al-Quds Al-Arabi | القدس العربي | القدس العربی | Al-Quds Al-Arabi | - | -
Alhurra | outlet | - | Alhurra | قناة الحرة | شبکه الحره | Alhurra | - | -
Ariana News | outlet | - | Ariana News | آريانا نيوز | آریانا نیوز | Ariana News | - | -
Khaama Press | agency | - | Khaama Press | خامة برس | خامه پرس | Khaama Press | - | -
Radio Azadi | outlet | - | Radio Azadi | راديو آزادي | رادیو آزادی | Radio Azadi; RFE/RL's Radio Azadi | - | -
Radio Farda | outlet | - | Radio Farda | راديو فردا | رادیو فردا | Radio Farda | - | -
Radio Sawa | outlet | - | Radio Sawa | راديو سوا | رادیو سوا | راديو (سوا); قناة سوا; Radio Sawa | - | -
Voice of America | outlet | - | Voice of America | صوت أمريكا | صدای آمریکا | VOA; Voice of America | - | -
Tolo News | outlet | - | Tolo News | طلوع نيوز | طلوع نیوز | طلوع‌نیوز; TOLOnews; Tolo News | - | -
ISNA | agency | Iran | ISNA | إسنا | ایسنا | خبرگزاری ایسنا; خبرگزاری دانشجویان ایران; ISNA | - | -
IRNA | agency | Iran | IRNA | إرنا | ایرنا | خبرگزاری جمهوری اسلامی; IRNA | - | -
Fars News | agency | Iran | Fars News | وكالة فارس | خبرگزاری فارس | Fars News; Fars News Agency; وكالة أنباء فارس; أنباء فارس | - | -
Tasnim | agency | Iran | Tasnim | تسنيم | تسنیم | خبرگزاری تسنیم; Tasnim | - | -
Mehr News | agency | Iran | Mehr News | وكالة مهر | خبرگزاری مهر | Mehr News | - | -
Interfax | agency | - | Interfax | انترفاكس | اینترفاکس | إنترفاكس; إنترفاکس; Interfax | - | -
TASS | agency | Russia | TASS | وكالة تاس | خبرگزاری تاس | (تاس); «تاس»; "تاس"; وكالة (تاس); TASS | - | -
RIA Novosti | agency | Russia | RIA Novosti | ريا نوفوستي | ریانووستی | نوفوستي; RIA Novosti | - | -
Sputnik | agency | Russia | Sputnik | سبوتنيك | اسپوتنیک | Sputnik | - | -
Reuters | agency | - | Reuters | رويترز | رویترز | Reuters | - | -
AFP | agency | - | AFP | فرانس برس | خبرگزاری فرانسه | أ.ف.ب; ا ف ب; وكالة الصحافة الفرنسية; AFP; Agence France-Presse | - | -
AP | agency | - | AP | أسوشيتد برس | آسوشیتدپرس | أ.ب; آسوشیتد پرس; Associated Press | - | -
EPA | agency | - | EPA | إ.ب.أ | ای‌پی‌ای | EPA | - | -
dpa | agency | - | dpa | د ب أ | دی‌پی‌ای | د.ب.أ; وكالة الأنباء الألمانية; dpa | - | -
The News International | outlet | - | The News International | ذا نيوز إنترناشيونال | دی نیوز اینترنشنال | The News International; The News; دی‌نیوز | - | -
Pajhwok | agency | - | Pajhwok | باجهوك | پژواک | خبرگزاری پژواک; Pajhwok | - | -
CRSS | organisation | - | Center for Research and Security Studies | مركز البحوث والدراسات الأمنية | مرکز تحقیقات و مطالعات امنیتی | CRSS | - | -
CSIS | organisation | - | Center for Strategic and International Studies | مركز الدراسات الاستراتيجية والدولية | مرکز مطالعات بین المللی و استراتژیک | مرکز مطالعات بین‌المللی و استراتژیک; CSIS | - | -
`;
