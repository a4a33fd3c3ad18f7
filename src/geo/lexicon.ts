/**
 * Word lists the geoparser reads (data, not code). All lower case.
 */

/** A lookup object without a prototype, so words like "constructor" are not found in it. */
function lookupTable<T>(o: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, o);
}

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Prepositions and phrases that put a place after them ("in X", "north of X"). */
export const PLACE_CUES_BEFORE = set(`
  in at near from to outside inside into across throughout around towards toward via between
  nearby neighboring neighbouring outskirts
  of
`);

/** Stronger two-word cues, matched on the two tokens before the candidate. */
export const PLACE_CUE_PHRASES = set(`
  north_of south_of east_of west_of northeast_of northwest_of southeast_of southwest_of outside_of
  based_in born_in located_in headquartered_in lives_in lived_in city_of town_of village_of province_of
  state_of county_of district_of region_of capital_of suburb_of part_of residents_of people_of
  streets_of parts_of outskirts_of
`);

/**
 * Words right before a name that make it a first-level unit when it is also a town ("the state of New
 * York", "governor of New York", "upstate New York"): two-word phrases as "a_b", single words as is.
 */
export const ADMIN1_CUES_BEFORE = set(`
  upstate downstate statewide
  state_of governor_of governors_of legislature_of province_of provinces_of
`);

/** Designator words after a name ("Helmand province", "Laurel County"). Value: the kind they point to. */
export const DESIGNATORS: Record<string, 'admin1' | 'admin2' | 'place' | 'region'> = lookupTable({
  province: 'admin1', provinces: 'admin1', governorate: 'admin1', oblast: 'admin1', state: 'admin1', region: 'admin1', prefecture: 'admin1',
  county: 'admin2', counties: 'admin2', parish: 'admin2', district: 'admin2', districts: 'admin2', borough: 'admin2', municipality: 'place',
  city: 'place', town: 'place', village: 'place', township: 'place', hamlet: 'place', suburb: 'place', neighborhood: 'place', neighbourhood: 'place',
  area: 'region', valley: 'region',
});

/** Titles before person names ("Gov. Beshear", "Mr. Jordan"). */
export const PERSON_TITLES = set(`
  mr mrs ms miss dr prof sir dame lord lady gov governor sen senator rep representative president
  pres vice judge justice officer sheriff deputy detective det sgt sergeant lt lieutenant capt captain
  col colonel gen general maj major cpl corporal pvt private adm admiral cmdr commander chief coach
  pastor rev reverend father bishop cardinal pope rabbi imam sheikh prince princess king queen emperor
  mayor councilman councilwoman commissioner secretary minister premier chancellor ambassador trooper
  agent attorney prosecutor spokesman spokeswoman brother sister uncle aunt mother son daughter wife husband
  actor actress singer player star
`);

/** Capitalised words after a place name that make it part of an organisation or facility name (kept nested). */
export const ORG_HEADS = set(`
  sheriff sheriffs police fire department dept office offices board council court courthouse school schools
  high middle elementary university college academy hospital medical clinic county city town township village
  times post news herald tribune journal gazette chronicle daily star sun observer press telegraph register
  airport station church cathedral mosque temple center centre hall library museum park zoo jail prison
  bank company corporation corp inc club team stadium arena mall market street road avenue highway boulevard
  bridge river lake bay creek harbor harbour port beach island islands mountain mountains valley
  commission authority agency bureau service services government administration assembly legislature
  parliament ministry embassy consulate army navy guard forces regiment brigade division unit district
  chamber association society union federation foundation institute council's university's community
  public state national regional international memorial electric water gas power utilities transit
  health emergency rescue ems correctional detention housing redevelopment development planning
  democrats republicans party
`);

/** Months, days and other capitalised words that are never place names on their own. */
export const NEVER_ALONE = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  christmas easter ramadan eid thanksgiving halloween
  god allah jesus christ lord
  mr mrs ms dr
  i a an the this that these those it its he she we they you his her their our
  police sheriff mayor officer governor president senator judge coach
  republican democrat republicans democrats
  north south east west northern southern eastern western central
  internet web facebook twitter google
  arab arabs jewish jew jews christian christians muslim muslims islamic catholic catholics protestant hindu sikh
  buddhist sunni shiite shia latino latina hispanic
`);

/** Words that introduce a clause start but not a name ("The", "In"): capitalised only by position. */
export const FUNCTION_WORDS = set(`
  the a an in on at of for from by with to and or but if when while after before as since than that this
  these those there here it its he she we they you i his her their our my your who what where which why how
  all some any no not every each both either neither many much more most few several other another such
  is are was were be been being has have had do does did will would shall should can could may might must
  said says say told according also just only even still yet so because although though however meanwhile
  during until unless within without about above below under over between among against through
  last next first second third new old
`);

/** Connector words allowed inside a multi-word name ("Stratford upon Avon", "Rio de Janeiro"). */
export const NAME_CONNECTORS = set(`of de del della di da do dos das du des la le les el al upon on sur am an der den y and aux`);

/** Direction/shape words that, capitalised before a place, do not make it a person's name. */
export const PLACE_MODIFIERS = set(`
  north south east west northern southern eastern western central northeast northwest southeast southwest
  northeastern northwestern southeastern southwestern upper lower greater inner outer downtown rural metro
  coastal mid mid-
`);

/** AP-style and postal US state abbreviations (only used after "City,"). Value: GeoNames admin-1 code. */
export const US_STATE_ABBREV: Record<string, string> = lookupTable({
  'ala': 'AL', 'ariz': 'AZ', 'ark': 'AR', 'calif': 'CA', 'cal': 'CA', 'colo': 'CO', 'conn': 'CT', 'del': 'DE', 'fla': 'FL',
  'ga': 'GA', 'ill': 'IL', 'ind': 'IN', 'kan': 'KS', 'kans': 'KS', 'ky': 'KY', 'la': 'LA', 'md': 'MD', 'mass': 'MA', 'mich': 'MI',
  'minn': 'MN', 'miss': 'MS', 'mo': 'MO', 'mont': 'MT', 'neb': 'NE', 'nebr': 'NE', 'nev': 'NV', 'n.h': 'NH', 'n.j': 'NJ',
  'n.m': 'NM', 'n.y': 'NY', 'n.c': 'NC', 'n.d': 'ND', 'okla': 'OK', 'ore': 'OR', 'pa': 'PA', 'r.i': 'RI', 's.c': 'SC',
  's.d': 'SD', 'tenn': 'TN', 'tex': 'TX', 'vt': 'VT', 'va': 'VA', 'wash': 'WA', 'w.va': 'WV', 'wis': 'WI', 'wyo': 'WY',
  'd.c': 'DC',
});

export const US_POSTAL = set(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC`);
