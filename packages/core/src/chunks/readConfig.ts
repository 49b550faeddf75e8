// The full config reader (labels, descriptions, providers): for the UI's preferences dialog.
export { readConfig, type RawProblem } from '../model/config/readConfig';
