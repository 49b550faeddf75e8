// Clearing and re-holding, split out: needed only when something is refused or withdrawn.
export { holdAgain } from './blocking/holdAgain';
export { sweep } from './blocking/sweep';
