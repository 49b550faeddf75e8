// The record's textHash: for the UI, the `consentry texts` command and auditors recomputing a hash.
export { textHash, collapseText } from '../model/texts/textHash';
export { sha256 } from '../model/texts/sha256';
