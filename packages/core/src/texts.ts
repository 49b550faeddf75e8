// The record's textHash: for the UI, the `consentry texts` command and auditors recomputing a hash.
export { textHash, collapseText } from './texts/textHash';
export { sha256 } from './texts/sha256';
