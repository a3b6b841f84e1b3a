import { Random } from './random';

const FIRST = ['Ash', 'Bel', 'Bram', 'Brook', 'Carr', 'Cold', 'Dun', 'Elm', 'Fair', 'Fern', 'Glen', 'Hal', 'Hart', 'Hol', 'Kel', 'Kings', 'Lang', 'Lind', 'Mar', 'Mill', 'Nor', 'Oak', 'Pen', 'Red', 'Ros', 'Sand', 'Shel', 'Stan', 'Thorn', 'Wes', 'Whit', 'Wil', 'Win', 'Wood', 'Yar', 'Alder', 'Bex', 'Cran', 'Dal', 'Eas'];
const MIDDLE = ['', 'er', 'ing', 'en', 'ley', 'more', 'wick', 'over', 'ham', 'ton', 'bar', 'cot', 'den', 'hill', 'ling', 'mer', 'nes', 'rig', 'sey', 'ven', 'ack', 'ble', 'dor', 'fen', 'gar', 'lan', 'wor', 'ry'];
const LAST = ['bury', 'field', 'ford', 'gate', 'hurst', 'stead', 'well', 'worth', 'combe', 'dale', 'thorpe', 'side', 'croft', 'holme', 'ley', 'mouth', 'by', 'wood', 'bridge', 'stone'];
const KINDS = ['House', 'Court', 'Park', 'Works', 'Yard', 'Centre', 'Lodge', 'Mill', 'Road', 'Street', 'Lane', 'Trading Estate'];

/**
 * A made-up English place name ("Kelmorebury Court"). Real ads are full of rare proper nouns,
 * so an index's vocabulary keeps growing with the number of documents; 22,400 first words are
 * possible, so a 50,000-job index grows a lexicon of tens of thousands of words as a real one
 * would, and typo lookups search a realistically large word list.
 */
export function placeName(random: Random): string {
  return `${random.pick(FIRST)}${random.pick(MIDDLE)}${random.pick(LAST)} ${random.pick(KINDS)}`;
}
