// What a figure is about, by the Ukrainian verb or noun nearest it.
import type { ClaimKind } from '../../../core/claim.js';
import { END, START, TAIL } from './words.js';

/** Words that say what a figure is about; the cue nearest the figure decides. */
export const KIND_CUES: ReadonlyArray<readonly [string, ClaimKind]> = [
  [
    `втрат${TAIL}|втрача${TAIL}|ліквідува${TAIL}|ліквідован${TAIL}|ліквідовано|знищ${TAIL}|збил${TAIL}|збив|збито|збит${TAIL}|збивал${TAIL}|уражен${TAIL}|уражено|уразил${TAIL}|уразив|вразил${TAIL}|вбит${TAIL}|убит${TAIL}|загинул${TAIL}|загинуло|загинув|загибл${TAIL}|поранен${TAIL}|полонен${TAIL}|полонено|взят${TAIL} в полон|нейтралізува${TAIL}|нейтралізован${TAIL}|нейтралізовано|підбит${TAIL}|пошкоджен${TAIL}|пошкоджено|захоплен${TAIL}|захоплено|поклал${TAIL}|відмінусува${TAIL}|зазнал${TAIL}|зазнав|скороти${TAIL} чисельн${TAIL}|скорочен${TAIL} чисельн${TAIL}`,
    'loss',
  ],
  [`допомог${TAIL}|пакет${TAIL}|нада${TAIL}|надал${TAIL}|надасть|передал${TAIL}|передасть|передав|постача${TAIL}|постав(?:ки|ок|ка|ило|или|ить|лять)|виділ${TAIL}|фінансува${TAIL}|пообіця${TAIL}|отрима${TAIL}|отримує`, 'aid'],
  // Weapons fired at Ukraine are an attack, not a loss, until the text says they were shot down.
  [`запусти${TAIL}|запустив|випусти${TAIL}|випустив|атакува${TAIL}|атакував|застосува${TAIL}|вдари${TAIL}`, 'other'],
  // Soldiers raised are not soldiers lost.
  [`мобілізу${TAIL}|мобілізува${TAIL}|вербу${TAIL}|завербува${TAIL}|призва${TAIL}|підписал${TAIL} контракт${TAIL}|відремонтува${TAIL}|виробля${TAIL}|виготови${TAIL}`, 'other'],
  [`розгорн${TAIL}|розгорта${TAIL}|перекину${TAIL}|перекида${TAIL}|направи${TAIL}|надісла${TAIL}|відправи${TAIL}|зосереди${TAIL}|зосереджен${TAIL}|дислоку${TAIL}|прибул${TAIL}|воюють|воює|перебува${TAIL}`, 'deployment'],
];

/** Soldiers placed somewhere ("війська біля кордону"): a deployment, unless another cue says more. */
export const WEAK_DEPLOYMENT_CUE = `(?<![\\p{L}])(?:військ${TAIL}|солдат${TAIL}|військовослужбовц${TAIL}) (?:(?:в|у) (?:росії|Росії|Білорусі|Курській області)|(?:біля|вздовж|на) кордон${TAIL})(?![\\p{L}])`;

/** Words that list a package's contents: "Він включає …", "До пакета увійшли …". */
export const PACKAGE_CONTENTS = `${START}(?:включа(?:є|ють|в|ла|тиме)|включено|міст(?:ить|ять)|передбача(?:є|ють)|склада(?:ється|ються) з|(?:до|в|у) (?:нього|пакета|пакету|пакеті) (?:увійшли|увійдуть|входять|є))${END}`;
