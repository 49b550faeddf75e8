// Clearing and re-holding, split out: needed only when something is refused or withdrawn.
export { clearBlocked } from './blocking/clearBlocked';
export { holdAgain } from './blocking/holdAgain';
