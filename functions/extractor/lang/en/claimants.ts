// Who makes a claim, by the names English articles use for them, and the words that make a name a claimant.
import type { Claimant } from '../../model.js';
import {
  EUROPEAN_UNION,
  ISW,
  KREMLIN,
  MEDIA,
  MEDIAZONA,
  NATO,
  ORYX,
  PENTAGON,
  RUSSIAN_STATE_MEDIA,
  RU_DEFENCE_MINISTRY,
  SEPARATISTS,
  SOUTH_KOREAN_INTELLIGENCE,
  STATE_DEPARTMENT,
  UA_AIR_FORCE,
  UA_DEFENCE_MINISTRY,
  UA_GENERAL_STAFF,
  UA_MILITARY_INTELLIGENCE,
  UA_NAVY,
  UA_PRESIDENT,
  UA_SECURITY_SERVICE,
  UK_DEFENCE_MINISTRY,
  UK_GOVERNMENT,
  UNITED_NATIONS,
  US_GOVERNMENT,
  WAGNER,
  WHITE_HOUSE,
  medium,
  outside,
  person,
} from '../claimants.js';

import { GROUPS_OF_FORCES } from './sides.js';

const UA = "(?:Ukraine's|Ukrainian|Kyiv's|Kiev's)";
/** A Ukrainian official's title before the name: "Ukrainian Deputy Defense Minister Hanna Malyar". */
// … or the whole post before a comma: "the Commander-in-Chief of the Armed Forces of Ukraine, Oleksandr Syrsky".
const UA_TITLE = "(?:(?:Ukrainian|Ukraine's) )?(?:(?:Deputy |First Deputy )?(?:Defen[cs]e|Foreign) Minister |[Cc]ommander(?:-in-[Cc]hief)? of the (?:Ground Forces of the )?Armed Forces of Ukraine,? |[Cc]ommander-in-[Cc]hief |President (?:of Ukraine )?|General |[Cc]ommander )?";
/** A Russian official's title before the name: "Russian Defense Ministry Spokesman Lieutenant General Igor Konashenkov". */
const RU_TITLE = "(?:(?:Russian|Russia's) )?(?:Defen[cs]e (?:Minister|Ministry [Ss]pokes(?:man|person)) |Chief of (?:the )?General Staff |President )?(?:(?:Lieutenant |Colonel |Major )?General )?";
const RU = "(?:Russia's|Russian|Moscow's)";
const UK = "(?:the )?(?:UK's|U\\.K\\.'s|Britain's|British|UK|U\\.K\\.)";
const DEFENCE = '(?:Defen[cs]e)';
/** "Russian military bloggers" are not the Russian military. */
const NOT_OFFICIAL_VOICES = '(?! (?:bloggers?|milbloggers?|correspondents?|analysts?|experts?|commentators?|channels?|sources?)\\b)';

/**
 * Who makes a claim, by the names articles use for them (regular-expression fragments,
 * matched case-insensitively on whole words; longer names first).
 */
export const CLAIMANT_ALIASES: ReadonlyArray<readonly [string, Claimant]> = [
  [`(?:the )?General Staff of (?:the )?(?:Armed Forces of Ukraine|${UA} Armed Forces|Ukraine)|(?:the )?${UA} Armed Forces(?:'s?)? General Staff`, UA_GENERAL_STAFF],
  // Russia's General Staff too, before the bare "General Staff" below is taken for Ukraine's.
  [`${RU} (?:General Staff|chief of (?:the )?General Staff)(?: chief)?(?: (?:Valery|Valeriy) Gerasimov)?|(?:the )?General Staff of (?:the )?Russian (?:Armed Forces|Federation)`, RU_DEFENCE_MINISTRY],
  [`${RU_TITLE}(?:Valery |Valeriy )?Gerasimov`, person(RU_DEFENCE_MINISTRY)],
  [`${UA} (?:military intelligence|intelligence|defen[cs]e intelligence)(?: agency| service| directorate)?(?: chief)?(?: (?:Kyrylo )?Budanov)?|(?:the )?(?:HUR|GUR)`, UA_MILITARY_INTELLIGENCE],
  ['(?:Kyrylo )?Budanov|(?:Vadym )?Skibitsk(?:yi|yy|iy)', person(UA_MILITARY_INTELLIGENCE)],
  [`${UA} (?:General Staff|Armed Forces|armed forces|military|army)${NOT_OFFICIAL_VOICES}`, UA_GENERAL_STAFF],
  ['(?:the )?(?:Armed Forces of Ukraine|Ukrainian (?:Armed Forces|military))', UA_GENERAL_STAFF],
  ['(?:the )?General Staff', UA_GENERAL_STAFF],
  [`(?:the )?Ministry of ${DEFENCE} of Ukraine`, UA_DEFENCE_MINISTRY],
  [`${UA} (?:${DEFENCE} Ministry|Ministry of ${DEFENCE}|MoD)`, UA_DEFENCE_MINISTRY],
  [`${UA} (?:authorities|officials|government|estimates?|figures|data|command|commanders|delegation|delegate)|(?:the )?(?:official )?Ukrainian (?:count|tally|statistics)`, UA_GENERAL_STAFF],
  ["(?:the )?Defen[cs]e Forces(?: of Ukraine)?|(?:the )?Tavria (?:operational and strategic )?group(?:ing)?(?: of troops)?", UA_GENERAL_STAFF],
  [`${UA_TITLE}(?:Oleksandr )?Tarnavskyi`, person(UA_GENERAL_STAFF)],
  // The spokesmen of Ukraine's groups of forces speak for its military.
  [`${UA_TITLE}(?:(?:Serhiy|Serhii) )?Cherevat(?:y|yi)|(?:Nazar )?Voloshyn|(?:Viktor )?Trehubov|(?:Dmytro )?Lykhovyi|(?:Vadym )?Mysnyk|(?:Oleksandr )?Shtupun|(?:the )?(?:Eastern|Southern|Northern|Khortytsia|Tavria|Odesa) (?:Group of Forces|grouping of troops|(?:operational[- ]strategic|operational and strategic) group(?:ing)?)(?: of troops)?`, person(UA_GENERAL_STAFF)],
  [`${UA_TITLE}(?:(?:Hanna |Ganna )?Mal(?:y|i)ar|(?:Oleksii |Oleksiy )?Reznikov|Yuriy Sak)`, person(UA_DEFENCE_MINISTRY)],
  ["(?:the )?(?:Ukrainian |Ukraine's )?(?:Center|Centre) for Countering Disinformation(?: \\(CCD\\))?|(?:Andrii |Andriy )?Kovalenko", person({ name: 'Center for Countering Disinformation', group: 'UA' })],
  ['(?:Sergey |Serhiy )?Kyslytsya|Kiseltsya', person({ name: 'Ukrainian delegation to the UN', group: 'UA' })],
  ["(?:the )?(?:Ukrainian |Ukraine's )?Air Force", UA_AIR_FORCE],
  ["(?:the )?(?:Ukrainian |Ukraine's )Navy|(?:the )?Navy of Ukraine", UA_NAVY],
  [`${UA_TITLE}(?:Captain 3rd Class )?(?:Dmytro |Dmitry )?Pletenchuk`, person(UA_NAVY)],
  ["(?:the )?(?:Ukrainian |Ukraine's )?(?:SBU|Security Service of Ukraine)(?: security service)?|(?:the )?(?:Ukrainian|Ukraine's) Security Service(?: \\(SBU\\))?", UA_SECURITY_SERVICE],
  [`${UA_TITLE}(?:Volodymyr )?Zelensk(?:y|yy|iy)`, person(UA_PRESIDENT)],
  // The head of the President's Office speaks for the President: "the Chief of Staff to the Ukrainian President announced".
  [`(?:the )?(?:Chief of Staff to|head of the Office of) (?:the )?(?:Ukrainian|Ukraine's) President|(?:the )?(?:Ukrainian|Ukraine's) President's (?:chief of staff|office head)`, person(UA_PRESIDENT)],
  [`${UA_TITLE}(?:Oleksandr )?Syrsk(?:yi|y|iy|ii)|(?:Rustem )?Umerov|(?:Andriy )?Yermak|(?:Mykhailo )?Podolyak|(?:Dmytro )?Kuleba|(?:Andrii )?Sybiha`, person(UA_GENERAL_STAFF)],
  // A minister the table does not name: the title speaks for the ministry ("Ukraine's Defence Minister Oleh Savchuk said").
  [`${UA} (?:(?:First )?Deputy )?${DEFENCE} [Mm]inister`, person(UA_DEFENCE_MINISTRY)],
  [`(?:the )?Ministry of ${DEFENCE} of the Russian Federation`, RU_DEFENCE_MINISTRY],
  [`${RU} (?:${DEFENCE} Ministry|Ministry of ${DEFENCE}|MoD|military|army)${NOT_OFFICIAL_VOICES}`, RU_DEFENCE_MINISTRY],
  [`${RU} (?:authorities|officials|government|estimates|figures|data)|(?:the )?(?:official )?Russian (?:count|tally|statistics)`, RU_DEFENCE_MINISTRY],
  [`${RU_TITLE}(?:(?:Sergei |Sergey |Andrei |Andrey )?(?:Shoigu|Belousov)|(?:Igor )?Konashenkov)|${RU} ${DEFENCE} [Mm]inister`, person(RU_DEFENCE_MINISTRY)],
  [`${RU} (?:Aerospace Forces|Battlegroup \\w+|(?:Tsentr|Zapad|Yug|Vostok|Sever|Dnepr) Battlegroup)`, RU_DEFENCE_MINISTRY],
  // "the head of the group's press center Alexander Savchuk told TASS": a Russian battlegroup's spokesman.
  ["(?:the )?(?:head of the |chief of the )?(?:(?:battle)?group's|(?:Battlegroup |Group of Forces )?(?:Tsentr|Center|Zapad|West|Yug|South|Vostok|East|Sever|North|Dnepr)(?: Battlegroup| Group(?: of Forces)?)?'s) press (?:center|centre|service)(?: (?:head|chief))?(?: [A-Z][a-z]+ [A-Z][a-z]+)?", RU_DEFENCE_MINISTRY],
  // "spokesman for the group Alexander Savchuk", "the Vostok group of forces spokesman": he speaks for the Russian ministry.
  [`(?:the )?(?:battle ?)?group's spokes(?:man|person|woman)|spokes(?:man|person|woman) (?:for|of) the (?:battle ?)?group|(?:the )?(?:battlegroup (?:${GROUPS_OF_FORCES})|(?:${GROUPS_OF_FORCES}) (?:battlegroup|group of forces))(?:'s)? spokes(?:man|person|woman)`, person(RU_DEFENCE_MINISTRY)],
  ["(?:pro-Russian )?separatists(?: in Donetsk)?|(?:the )?Donetsk People's Republic(?: authorities)?|(?:the )?DPR authorities", SEPARATISTS],
  ['(?:the )?Kremlin', KREMLIN],
  [`${RU_TITLE}(?:Vladimir )?Putin|(?:Kremlin (?:Press Secretary|spokes(?:man|person)) )?(?:Dmitry )?Peskov`, person(KREMLIN)],
  ["(?:Wagner (?:chief|boss|founder|head|leader) )?(?:Yevgeny |Yevgeniy |Evgeny )?Prigozhin", person(WAGNER)],
  ["(?:the )?Wagner(?:'s)? (?:Group|chief|boss|founder|head|leader)(?: (?:leader|chief|boss|founder|head))?|(?:the )?(?:head|chief|boss|founder|leader) of (?:the )?(?:Russian )?(?:private army|private military company|paramilitary|mercenary (?:group|army|force))? ?(?:Wagner(?: Group)?|PMC Wagner)", WAGNER],
  [`${UK} (?:${DEFENCE} Ministry|Ministry of ${DEFENCE}|MoD|intelligence|military intelligence|defen[cs]e intelligence)`, UK_DEFENCE_MINISTRY],
  [`${UK} (?:government|officials|Prime Minister)|(?:Prime Minister )?(?:Rishi )?Sunak|(?:Keir )?Starmer`, UK_GOVERNMENT],
  [`(?:British |UK )?${DEFENCE} (?:Minister|Secretary) (?:John )?Healey?|(?:John )?Healey?\\b`, person(UK_DEFENCE_MINISTRY)],
  ['(?:the )?Ministry of Defen[cs]e in London|British intelligence', UK_DEFENCE_MINISTRY],
  // Britain's armed forces chief and its foreign intelligence service speak for the UK.
  [`${UK} (?:Chief of (?:the )?Defen[cs]e Staff|Defen[cs]e Staff Chief|defen[cs]e chief|armed forces chief)(?: (?:Admiral )?(?:Sir )?(?:Tony |Anthony )?Radakin)?|(?:Admiral )?(?:Sir )?(?:Tony |Anthony )?Radakin`, person({ name: 'UK Chief of the Defence Staff', group: 'UK' })],
  [`${UK} (?:Secret Intelligence Service|foreign intelligence service)|(?:the )?MI6(?: chief| head)?(?: Richard Moore)?|Richard Moore`, person({ name: 'UK Secret Intelligence Service', group: 'UK' })],
  // The UK MoD's own name for its daily intelligence posts ("Defence Intelligence update: …", "in an intelligence update on X").
  ['(?:the )?(?:UK )?Defence Intelligence(?: update)?(?! Agency)|(?:an? |its |the )?(?:latest |daily )?intelligence update', UK_DEFENCE_MINISTRY],
  ['(?:the )?(?:U\\.S\\.|US) Defense Intelligence Agency|(?:the )?Defense Intelligence Agency', { name: 'US Defense Intelligence Agency', group: 'US' }],
  // Its director by title or name: "Defense Intelligence Chief Scott Berrier told lawmakers".
  ['(?:(?:the )?(?:U\\.S\\.|US) )?Defense Intelligence (?:Agency )?(?:[Cc]hief|[Dd]irector|head)(?: (?:Lt\\.? |Lieutenant )?(?:Gen\\.? |General )?(?:Scott )?Berrier)?|(?:Lt\\. Gen\\. )?(?:Scott )?Berrier', person({ name: 'US Defense Intelligence Agency', group: 'US' })],
  ['(?:the )?Pentagon|(?:the )?(?:(?:U\\.S\\.|US|American) )?(?:Defense Department|Department of Defense)', PENTAGON],
  ['(?:(?:US|U\\.S\\.) )?Secretary of Defense|Lloyd Austin|(?:then-)?(?:Pentagon chief|Defen[cs]e Secretary) (?:Lloyd )?Austin|Pat Ryder|Sabrina Singh|(?:Gen\\. |General )?(?:Mark (?:A\\. )?)?Milley', person(PENTAGON)],
  ['(?:the )?White House(?: spokesperson| spokesman)?(?: John Kirby)?', WHITE_HOUSE],
  ['John Kirby|Kirby|Jake Sullivan', person(WHITE_HOUSE)],
  ['(?:the )?(?:U\\.S\\.|US) State Department|(?:the )?State Department', STATE_DEPARTMENT],
  ['Vedant Patel|Matthew Miller|Antony Blinken|Blinken', person(STATE_DEPARTMENT)],
  ['(?:an? )?(?:unnamed |senior |anonymous )?(?:U\\.S\\.|US|American|United States)(?: and (?:Western|allied|European))? (?:officials?|leaders|intelligence|government|defen[cs]e officials?)', US_GOVERNMENT],
  ['(?:the )?(?:U\\.S\\. |US )?Central Intelligence Agency|(?:the )?CIA(?: (?:Director|chief))?(?: (?:Bill|William|John) (?:Burns|Ratcliffe))?', person({ name: 'Central Intelligence Agency', group: 'US' })],
  // Russian regional officials speak for Russia ("Moscow Mayor Sergey Sobyanin said 32 drones were downed").
  ["(?:Moscow )?Mayor (?:Sergey |Sergei )?Sobyanin|Sobyanin|(?:the )?(?:Russian )?(?:governor|mayor) of (?:the )?(?:Belgorod|Kursk|Bryansk|Moscow|Rostov|Voronezh)(?: region)?|(?:Belgorod|Kursk|Bryansk|Rostov|Voronezh) (?:region(?:al)? )?[Gg]overnor(?: [A-Z][a-z]+ [A-Z][a-z]+)?", person({ name: 'Russian regional authorities', group: 'RU' })],
  ["(?:the )?South Korean (?:spy agency|intelligence(?: agency)?|military|officials|government|lawmakers?)|South Korea's (?:National Intelligence Service|spy agency|military|Joint Chiefs of Staff)|(?:the )?National Intelligence Service|(?:the )?NIS", SOUTH_KOREAN_INTELLIGENCE],
  // The lawmakers who relay the NIS's closed-door briefings.
  ['(?:(?:Rep\\.|MP|lawmaker) )?(?:Lee Seong[- ]?[Kk]weun|Lee Sung[- ]?[Kk]won|Park Sun[- ]?[Ww]on|Kim Byung[- ]?[Kk]ee)', person(SOUTH_KOREAN_INTELLIGENCE)],
  ["(?:the )?BBC(?:'s)? Russian(?: Service)?(?: and (?:independent Russian news outlet )?Mediazona)?|Mediazona(?: and (?:the )?BBC(?:'s)?(?: Russian(?: Service)?)?)?|(?:the )?BBC", MEDIAZONA],
  ['(?:the )?Institute for the Study of War|ISW', ISW],
  ['(?:the )?Royal United Services Institute|RUSI', { name: 'Royal United Services Institute', group: 'independent' }],
  ['Oryx', ORYX],
  ["(?:(?:independent|open-source|OSINT|military|Western|open-source intelligence) )?(?:analysts|researchers)(?: at (?:an? |the )?(?:open-source |independent )?(?:research|intelligence|monitoring) (?:group|project|team))?|(?:an? |the )?(?:open-source|OSINT|independent) (?:research|intelligence|monitoring) (?:group|project|team)", { name: 'independent analysts', group: 'independent' }],
  ['(?:the )?Kyiv Independent', medium('The Kyiv Independent')],
  // Russia's state news agencies speak for Moscow. (Ukrinform only relays the General Staff: the
  // claimant is the one it quotes.)
  ['TASS|RIA Novosti|Interfax|Sputnik', RUSSIAN_STATE_MEDIA],
  ['(?:the )?(?:United Nations|UN|U\\.N\\.)(?: Human Rights (?:Office|Monitoring Mission))?|OHCHR', UNITED_NATIONS],
  ['(?:the )?(?:Centre|Center) for Strategic and International Studies|CSIS', { name: 'Center for Strategic and International Studies', group: 'independent' }],
  ['(?:the )?International Institute for Strategic Studies|IISS|Military Balance\\+?', { name: 'International Institute for Strategic Studies', group: 'independent' }],
  ["Estonian intelligence|Estonia's (?:military )?intelligence", outside('Estonian intelligence')],
  ['Western (?:intelligence|officials|estimates)', outside('Western intelligence')],
  ["(?:German )?(?:Defen[cs]e Minister )?(?:Boris )?Pistorius|(?:the )?German (?:government|Defen[cs]e Ministry|Ministry of Defen[cs]e)|Germany's (?:government|Defen[cs]e Ministry)", outside('German Ministry of Defence')],
  // Donor governments, by their countries and capitals ("Germany will provide $500 million").
  ['Germany|Berlin', outside('German government')],
  ['France|Paris', outside('French government')],
  ['Poland|Warsaw', outside('Polish government')],
  ['(?:the )?Netherlands|The Hague', outside('Dutch government')],
  ['Canada|Ottawa', outside('Canadian government')],
  ['Australia|Canberra', outside('Australian government')],
  ['(?:the )?(?:European|EU) Council|(?:the )?Council of the (?:European Union|EU)|(?:the )?European Union|(?:the )?EU|Brussels', EUROPEAN_UNION],
  ['NATO', NATO],
  ['(?:the )?(?:American|U\\.S\\.|US|Western) (?:press|media)', { name: 'US media', group: 'independent' }],
  ['(?:the )?(?:Wall Street Journal|WSJ|Journal)', medium('The Wall Street Journal')],
  ['(?:the )?(?:iStories|Vazhnye Istorii|Meduza|Ukrainska Pravda|Ukrainian Pravda|Kyiv Post|Reuters|Associated Press|AP|The New York Times|New York Times|(?:the )?Times|The Economist|The Telegraph|The Guardian|CNN|Fox News|Bloomberg|Forbes|Newsweek|(?:The )?Washington Post)', MEDIA],
  // Capitals, and the peoples, stand for their governments when they say something ("Kyiv says",
  // "London said", "the Russians claimed").
  ['Kyiv|Kiev|Ukraine|(?:the )?Ukrainians', UA_GENERAL_STAFF],
  ['London|Britain|(?:the )?United Kingdom|(?:the )?UK|(?:the )?U\\.K\\.', UK_DEFENCE_MINISTRY],
  ['Moscow|Russia|(?:the )?Russians', RU_DEFENCE_MINISTRY],
  ['(?:the )?(?:Biden|Trump) administration', US_GOVERNMENT],
  ['(?:the )?(?:US|U\\.S\\.|American) [Pp]resident(?! (?:Joe |Donald )?(?:Biden|Trump)\\b)|(?:(?:US|U\\.S\\.) )?President (?:Joe )?Biden|Biden|(?:(?:US|U\\.S\\.) )?President (?:Donald )?Trump|Trump', person(US_GOVERNMENT)],
  ['(?:the )?(?:U\\.S\\. |US )?(?:Congress|Senate|House of Representatives)', { name: 'US Congress', group: 'US' }],
  ['Washington|(?:the )?United States|(?:the )?U\\.S\\.|(?:the )?US', US_GOVERNMENT],
  ['Seoul|South Korea', SOUTH_KOREAN_INTELLIGENCE],
];

/**
 * A list of running totals with the day's increments ("tanks – 9,480 (+12)") is the General
 * Staff's own daily format: one that names no claimant is theirs.
 */
export const INCREMENT_LIST_CLAIMANT: Claimant = UA_GENERAL_STAFF;

/** Words that, after a name, make it the claimant: "Kyiv said", "the ministry reported". */
export const REPORTING_VERBS =
  'estimate|passed|committed|commits|admitted|admits|acknowledged|acknowledges|documented|documents|verified|verifies|established|establishes|confirming|approved|approves|unveiled|unveils|pledged|pledges|promised|promises|authori[sz]ed|said|says|say|saying|reported|reports|report|reporting|noted|notes|estimated|estimates|announced|announces|confirmed|confirms|claimed|claims|claim|told|identified|posted|posts|stated|states|wrote|writes|added|adds|assessed|assesses|believes|believed|believe|put|puts|counted|counts|published|publishes|revealed|reveals|reveal|indicated|shows|showed|listed|lists|tallied|recorded|updated|informed|stressed|emphasi[sz]ed|specified|declared|indicates|mentioned|suggested|described|placed|cited|calculated|collecting|collected|collated|collates|compiled|compiles|warned|explained|explains|insisted|insists|asserted|asserts|maintains|maintained|assured|assures|guarantees|boasted|concluded|found|finds|admitting|spoke|speaks|proposed|calls|called|stating|verifying|counting|tracking|identifying|assesses|estimating';

/** Nouns that, after a possessive name, make it the claimant: "Kyiv's tally", "the ministry's post". */
export const REPORT_NOUNS =
  "post|posts|message|update|updates|tally|count|figures|data|estimate|estimates|report|reports|claims|statement|assessment|numbers|statistics|briefing|account|infographic|summary|article|calculations|analysis|investigation|findings|intelligence";

/** People and bodies the vocabulary does not name, who may speak: "the regional governor said". */
export const SPEAKER_ROLES =
  "(?:officials?|(?:military )?bloggers?|milbloggers?|(?:war )?correspondents?|channels?|governor|mayor|spokes(?:person|man|woman)|commander|brigade|battalion|regiment|unit|group|command|head|chief|minister|analysts?|experts?|witness(?:es)?|residents?|police|prosecutors?|authorities|administration|agency|sources?)(?:\\s+(?:for|of|from)\\s+(?:the\\s+)?[A-Z][\\w'-]*(?:\\s+[\\w'-]+){0,3})?";

/** News agencies that relay a claimant's figures ("…, Ukrinform reports"): never the claimant, and no one else speaking. */
export const RELAYS = '(?:Ukrinform|UNN|Ukrainian News Agency|RBC-Ukraine|MENAFN|Interfax-Ukraine|Mehr News Agency|MNA|IRNA)';

/** Phrases that name an organisation without making it a claimant: a request, or a picture credit. */
export const NOT_ATTRIBUTION = '(?:contacted|reached out to|asked|emailed|approached|comment from|for comment|\\b(?:photo(?:graph)?|image|picture|video|illustration|credit)s?(?: by)?\\s*:)';

/** "he said", "she added": a person named before, speaking again. */
export const PERSON_PRONOUN_SPEAKER = `\\b(?:he|she)(?: also| further| \\w+ly)? (?:${REPORTING_VERBS})\\b`;

/** "the ministry", "the update", "it estimates": a claimant already named, taken up again. */
export const CLAIMANT_ANAPHORA = `(?:the|its|that|these|those) (?:estimates|ministry|defen[cs]e ministry|MoD|military|update|General Staff|report|post|message|army|agency|tally|president|minister|spokes(?:man|person|men|people)|group|project|website|blog|outlet|(?:media )?outlets|publication|newspaper|journalists|researchers|volunteers|officials?|officer|statement|briefing|alliance|assessment)|(?:it|they)(?: also| further)? (?:${REPORTING_VERBS})`;

/** "We have identified the names of 70,112 soldiers": the outlet or researchers in force, in the first person. */
export const FIRST_PERSON_SPEAKER = `(?<![\\w'])[Ww]e (?:(?:have|had|also|now) )*(?:${REPORTING_VERBS})\\b`;
