// Clearing and re-holding, split out: needed only when something is refused or withdrawn.
export { holdAgain } from '../dom/blocking/holdAgain';
export { sweep } from '../dom/blocking/sweep';
