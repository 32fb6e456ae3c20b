/**
 * Roles, organisations and the words around them, one meaning per line (format: ../lines.ts).
 * Words in a head are joined by `_` ("foreign_minister" is written "foreign minister").
 *
 *   role ROLE [org=ORG] [bare=no]
 *                         [of=person] a role that introduces a person ("الرئيس الفرنسي إيمانويل ماكرون",
 *                         "سعید خطیب‌زاده سخنگوی وزارت امور خارجه", "Defense Secretary Lloyd
 *                         Austin"); `org` is the body the role implies (a foreign minister belongs
 *                         to the foreign ministry of the state named with it); `bare=no`: a common
 *                         word too («صحفي», "expert"): a person only with a name or a body; `of=person`:
 *                         a role held for someone («سخنگوی زلنسکی» is Zelensky's spokesperson,
 *                         not Zelensky); `side=no`: held by no side (a journalist, an analyst): a
 *                         state named with it says where they are from («الصحافي الأمريكي سيمور هيرش»),
 *                         not whom they speak for; `is=ROLE[,ROLE]`: the more general roles its holder
 *                         is told again by (a foreign minister is «الوزير», "the minister" later)
 *   org ORG [of=person]   a body of a state or an organisation, named by what it is ("الخارجية",
 *                         «وزارت امور خارجه», "the State Department"); `of=person`: a body of the
 *                         person named after it («مكتب نتنياهو», «حملة ترامب»), which speaks beside them
 *   orghead KIND          a word that heads the name of an organisation of KIND (organisation,
 *                         party, group, outlet, agency): «حركة X», «حزب X», «گروه X», "X Party"
 *   deputy                a word that makes the role a deputy's (نائب، معاون، deputy)
 *   acting                a word before a role held for now (القائم بأعمال، سرپرست، acting): the same role
 *   linker                joins a role to whom it belongs ("المتحدث باسم X", "minister of X")
 *   title                 an honorific before a name, dropped from the name (الشيخ، آقای، Mr)
 *   intro                 introduces a quoted name that is the speaker («حساب باسم "X"», "an account named X")
 *   describedas           between a source and what the outlet calls it («عن مسؤول وصفته بأنه «قيادي رفيع»»)
 *   issued                after a statement, names who issued it («بيان صادر عن X», "a statement issued by X")
 *   holder ROLE body=W    who holds every body whose name W opens or ends: «وزیر» holds «وزارت X»
 *                         («وزیر نفت» is the minister of «وزارت نفت», a minister), "minister" holds
 *                         "ministry of X" and "X ministry"; a spelling a role line already has stays
 *                         that role («وزیر امور خارجه» is the foreign minister)
 */
export default `
role spokesperson of=person: المتحدث باسم | المتحدثة باسم | الناطق باسم | الناطقة باسم | المتحدث الرسمي باسم | المتحدثة الرسمية باسم | الناطق الرسمي باسم | الناطقة الرسمية باسم | المتحدث الرسمي | الناطق الرسمي | المتحدث | المتحدثة | الناطق | الناطقة | متحدث باسم | متحدثة باسم | ناطق باسم | متحدث | ناطق
role spokesperson of=person: سخنگوی مطبوعاتی | سخنگوی | سخنگو | سخن‌گوی | press secretary | spokesman | spokeswoman | spokesperson
role media_officer of=person: مسؤول الإعلام | مسئول الإعلام | مسؤول العلاقات الإعلامية | مسئول العلاقات الإعلامية | المسؤول الإعلامي | المسئول الإعلامي | مسؤول إعلامي | مسئول مطبوعاتی | مسوول مطبوعاتی | مسؤول مطبوعاتی | مسئول روابط عمومی | مسوول روابط عمومی | مسئول رسانه‌ای | press officer | media officer | press attaché | press attache | communications director
role president org=presidency: الرئيس | رئيس الجمهورية | رئيسة | رئیس جمهور | رئیس‌جمهور | رئیس جمهوری | رئیس‌جمهوری | president
role vice_president org=presidency: نائب الرئيس | نائب رئيس الجمهورية | معاون رئیس جمهور | معاون رئیس‌جمهور | معاون اول رئیس جمهور | معاون اول رئیس‌جمهور | معاون رئیس الوزرا | vice president | vice-president
role prime_minister org=government: رئيس الوزراء | رئيس وزراء | رئيسة الوزراء | رئيس الحكومة | رئیس الوزرا | رئیس‌الوزرا | نخست وزیر | نخست‌وزیر | prime minister | premier
role foreign_minister org=foreign_ministry is=minister: وزير الخارجية | وزير خارجية | وزيرة الخارجية | وزيرة خارجية | وزیر امور خارجه | وزیر خارجه | وزیر امورخارجه | foreign minister | secretary of state | foreign secretary | minister of foreign affairs
role deputy_foreign_minister org=foreign_ministry: نائب وزير الخارجية | نائب وزير خارجية | معاون وزیر امور خارجه | معاون وزیر خارجه | معاون سیاسی وزیر امور خارجه | deputy foreign minister
role defence_minister org=defence_ministry is=minister: وزير الدفاع | وزير دفاع | وزيرة الدفاع | وزیر دفاع | defense minister | defence minister | defense secretary | defence secretary | secretary of defense | war secretary
role interior_minister org=interior_ministry is=minister: وزير الداخلية | وزير داخلية | وزیر کشور | وزیر داخله | interior minister | home secretary | minister of interior | homeland security secretary
role minister org=government: وزير | وزيرة | الوزير | الوزيرة | وزیر | minister | secretary
role ambassador org=embassy is=envoy: السفير | السفيرة | سفير | سفيرة | سفیر | ambassador
role consul org=consulate: القنصل العام | القنصل | قنصل | سرکنسول | کنسول | consul general | consul
role representative of=person: ممثل | ممثلة | الممثل | المندوب الدائم | المندوبة الدائمة | مندوب دائم | المندوب | المندوبة | مندوب | مندوبة | نماینده دائم | نماینده | representative of | permanent representative
role envoy of=person: المبعوث الخاص | المبعوث | المبعوثة | مبعوث | مبعوثة | الممثل الخاص | نماینده ویژه | فرستاده ویژه | فرستاده | special envoy | envoy | special representative
role governor: حاكم | محافظ | والي | والی | استاندار | governor
role district_governor is=governor: ولسوال | فرماندار | بخشدار | district governor | district chief
role police_chief: قوماندان امنیه | فرمانده پولیس | فرمانده پلیس | رئيس الشرطة | قائد الشرطة | police chief
role mayor: رئيس بلدية | عمدة | شهردار | شاروال | mayor
role commander org=army bare=no: قائد | القائد | قائدة | فرمانده | سرفرمانده | commander
role chief_of_staff org=army: رئيس الأركان | رئيس هيئة الأركان | رئیس ستاد کل | رئیس ستاد | chief of staff | army chief
role leader bare=no: زعيم | زعيمة | رهبر | leader
role supreme_leader: المرشد الأعلى | المرشد | مرشد الثورة | رهبر معظم انقلاب | رهبر انقلاب | رهبر جمهوری اسلامی | supreme leader
role secretary_general: الأمين العام | أمين عام | دبیرکل | دبیر کل | secretary-general | secretary general
role head bare=no: رئيس | رئيسة | مدير عام | المدير العام | مدير | مديرة | رئیس | مدیر | مدیرکل | مدیر کل | سرپرست | head | chief | director | chairman | chairwoman | chair
role chief_executive: الرئيس التنفيذي | الرئيسة التنفيذية | المدير التنفيذي | المديرة التنفيذية | رئيس تنفيذي | مدیرعامل | مدیر عامل | مدیراجرایی | مدیر اجرایی | chief executive | chief executive officer | ceo
role founder bare=no: مؤسس | مؤسسة | المؤسس | بنیانگذار | بنیان‌گذار | founder | co-founder
role lawmaker org=parliament bare=no: السيناتور | سيناتور | السناتور | سناتور | عضو مجلس الشيوخ | عضو البرلمان | عضو مجلس النواب | عضو الكونغرس | نماینده مجلس | نمایندگان مجلس | عضو مجلس | lawmaker | mp | member of parliament | senator | congressman | congresswoman | representative
role speaker org=parliament: رئيس البرلمان | رئيس مجلس النواب | رئيس مجلس الشورى | رئیس مجلس | رئیس مجلس شورای اسلامی | speaker of parliament | speaker of the house | house speaker
role king: الملك | ملك | العاهل | پادشاه | شاه | king | queen
role emir: الأمير | أمير | امیر | emir
role crown_prince: ولي العهد | ولیعهد | ولی‌عهد | crown prince
role prosecutor: المدعي العام | النائب العام | دادستان | دادستان کل | prosecutor | attorney general
role judge bare=no: القاضي | قاضی | judge
role police_chief org=police: قائد الشرطة | مدير الشرطة | قائد شرطة | مدير شرطة | رئیس پلیس | فرمانده پلیس | فرمانده انتظامی | police chief | police commissioner
role doctor bare=no side=no: سرطبیب | طبیب | داکتر | پزشک | الطبيب | طبيب | الطبيبة | طبيبة | مدير المستشفى | مدير مستشفى | رئیس شفاخانه | رئیس بیمارستان | doctor | physician | surgeon | hospital director
role counterpart bare=no: نظيره | نظيرها | نظيرتها | نظيرهم | همتای | همتایش | همتای وی | counterpart
role adviser bare=no of=person: مستشار | مستشارة | مساعد | مساعدة | مشاور | adviser | advisor | national security adviser
role analyst bare=no side=no: المحلل | محلل | الخبير | خبير | الباحث | باحث | تحلیلگر | کارشناس | پژوهشگر | analyst | expert | researcher | scholar | professor
role correspondent bare=no side=no: روزنامه‌نگار | روزنامه نگار | روزنامهنگار | مراسل | مراسلة | الصحفي | صحفي | الصحافي | صحافي | الصحفية | صحفية | الصحافية | صحافية | الصحافي الاستقصائي | الصحفي الاستقصائي | روزنامه‌نگار تحقیقی | روزنامه نگار تحقیقی | investigative journalist | investigative reporter | خبرنگار | گزارشگر | correspondent | reporter | journalist
role member bare=no: عضو | عضو در | member
role director org=intelligence: رئيس المخابرات | رئيس جهاز المخابرات | رئيس الاستخبارات | رئیس سازمان اطلاعات | رئیس استخبارات | intelligence chief | spy chief
role general bare=no: اللواء | العميد | الفريق | الفريق أول | الفريق الركن | اللواء الركن | العميد الركن | العقيد | العقيد الركن | المقدم | سرلشکر | سرتیپ | سپهبد | ارتشبد | سرتیپ پاسدار | سرلشکر پاسدار | سردار | ژنرال | general | gen. | brigadier | colonel | major general | lieutenant general | lieutenant colonel | lt. gen. | lt. col.

org foreign_ministry: وزارة الخارجية | الخارجية | وزارة خارجية | وزارت امور خارجه | وزارت خارجه | وزارت امورخارجه | دستگاه دیپلماسی | foreign ministry | ministry of foreign affairs | state department | foreign office
org defence_ministry: وزارة الدفاع | الدفاع | وزارت دفاع | ministry of defence | ministry of defense | defence ministry | defense ministry | department of defense
org interior_ministry: وزارة الداخلية | الداخلية | وزارت کشور | وزارت داخله | وزارت امور داخله | interior ministry | ministry of interior | home office
org ministry: وزارة | وزارت | وزارتخانه | ministry | department
org presidency: الرئاسة | رئاسة الجمهورية | نهاد ریاست جمهوری | ریاست جمهوری | کاخ ریاست جمهوری | کاخ ریاستجمهوری | کاخ ریاست‌جمهوری | ارگ ریاست جمهوری | القصر الرئاسي | قصر الرئاسة | القصر الجمهوري | presidential palace | presidential office | presidency
org government: الحكومة | حكومة | الإدارة | إدارة | دولت | حکومت | government | administration | cabinet
org army: الجيش | جيش | القوات المسلحة | ارتش | اردو | اردوی | قوای مسلح | نیروهای مسلح | army | military | armed forces
org navy: البحرية | القوات البحرية | سلاح البحرية | نیروی دریایی | navy
org air_force: القوات الجوية | سلاح الجو | نیروی هوایی | air force
org police: الشرطة | شرطة | پلیس | پولیس | نیروی انتظامی | نیروهای انتظامی | فرماندهی انتظامی | فرماندهی پلیس | فرماندهی پولیس | قوماندانی امنیه | قوماندانی پولیس | police command | police | security police | federal police | national police | الشرطة الأمنية | پلیس امنیتی
org parliament: البرلمان | مجلس النواب | مجلس الشورى | الكونغرس | پارلمان | مجلس شورای اسلامی | مجلس | parliament | congress | senate
org embassy: السفارة | سفارة | سفارت | سفارتخانه | embassy
org consulate: القنصلية العامة | القنصلية | قنصلية | سرکنسولگری | کنسولگری | consulate general | consulate
org intelligence: المخابرات | الاستخبارات | جهاز المخابرات | الاستخبارات العسكرية | المخابرات العسكرية | الاستخبارات الحربية | استخبارات ارتش | اطلاعات ارتش | military intelligence | defence intelligence | defense intelligence | سازمان اطلاعات | استخبارات | ریاست عمومی استخبارات | intelligence | intelligence agency
org office of=person: مكتب | دفتر | office | press office
org campaign of=person: الحملة الانتخابية | حملة الانتخابية | ستاد انتخاباتی | ستاد تبلیغاتی | کارزار انتخاباتی | campaign team | election campaign | presidential campaign | campaign@en
org court: المحكمة | محكمة | دادگاه | court
org prosecution: النيابة العامة | النيابة | النائب العام | دادستانی | دادستان کل | prosecutor's office | public prosecutor | prosecutors
org judiciary: السلطة القضائية | القضاء | قوه قضاییه | قوه قضائیه | دستگاه قضا | judiciary
org governorate: استانداری | governorate | provincial government | provincial administration
org municipality: البلدية | بلدية | شهرداری | municipality
org border_guard: حرس الحدود | مرزبانی | هنگ مرزی | border guard | border guards | border police
org justice_ministry: وزارة العدل | وزارت دادگستری | وزارت عدلیه | justice department | department of justice | ministry of justice | justice ministry
org investigative_committee: investigative committee | investigation committee
org mission: البعثة | بعثة | البعثة الدائمة | الممثلية | ممثلية | هیئت نمایندگی | نمایندگی دائم | نمایندگی | mission | permanent mission
org hospital: مستشفى | المستشفى | مستشفیات | شفاخانه | شفاخانۀ | شفاخانه‌ی | بیمارستان | hospital
org health_ministry: وزارة الصحة | وزارت بهداشت | وزارت صحت عامه | health ministry | ministry of health
org intelligence_ministry: وزارة الأمن | وزارة الاستخبارات | وزارة المخابرات | وزارة الأمن الوطني | وزارت اطلاعات | وزارت امنیت | intelligence ministry | ministry of intelligence | security ministry | ministry of security | ministry of state security
org information_ministry: وزارة الإعلام | وزارة الثقافة والإعلام | وزارة الإعلام والثقافة | وزارة الإعلام والاتصال | وزارت فرهنگ و ارشاد اسلامی | وزارت ارشاد | وزارت اطلاعات و فرهنگ | information ministry | ministry of information | ministry of information and culture | culture ministry | ministry of culture
org finance_ministry: وزارة المالية | وزارة الاقتصاد | وزارة الاقتصاد والمالية | وزارة الخزانة | وزارت اقتصاد | وزارت امور اقتصادی و دارایی | وزارت مالیه | وزارت دارایی | finance ministry | ministry of finance | treasury department | economy ministry | ministry of economy
org trade_ministry: وزارة التجارة | وزارة الصناعة والتجارة | وزارة الاقتصاد والتجارة | وزارت صنعت، معدن و تجارت | وزارت صمت | وزارت صنعت و تجارت | وزارت تجارت | trade ministry | ministry of trade | commerce ministry | ministry of commerce | commerce department
org energy_ministry: وزارة النفط | وزارة الطاقة | وزارة الكهرباء | وزارة الموارد المائية | وزارت نفت | وزارت نیرو | وزارت انرژی و آب | وزارت معادن و پترولیم | oil ministry | ministry of oil | energy ministry | ministry of energy | petroleum ministry
org education_ministry: وزارة التربية | وزارة التعليم | وزارة التربية والتعليم | وزارة التعليم العالي | وزارت آموزش و پرورش | وزارت علوم | وزارت معارف | وزارت تحصیلات عالی | education ministry | ministry of education | ministry of higher education
org transport_ministry: وزارة النقل | وزارة النقل والمواصلات | وزارة المواصلات | وزارت راه و شهرسازی | وزارت ترانسپورت | وزارت ترانسپورت و هوانوردی ملکی | transport ministry | ministry of transport | transportation department
org agriculture_ministry: وزارة الزراعة | وزارت جهاد کشاورزی | وزارت زراعت | وزارت زراعت، آبیاری و مالداری | agriculture ministry | ministry of agriculture
org refugees_ministry: وزارة المهجرين | وزارة الهجرة | وزارت امور مهاجرین و عودت‌کنندگان | وزارت مهاجرین و عودت کنندگان | وزارت مهاجرین | refugees ministry | ministry of refugees and repatriation | ministry of refugees | migration ministry
org religious_ministry: وزارة الأوقاف | وزارة الأوقاف والشؤون الإسلامية | وزارة الشؤون الدينية | وزارة الحج | وزارة الحج والعمرة | وزارة الأمر بالمعروف والنهي عن المنكر | وزارت امر به معروف و نهی از منکر | وزارت حج و اوقاف | وزارت ارشاد، حج و اوقاف | religious affairs ministry | ministry of religious affairs | ministry of hajj | ministry for the propagation of virtue and the prevention of vice | vice and virtue ministry
org labour_ministry: وزارة العمل | وزارة العمل والشؤون الاجتماعية | وزارت کار | وزارت تعاون، کار و رفاه اجتماعی | وزارت کار و امور اجتماعی | labour ministry | labor ministry | ministry of labour | ministry of labor | labor department
org communications_ministry: وزارة الاتصالات | وزارة الاتصالات وتقنية المعلومات | وزارت ارتباطات | وزارت ارتباطات و فناوری اطلاعات | وزارت مخابرات و تکنالوژی معلوماتی | communications ministry | ministry of communications

holder minister body=وزارة: وزير | وزيرة
holder minister body=وزارت: وزیر
holder minister body=ministry: minister

orghead party: حزب | الحزب | party
orghead organisation: معهد | المعهد | پژوهشکده | المقاومة | مقاومت | لجنة | اللجنة | جمعية | نقابة | رابطة | اتحاد | مؤسسة | کمیته | کمیسیون | انجمن | اتحادیه | بنیاد | حركة | تنظيم | جماعة | جبهة | هيئة | منظمة | مجلس | تحالف | ائتلاف | مليشيا | ميليشيا | كتائب | لواء | خلية | قيادة | ستاد | قرارگاه | سازمان | گروه | جنبش | جبهه | ائتلاف | شورای | movement | group | front | council | organisation | organization | coalition | militia | brigade | brigades | alliance | union | league | committee | commission | authority | agency | resistance | مديرية | المديرية | اداره | ادارۀ | اداره‌ی | directorate
orghead family: خانواده | خانواده‌ی | عائلة | العائلة | أسرة | الأسرة | family
orghead company: شركة | الشركة | شرکت | company | firm | corporation | corp | inc | ltd | limited | llc | plc | holdings | maritime | shipping | airlines | airways | technologies | industries | pharmaceuticals | logistics | telecom | telecommunications | motors | petroleum

describedas: وصفته بأنه | وصفته بأنها | وصفته ب | وصفه بأنه | وصفها بأنه | وصفتها بأنها | عرفته بأنه | described as | identified as | وصفته | توصیف کرد | معرفی کرد
issued: صادر عن | صادرة عن | الصادر عن | الصادرة عن | صادر من | صادرة من | issued by | released by | منتشر شده از سوی | منتشرشده از سوی | صادر شده از سوی | صادره از | broadcast by | published by | compiled by | collected by | reported by | aired by | analysed by | analyzed by | cited by
intro: حساب باسم | صفحة باسم | حسابا باسم | حساب يحمل اسم | حسابی به نام | کاربری به نام | an account named | account named | a user named
deputy: نائب | نائبة | معاون | deputy | vice | first deputy
acting: القائم بأعمال | القائمة بأعمال | قائم بأعمال | سرپرست | acting | interim | caretaker
linker: باسم | ل | لـ | في | of | for | at | من
title: المفتي | مفتي | مفتی | الشيخ | الشيخة | الدكتور | الدكتورة | د. | المهندس | المحامي | الحاج | الأستاذ | السيد | السيدة | سماحة | فخامة | معالي | سمو | الملا | ملا | مولوي | مولوی | مولانا | قاری | حافظ | الحاج | شیخ | دکتر | مهندس | سید | سیده | آقای | خانم | آیت‌الله | آیت الله | حجت‌الاسلام | حجت الاسلام | سرهنگ | سردار | سرتیپ | سرلشکر | سپهبد | سرگرد | سروان | ژنرال | العقيد | العميد | الفريق | الفريق أول | المقدم | الرائد | النقيب | المشير | الجنرال
title: lt gen | lt. gen. | lt gen. | maj gen | maj. gen. | brig gen | brig. gen. | lt col | lt. col. | mufti | maulana | mawlawi | qari | haji | colonel | general | major | captain | lieutenant | brigadier | admiral | sergeant | field marshal | brig | brig. | gen | gen. | lt | lt. | col | col. | maj | maj. | adm | adm. | sgt | sgt. | rep | rep. | sen | sen. | mr | mr. | mrs | mrs. | ms | ms. | dr | dr. | sheikh | mullah | maulvi | sir | lord | ayatollah | imam | rev. | prof. | president-elect
`;
