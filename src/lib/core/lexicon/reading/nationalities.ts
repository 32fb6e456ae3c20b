/**
 * States beyond their names (format: ../lines.ts). Country names in Arabic, Persian and English
 * come from the i18n-iso-countries package (gazetteer/countries.ts); Arabic and Persian
 * nationality adjectives are made from them by rule (فرنسا → فرنسي، فرنسية، الفرنسي…; ایران →
 * ایرانی); what the rule cannot make, and the English adjectives, are here.
 *
 *   name CODE: English name      the id of the state (when the package's short name is not it)
 *   demonym CODE: adjective | …  nationality adjectives (Arabic ones in the masculine: the rule
 *                                adds the feminine, the article and the plurals)
 *   alias CODE: name | …         other names of the state: short forms, capitals standing for it
 *   skip CODE: spelling | …      a package name or made adjective that is an everyday word (مالي
 *                                "financial" is not Mali): never read as the state
 */
export default `
name SY: Syria
name GB: United Kingdom
name KR: South Korea
name RU: Russia
name VN: Vietnam
name LA: Laos
name BO: Bolivia
name VE: Venezuela
name TZ: Tanzania
name MD: Moldova
name CZ: Czech Republic
name TR: Turkey
name PS: Palestine
name VA: Vatican
name CD: DR Congo
name CG: Republic of the Congo

skip ML: مالي | مالی | mali
skip BJ: بنين
skip OM: عمان | عماني | عمانية
skip TD: chad
# "us" is no state: the package's "US" matches only in capitals (countries.ts)
skip JE: jersey
skip GE: georgia
skip NE: niger
skip GN: guinea
skip TG: togo | توگو
skip CU: كوبا
skip PE: بيرو
skip CV: cape verde
skip CK: cook islands
skip SM: san marino
skip UM: united states minor outlying islands
skip CX: christmas island
skip HM: heard island and mcdonald islands
skip AQ: antarctica
skip BV: bouvet island
skip NU: niue
skip IO: british indian ocean territory
skip SJ: svalbard and jan mayen
skip NF: norfolk island
skip TK: tokelau
skip PN: pitcairn
skip GS: south georgia and the south sandwich islands
skip TF: french southern territories
skip IN: هند*
skip CN: چین*

# official long names, as statements and communiqués give them ("The Kingdom of Saudi Arabia said", «أعلنت دولة قطر»)
alias SA: Kingdom of Saudi Arabia | المملكة العربية السعودية | پادشاهی عربستان سعودی
alias BH: Kingdom of Bahrain | مملكة البحرين | پادشاهی بحرین
alias JO: Hashemite Kingdom of Jordan | المملكة الأردنية الهاشمية | پادشاهی اردن هاشمی
alias OM: Sultanate of Oman | سلطنة عمان | سلطنت عمان
alias QA: State of Qatar | دولة قطر
alias KW: State of Kuwait | دولة الكويت
alias MA: Kingdom of Morocco | المملكة المغربية
alias IQ: Republic of Iraq | جمهورية العراق | جمهوری عراق
alias EG: Arab Republic of Egypt | جمهورية مصر العربية
alias YE: Republic of Yemen | الجمهورية اليمنية
alias LB: Lebanese Republic | الجمهورية اللبنانية
alias TR: Republic of Turkey | Republic of Türkiye | الجمهورية التركية | جمهوری ترکیه
alias AZ: Republic of Azerbaijan | جمهورية أذربيجان | جمهوری آذربایجان
alias US: أمريكا | أميركا | امریکا | آمریکا | ایالات متحده آمریکا | واشنطن | واشنگتن | واشینگتن | Washington | America | U.S. | US | USA
alias GB: بريطانيا | بریتانیا | انگلیس | انگلستان | لندن | London | Britain | UK | England
alias RU: روسيا الاتحادية | موسكو | مسکو | Moscow | Russian Federation
alias IR: جمهوری اسلامی ایران | الجمهورية الإسلامية الإيرانية | جمهورية إيران الإسلامية | الجمهورية الاسلامية الايرانية | طهران | تهران | Tehran | Islamic Republic
alias SA: عربستان | عربستان سعودی | السعودية | المملكة العربية السعودية | الرياض | ریاض | Riyadh | Saudi
alias AE: الإمارات | الامارات | امارات | امارات متحده عربی | أبوظبي | ابوظبی | Abu Dhabi | UAE
alias CN: بكين | پکن | بیجنگ | Beijing
alias KP: كوريا الشمالية | کره شمالی | کره‌ی شمالی | بيونغ يانغ | Pyongyang | North Korea
alias KR: كوريا الجنوبية | کره جنوبی | سيول | سئول | Seoul
alias PS: فلسطين | فلسطین | السلطة الفلسطينية | تشکیلات خودگردان | Palestinian Authority
alias IL: تل أبيب | تل‌آویو | تل آویو | Tel Aviv | رژیم صهیونیستی | الكيان الصهيوني | الاحتلال الإسرائيلي
alias SY: سورية | دمشق | Damascus
alias IQ: بغداد | Baghdad
alias LB: بيروت | بیروت | Beirut
alias EG: القاهرة | قاهره | Cairo
alias TR: أنقرة | آنکارا | Ankara | Türkiye | ترکیه
alias AF: كابل | کابل | Kabul | امارت اسلامی افغانستان
alias PK: إسلام آباد | اسلام آباد | اسلام‌آباد | Islamabad
alias IN: نيودلهي | دهلی نو | دهلی | New Delhi | هندوستان
alias UA: كييف | كييف | کی‌یف | کیف | Kyiv | Kiev | اکراین
alias NE: Niger!
alias ML: Mali!
alias DE: برلين | برلین | Berlin
alias FR: باريس | پاریس | Paris
alias YE: صنعاء | صنعا | Sanaa
alias QA: الدوحة | دوحه | Doha
alias SD: الخرطوم | خارطوم | Khartoum
alias JP: طوكيو | توکیو | Tokyo
alias TJ: دوشنبه | دوشمبي | Dushanbe
alias UZ: طشقند | تاشکند | Tashkent
alias AZ: باكو | باکو | Baku
alias JO: الأردن | اردن
alias VA: الفاتيكان | واتیکان | Vatican
alias MA: الرباط | Rabat
alias OM: مسقط | Muscat
alias BH: المنامة | منامه | Manama
alias KZ: أستانا | آستانه | Astana
alias KG: بيشكك | بیشکک | Bishkek
alias TM: عشق آباد | عشق‌آباد | عشق اباد | Ashgabat
alias MR: نواكشوط | Nouakchott
alias SO: مقديشو | موگادیشو | Mogadishu
alias ET: أديس أبابا | آدیس آبابا | Addis Ababa

demonym US: أمريكي | أميركي | امريكي | آمریکایی | امریکایی | American | Americans | U.S.
demonym GB: بريطاني | انگلیسی | بریتانیایی | British | Briton | Britons | English
demonym AE: إماراتي | اماراتي | اماراتی | Emirati | Emiratis
demonym SA: سعودي | سعودی | Saudi | Saudis
demonym KP: كوري شمالي | کره‌ای شمالی | North Korean | North Koreans
demonym KR: كوري جنوبي | کره‌ای جنوبی | South Korean | South Koreans
demonym AF: أفغاني | أفغانستاني | افغان | افغانی | افغانستانی | Afghan | Afghans
demonym FR: فرانسوی | French
demonym TR: ترک | ترکی | Turkish | Turk | Turks
# Arabic broken plurals, which the rule cannot make (it makes أمريكيون from أمريكي)
demonym TR: أتراك | الأتراك
demonym IN: هنود | الهنود
demonym US: أمريكان | الأمريكان | أميركان | الأميركان
demonym DE: ألمان | الألمان
demonym GB: إنجليز | الإنجليز
demonym NL: هولندي | هلندی | Dutch
demonym CH: سويسري | سوئیسی | Swiss
demonym PS: فلسطيني | فلسطینی | Palestinian | Palestinians
demonym IL: إسرائيلي | اسرائيلي | اسرائیلی | صهیونیستی | صهيوني | عبري | عبری | Israeli | Israelis
demonym EG: Egyptian | Egyptians
demonym RU: روسي | روس | روسی | روس‌ها | Russian | Russians
demonym CN: صيني | چینی | Chinese
demonym IN: هندي | هندی | Indian | Indians
demonym PK: Pakistani | Pakistanis
demonym IR: Iranian | Iranians
demonym IQ: Iraqi | Iraqis
demonym SY: Syrian | Syrians
demonym LB: Lebanese
demonym JO: أردني | اردنی | Jordanian | Jordanians
demonym YE: Yemeni | Yemenis
demonym QA: Qatari | Qataris
demonym KW: Kuwaiti | Kuwaitis
demonym BH: Bahraini
demonym OM: Omani
demonym SD: Sudanese
demonym LY: Libyan | Libyans
demonym TN: Tunisian
demonym DZ: Algerian
demonym MA: Moroccan
demonym DE: German | Germans
demonym IT: Italian
demonym ES: Spanish
demonym UA: Ukrainian | Ukrainians
demonym BY: Belarusian
demonym PL: Polish
demonym JP: Japanese
demonym AZ: Azerbaijani | Azeri
demonym AM: Armenian
demonym TJ: تاجيكي | تاجیک | تاجیکی | Tajik
demonym UZ: أوزبكي | ازبک | ازبکی | Uzbek
demonym TM: تركماني | ترکمن | ترکمنستانی | Turkmen
demonym KZ: Kazakh
demonym KG: Kyrgyz
demonym CA: Canadian
demonym AU: Australian
demonym BR: Brazilian
demonym VE: Venezuelan
demonym MX: Mexican
demonym GR: Greek
demonym SE: Swedish
demonym NO: Norwegian
demonym DK: Danish
demonym BE: Belgian
demonym AT: Austrian
demonym HU: Hungarian
demonym RS: Serbian
demonym GE: جورجي | گرجی | Georgian
demonym CY: Cypriot
demonym ET: Ethiopian
demonym SO: Somali
demonym ER: Eritrean
demonym NG: Nigerian
demonym ZA: South African
demonym KE: Kenyan
demonym BD: Bangladeshi
demonym LK: Sri Lankan
demonym ID: Indonesian | Indonesians
demonym MY: Malaysian
demonym TH: Thai
demonym VN: Vietnamese
demonym PH: Filipino
demonym MM: Myanmar
demonym NP: Nepali
demonym IE: Irish
demonym PT: Portuguese
demonym FI: Finnish
demonym RO: Romanian
demonym BG: Bulgarian
demonym CZ: Czech
demonym SK: Slovak
demonym HR: Croatian
demonym NZ: New Zealand
demonym AR: Argentine | Argentinian
demonym CO: Colombian
demonym CL: Chilean
demonym CU: Cuban
demonym MR: Mauritanian
demonym TD: Chadian
demonym ML: Malian
`;
