/**
 * Places and the state each is in (format: ../lines.ts): one line per place, every spelling of it.
 *
 *   place STATE: spelling | spelling | …
 *
 * STATE is the gazetteer id of the state (the English short name: Afghanistan, Iran, Iraq, …, or
 * Kurdistan Region for its governorates). Spellings: English, Arabic, Persian/Dari (all the usual
 * transliterations), without the words for "province", "city", "district" («ولاية», «استان»…), which
 * the reader handles. Sources: ISO 3166-2 subdivision lists and the places' names as used by the
 * region's news agencies.
 *
 * Capitals are left out: they are names of their state already (Kabul, Tehran, Baghdad, Damascus,
 * Beirut, Riyadh, Cairo, Sanaa, Khartoum, Amman, Islamabad, Tel Aviv…), and so are their provinces.
 * A name that is also an everyday word or a common personal name is left out, restricted to the
 * language where it is safe (@fa, @ar), found only as written (!), or weak (*: read only in
 * a supporting context such as «استان …», «محافظة …», "… province"). A spelling two places share is
 * left out of both (Persian/Arabic «زابل»: Zabul province and Iran's Zabol; «طرابلس»; «الجوف»).
 */
export default `
# — Afghanistan: 33 provinces (Kabul is the capital's name), then districts, cities and areas
# left out: «زابل» (also Zabol, Iran), «غور» in Arabic (depth), English Farah only weak (a name)
place Afghanistan: Badakhshan | بدخشان
place Afghanistan: Badghis | Badghes | بادغیس
place Afghanistan: Baghlan | بغلان
place Afghanistan: Balkh | بلخ
place Afghanistan: Bamyan | Bamiyan | Bamian | بامیان
place Afghanistan: Daykundi | Daikundi | Daykondi | Daikondi | دایکندی | دايكوندي
place Afghanistan: Farah* | فراه
place Afghanistan: Faryab | فاریاب
place Afghanistan: Ghazni | Ghazna | غزنی | غزنة
place Afghanistan: Ghor | Ghowr | غور@fa
place Afghanistan: Helmand | Hilmand | هلمند
place Afghanistan: Herat | Hirat | هرات | هراة
place Afghanistan: Jowzjan | Jawzjan | Jozjan | Juzjan | جوزجان
place Afghanistan: Kandahar | Qandahar | Kandehar | قندهار | کندهار
place Afghanistan: Kapisa | کاپیسا | كابيسا
place Afghanistan: Khost | Khowst | خوست
place Afghanistan: Kunar | Konar | کنر | كونار | کونر
place Afghanistan: Kunduz | Kondoz | Qunduz | Konduz | Kundoz | کندز | قندوز | کندوز
place Afghanistan: Laghman | لغمان
place Afghanistan: Logar | Lowgar | لوگر | لوغر
place Afghanistan: Nangarhar | Nangrahar | ننگرهار | ننجرهار | ننكرهار
place Afghanistan: Nimroz | Nimruz | Nimrooz | نیمروز
place Afghanistan: Nuristan | Nooristan | نورستان
place Afghanistan: Paktia | Paktiya | Paktya | پکتیا | باكتيا
place Afghanistan: Paktika | پکتیکا | باكتيكا
place Afghanistan: Panjshir | Panjsher | Panjshir Valley | پنجشیر | بنجشير | بانشير
place Afghanistan: Parwan | Parvan | پروان | بروان
place Afghanistan: Samangan | سمنگان | سمنكان
place Afghanistan: Sar-e Pol | Sar-e-Pol | Sari Pul | Sar-i-Pul | Sar-e Pul | Saripul | سرپل | ساريبول
place Afghanistan: Takhar | تخار
place Afghanistan: Uruzgan | Oruzgan | Urozgan | Orozgan | ارزگان | اروزگان | أوروزغان
place Afghanistan: Wardak | Maidan Wardak | Maydan Wardak | Maidan-Wardak | وردک | میدان وردک
place Afghanistan: Zabul
place Afghanistan: Lashkar Gah | Lashkargah | لشکرگاه | لشکر گاه | لشكركاه | لشكر كاه
place Afghanistan: Mazar-i-Sharif | Mazar-e Sharif | Mazar-e-Sharif | Mazar i Sharif | Mazar-i Sharif | مزار شریف | مزارشریف | مزار الشريف
place Afghanistan: Jalalabad | جلال آباد | جلال‌آباد
place Afghanistan: Spin Boldak | Spin Buldak | Spin Boldaq | سپین بولدک | اسپین بولدک | سبين بولدك
place Afghanistan: Torkham | تورخم | طورخم
place Afghanistan: Bagram | باگرام | بگرام | باغرام | بغرام
place Afghanistan: Musa Qala | Musa Qalah | Musa Qaleh | Musa Qalat | موسی قلعه
place Afghanistan: Sangin | سنجين@ar
place Afghanistan: Gizab | Gezab | گیزاب | غيزاب
place Afghanistan: Islam Qala | Islam Qalah | Eslam Qala | Islam Qalaa | اسلام قلعه
place Afghanistan: Zaranj | زرنج
place Afghanistan: Marjah | مارجه
place Afghanistan: Nad Ali | Nad-e Ali | Nad-e-Ali | Nad-i-Ali
place Afghanistan: Garmsir | Garmser
place Afghanistan: Now Zad | Nawzad | Naw Zad | Nowzad
place Afghanistan: Kajaki | Kajakai | کجکی
place Afghanistan: Arghandab | ارغنداب
place Afghanistan: Panjwai | Panjwayi | Panjway | Panjwaee | پنجوایی
place Afghanistan: Sheberghan | Shebirghan | Shiberghan | Shibirghan | شبرغان
place Afghanistan: Maymana | Maimana | Maimanah
place Afghanistan: Chaghcharan | Chagcharan | چغچران
place Afghanistan: Tarinkot | Tirin Kot | Tarin Kowt | Tarin Kot | ترینکوت | ترین کوت
place Afghanistan: Charikar | چاریکار
place Afghanistan: Pul-e Khumri | Pul-i-Khumri | Puli Khumri | Pol-e Khomri | Pul-e-Khumri | پلخمری | پل خمری
place Afghanistan: Taloqan | Taluqan | Talokan | تالقان
place Afghanistan: Gardez | Gardiz | گردیز
place Afghanistan: Mehtarlam | Mihtarlam | مهترلام
place Afghanistan: Dasht-e Barchi | Dasht-e-Barchi | Dasht-i-Barchi | Dashti Barchi | دشت برچی
place Afghanistan: Wakhan | Wakhan Corridor | واخان
place Afghanistan: Salang | Salang Pass | سالنگ
place Afghanistan: Andarab | اندراب
place Afghanistan: Hairatan | Hayratan | حیرتان
place Afghanistan: Sher Khan Bandar | Shir Khan Bandar | Sherkhan Bandar | شیرخان بندر
place Afghanistan: Aqina | آقینه
place Afghanistan: Torghundi | Torghondi | Turghundi | تورغندی
place Afghanistan: Shindand | شیندند
place Afghanistan: Achin | اچین
place Afghanistan: Tora Bora | تورابورا | تورا بورا
place Afghanistan: Zurmat | Zormat | زرمت
place Afghanistan: Barmal
place Afghanistan: Paghman | پغمان
place Afghanistan: Surobi | Sarobi | Sarubi | سروبی
place Afghanistan: Andkhoy | Andkhui | اندخوی
place Afghanistan: Dasht-e Archi | Dasht-e-Archi | Dashte Archi | دشت ارچی
place Afghanistan: Bala Murghab | Bala Morghab | بالامرغاب | بالا مرغاب
place Afghanistan: Korengal | Korangal | کورنگال
place Afghanistan: Kamdesh | کامدیش
place Afghanistan: Hazarajat | هزاره‌جات | هزاره جات

# — Iran: 30 provinces (Tehran is the capital's name), then cities and sites
# left out: Arabic «قم» (imperative), «فارس» in Arabic (knight, a name), «مرکزی» (central),
# «بم», «نور», «ری», «اهر», «تاکستان», «ساری», «کیش» (faith), bare «خراسان» (also ISKP's
# "Khorasan"), Persian «بابل» (Babol: Iraq's Babil in Arabic), Arabic «مشهد» (scene), «یزد» and
# «ایلام» in Arabic (a verb, "causing pain"), «أراك» (I see you), English "Kurdistan", "Bam", "Sari"
place Iran: Alborz | Alburz | البرز
place Iran: Ardabil | Ardebil | اردبیل
place Iran: Bushehr | Bushire | بوشهر
place Iran: Chaharmahal and Bakhtiari | Chaharmahal-Bakhtiari | Chaharmahal and Bakhtiyari | Chahar Mahaal and Bakhtiari | چهارمحال و بختیاری | چهارمحال وبختیاری | چهار محال و بختیاری | جهارمحال وبختياري
place Iran: East Azerbaijan | East Azarbaijan | Eastern Azerbaijan | آذربایجان شرقی | أذربيجان الشرقية
place Iran: West Azerbaijan | West Azarbaijan | Western Azerbaijan | آذربایجان غربی | أذربيجان الغربية
place Iran: Isfahan | Esfahan | Ispahan | اصفهان
place Iran: Fars* | فارس*@fa
place Iran: Gilan | Guilan | گیلان | جيلان
place Iran: Golestan | گلستان*@fa | كلستان
place Iran: Hamadan | Hamedan | همدان@fa | همذان
place Iran: Hormozgan | Hormuzgan | Hurmuzgan | هرمزگان | هرمزكان
place Iran: Ilam | ایلام@fa
place Iran: Kerman | Kirman | کرمان
place Iran: Kermanshah | Kirmanshah | Kermanshahan | کرمانشاه
place Iran: North Khorasan | Khorasan-e Shomali | خراسان شمالی | خراسان الشمالية
place Iran: Razavi Khorasan | Khorasan Razavi | Khorasan-e Razavi | خراسان رضوی
place Iran: South Khorasan | Khorasan-e Jonubi | خراسان جنوبی | خراسان الجنوبية
place Iran: Khuzestan | Khuzistan | Khouzestan | خوزستان
place Iran: Kohgiluyeh and Boyer-Ahmad | Kohgiluyeh and Boyer Ahmad | Kohgiluyeh-Boyer Ahmad | Kohkiluyeh and Buyer Ahmad | کهگیلویه و بویراحمد | کهگیلویه و بویر احمد | كهكيلويه وبوير أحمد
place Iran: Kordestan | Iranian Kurdistan | کردستان*@fa | کردستان ایران | كردستان الإيرانية
place Iran: Lorestan | Luristan | لرستان | لورستان
place Iran: Markazi
place Iran: Mazandaran | مازندران
place Iran: Qazvin | Ghazvin | Kazvin | قزوین
place Iran: Qom | Qum | Ghom | قم@fa
place Iran: Semnan | سمنان
place Iran: Sistan and Baluchestan | Sistan-Baluchestan | Sistan and Baluchistan | Sistan-Baluchistan | Sistan va Baluchestan | سیستان و بلوچستان | سیستان وبلوچستان | سيستان وبلوشستان | سيستان و بلوشستان | سيستان وبلوتشستان
place Iran: Yazd | یزد@fa
place Iran: Zanjan | زنجان
place Iran: Mashhad | Meshed | Mashad | مشهد@fa
place Iran: Tabriz | تبریز
place Iran: Shiraz | شیراز
place Iran: Ahvaz | Ahwaz | اهواز | الأهواز | الأحواز
place Iran: Zahedan | زاهدان
place Iran: Saravan | سراوان
place Iran: Chabahar | چابهار | تشابهار | جابهار
place Iran: Bandar Abbas | بندرعباس | بندر عباس
place Iran: Natanz | نطنز
place Iran: Fordow | Fordo | Fordu | فردو | فوردو
place Iran: Arak! | اراک@fa
place Iran: Parchin | پارچین | بارشين
place Iran: Sanandaj | سنندج
place Iran: Karaj | کرج
place Iran: Rasht | رشت
place Iran: Urmia | Orumiyeh | Urumiyeh | Orumieh | ارومیه
place Iran: Khorramshahr | خرمشهر
place Iran: Abadan | آبادان
place Iran: Dezful | Dezfoul | دزفول
place Iran: Izeh | ایذه
place Iran: Mahabad | مهاباد
place Iran: Piranshahr | پیرانشهر
place Iran: Marivan | مریوان
place Iran: Saqqez | Saqez | Saghez | سقز@ar
place Iran: Jask | جاسک
place Iran: Qeshm | Gheshm | قشم
place Iran: Kish Island | جزیره کیش
place Iran: Kharg | Kharg Island | خارک
place Iran: Asaluyeh | Assaluyeh | عسلویه
place Iran: South Pars | پارس جنوبی | بارس الجنوبي
place Iran: Mirjaveh | میرجاوه
place Iran: Dogharoun | Dogharun | دوغارون
place Iran: Shalamcheh | شلمچه
place Iran: Qasr-e Shirin | Qasr-e-Shirin | قصر شیرین
place Iran: Sarpol-e Zahab | Sarpol-e-Zahab | سرپل ذهاب
place Iran: Zabol
place Iran: Rask | راسک
place Iran: Khorramabad | خرم‌آباد | خرم آباد
place Iran: Gorgan | گرگان
place Iran: Kashan | کاشان

# — Iraq: 14 governorates (Baghdad is the capital's name; the Kurdistan Region's four follow),
# then cities, towns and bases
# left out: English "Hit", "Ur", "Balad"; «العمارة» (the building), «الحلة» (the suit), «حديثة»
# (modern), «القائم» (existing), «الرطبة» (humid), «بلد» (country), «مخمور» (drunk), «الزبير»
# and «ربيعة» (names), «الفاو» (FAO), «قنديل» (lamp); «المثنى», «القادسية», «صلاح الدين»,
# «الناصرية» only weak (the dual, clubs, a name, Nasserism)
place Iraq: Basra | Basrah | Al-Basrah | البصرة | بصره
place Iraq: Nineveh | Ninawa | Ninewa | Nineva | نينوى | نینوا
place Iraq: Anbar | Al-Anbar | الأنبار
place Iraq: Babil | بابل@ar
place Iraq: Karbala | Kerbala | كربلاء | کربلا
place Iraq: Najaf | النجف | نجف
place Iraq: Wasit | Wassit | واسط
place Iraq: Dhi Qar | Thi Qar | Dhiqar | ذي قار | ذی‌قار
place Iraq: Maysan | Missan | Maisan | ميسان
place Iraq: Muthanna | Al-Muthanna | المثنى*@ar
place Iraq: Qadisiyah | Al-Qadisiyah | Qadisiyyah | Al-Qadisiyyah | القادسية*
place Iraq: Diyala | ديالى | دیاله
place Iraq: Salah al-Din* | Salahuddin* | Salah ad-Din* | Saladin* | صلاح الدين* | صلاح‌الدین*
place Iraq: Kirkuk | Karkuk | كركوك
place Iraq: Mosul | الموصل | موصل
place Iraq: Fallujah | Falluja | Fallouja | الفلوجة | فلوجه
place Iraq: Ramadi | الرمادي | رمادی
place Iraq: Tikrit | تكريت
place Iraq: Samarra | سامراء | سامرا
place Iraq: Sinjar | Shingal | سنجار | شنكال
place Iraq: Nasiriyah | Nasiriya | Nassiriya | الناصرية* | ناصریه@fa
place Iraq: Amarah | Al-Amarah
place Iraq: Kut! | Al-Kut | الكوت
place Iraq: Hillah | Hilla | Al-Hillah
place Iraq: Diwaniyah | Diwaniya | Al-Diwaniyah | الديوانية
place Iraq: Baqubah | Baquba | Baqouba | بعقوبة
place Iraq: Samawah | Samawa | Al-Samawah | السماوة
place Iraq: Kufa | Kufah | الكوفة | کوفه
place Iraq: Haditha | Hadithah
place Iraq: Al-Qaim | Al Qaim
place Iraq: Rutba | Rutbah | Al-Rutba
place Iraq: Heet | هيت@ar
place Iraq: Tal Afar | Tel Afar | Talafar | Tall Afar | تلعفر | تل عفر
place Iraq: Qayyarah | Qayara | Qayyara | القيارة
place Iraq: Makhmour | Makhmur
place Iraq: Jurf al-Sakhar | Jurf al-Nasr | Jurf as-Sakhar | جرف الصخر | جرف النصر
place Iraq: Umm Qasr | أم قصر
place Iraq: Al-Faw | Al Faw
place Iraq: Ain al-Asad | Ain al-Assad | Ayn al-Asad | عين الأسد
place Iraq: Abu Ghraib | أبو غريب
place Iraq: Kadhimiya | Kazimiyah | Kadhimiyah | Kazimiya | الكاظمية | کاظمین
place Iraq: Sadr City | مدينة الصدر
place Iraq: Tuz Khurmatu | Tuz Khormato | Tuz Khurmato | طوزخورماتو | طوز خورماتو
place Iraq: Jalawla | Jalula | جلولاء
place Iraq: Khanaqin | Khanaqeen | خانقين
place Iraq: Baiji | Bayji | بيجي
place Iraq: Hawija | Hawijah | الحويجة
place Iraq: Sharqat | Shirqat | Al-Shirqat | الشرقاط
place Iraq: Bashiqa | Bashiqah | بعشيقة
place Iraq: Qaraqosh | Bakhdida | Hamdaniya | Al-Hamdaniya | قره قوش | الحمدانية
place Iraq: Amerli | Amirli | آمرلي
place Iraq: Mandali | مندلي
place Iraq: Taji | Camp Taji

# — Kurdistan Region: its four governorates, then towns
place Kurdistan Region: Erbil | Arbil | Irbil | Hawler | Hewler | أربيل | هولير
place Kurdistan Region: Sulaymaniyah | Sulaimaniyah | Sulaimani | Slemani | Suleimaniyah | Sulaymaniya | Sulaimaniya | السليمانية | سلیمانیه
place Kurdistan Region: Duhok | Dohuk | Dahuk | Dihok | دهوك
place Kurdistan Region: Halabja | Halabjah | حلبجة | حلبچه
place Kurdistan Region: Zakho | زاخو
place Kurdistan Region: Amedi | Amadiya | Amadiyah | Amediye | العمادية
place Kurdistan Region: Koya | Koysinjaq | Koi Sanjaq | كويسنجق
place Kurdistan Region: Qandil | Qandil Mountains | Kandil Mountains
place Kurdistan Region: Sidakan | سيدكان
place Kurdistan Region: Penjwen | Penjwin | بنجوين | پنجوین

# — Syria: 13 governorates (Damascus is the capital's name), then cities, towns, bases and camps
# left out: Arabic «تدمر» (it destroys), «الباب» (the door), «أعزاز» (honouring), «الميادين»
# (fields; Al Mayadeen TV), «القصير» (short), «جبلة», «الطبقة» (class), «الهول» (horror), «دوما»
# (Duma), «اليرموك», «السيدة زينب» (also Cairo), «نوى», bare «بصرى» (visual), «رقة» (tenderness)
place Syria: Rif Dimashq | Reef Dimashq | Damascus countryside | Reef Damascus | Rural Damascus | ريف دمشق | حومه دمشق
place Syria: Aleppo | Halab | حلب
place Syria: Homs | حمص
place Syria: Hama | Hamah | حماة
place Syria: Latakia | Lattakia | Latakiyah | Ladhiqiyah | اللاذقية | لاذقیه
place Syria: Tartus | Tartous | طرطوس
place Syria: Idlib | Idleb | إدلب
place Syria: Raqqa | Raqqah | Rakka | الرقة | رقه@fa
place Syria: Deir ez-Zor | Deir el-Zour | Deir al-Zor | Deir Ezzor | Dayr az-Zawr | Deir Ezzour | دير الزور | ديرالزور
place Syria: Hasakah | Al-Hasakah | Hasaka | Hassakeh | Al-Hasakeh | الحسكة | حسکه
place Syria: Daraa | Deraa | Dara'a | درعا
place Syria: Sweida | Suwayda | As-Suwayda | Suweida | السويداء | سویدا
place Syria: Quneitra | Qunaitira | Kuneitra | القنيطرة | قنیطره
place Syria: Qamishli | Qamishlo | Kamishli | Qamishly | القامشلي | قامشلی
place Syria: Manbij | Menbij | منبج
place Syria: Afrin | عفرين
place Syria: Kobani | Kobane | Ain al-Arab | Ayn al-Arab | كوباني | عين العرب
place Syria: Palmyra | Tadmur | Tadmor | تدمر@fa
place Syria: Al-Tanf | Tanf | At-Tanf | التنف
place Syria: Albukamal | Abu Kamal | Al-Bukamal | Bukamal | البوكمال | أبو كمال | ابوکمال
place Syria: Mayadin | Al-Mayadin
place Syria: Tal Abyad | Tell Abyad | Gire Spi | تل أبيض
place Syria: Ras al-Ain | Ras al-Ayn | Serekaniye | Sere Kaniye | رأس العين | سري كانيه
place Syria: Jarabulus | Jarablus | جرابلس
place Syria: Azaz | A'zaz | Aazaz
place Syria: Al-Bab
place Syria: Saraqib | سراقب
place Syria: Maarat al-Numan | Maaret al-Numan | Ma'arrat al-Nu'man | Maarat al-Nouman | معرة النعمان
place Syria: Khan Shaykhun | Khan Sheikhoun | Khan Shaykhoun | خان شيخون
place Syria: Jisr al-Shughur | Jisr al-Shughour | Jisr ash-Shughur | جسر الشغور
place Syria: Douma
place Syria: Eastern Ghouta | Ghouta | الغوطة الشرقية | الغوطة
place Syria: Zabadani | الزبداني
place Syria: Qusayr | Al-Qusayr | Qusair
place Syria: Tal Rifaat | Tell Rifaat | تل رفعت
place Syria: Baniyas | Banias | بانياس
place Syria: Jableh | Jabla
place Syria: Qardaha | Al-Qardaha | القرداحة
place Syria: Hmeimim | Khmeimim | Hmeymim | حميميم
place Syria: Bosra | Busra al-Sham | Bosra al-Sham | بصرى الشام
place Syria: Tabqa | Al-Tabqa
place Syria: Ain Issa | Ayn Issa | عين عيسى
place Syria: Al-Hol | Al-Hawl | مخيم الهول
place Syria: Rukban | الركبان
place Syria: Jaramana | جرمانا
place Syria: Harasta | حرستا

# — Pakistan: provinces and territories (Islamabad is the capital's name), then districts and cities
# left out: bare "Punjab"/«پنجاب» (also India's), bare «کشمیر»/"Kashmir" (India and Pakistan),
# Persian «بلوچستان» (Iranian Baluchestan too), «چمن» (lawn), «کرم»/«كرم» (worm, generosity),
# «بنو» (sons of), «مردان» (men), «تربت» (grave), «خیبر»/«خيبر» (Khaybar, a missile), "Tank",
# "Dir", «کلات» (also Iran), "Hyderabad" (also India), "Mohmand" (also Afghanistan)
place Pakistan: Khyber Pakhtunkhwa | Khyber-Pakhtunkhwa | خیبر پختونخوا | خیبرپختونخوا | خيبر بختونخوا | خیبر پښتونخوا
place Pakistan: Balochistan | Baluchistan | بلوشستان@ar | بلوتشستان@ar
place Pakistan: Sindh | Sind | السند*@ar | سند*@fa
place Pakistan: Gilgit-Baltistan | Gilgit Baltistan | گلگت بلتستان | گلگت-بلتستان | جلجت بلتستان
place Pakistan: Azad Kashmir | Azad Jammu and Kashmir | Pakistan-administered Kashmir | Pakistani Kashmir | آزاد کشمیر | کشمیر پاکستان | كشمير الباكستانية
place Pakistan: Waziristan | وزیرستان
place Pakistan: North Waziristan | وزیرستان شمالی | شمال وزيرستان
place Pakistan: South Waziristan | وزیرستان جنوبی | جنوب وزيرستان
place Pakistan: Bajaur | Bajour | باجور | باجوڑ
place Pakistan: Kurram | Kurram Agency
place Pakistan: Parachinar | پاراچنار
place Pakistan: Chaman
place Pakistan: Quetta | کویته | كويتا
place Pakistan: Peshawar | پیشاور | بيشاور
place Pakistan: Panjgur | پنجگور
place Pakistan: Gwadar | گوادر | جوادر | غوادر
place Pakistan: Turbat | Kech
place Pakistan: Bannu
place Pakistan: Dera Ismail Khan | ديره اسماعيل خان
place Pakistan: Lakki Marwat | لکی مروت
place Pakistan: Khyber
place Pakistan: Orakzai | اورکزی | أوركزاي
place Pakistan: Mastung | مستونگ | ماستونج
place Pakistan: Bisham | بشام
place Pakistan: Karachi | کراچی | كراتشي
place Pakistan: Lahore | لاهور
place Pakistan: Rawalpindi | راولپندی | راولبندي
place Pakistan: Multan | ملتان
place Pakistan: Faisalabad | فیصل‌آباد | فيصل آباد
place Pakistan: Abbottabad | Abbotabad | ایبت‌آباد | ایبت آباد | أبوت آباد
place Pakistan: Swat! | Swat Valley | سوات
place Pakistan: Kohat | کوهات
place Pakistan: Mardan
place Pakistan: Charsadda | چارسده
place Pakistan: Nowshera | Nowshehra | نوشهره
place Pakistan: Hangu | هنگو
place Pakistan: Tirah | Tirah Valley | تیراه
place Pakistan: Miranshah | Miran Shah | میرانشاه | میران شاه
place Pakistan: Wana!
place Pakistan: Khuzdar | خضدار
place Pakistan: Noshki | Nushki | نوشکی
place Pakistan: Zhob | ژوب
place Pakistan: Gilgit | گلگت
place Pakistan: Chitral | چترال
place Pakistan: Muzaffarabad | مظفرآباد | مظفر آباد
place Pakistan: FATA! | Federally Administered Tribal Areas

# — Yemen: governorates (Sanaa is the capital's name), then cities and ports
# left out: Al Jawf/«الجوف» (also Saudi Arabia), Al Bayda/«البيضاء» (the white; also Libya),
# «عمران» (Imran), «حجة» (argument), «إب» (folds to آب, water), «ريمة» (a name), «زنجبار»
# (Zanzibar), «كمران» (Kamran, a name), "Mocha"
place Yemen: Aden | عدن
place Yemen: Abyan | أبين
place Yemen: Hodeidah | Hudaydah | Al Hudaydah | Hodeida | Hudaida | الحديدة | حدیده
place Yemen: Marib | Ma'rib | Mareb | مأرب
place Yemen: Al Mahrah | Mahrah | المهرة
place Yemen: Al Mahwit | Mahwit | المحويت
place Yemen: Amran
place Yemen: Dhamar | ذمار
place Yemen: Hadramawt | Hadramout | Hadhramaut | Hadramaut | Hadhramout | حضرموت
place Yemen: Hajjah
place Yemen: Ibb
place Yemen: Lahij | Lahj | لحج
place Yemen: Raymah | Rayma
place Yemen: Saada | Sa'dah | Saadah | صعدة
place Yemen: Shabwa | Shabwah | شبوة
place Yemen: Socotra | Soqotra | Suqutra | سقطرى
place Yemen: Taiz | Ta'izz | Taizz | تعز
place Yemen: Al Dhale | Dhale | Al-Dhalea | Dhalea | الضالع
place Yemen: Mukalla | Al Mukalla | المكلا
place Yemen: Seiyun | Sayun | Seiyoun | سيئون
place Yemen: Mokha | Al-Mokha | المخا
place Yemen: Ras Isa | Ras Issa | رأس عيسى
place Yemen: Al-Salif | Al Salif | الصليف
place Yemen: Zinjibar
place Yemen: Kamaran

# — Lebanon: governorates (Beirut is the capital's name), then cities and districts
# left out: «صور» (pictures; "Tyre" only), «طرابلس» and English "Tripoli" (also Libya's capital),
# «الخيام» (tents), «الضاحية» alone (a suburb; Persian «ضاحیه» kept @fa), bare «بقاع» (spots),
# «الشمال» (the north), "Saida" (a name)
place Lebanon: South Lebanon | Southern Lebanon | جنوب لبنان | الجنوب اللبناني
place Lebanon: Mount Lebanon | جبل لبنان
place Lebanon: Nabatieh | Nabatiyeh | Nabatiyah | النبطية | نبطیه
place Lebanon: Bekaa | Beqaa | Bekaa Valley | البقاع | دره بقاع
place Lebanon: Baalbek | Baalbeck | بعلبك
place Lebanon: Hermel | الهرمل
place Lebanon: Akkar | عكار
place Lebanon: Tyre
place Lebanon: Sidon | صيدا
place Lebanon: Trablous | Trablus | طرابلس الشام
place Lebanon: Byblos | Jbeil | جبيل
place Lebanon: Dahiyeh | Dahieh | Dahiya | Dahiye | الضاحية الجنوبية | ضاحیه جنوبی | ضاحیه@fa
place Lebanon: Bint Jbeil | Bint Jbail | بنت جبيل
place Lebanon: Marjayoun | Marjeyoun | مرجعيون
place Lebanon: Khiam | El Khiam
place Lebanon: Naqoura | Naqura | الناقورة
place Lebanon: Zahle | Zahleh | زحلة
place Lebanon: Jounieh | Jounie | جونية
place Lebanon: Kfar Kila | كفركلا

# — Saudi Arabia: regions (Riyadh is the capital's name), then cities and oil sites
# left out: Al Jawf/«الجوف» (also Yemen), "Hail"/«حائل» (barrier), «الباحة» (yard), «عسير»
# (difficult), «الخبر» (the news), «ينبع» (stems), «العلا», «عرعر», «الشرقية» and «الحدود
# الشمالية» (generic), bare «المدينة» (the city); "Eastern Province" only as written (Afghan
# news: "the eastern province of Nangarhar")
place Saudi Arabia: Mecca | Makkah | Makka | مكة | مكة المكرمة
place Saudi Arabia: Medina | Madinah | Al-Madinah | المدينة المنورة | مدینه@fa | مدینه منوره
place Saudi Arabia: Jeddah | Jedda | Jiddah | جدة
place Saudi Arabia: Eastern Province!
place Saudi Arabia: Qassim | Al-Qassim | Qaseem | القصيم
place Saudi Arabia: Ha'il
place Saudi Arabia: Tabuk | Tabouk | تبوك
place Saudi Arabia: Jizan | Jazan | Gizan | جازان | جيزان
place Saudi Arabia: Najran | نجران
place Saudi Arabia: Al Bahah | Al-Baha
place Saudi Arabia: Asir | Aseer
place Saudi Arabia: Abqaiq | Buqayq | أبقيق | بقيق
place Saudi Arabia: Khurais | خريص
place Saudi Arabia: Dammam | الدمام | دمام
place Saudi Arabia: Dhahran | الظهران | ظهران
place Saudi Arabia: Jubail | الجبيل
place Saudi Arabia: Ras Tanura | رأس تنورة
place Saudi Arabia: Qatif | Al-Qatif | القطيف
place Saudi Arabia: Khobar | Al-Khobar
place Saudi Arabia: Yanbu
place Saudi Arabia: Taif | Ta'if | الطائف
place Saudi Arabia: Abha | أبها
place Saudi Arabia: Khamis Mushait | خميس مشيط
place Saudi Arabia: Neom | نيوم
place Saudi Arabia: Hafr al-Batin | حفر الباطن
place Saudi Arabia: AlUla | Al-Ula
place Saudi Arabia: Sharurah | Sharoura | شرورة
place Saudi Arabia: Arar

# — Turkey: provinces most in the news (Ankara is the capital's name)
# left out: Van, Batman, Muş (a van, a superhero, mouse), Arabic «كلس» (calcium), «بورصة» (stock
# exchange), «عثمانية» (Ottoman), «قيصري» (caesarean), «قارص» (biting cold), «سعرت» (priced)
place Turkey: Istanbul | İstanbul | إسطنبول | استانبول
place Turkey: Izmir | İzmir | إزمير
place Turkey: Antalya | أنطاليا | آنتالیا
place Turkey: Adana | أضنة | آدانا
place Turkey: Incirlik | İncirlik | إنجرليك | اینجرلیک | انجیرلیک
place Turkey: Gaziantep | Antep | غازي عنتاب | عنتاب | غازی‌آنتپ
place Turkey: Hatay | هاتاي
place Turkey: Iskenderun | İskenderun | Alexandretta | الإسكندرونة | إسكندرون
place Turkey: Kilis | کلیس@fa
place Turkey: Sanliurfa | Şanlıurfa | Urfa | شانلي أورفا | أورفا
place Turkey: Mardin | ماردين
place Turkey: Diyarbakir | Diyarbakır | ديار بكر | دیاربکر
place Turkey: Sirnak | Şırnak | شرناق
place Turkey: Hakkari | Hakkâri | هكاري | حکاری
place Turkey: Siirt
place Turkey: Bitlis | بدليس | بتلیس
place Turkey: Erzurum | أرضروم | ارزروم
place Turkey: Kahramanmaras | Kahramanmaraş | Maras | Maraş | كهرمان مرعش | قهرمان مرعش | مرعش
place Turkey: Malatya | ملاطية
place Turkey: Adiyaman | Adıyaman | أديامان
place Turkey: Osmaniye
place Turkey: Mersin | مرسين
place Turkey: Konya | قونية
place Turkey: Trabzon | Trebizond | طرابزون | ترابزون
place Turkey: Bursa!
place Turkey: Kars
place Turkey: Igdir | Iğdır | إغدير
place Turkey: Agri! | Ağrı
place Turkey: Tunceli | Dersim | تونجلي | درسیم
place Turkey: Edirne | أدرنة
place Turkey: Kayseri
place Turkey: Elazig | Elazığ

# — Egypt: governorates (Cairo is the capital's name), then cities; Rafah is Palestine's
# left out: «الإسماعيلية» (Ismailism), «الغربية» (western), «البحيرة» (the lake), «الشرقية»
# (eastern; also Saudi), «مطروح» (put forward), «المنصورة» (also Aden), Persian «سینا» (a name),
# "Red Sea" (also Sudan)
place Egypt: Alexandria | الإسكندرية | اسکندریه
place Egypt: Giza | Gizeh | الجيزة | جیزه
place Egypt: Aswan | أسوان
place Egypt: Luxor | الأقصر
place Egypt: Port Said | بورسعيد | بور سعيد
place Egypt: Suez | السويس
place Egypt: Ismailia | Ismailiya
place Egypt: Sinai | Sinai Peninsula | سيناء
place Egypt: North Sinai | شمال سيناء
place Egypt: South Sinai | جنوب سيناء
place Egypt: Matrouh | Marsa Matruh | Marsa Matrouh | مرسى مطروح
place Egypt: Faiyum | Fayoum | Fayyum | الفيوم
place Egypt: Beni Suef | بني سويف
place Egypt: Minya | Al-Minya | المنيا
place Egypt: Asyut | Assiut | Assiout | أسيوط
place Egypt: Sohag | سوهاج
place Egypt: Qena | قنا
place Egypt: Sharqia | Sharkia | Sharqiya
place Egypt: Dakahlia | Daqahliya | الدقهلية
place Egypt: Gharbia | Gharbiya
place Egypt: Monufia | Menoufia | Minufiya | المنوفية
place Egypt: Qalyubia | Qalyubiya | القليوبية
place Egypt: Kafr el-Sheikh | Kafr al-Sheikh | كفر الشيخ
place Egypt: Beheira | Buhayrah
place Egypt: Damietta | دمياط
place Egypt: New Valley | الوادي الجديد
place Egypt: Arish | El Arish | Al-Arish | العريش
place Egypt: Sheikh Zuweid | Sheikh Zuwaid | الشيخ زويد
place Egypt: Sharm el-Sheikh | Sharm al-Sheikh | شرم الشيخ
place Egypt: Hurghada | الغردقة
place Egypt: Tanta | طنطا
place Egypt: Zagazig | الزقازيق
place Egypt: El Alamein | Alamein | العلمين
place Egypt: Salloum | Sallum | السلوم
place Egypt: Taba | طابا

# — Sudan: states and regions (Khartoum is the capital's name), then cities
# left out: «الجزيرة» (Al Jazeera, island; "Gezira" only), «الجنينة» (little garden), «الأبيض»
# (white), «طويلة» (long), Zamzam (the well in Mecca), "Red Sea", "Northern", "Bahri"; the Blue
# and White Nile only weak (the rivers: the Ethiopian dam)
place Sudan: Darfur | دارفور
place Sudan: North Darfur | شمال دارفور
place Sudan: South Darfur | جنوب دارفور
place Sudan: West Darfur | غرب دارفور
place Sudan: Central Darfur | وسط دارفور
place Sudan: East Darfur | شرق دارفور
place Sudan: Kordofan | Kurdufan | كردفان
place Sudan: North Kordofan | شمال كردفان
place Sudan: South Kordofan | جنوب كردفان
place Sudan: West Kordofan | غرب كردفان
place Sudan: Gezira
place Sudan: Blue Nile* | النيل الأزرق*
place Sudan: White Nile* | النيل الأبيض*
place Sudan: Kassala | كسلا
place Sudan: Gedaref | Gadaref | Al Qadarif | القضارف
place Sudan: Sennar | Sinnar | سنار
place Sudan: El Fasher | Al-Fashir | Al Fasher | Fasher | الفاشر
place Sudan: Omdurman | أم درمان
place Sudan: Khartoum North | الخرطوم بحري
place Sudan: Port Sudan | بورتسودان | بور سودان
place Sudan: Nyala! | نيالا
place Sudan: El Geneina | Geneina | Al-Junaynah
place Sudan: Wad Madani | Wad Medani | ود مدني
place Sudan: Kadugli | كادقلي | كادوقلي
place Sudan: El Obeid | Al-Ubayyid | Al-Obeid
place Sudan: Babanusa | بابنوسة
place Sudan: Zalingei | زالنجي
place Sudan: Ed Daein | Al-Daein | الضعين
place Sudan: Atbara | عطبرة
place Sudan: Kosti | كوستي
place Sudan: Dilling | الدلنج
place Sudan: Tawila

# — Libya: regions and cities (Tripoli is the capital's name)
# left out: «الزاوية» (the corner), «الكفرة» (unbelievers), «المرج» (meadow), «البيضاء» (the white;
# also Yemen), «سرت» only weak (she walked; Persian "your head")
place Libya: Benghazi | بنغازي
place Libya: Misrata | Misurata | Misratah | مصراتة
place Libya: Sirte | Sirt | سرت*@ar
place Libya: Derna | Darnah | درنة
place Libya: Fezzan | Fazzan | فزان
place Libya: Cyrenaica | برقة@ar
place Libya: Tripolitania
place Libya: Sabha | Sebha | سبها
place Libya: Zawiya | Zawiyah | Az-Zawiya
place Libya: Tobruk | Tubruq | طبرق
place Libya: Ajdabiya | أجدابيا
place Libya: Bani Walid | بني وليد
place Libya: Tarhuna | Tarhunah | ترهونة
place Libya: Zintan | الزنتان
place Libya: Kufra | Kufrah
place Libya: Ras Lanuf | راس لانوف
place Libya: Brega | Marsa el Brega | البريقة
place Libya: Gharyan | غريان
place Libya: Zuwara | Zuwarah | زوارة
place Libya: Murzuq | مرزق
place Libya: Ubari | Awbari | أوباري
place Libya: Jufra | الجفرة

# — Jordan: governorates (Amman is the capital's name)
# left out: «الزرقاء» (the blue), «العقبة» (the obstacle), Ma'an/«معان» (meanings; Ma'an agency)
place Jordan: Irbid | إربد
place Jordan: Zarqa
place Jordan: Balqa | البلقاء
place Jordan: Madaba | مادبا
place Jordan: Mafraq | المفرق
place Jordan: Jerash | جرش
place Jordan: Ajloun | Ajlun | عجلون
place Jordan: Karak | Kerak | الكرك
place Jordan: Tafilah | Tafila | الطفيلة
place Jordan: Aqaba
place Jordan: Zaatari | الزعتري

# — Israel (Tel Aviv is the state's name already; Jerusalem is left to the reader)
# left out: «الجليل» (the majestic; a name), Persian «ایلات» (tribes; «إيلات» in Arabic only),
# «المطلة» (overlooking), Persian «نقب» (tunnel), English "Acre" only as written
place Israel: Haifa | حيفا
place Israel: Eilat | إيلات@ar | أم الرشراش
place Israel: Negev | Naqab | النقب
place Israel: Galilee | Upper Galilee | Western Galilee | الجليل الأعلى | الجليل الغربي
place Israel: Ashkelon | Askalan | عسقلان
place Israel: Sderot | سديروت
place Israel: Ashdod | أسدود | اشدود
place Israel: Beersheba | Be'er Sheva | Beer Sheva | بئر السبع
place Israel: Dimona | ديمونا
place Israel: Netanya | نتانيا
place Israel: Nahariya | نهاريا
place Israel: Kiryat Shmona | Qiryat Shmona | كريات شمونة
place Israel: Safed | Tzfat | صفد
place Israel: Tiberias | طبريا
place Israel: Acre! | Akko | عكا
place Israel: Nazareth | الناصرة
place Israel: Herzliya | هرتسليا
place Israel: Rishon LeZion | ريشون لتسيون
place Israel: Petah Tikva | بيتح تكفا
place Israel: Metula
place Israel: Nevatim | نيفاتيم
place Israel: Umm al-Fahm | أم الفحم
place Israel: Lod! | Lydda | اللد
place Israel: Ramla | الرملة
place Israel: Jaffa | يافا
place Israel: Hadera | الخضيرة
place Israel: Kfar Aza | كفار عزة
place Israel: Be'eri | Beeri | بئيري
place Israel: Nir Oz | نير عوز
place Israel: Ofakim | أوفاكيم
place Israel: Netivot | نتيفوت

# — Palestine (Rafah is Palestine's, not Egypt's)
# left out: «جنين»/«جنین» (fetus), Arabic «الخليل» (a name; Persian only), «المغازي» (the raids),
# «أريحا» (also Ariha, Syria), «الضفة» alone (the bank)
place Palestine: Gaza Strip | Gaza | Gaza City | قطاع غزة | غزة | نوار غزه
place Palestine: West Bank | الضفة الغربية | کرانه باختری | کرانه غربی | کرانه غربی رود اردن
place Palestine: Khan Younis | Khan Yunis | Khan Younes | خان يونس
place Palestine: Rafah | رفح
place Palestine: Jenin
place Palestine: Nablus | نابلس
place Palestine: Hebron | الخلیل@fa
place Palestine: Ramallah | رام الله | رام‌الله
place Palestine: Jabalia | Jabaliya | Jabalya | جباليا
place Palestine: Deir al-Balah | Deir el-Balah | دير البلح
place Palestine: Beit Lahia | Beit Lahiya | بيت لاهيا
place Palestine: Beit Hanoun | Beit Hanun | بيت حانون
place Palestine: Nuseirat | Nusseirat | النصيرات
place Palestine: Bureij | البريج
place Palestine: Maghazi
place Palestine: Tulkarm | Tulkarem | طولكرم
place Palestine: Qalqilya | Qalqiliya | قلقيلية
place Palestine: Tubas! | طوباس
place Palestine: Bethlehem | بيت لحم
place Palestine: Jericho
place Palestine: Salfit | سلفيت
place Palestine: Shujaiya | Shejaiya | Shujaiyya | الشجاعية
place Palestine: Mawasi | Al-Mawasi | المواصي

# — the Gulf states: emirates, municipalities, governorates and sites (capitals left out)
# left out: «العين» (eye), «الريان» (a name), «الخور» (creek), «العديد» (many), «دخان» (smoke),
# «حولي» (around me), «سترة» (jacket), «خصب» (fertile), «الباطنة», «الظاهرة», «الوسطى», Oman's
# Sur/«صور», Kuwait's «الأحمدي» and «مبارك الكبير» (names)
place United Arab Emirates: Dubai | دبي
place United Arab Emirates: Sharjah | الشارقة | شارجه
place United Arab Emirates: Ajman | عجمان
place United Arab Emirates: Umm al-Quwain | Umm Al Quwain | أم القيوين
place United Arab Emirates: Ras al-Khaimah | Ras Al Khaimah | رأس الخيمة
place United Arab Emirates: Fujairah | الفجيرة | فجیره
place United Arab Emirates: Khor Fakkan | خورفكان
place United Arab Emirates: Al Ain
place United Arab Emirates: Jebel Ali | جبل علي
place United Arab Emirates: Ruwais | الرويس
place Qatar: Al Rayyan
place Qatar: Al Wakrah | Wakra | الوكرة
place Qatar: Al Khor
place Qatar: Umm Salal | أم صلال
place Qatar: Lusail | لوسيل
place Qatar: Ras Laffan | رأس لفان
place Qatar: Al Udeid | Al-Udeid
place Qatar: Mesaieed | Mesaid | مسيعيد
place Qatar: Dukhan
place Kuwait: Hawalli
place Kuwait: Farwaniya | Al Farwaniyah | الفروانية
place Kuwait: Jahra | Al Jahra | الجهراء
place Kuwait: Failaka | فيلكا
place Kuwait: Bubiyan | بوبيان
place Kuwait: Arifjan | Camp Arifjan | عريفجان
place Bahrain: Muharraq | المحرق
place Bahrain: Riffa | الرفاع
place Bahrain: Sitra
place Bahrain: Juffair | الجفير
place Oman: Dhofar | Dhufar | ظفار
place Oman: Musandam | مسندم
place Oman: Salalah | صلالة
place Oman: Sohar | صحار
place Oman: Duqm | الدقم
place Oman: Buraimi | البريمي
place Oman: Nizwa | نزوى
place Oman: Khasab
place Oman: Batinah | Al Batinah

# — Central Asia and the Caucasus (capitals left out)
# left out: Persian «ترمز» (brake), Mary/«مرو» (a name; "don't go"), Turkmenbashi (a title),
# Ganja/«گنجه» (cannabis; cupboard), Fergana (a valley of three states), bare "Rasht" in
# Tajikistan (Iran's Rasht), Zangezur (both Armenia's and Azerbaijan's), "Ararat" (also Turkey)
place Tajikistan: Gorno-Badakhshan | GBAO! | Mountainous Badakhshan | بدخشان کوهستانی | بدخشان الجبلية
place Tajikistan: Khatlon | ختلان
place Tajikistan: Sughd | Sogd | Soghd | سغد
place Tajikistan: Khujand | Khodjent | خجند
place Tajikistan: Kulob | Kulyab | کولاب
place Tajikistan: Khorog | Khorugh | خاروغ
place Tajikistan: Bokhtar | Kurgan-Tyube | Qurghonteppa | بوختر
place Uzbekistan: Termez | Termiz | ترمذ
place Uzbekistan: Surxondaryo | Surkhandarya | Surkhan Darya | سرخان‌دریا | سرخان دریا
place Uzbekistan: Samarkand | Samarqand | سمرقند
place Uzbekistan: Bukhara | Bukhoro | بخارا
place Uzbekistan: Andijan | Andijon | اندیجان
place Uzbekistan: Namangan | نمنگان
place Uzbekistan: Karakalpakstan | Qaraqalpaqstan | قره‌قالپاقستان
place Uzbekistan: Khiva | Xiva | خیوه
place Uzbekistan: Kashkadarya | Qashqadaryo | قشقه‌دریا
place Turkmenistan: Ahal | آخال
place Turkmenistan: Lebap
place Turkmenistan: Dashoguz | Dasoguz | داشوغوز
place Turkmenistan: Turkmenabat | ترکمن‌آباد | ترکمن آباد
place Turkmenistan: Serhetabat | Kushka | سرحدآباد
place Azerbaijan: Nakhchivan | Nakhichevan | Naxçıvan | نخجوان | نخچوان | ناخيتشيفان
place Azerbaijan: Karabakh | Nagorno-Karabakh | Qarabağ | قره‌باغ | قره باغ | كاراباخ | ناغورني كاراباخ
place Azerbaijan: Shusha | Shushi | شوشا
place Azerbaijan: Lachin | Lachin corridor | لاچین | لاتشين
place Azerbaijan: Khankendi | Stepanakert | استپاناکرت | ستيباناكيرت
place Azerbaijan: Aghdam | Agdam | آغدام
place Azerbaijan: Fuzuli | Fizuli
place Azerbaijan: Sumgait | Sumqayit | سومقاییت
place Armenia: Syunik | Siunik | سیونیک
place Armenia: Meghri | مغری
place Armenia: Kapan | قاپان
place Armenia: Goris | گوریس
place Armenia: Gyumri | گیومری | غيومري
place Armenia: Tavush | تاووش

# — India (New Delhi is the state's name already)
# left out: bare "Kashmir"/«کشمیر» (also Pakistan's), "Punjab", "Poonch" (both sides),
# "Hyderabad" (also Pakistan)
place India: Jammu and Kashmir | Jammu & Kashmir | Indian-administered Kashmir | Indian Kashmir | جامو و کشمیر | جامو وکشمیر | کشمیر هند | كشمير الهندية
place India: Pahalgam | پهلگام | باهالغام
place India: Srinagar | سرینگر | سريناغار
place India: Ladakh | لداخ
place India: Jammu | جامو
place India: Pulwama | پلوامه
place India: Anantnag
place India: Baramulla
place India: Kupwara
place India: Rajouri
place India: Uttar Pradesh | اوتار پرادش | أوتار براديش
place India: Maharashtra
place India: Gujarat | گجرات | غوجارات
place India: Kerala
place India: Assam | آسام
place India: Manipur | مانیپور
place India: West Bengal | بنگال غربی
place India: Mumbai | Bombay | بمبئی | مومباي
place India: Kolkata | Calcutta | کلکته
place India: Amritsar | امریتسر
place India: Ahmedabad
place India: Ayodhya
`;
