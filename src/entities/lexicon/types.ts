/**
 * Word lists for refining the recogniser's CoNLL types (PER, ORG, LOC, MISC) into sitrep's
 * (GPE, NORP, GROUP as well). General knowledge only; lower-case unless noted.
 */

/** Last words of a name that make a LOC a natural or built place, not a political unit. */
export const GEO_FEATURE_WORDS = new Set([
  'river', 'rivers', 'mountain', 'mountains', 'mount', 'mt.', 'hills', 'hill', 'range', 'sea', 'lake', 'valley', 'desert',
  'gulf', 'ocean', 'strait', 'straits', 'peninsula', 'island', 'islands', 'bay', 'canal', 'pass', 'gorge', 'plateau',
  'basin', 'forest', 'park', 'square', 'street', 'st.', 'avenue', 'road', 'highway', 'airport', 'bridge', 'border', 'coast',
  'delta', 'steppe', 'plain', 'plains', 'falls', 'reservoir', 'dam', 'glacier', 'cape', 'channel', 'crossing', 'corridor',
  'strip', 'bank', 'heights', 'oasis', 'field', 'fields', 'market', 'bazaar', 'mosque', 'church', 'cathedral', 'temple',
  'stadium', 'station', 'port', 'harbour', 'harbor', 'base', 'camp', 'prison', 'hospital', 'embassy', 'hotel',
]);

/** World regions and other places that are not political units (LOC, never GPE). Lower-case. */
export const REGION_NAMES = new Set([
  'africa', 'asia', 'europe', 'america', 'north america', 'south america', 'latin america', 'central america',
  'antarctica', 'oceania', 'australasia', 'eurasia', 'middle east', 'near east', 'far east', 'central asia',
  'south asia', 'southeast asia', 'east asia', 'west africa', 'east africa', 'north africa', 'horn of africa',
  'sahel', 'sahara', 'maghreb', 'levant', 'caucasus', 'north caucasus', 'balkans', 'scandinavia', 'the west',
  'west', 'east', 'persian gulf', 'arabian peninsula', 'mediterranean', 'black sea', 'caspian', 'caspian sea',
  'western europe', 'eastern europe', 'central europe', 'siberia', 'arctic', 'kashmir', 'tien shan', 'himalayas',
  'gaza strip', 'west bank', 'sinai', 'kurdistan', 'fergana valley', 'ferghana valley', 'pamir', 'pamirs',
]);

/**
 * Nationalities, religions, ethnic and political groups (NORP) beyond the demonyms of
 * world-countries. Capitalised forms are matched; plurals are added by the loader.
 */
export const NORP_WORDS = [
  // religions and confessions
  'Muslim', 'Islamic', 'Islamist', 'Sunni', 'Shia', 'Shiite', "Shi'ite", 'Ismaili', 'Sufi', 'Salafi', 'Salafist', 'Wahhabi',
  'Christian', 'Catholic', 'Orthodox', 'Protestant', 'Evangelical', 'Coptic', 'Copt', 'Jewish', 'Jew', 'Hindu', 'Buddhist',
  'Sikh', 'Alawite', 'Druze', 'Yazidi', 'Baptist', 'Lutheran', 'Anglican', 'Mormon', 'Ahmadi', 'Baha\'i', 'Zoroastrian',
  'Jihadist', 'Jihadi', 'Islamists', 'Atheist',
  // ethnic and regional groups
  'Kurd', 'Kurdish', 'Pashtun', 'Tajik', 'Uzbek', 'Uighur', 'Uyghur', 'Kazakh', 'Kyrgyz', 'Turkmen', 'Tatar', 'Chechen',
  'Dagestani', 'Ingush', 'Ossetian', 'Abkhaz', 'Baloch', 'Baluch', 'Hazara', 'Arab', 'Berber', 'Amazigh', 'Tuareg',
  'Hutu', 'Tutsi', 'Fulani', 'Hausa', 'Yoruba', 'Igbo', 'Kikuyu', 'Luo', 'Kalenjin', 'Somali', 'Oromo', 'Amhara', 'Tigrayan',
  'Dinka', 'Nuer', 'Rohingya', 'Rakhine', 'Karen', 'Kachin', 'Shan', 'Tamil', 'Sinhalese', 'Bengali', 'Punjabi', 'Sindhi',
  'Roma', 'Basque', 'Catalan', 'Palestinian', 'Persian', 'Turkic', 'Slav', 'Slavic', 'Bedouin', 'Maori', 'Aboriginal',
  'Latino', 'Hispanic', 'Afro-American', 'Caucasian', 'Asian', 'African', 'European', 'Arab-Israeli',
  'Scottish', 'Welsh', 'Irish', 'English', 'British', 'American',
  // political
  'Communist', 'Socialist', 'Democrat', 'Republican', 'Conservative', 'Liberal', 'Maoist', 'Marxist', 'Leninist',
  'Trotskyist', 'Baathist', "Ba'athist", 'Zionist', 'Nationalist', 'Fascist', 'Nazi', 'Neo-Nazi', 'Bolshevik',
  'Loyalist', 'Unionist', 'Republicans', 'Separatist', 'Royalist', 'Monarchist', 'Islamo-nationalist', 'Kemalist',
];

/** Known armed or militant groups (names as usually written in English-language news). */
export const ARMED_GROUP_NAMES = [
  'Taliban', 'Tehrik-i-Taliban', 'Tehreek-e-Taliban', 'al-Qaeda', 'al-Qaida', 'Al Qaeda', 'Al-Qaeda', 'al Qaeda',
  'Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Boko Haram', 'al-Shabaab', 'al-Shabab', 'Al-Shabaab', 'Al Shabaab',
  'Hezbollah', 'Hizbollah', 'Hizballah', 'Hamas', 'Islamic Jihad', 'Houthis', 'Houthi', 'Ansar Allah', 'Ansar al-Sharia',
  'Ansar Dine', 'Ansar al-Islam', 'Ansar Beit al-Maqdis', 'al-Nusra Front', 'Nusra Front', 'Jabhat al-Nusra',
  'Hayat Tahrir al-Sham', 'HTS', 'Ahrar al-Sham', 'Jaish al-Islam', 'Jaish-e-Mohammed', 'Jaish-e-Muhammad',
  'Lashkar-e-Taiba', 'Lashkar-e-Toiba', 'Lashkar-e-Jhangvi', 'Haqqani network', 'Jemaah Islamiyah', 'Abu Sayyaf',
  'Jund Allah', 'Jundallah', 'Islamic Movement of Uzbekistan', 'IMU',
  'Hizb ut-Tahrir', 'Caucasus Emirate', 'Imarat Kavkaz', 'PKK', 'Kurdistan Workers Party', "Kurdistan Workers' Party",
  'YPG', 'FARC', 'ELN', 'Shining Path', 'ETA', 'IRA', 'Real IRA', 'Provisional IRA', 'UVF', 'UDA', 'LTTE',
  'Tamil Tigers', 'Maoists', 'Naxalites', 'ULFA', 'NSCN', 'M23', 'LRA', "Lord's Resistance Army", 'FDLR',
  'Seleka', 'anti-Balaka', 'Janjaweed', 'Rapid Support Forces', 'JNIM', 'AQIM', 'MUJAO', 'al-Mourabitoun',
  'Wagner Group', 'Sinaloa cartel', 'Zetas', 'Mungiki', 'Al-Aqsa Martyrs Brigades', 'Fatah al-Islam',
  'Kataib Hezbollah', 'Asaib Ahl al-Haq', 'Popular Mobilization Forces', 'Hashd al-Shaabi', 'Polisario',
  'Polisario Front', 'Ansarullah', 'Harakat al-Shabaab', 'Tehrik-e-Taliban', 'TTP', 'BLA', 'Balochistan Liberation Army',
  'Jamaat-ul-Ahrar', 'Jamaat ul-Ahrar', 'Hizbul Mujahideen', 'Lashkar', 'ISKP', 'ISIS-K', 'Islamic State Khorasan',
];

/** Words inside an organisation name that mark an armed or militant group. Lower-case. */
export const ARMED_NAME_WORDS = new Set([
  'jund', 'jamaat', "jama'at", 'jamaah', 'jemaah', 'ansar', 'ansaru', 'lashkar', 'jaish', 'harakat', 'harakah', 'hizb',
  'tehrik', 'tehreek', 'tahrir', 'katibat', 'kataib', "kata'ib", 'saraya', 'liwa', 'mujahideen', 'mujahidin', 'jihad',
  'brigade', 'brigades', 'battalion', 'battalions', 'militia', 'militias', 'guerrillas', 'guerrilla', 'insurgents',
  'rebels', 'tigers', 'emirate', 'caliphate', 'martyrs', 'fighters', 'resistance', 'mujahid',
]);

/** Pairs of words in a name that mark an armed group ("Liberation Army", "Islamic Front"). */
export const ARMED_NAME_PATTERNS: RegExp[] = [
  /\b(liberation|revolutionary|resistance|islamic|people'?s|patriotic|national|popular|free|salvation|rebel|insurgent)\b.*\b(army|front|movement|forces|force)\b/i,
  /\b(army|front|movement) for the liberation\b/i,
  /\bself-defen[cs]e (forces|units|groups?)\b/i,
  /\bstate\b.*\b(province|wilayat|khorasan)\b/i,
];

/** Words right before a name that say it is an armed group ("a group calling itself X"). Lower-case. */
export const GROUP_CUE_BEFORE = [
  'group calling itself', 'group called', 'group known as', 'group named', 'organisation calling itself',
  'organization calling itself', 'movement calling itself', 'militant group', 'armed group', 'rebel group',
  'insurgent group', 'extremist group', 'terrorist group', 'terror group', 'jihadist group', 'islamist group',
  'militant organisation', 'militant organization', 'terrorist organisation', 'terrorist organization',
  'extremist organisation', 'extremist organization', 'militia group', 'militant movement', 'armed wing',
  'insurgent movement', 'rebel movement', 'separatist group', 'separatist movement', 'militia', 'militants of',
  'fighters of', 'members of the banned', 'banned group', 'banned organisation', 'banned organization',
];

/** Phrases after a name that say it is an armed group ("X claimed responsibility"). Lower-case. */
export const GROUP_CUE_AFTER = ['claimed responsibility', 'has claimed responsibility', 'militants', 'fighters', 'insurgents', 'rebels', 'jihadists', 'militant group', 'armed group', 'group claimed'];

/** Words before a name that make it a person ("President Jordan", "Mr. Lincoln"). Lower-case. */
export const PERSON_TITLES = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'lady', 'lord', 'dame',
  'president', 'premier', 'minister', 'chancellor', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'sultan',
  'general', 'gen', 'gen.', 'colonel', 'col', 'col.', 'major', 'maj.', 'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant',
  'sgt.', 'commander', 'governor', 'gov.', 'senator', 'sen.', 'rep.', 'mayor', 'judge', 'justice', 'bishop', 'pope',
  'imam', 'mullah', 'ayatollah', 'rabbi', 'father', 'brother', 'sister', 'coach', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'spokesman', 'spokeswoman', 'ambassador', 'secretary', 'chairman', 'director', 'leader', 'mp', 'akim',
]);

/** Social media and messaging platforms: organisations, whatever the recogniser said ("on Telegram"). */
export const PLATFORMS = new Set([
  'Telegram', 'Twitter', 'Facebook', 'YouTube', 'Instagram', 'WhatsApp', 'TikTok', 'VKontakte', 'VK', 'Weibo',
  'WeChat', 'Signal', 'Viber', 'Snapchat', 'Reddit', 'LinkedIn', 'Odnoklassniki',
]);
